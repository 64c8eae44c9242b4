// Reveal Entity in Side Bar: the official or organization under the cursor in its tree, else the
// meeting the cursor is in.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { entityAt, personOf } from '../entityAt';
import type { IndexTree, TreeNode } from '../trees/treeBase';
import type { WorkspaceIndex } from '../workspaceIndex';

export interface TreeViews {
  meetings: { tree: IndexTree; view: vscode.TreeView<TreeNode> };
  officials: { tree: IndexTree; view: vscode.TreeView<TreeNode> };
  organizations: { tree: IndexTree; view: vscode.TreeView<TreeNode> };
}

export async function revealInTree(cache: AnalysisCache, index: WorkspaceIndex, views: TreeViews): Promise<TreeNode | undefined> {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && cache.get(editor.document);
  if (!editor || !analysis) return undefined;
  await index.whenReady();
  const offset = editor.document.offsetAt(editor.selection.active);
  const entity = entityAt(analysis, offset);
  const key = editor.document.uri.toString();
  let target: { view: vscode.TreeView<TreeNode>; node: TreeNode | undefined } | undefined;
  if (entity?.type === 'official') {
    const id = personOf(analysis, entity)?.id ?? entity.id;
    if (id) target = { view: views.officials.view, node: views.officials.tree.find('official', id, 2) };
  } else if (entity?.type === 'organization' && entity.id) {
    target = { view: views.organizations.view, node: views.organizations.tree.find('organization', entity.id, 2) };
  }
  if (!target?.node) {
    const meeting = analysis.meetings.find((m) => offset >= m.start && offset <= m.end);
    if (meeting) target = { view: views.meetings.view, node: views.meetings.tree.find('meeting', `${key}#${meeting.start}`, 2) };
  }
  if (!target?.node) {
    void vscode.window.setStatusBarMessage('Nothing under the cursor to reveal in the side bar', 3000);
    return undefined;
  }
  await target.view.reveal(target.node, { select: true, focus: true, expand: true });
  return target.node;
}
