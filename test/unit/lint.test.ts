// The lint rule that keeps the engine free of the editor API, checked on the project's own configuration.
import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

describe('lint', () => {
  const eslint = new ESLint({ cwd: root });
  it('refuses an import of vscode under src/core/, and allows it under src/editor/', async () => {
    const code = "import * as vscode from 'vscode';\nexport const window = vscode.window;\n";
    const [core] = await eslint.lintText(code, { filePath: path.join(root, 'src/core/example.ts') });
    assert.deepStrictEqual(core.messages.map((m) => m.ruleId), ['no-restricted-imports']);
    const [editor] = await eslint.lintText(code, { filePath: path.join(root, 'src/editor/example.ts') });
    assert.deepStrictEqual(editor.messages, []);
  });
});
