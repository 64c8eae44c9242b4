// The side bar says what it is doing (indexing, or why the meetings view is empty) in each view's
// message line, never with a toast.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { TreeNode } from './treeBase';

export function registerViewMessages(index: WorkspaceIndex, views: Record<'meetings' | 'officials' | 'organizations', vscode.TreeView<TreeNode>>): vscode.Disposable {
  const update = () => {
    const indexing = !index.isReady && vscode.workspace.workspaceFolders?.length ? `Indexing texts… (${index.core.size} so far)` : undefined;
    const noMeetings = index.isReady && index.core.size > 0 && index.core.meetings().length === 0
      ? `No meetings found in ${index.core.size} text${index.core.size === 1 ? '' : 's'}.` : undefined;
    views.meetings.message = indexing ?? noMeetings;
    views.officials.message = indexing;
    views.organizations.message = indexing;
  };
  update();
  // The first build reports progress at most once a second; this follows it.
  return index.onDidChange(update);
}
