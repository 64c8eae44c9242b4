// Smoke test for the test hosts themselves: proves the extension under development is loaded
// into a real VS Code with a folder open. Feature suites live next to this file.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'diplomatic-annotator.diplomatic-annotator';

suite('Test host', () => {
  test('the extension under development is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded; is extensionDevelopmentPath the project root?`);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  test('a workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'no workspace folder is open');
    assert.strictEqual(folders[0].uri.scheme, 'file');
  });
});
