// Sidecar annotations in the editor: one entry per text, loaded through vscode.workspace.fs,
// written atomically in the file's own encoding details (BOM, line ends), kept on their words while the
// text is edited, re-anchored when the text changed outside the editor (and the new offsets written at
// once, so the CLI agrees), reloaded (and merged) when the sidecar changes on disk, moved on rename.
// Also the CorrectionsProvider the engine reads.
import { promises as fsp } from 'fs';
import * as vscode from 'vscode';
import type { Document } from 'yaml';
import type { SidecarFormat } from '../../core/sidecar/bytes';
import type { Correction } from '../../core/types';
import {
  Annotation,
  isSidecarPath,
  MAX_SIDECAR_BYTES,
  officialNames,
  SIDECAR_SUFFIX,
  SidecarProblem,
  textPathFor,
  toCorrections,
} from '../../core/sidecar/model';
import { engine } from '../lazyEngine';
import type { CorrectionsProvider } from '../services';

export type SidecarState = 'none' | 'ok' | 'invalid';

export interface SidecarEntry {
  readonly textUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  state: SidecarState;
  annotations: Annotation[];
  problems: SidecarProblem[];
  /** Annotations as last read from or written to disk: the merge base. */
  base: Annotation[];
  /** The parsed document, updated in place on save so comments and key order survive. */
  doc?: Document;
  /** Exact content we last read or wrote, to recognise our own writes in the watcher. */
  diskText?: string;
  /** Byte-order mark and line ends of the file, written back as found. */
  format?: SidecarFormat;
  /** In-memory changes not yet on disk (offsets shifted by unsaved text edits). */
  dirty: boolean;
  /** Bumped on every in-memory change, so a save that raced with typing does not clear `dirty`. */
  revision: number;
  loaded: boolean;
  queue: Promise<unknown>;
  /** Pending look at whether an open text became the file on disk (onTextChanged). */
  diskCheck?: ReturnType<typeof setTimeout>;
}

const DISK_CHECK_MS = 250;

const decoder = new TextDecoder('utf-8');

export function sidecarUriFor(textUri: vscode.Uri): vscode.Uri {
  return textUri.with({ path: textUri.path + SIDECAR_SUFFIX });
}

const clone = (xs: readonly Annotation[]): Annotation[] => xs.map((a) => ({ ...a }));

export class SidecarStore implements CorrectionsProvider, vscode.Disposable {
  private readonly entries = new Map<string, SidecarEntry>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly annotationsEmitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  private hasAnnotations: boolean | undefined;
  private scanned: Promise<void> | undefined;

  /** Corrections (and therefore recognizer results) changed for a text, or for many when undefined. */
  readonly onDidChangeCorrections = this.changeEmitter.event;
  /** Any annotation change, including orphans and notes (tree, decorations). */
  readonly onDidChangeAnnotations = this.annotationsEmitter.event;

