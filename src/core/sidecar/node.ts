// Plain-Node reading of texts and sidecars, for the CLI (`extract`, `export`, `merge-sidecars`): the same
// bytes, decoding and re-anchoring as the editor, so offsets agree everywhere.
import * as fs from 'fs';
import type { Correction } from '../types';
import { DecodedSidecar, decodeSidecarBytes, DEFAULT_FORMAT, SidecarFormat } from './bytes';
import { Annotation, MAX_SIDECAR_BYTES, sidecarPathFor, toCorrections } from './model';
import { reanchorAll, ReanchorReport } from './reanchor';
import { parseSidecar } from './yamlDoc';

export type { Annotation } from './model';

/** Texts larger than this are refused rather than read whole into memory. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of a regular file. A FIFO, socket or device is refused without blocking on it (opened
 * non-blocking, checked with fstat on the open descriptor, so a file swapped meanwhile is caught too).
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file (a FIFO, socket or device); skipped'), { code: 'ESPECIAL' });
    if (st.size > maxBytes) throw Object.assign(new Error(`larger than ${maxBytes / 1024 / 1024} MB (${st.size} bytes)`), { code: 'EFBIG' });
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A text as the editor shows it: UTF-8 (invalid bytes as U+FFFD), without a byte-order mark; NUL bytes mean binary. */
export function readText(file: string): string {
  const buf = readRegularFile(file, MAX_TEXT_BYTES);
  if (buf.subarray(0, 8192).includes(0)) throw new Error('binary file (contains NUL bytes), not a text');
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** A human-readable reason for a file-system error. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return e instanceof Error ? e.message : String(e);
}

export interface LoadedSidecar {
  sidecarPath: string;
  exists: boolean;
  annotations: Annotation[];
  /** The sidecar is broken or unreadable: none of its annotations apply (and it must not be overwritten). */
  errors: string[];
  /** Annotations re-anchoring could not place exactly: moved (for review) or orphaned. */
  notices: string[];
  report?: ReanchorReport;
  format: SidecarFormat;
}

/** Reads a sidecar file's bytes and decodes them; undefined when it does not exist. */
export function readSidecarFile(sidecarPath: string): DecodedSidecar | undefined {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(sidecarPath, MAX_SIDECAR_BYTES);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    const message = (e as NodeJS.ErrnoException).code === 'EFBIG'
      ? `larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MB; not loaded`
      : describeError(e);
    return { ok: false, problem: { line: 1, column: 1, message } };
  }
  return decodeSidecarBytes(bytes);
}

/** Reads the sidecar beside `textPath` and re-anchors it against `text` (the current text, read if not given). */
export function loadSidecarForText(textPath: string, text?: string): LoadedSidecar {
  const sidecarPath = sidecarPathFor(textPath);
  const result: LoadedSidecar = { sidecarPath, exists: false, annotations: [], errors: [], notices: [], format: DEFAULT_FORMAT };
  const decoded = readSidecarFile(sidecarPath);
  if (!decoded) return result;
  result.exists = true;
  if (!decoded.ok) {
    result.errors.push(`${sidecarPath}:${decoded.problem.line}:${decoded.problem.column}: ${decoded.problem.message}`);
    return result;
  }
  result.format = decoded.format;
  const parsed = parseSidecar(decoded.text);
  if (!parsed.ok) {
    for (const p of parsed.problems) result.errors.push(`${sidecarPath}:${p.line}:${p.column}: ${p.message}`);
    return result;
  }
  try {
    text ??= readText(textPath);
  } catch (e) {
    result.errors.push(`${textPath}: ${describeError(e)}`);
    return result;
  }
  try {
    result.report = reanchorAll(parsed.annotations, text);
  } catch (e) {
    result.errors.push(`${sidecarPath}:1:1: ${(e as Error).message}`);
    return result;
  }
  for (const a of parsed.annotations) {
    if (a.orphaned) result.notices.push(`${sidecarPath}: annotation '${a.id}' (${JSON.stringify(a.quote)}) is orphaned: its words are no longer in the text`);
    else if (a.moved) result.notices.push(`${sidecarPath}: annotation '${a.id}' (${JSON.stringify(a.quote)}) moved to ${a.start}-${a.end} ${JSON.stringify(text.slice(a.start, a.end))}; not applied until confirmed`);
  }
  result.annotations = parsed.annotations;
  return result;
}

/** Corrections for one text, for `analyze(text, { corrections })`, with the sidecar's errors and notices. */
export function loadCorrectionsForText(textPath: string, text?: string): { corrections: Correction[]; errors: string[]; notices: string[] } {
  const s = loadSidecarForText(textPath, text);
  return { corrections: toCorrections(s.annotations), errors: s.errors, notices: s.notices };
}
