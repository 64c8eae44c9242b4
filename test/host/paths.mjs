// Locations and versions shared by the test-host scripts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3, matches engines.vscode ^1.100.0
export const RIPGREP_PACKAGE = '@vscode/ripgrep-linux-x64@1.18.0';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const hostDir = path.join(projectRoot, '.vscode-test', 'code-server');
export const markerFile = path.join(hostDir, `.installed-${CODE_SERVER_VERSION}`);
export const entryFile = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && fs.existsSync(p));
}

export function isInstalledSync() {
  return fs.existsSync(markerFile) && fs.existsSync(entryFile);
}