  constructor(readonly diagnostics: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*' + SIDECAR_SUFFIX);
    // Texts changed outside the editor (a script, a git pull) while not open: re-anchor their annotations.
    const texts = vscode.workspace.createFileSystemWatcher('**/*', true, false, true);
    this.disposables.push(
      watcher,
      texts,
      texts.onDidChange((u) => this.onTextChangedOnDisk(u)),
      watcher.onDidChange((u) => this.onSidecarChangedOnDisk(u)),
      watcher.onDidCreate((u) => this.onSidecarChangedOnDisk(u)),
      watcher.onDidDelete((u) => this.onSidecarChangedOnDisk(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onTextChanged(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onTextSaved(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onTextClosed(d)),
      vscode.workspace.onDidRenameFiles((e) => void this.onRenamed(e)),
      this.changeEmitter,
      this.annotationsEmitter,
    );
  }

  dispose(): void {
    for (const e of this.entries.values()) if (e.diskCheck) clearTimeout(e.diskCheck);
    for (const d of this.disposables) d.dispose();
  }

  // ---- CorrectionsProvider ----

  corrections(uri: vscode.Uri): readonly Correction[] {
    const e = this.entries.get(uri.toString());
    if (!e) {
      if (uri.scheme === 'file' && !isSidecarPath(uri.path)) void this.entry(uri); // fires a change once loaded
      return [];
    }
    return toCorrections(e.annotations);
  }

  annotationsAt(uri: vscode.Uri, offset: number): readonly Annotation[] {
    const e = this.entries.get(uri.toString());
    return e ? e.annotations.filter((a) => !a.orphaned && a.end > a.start && offset >= a.start && offset <= a.end) : [];
  }

  knownOfficials(): readonly string[] {
    const names = new Set<string>();
    for (const e of this.entries.values()) for (const n of officialNames(e.annotations)) names.add(n);
    return [...names].sort();
  }

  // ---- queries ----

  /** Entries that have annotations (or problems), for the tree. */
  all(): SidecarEntry[] {
    return [...this.entries.values()].filter((e) => e.annotations.length > 0 || e.state === 'invalid');
  }

  peek(textUri: vscode.Uri): SidecarEntry | undefined {
    return this.entries.get(textUri.toString());
  }

  /** The entry for a text, loaded from disk on first use. */
  async entry(textUri: vscode.Uri): Promise<SidecarEntry> {
    const key = textUri.toString();
    let e = this.entries.get(key);
    if (!e) {
      e = { textUri, sidecarUri: sidecarUriFor(textUri), state: 'none', annotations: [], problems: [], base: [], dirty: false, revision: 0, loaded: false, queue: Promise.resolve() };
      this.entries.set(key, e);
      const created = e;
      await this.enqueue(created, () => this.load(created));
    } else await e.queue.catch(() => undefined);
    return e;
  }

  /** Loads every sidecar in the workspace once (known officials, the tree). */
  scanWorkspace(): Promise<void> {
    this.scanned ??= (async () => {
      const files = await vscode.workspace.findFiles('**/*' + SIDECAR_SUFFIX, '**/node_modules/**', 5000);
      for (const f of files) await this.entry(f.with({ path: textPathFor(f.path) }));
      this.changeEmitter.fire(undefined);
      this.updateContext();
    })();
    return this.scanned;
  }

  // ---- mutations (each writes the sidecar at once) ----

  /** Applies `change` to the entry's annotations and saves; refuses while the sidecar is invalid. */
  async mutate<T>(textUri: vscode.Uri, change: (annotations: Annotation[], entry: SidecarEntry) => T): Promise<T> {
    const e = await this.entry(textUri);
    return this.enqueue(e, async () => {
      if (e.state === 'invalid') {
        const p = e.problems[0];
        throw new Error(`${vscode.workspace.asRelativePath(e.sidecarUri)} line ${p?.line ?? 1}: ${p?.message ?? 'invalid'}. Fix the annotations file first; it is not overwritten while invalid.`);
      }
      const result = change(e.annotations, e);
      e.dirty = true;
      e.revision++;
      await this.save(e);
      this.changed(e);
      return result;
    });
  }

  // ---- internals ----

  private enqueue<T>(e: SidecarEntry, job: () => Promise<T>): Promise<T> {
    const run = e.queue.catch(() => undefined).then(job);
    e.queue = run.catch(() => undefined);
    return run;
  }

  private changed(e: SidecarEntry): void {
    this.changeEmitter.fire(e.textUri);
    this.annotationsEmitter.fire(e.textUri);
    this.updateContext();
  }

  private updateContext(): void {
    const has = [...this.entries.values()].some((e) => e.annotations.length > 0);
    if (has !== this.hasAnnotations) {
      this.hasAnnotations = has;
      void vscode.commands.executeCommand('setContext', 'diplomatic.hasAnnotations', has);
    }
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  private async currentText(e: SidecarEntry): Promise<string | undefined> {
    const open = this.openDocument(e.textUri);
    if (open) return open.getText();
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(e.textUri));
    } catch {
      return undefined;
    }
  }

  private async readSidecar(e: SidecarEntry): Promise<{ text?: string; format?: SidecarFormat; problem?: SidecarProblem }> {
    let bytes: Uint8Array;
    try {
      const st = await vscode.workspace.fs.stat(e.sidecarUri);
      if (st.size > MAX_SIDECAR_BYTES) return { problem: { line: 1, column: 1, message: `the annotations file is larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MB and is not loaded; split or trim it` } };
      bytes = await vscode.workspace.fs.readFile(e.sidecarUri);
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return {};
      if ((err as { code?: string }).code === 'FileNotFound' || (err as { code?: string }).code === 'ENOENT') return {};
      return { problem: { line: 1, column: 1, message: `cannot read the annotations file: ${(err as Error).message}` } };
    }
    // Strict UTF-8: a file in another encoding is refused with its place, never decoded lossily and saved.
    const decoded = engine().decodeSidecarBytes(bytes);
    return decoded.ok ? { text: decoded.text, format: decoded.format } : { problem: decoded.problem };
  }

  /** (Re)reads the sidecar; merges with unsaved in-memory changes. Never throws. */
  private async load(e: SidecarEntry): Promise<void> {
    const { text, format, problem } = await this.readSidecar(e);
    e.loaded = true;
    if (problem) return this.setInvalid(e, [problem]);
    if (text === undefined) {
      // No sidecar (or deleted): keep unsaved local work, otherwise nothing to show.
      const wasEmpty = e.state === 'none' && !e.annotations.length;
      e.state = 'none';
      e.diskText = undefined;
      e.doc = undefined;
      if (!e.dirty) e.annotations = [];
      e.base = [];
      e.problems = [];
      this.diagnostics.delete(e.sidecarUri);
      if (!wasEmpty) this.changed(e); // texts without sidecars must not trigger re-analysis
      return;
    }
    if (text === e.diskText && e.state === 'ok') return; // our own write coming back through the watcher
    const parsed = engine().parseSidecar(text);
    if (!parsed.ok) return this.setInvalid(e, parsed.problems, text);
    const current = await this.currentText(e);
    let reanchored = false;
    if (current !== undefined) {
      try {
        reanchored = engine().reanchorAll(parsed.annotations, current).changed;
      } catch (err) {
        return this.setInvalid(e, [{ line: 1, column: 1, message: (err as Error).message }], text);
      }
    }
    const remote = parsed.annotations;
    e.problems = [];
    this.diagnostics.delete(e.sidecarUri);
    const hadLocal = e.dirty && e.state === 'ok';
    e.doc = parsed.doc;
    e.diskText = text;
    e.format = format;
    e.state = 'ok';
    if (hadLocal) {
      // The disk version first: a field both sides changed keeps the unsaved one as a marked copy.
      const merged = engine().mergeAnnotations(e.base, remote, e.annotations);
      e.annotations = merged.annotations;
      e.base = clone(remote);
      if (merged.conflicts.length) {
        void vscode.window.showWarningMessage(
          `${vscode.workspace.asRelativePath(e.sidecarUri)} changed on disk while you had unsaved annotation changes; ${merged.conflicts.length} conflicting annotation(s) were kept twice (marked \`conflict: true\`).`,
        );
      }
      await this.save(e);
    } else {
      e.annotations = remote;
      e.base = clone(remote);
      e.dirty = false;
      // The text changed since the offsets were written: write the new ones now (only then), so the
      // file on disk, the CLI and the editor agree. An open text with unsaved edits waits for its save.
      if (reanchored) {
        e.dirty = true;
        e.revision++;
        if (!this.openDocument(e.textUri)?.isDirty) {
          // A read-only folder keeps its old offsets on disk; the editor still shows the new ones.
          await this.save(e).catch((err) => void vscode.window.showWarningMessage(`Could not write the re-anchored annotations to ${vscode.workspace.asRelativePath(e.sidecarUri)}: ${(err as Error).message}`));
        }
      }
    }
    this.changed(e);
  }

  private setInvalid(e: SidecarEntry, problems: SidecarProblem[], text?: string): void {
    e.state = 'invalid';
    e.problems = problems;
    e.diskText = text;
    // Annotations already in memory stay visible; nothing is written until the file is valid again.
    this.diagnostics.set(
      e.sidecarUri,
      problems.map((p) => {
        const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
        const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
        d.source = 'Diplomatic Annotator';
        return d;
      }),
    );
    this.changed(e);
  }

  /** Atomic write: a temporary file beside the sidecar, then rename over it. */
  private async save(e: SidecarEntry): Promise<void> {
    if (e.state === 'invalid') return;
    const text = await this.currentText(e);
    // Fresh context for re-anchoring later, from the text as it is now (longer where a passage repeats).
    if (text !== undefined) engine().refreshContexts(text, e.annotations);
    if (!e.annotations.length && e.state === 'none') {
      e.dirty = false;
      return; // created on the first annotation only
    }
    e.doc ??= engine().emptySidecarDocument();
    const revision = e.revision;
    const snapshot = clone(e.annotations);
    const yamlText = engine().serializeSidecar(e.doc, snapshot);
    const bytes = engine().encodeSidecarText(yamlText, e.format ?? { bom: false, crlf: false });
    const tmp = e.sidecarUri.with({ path: `${e.sidecarUri.path}.tmp-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}` });
    try {
      await vscode.workspace.fs.writeFile(tmp, bytes);
      // On local disk, Node's rename replaces the file in one step; VS Code's rename with overwrite deletes
      // the old file first, and a reader (git, the CLI) could find no sidecar in between.
      if (e.sidecarUri.scheme === 'file') await fsp.rename(tmp.fsPath, e.sidecarUri.fsPath);
      else await vscode.workspace.fs.rename(tmp, e.sidecarUri, { overwrite: true });
    } catch (err) {
      try {
        await vscode.workspace.fs.delete(tmp);
      } catch {
        // the temporary file may not exist
      }
      throw err;
    }
    e.diskText = yamlText;
    e.state = 'ok';
    e.base = snapshot;
    if (e.revision === revision) e.dirty = false;
  }

  /** A text with annotations changed on disk: if it is open, VS Code reloads it (see onTextChanged); if not, re-anchor now. */
  private onTextChangedOnDisk(uri: vscode.Uri): void {
    if (isSidecarPath(uri.path)) return;
    const e = this.entries.get(uri.toString());
    if (!e || !e.loaded || e.state !== 'ok' || !e.annotations.length || this.openDocument(uri)) return;
    void this.enqueue(e, async () => {
      const text = await this.currentText(e);
      if (text === undefined || this.openDocument(uri)) return;
      let changed: boolean;
      try {
        changed = engine().reanchorAll(e.annotations, text).changed;
      } catch (err) {
        void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(e.sidecarUri)}: ${(err as Error).message}`);
        return;
      }
      if (!changed) return;
      e.dirty = true;
      e.revision++;
      await this.save(e);
      this.changed(e);
    }).catch((err) => void vscode.window.showErrorMessage(`Could not save annotations: ${(err as Error).message}`));
  }

  private onSidecarChangedOnDisk(sidecarUri: vscode.Uri): void {
    if (!isSidecarPath(sidecarUri.path)) return;
    const textUri = sidecarUri.with({ path: textPathFor(sidecarUri.path) });
    const e = this.entries.get(textUri.toString());
    if (!e) {
      void this.entry(textUri);
      return;
    }
    void this.enqueue(e, () => this.load(e));
  }

  private onTextChanged(ev: vscode.TextDocumentChangeEvent): void {
    const e = this.entries.get(ev.document.uri.toString());
    if (!e || !e.loaded || !ev.contentChanges.length || !e.annotations.length) return;
    const edits = ev.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
    if (engine().shiftAnnotations(e.annotations, edits, ev.document.getText())) {
      e.dirty = true;
      e.revision++;
      this.changed(e);
    }
    // A change that leaves the text not dirty made it the file on disk again. VS Code reports the dirty
    // state just after the change (typing's first keystroke arrives as "not dirty"), so look a moment later.
    if (e.diskCheck) clearTimeout(e.diskCheck);
    const document = ev.document;
    const version = document.version;
    e.diskCheck = setTimeout(() => {
      e.diskCheck = undefined;
      if (!document.isClosed && !document.isDirty && document.version === version && e.state === 'ok') this.onTextIsDiskVersion(e, document);
    }, DISK_CHECK_MS);
  }

  /**
   * The open text became the file on disk again without being saved: reloaded after an outside edit (a
   * git pull, another editor), reverted, or undone to its last save. The annotations are then what the
   * sidecar says, found in the new text exactly as the CLI finds them (not shifted by VS Code's diff, which
   * would take another editor's change inside a name for the analyst's own typing); new offsets are
   * written at once, and only if something moved.
   */
  private onTextIsDiskVersion(e: SidecarEntry, document: vscode.TextDocument): void {
    void this.enqueue(e, async () => {
      const text = document.getText();
      let disk: string;
      try {
        disk = decoder.decode(await vscode.workspace.fs.readFile(e.textUri));
      } catch {
        return;
      }
      if (disk !== text || document.isDirty) return;
      const fresh = clone(e.base);
      let changed: boolean;
      try {
        changed = engine().reanchorAll(fresh, text).changed;
      } catch (err) {
        void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(e.sidecarUri)}: ${(err as Error).message}`);
        return;
      }
      const same = JSON.stringify(fresh) === JSON.stringify(e.annotations);
      e.annotations = fresh;
      e.revision++;
      if (changed) {
        e.dirty = true;
        await this.save(e);
      } else e.dirty = false;
      if (!same) this.changed(e);
    }).catch((err) => void vscode.window.showErrorMessage(`Could not save annotations: ${(err as Error).message}`));
  }

