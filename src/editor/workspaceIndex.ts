// Editor side of the corpus index: builds it in the background (after activation), reads files
// through vscode.workspace.fs, keeps it current from open documents and a file watcher, and
// reports skipped files (too large, binary) in one status bar item instead of per-file messages.
import * as vscode from 'vscode';
import { CorpusIndex, contentHash } from '../core/corpusIndex';
import type { AnalysisCache } from './analysisCache';
import { readConfig } from './config';
import type { EditorConfig } from './config';
import { engine } from './lazyEngine';
import type { CorrectionsProvider } from './services';

export interface SkippedFile {
  uri: vscode.Uri;
  reason: string;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const READ_CONCURRENCY = 8;

const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex implements vscode.Disposable {
  /** Keys are `uri.toString()`. */
  readonly core = new CorpusIndex();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires (coalesced) after files were added, updated or removed. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly skipped = new Map<string, SkippedFile>();
  private readonly status: vscode.StatusBarItem;
  private config: EditorConfig = readConfig();
  private watcher: vscode.Disposable | undefined;
  private build: vscode.CancellationTokenSource | undefined;
  private readyPromise: Promise<void> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  /** Line start offsets per indexed file, so trees can say "line 12" without the text. */
  private readonly lineStarts = new Map<string, number[]>();
  /** The corrections each closed text was analyzed with (see correctionsKey). */
  private readonly usedCorrections = new Map<string, string>();

  constructor(private readonly cache: AnalysisCache, private readonly corrections: CorrectionsProvider) {
    this.status = vscode.window.createStatusBarItem('diplomatic.index', vscode.StatusBarAlignment.Left, 10);
    this.status.name = 'Diplomatic Index';
    this.disposables.push(
      this.status,
      // Open documents are the truth for their files (unsaved edits included).
      cache.onDidAnalyze(({ document, analysis }) => {
        const text = document.getText();
        this.lineStarts.set(document.uri.toString(), lineStartsOf(text));
        if (this.core.set(document.uri.toString(), contentHash(text), analysis)) this.changed();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('diplomatic.include') && !e.affectsConfiguration('diplomatic.index')) return;
        this.config = readConfig();
        if (this.readyPromise) void this.rebuild();
      }),
      // Corrections change what the recognizer reports: re-analyze closed texts too (open ones go through the cache).
      corrections.onDidChangeCorrections((uri) => {
        if (!this.readyPromise) return;
        const keys = uri ? [uri.toString()] : this.core.paths();
        void (async () => {
          for (const key of keys) {
            const target = vscode.Uri.parse(key);
            // The store also fires when it merely loaded a sidecar; only a real difference costs an analysis.
            if (this.usedCorrections.get(key) === this.correctionsKey(target)) continue;
            if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) await this.indexFile(target, true);
            await yieldToHost();
          }
        })();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // Unsaved edits are gone: the file on disk is the truth again.
        if (this.readyPromise && this.core.has(d.uri.toString())) void this.indexFile(d.uri);
      }),
    );
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Starts the background build once; later calls return the same promise. */
  whenReady(): Promise<void> {
    this.readyPromise ??= this.rebuild();
    return this.readyPromise;
  }

