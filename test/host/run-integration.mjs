#!/usr/bin/env node
// Runs out/test/integration (mocha, run() export) inside a real VS Code: code-server's extension
// host, driven by headless Chromium. Does not build: `npm run test:integration` builds first.
// Exit code = the suite's (0 when all pass). Env: HOST_TEST_TIMEOUT_MS (default 10 min),
// HOST_TEST_KEEP=1 keeps the temp folder, HOST_TEST_VERBOSE=1 prints code-server's log.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { projectRoot } from './paths.mjs';
import { copyWorkspace, developmentPayload, launchBrowser, makeTempDir, startServer, tail } from './server.mjs';

const TIMEOUT_MS = Number(process.env.HOST_TEST_TIMEOUT_MS ?? 10 * 60_000);
const verbose = process.env.HOST_TEST_VERBOSE === '1';
// Workbench chatter that reaches the same channel as the tests' output; shown with HOST_TEST_VERBOSE=1.
// open-vsx.org is the marketplace, unreachable here by design.
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /open-vsx\.org/,
];
let summaryLine;
let exited = false;
const testsModule = path.join(projectRoot, 'out', 'test', 'integration', 'index');

function log(msg) {
  console.log(`[host] ${msg}`);
}

async function main() {
  if (!fs.existsSync(`${testsModule}.js`)) {
    throw new Error(`${path.relative(projectRoot, testsModule)}.js is missing; run \`npm run compile-tests\` first`);
  }
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing; run `npm run build` first');
  }

  const tempRoot = makeTempDir('host');
  let server;
  let browser;
  let finished = false;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) server.stop();
    if (process.env.HOST_TEST_KEEP === '1') log(`kept ${tempRoot}`);
    else fs.rmSync(tempRoot, { recursive: true, force: true, maxRetries: 3 });
  };
  const onSignal = async (sig) => {
    log(`${sig}: stopping`);
    await cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // Last resort if cleanup itself hangs: the process must never outlive the timeout by much.
  setTimeout(() => {
    console.error('[host] ERROR: cleanup hung; killing code-server and exiting');
    server?.stop();
    process.exit(1);
  }, TIMEOUT_MS + 60_000).unref();

  try {
    const { from, to: workspace } = copyWorkspace(tempRoot);
    log(`workspace: copy of ${path.relative(projectRoot, from)}/ in ${workspace}`);
    server = await startServer({ tempRoot, workspace, quiet: !verbose });
    log(`code-server ${server.origin} (pid ${server.pid})`);
    browser = await launchBrowser();
    const page = await browser.newPage();

    let resolveExit;
    let rejectExit;
    const exitCode = new Promise((resolve, reject) => {
      resolveExit = resolve;
      rejectExit = reject;
    });
    // Both must exist before the workbench loads: it calls them once the tests module's run()
    // settles (exit) and for every log line (log).
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (exited) return; // late workbench chatter would bury the summary
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!verbose && WORKBENCH_NOISE.some((re) => re.test(line))) return;
      if (/^\d+ passed, \d+ failed$/.test(line.trim())) summaryLine = line.trim();
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      exited = true;
      resolveExit(Number(code));
    });
    page.on('pageerror', (err) => log(`page error: ${err.message}`));
    page.on('crash', () => rejectExit(new Error('the browser page crashed')));
    page.on('close', () => {
      if (!finished) rejectExit(new Error('the browser page closed before the tests finished'));
    });
    setTimeout(
      () => rejectExit(new Error(`timed out after ${Math.round(TIMEOUT_MS / 1000)} s waiting for the tests to finish (set HOST_TEST_TIMEOUT_MS to change)`)),
      TIMEOUT_MS,
    ).unref();

    // Nobody awaits it until the page is open; a timeout before then must not crash the process.
    exitCode.catch(() => {});

    const url = server.folderUrl(workspace, developmentPayload(server, testsModule));
    log(`opening workbench; tests: ${path.relative(projectRoot, testsModule)}`);
    await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded' }), exitCode]);
    // Fail fast when the workbench itself never shows, instead of waiting out the whole timeout.
    const workbench = page
      .locator('.monaco-workbench')
      .first()
      .waitFor({ timeout: 120_000 })
      .catch(() => {
        throw new Error('the VS Code workbench did not load within 120 s');
      });
    workbench.catch(() => {}); // only the race below reports it
    await Promise.race([workbench, exitCode]);
    const code = await exitCode;
    finished = true;
    log(`tests finished with exit code ${code}`);
    // Repeat the suite's summary so it stays the last line, after the host's own messages.
    if (summaryLine) console.log(summaryLine);
    return code;
  } catch (err) {
    finished = true;
    console.error(`[host] ERROR: ${err.message}`);
    if (server) console.error(`[host] last lines of code-server's log:\n${tail(server.logFile)}`);
    return 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[host] ERROR: ${err.stack ?? err}`);
    process.exit(1);
  },
);
