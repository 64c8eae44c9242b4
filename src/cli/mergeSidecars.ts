// `merge-sidecars BASE OURS THEIRS`: git's merge driver for *.annotations.yaml (called with %O %A %B).
// Merges the three versions by annotation id (src/core/sidecar/merge.ts) and writes the result into OURS,
// keeping its comments, key order, line endings and byte-order mark. Exit 0 when clean; 1 when the same
// field was changed differently on both sides (both versions kept, the second marked `conflict: true`) or
// when a version cannot be read (then git's own line merge, with conflict markers, is left in OURS).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import type { Document } from 'yaml';
import { encodeSidecarText, SidecarFormat } from '../core/sidecar/bytes';
import { mergeAnnotations } from '../core/sidecar/merge';
import type { Annotation } from '../core/sidecar/model';
import { readSidecarFile } from '../core/sidecar/node';
import { emptySidecarDocument, parseSidecar, serializeSidecar } from '../core/sidecar/yamlDoc';

const USAGE = 'usage: merge-sidecars BASE OURS THEIRS [PATH]   (as a git merge driver: merge-sidecars %O %A %B %P)\n';

interface Side {
  doc: Document;
  annotations: Annotation[];
  format: SidecarFormat;
}

/** One version, or why it cannot be merged by annotation. */
function readSide(file: string): Side | string {
  const decoded = readSidecarFile(file);
  if (!decoded) return 'no such file';
  if (!decoded.ok) return `line ${decoded.problem.line}: ${decoded.problem.message}`;
  // Git hands an empty file as the base when both sides created the sidecar.
  if (decoded.text.trim() === '') return { doc: emptySidecarDocument(), annotations: [], format: decoded.format };
  const parsed = parseSidecar(decoded.text);
  if (!parsed.ok) return `line ${parsed.problems[0].line}: ${parsed.problems[0].message}`;
  return { doc: parsed.doc, annotations: parsed.annotations, format: decoded.format };
}

export function runMergeSidecars(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  if (args.includes('-h') || args.includes('--help')) {
    out.write(USAGE);
    return 0;
  }
  if (args.length < 3 || args.length > 4 || args.some((a) => a.startsWith('--'))) {
    err.write(USAGE);
    return 2;
  }
  const [basePath, oursPath, theirsPath, shownName] = args;
  const name = shownName ?? oursPath;
  const sides = [readSide(basePath), readSide(oursPath), readSide(theirsPath)];
  const broken = sides.map((s, i) => (typeof s === 'string' ? `${['base', 'ours', 'theirs'][i]}: ${s}` : '')).filter(Boolean);
  if (broken.length) {
    err.write(`merge-sidecars: ${name}: cannot merge by annotation (${broken.join('; ')}); left to git's line merge\n`);
    return lineMerge(basePath, oursPath, theirsPath, err);
  }
  const [base, ours, theirs] = sides as Side[];
  const merged = mergeAnnotations(base.annotations, ours.annotations, theirs.annotations);
  fs.writeFileSync(oursPath, encodeSidecarText(serializeSidecar(ours.doc, merged.annotations), ours.format));
  if (merged.conflicts.length) {
    err.write(`merge-sidecars: ${name}: ${merged.conflicts.length} annotation(s) changed differently on both sides; both versions kept, the other side's marked \`conflict: true\` (${merged.conflicts.join(', ')})\n`);
    return 1;
  }
  return 0;
}

/** Git's own three-way line merge into OURS (conflict markers included), so nothing of either side is lost. */
function lineMerge(basePath: string, oursPath: string, theirsPath: string, err: NodeJS.WritableStream): number {
  const r = spawnSync('git', ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', oursPath, basePath, theirsPath], { encoding: 'utf8' });
  if (r.error) err.write(`merge-sidecars: git merge-file: ${r.error.message}; OURS left as it was\n`);
  return 1;
}
