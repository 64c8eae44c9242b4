// The analyst's work in a real VS Code: notes, labels and rejections straight from a recognized entity
// (its hover card's links too), labels that keep what the recognizer knew, annotations found again after
// the text changed outside the editor (exact, or "moved, please confirm" with Confirm and Re-place in the
// Annotations view), sidecar bytes kept, git merging set up, and first-use settings.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DiplomaticApi } from '../../src/editor/api';
import type { AnnotationNode } from '../../src/editor/annotations';
import { commandLinks, EXTENSION_ID, hoverMarkdown, hoverText, until } from './helpers';

const NEWS =
  'HANOI, November 6. Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defense, received ' +
  'Colonel Jan Novak, Defense Attaché of the Czech Republic, on Monday. The two sides discussed training.\n\n' +
  'Later, General Hoang Xuan Chien thanked Colonel Jan Novak for his work over the past three years in Hanoi.\n';

let api: DiplomaticApi;
let folder: string;
const created: string[] = [];
const sidecarOf = (u: vscode.Uri) => u.fsPath + '.annotations.yaml';
const readSidecar = (u: vscode.Uri) => (fs.existsSync(sidecarOf(u)) ? fs.readFileSync(sidecarOf(u), 'utf8') : '');

function newText(name: string, content = NEWS): vscode.Uri {
  const p = path.join(folder, `${name}-${Date.now().toString(36)}.txt`);
  fs.writeFileSync(p, content);
  created.push(p, p + '.annotations.yaml');
  return vscode.Uri.file(p);
}

function seed(name: string): vscode.Uri {
  const uri = vscode.Uri.file(path.join(folder, name));
  created.push(sidecarOf(uri)); // the seed stays; annotations made on it go
  return uri;
}

async function annotate(uri: vscode.Uri, quote: string, label: string, occurrence = 0, extra: object = {}): Promise<{ start: number; end: number }> {
  const text = fs.readFileSync(uri.fsPath, 'utf8');
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `${quote} not in ${uri.fsPath}`);
  await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start, end: start + quote.length, label, ...extra });
  return { start, end: start + quote.length };
}

function treeAnnotations(uri: vscode.Uri, group: 'moved' | 'orphaned'): AnnotationNode[] {
  const tree = api.annotationsTree;
  const doc = (tree.getChildren() as AnnotationNode[]).find((n) => n.uri.toString() === uri.toString());
  const g = doc && (tree.getChildren(doc) as AnnotationNode[]).find((n) => n.kind === group);
  return g ? (tree.getChildren(g) as AnnotationNode[]) : [];
}

