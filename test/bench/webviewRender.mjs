#!/usr/bin/env node
// Drawing time of the corpus webviews in headless Chromium: each page (dist/webview/NAME.js and .css,
// the bundles the extension loads) is opened with a stand-in for VS Code's webview API, sent the
// payload test/bench/corpusViews.ts computed on the 10,000-document corpus, and timed until it
// reports what it has drawn (the same `rendered` message the integration tests read). Median of 3.
// Prints `BENCH_RESULT {"dossierRenderMs", "timelineRenderMs", "networkRenderMs", ...}`.
/* global performance */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const viewsDir = path.join(root, 'test', 'bench', 'corpus', 'views');

function result(obj) {
  console.log(`BENCH_RESULT ${JSON.stringify(obj)}`);
}

const page = (name) => `<!DOCTYPE html><html><head><meta charset="UTF-8">
<style id="__________cytoscape_stylesheet">.__________cytoscape_container { position: relative; }</style>
<link rel="stylesheet" href="file://${path.join(root, 'dist', 'webview', `${name}.css`)}"></head>
<body data-view="${name}" style="--vscode-foreground:#ccc;--vscode-editor-background:#1e1e1e;--vscode-font-family:sans-serif;--vscode-font-size:13px">
<div id="app" style="height:860px"></div>
<script>
  window.__posted = [];
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push({ m, t: performance.now() }), getState() {}, setState() {} });
</script>
<script src="file://${path.join(root, 'dist', 'webview', `${name}.js`)}"></script></body></html>`;

async function main() {
  const { launchBrowser } = await import(path.join(root, 'test', 'host', 'server.mjs'));
  if (!fs.existsSync(path.join(viewsDir, 'network.json'))) return result({ webviewRenderNote: 'no payloads: the corpus phase did not run' });
  const browser = await launchBrowser();
  const out = {};
  try {
    for (const name of ['dossier', 'timeline', 'network']) {
      const payload = fs.readFileSync(path.join(viewsDir, `${name}.json`), 'utf8');
      const file = path.join(viewsDir, `${name}.html`);
      fs.writeFileSync(file, page(name));
      const times = [];
      let drawn;
      for (let k = 0; k < 3; k++) {
        const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const errors = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`file://${file}`);
        await tab.waitForFunction(() => window.__posted.some((x) => x.m.type === 'ready'), null, { timeout: 30_000 });
        const ms = await tab.evaluate(async (json) => {
          const start = performance.now();
          window.__posted.length = 0;
          window.postMessage(JSON.parse(json), '*');
          const deadline = start + 60_000;
          while (!window.__posted.some((x) => x.m.type === 'rendered') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
          const done = window.__posted.find((x) => x.m.type === 'rendered');
          return done ? done.t - start : null;
        }, payload);
        drawn = await tab.evaluate(() => window.__posted.find((x) => x.m.type === 'rendered')?.m.state);
        if (errors.length) throw new Error(`${name}: ${errors[0]}`);
        if (ms === null) throw new Error(`${name}: nothing drawn within 60 s`);
        times.push(ms);
        await tab.close();
      }
      times.sort((a, b) => a - b);
      out[`${name}RenderMs`] = Math.round(times[1] * 10) / 10;
      out[`${name}Drawn`] = { items: drawn.items.length, links: drawn.links.length };
      process.stderr.write(`[bench] ${name} webview: drawn in ${times.map((t) => t.toFixed(0)).join(', ')} ms (${drawn.items.length} items, ${drawn.links.length} links)\n`);
    }
  } finally {
    await browser.close().catch(() => {});
  }
  result(out);
}

main().catch((err) => {
  process.stderr.write(`[bench] webview render: ${err.message}\n`);
  result({ webviewRenderNote: err.message });
});
