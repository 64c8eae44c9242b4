#!/usr/bin/env node
// `npm start`: the extension in a real VS Code (code-server) on seeds/, until Ctrl+C.
// The extension is linked into the server's extensions dir, so the plain address works; after
// `npm run build` (or with `npm run watch` running), use "Developer: Reload Window" in the page.
// Settings and UI state persist in .vscode-test/start/. Env: PORT (default: a free port),
// FOLDER (default: seeds/).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.mjs';
import { freePort, linkExtension, startServer } from './server.mjs';

const stateDir = path.join(projectRoot, '.vscode-test', 'start');
/**
 * seeds/ sits inside this project's git repository: without this, the git extension greets every start
 * with "A git repository was found in the parent folders". The analyst's own settings win (server.mjs).
 */
export const START_SETTINGS = { 'git.openRepositoryInParentFolders': 'never' };
const folder = path.resolve(process.env.FOLDER ?? path.join(projectRoot, 'seeds'));

async function main() {
  if (!fs.existsSync(folder)) throw new Error(`folder to open does not exist: ${folder}`);
  fs.mkdirSync(stateDir, { recursive: true });
  const extensionsDir = path.join(stateDir, 'extensions');
  const id = linkExtension(extensionsDir);
  const server = await startServer({
    tempRoot: stateDir,
    workspace: folder,
    extensionsDir,
    settings: START_SETTINGS,
    port: process.env.PORT ? Number(process.env.PORT) : await freePort(),
  });
  const url = server.folderUrl(folder);
  console.log('');
  console.log(`  Diplomatic Annotator (${id}) is running in VS Code (code-server) on ${path.relative(projectRoot, folder) || '.'}/`);
  console.log('');
  console.log(`  Open:  ${url}`);
  console.log('');
  console.log(`  Server log: ${path.relative(projectRoot, server.logFile)}   Stop: Ctrl+C`);
  console.log('');

  let stopping = false;
  const stop = () => {
    stopping = true;
    console.log('\nstopping code-server');
    server.stop();
    setTimeout(() => process.exit(0), 500);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`code-server exited (${code ?? signal}); see ${server.logFile}`);
    process.exit(code ?? 1);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((err) => {
    console.error(`[start] ERROR: ${err.message}`);
    process.exit(1);
  });
}
