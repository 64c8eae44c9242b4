// `extract [--json] PATH...`: run the engine over files and folders of texts, applying the analyst's
// sidecar corrections beside each text. Unreadable paths and broken sidecars go to stderr and make the exit
// code 1; everything else is still processed.
import * as path from 'path';
import { analyze } from '../core/analyze';
import { toCorrections } from '../core/sidecar/model';
import { describeError, loadSidecarForText, readText } from '../core/sidecar/node';
import type { Analysis, Entity } from '../core/types';
import { collectTexts } from './files';
import { summaryText, whosWho, type OrganizationJson, type PersonJson } from './whosWho';

/** What became of the analyst's annotations beside a text. */
interface SidecarSummary {
  path: string;
  /** `broken`: the file could not be read; none of its annotations were applied. */
  status: 'ok' | 'broken';
  applied: number;
  /** Found only approximately after the text changed: not applied until the analyst confirms them. */
  moved: number;
  orphaned: number;
  errors?: string[];
}

interface DocumentResult {
  path: string;
  entities: { type: string; start: number; end: number; text: string; id?: string }[];
  /** Who is who: each person with what the text states about them, and each organization. */
  persons: PersonJson[];
  organizations: OrganizationJson[];
  meetings: Analysis['meetings'];
  sidecar?: SidecarSummary;
}

export async function runExtract(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  const unknown = paths.filter((a) => a.startsWith('--'));
  if (unknown.length || paths.length === 0) {
    err.write(`usage: extract [--json] PATH...${unknown.length ? ` (unknown option ${unknown.join(', ')})` : ''}\n`);
    return 2;
  }
  let failed = false;
  const walk = collectTexts(paths);
  for (const p of walk.problems) err.write(`extract: ${p}\n`);
  if (walk.problems.length) failed = true;
  const documents: DocumentResult[] = [];
  for (const { path: file } of walk.texts) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      failed = true;
      err.write(`extract: ${file}: ${describeError(e)}\n`);
      continue;
    }
    // A broken sidecar fails the run, but its text is still analyzed (without its corrections) and flagged.
    const s = loadSidecarForText(file, text);
    for (const p of s.errors) err.write(`extract: ${file}: ${p}\n`);
    for (const p of s.notices) err.write(`extract: ${file}: ${p}\n`);
    if (s.errors.length) failed = true;
    const corrections = toCorrections(s.annotations);
    const a = analyze(text, { corrections });
    const doc: DocumentResult = { path: file.split(path.sep).join('/'), entities: a.entities.map(entityJson), ...whosWho(a), meetings: a.meetings };
    if (s.exists) {
      doc.sidecar = {
        path: s.sidecarPath.split(path.sep).join('/'),
        status: s.errors.length ? 'broken' : 'ok',
        applied: corrections.length,
        moved: s.annotations.filter((x) => x.moved).length,
        orphaned: s.annotations.filter((x) => x.orphaned).length,
      };
      if (s.errors.length) doc.sidecar.errors = s.errors;
    }
    documents.push(doc);
    if (!json) out.write(summary(doc, a));
  }
  if (json) out.write(JSON.stringify({ documents }) + '\n');
  return failed ? 1 : 0;
}

function entityJson(e: Entity): DocumentResult['entities'][number] {
  return e.id ? { type: e.type, start: e.start, end: e.end, text: e.text, id: e.id } : { type: e.type, start: e.start, end: e.end, text: e.text };
}

function summary(doc: DocumentResult, a: Analysis): string {
  const sc = doc.sidecar;
  let head = '';
  if (sc?.status === 'broken') head = `  ! annotations file broken, its corrections NOT applied: ${sc.errors?.[0] ?? sc.path}\n`;
  else if (sc) head = `  annotations: ${sc.applied} applied${sc.moved ? `, ${sc.moved} moved (not applied until confirmed)` : ''}${sc.orphaned ? `, ${sc.orphaned} orphaned` : ''}\n`;
  const text = summaryText(doc.path, a);
  const nl = text.indexOf('\n') + 1;
  return text.slice(0, nl) + head + text.slice(nl);
}
