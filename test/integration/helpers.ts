// Small shared helpers of the integration suites: the workspace folder, waiting on a condition with a deadline,
// and reading hover cards as the analyst sees them.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'diplomatic-annotator.diplomatic-annotator';

/** Polls `probe` until it returns a value other than undefined/false; fails naming `what` and the last value. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
      last = v;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 500)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The workspace folder the suite runs in (the seeds). */
export function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder is open');
  return f.uri;
}

/** Polls `probe` every `everyMs` until it returns a truthy value; fails with `what` and the last value after the deadline. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 20_000, everyMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      error = undefined;
      if (last) return last as NonNullable<T>;
    } catch (err) {
      error = err;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  const detail = error instanceof Error ? error.message : JSON.stringify(last);
  throw new Error(`timed out waiting for ${what} (last: ${detail})`);
}

/** The Markdown of all hover parts at an offset (command links included), entities unescaped. */
export async function hoverMarkdown(uri: vscode.Uri, offset: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset))) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/&nbsp;/g, ' ');
}

/** The hover as read: Markdown escapes removed. */
export async function hoverText(uri: vscode.Uri, offset: number): Promise<string> {
  return (await hoverMarkdown(uri, offset)).replace(/\\(.)/g, '$1');
}

/** Command links in Markdown: [{command, args}] for each `command:id?args` target. */
export function commandLinks(markdown: string): { title: string; command: string; args: unknown }[] {
  const out: { title: string; command: string; args: unknown }[] = [];
  for (const m of markdown.matchAll(/\[([^\]]*)\]\(command:([\w.]+)(?:\?([^)\s]+))?[^)]*\)/g)) {
    const raw = m[3] ? JSON.parse(decodeURIComponent(m[3])) : undefined;
    out.push({ title: m[1], command: m[2], args: Array.isArray(raw) ? raw[0] : raw });
  }
  return out;
}