  private onTextSaved(doc: vscode.TextDocument): void {
    const e = this.entries.get(doc.uri.toString());
    if (e && e.dirty && e.state !== 'invalid') {
      void this.enqueue(e, () => this.save(e)).catch((err) => void vscode.window.showErrorMessage(`Could not save annotations: ${(err as Error).message}`));
    }
  }

  private onTextClosed(doc: vscode.TextDocument): void {
    const e = this.entries.get(doc.uri.toString());
    // Unsaved text edits were discarded, so the shifted offsets are too: re-read from disk.
    if (e && e.dirty && e.state === 'ok') {
      e.dirty = false;
      e.diskText = undefined;
      void this.enqueue(e, () => this.load(e));
    }
  }

  private async onRenamed(ev: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of ev.files) {
      if (isSidecarPath(oldUri.path)) continue;
      const from = sidecarUriFor(oldUri);
      const to = sidecarUriFor(newUri);
      try {
        await vscode.workspace.fs.stat(from);
      } catch {
        continue; // no sidecar (or a folder: its sidecars moved with it)
      }
      try {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
      } catch (err) {
        void vscode.window.showWarningMessage(`Could not move ${vscode.workspace.asRelativePath(from)} along with its text: ${(err as Error).message}`);
        continue;
      }
      const old = this.entries.get(oldUri.toString());
      this.entries.delete(oldUri.toString());
      this.diagnostics.delete(from);
      if (old) this.changeEmitter.fire(oldUri);
      await this.entry(newUri);
      this.changed(this.entries.get(newUri.toString())!);
    }
  }
}