suite('Analyst work', () => {
  suiteSetup(async () => {
    api = (await vscode.extensions.getExtension<DiplomaticApi>(EXTENSION_ID)!.activate())!;
    folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of created) fs.rmSync(p, { force: true, recursive: true });
  });

  test('separate meetings told in one sentence each have their own node in the Meetings tree (ids differ)', async () => {
    const uri = newText('separate', 'WASHINGTON, December 13, 2012. During his US trip, General Qi Jianguo, deputy chief of the General Staff of the ' +
      'Chinese People\'s Liberation Army, had separate meetings with Deputy Defense Secretary Ashton Carter, Undersecretary of State ' +
      'Wendy Sherman and Navy Secretary Ray Mabus.\n');
    const doc = await until('the text in the Meetings tree', () =>
      (api.meetingsTree.getChildren() as { key?: string; id: string }[]).find((n) => n.key === uri.toString()));
    const meetings = api.meetingsTree.getChildren(doc as never) as { id: string; label: string }[];
    assert.strictEqual(meetings.length, 3, meetings.map((m) => m.label).join('; '));
    assert.strictEqual(new Set(meetings.map((m) => m.id)).size, 3, meetings.map((m) => m.id).join('; '));
  });

  test('issue case: a note given while labelling a recognized official (seed 003) shows in its hover at once', async () => {
    const uri = seed('003_4b6d259d4106bab7.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const at = editor.document.getText().indexOf('Wei Fenghe');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Wei Fenghe'.length));
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { label: 'official', note: 'N: met twice before' });
    const hover = await hoverText(uri, at + 2);
    assert.match(hover, /N: met twice before/, hover);
    assert.match(hover, /Wei Fenghe/);
  });

  test('Add Note on a recognized official with no annotation creates one, labelled as recognized', async () => {
    const uri = seed('004_46d35968a2f4d272.txt');
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    const at = text.indexOf('Miao Hua');
    const ann = await vscode.commands.executeCommand<{ label: string; quote: string; note: string }>('diplomatic.addNote', { uri: uri.toString(), start: at + 3, note: 'Political work chief' });
    assert.deepStrictEqual([ann.label, ann.quote, ann.note], ['official', 'Miao Hua', 'Political work chief']);
    assert.match(readSidecar(uri), /quote: Miao Hua/);
    assert.match(await hoverText(uri, at + 1), /Political work chief/);
  });

  test('the hover card of a recognized entity links Add Note, Label and Reject for that entity', async () => {
    const uri = newText('links');
    const at = NEWS.indexOf('Jan Novak');
    const md = await until('entity links in the hover', async () => {
      const m = await hoverMarkdown(uri, at + 2);
      return m.includes('command:diplomatic.addNote') ? m : undefined;
    });
    const links = commandLinks(md);
    const byCommand = new Map(links.map((l) => [l.command, l]));
    for (const c of ['diplomatic.addNote', 'diplomatic.annotateSelection', 'diplomatic.rejectEntity']) assert.ok(byCommand.has(c), `${c} link missing: ${md}`);
    const note = byCommand.get('diplomatic.addNote')!.args as { uri: string; start: number; end: number; interactive: boolean };
    assert.deepStrictEqual([note.start, note.end, note.interactive], [at, at + 'Jan Novak'.length, true]);
    // The link's own target, without the prompt: the note lands on the entity.
    await vscode.commands.executeCommand('diplomatic.addNote', { ...note, interactive: false, note: 'From the hover link' });
    assert.match(await hoverText(uri, at + 2), /From the hover link/);
    const reject = byCommand.get('diplomatic.rejectEntity')!.args as object;
    await vscode.commands.executeCommand('diplomatic.rejectEntity', { ...reject, interactive: false });
    assert.match(readSidecar(uri), /label: reject/);
  });

  test('labelling a recognized official `official` keeps his position and organization in the hover', async () => {
    const uri = seed('004_46d35968a2f4d272.txt');
    const { start } = await annotate(uri, 'Luong Cuong', 'official');
    const hover = await until('the hover after the label', async () => {
      const h = await hoverText(uri, start + 2);
      return /Position: Chief of the General Department of Politics/.test(h) && /Annotation/.test(h) ? h : undefined;
    });
    assert.match(hover, /Organization: General Department of Politics/);
  });

  test('a text changed outside the editor: exact ones follow, approximate ones are flagged with the old quote, the sidecar is rewritten once', async () => {
    const uri = newText('outside');
    await annotate(uri, 'Hoang Xuan Chien', 'official', 0, { note: 'first mention' });
    await annotate(uri, 'Jan Novak', 'official', 1);
    await annotate(uri, 'Defense Attaché', 'position');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = readSidecar(uri);
    // A script rewrites the text: a line added on top, the attaché's title and the last "Jan Novak" re-spelt.
    fs.writeFileSync(uri.fsPath, 'UPDATED 7 November.\n' + NEWS.replace('Defense Attaché of', 'Defence Attaché of').replace('Colonel Jan Novak for', 'Colonel Jan Novák for'));
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    const chien = text.indexOf('Hoang Xuan Chien');
    let last = before;
    const after = await until('the untouched annotation to follow the inserted line on disk', () => {
      last = readSidecar(uri);
      return last.includes(`start: ${chien}\n`) && (last.match(/moved: true/g) ?? []).length === 2 ? last : undefined;
    }).catch((e) => assert.fail(`${e.message}\n${last}`));
    assert.match(after, /quote: Defense Attaché\n/, 'the old quote is kept');
    // The CLI, reading the same files, finds the same places (one algorithm).
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const csv = execFileSync(process.execPath, [cli, 'export', '--format', 'csv', uri.fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    const rows = csv.trim().split('\r\n').slice(1).map((r) => r.split(','));
    const sidecarStarts = [...after.matchAll(/start: (\d+)\n/g)].map((m) => m[1]).sort();
    assert.deepStrictEqual(rows.map((r) => r[3]).sort(), sidecarStarts, csv);
    assert.deepStrictEqual(rows.map((r) => r[11]).sort(), ['false', 'true', 'true']);
    assert.match(after, /quote: Jan Novak\n/);
    assert.strictEqual((after.match(/moved: true/g) ?? []).length, 2, after);
    const moved = await until('the Moved group in the Annotations view', () => {
      const m = treeAnnotations(uri, 'moved');
      return m.length === 2 ? m : undefined;
    });
    const item = api.annotationsTree.getTreeItem(moved.find((n) => n.kind === 'annotation' && n.annotation.quote === 'Defense Attaché')!);
    assert.strictEqual(item.contextValue, 'movedAnnotation');
    assert.match(String(item.description), /now “Defence Attaché”|position/);
    // Its hover says so, with the words annotated, and links to confirm or re-place it.
    const attacheAt = text.indexOf('Defence Attaché');
    const hover = await hoverMarkdown(uri, attacheAt + 3);
    assert.match(hover.replace(/\\(.)/g, '$1'), /Moved, please confirm.*annotated “Defense Attaché”.*“Defence Attaché”/s);
    assert.deepStrictEqual(commandLinks(hover).filter((l) => /confirm|replace/i.test(l.command)).map((l) => l.command).sort(), ['diplomatic.confirmAnnotation', 'diplomatic.replaceAnnotation']);
    // A moved annotation changes nothing in the analysis until confirmed.
    assert.ok(!(await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri) as vscode.DocumentSymbol[] | undefined)?.some((x) => x.name === 'Defense Attaché'));
    // Nothing else changes the file by itself: reopening and closing the text does not rewrite it.
    await vscode.window.showTextDocument(uri);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(readSidecar(uri), after, 'no spurious rewrite');
    // Confirm the edited title: its words become the quote, the flag goes.
    const attache = moved.find((n) => n.kind === 'annotation' && n.annotation.quote === 'Defense Attaché')!;
    await vscode.commands.executeCommand('diplomatic.confirmAnnotation', attache);
    await until('the confirmed quote', () => (/quote: Defence Attaché\n/.test(readSidecar(uri)) ? true : undefined));
    // Re-place the renamed one on the words the analyst points at.
    const novak = treeAnnotations(uri, 'moved').find((n) => n.kind === 'annotation')!;
    assert.ok(novak.kind === 'annotation');
    const target = text.indexOf('Colonel Jan Novák') + 'Colonel '.length;
    await vscode.commands.executeCommand('diplomatic.replaceAnnotation', { uri: uri.toString(), id: novak.annotation.id, start: target, end: target + 'Jan Novák'.length });
    const final = await until('the re-placed annotation', () => (/quote: Jan Novák\n/.test(readSidecar(uri)) ? readSidecar(uri) : undefined));
    assert.ok(!final.includes('moved: true'), final);
    assert.deepStrictEqual(treeAnnotations(uri, 'moved'), []);
  });

  test('an open text reloaded after an outside edit: its annotations follow and the sidecar is written without saving the text', async () => {
    const uri = newText('reload');
    await annotate(uri, 'Jan Novak', 'official', 1);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    fs.writeFileSync(uri.fsPath, 'Correction appended below.\n\n' + NEWS.replace('discussed training', 'discussed training and exercises'));
    await until('the reloaded document', () => (doc.getText().startsWith('Correction') ? true : undefined));
    const at = doc.getText().lastIndexOf('Jan Novak');
    await until('the new offsets on disk', () => (readSidecar(uri).includes(`start: ${at}\n`) ? true : undefined));
    assert.ok(!doc.isDirty);
    assert.ok(!readSidecar(uri).includes('moved'), readSidecar(uri));
  });

  test('a Latin-1 sidecar is refused with a diagnostic naming UTF-8 and never overwritten; CRLF is kept on save', async () => {
    const uri = newText('latin1');
    const latin1 = Buffer.from('version: 1\nannotations:\n  - id: a1\n    label: official\n    start: 45\n    end: 61\n    quote: Hoang Xuan Chien\n    note: "Entretien confirmé"\n', 'latin1');
    fs.writeFileSync(sidecarOf(uri), latin1);
    const diags = await until('a diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(vscode.Uri.file(sidecarOf(uri)));
      return d.length ? d : undefined;
    });
    assert.match(diags[0].message, /not valid UTF-8/);
    assert.strictEqual(diags[0].range.start.line, 7);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: uri.toString(), start: 0, end: 5, label: 'place' })));
    assert.ok(fs.readFileSync(sidecarOf(uri)).equals(latin1), 'the Latin-1 file changed');

    const crlf = newText('crlf');
    fs.writeFileSync(sidecarOf(crlf), '# kept as CRLF\r\nversion: 1\r\nannotations: []\r\n');
    await vscode.commands.executeCommand('diplomatic.annotateSelection', { uri: crlf.toString(), start: 0, end: 5, label: 'place' });
    const bytes = fs.readFileSync(sidecarOf(crlf), 'utf8');
    assert.match(bytes, /quote: HANOI\r\n/);
    assert.ok(!/[^\r]\n/.test(bytes), JSON.stringify(bytes));
  });

  test('git conflict markers in a sidecar are named as an unresolved merge conflict', async () => {
    const uri = newText('conflicted');
    fs.writeFileSync(sidecarOf(uri), 'version: 1\nannotations:\n<<<<<<< HEAD\n  - {id: a, label: official, start: 0, end: 5, quote: HANOI}\n=======\n  - {id: b, label: place, start: 0, end: 5, quote: HANOI}\n>>>>>>> theirs\n');
    await vscode.workspace.openTextDocument(uri);
    const diags = await until('a diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(vscode.Uri.file(sidecarOf(uri)));
      return d.length ? d : undefined;
    });
    assert.match(diags[0].message, /unresolved git merge conflict/);
    assert.strictEqual(diags[0].range.start.line, 2);
  });

  test('Set Up Git Merging of Annotations writes .gitattributes and the driver; a real merge is then clean', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-setup-'));
    created.push(repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'a@example.invalid');
    git('config', 'user.name', 'A');
    const setup = await vscode.commands.executeCommand<{ driver: string }>('diplomatic.setUpGitMerge', { folder: repo });
    assert.match(fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8'), /^\*\.annotations\.yaml merge=diplomatic-sidecars$/m);
    assert.strictEqual(git('config', '--get', 'merge.diplomatic-sidecars.driver').trim(), setup.driver);
    // Run twice: nothing doubled.
    await vscode.commands.executeCommand('diplomatic.setUpGitMerge', { folder: repo });
    assert.strictEqual((fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8').match(/merge=diplomatic-sidecars/g) ?? []).length, 1);
    const yaml = (id: string, start: number, quote: string) => `version: 1\nannotations:\n  - id: ${id}\n    label: official\n    start: ${start}\n    end: ${start + quote.length}\n    quote: ${quote}\n`;
    fs.writeFileSync(path.join(repo, 'a.txt'), NEWS);
    git('add', '-A');
    git('commit', '-qm', 'text');
    git('checkout', '-qb', 'other');
    fs.writeFileSync(path.join(repo, 'a.txt.annotations.yaml'), yaml('theirs1', NEWS.indexOf('Jan Novak'), 'Jan Novak'));
    git('add', '-A');
    git('commit', '-qm', 'theirs');
    git('checkout', '-q', 'main');
    fs.writeFileSync(path.join(repo, 'a.txt.annotations.yaml'), yaml('ours1', NEWS.indexOf('Hoang Xuan Chien'), 'Hoang Xuan Chien'));
    git('add', '-A');
    git('commit', '-qm', 'ours');
    git('merge', '--no-edit', 'other'); // throws on a conflict
    const merged = fs.readFileSync(path.join(repo, 'a.txt.annotations.yaml'), 'utf8');
    assert.match(merged, /id: ours1/);
    assert.match(merged, /id: theirs1/);
  });

  test('analyzed texts wrap by default: the diplomatic language has word wrap on', () => {
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'diplomatic' }).get('wordWrap'), 'on');
  });

  test('a plain-text article matched by diplomatic.include wraps when shown; other plain text does not', async () => {
    // Long paragraphs: wrapped, a screen holds only a few of them; unwrapped, one per row.
    const paragraph = `${NEWS.trim().replace(/\n+/g, ' ')} `.repeat(12);
    const content = Array.from({ length: 80 }, () => paragraph).join('\n');
    const shownLines = (e: vscode.TextEditor) => (e.visibleRanges.length ? e.visibleRanges[e.visibleRanges.length - 1].end.line - e.visibleRanges[0].start.line + 1 : 0);
    const article = await vscode.window.showTextDocument(newText('wrap', content));
    const wrapped = await until('the article to wrap', () => (shownLines(article) > 0 && shownLines(article) <= 8 ? shownLines(article) : undefined));
    const other = path.join(folder, `wrap-control-${Date.now().toString(36)}.text`);
    fs.writeFileSync(other, content);
    created.push(other);
    const plain = await vscode.window.showTextDocument(vscode.Uri.file(other));
    assert.strictEqual(plain.document.languageId, 'plaintext');
    const unwrapped = await until('the other file to show', () => (shownLines(plain) > 8 ? shownLines(plain) : undefined));
    assert.ok(unwrapped > wrapped, `${unwrapped} lines unwrapped vs ${wrapped} wrapped`);
  });
});

