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

suite('Annotations: editing, commands, renames and merges', () => {
  const created: string[] = [];
  let folder: string;

  function newText(name: string, content = ARTICLE): vscode.Uri {
    const p = path.join(folder, `${name}-${Date.now().toString(36)}.txt`);
    fs.writeFileSync(p, content);
    created.push(p, p + '.annotations.yaml');
    return vscode.Uri.file(p);
  }
  const sidecarOf = (u: vscode.Uri) => u.fsPath + '.annotations.yaml';
  const readSidecar = (u: vscode.Uri) => (fs.existsSync(sidecarOf(u)) ? fs.readFileSync(sidecarOf(u), 'utf8') : '');

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of created) fs.rmSync(p, { force: true });
  });

  test('typing before an annotation moves it; saving the text writes the new offsets', async () => {
    const uri = newText('shift');
    const s = ARTICLE.indexOf('Wang Yi');
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: s, end: s + 7, label: 'official' });
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'BREAKING: '));
    const moved = s + 'BREAKING: '.length;
    await until('the hover at the moved span', async () => ((await annotationHover(uri, moved + 1)).includes('Wang Yi') ? true : undefined));
    await editor.document.save();
    await until('the new offsets on disk', () => (readSidecar(uri).includes(`start: ${moved}\n`) ? true : undefined));
    assert.match(readSidecar(uri), /quote: Wang Yi/);
  });

  test('deleting an annotated span orphans it and keeps it in the file', async () => {
    const uri = newText('orphan');
    const s = ARTICLE.indexOf('Sergey Lavrov');
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: s, end: s + 13, label: 'official', note: 'keep me' });
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(s - 1), editor.document.positionAt(s + 13))));
    await editor.document.save();
    await until('orphaned: true on disk', () => (readSidecar(uri).includes('orphaned: true') ? true : undefined));
    assert.match(readSidecar(uri), /quote: Sergey Lavrov/);
    assert.match(readSidecar(uri), /note: keep me/);
  });

  test('addNote, linkMention and removeAnnotation work programmatically', async () => {
    const uri = newText('commands');
    const s = ARTICLE.indexOf('Wang Yi');
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: s, end: s + 7, label: 'official' });
    await vscode.commands.executeCommand('diplomatic.addNote', { uri: uri.toString(), start: s + 1, note: 'First line\nSecond line' });
    await vscode.commands.executeCommand('diplomatic.linkMention', { uri: uri.toString(), start: s + 1, entity: 'person:wang-yi' });
    let yaml = readSidecar(uri);
    assert.match(yaml, /entity: person:wang-yi/);
    assert.match(yaml, /note: \|-\n {6}First line\n {6}Second line/);
    await vscode.commands.executeCommand('diplomatic.removeAnnotation', { uri: uri.toString(), start: s + 1 });
    yaml = readSidecar(uri);
    assert.ok(!yaml.includes('Wang Yi'), yaml);
    assert.match(yaml, /^version: 1$/m, 'the file stays, with an empty list');
  });

  test('rejectEntity marks the recognized entity at the cursor, or says there is none', async () => {
    const uri = newText('reject');
    const s = ARTICLE.indexOf('Sergey Lavrov');
    const { analyze } = await import('../../src/core');
    const recognized = analyze(ARTICLE).entities.find((e) => e.start <= s + 2 && s + 2 <= e.end);
    const call = Promise.resolve(vscode.commands.executeCommand('diplomatic.rejectEntity', { uri: uri.toString(), start: s + 2 }));
    if (!recognized) {
      await assert.rejects(call, /No recognized entity/);
      return;
    }
    await call;
    assert.match(readSidecar(uri), /label: reject/);
    assert.ok(readSidecar(uri).includes(`quote: ${ARTICLE.slice(recognized.start, recognized.end)}`));
  });

  test('renaming a text moves its sidecar along', async () => {
    const uri = newText('rename');
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: 0, end: 6, label: 'place' });
    const target = vscode.Uri.file(uri.fsPath.replace(/\.txt$/, '-renamed.txt'));
    created.push(target.fsPath, target.fsPath + '.annotations.yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, target);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until('the moved sidecar', () => (fs.existsSync(sidecarOf(target)) && !fs.existsSync(sidecarOf(uri)) ? true : undefined));
    assert.match(fs.readFileSync(sidecarOf(target), 'utf8'), /quote: MOSCOW/);
  });

  test('a disk change while annotation changes are unsaved merges field by field: the disk note and the unsaved offsets', async () => {
    const uri = newText('merge');
    const s = ARTICLE.indexOf('Wang Yi');
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: s, end: s + 7, label: 'official', note: 'original' });
    const editor = await vscode.window.showTextDocument(uri);
    // Unsaved local change: the text edit shifts the annotation in memory only.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'X '));
    const disk = readSidecar(uri);
    fs.writeFileSync(sidecarOf(uri), disk.replace('original', 'changed on disk'));
    await until('the hover with the note from disk at the shifted place', async () => ((await annotationHover(uri, s + 3)).includes('changed on disk') ? true : undefined));
    // On disk: one annotation, the note from disk, the offsets of the unsaved text, no conflict copy.
    const merged = await until('the merged sidecar on disk', () => {
      const y = readSidecar(uri);
      return y.includes('note: changed on disk') && y.includes(`start: ${s + 2}\n`) ? y : undefined;
    });
    assert.ok(!merged.includes('conflict: true'), merged);
    assert.strictEqual((merged.match(/- id:/g) ?? []).length, 1, merged);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
