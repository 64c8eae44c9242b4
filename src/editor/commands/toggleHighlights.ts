// Toggle Entity Highlights: flips diplomatic.highlights.enabled where it is set (workspace if a
// folder is open), so the choice is visible in Settings; the highlighter follows the setting.
import * as vscode from 'vscode';

export async function toggleHighlights(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('diplomatic');
  const enabled = config.get<boolean>('highlights.enabled') !== false;
  const inspected = config.inspect<boolean>('highlights.enabled');
  const target = inspected?.workspaceFolderValue !== undefined
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlights.enabled', !enabled, target);
  return !enabled;
}
