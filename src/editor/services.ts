// Contracts between the editor adapters, so each feature file depends on an interface, not on another feature.
import type * as vscode from 'vscode';
import type { Annotation } from '../core/sidecar/model';
import type { Correction } from '../core/types';

/** Analyst corrections from the sidecars, which win over the recognizer everywhere. */
export interface CorrectionsProvider {
  /** Corrections for one text (offsets in the current document text). */
  corrections(uri: vscode.Uri): readonly Correction[];
  /** Names labelled `official` anywhere in the workspace: recognized in every text. */
  knownOfficials(): readonly string[];
  /** Fires with the text's URI whose corrections changed, or undefined when many did. */
  readonly onDidChangeCorrections: vscode.Event<vscode.Uri | undefined>;
  /** The analyst's annotations over an offset of a loaded text (moved ones included, orphans not): for hover cards. */
  annotationsAt(uri: vscode.Uri, offset: number): readonly Annotation[];
}
