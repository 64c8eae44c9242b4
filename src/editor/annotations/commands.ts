// The annotation commands. Each works from the palette (with prompts) and programmatically with an
// argument object (no prompt): e.g. executeCommand('diplomatic.annotateSelection', {label, note, uri, start, end}).
import * as vscode from 'vscode';
import type { Entity } from '../../core/types';
import { Annotation, BUILTIN_LABELS, makeAnnotation, newAnnotationId } from '../../core/sidecar/model';
import { engine } from '../lazyEngine';
import { AnnotationCommand, TargetArgs } from './ids';
import { sidecarUriFor, SidecarStore } from './sidecarStore';

interface Target {
  document: vscode.TextDocument;
  start: number;
  end: number;
  /** True when called with an argument object: never prompt then. */
  programmatic: boolean;
}

type Args = TargetArgs & { label?: string; note?: string; entity?: string };

function isArgs(a: unknown): a is Args {
  return typeof a === 'object' && a !== null && !(a instanceof vscode.Uri);
}

function toUri(u: NonNullable<TargetArgs['uri']>): vscode.Uri {
  if (u instanceof vscode.Uri) return u;
  const s = typeof u === 'string' ? u : u.toString();
  return /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s) ? vscode.Uri.parse(s) : vscode.Uri.file(s);
}

/** Called with an argument object (not from a link, which wants prompts): never prompt, throw errors. */
function isProgrammatic(raw: unknown): boolean {
  return isArgs(raw) && Object.keys(raw).length > 0 && !(raw as Args).interactive && !isTreeNode(raw);
}

type TreeNode = { kind: string; uri: vscode.Uri; annotation?: Annotation };

function isTreeNode(raw: unknown): raw is TreeNode {
  return isArgs(raw) && typeof (raw as TreeNode).kind === 'string' && (raw as TreeNode).uri instanceof vscode.Uri;
}

async function target(raw: unknown): Promise<Target | undefined> {
  if (isTreeNode(raw)) raw = { uri: raw.uri, id: raw.annotation?.id, start: raw.annotation?.start, end: raw.annotation?.end, interactive: true };
  const args: Args = isArgs(raw) ? raw : raw instanceof vscode.Uri ? { uri: raw } : {};
  const programmatic = isProgrammatic(raw);
  let document: vscode.TextDocument | undefined;
  if (args.uri) document = await vscode.workspace.openTextDocument(toUri(args.uri));
  const editor = vscode.window.activeTextEditor;
  document ??= editor?.document;
  if (!document) {
    void vscode.window.showErrorMessage('Open a text file first.');
    return undefined;
  }
  let start: number;
  let end: number;
  if (typeof args.start === 'number') {
    start = args.start;
    end = typeof args.end === 'number' ? args.end : args.start;
  } else if (editor && editor.document === document) {
    start = document.offsetAt(editor.selection.start);
    end = document.offsetAt(editor.selection.end);
  } else start = end = 0;
  const len = document.getText().length;
  start = Math.max(0, Math.min(start, len));
  end = Math.max(start, Math.min(end, len));
  return { document, start, end, programmatic };
}

/** The innermost annotation containing the range (or touching the cursor). */
function annotationAt(annotations: readonly Annotation[], start: number, end: number, id?: string): Annotation | undefined {
  if (id) return annotations.find((a) => a.id === id);
  let best: Annotation | undefined;
  for (const a of annotations) {
    if (a.orphaned || start < a.start || end > a.end) continue;
    if (!best || a.end - a.start < best.end - best.start) best = a;
  }
  return best;
}

const RECOGNIZED: ReadonlySet<Entity['type']> = new Set(['official', 'rank', 'position', 'organization']);

