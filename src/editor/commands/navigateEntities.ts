// Next/previous entity: moves the selection to the following (or preceding) highlighted entity, wrapping around.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { shownEntities, toRange } from '../entityAt';

export function goToEntity(cache: AnalysisCache, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const analysis = cache.get(editor.document);
  if (!analysis) return;
  const entities = shownEntities(analysis);
  if (entities.length === 0) {
    void vscode.window.setStatusBarMessage('No recognized entities in this text', 3000);
    return;
  }
  const offset = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
  const target = direction === 1
    ? entities.find((e) => e.start >= offset) ?? entities[0]
    : [...entities].reverse().find((e) => e.end <= offset) ?? entities[entities.length - 1];
  const range = toRange(editor.document, target.start, target.end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
