// Wiring only: build the services and let each adapter register its features. Activation does no
// analysis; the workspace index is built in the background right after.
import * as vscode from 'vscode';
import { registerAnnotations } from './editor/annotations';
import { AnalysisCache } from './editor/analysisCache';
import type { DiplomaticApi } from './editor/api';
import { registerAllCommands } from './editor/commands';
import { documentSelector } from './editor/config';
import { registerContextKeys } from './editor/contextKeys';
import { registerCorpus } from './editor/corpus';
import { Highlights } from './editor/decorations';
import type { EditorServices } from './editor/editorServices';
import { registerHovers } from './editor/hovers';
import { registerReferences } from './editor/references';
import { registerSymbols } from './editor/symbols';
import { MeetingsTree } from './editor/trees/meetingsTree';
import { OfficialsTree } from './editor/trees/officialsTree';
import { OrganizationsTree } from './editor/trees/organizationsTree';
import type { IndexTree, TreeNode } from './editor/trees/treeBase';
import { registerViewMessages } from './editor/trees/viewMessages';
import { WorkspaceIndex } from './editor/workspaceIndex';
import { registerWrapTexts } from './editor/wrapTexts';

export function activate(context: vscode.ExtensionContext): DiplomaticApi {
  // Analyst corrections (sidecars) win over the recognizer in the cache and the index alike.
  const { store: corrections, tree: annotationsTree } = registerAnnotations(context);
  const cache = new AnalysisCache(corrections);
  // Highlights listen first: they need only the spans, the index then asks for the facts (worked out on first read).
  const highlights = new Highlights(cache);
  const index = new WorkspaceIndex(cache, corrections);
  const services: EditorServices = { cache, index, corrections };
  context.subscriptions.push(cache, index, highlights);

  // The corpus stage (identities, dossier, timeline, network): the trees group and merge with it.
  const corpus = registerCorpus(context, { index, cache, notes: corrections });
  const meetingsTree = new MeetingsTree(index, corpus.service);
  const officialsTree = new OfficialsTree(index, corpus.service);
  const organizationsTree = new OrganizationsTree(index);
  const view = (id: string, tree: IndexTree) => {
    const treeView = vscode.window.createTreeView<TreeNode>(id, { treeDataProvider: tree, showCollapseAll: true });
    context.subscriptions.push(tree, treeView);
    return { tree, view: treeView };
  };
  const views = {
    meetings: view('diplomatic.meetings', meetingsTree),
    officials: view('diplomatic.officials', officialsTree),
    organizations: view('diplomatic.organizations', organizationsTree),
  };

  context.subscriptions.push(registerViewMessages(index, { meetings: views.meetings.view, officials: views.officials.view, organizations: views.organizations.view }));
  registerProviders(context, services);
  registerAllCommands(context, { services, highlights, views });
  context.subscriptions.push(registerContextKeys(services));
  context.subscriptions.push(registerWrapTexts());

  // After activation returns: index the workspace and highlight what is already visible.
  const start = setTimeout(() => {
    void index.whenReady();
    highlights.showAll();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(start) });

  return { services, highlights, meetingsTree, officialsTree, organizationsTree, annotationsTree, views, corpus };
}

/** Language features for the current selector, registered again when `diplomatic.include` or the folders change. */
function registerProviders(context: vscode.ExtensionContext, services: EditorServices): void {
  let current: vscode.Disposable | undefined;
  const register = () => {
    current?.dispose();
    const selector = documentSelector();
    current = vscode.Disposable.from(
      registerHovers(services, selector),
      registerSymbols(services, selector),
      registerReferences(services, selector),
    );
  };
  register();
  context.subscriptions.push(
    { dispose: () => current?.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('diplomatic.include')) register();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(register),
  );
}

export function deactivate(): void {}
