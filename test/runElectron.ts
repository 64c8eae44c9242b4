// Runs the integration suite in a downloaded desktop VS Code (@vscode/test-electron), for machines
// that can reach the VS Code download site. Here (npm registry only) use `npm run test:integration`,
// which runs the same suite in code-server. On Linux without a display, wrap in `xvfb-run -a`.
// Env: VSCODE_TEST_VERSION (default 1.100.3, the version the code-server host runs).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // Compiled to out/test/runElectron.js.
  const projectRoot = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.join(projectRoot, 'out', 'test', 'integration', 'index');

  // Tests may write files (sidecars), so they get a throwaway copy of the sample articles.
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'diplomatic-electron-'));
  const fixture = path.join(projectRoot, 'test', 'fixtures', 'workspace');
  const source = fs.existsSync(fixture) ? fixture : path.join(projectRoot, 'seeds');
  const workspace = path.join(tempRoot, 'workspace');
  fs.cpSync(source, workspace, { recursive: true });

  try {
    return await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath,
      // Other installed extensions would make results depend on the machine.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('Failed to run the integration tests in VS Code:', err);
    // Most often the VS Code download is unreachable; the same suite runs without it.
    console.error('Without access to the VS Code download site, run `npm run test:integration` (code-server host) instead.');
    process.exit(1);
  },
);
