// Analysis of open documents: one incremental analyzer per document, results cached per
// uri+version, typing debounced by diplomatic.highlights.delay, everything dropped on close.
import * as vscode from 'vscode';
import type { Analysis, DocumentAnalyzer } from '../core';
import { isAnalyzed, readConfig } from './config';
import type { EditorConfig } from './config';
import { engine } from './lazyEngine';
import type { CorrectionsProvider } from './services';

export interface AnalysisEvent {
  document: vscode.TextDocument;
  analysis: Analysis;
}

interface Entry {
  analyzer: DocumentAnalyzer;
  version: number;
  /** The corrections the analysis used, serialized: a change event with equal corrections costs nothing. */
  correctionsKey?: string;
  analysis?: Analysis;
  timer?: ReturnType<typeof setTimeout>;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  private readonly disposables: vscode.Disposable[] = [];
  private config: EditorConfig = readConfig();
  /** Fires after a document was (re)analyzed; the highlights, trees and index listen. */
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly corrections: CorrectionsProvider) {
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.drop(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('diplomatic')) this.config = readConfig();
      }),
      // Corrections win over the recognizer: re-run the affected (or all) open texts.
      corrections.onDidChangeCorrections((uri) => this.correctionsChanged(uri)),
    );
  }

  isAnalyzed(document: vscode.TextDocument): boolean {
    return isAnalyzed(document, this.config);
  }

  /** The analysis of the document's current version, computed now if missing or stale. */
  get(document: vscode.TextDocument): Analysis | undefined {
    if (!this.isAnalyzed(document)) return undefined;
    const entry = this.entry(document.uri);
    if (entry.analysis && entry.version === document.version) return entry.analysis;
    return this.run(document, entry);
  }

  /** The last analysis computed for the uri, possibly of an older version; never computes. */
  peek(uri: vscode.Uri): Analysis | undefined {
    return this.entries.get(uri.toString())?.analysis;
  }

  /** Re-analyze after the configured delay; repeated calls while typing restart the wait. */
  schedule(document: vscode.TextDocument, delay = this.config.highlightDelay): void {
    if (!this.isAnalyzed(document)) return;
    const entry = this.entry(document.uri);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      // The document may have been closed while waiting.
      if (this.entries.get(document.uri.toString()) !== entry || document.isClosed) return;
      if (entry.analysis && entry.version === document.version) return;
      this.run(document, entry);
    }, delay);
  }

  /** Forget cached results (not the analyzers) so the next get() or schedule() recomputes. */
  invalidate(uri?: vscode.Uri): void {
    for (const [key, entry] of this.entries) {
      if (uri && key !== uri.toString()) continue;
      entry.version = -1;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      // The usual delay: the store fires on every keystroke that shifts an annotation.
      if (doc) this.schedule(doc);
    }
  }

  /** Invalidates only documents whose corrections really changed (the store also fires on mere loads and shifts). */
  private correctionsChanged(uri: vscode.Uri | undefined): void {
    for (const [key, entry] of this.entries) {
      if (uri && key !== uri.toString()) continue;
      if (entry.correctionsKey === this.correctionsKey(vscode.Uri.parse(key))) continue;
      this.invalidate(vscode.Uri.parse(key));
    }
  }

  private correctionsKey(uri: vscode.Uri): string {
    return JSON.stringify([this.corrections.corrections(uri), this.corrections.knownOfficials()]);
  }

  drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(key);
  }

  dispose(): void {
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { analyzer: engine().createAnalyzer(), version: -1 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private run(document: vscode.TextDocument, entry: Entry): Analysis {
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    const corrections = this.corrections.corrections(document.uri);
    const knownOfficials = this.corrections.knownOfficials();
    const analysis = entry.analyzer.analyze(document.getText(), { corrections, knownOfficials });
    entry.correctionsKey = JSON.stringify([corrections, knownOfficials]);
    entry.analysis = analysis;
    entry.version = document.version;
    this.emitter.fire({ document, analysis });
    return analysis;
  }
}
