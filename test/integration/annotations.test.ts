// Annotations end to end in a real VS Code: the command writes the sidecar, annotations survive
// closing and reopening, hand edits on disk are picked up, and an invalid sidecar gives a
// diagnostic and is left byte-for-byte unchanged. Observed through files, hovers and diagnostics.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'diplomatic-annotator.diplomatic-annotator';
const ARTICLE = 'MOSCOW, March 3. Russian Foreign Minister Sergey Lavrov met with Chinese Foreign Minister Wang Yi on Tuesday.\n';

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/&nbsp;/g, ' '); // appendText keeps spaces as entities
}

async function annotationHover(uri: vscode.Uri, offset: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset))) ?? [];
  return hoverText(hovers);
}

suite('Annotations', () => {
  let textPath: string;
  let uri: vscode.Uri;
  let sidecarPath: string;
  const start = ARTICLE.indexOf('Sergey Lavrov');
  const end = start + 'Sergey Lavrov'.length;

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    textPath = path.join(folder.uri.fsPath, `annotations-it-${Date.now().toString(36)}.txt`);
    fs.writeFileSync(textPath, ARTICLE);
    uri = vscode.Uri.file(textPath);
    sidecarPath = textPath + '.annotations.yaml';
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of [textPath, sidecarPath]) fs.rmSync(p, { force: true });
  });

  test('annotating through the command writes the sidecar with the exact quote', async () => {
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start, end, label: 'official', note: 'Readout *confirmed*\nsecond line' });
    const yaml = await until('the sidecar file', () => (fs.existsSync(sidecarPath) ? fs.readFileSync(sidecarPath, 'utf8') : undefined));
    assert.match(yaml, /^version: 1$/m);
    assert.match(yaml, /^ {4}quote: Sergey Lavrov$/m);
    assert.match(yaml, /^ {4}label: official$/m);
    assert.match(yaml, new RegExp(`^ {4}start: ${start}$`, 'm'));
    assert.match(yaml, /note: \|-\n {6}Readout \*confirmed\*\n {6}second line/);
    // No temporary files left behind by the atomic write.
    assert.deepStrictEqual(fs.readdirSync(path.dirname(textPath)).filter((f) => f.includes('.tmp-')), []);
  });

  test('after closing and reopening the text the annotation is still shown in the hover', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(uri);
    const text = await until('the annotation hover', async () => {
      const t = await annotationHover(uri, start + 2);
      return t.includes('Annotation') ? t : undefined;
    });
    assert.match(text, /official/);
    assert.ok(text.includes('Readout \\*confirmed\\*'), `note markdown must be escaped: ${text}`);
    assert.match(text, /second line/);
  });

  test('a hand edit of the sidecar on disk is picked up', async () => {
    const before = fs.readFileSync(sidecarPath, 'utf8');
    fs.writeFileSync(sidecarPath, before.replace('Readout *confirmed*', 'Edited by hand').replace('label: official', 'label: position'));
    let last = '';
    const text = await until('the edited note in the hover', async () => {
      last = await annotationHover(uri, start + 2);
      return last.includes('Edited by hand') ? last : undefined;
    }).catch((e) => assert.fail(`${e.message}; last hover: ${last}`));
    assert.match(text, /position/);
  });

  test('an invalid sidecar gives a diagnostic at its line and is never overwritten', async () => {
    const sidecarUri = vscode.Uri.file(sidecarPath);
    const broken = Buffer.from('# broken by hand\nversion: 1\nannotations:\n  - id: x\n    start: [oops\n');
    fs.writeFileSync(sidecarPath, broken);
    const diags = await until('a diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(sidecarUri);
      return d.length ? d : undefined;
    });
    assert.ok(diags[0].range.start.line >= 4, `diagnostic on line ${diags[0].range.start.line + 1}`);
    // Annotating now must fail rather than overwrite the analyst's broken file.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: 0, end: 6, label: 'rank' })),
    );
    // Editing the text (which shifts annotations) and saving it must not write the sidecar either.
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATE: '));
    await editor.document.save();
    assert.ok(fs.readFileSync(sidecarPath).equals(broken), 'the invalid sidecar changed');
    // Fixing the file clears the diagnostic.
    fs.writeFileSync(sidecarPath, 'version: 1\nannotations: []\n');
    await until('the diagnostic to clear', () => vscode.languages.getDiagnostics(sidecarUri).length === 0 || undefined);
  });
});
