// Analyzed texts wrap, so highlighted paragraphs do not run off the right edge. Documents of the
// `diplomatic` language wrap through a configuration default (package.json). Plain-text files matched by
// `diplomatic.include` have no language of their own to carry a default, so each is wrapped once when it
// first shows, with VS Code's own per-document toggle (Alt+Z undoes it), unless the analyst configured
// `editor.wordWrap` for it or turned `diplomatic.wrapTexts` off.
import * as vscode from 'vscode';
import { isAnalyzed } from './config';

/** Whether `editor.wordWrap` was set anywhere for this document (the analyst's choice is left alone). */
function configuredByUser(document: vscode.TextDocument): boolean {
  const i = vscode.workspace.getConfiguration('editor', document).inspect('wordWrap');
  if (!i) return false;
  return [i.globalValue, i.workspaceValue, i.workspaceFolderValue, i.globalLanguageValue, i.workspaceLanguageValue, i.workspaceFolderLanguageValue].some((v) => v !== undefined);
}

export function shouldWrap(document: vscode.TextDocument): boolean {
  if (document.languageId === 'diplomatic' || !isAnalyzed(document)) return false;
  if (vscode.workspace.getConfiguration('diplomatic', document).get<unknown>('wrapTexts') === false) return false;
  return !configuredByUser(document) && vscode.workspace.getConfiguration('editor', document).get('wordWrap') === 'off';
}

export function registerWrapTexts(): vscode.Disposable {
  // The toggle lives with the document's model: once per document object (a reopened text is a new one).
  const wrapped = new WeakSet<vscode.TextDocument>();
  const consider = (editor: vscode.TextEditor | undefined) => {
    if (!editor || wrapped.has(editor.document) || editor.document.uri.scheme === 'output') return;
    if (!shouldWrap(editor.document)) return;
    wrapped.add(editor.document);
    // The toggle acts on the active editor, which this one is.
    void vscode.commands.executeCommand('editor.action.toggleWordWrap');
  };
  const start = setTimeout(() => consider(vscode.window.activeTextEditor), 0);
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(consider), { dispose: () => clearTimeout(start) });
}
