// The corpus views inside a real VS Code, on the seeds plus one more text reporting Luong Cuong's
// phone talk again (spelled Lương Cường) and a reception: the dossier lists his meetings across both
// files, the network and the timeline draw the seeds' meetings (read back from the webviews' own
// DOM and drawing), and clicking reveals the reporting sentence in the editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DOMParser } from '@xmldom/xmldom';
import type { DiplomaticApi } from '../../src/editor/api';
import type { TreeNode } from '../../src/editor/trees/treeBase';
import type { CorpusPanel } from '../../src/editor/webviews/panel';
import type { RenderedState } from '../../src/editor/webviews/protocol';
import { EXTENSION_ID, folder, waitFor as waitForShared } from './helpers';

const PHONE_TALK = '004_46d35968a2f4d272.txt';
const RECEPTION = '000_09c2e6cfbe48a3c2.txt';
const EXTRA = 'corpus_extra.txt';
const EXTRA_TEXT = [
  'Vietnamese Defense Minister General Lương Cường held a phone talk with Chinese Senior Lieutenant General Miao Hua on November 6.',
  '',
  'Later, General Lương Cường received Chinese Ambassador to Vietnam Xiong Bo in Hanoi on December 2, 2022.',
  '',
  'General Cường thanked Ambassador Xiong for his work.',
  '',
].join('\n');

let api: DiplomaticApi;

const file = (name: string) => vscode.Uri.joinPath(folder(), name);

/** The views draw in their own time: a longer deadline, and a slower poll, than the editor suite's. */
const waitFor = <T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30_000) => waitForShared(what, probe, timeoutMs, 100);