suite('Export Meetings: where the file goes', () => {
  test('the save dialog opens outside the articles\' folder, then where the last export went', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const workspace = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-export-'));
    const window = vscode.window as { showQuickPick: unknown; showSaveDialog: unknown; showInformationMessage: unknown };
    const saved = { showQuickPick: window.showQuickPick, showSaveDialog: window.showSaveDialog, showInformationMessage: window.showInformationMessage };
    const offered: vscode.Uri[] = [];
    try {
      window.showQuickPick = async (items: readonly vscode.QuickPickItem[]) => (await items).find((i) => i.label === 'CSV');
      window.showSaveDialog = async (o: vscode.SaveDialogOptions) => {
        offered.push(o.defaultUri!);
        return vscode.Uri.file(path.join(out, 'meetings.csv'));
      };
      window.showInformationMessage = async () => undefined;
      await vscode.commands.executeCommand('diplomatic.exportMeetings', { interactive: true });
      await vscode.commands.executeCommand('diplomatic.exportMeetings', { interactive: true });
    } finally {
      Object.assign(window, saved);
    }
    assert.strictEqual(offered.length, 2, 'the dialog was not shown');
    assert.ok(!offered[0].fsPath.startsWith(workspace), `offered ${offered[0].fsPath}, inside the articles' folder ${workspace}`);
    assert.ok(offered[0].fsPath.startsWith(os.homedir()), offered[0].fsPath);
    assert.strictEqual(path.dirname(offered[1].fsPath), out, 'the last export folder is remembered');
    assert.match(fs.readFileSync(path.join(out, 'meetings.csv'), 'utf8'), /^document,kind,date/);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
