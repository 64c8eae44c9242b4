// Context keys the manifest's `when` clauses use: diplomatic.active (the active editor is an
// analyzed text), diplomatic.hasTexts and diplomatic.indexReady (welcome views).
import * as vscode from 'vscode';
import type { EditorServices } from './editorServices';

export function registerContextKeys(services: EditorServices): vscode.Disposable {
  const set = (key: string, value: boolean) => void vscode.commands.executeCommand('setContext', key, value);
  let last: Record<string, boolean> = {};
  const update = (key: string, value: boolean) => {
    if (last[key] === value) return;
    last = { ...last, [key]: value };
    set(key, value);
  };
  const active = () => {
    const editor = vscode.window.activeTextEditor;
    update('diplomatic.active', !!editor && services.cache.isAnalyzed(editor.document));
  };
  const corpus = () => {
    update('diplomatic.indexReady', services.index.isReady);
    // Before the index is ready, an open analyzed text is enough to leave the welcome views.
    const openText = vscode.workspace.textDocuments.some((d) => services.cache.isAnalyzed(d));
    update('diplomatic.hasTexts', services.index.core.size > 0 || openText);
  };
  active();
  corpus();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(active),
    vscode.workspace.onDidOpenTextDocument(active),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('diplomatic.include')) active();
    }),
    services.index.onDidChange(corpus),
  );
}
