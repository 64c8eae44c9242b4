// Annotation marks, distinct from the recognizer's background highlights: a themed border, a gutter
// mark and an overview-ruler mark. Decoration types are created once; updates only recompute ranges.
import * as vscode from 'vscode';
import type { SidecarStore } from './sidecarStore';

// Gutter icons cannot use theme colours; a small neutral dot in the border colour's hue.
const GUTTER = vscode.Uri.parse(
  'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="6" y="3" width="4" height="10" rx="2" fill="#E8744F"/></svg>'),
);

export function registerAnnotationDecorations(store: SidecarStore): vscode.Disposable {
  const border = new vscode.ThemeColor('diplomatic.annotationBorder');
  const common: vscode.DecorationRenderOptions = {
    borderWidth: '0 0 2px 0',
    borderStyle: 'solid',
    borderColor: border,
    overviewRulerColor: border,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    gutterIconPath: GUTTER,
    gutterIconSize: 'contain',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  };
  const annotated = vscode.window.createTextEditorDecorationType(common);
  // A rejected recognizer hit reads as struck out; conflict copies get a dashed border.
  const rejected = vscode.window.createTextEditorDecorationType({ ...common, textDecoration: 'line-through' });
  const conflict = vscode.window.createTextEditorDecorationType({ ...common, borderStyle: 'dashed', borderWidth: '1px' });
  // Moved, waiting for the analyst's confirmation: a dotted warning-coloured underline at the candidate place.
  const warning = new vscode.ThemeColor('editorWarning.foreground');
  const moved = vscode.window.createTextEditorDecorationType({ ...common, borderStyle: 'dotted', borderColor: warning, overviewRulerColor: warning });

  const update = (editor: vscode.TextEditor) => {
    const entry = store.peek(editor.document.uri);
    const doc = editor.document;
    const ranges = { annotated: [] as vscode.Range[], rejected: [] as vscode.Range[], conflict: [] as vscode.Range[], moved: [] as vscode.Range[] };
    const length = doc.getText().length;
    for (const a of entry?.annotations ?? []) {
      if (a.orphaned || a.end > length) continue;
      const r = new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end));
      (a.moved ? ranges.moved : a.conflict ? ranges.conflict : a.label === 'reject' ? ranges.rejected : ranges.annotated).push(r);
    }
    editor.setDecorations(annotated, ranges.annotated);
    editor.setDecorations(rejected, ranges.rejected);
    editor.setDecorations(conflict, ranges.conflict);
    editor.setDecorations(moved, ranges.moved);
  };
  const updateAll = (uri?: vscode.Uri) => {
    for (const ed of vscode.window.visibleTextEditors) if (!uri || ed.document.uri.toString() === uri.toString()) update(ed);
  };
  const loadVisible = () => {
    for (const ed of vscode.window.visibleTextEditors) if (ed.document.uri.scheme === 'file') void store.entry(ed.document.uri).then(() => update(ed));
  };
  loadVisible();
  return vscode.Disposable.from(
    annotated,
    rejected,
    conflict,
    moved,
    store.onDidChangeAnnotations(updateAll),
    vscode.window.onDidChangeVisibleTextEditors(loadVisible),
  );
}
