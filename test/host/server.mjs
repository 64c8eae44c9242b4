// Starting and stopping code-server, and launching Debian's Chromium on it.
// Shared by run-integration.mjs, start.mjs and screenshots.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { entryFile, findChromium, isInstalledSync, projectRoot } from './paths.mjs';

// Flags from shared/docs/vscode-test-host.md: no sandbox (root), no GPU, and nothing that phones home.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // Keeps the walkthrough/welcome page from covering the editor.
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `diplomatic-${prefix}-`));
}

/** Copies test/fixtures/workspace (or seeds/ when there is none) to a temp folder tests may write to. */
export function copyWorkspace(tempRoot, source) {
  const from = source ?? [path.join(projectRoot, 'test', 'fixtures', 'workspace'), path.join(projectRoot, 'seeds')].find((p) => fs.existsSync(p));
  if (!from) throw new Error('no workspace to open: neither test/fixtures/workspace/ nor seeds/ exists');
  const to = path.join(tempRoot, 'workspace');
  fs.cpSync(from, to, { recursive: true });
  return { from, to };
}

/**
 * Starts code-server on a free loopback port with its own user-data and extensions dirs.
 * Returns { port, origin, folderUrl(folder, payload), stop(), logFile }.
 */
export async function startServer({ tempRoot, workspace, settings = {}, extensionsDir, port: wantedPort, quiet = true, readyTimeoutMs = 60_000 }) {
  if (!isInstalledSync()) {
    throw new Error('code-server is not installed; run `node test/host/install.mjs` first');
  }
  const userDataDir = path.join(tempRoot, 'user-data');
  const extDir = extensionsDir ?? path.join(tempRoot, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  // A kept user-data-dir (npm start) keeps the user's own changes on top of ours.
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    // none yet, or hand-edited with comments: start from ours
  }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...settings, ...existing }, null, 2));

  const port = wantedPort ?? (await freePort());
  const logFile = path.join(tempRoot, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    entryFile,
    // Own config file, so nothing is written to ~/.config/code-server.
    '--config', path.join(tempRoot, 'code-server.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extDir,
    workspace,
  ];
  // Own process group, so stop() also ends the extension hosts and watchers it spawns.
  const child = spawn(process.execPath, args, {
    cwd: tempRoot,
    detached: true,
    stdio: ['ignore', quiet ? log : 'inherit', quiet ? log : 'inherit'],
    env: { ...process.env, VSCODE_PROXY_URI: '' },
  });
  fs.closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited early (${exited.code ?? exited.signal}); log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer on ${origin} within ${readyTimeoutMs / 1000} s; log:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    port,
    origin,
    logFile,
    pid: child.pid,
    child,
    userDataDir,
    extensionsDir: extDir,
    /** Workbench URL on `folder`; `payload` pairs go to the workbench (extension development, tests). */
    folderUrl(folder, payload) {
      let url = `${origin}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    /** vscode-remote URI of a path on this server, as the payload expects. */
    remoteUri(p) {
      return `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
    },
    stop,
  };
}

function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  // Extension hosts sometimes ignore SIGTERM; make sure nothing is left behind.
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 3000);
  timer.unref();
}

export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function launchBrowser() {
  const chromium = findChromium();
  if (!chromium) {
    throw new Error('Chromium not found at /usr/bin/chromium (set CHROMIUM_PATH); install it with `apt-get install -y chromium`');
  }
  // playwright-core only: it drives the system browser and never downloads one.
  const { chromium: pw } = await import('playwright-core');
  return pw.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
}

/** Extension development payload: load this project as the extension under development. */
export function developmentPayload(server, testsPath) {
  const payload = [['extensionDevelopmentPath', server.remoteUri(projectRoot)]];
  if (testsPath) payload.push(['extensionTestsPath', server.remoteUri(testsPath)]);
  return payload;
}

/**
 * Installs this project into an extensions dir as a symlink named publisher.name-version, which
 * VS Code scans like any installed extension: a plain workbench URL then has it loaded, and a
 * rebuild + "Reload Window" picks up changes.
 */
export function linkExtension(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  fs.mkdirSync(extensionsDir, { recursive: true });
  const link = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  // Older links (other versions) would load a second copy.
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(`${manifest.publisher}.${manifest.name}-`)) fs.rmSync(path.join(extensionsDir, entry), { force: true, recursive: false });
  }
  fs.symlinkSync(projectRoot, link, 'dir');
  return `${manifest.publisher}.${manifest.name}`;
}