function recognizedAt(store: SidecarStore, document: vscode.TextDocument, start: number, end: number): Entity | undefined {
  // Analyze with the analyst's corrections so a rejected or relabelled span is seen as it is shown.
  const analysis = engine().analyze(document.getText(), { corrections: store.corrections(document.uri), knownOfficials: store.knownOfficials() });
  let best: Entity | undefined;
  for (const e of analysis.entities) {
    if (!RECOGNIZED.has(e.type) || start < e.start || end > e.end) continue;
    if (!best || e.end - e.start < best.end - best.start) best = e;
  }
  return best;
}

export function labelChoices(): string[] {
  const custom = vscode.workspace.getConfiguration('diplomatic').get<unknown>('labels');
  const extra = Array.isArray(custom) ? custom.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map((l) => l.trim()) : [];
  return [...new Set([...BUILTIN_LABELS, ...extra])];
}

function fail(message: string, programmatic: boolean): undefined {
  if (programmatic) throw new Error(message);
  void vscode.window.showErrorMessage(message);
  return undefined;
}

/** Literal `\n` typed in the single-line input box means a line break in the note. */
const fromInput = (s: string) => s.replace(/\\n/g, '\n');
const toInput = (s: string) => s.replace(/\n/g, '\\n');

export function registerAnnotationCommands(store: SidecarStore): vscode.Disposable {
  const run = <T>(fn: (raw: unknown) => Promise<T>) => async (raw: unknown) => {
    try {
      return await fn(raw);
    } catch (err) {
      if (isProgrammatic(raw)) throw err; // programmatic callers get the error
      void vscode.window.showErrorMessage((err as Error).message);
      return undefined;
    }
  };
  const now = () => new Date().toISOString();

  const annotateSelection = async (raw: unknown): Promise<Annotation | undefined> => {
    const t = await target(raw);
    if (!t) return undefined;
    const args: Args = isArgs(raw) ? raw : {};
    let { start, end } = t;
    if (start === end) {
      // The recognized entity at the cursor ("Label" from where the analyst is), else the word there.
      const entity = recognizedAt(store, t.document, start, end);
      const word = entity ? undefined : t.document.getWordRangeAtPosition(t.document.positionAt(start));
      if (entity) ({ start, end } = entity);
      else if (word) {
        start = t.document.offsetAt(word.start);
        end = t.document.offsetAt(word.end);
      } else return fail('Select the text to annotate.', t.programmatic);
    }
    let label = args.label;
    let note = args.note;
    if (!label) {
      if (t.programmatic && args.label !== undefined) return fail('label must not be empty', true);
      label = await vscode.window.showQuickPick(labelChoices(), { title: 'Annotate selection', placeHolder: `Label for “${t.document.getText().slice(start, end)}”` });
      if (!label) return undefined;
      if (!t.programmatic) note = await vscode.window.showInputBox({ title: 'Note (optional)', prompt: 'Type \\n for a line break; leave empty for no note' }).then((s) => (s ? fromInput(s) : undefined));
    }
    const text = t.document.getText();
    const chosen = label;
    return store.mutate(t.document.uri, (anns) => {
      // The same words annotated again: a new label for that annotation, not a second one.
      const same = anns.find((a) => !a.orphaned && !a.moved && !a.conflict && a.start === start && a.end === end);
      if (same) {
        same.label = chosen;
        if (note) same.note = note;
        if (args.entity) same.entity = args.entity;
        same.updated = now();
        return same;
      }
      const taken = new Set(anns.map((a) => a.id));
      const ann = makeAnnotation(text, start, end, chosen, { note, entity: args.entity, id: newAnnotationId(taken) });
      anns.push(ann);
      return ann;
    });
  };

  /** The command's target, its arguments, and the annotation there (by `id` when given). */
  const pointed = async (raw: unknown) => {
    const t = await target(raw);
    if (!t) return undefined;
    const args: Args = isTreeNode(raw) ? { id: raw.annotation?.id } : isArgs(raw) ? raw : {};
    const entry = await store.entry(t.document.uri);
    return { t, args, current: annotationAt(entry.annotations, t.start, t.end, args.id) };
  };

  const addNote = async (raw: unknown): Promise<Annotation | undefined> => {
    const at = await pointed(raw);
    if (!at) return undefined;
    const { t, args, current } = at;
    // No annotation yet on a recognized name: the note creates one, labelled as recognized.
    const entity = current ? undefined : recognizedAt(store, t.document, t.start, t.end);
    if (!current && !entity) return fail('No annotation or recognized entity at the cursor. Select the text and run Annotate Selection first.', t.programmatic);
    const quote = current?.quote ?? t.document.getText().slice(entity!.start, entity!.end);
    let note = args.note;
    if (note === undefined) {
      const typed = await vscode.window.showInputBox({ title: `Note on “${quote}”`, value: toInput(current?.note ?? ''), prompt: 'Type \\n for a line break; empty removes the note' });
      if (typed === undefined) return undefined;
      note = fromInput(typed);
    }
    const text = t.document.getText();
    const written = note;
    return store.mutate(t.document.uri, (anns) => {
      if (!current) {
        const ann = makeAnnotation(text, entity!.start, entity!.end, entity!.type, { note: written || undefined, id: newAnnotationId(new Set(anns.map((a) => a.id))) });
        anns.push(ann);
        return ann;
      }
      const a = anns.find((x) => x.id === current.id);
      if (!a) throw new Error('The annotation was removed meanwhile.');
      if (written) a.note = written;
      else delete a.note;
      a.updated = now();
      return a;
    });
  };

  const removeAnnotation = async (raw: unknown): Promise<Annotation | undefined> => {
    // From the tree: the node carries the text uri and the annotation id.
    const node = raw as { kind?: string; uri?: vscode.Uri; annotation?: Annotation } | undefined;
    const t = node?.kind === 'annotation' && node.uri && node.annotation ? await target({ uri: node.uri, id: node.annotation.id }) : await target(raw);
    if (!t) return undefined;
    const id = node?.kind === 'annotation' ? node.annotation?.id : isArgs(raw) ? raw.id : undefined;
    const entry = await store.entry(t.document.uri);
    const current = annotationAt(entry.annotations, t.start, t.end, id);
    if (!current) return fail('No annotation at the cursor.', t.programmatic);
    return store.mutate(t.document.uri, (anns) => {
      const i = anns.findIndex((a) => a.id === current.id);
      return i >= 0 ? anns.splice(i, 1)[0] : undefined;
    });
  };

  const rejectEntity = async (raw: unknown): Promise<Annotation | undefined> => {
    const t = await target(raw);
    if (!t) return undefined;
    const entity = recognizedAt(store, t.document, t.start, t.end);
    if (!entity) return fail('No recognized entity at the cursor.', t.programmatic);
    const text = t.document.getText();
    return store.mutate(t.document.uri, (anns) => {
      const same = anns.find((a) => !a.orphaned && a.start === entity.start && a.end === entity.end);
      if (same) {
        same.label = 'reject';
        same.updated = now();
        return same;
      }
      const ann = makeAnnotation(text, entity.start, entity.end, 'reject', { id: newAnnotationId(new Set(anns.map((a) => a.id))) });
      anns.push(ann);
      return ann;
    });
  };

  const linkMention = async (raw: unknown): Promise<Annotation | undefined> => {
    const at = await pointed(raw);
    if (!at) return undefined;
    const { t, args, current: existing } = at;
    const recognized = existing ? undefined : recognizedAt(store, t.document, t.start, t.end);
    const span = existing ?? recognized ?? (t.end > t.start ? { start: t.start, end: t.end } : undefined);
    if (!span) return fail('Put the cursor on an annotation or a recognized mention.', t.programmatic);
    let entity = args.entity;
    if (entity === undefined) {
      const analysis = engine().analyze(t.document.getText(), { corrections: store.corrections(t.document.uri), knownOfficials: store.knownOfficials() });
      const picks: (vscode.QuickPickItem & { id?: string })[] = [
        ...analysis.persons.map((p) => ({ label: p.name, description: [p.rank, p.position].filter(Boolean).join(', '), id: p.id })),
        ...analysis.organizations.map((o) => ({ label: o.name, description: 'organization', id: o.id })),
        { label: 'Other…', description: 'type an identifier' },
      ];
      const pick = await vscode.window.showQuickPick(picks, { title: `Link “${t.document.getText().slice(span.start, span.end)}” to…` });
      if (!pick) return undefined;
      entity = pick.id ?? (await vscode.window.showInputBox({ title: 'Entity this mention refers to', value: existing?.entity ?? '' }));
      if (!entity) return undefined;
    }
    const text = t.document.getText();
    const chosen = entity;
    const label = existing?.label ?? (recognized ? recognized.type : 'official');
    return store.mutate(t.document.uri, (anns) => {
      const a = existing && anns.find((x) => x.id === existing.id);
      if (a) {
        if (chosen) a.entity = chosen;
        else delete a.entity;
        a.updated = now();
        return a;
      }
      const ann = makeAnnotation(text, span.start, span.end, label, { entity: chosen, id: newAnnotationId(new Set(anns.map((x) => x.id))) });
      anns.push(ann);
      return ann;
    });
  };

  /** A moved annotation (flagged by re-anchoring) is on the right words after all: they become its quote. */
  const confirmAnnotation = async (raw: unknown): Promise<Annotation | undefined> => {
    const at = await pointed(raw);
    if (!at) return undefined;
    const { t, current } = at;
    if (!current || !current.moved) return fail('No moved annotation at the cursor to confirm.', t.programmatic);
    const text = t.document.getText();
    return store.mutate(t.document.uri, (anns) => {
      const a = anns.find((x) => x.id === current.id);
      if (!a || !a.moved) throw new Error('The annotation changed meanwhile.');
      a.quote = text.slice(a.start, a.end);
      delete a.moved;
      a.updated = now();
      return a;
    });
  };

  /**
   * Puts a moved or orphaned annotation on other words: given offsets, the current selection, or one of
   * the places its old quote stands now (picked from a list).
   */
  const replaceAnnotation = async (raw: unknown): Promise<Annotation | undefined> => {
    const node = isTreeNode(raw) ? raw : undefined;
    const args: Args = isArgs(raw) && !node ? raw : {};
    const t = await target(node ? { uri: node.uri, interactive: true } : raw);
    if (!t) return undefined;
    const entry = await store.entry(t.document.uri);
    const id = node?.annotation?.id ?? args.id;
    let current = id ? entry.annotations.find((a) => a.id === id) : annotationAt(entry.annotations, t.start, t.end);
    if (!current && !t.programmatic) {
      const waiting = entry.annotations.filter((a) => a.moved || a.orphaned);
      const pick = waiting.length === 1 ? { a: waiting[0] } : await vscode.window.showQuickPick(waiting.map((a) => ({ label: a.quote, description: `${a.label} · ${a.orphaned ? 'orphaned' : 'moved'}`, a })), { title: 'Re-place which annotation?' });
      current = pick?.a;
    }
    if (!current) return fail('No annotation to re-place here.', t.programmatic);
    const text = t.document.getText();
    let span: { start: number; end: number } | undefined;
    if (typeof args.start === 'number' && typeof args.end === 'number' && args.end > args.start) span = { start: t.start, end: t.end };
    else if (t.programmatic) return fail('Give start and end to re-place an annotation.', true);
    else {
      // Show the text (at the annotation's candidate place, if it has one) so the analyst sees the choices.
      let editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.toString() !== t.document.uri.toString()) {
        editor = await vscode.window.showTextDocument(t.document, { preserveFocus: false });
        if (!current.orphaned) editor.revealRange(new vscode.Range(t.document.positionAt(current.start), t.document.positionAt(current.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      const selection = !editor.selection.isEmpty ? editor.selection : undefined;
      const picks: (vscode.QuickPickItem & { start: number; end: number })[] = [];
      if (selection) {
        const s = t.document.offsetAt(selection.start);
        const e = t.document.offsetAt(selection.end);
        picks.push({ label: `$(selection) The selection: “${text.slice(s, e).replace(/\s+/g, ' ').slice(0, 80)}”`, start: s, end: e });
      }
      for (let i = current.quote ? text.indexOf(current.quote) : -1; i >= 0 && picks.length < 50; i = text.indexOf(current.quote, i + 1)) {
        const line = t.document.positionAt(i).line;
        picks.push({ label: `$(location) Line ${line + 1}`, description: `…${text.slice(Math.max(0, i - 30), i + current.quote.length + 30).replace(/\s+/g, ' ')}…`, start: i, end: i + current.quote.length });
      }
      if (!picks.length) {
        void vscode.window.showInformationMessage(`“${current.quote}” is not in the text any more. Select the words the annotation belongs to, then run Re-place Annotation again.`);
        return undefined;
      }
      const pick = await vscode.window.showQuickPick(picks, { title: `Re-place the annotation “${current.quote}” (${current.label}) on…` });
      if (!pick) return undefined;
      span = { start: pick.start, end: pick.end };
    }
    const chosen = span;
    const annotationId = current.id;
    return store.mutate(t.document.uri, (anns) => {
      const a = anns.find((x) => x.id === annotationId);
      if (!a) throw new Error('The annotation was removed meanwhile.');
      a.start = chosen.start;
      a.end = chosen.end;
      a.quote = text.slice(chosen.start, chosen.end);
      delete a.moved;
      delete a.orphaned;
      a.updated = now();
      return a;
    });
  };

  const openSidecar = async (raw: unknown): Promise<vscode.TextEditor | undefined> => {
    const node = raw as { kind?: string; uri?: vscode.Uri } | undefined;
    let textUri: vscode.Uri | undefined;
    if (node && (node.kind === 'document' || node.kind === 'annotation') && node.uri) textUri = node.uri;
    else if (isArgs(raw) && raw.uri) textUri = toUri(raw.uri);
    else if (raw instanceof vscode.Uri) textUri = raw;
    else textUri = vscode.window.activeTextEditor?.document.uri;
    if (!textUri) return fail('Open a text file first.', false);
    const sidecar = sidecarUriFor(textUri);
    try {
      await vscode.workspace.fs.stat(sidecar);
    } catch {
      return fail(`No annotations yet for ${vscode.workspace.asRelativePath(textUri)}: the file is created on the first annotation.`, isArgs(raw) && !!raw.uri);
    }
    return vscode.window.showTextDocument(sidecar, { preview: false });
  };

  const revealAnnotation = async (raw: unknown): Promise<void> => {
    if (!isArgs(raw) || !raw.uri) return;
    const document = await vscode.workspace.openTextDocument(toUri(raw.uri));
    const range = new vscode.Range(document.positionAt(raw.start ?? 0), document.positionAt(raw.end ?? raw.start ?? 0));
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(AnnotationCommand.annotateSelection, run(annotateSelection)),
    vscode.commands.registerCommand(AnnotationCommand.addNote, run(addNote)),
    vscode.commands.registerCommand(AnnotationCommand.removeAnnotation, run(removeAnnotation)),
    vscode.commands.registerCommand(AnnotationCommand.rejectEntity, run(rejectEntity)),
    vscode.commands.registerCommand(AnnotationCommand.linkMention, run(linkMention)),
    vscode.commands.registerCommand(AnnotationCommand.openSidecar, run(openSidecar)),
    vscode.commands.registerCommand(AnnotationCommand.confirmAnnotation, run(confirmAnnotation)),
    vscode.commands.registerCommand(AnnotationCommand.replaceAnnotation, run(replaceAnnotation)),
    vscode.commands.registerCommand(AnnotationCommand.revealAnnotation, run(revealAnnotation)),
  );
}
