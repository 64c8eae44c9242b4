// `npm start` opens seeds/, which sits inside this project's git repository: the workbench must not greet
// the analyst with "A git repository was found in the parent folders" (a question they cannot answer well).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';

const root = path.join(__dirname, '..', '..', '..');
// tsc turns import() into require(); an ES module must be imported for real.
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<Record<string, unknown>>;

describe('npm start', () => {
  it('opens seeds/ without asking about the git repository in its parent folders', async () => {
    let inRepository = true;
    try {
      execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: path.join(root, 'seeds'), stdio: 'pipe' });
    } catch {
      inRepository = false; // an exported copy: nothing to ask about, the setting still holds
    }
    const { START_SETTINGS } = await importModule(pathToFileURL(path.join(root, 'test', 'host', 'start.mjs')).href);
    assert.strictEqual((START_SETTINGS as Record<string, unknown>)['git.openRepositoryInParentFolders'], 'never', `seeds/ ${inRepository ? 'is' : 'is not'} in a git repository`);
  });
});
