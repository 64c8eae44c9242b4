// Plain-Node loading of sidecars, for the CLI (`extract`, `export`).
import * as fs from 'fs';
import type { Correction } from '../types';
import { reanchorAll } from './reanchor';
import { Annotation, MAX_SIDECAR_BYTES, sidecarPathFor, toCorrections } from './model';
import { parseSidecar } from './yamlDoc';

export type { Annotation } from './model';

export interface LoadedSidecar {
  sidecarPath: string;
  exists: boolean;
  annotations: Annotation[];
  problems: string[];
}

/** Reads the sidecar beside `textPath` and re-anchors it against `text` (the current text). */
export function loadSidecarForText(textPath: string, text?: string): LoadedSidecar {
  const sidecarPath = sidecarPathFor(textPath);
  const result: LoadedSidecar = { sidecarPath, exists: false, annotations: [], problems: [] };
  let raw: string;
  try {
    const st = fs.statSync(sidecarPath);
    result.exists = true;
    if (st.size > MAX_SIDECAR_BYTES) {
      result.problems.push(`${sidecarPath}:1: larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MB; not loaded`);
      return result;
    }
    raw = fs.readFileSync(sidecarPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') result.problems.push(`${sidecarPath}: ${(e as Error).message}`);
    return result;
  }
  const parsed = parseSidecar(raw);
  if (!parsed.ok) {
    for (const p of parsed.problems) result.problems.push(`${sidecarPath}:${p.line}:${p.column}: ${p.message}`);
    return result;
  }
  try {
    text ??= fs.readFileSync(textPath, 'utf8');
  } catch (e) {
    result.problems.push(`${textPath}: ${(e as Error).message}`);
    return result;
  }
  reanchorAll(parsed.annotations, text);
  for (const a of parsed.annotations) if (a.orphaned) result.problems.push(`${sidecarPath}: annotation '${a.id}' (${JSON.stringify(a.quote)}) no longer found in the text`);
  result.annotations = parsed.annotations;
  return result;
}

/** Corrections for one text, for `analyze(text, { corrections })`; problems are human-readable. */
export function loadCorrectionsForText(textPath: string, text?: string): { corrections: Correction[]; problems: string[] } {
  const s = loadSidecarForText(textPath, text);
  return { corrections: toCorrections(s.annotations), problems: s.problems };
}