  /** Drops everything and indexes the workspace again (diplomatic.refresh, include changed). */
  rebuild(): Promise<void> {
    this.build?.cancel();
    this.build?.dispose();
    const source = new vscode.CancellationTokenSource();
    this.build = source;
    this.watch();
    this.readyPromise = Promise.resolve(vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Diplomatic Annotator: indexing texts', cancellable: true },
      async (progress, token) => {
        // Superseded by a newer build: whoever waits on this one waits for that one instead.
        // Cancelled by the user: what was indexed so far stands.
        const superseded = () => source.token.isCancellationRequested;
        const cancelled = () => token.isCancellationRequested || superseded();
        const uris = await vscode.workspace.findFiles(this.config.include, '**/node_modules/**');
        if (superseded()) return this.readyPromise;
        this.core.clear();
        this.skipped.clear();
        const open = vscode.workspace.textDocuments.filter((d) => this.cache.isAnalyzed(d));
        const keys = new Set(uris.map((u) => u.toString()));
        for (const d of open) if (!keys.has(d.uri.toString())) uris.push(d.uri);
        uris.sort((a, b) => a.toString().localeCompare(b.toString()));
        let done = 0;
        let next = 0;
        // A few files in flight hide the latency of each stat/read round trip; analysis itself
        // stays one file at a time (JavaScript), with a yield after each so hovers and typing go on.
        const worker = async () => {
          while (next < uris.length && !cancelled()) {
            await this.indexFile(uris[next++]);
            done++;
            if (done % 10 === 0 || done === uris.length) progress.report({ message: `${done}/${uris.length}` });
            await yieldToHost();
          }
        };
        await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, uris.length) }, worker));
        if (superseded()) return this.readyPromise;
        this.ready = true;
        this.updateStatus();
        if (this.changeTimer) clearTimeout(this.changeTimer);
        this.changeTimer = undefined;
        this.changed();
      },
    ));
    return this.readyPromise;
  }

  skippedFiles(): SkippedFile[] {
    return [...this.skipped.values()];
  }

  /** Workspace-relative path for display and export. */
  relativePath(key: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(key), false);
  }

  /** Indexes one file: its open document if any, else its bytes on disk (unchanged bytes are skipped unless `force`). */
  async indexFile(uri: vscode.Uri, force = false): Promise<void> {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && this.cache.isAnalyzed(doc)) {
      // get() fires onDidAnalyze when it computes, which stores the result; a cached result is stored here.
      const analysis = this.cache.get(doc);
      if (!analysis) return;
      this.lineStarts.set(key, lineStartsOf(doc.getText()));
      if (this.core.set(key, contentHash(doc.getText()), analysis)) this.changed();
      return;
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.config.maxFileSizeKB * 1024) {
        return this.skip(uri, `larger than diplomatic.index.maxFileSizeKB (${Math.ceil(stat.size / 1024)} KB > ${this.config.maxFileSizeKB} KB)`);
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.indexOf(0) !== -1) return this.skip(uri, 'binary (contains NUL bytes)');
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      const hash = contentHash(text);
      this.unskip(uri);
      if (!force && !this.core.isStale(key, hash)) return;
      const corrections = this.corrections.corrections(uri);
      const knownOfficials = this.corrections.knownOfficials();
      const analysis = engine().analyze(text, { corrections, knownOfficials });
      this.usedCorrections.set(key, JSON.stringify([corrections, knownOfficials]));
      this.lineStarts.set(key, lineStartsOf(text));
      if (this.core.set(key, hash, analysis)) this.changed();
    } catch {
      // Deleted or unreadable meanwhile: it is simply not part of the corpus.
      this.remove(uri);
    }
  }

  /** 0-based line of an offset in an indexed file. */
  lineOf(key: string, offset: number): number {
    const starts = this.lineStarts.get(key);
    if (!starts) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(key: string, line: number): number {
    return this.lineStarts.get(key)?.[line] ?? 0;
  }

  private correctionsKey(uri: vscode.Uri): string {
    return JSON.stringify([this.corrections.corrections(uri), this.corrections.knownOfficials()]);
  }

  /** Indexes the included texts under a newly created folder that are not indexed yet. */
  private async addUnder(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<void> {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return;
    }
    const prefix = uri.toString().replace(/\/?$/, '/');
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.config.include), '**/node_modules/**');
    for (const file of found) {
      const key = file.toString();
      if (key.startsWith(prefix) && !this.core.has(key) && !this.skipped.has(key)) await this.indexFile(file);
    }
  }

  /** Removes the file, or every indexed file under the folder. */
  removeUnder(uri: vscode.Uri): void {
    const prefix = uri.toString().replace(/\/?$/, '/');
    for (const key of this.core.paths()) if (key === uri.toString() || key.startsWith(prefix)) this.remove(vscode.Uri.parse(key));
    for (const key of [...this.skipped.keys()]) if (key.startsWith(prefix)) this.unskip(vscode.Uri.parse(key));
  }

  remove(uri: vscode.Uri): void {
    this.unskip(uri);
    this.lineStarts.delete(uri.toString());
    this.usedCorrections.delete(uri.toString());
    if (this.core.remove(uri.toString())) this.changed();
  }

  dispose(): void {
    this.build?.cancel();
    this.build?.dispose();
    this.watcher?.dispose();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    for (const d of this.disposables) d.dispose();
  }

  private watch(): void {
    this.watcher?.dispose();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) return;
    const pattern = new vscode.RelativePattern(folders[0], this.config.include);
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    watcher.onDidCreate((uri) => void this.indexFile(uri));
    watcher.onDidChange((uri) => {
      // Open documents are tracked through the analysis cache instead.
      if (!isOpen(uri)) void this.indexFile(uri);
    });
    // A folder created or deleted with its files may be reported as the folder alone, which the
    // include glob does not match: a second watcher over everything handles folders.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folders[0], '**/*'), false, true, false);
    folderWatcher.onDidDelete((uri) => this.removeUnder(uri));
    folderWatcher.onDidCreate((uri) => void this.addUnder(folders[0], uri));
    this.watcher = vscode.Disposable.from(watcher, folderWatcher);
  }

  private skip(uri: vscode.Uri, reason: string): void {
    this.skipped.set(uri.toString(), { uri, reason });
    if (this.core.remove(uri.toString())) this.changed();
    this.updateStatus();
  }

  private unskip(uri: vscode.Uri): void {
    if (this.skipped.delete(uri.toString())) this.updateStatus();
  }

  private updateStatus(): void {
    const n = this.skipped.size;
    if (n === 0) {
      this.status.hide();
      return;
    }
    this.status.text = `$(warning) ${n} text${n === 1 ? '' : 's'} not indexed`;
    const md = new vscode.MarkdownString('**Diplomatic Annotator skipped:**\n\n');
    for (const s of this.skipped.values()) md.appendText(`• ${vscode.workspace.asRelativePath(s.uri)}: ${s.reason}\n`);
    this.status.tooltip = md;
    this.status.show();
  }

  private changed(): void {
    if (this.changeTimer) return;
    // While the first build runs, listeners (trees rebuild their whole model) hear at most once a second.
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changeEmitter.fire();
    }, this.ready ? 50 : 1000);
  }
}
