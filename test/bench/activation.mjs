#!/usr/bin/env node
// Activation time of the extension in a real VS Code (code-server's extension host, driven by
// headless Chromium via test/host/server.mjs). Opens an empty folder with the project as the
// extension under development and out/test/bench/activationProbe.js as the tests module, which
// times `extension.activate()` there. Repeats BENCH_ACTIVATION_RUNS times (default 3), one fresh
// host each, and prints `BENCH_RESULT {"activationMs": median, ...}` (null, with the reason, when
// it cannot be measured).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const probe = path.join(root, 'out', 'test', 'bench', 'activationProbe');
const RUNS = Number(process.env.BENCH_ACTIVATION_RUNS ?? 3);
const TIMEOUT_MS = Number(process.env.BENCH_ACTIVATION_TIMEOUT_MS ?? 180_000);

function result(obj) {
  console.log(`BENCH_RESULT ${JSON.stringify(obj)}`);
}

async function once(host) {
  const { startServer, launchBrowser, developmentPayload, makeTempDir } = host;
  const tempRoot = makeTempDir('bench-activation');
  const workspace = path.join(tempRoot, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'README.md'), 'Empty folder: nothing here activates the extension.\n');
  let server;
  let browser;
  try {
    server = await startServer({ tempRoot, workspace, quiet: true });
    browser = await launchBrowser();
    const page = await browser.newPage();
    const measured = new Promise((resolve, reject) => {
      page.exposeFunction('codeAutomationLog', (_type, args) => {
        const line = format(...(Array.isArray(args) ? args : [args]));
        const i = line.indexOf('BENCH_ACTIVATION ');
        if (i >= 0) resolve(JSON.parse(line.slice(i + 'BENCH_ACTIVATION '.length)));
      });
      page.exposeFunction('codeAutomationExit', () => setTimeout(() => reject(new Error('probe exited without a measurement')), 2000));
      setTimeout(() => reject(new Error(`no measurement within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS).unref();
    });
    measured.catch(() => {});
    await page.goto(server.folderUrl(workspace, developmentPayload(server, probe)), { waitUntil: 'domcontentloaded' });
    return await measured;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) server.stop();
    await new Promise((r) => setTimeout(r, 1000));
    fs.rmSync(tempRoot, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function main() {
  if (!fs.existsSync(`${probe}.js`)) return result({ activationMs: null, activationNote: 'out/test/bench/activationProbe.js missing (compile test/bench first)' });
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) return result({ activationMs: null, activationNote: 'dist/extension.js missing (npm run build)' });
  const hostModule = path.join(root, 'test', 'host', 'server.mjs');
  if (!fs.existsSync(hostModule)) return result({ activationMs: null, activationNote: 'test/host/server.mjs (code-server test host) not available' });
  const host = await import(hostModule);
  const paths = await import(path.join(root, 'test', 'host', 'paths.mjs'));
  if (!paths.isInstalledSync()) return result({ activationMs: null, activationNote: 'code-server is not installed (node test/host/install.mjs); activation not measured' });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    let m;
    try {
      m = await once(host);
    } catch (err) {
      return result({ activationMs: null, activationNote: `host run failed: ${err.message}`, activationRunsMs: runs });
    }
    console.error(`[bench] activation run ${i + 1}: ${JSON.stringify(m)}`);
    if (m.error || m.wasActive) {
      return result({ activationMs: null, activationNote: m.error ?? 'the extension was already active before the probe ran; activation not measured', activationRunsMs: runs });
    }
    runs.push(Math.round(m.activationMs * 100) / 100);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  result({
    activationMs: sorted[(sorted.length - 1) >> 1],
    activationRunsMs: runs,
    activationNote: `median of ${runs.length} fresh code-server extension hosts; time of ext.activate() from the first call (loads dist/extension.js + activate())`,
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    result({ activationMs: null, activationNote: `activation bench crashed: ${err.message}` });
    process.exit(0);
  },
);
