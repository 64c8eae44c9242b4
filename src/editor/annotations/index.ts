// Entry of the annotations feature. extension.ts calls registerAnnotations(context) once and passes
// the returned store (a CorrectionsProvider) to the analysis cache and index; the tree goes to the API.
import * as vscode from 'vscode';
import { registerAnnotationCommands } from './commands';
import { registerAnnotationDecorations } from './decorations';
import { registerGitMergeSetup } from './gitMerge';
import { registerAnnotationHover } from './hover';
import { SidecarStore } from './sidecarStore';
import { AnnotationsTree } from './tree';

export { SidecarStore } from './sidecarStore';
export type { AnnotationNode } from './tree';

export { AnnotationsTree } from './tree';

export function registerAnnotations(context: vscode.ExtensionContext): { store: SidecarStore; tree: AnnotationsTree } {
  const diagnostics = vscode.languages.createDiagnosticCollection('diplomatic');
  const store = new SidecarStore(diagnostics);
  const tree = new AnnotationsTree(store);
  const view = vscode.window.createTreeView('diplomatic.annotations', { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(
    diagnostics,
    store,
    tree,
    view,
    registerAnnotationCommands(store),
    registerAnnotationDecorations(store),
    registerAnnotationHover(store),
    registerGitMergeSetup(context),
  );
  void vscode.commands.executeCommand('setContext', 'diplomatic.hasAnnotations', false);
  // Known officials and the tree need every sidecar; read them after activation returns.
  const t = setTimeout(() => void store.scanWorkspace(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(t) });
  return { store, tree };
}
