// Next/previous entity: steps through highlighted entities in document order (nested ones
// included), wrapping around; from a selection that is not an entity, starts at the cursor.
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
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  // Selected exactly (usually by a previous step): step from its place in the order, so
  // next-then-previous comes back even over nested entities.
  const current = entities.findIndex((e) => e.start === start && e.end === end);
  let i: number;
  if (current >= 0) i = (current + direction + entities.length) % entities.length;
  else if (direction === 1) i = Math.max(0, entities.findIndex((e) => e.start >= start)); // none after: wrap to the first
  else {
    const before = entities.map((e) => e.start < start).lastIndexOf(true);
    i = before >= 0 ? before : entities.length - 1;
  }
  const target = entities[i];
  const range = toRange(editor.document, target.start, target.end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