async function rendered(panel: CorpusPanel, what: string, accept: (s: RenderedState) => boolean): Promise<RenderedState> {
  let last: RenderedState | undefined;
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the ${what} webview did not show it within 45 s; last reported: ${JSON.stringify(last ?? panel.lastRendered)}`)), 45_000));
  return Promise.race([panel.whenRendered((s) => {
    last = s;
    return accept(s);
  }), timeout]);
}

/** The text an editor shows selected after a click in a webview: the reporting sentence. */
async function revealedSelection(name: string, fragment: string): Promise<string> {
  return waitFor(`${name} opened with "${fragment}" selected`, () => {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.path.endsWith(`/${name}`));
    const selected = editors.map((e) => e.document.getText(e.selection)).find((t) => t.includes(fragment));
    return selected;
  });
}

/** The kind the engine gives the seed's phone talk ("phone talk" or "phone call", as the engine names it). */
function callKind(): string {
  const e = api.corpus.service.corpus().eventsOf('luong-cuong').find((x) => x.reports.some((r) => r.rel === PHONE_TALK));
  assert.ok(e, 'the seed phone talk is not among Luong Cuong\'s meetings');
  return e.kind;
}

async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('Corpus views', () => {
  suiteSetup(async function () {
    this.timeout(120_000);
    const extension = vscode.extensions.getExtension<DiplomaticApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    await api.services.index.whenReady();
    await vscode.workspace.fs.writeFile(file(EXTRA), new TextEncoder().encode(EXTRA_TEXT));
    await waitFor('the extra text indexed and joined to Luong Cuong', () => {
      const person = api.corpus.service.corpus().identity('luong-cuong');
      return person && person.documents.length === 2;
    });
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    for (const p of api.corpus.dossiers.values()) p.dispose();
    api.corpus.network()?.dispose();
    api.corpus.timeline()?.dispose();
    await vscode.workspace.getConfiguration('diplomatic').update('meetings.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
    for (const name of [EXTRA, 'diplomatic.identities.yaml']) await vscode.workspace.fs.delete(file(name)).then(undefined, () => undefined);
    await waitFor('the extra text gone from the index', () => !api.services.index.core.has(file(EXTRA).toString()));
    await closeEditors();
  });

  test('one identity for Luong Cuong and Lương Cường; the dossier lists his meetings across files', async () => {
    const person = api.corpus.service.corpus().identity('luong-cuong')!;
    assert.deepStrictEqual([...person.names].sort(), ['Luong Cuong', 'Lương Cường']);
    const panel = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openDossier', { id: 'luong-cuong' });
    assert.ok(panel, 'no dossier panel');
    const state = await rendered(panel, 'dossier', (s) => s.view === 'dossier' && s.items.length >= 2);
    // What the page shows: his meetings from both files, the shared phone talk once with both sources.
    const talk = state.items.find((r) => r.includes(callKind()));
    const reception = state.items.find((r) => r.includes('Xiong Bo'));
    assert.ok(talk && talk.includes('Miao Hua') && talk.includes(PHONE_TALK) && talk.includes(EXTRA), `phone talk row: ${talk}\n${state.items.join('\n')}`);
    assert.ok(reception && reception.includes('Xiong Bo') && reception.includes('2022-12-02') && reception.includes(EXTRA), `reception row: ${reception}`);
    assert.strictEqual(state.items.length, 2, state.items.join('\n'));
    for (const fact of ['Lương Cường', 'Also written: Luong Cuong', 'Vietnam', 'Chief of the General Department of Politics', 'Defense Minister', PHONE_TALK, EXTRA]) {
      assert.ok(state.text.includes(fact), `the dossier does not show "${fact}":\n${state.text}`);
    }
    // Clicking the phone talk's first source opens the seed with the reporting sentence selected.
    const event = api.corpus.service.corpus().eventsOf('luong-cuong').find((e) => e.kind === callKind())!;
    panel.click(`meeting:${event.id}`);
    const selected = await revealedSelection(PHONE_TALK, 'phone talk');
    assert.match(selected, /^Chief of the General Department.*Miao Hua on November 6 in Hanoi\.$/s);
  });

  test('the dossier opens from the Officials tree, the hover card and a participant in the Meetings tree', async () => {
    await closeEditors();
    for (const p of api.corpus.dossiers.values()) p.dispose();
    const node = await waitFor('Lương Cường in the officials tree', () => api.officialsTree.find('official', 'luong-cuong'));
    const fromTree = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openDossier', node);
    assert.strictEqual(api.corpus.dossiers.get('luong-cuong'), fromTree);
    fromTree.dispose();
    // The hover's link carries the text and the person's id there.
    const doc = await vscode.workspace.openTextDocument(file(PHONE_TALK));
    await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('Luong Cuong') + 2);
    const hover = await waitFor('a hover with the dossier link', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const md = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
      return /command:diplomatic\.openDossier\?/.test(md) ? md : '';
    });
    const args = JSON.parse(decodeURIComponent(/command:diplomatic\.openDossier\?([^ )"]+)/.exec(hover)![1]));
    const fromHover = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openDossier', ...args);
    assert.strictEqual(api.corpus.dossiers.get('luong-cuong'), fromHover, 'the hover link opens his dossier');
    // Zhang Baoqun from his place in the Meetings tree.
    const docNode = (api.meetingsTree.getChildren() as TreeNode[]).find((d) => d.label === RECEPTION)!;
    const meeting = (api.meetingsTree.getChildren(docNode) as TreeNode[])[0];
    const participant = (api.meetingsTree.getChildren(meeting) as TreeNode[]).find((p) => p.label.startsWith('Zhang Baoqun'))!;
    const zhang = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openDossier', participant);
    const state = await rendered(zhang, 'dossier', (s) => s.text.includes('Zhang Baoqun'));
    assert.ok(state.items.some((r) => r.includes('reception') && r.includes('Phung Si Tan')), state.items.join('\n'));
  });

  test('the network draws the seeds\' meetings as weighted links; clicking a link reveals its sentence', async () => {
    await closeEditors();
    const panel = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openNetwork');
    const state = await rendered(panel, 'network', (s) => s.view === 'network' && s.links.length >= 3);
    const has = (a: string, b: string) => state.links.find((l) => (l.startsWith(`${a} -- ${b}`) || l.startsWith(`${b} -- ${a}`)));
    assert.ok(has('Phung Si Tan', 'Zhang Baoqun'), state.links.join('\n'));
    // The phone talk both texts report is one meeting: weight 1.
    assert.strictEqual(has('Lương Cường', 'Miao Hua'), has('Lương Cường', 'Miao Hua') && `${has('Lương Cường', 'Miao Hua')!.split(' (')[0]} (1)`, state.links.join('\n'));
    assert.ok(has('Lương Cường', 'Xiong Bo'), state.links.join('\n'));
    for (const name of ['Phung Si Tan', 'Zhang Baoqun', 'Lương Cường', 'Miao Hua']) assert.ok(state.items.includes(name), `${name} not drawn: ${state.items.join(', ')}`);
    assert.match(state.text, /links, from \d+ meetings/);
    // Click the reception's link: its meeting is listed and its sentence opens.
    panel.click('edge:phung-si-tan--zhang-baoqun');
    const selected = await revealedSelection(RECEPTION, 'Zhang Baoqun');
    assert.match(selected, /^Senior Lieutenant General Phung Si Tan receiving Major General Zhang Baoqun/);
    const withPanel = await rendered(panel, 'network', (s) => s.panel.length > 0);
    assert.ok(withPanel.panel.some((m) => m.includes('reception') && m.includes(RECEPTION)), withPanel.panel.join('\n'));
  });

  test('the network filters by kind and country, and links countries', async () => {
    const panel = api.corpus.network()!;
    // Only the kind of the seed's reception: its link stays, the phone talk's goes.
    const receptionKind = api.corpus.service.corpus().eventsOf('phung-si-tan').find((e) => e.reports.some((r) => r.rel === RECEPTION && !r.referenced))!.kind;
    (panel as unknown as { setQuery(q: object): void }).setQuery({ kinds: [receptionKind] });
    let state = await rendered(panel, 'network', (s) => !s.links.some((l) => l.includes('Miao Hua')));
    assert.ok(state.links.some((l) => /Phung Si Tan -- Zhang Baoqun|Zhang Baoqun -- Phung Si Tan/.test(l)), state.links.join('\n'));
    assert.ok(state.links.length >= 1 && state.links.length < 4, state.links.join('\n'));
    (panel as unknown as { setQuery(q: object): void }).setQuery({ kinds: [], mode: 'countries' });
    state = await rendered(panel, 'network', (s) => s.items.includes('China') && s.items.includes('Vietnam'));
    assert.ok(state.links.some((l) => /^(China -- Vietnam|Vietnam -- China) \(\d+\)$/.test(l)), state.links.join('\n'));
    (panel as unknown as { setQuery(q: object): void }).setQuery({ mode: 'people' });
  });

  test('the timeline draws the dated meetings and lists the undated; clicking one reveals its sentence', async () => {
    await closeEditors();
    const panel = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openTimeline');
    const state = await rendered(panel, 'timeline', (s) => s.view === 'timeline' && s.items.some((i) => i.includes('Xiong Bo')));
    assert.ok(state.items.includes('reception: Lương Cường – Xiong Bo'), state.items.join('\n'));
    assert.ok(state.items.some((i) => i.startsWith('visit: Nguyen Phu Trong')), 'the referenced visit of November 2022 is on the axis');
    // The seeds' headline meetings carry no year: listed under the axis.
    for (const m of ['undated: reception: Phung Si Tan – Zhang Baoqun', 'undated: interview: Pan Tao', `undated: ${callKind()}: Lương Cường – Miao Hua`]) {
      assert.ok(state.items.some((i) => i.startsWith(m)), `${m} missing:\n${state.items.join('\n')}`);
    }
    assert.ok(state.links.some((g) => g.startsWith('China – Vietnam')), `rows: ${state.links.join(', ')}`);
    const reception = api.corpus.service.corpus().eventsOf('xiong-bo')[0];
    panel.click(`item:${reception.id}`);
    const selected = await revealedSelection(EXTRA, 'Xiong Bo');
    assert.match(selected, /^Later, General Lương Cường received Chinese Ambassador to Vietnam Xiong Bo in Hanoi on December 2, 2022\.$/);
  });

  test('the Meetings tree groups by month, pair of countries and person; a meeting two texts report is one', async () => {
    const tree = api.meetingsTree;
    const roots = () => tree.getChildren() as TreeNode[];
    await vscode.commands.executeCommand('diplomatic.groupMeetingsBy', { by: 'person' });
    const cuong = await waitFor('a group for Lương Cường', () => roots().find((g) => g.kind === 'meetingGroup' && g.label === 'Lương Cường'));
    const meetings = tree.getChildren(cuong) as TreeNode[];
    assert.deepStrictEqual(meetings.map((m) => m.label.split(' · ')[0]).sort(), [callKind(), 'reception'].sort());
    const talk = meetings.find((m) => m.label.startsWith(callKind()))!;
    const sources = (tree.getChildren(talk) as TreeNode[]).find((c) => c.kind === 'meetingSources')!;
    assert.strictEqual(sources.label, 'Reported by 2 texts');
    assert.deepStrictEqual((tree.getChildren(sources) as TreeNode[]).map((s) => s.label.split(':')[0]).sort(), [PHONE_TALK, EXTRA].sort());
    await vscode.commands.executeCommand('diplomatic.groupMeetingsBy', { by: 'countries' });
    const pair = await waitFor('a China – Vietnam group', () => roots().find((g) => g.label === 'China – Vietnam'));
    assert.ok((tree.getChildren(pair) as TreeNode[]).length >= 3);
    await vscode.commands.executeCommand('diplomatic.groupMeetingsBy', { by: 'month' });
    const december = await waitFor('a December 2022 group', () => roots().find((g) => g.label === 'December 2022'));
    assert.strictEqual((tree.getChildren(december) as TreeNode[]).length, 1);
    assert.ok(roots().some((g) => g.label === 'Undated'));
    await vscode.commands.executeCommand('diplomatic.groupMeetingsBy', { by: 'document' });
    await waitFor('documents again', () => roots().some((d) => d.label === PHONE_TALK));
    // By document, the shared phone talk says the other text reports it too.
    const doc = roots().find((d) => d.label === PHONE_TALK)!;
    assert.match((tree.getChildren(doc) as TreeNode[])[0].description ?? '', /also in 1 other text/);
  });

  test('a split written to the identities file wins in the dossier, the trees and the export', async () => {
    const service = api.corpus.service;
    const newId = await vscode.commands.executeCommand<string>('diplomatic.splitIdentity', { id: 'luong-cuong', documents: [EXTRA], newId: 'luong-cuong-minister' });
    assert.strictEqual(newId, 'luong-cuong-minister');
    const yaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(file('diplomatic.identities.yaml')));
    assert.match(yaml, /- id: luong-cuong-minister\n\s+names:\n\s+- Lương Cường\n\s+documents:\n\s+- corpus_extra\.txt/);
    const corpus = await waitFor('the split in the corpus', () => (service.corpus().identity('luong-cuong-minister') ? service.corpus() : undefined));
    assert.deepStrictEqual(corpus.identity('luong-cuong')!.documents.map((d) => d.slice(d.lastIndexOf('/') + 1)), [PHONE_TALK]);
    const dossier = await vscode.commands.executeCommand<CorpusPanel>('diplomatic.openDossier', { id: 'luong-cuong' });
    const state = await rendered(dossier, 'dossier', (s) => s.text.includes('Miao Hua') && !s.text.includes('Xiong Bo'));
    assert.strictEqual(state.items.length, 1, state.items.join('\n'));
    await waitFor('the officials tree shows both', () => api.officialsTree.find('official', 'luong-cuong-minister'));
    // The export follows it, and is GraphML a real XML parser reads.
    const graphml = await vscode.commands.executeCommand<string>('diplomatic.exportNetwork', { format: 'graphml' });
    const xml = new DOMParser().parseFromString(graphml, 'text/xml');
    const ids = Array.from(xml.getElementsByTagName('node') as ArrayLike<{ getAttribute(n: string): string | null }>).map((n) => n.getAttribute('id'));
    assert.ok(ids.includes('luong-cuong') && ids.includes('luong-cuong-minister'), ids.join(', '));
    // A broken edit is reported at its line and changes nothing.
    await vscode.workspace.fs.writeFile(file('diplomatic.identities.yaml'), new TextEncoder().encode(yaml.replace('id: luong-cuong-minister', 'id: Luong Cuong Minister')));
    const problem = await waitFor('the identities file problem', () => vscode.languages.getDiagnostics(file('diplomatic.identities.yaml')).find((d) => /lower-case/.test(d.message)));
    assert.ok(problem.range.start.line > 0);
    assert.ok(service.corpus().identity('luong-cuong-minister'), 'the last valid decisions stay in force');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('diplomatic.splitIdentity', { id: 'luong-cuong', documents: [PHONE_TALK] })), /fix the file first|Pick some, not all/);
    await vscode.workspace.fs.delete(file('diplomatic.identities.yaml'));
    await waitFor('the split undone', () => !service.corpus().identity('luong-cuong-minister'));
  });
});
