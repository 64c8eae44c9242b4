// The analyst's editor inside a real VS Code, on the seed workspace: activation, hover cards,
// side bar trees, symbols and references across files, export, and highlights following edits.
// Everything waits on a condition with a deadline (the engine and the index work in the background).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DiplomaticApi } from '../../src/editor/api';
import type { TreeNode } from '../../src/editor/trees/treeBase';
import type { ExportedMeeting } from '../../src/editor/commands/exportMeetings';
import { EXTENSION_ID, folder, waitFor } from './helpers';

const RECEPTION = '000_09c2e6cfbe48a3c2.txt';
const INTERVIEW = '003_4b6d259d4106bab7.txt';
const PHONE_TALK = '004_46d35968a2f4d272.txt';

let api: DiplomaticApi;

function seed(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seed(name));
  return vscode.window.showTextDocument(document);
}

function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0, inside = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not in ${document.uri.path}`);
  }
  return document.positionAt(at + inside);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1'); // unescape Markdown so assertions read like the article
}

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverText(hovers ?? []);
}

function children(node?: TreeNode): TreeNode[] {
  return api.meetingsTree.getChildren(node) as TreeNode[];
}

/** Meetings of the tree as {doc, label, participants} (participant labels start with the name). */
function meetingsInTree(): { doc: string; label: string; description: string; participants: string[] }[] {
  return children().flatMap((doc) =>
    children(doc).map((m) => ({ doc: doc.label, label: m.label, description: String(m.description ?? ''), participants: children(m).map((p) => p.label) })),
  );
}

function hasParticipants(labels: string[], names: string[]): boolean {
  return names.every((n) => labels.some((l) => l.startsWith(n)));
}

/** Writes a text into a new folder of the workspace, as a user or a git pull would, runs `use` on it, then removes the folder. */
async function withNewText<T>(dir: string, name: string, text: string, use: (uri: vscode.Uri) => Promise<T>): Promise<T> {
  const uri = vscode.Uri.joinPath(folder(), dir, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  try {
    return await use(uri);
  } finally {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), dir), { recursive: true });
  }
}

/** Writes a text into a new folder of the workspace, waits for its meeting of `names` in the tree, then removes the folder. */
async function meetingOfNewText(dir: string, name: string, text: string, names: string[]): Promise<ReturnType<typeof meetingsInTree>[number]> {
  await api.services.index.whenReady();
  return withNewText(dir, name, text, () =>
    waitFor(`the meeting of ${name} in the tree`, () => meetingsInTree().find((m) => m.doc === name && hasParticipants(m.participants, names))));
}

suite('Analyst editor', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension<DiplomaticApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
    assert.ok(api?.services, 'activate() did not return the API');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('activates on a seed and treats it as an analyzed text', async () => {
    const editor = await open(RECEPTION);
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.strictEqual(api.services.cache.isAnalyzed(editor.document), true);
    await api.services.index.whenReady();
    assert.strictEqual(api.services.index.isReady, true);
    for (const name of [RECEPTION, INTERVIEW, PHONE_TALK]) {
      assert.ok(api.services.index.core.has(seed(name).toString()), `${name} is not indexed`);
    }
  });

  test('hover over "Zhang Baoqun" names his rank', async () => {
    const editor = await open(RECEPTION);
    const at = positionOf(editor.document, 'Zhang Baoqun', 0, 2);
    const text = await waitFor('a hover card naming Major General', async () => {
      const t = await hoverAt(editor.document, at);
      return t.includes('Zhang Baoqun') && t.includes('Major General') ? t : '';
    });
    assert.match(text, /Mentions: \d+ times? in this text/);
  });

  test('hover over the translator of the byline says what he is: no official of a country', async () => {
    const editor = await open(PHONE_TALK);
    const at = positionOf(editor.document, 'Tran Hoai', 0, 2);
    const text = await waitFor('a hover card of the translator', async () => {
      const t = await hoverAt(editor.document, at);
      return t.includes('Tran Hoai') ? t : '';
    });
    assert.match(text, /Translator: named in the byline or credits, not an official of a country/);
    assert.ok(!/Country:/.test(text), text);
  });

  test('hover over a position names its holder, not the one of the office told right after it', async () => {
    await api.services.index.whenReady();
    const body = 'At a meeting with the new American Ambassador to Nigeria, the Chief of Air Staff, Air Marshal Sadiqq Abubakarr said that the Air Force has enjoyed the support of the United States.\n\nOn his part the United States Ambassador to Nigeria, Mr Williamm Stuartt Symingtonn said that Nigeria is important.\n';
    await withNewText('hover-holder', 'airforce.txt', body, async (uri) => {
      try {
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const text = await waitFor('a position card on "Ambassador"', async () => {
          const t = await hoverAt(editor.document, positionOf(editor.document, 'Ambassador', 0, 2));
          return t.includes('position') ? t : '';
        });
        assert.ok(!text.includes('Sadiqq Abubakarr'), text);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    });
  });

  test('hover over a rank gives its NATO grade and equivalents', async () => {
    const editor = await open(RECEPTION);
    const at = positionOf(editor.document, 'Major General Zhang', 0, 2);
    const text = await waitFor('a rank card', async () => {
      const t = await hoverAt(editor.document, at);
      return /OF-\d+/.test(t) ? t : '';
    });
    assert.ok(text.includes('Major General'));
    assert.ok(text.includes('| US |') || text.includes('| UK |'), text);
  });

  test('the meetings tree holds the three headline meetings with their participants', async () => {
    await api.services.index.whenReady();
    const meetings = await waitFor('three meetings in the tree', () => {
      const m = meetingsInTree();
      const reception = m.find((x) => x.doc === RECEPTION && x.label.startsWith('reception') && hasParticipants(x.participants, ['Phung Si Tan', 'Zhang Baoqun']));
      const interview = m.find((x) => x.doc === INTERVIEW && x.label.startsWith('interview') && hasParticipants(x.participants, ['Pan Tao']));
      const talk = m.find((x) => x.doc === PHONE_TALK && x.label.startsWith('phone call') && hasParticipants(x.participants, ['Luong Cuong', 'Miao Hua']));
      return reception && interview && talk ? { reception, interview, talk } : undefined;
    });
    assert.ok(meetings.talk.label.includes('November 6'), meetings.talk.label);
    // A call has no place: the callers were each in their own capital.
    assert.ok(!meetings.talk.label.includes('Hanoi'), meetings.talk.label);
    // Participants show their rank: "Zhang Baoqun — Major General, guest".
    assert.ok(meetings.reception.participants.some((p) => p.startsWith('Zhang Baoqun — Major General')), meetings.reception.participants.join('; '));
    // Every node can be revealed: getParent leads back to the root.
    const doc = children().find((d) => d.label === PHONE_TALK)!;
    const meeting = children(doc)[0];
    const participant = children(meeting)[0];
    assert.strictEqual(api.meetingsTree.getParent(participant), meeting);
    assert.strictEqual(api.meetingsTree.getParent(meeting), doc);
    assert.ok(api.meetingsTree.getTreeItem(meeting).command, 'meeting items reveal their span on click');
  });

  test('the officials tree groups persons by country', async () => {
    await api.services.index.whenReady();
    const person = await waitFor('Luong Cuong in the officials tree', () => api.officialsTree.find('official', 'luong-cuong'));
    assert.strictEqual(person.label, 'Luong Cuong');
    assert.strictEqual(person.parent?.kind, 'country');
    const mentions = api.officialsTree.getChildren(person) as TreeNode[];
    assert.ok(mentions.length >= 3, `only ${mentions.length} mentions`);
    assert.ok(mentions.every((m) => m.kind === 'mention' && m.reveal));
    // The translator of the bylines stands apart, under the last group, not under a country or "Country not stated".
    const translator = await waitFor('Tran Hoai in the officials tree', () => api.officialsTree.find('official', 'tran-hoai'));
    assert.strictEqual(translator.parent?.label, 'Bylines and credits');
    const groups = api.officialsTree.getChildren() as TreeNode[];
    assert.strictEqual(groups[groups.length - 1].label, 'Bylines and credits');
    assert.ok(String(translator.description).includes('translator'), String(translator.description));
  });

  test('diplomatic.exportMeetings returns the meetings without prompting', async () => {
    await api.services.index.whenReady();
    const meetings = await waitFor('exported meetings', async () => {
      const m = await vscode.commands.executeCommand<ExportedMeeting[]>('diplomatic.exportMeetings');
      return m && m.some((x) => x.kind === 'phone call') && m.some((x) => x.kind === 'reception') && m.some((x) => x.kind === 'interview') ? m : undefined;
    });
    const talk = meetings.find((m) => m.document === PHONE_TALK && m.kind === 'phone call');
    assert.ok(talk, JSON.stringify(meetings.map((m) => [m.document, m.kind])));
    assert.strictEqual(talk.date, 'November 6');
    assert.strictEqual(talk.place, null);
    assert.deepStrictEqual(talk.participants.map((p) => p.name).sort(), ['Luong Cuong', 'Miao Hua']);
    assert.strictEqual(typeof talk.referenced, 'boolean');
    // JSON-serializable, and the other formats come back as text.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(meetings)), meetings);
    const csv = await vscode.commands.executeCommand<string>('diplomatic.exportMeetings', { format: 'csv' });
    assert.ok(csv.startsWith('document,kind,date'), csv.slice(0, 80));
    assert.ok(csv.includes('Miao Hua'));
    const md = await vscode.commands.executeCommand<string>('diplomatic.exportMeetings', { format: 'markdown' });
    assert.ok(md.includes('| Document | Kind |'));
  });

  test('document symbols list the meeting and Luong Cuong', async () => {
    const editor = await open(PHONE_TALK);
    const symbols = await waitFor('document symbols with Luong Cuong', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s?.some((x) => x.name === 'Luong Cuong') ? s : undefined;
    });
    const talk = symbols.find((s) => s.name.startsWith('phone call'));
    assert.ok(talk, symbols.map((s) => s.name).join(', '));
    assert.ok(talk.children.some((c) => c.name.startsWith('Miao Hua')));
  });

  test('a meeting told "on Monday" shows its day in the tree, resolved against the release date', async () => {
    const text = 'Published: February 14, 2022\n\nIndian Defence Secretary Ajay Kumar on Monday called on Maldives Defence Minister Mariya Didi in Male.\n';
    const meeting = await meetingOfNewText('dated', 'monday-call.txt', text, ['Ajay Kumar', 'Mariya Didi']);
    assert.ok(meeting.label.startsWith('reception · 2022-02-14'), meeting.label);
  });

  test('a release announcing a meeting to come shows it in the tree as announced', async () => {
    const text = 'Foreign ministers to meet\n\n2018-02-06\n\nThe foreign minister, Anders Samuelsen, will be in Moscow over the next two days to meet with his Russian counterpart, Sergey Lavrov.\n';
    const meeting = await meetingOfNewText('announced', 'minister-to-meet.txt', text, ['Anders Samuelsen', 'Sergey Lavrov']);
    assert.ok(meeting.label.startsWith('talks · 2018-02'), meeting.label);
    assert.ok(meeting.description.includes('announced'), meeting.description);
  });

  test('workspace symbols and references find Luong Cuong across files', async () => {
    await api.services.index.whenReady();
    // A second text mentioning him, created the way a user or a git pull would.
    const extra = vscode.Uri.joinPath(folder(), 'extra', 'cuong-visit.txt');
    const text = 'General Luong Cuong received Senior Colonel Pan Tao in Hanoi on May 5.\n\nGeneral Cuong thanked the guest.\n';
    await withNewText('extra', 'cuong-visit.txt', text, async () => {
      const symbols = await waitFor('a workspace symbol for Luong Cuong', async () => {
        const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Luong Cuong');
        return s?.some((x) => x.name === 'Luong Cuong') ? s : undefined;
      });
      const cuong = symbols.find((s) => s.name === 'Luong Cuong')!;
      assert.ok([seed(PHONE_TALK).toString(), extra.toString()].includes(cuong.location.uri.toString()));

      const editor = await open(PHONE_TALK);
      const at = positionOf(editor.document, 'General Cuong', 0, 'General '.length + 1);
      const locations = await waitFor('references of Cuong in both files', async () => {
        const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
        const files = new Set((refs ?? []).map((r) => r.uri.toString()));
        return files.has(seed(PHONE_TALK).toString()) && files.has(extra.toString()) ? refs : undefined;
      });
      const inTalk = locations.filter((l) => l.uri.toString() === seed(PHONE_TALK).toString());
      assert.ok(inTalk.length >= 3, `only ${inTalk.length} mentions in the phone talk`);
      assert.ok(inTalk.some((l) => editor.document.getText(l.range) === 'Luong Cuong'));

      const definition = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, at);
      const first = definition?.[0];
      assert.ok(first, 'no definition');
      const range = 'range' in first ? first.range : first.targetRange;
      assert.strictEqual(editor.document.getText(range), 'Luong Cuong');
    });
    // Deleting the file drops it from the index.
    await waitFor('the extra text leaving the index', () => !api.services.index.core.has(extra.toString()));
  });

  test('editing a text updates its highlights and the trees', async () => {
    const editor = await open(INTERVIEW);
    const uri = editor.document.uri;
    const officialsIn = () => (api.highlights.rangesFor(uri)?.official ?? []).map((r) => editor.document.getText(r));
    await waitFor('highlights of Pan Tao', () => officialsIn().includes('Pan Tao'));

    const insert = 'Senior Lieutenant General Phung Si Tan received Senior Colonel Pan Tao.\n\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), insert);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitFor('a highlight of the inserted official', () => officialsIn().includes('Phung Si Tan'));
      // Highlights moved with the text: the old first mention of Pan Tao is now further down.
      const ranges = api.highlights.rangesFor(uri)!;
      assert.ok(ranges.official.every((r) => editor.document.getText(r).length > 0));
      await waitFor('Phung Si Tan listed for the edited text', () =>
        api.services.index.core.person('phung-si-tan')?.files.includes(uri.toString()));
      await waitFor('the officials tree showing Phung Si Tan in two texts', () => {
        const node = api.officialsTree.find('official', 'phung-si-tan');
        const mentions = node ? (api.officialsTree.getChildren(node) as TreeNode[]) : [];
        return mentions.some((m) => m.reveal?.uri === uri.toString());
      });

      await vscode.commands.executeCommand('diplomatic.toggleHighlights');
      await waitFor('highlights switched off', () => officialsIn().length === 0);
      await vscode.commands.executeCommand('diplomatic.toggleHighlights');
      await waitFor('highlights back on', () => officialsIn().length > 0);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(uri, new vscode.Range(new vscode.Position(0, 0), editor.document.positionAt(insert.length)));
      await vscode.workspace.applyEdit(undo);
      await editor.document.save();
    }
    await waitFor('the trees forgetting the edit', () => !api.services.index.core.person('phung-si-tan')?.files.includes(uri.toString()));
  });

  test('next/previous entity move the selection over recognized entities', async () => {
    const editor = await open(PHONE_TALK);
    await waitFor('an analysis with entities', () => api.services.cache.get(editor.document)?.entities.length);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('diplomatic.nextEntity');
    const first = editor.document.getText(editor.selection);
    assert.ok(first.length > 0, 'nextEntity selected nothing');
    const firstStart = editor.selection.start;
    await vscode.commands.executeCommand('diplomatic.nextEntity');
    assert.ok(editor.selection.start.isAfterOrEqual(firstStart));
    assert.ok(!editor.selection.isEmpty);
    await vscode.commands.executeCommand('diplomatic.previousEntity');
    assert.strictEqual(editor.document.getText(editor.selection), first);
  });

  test('the index skips binary texts and texts over diplomatic.index.maxFileSizeKB', async () => {
    await api.services.index.whenReady();
    const dir = vscode.Uri.joinPath(folder(), 'skipped');
    const binary = vscode.Uri.joinPath(dir, 'scan.txt');
    const large = vscode.Uri.joinPath(dir, 'large.txt');
    const config = vscode.workspace.getConfiguration('diplomatic');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([71, 101, 110, 0, 0, 1, 2, 3]));
    await vscode.workspace.fs.writeFile(large, new TextEncoder().encode('General Luong Cuong met Senior Colonel Pan Tao.\n'.repeat(60)));
    const reasons = () => new Map(api.services.index.skippedFiles().map((s) => [s.uri.toString(), s.reason]));
    try {
      await waitFor('the binary text skipped', () => reasons().get(binary.toString())?.includes('binary'));
      assert.strictEqual(api.services.index.core.has(binary.toString()), false);
      await waitFor('the large text indexed under the default limit', () => api.services.index.core.has(large.toString()));
      await config.update('index.maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
      await waitFor('the large text skipped under a 1 KB limit', () => reasons().get(large.toString())?.includes('maxFileSizeKB'));
      assert.strictEqual(api.services.index.core.has(large.toString()), false);
    } finally {
      await config.update('index.maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
    await waitFor('skipped texts forgotten after deletion', () => !reasons().has(binary.toString()));
  });

  test('diplomatic.revealInTree reveals the official under the cursor', async () => {
    await api.services.index.whenReady();
    const editor = await open(PHONE_TALK);
    const at = positionOf(editor.document, 'Miao Hua', 0, 2);
    editor.selection = new vscode.Selection(at, at);
    const node = await waitFor('Miao Hua revealed in the officials tree', async () => {
      const n = await vscode.commands.executeCommand<TreeNode | undefined>('diplomatic.revealInTree');
      return n?.kind === 'official' && n.key === 'miao-hua' ? n : undefined;
    });
    assert.strictEqual(node.label, 'Miao Hua');
    await waitFor('the officials view selecting him', () => api.views.officials.view.selection.some((n) => n.key === 'miao-hua'));
  });

  test('diplomatic.refresh rebuilds the index and the trees', async () => {
    await api.services.index.whenReady();
    let refreshed = false;
    const listener = api.meetingsTree.onDidChangeTreeData(() => (refreshed = true));
    try {
      await vscode.commands.executeCommand('diplomatic.refresh');
      assert.strictEqual(api.services.index.isReady, true);
      for (const name of [RECEPTION, INTERVIEW, PHONE_TALK]) assert.ok(api.services.index.core.has(seed(name).toString()), name);
      await waitFor('the meetings tree to refresh', () => refreshed);
    } finally {
      listener.dispose();
    }
  });

  test('_diplomatic.revealSpan opens the text and selects the span', async () => {
    const text = (await vscode.workspace.openTextDocument(seed(PHONE_TALK))).getText();
    const start = text.indexOf('Miao Hua');
    await vscode.commands.executeCommand('_diplomatic.revealSpan', { uri: seed(PHONE_TALK).toString(), start, end: start + 'Miao Hua'.length });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.getText(editor.selection), 'Miao Hua');
  });
});
