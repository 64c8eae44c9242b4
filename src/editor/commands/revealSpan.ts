// `_diplomatic.revealSpan {uri,start,end}`: opens the text and selects the span (hover links, tree items).
import * as vscode from 'vscode';
import type { RevealSpanArgs } from './commandIds';

function parseArgs(raw: unknown): RevealSpanArgs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { uri, start, end } = raw as Record<string, unknown>;
  const uriString = typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined;
  if (!uriString || typeof start !== 'number' || typeof end !== 'number') return undefined;
  return { uri: uriString, start, end };
}

export async function revealSpan(raw: unknown): Promise<vscode.TextEditor | undefined> {
  const args = parseArgs(raw);
  if (!args) return undefined;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  const end = Math.min(args.end, document.getText().length);
  const selection = new vscode.Selection(document.positionAt(Math.min(args.start, end)), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
