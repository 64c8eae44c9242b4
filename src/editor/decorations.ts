// Recognizer-driven highlights: one decoration type per entity kind, created once, coloured by
// the contributed theme colours. Updates only recompute ranges.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisCache } from './analysisCache';
import { readConfig } from './config';
import { toRange } from './entityAt';

export const HIGHLIGHT_KINDS = ['official', 'rank', 'position', 'organization'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export class Highlights implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  /** What was last applied per document uri (a test hook and the source of next/previous). */
  private readonly applied = new Map<string, Record<HighlightKind, vscode.Range[]>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after an editor's highlights were (re)applied. */
  readonly onDidUpdate = this.emitter.event;
  private enabled = readConfig().highlightsEnabled;

  constructor(private readonly cache: AnalysisCache) {
    for (const kind of HIGHLIGHT_KINDS) {
      this.types.set(kind, vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`diplomatic.${kind}Background`),
        overviewRulerColor: new vscode.ThemeColor(`diplomatic.${kind}Background`),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
        borderRadius: '2px',
      }));
    }
    this.disposables.push(
      ...this.types.values(),
      this.emitter,
      cache.onDidAnalyze(({ document, analysis }) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document === document) this.apply(editor, analysis);
        }
      }),
      // A newly shown editor gets its highlights at once (cached) or after the usual delay.
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.show(e))),
      vscode.workspace.onDidCloseTextDocument((d) => this.applied.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('diplomatic.highlights')) return;
        this.enabled = readConfig().highlightsEnabled;
        this.showAll();
      }),
    );
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Highlights of every visible analyzed editor (used once after activation and after toggling). */
  showAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.show(editor);
  }

  /** Ranges last applied to the document, per kind (empty while highlights are off). */
  rangesFor(uri: vscode.Uri): Record<HighlightKind, vscode.Range[]> | undefined {
    return this.applied.get(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private show(editor: vscode.TextEditor): void {
    if (!this.cache.isAnalyzed(editor.document)) return;
    const cached = this.cache.peek(editor.document.uri);
    if (cached) this.apply(editor, cached);
    // Stale or missing: compute after the delay; onDidAnalyze applies the result.
    this.cache.schedule(editor.document);
  }

  private apply(editor: vscode.TextEditor, analysis: Analysis): void {
    const ranges = { official: [], rank: [], position: [], organization: [] } as Record<HighlightKind, vscode.Range[]>;
    if (this.enabled) {
      const length = editor.document.getText().length;
      for (const e of analysis.entities) {
        // A result for an older version may overhang the text; skip what no longer fits.
        if (e.type in ranges && e.end <= length) ranges[e.type as HighlightKind].push(toRange(editor.document, e.start, e.end));
      }
    }
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types.get(kind)!, ranges[kind]);
    this.applied.set(editor.document.uri.toString(), ranges);
    this.emitter.fire(editor.document.uri);
  }
}
