// `export --format brat|w3c|csv [--out DIR] PATH...`: analyst annotations from the sidecars beside texts.
import * as fs from 'fs';
import * as path from 'path';
import { Annotation, loadSidecarForText } from '../core/sidecar/node';
import { collectTexts } from './extract';

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

export const CSV_HEADER = ['file', 'id', 'label', 'start', 'end', 'quote', 'entity', 'note', 'created', 'updated', 'orphaned'];

/** RFC 4180: quote fields containing comma, quote or line breaks; double inner quotes; CRLF rows. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsvRows(file: string, annotations: readonly Annotation[]): string {
  return annotations
    .map((a) =>
      [file, a.id, a.label, String(a.start), String(a.end), a.quote, a.entity ?? '', a.note ?? '', a.created, a.updated, a.orphaned ? 'true' : 'false']
        .map(csvField)
        .join(',') + '\r\n',
    )
    .join('');
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
  const texts: string[] = [];
  let status = 0;
  for (const p of inputs) {
    try {
      collectTexts(p, texts);
    } catch (e) {
      err.write(`export: ${p}: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  let csv = format === 'csv' ? CSV_HEADER.join(',') + '\r\n' : '';
  const w3c: object[] = [];
  for (const textPath of texts) {
    const s = loadSidecarForText(textPath);
    for (const p of s.problems) err.write(`export: ${p}\n`);
    if (s.problems.length && !s.annotations.length && s.exists) status = 1;
    if (!s.exists) continue;
    // Orphans have no valid offsets: CSV lists them (flagged), brat and W3C cannot point at them.
    const anchored = s.annotations.filter((a) => !a.orphaned);
    const base = path.basename(textPath).replace(/\.txt$/, '');
    if (format === 'csv') csv += toCsvRows(textPath, s.annotations);
    else if (format === 'brat') {
      const ann = toBrat(anchored);
      if (outDir) {
        fs.writeFileSync(path.join(outDir, base + '.ann'), ann);
        fs.copyFileSync(textPath, path.join(outDir, base + '.txt'));
      } else out.write(`# ${textPath}\n${ann}`);
    } else {
      const doc = toW3c(anchored, path.basename(textPath));
      if (outDir) fs.writeFileSync(path.join(outDir, base + '.jsonld'), JSON.stringify(doc, null, 2) + '\n');
      else w3c.push(doc);
    }
  }
  if (format === 'csv') {
    if (outDir) fs.writeFileSync(path.join(outDir, 'annotations.csv'), csv);
    else out.write(csv);
  } else if (format === 'w3c' && !outDir) out.write(JSON.stringify(w3c.length === 1 ? w3c[0] : w3c, null, 2) + '\n');
  return status;
}
