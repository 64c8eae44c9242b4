// `extract [--json] PATH...`: run the engine over files and folders of texts, applying the analyst's
// sidecar corrections beside each text. Unreadable paths go to stderr; the others are still processed.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import { loadCorrectionsForText } from '../core/sidecar/node';
import type { Analysis, Entity } from '../core/types';

/** Texts larger than this are refused rather than read whole into memory. */
const MAX_BYTES = 64 * 1024 * 1024;

export function collectTexts(target: string, found: string[]): void {
  const st = fs.statSync(target);
  if (!st.isDirectory()) {
    found.push(target);
    return;
  }
  const entries = fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(target, e.name);
    if (e.isDirectory()) collectTexts(full, found);
    else if (e.isFile() && e.name.endsWith('.txt')) found.push(full);
  }
}

export function readText(file: string): string {
  const st = fs.statSync(file);
  if (st.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MB (${st.size} bytes)`);
  const buf = fs.readFileSync(file);
  if (buf.subarray(0, 8192).includes(0)) throw new Error('binary file (contains NUL bytes), not a text');
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

interface DocumentResult {
  path: string;
  entities: { type: string; start: number; end: number; text: string; id?: string }[];
  meetings: Analysis['meetings'];
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
  const files: string[] = [];
  for (const p of paths) {
    try {
      collectTexts(p, files);
    } catch (e) {
      failed = true;
      err.write(`extract: ${p}: ${describe(e)}\n`);
    }
  }
  const documents: DocumentResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      failed = true;
      err.write(`extract: ${file}: ${describe(e)}\n`);
      continue;
    }
    const { corrections, problems } = loadCorrectionsForText(file, text);
    for (const p of problems) err.write(`extract: ${file}: ${p}\n`);
    const a = analyze(text, { corrections });
    const doc: DocumentResult = { path: file.split(path.sep).join('/'), entities: a.entities.map(entityJson), meetings: a.meetings };
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
  const lines = [`${doc.path}`];
  const count = (t: string) => a.entities.filter((e) => e.type === t).length;
  lines.push(`  ${count('official')} official, ${count('rank')} rank, ${count('position')} position, ${count('organization')} organization mentions`);
  for (const p of a.persons) {
    const about = [p.rank, p.position, p.organization, p.country].filter(Boolean).join('; ');
    lines.push(`  official  ${p.name}${about ? ` (${about})` : ''} ×${p.mentions.length}`);
  }
  for (const m of a.meetings) {
    const when = [m.date, m.place].filter(Boolean).join(', ');
    lines.push(`  ${m.referenced ? 'referenced' : 'meeting'}  ${m.kind}${when ? ` (${when})` : ''}`);
    for (const p of m.participants) lines.push(`    ${p.role.padEnd(12)} ${[p.rank, p.name].filter(Boolean).join(' ')}${p.country ? `, ${p.country}` : ''}`);
  }
  return lines.join('\n') + '\n\n';
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
