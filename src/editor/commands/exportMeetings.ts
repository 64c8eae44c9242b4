// Export Meetings: from the palette or the view button it asks for a format and a file; called
// programmatically with {format} (or with no arguments in tests) it returns the data without prompting.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Participant } from '../../core';
import type { WorkspaceIndex } from '../workspaceIndex';

export type ExportFormat = 'json' | 'csv' | 'markdown';

export interface ExportedMeeting {
  /** Workspace-relative path of the text. */
  document: string;
  kind: string;
  date: string | null;
  isoDate: string | null;
  place: string | null;
  referenced: boolean;
  participants: Omit<Participant, never>[];
}

export interface ExportArgs {
  /** Ask for format and file, as from the palette (the default without arguments, except under tests). */
  interactive?: boolean;
  format?: ExportFormat;
  /** Write to this file instead of returning the text (string uri or Uri). */
  uri?: string | vscode.Uri;
}

export function collectMeetings(index: WorkspaceIndex): ExportedMeeting[] {
  return index.core.meetings()
    .map(({ path, meeting: m }) => ({
      document: index.relativePath(path),
      start: m.start,
      value: {
        document: index.relativePath(path), kind: m.kind, date: m.date, isoDate: m.isoDate, place: m.place,
        referenced: m.referenced, participants: m.participants.map((p) => ({ ...p })),
      },
    }))
    .sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start)
    .map((x) => x.value);
}

function csvCell(value: string | boolean | null): string {
  let s = value === null ? '' : String(value);
  // Spreadsheets run cells starting with these as formulas; article text must stay text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(meetings: ExportedMeeting[]): string {
  const header = ['document', 'kind', 'date', 'isoDate', 'place', 'referenced', 'participant', 'id', 'rank', 'position', 'organization', 'country', 'role', 'side'];
  const rows = [header.join(',')];
  for (const m of meetings) {
    const base = [m.document, m.kind, m.date, m.isoDate, m.place, m.referenced];
    const people = m.participants.length > 0 ? m.participants : [null];
    for (const p of people) {
      const cells = p ? [p.name, p.id, p.rank, p.position, p.organization, p.country, p.role, p.side] : Array(8).fill(null);
      rows.push([...base, ...cells].map(csvCell).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

function mdCell(s: string | null): string {
  return (s ?? '').replace(/[\\|*_`[\]<>]/g, '\\$&').replace(/\n/g, ' ');
}

function toMarkdown(meetings: ExportedMeeting[]): string {
  const lines = ['# Meetings', '', '| Document | Kind | Date | Place | Participants |', '|---|---|---|---|---|'];
  for (const m of meetings) {
    const who = m.participants.map((p) => `${p.name}${p.rank ? ` (${p.rank})` : ''}, ${p.role}`).join('; ');
    const date = m.isoDate ?? m.date;
    lines.push(`| ${mdCell(m.document)} | ${mdCell(m.kind)}${m.referenced ? ' (referenced)' : ''} | ${mdCell(date)} | ${mdCell(m.place)} | ${mdCell(who)} |`);
  }
  return lines.join('\n') + '\n';
}

export function formatMeetings(meetings: ExportedMeeting[], format: ExportFormat): string {
  if (format === 'csv') return toCsv(meetings);
  if (format === 'markdown') return toMarkdown(meetings);
  return JSON.stringify(meetings, null, 2) + '\n';
}

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };

function isFormat(x: unknown): x is ExportFormat {
  return x === 'json' || x === 'csv' || x === 'markdown';
}

/**
 * `interactive`: prompt for format and file (palette, view button). Otherwise returns the meetings
 * (JSON value) or, for csv/markdown, the formatted text; with `uri`, writes there and returns the uri.
 */
const LAST_FOLDER = 'diplomatic.exportFolder';

/**
 * Where the save dialog opens: the folder of the last export, else the analyst's Documents (or home)
 * folder; never the articles' folder, where an export would sit among the texts as if it were one.
 */
export function defaultExportFolder(memory?: vscode.Memento): vscode.Uri {
  const last = memory?.get<string>(LAST_FOLDER);
  if (last && fs.existsSync(last)) return vscode.Uri.file(last);
  const documents = path.join(os.homedir(), 'Documents');
  return vscode.Uri.file(fs.existsSync(documents) ? documents : os.homedir());
}

export async function exportMeetings(index: WorkspaceIndex, args: ExportArgs | undefined, interactive: boolean, memory?: vscode.Memento): Promise<unknown> {
  await index.whenReady();
  const meetings = collectMeetings(index);
  if (!interactive) {
    const format = isFormat(args?.format) ? args.format : 'json';
    if (args?.uri) {
      const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(formatMeetings(meetings, format)));
      return uri.toString();
    }
    return format === 'json' ? meetings : formatMeetings(meetings, format);
  }
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'one object per meeting, participants nested', format: 'json' as const },
      { label: 'CSV', description: 'one row per participant, for spreadsheets', format: 'csv' as const },
      { label: 'Markdown', description: 'a table, for reports', format: 'markdown' as const },
    ],
    { title: `Export ${meetings.length} meeting${meetings.length === 1 ? '' : 's'}`, placeHolder: 'Format' },
  );
  if (!picked) return undefined;
  const folder = defaultExportFolder(memory);
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, `meetings.${EXTENSIONS[picked.format]}`),
    filters: { [picked.label]: [EXTENSIONS[picked.format]] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatMeetings(meetings, picked.format)));
  if (target.scheme === 'file') await memory?.update(LAST_FOLDER, path.dirname(target.fsPath));
  const open = await vscode.window.showInformationMessage(`Exported ${meetings.length} meetings to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) await vscode.window.showTextDocument(target);
  return target.toString();
}
