// Editor side of the corpus stage: the analyst's identities file (loaded, watched, its problems in
// the Problems panel, never overwritten while invalid) and the corpus built from the workspace index
// with it, rebuilt lazily when either changed. Dossier, timeline, network, the trees and the exports
// all read this one corpus, so the analyst's decisions win everywhere.
import * as vscode from 'vscode';
import type { AnalystNote, Corpus, IdentityFile, IdentityProblem, RuleEdit } from '../../core/corpus';
import { engine } from '../lazyEngine';
import type { WorkspaceIndex } from '../workspaceIndex';

/** The sidecar store, as far as notes are concerned (structural: SidecarStore fits). */
export interface NotesSource {
  all(): { textUri: vscode.Uri; annotations: readonly { start: number; end: number; note?: string; entity?: string; orphaned?: boolean }[] }[];
  readonly onDidChangeAnnotations: vscode.Event<vscode.Uri | undefined>;
}

export const IDENTITIES_SETTING = 'identities.file';

export class CorpusService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the corpus may have changed (index or identities file). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private file: IdentityFile | undefined;
  /** Rules last read from a valid file: an invalid edit keeps them, so nothing flips while typing. */
  private rulesVersion = 0;
  private built: { corpus: Corpus; gen: number; rules: number } | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    readonly index: WorkspaceIndex,
    private readonly notesSource: NotesSource | undefined,
    private readonly diagnostics: vscode.DiagnosticCollection,
  ) {
    this.disposables.push(
      index.onDidChange(() => {
        this.emitter.fire();
        this.warmLater();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`diplomatic.${IDENTITIES_SETTING}`)) {
          this.watch();
          void this.reload();
        }
      }),
    );
    if (notesSource) this.disposables.push(notesSource.onDidChangeAnnotations(() => this.emitter.fire()));
  }

  /** The identities file of the first workspace folder (it need not exist yet). */
  identitiesUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const raw = vscode.workspace.getConfiguration('diplomatic').get<unknown>(IDENTITIES_SETTING);
    const rel = typeof raw === 'string' && raw.trim() ? raw.trim() : 'diplomatic.identities.yaml';
    return vscode.Uri.joinPath(folder.uri, rel);
  }

  private warmTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Builds the corpus in the background once the index is ready and after changes settle, so that
   * opening a dossier, the timeline or the network computes only that view's data.
   */
  private warmLater(): void {
    if (!this.index.isReady || this.warmTimer) return;
    this.warmTimer = setTimeout(() => {
      this.warmTimer = undefined;
      if (this.index.isReady) this.corpus();
    }, 300);
  }

  /** Loads the identities file once (later calls wait for the same load) and starts watching it. */
  ready(): Promise<void> {
    if (!this.loading) {
      this.watch();
      this.loading = this.reload();
    }
    return this.loading;
  }

  problems(): readonly IdentityProblem[] {
    return this.file?.problems ?? [];
  }

  /** The corpus of the indexed texts under the analyst's identity rules (wait for ready() first). */
  corpus(): Corpus {
    const gen = this.index.core.generation;
    if (this.built && this.built.gen === gen && this.built.rules === this.rulesVersion) return this.built.corpus;
    const e = engine();
    const core = this.index.core;
    const docs = core.paths().map((path) => ({ path, rel: this.index.relativePath(path), analysis: core.analysis(path)! }));
    const corpus = new e.Corpus(docs, this.rules);
    this.built = { corpus, gen, rules: this.rulesVersion };
    return corpus;
  }

  /** Notes the analysts wrote in the sidecars, for dossiers. */
  notes(): AnalystNote[] {
    if (!this.notesSource) return [];
    const out: AnalystNote[] = [];
    for (const entry of this.notesSource.all()) {
      for (const a of entry.annotations) {
        if (a.note && !a.orphaned) out.push({ path: entry.textUri.toString(), start: a.start, end: a.end, note: a.note, entity: a.entity });
      }
    }
    return out;
  }

  private rules: IdentityFile['rules'] = [];

  /** Adds or extends one entry of the identities file (creating it), then reloads. */
  async edit(change: RuleEdit): Promise<vscode.Uri> {
    const uri = this.identitiesUri();
    if (!uri) throw new Error('Open a folder first: the identities file lives in the workspace.');
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) throw new Error(`${vscode.workspace.asRelativePath(uri)} has unsaved changes; save or revert it first.`);
    const current = await this.readText(uri);
    // Throws with the file's first problem when it is invalid: it is never overwritten then.
    const next = engine().applyRuleEdit(current ?? '', change);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
    await this.reload();
    return uri;
  }

  async reload(): Promise<void> {
    const uri = this.identitiesUri();
    const text = uri ? await this.readText(uri) : undefined;
    const parsed = engine().parseIdentityFile(text ?? '');
    this.file = parsed;
    if (uri) {
      this.diagnostics.set(uri, parsed.problems.map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(p.line - 1, Math.max(0, p.column - 1), p.line - 1, Number.MAX_SAFE_INTEGER), p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'Diplomatic identities';
        return d;
      }));
    }
    // An invalid file changes nothing: the last good decisions stay in force until it is fixed.
    if (parsed.ok && JSON.stringify(parsed.rules) !== JSON.stringify(this.rules)) {
      this.rules = parsed.rules;
      this.rulesVersion++;
      this.emitter.fire();
    }
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  private watch(): void {
    this.watcher?.dispose();
    const uri = this.identitiesUri();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!uri || !folder) return;
    const rel = vscode.workspace.asRelativePath(uri, false);
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, rel));
    const again = () => void this.reload();
    this.watcher.onDidCreate(again);
    this.watcher.onDidChange(again);
    this.watcher.onDidDelete(again);
  }

  dispose(): void {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
