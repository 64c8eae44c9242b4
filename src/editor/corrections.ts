// The corrections source until the annotations feature provides one: no corrections, no known officials.
import * as vscode from 'vscode';
import type { CorrectionsProvider } from './services';

export function emptyCorrections(): CorrectionsProvider & vscode.Disposable {
  const emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  return {
    corrections: () => [],
    knownOfficials: () => [],
    onDidChangeCorrections: emitter.event,
    dispose: () => emitter.dispose(),
  };
}
