// `export --format brat|w3c|csv [--out DIR] PATH...`: analyst annotations from the sidecars beside texts.
// Offsets are those of `extract` and the editor (UTF-16, after re-anchoring, without a byte-order mark).
// With --out, the folders of the texts are mirrored under DIR, so two texts of one name never collide.
import * as fs from 'fs';
import * as path from 'path';
import { isAnchored } from '../core/sidecar/model';
import { Annotation, describeError, loadSidecarForText, readText } from '../core/sidecar/node';
import { collectTexts, FoundText } from './files';

export type ExportFormat = 'brat' | 'w3c' | 'csv';

const USAGE = 'usage: export --format brat|w3c|csv [--out DIR] PATH...\n';


/** brat standoff: one text-bound annotation per line, notes as AnnotatorNotes. */
export function toBrat(annotations: readonly Annotation[]): string {
  const lines: string[] = [];
  let n = 0;
  for (const a of annotations) {
    n++;
    // brat types cannot contain spaces; quotes cannot contain line breaks.
    const label = a.label.replace(/\s+/g, '_');
    lines.push(`T${n}\t${label} ${a.start} ${a.end}\t${a.quote.replace(/[\r\n\t]/g, ' ')}`);
    if (a.note) lines.push(`#${n}\tAnnotatorNotes T${n}\t${a.note.replace(/[\r\n\t]+/g, ' ').trim()}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** W3C Web Annotation Data Model, one JSON-LD collection page per text. */
export function toW3c(annotations: readonly Annotation[], source: string): object {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Annotations of ${source}`,
    total: annotations.length,
    first: {
      type: 'AnnotationPage',
      items: annotations.map((a) => {
        const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.label }];
        if (a.entity) body.push({ type: 'TextualBody', purpose: 'identifying', value: a.entity });
        if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
        return {
          id: `urn:diplomatic:${encodeURIComponent(source)}:${a.id}`,
          type: 'Annotation',
          created: a.created || undefined,
          modified: a.updated || undefined,
          body,
          target: {
            source,
            selector: [
              { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
              { type: 'TextPositionSelector', start: a.start, end: a.end },
            ],
          },
        };
      }),
    },
  };
}

export const CSV_HEADER = ['file', 'id', 'label', 'start', 'end', 'quote', 'entity', 'note', 'created', 'updated', 'orphaned', 'moved'];

/**
 * RFC 4180: quote fields containing comma, quote or line breaks; double inner quotes; CRLF rows. Text a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, so a note like `=HYPERLINK(...)` stays text.
 */
export function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsvRows(file: string, annotations: readonly Annotation[]): string {
  return annotations
    .map((a) =>
      [
        csvField(file), csvField(a.id), csvField(a.label), String(a.start), String(a.end), csvField(a.quote), csvField(a.entity ?? ''), csvField(a.note ?? ''),
        csvField(a.created), csvField(a.updated), a.orphaned ? 'true' : 'false', a.moved ? 'true' : 'false',
      ].join(',') + '\r\n',
    )
    .join('');
}

/** The folder every input sits in (a folder argument counts as itself): outputs are named relative to it. */
function commonBase(texts: readonly FoundText[]): string {
  let base: string[] | undefined;
  for (const t of texts) {
    const root = path.resolve(t.root);
    const dir = t.root === t.path ? path.dirname(root) : root;
    const parts = dir.split(path.sep);
    if (!base) base = parts;
    else {
      let k = 0;
      while (k < base.length && k < parts.length && base[k] === parts[k]) k++;
      base = base.slice(0, k);
    }
  }
  return base ? base.join(path.sep) || path.sep : process.cwd();
}

export async function runExport(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let format: ExportFormat | undefined;
  let outDir: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] as ExportFormat;
    else if (a.startsWith('--format=')) format = a.slice(9) as ExportFormat;
    else if (a === '--out') outDir = args[++i];
    else if (a.startsWith('--out=')) outDir = a.slice(6);
    else if (a === '-h' || a === '--help') {
      out.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      err.write(`export: unknown option ${a}\n${USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (format !== 'brat' && format !== 'w3c' && format !== 'csv') {
    err.write(`export: --format must be brat, w3c or csv\n${USAGE}`);
    return 2;
  }
  if (!inputs.length || (outDir === undefined && args.includes('--out'))) {
    err.write(USAGE);
    return 2;
  }
  const walk = collectTexts(inputs);
  let status = walk.problems.length ? 1 : 0;
  for (const p of walk.problems) err.write(`export: ${p}\n`);
  // The same text named twice (a folder and a file in it) is exported once.
  const seen = new Set<string>();
  const texts = walk.texts.filter((t) => !seen.has(path.resolve(t.path)) && !!seen.add(path.resolve(t.path)));
  const base = commonBase(texts);
  const written = new Map<string, string>();
  let csv = format === 'csv' ? CSV_HEADER.join(',') + '\r\n' : '';
  const w3c: object[] = [];
  for (const { path: textPath } of texts) {
    const rel = path.relative(base, path.resolve(textPath));
    const name = rel.split(path.sep).join('/');
    let text: string;
    try {
      text = readText(textPath);
    } catch (e) {
      err.write(`export: ${textPath}: ${describeError(e)}\n`);
      status = 1;
      continue;
    }
    const s = loadSidecarForText(textPath, text);
    for (const p of s.errors) err.write(`export: ${p}\n`);
    for (const p of s.notices) err.write(`export: ${p}\n`);
    if (s.errors.length) status = 1;
    if (!s.exists || s.errors.length) continue;
    // Orphans have no place and moved ones only an unconfirmed one: CSV lists them (flagged), brat and
    // W3C point only at confirmed places.
    const anchored = s.annotations.filter(isAnchored);
    const stem = rel.replace(/\.txt$/, '');
    const output = (ext: string): string | undefined => {
      const file = path.join(outDir!, stem + ext);
      const other = written.get(file);
      if (other) {
        // Never overwrite one text's export with another's.
        err.write(`export: ${textPath}: not exported: ${other} is exported to ${file} already\n`);
        status = 1;
        return undefined;
      }
      written.set(file, textPath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      return file;
    };
    if (format === 'csv') csv += toCsvRows(name, s.annotations);
    else if (format === 'brat') {
      const ann = toBrat(anchored);
      if (outDir) {
        const annFile = output('.ann');
        const txtFile = annFile && output('.txt');
        if (annFile && txtFile) {
          fs.writeFileSync(annFile, ann);
          // The text as the offsets count it (no byte-order mark).
          fs.writeFileSync(txtFile, text);
        }
      } else out.write(`# ${name}\n${ann}`);
    } else {
      const doc = toW3c(anchored, name);
      const file = outDir ? output('.jsonld') : undefined;
      if (file) fs.writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
      else if (!outDir) w3c.push(doc);
    }
  }
  if (format === 'csv') {
    if (outDir) {
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(path.join(outDir, 'annotations.csv'), csv);
    } else out.write(csv);
  } else if (format === 'w3c' && !outDir) out.write(JSON.stringify(w3c.length === 1 ? w3c[0] : w3c, null, 2) + '\n');
  return status;
}
