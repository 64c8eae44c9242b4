// Sidecar model: `<text>.annotations.yaml` beside each text, schema version 1.
import type { Correction } from '../types';

export const SIDECAR_SUFFIX = '.annotations.yaml';
export const SCHEMA_VERSION = 1;
/** Larger sidecars are refused rather than parsed (a hand-made or generated monster should not stall the editor). */
export const MAX_SIDECAR_BYTES = 5 * 1024 * 1024;
export const BUILTIN_LABELS = ['official', 'rank', 'position', 'organization', 'reject'] as const;
/** How many characters of context are stored on each side for re-anchoring. */
export const CONTEXT_CHARS = 32;

export interface Annotation {
  id: string;
  label: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  entity?: string;
  note?: string;
  created: string;
  updated: string;
  /** Set on the second copy kept when a merge found two different versions of one annotation. */
  conflict?: boolean;
  /** The span could not be found in the text any more; kept, never dropped. */
  orphaned?: boolean;
  /**
   * Re-anchoring after an outside edit found only an approximate place (start/end), not the quote in
   * its whole context; `quote` is still the text the analyst annotated. Cleared when confirmed or re-placed.
   */
  moved?: boolean;
}

export interface SidecarProblem {
  /** 1-based line in the sidecar. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
}

export function sidecarPathFor(textPath: string): string {
  return textPath + SIDECAR_SUFFIX;
}

export function isSidecarPath(p: string): boolean {
  return p.endsWith(SIDECAR_SUFFIX);
}

export function textPathFor(sidecarPath: string): string {
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Random enough to never collide within one sidecar; short so diffs stay readable. */
export function newAnnotationId(taken?: ReadonlySet<string>): string {
  for (;;) {
    let s = 'a';
    for (let i = 0; i < 10; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)];
    if (!taken || !taken.has(s)) return s;
  }
}

export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

export function makeAnnotation(
  text: string,
  start: number,
  end: number,
  label: string,
  extra: { note?: string; entity?: string; id?: string; now?: string } = {},
): Annotation {
  const now = extra.now ?? new Date().toISOString();
  const ann: Annotation = {
    id: extra.id ?? newAnnotationId(),
    label,
    start,
    end,
    quote: text.slice(start, end),
    ...contextAround(text, start, end),
    created: now,
    updated: now,
  };
  if (extra.entity) ann.entity = extra.entity;
  if (extra.note) ann.note = extra.note;
  return ann;
}

/** Whether the annotation stands on its own words (not orphaned, not waiting for confirmation). */
export function isAnchored(a: Annotation): boolean {
  return !a.orphaned && !a.moved;
}

/**
 * Anchored annotations as engine corrections. Orphans have no place in the text, and a moved annotation
 * changes nothing until the analyst confirms its new place: a label must never land on other words.
 */
export function toCorrections(annotations: readonly Annotation[]): Correction[] {
  return annotations
    .filter(isAnchored)
    .map((a) => (a.entity ? { start: a.start, end: a.end, label: a.label, entity: a.entity } : { start: a.start, end: a.end, label: a.label }));
}

export function officialNames(annotations: readonly Annotation[]): string[] {
  return annotations.filter((a) => a.label === 'official' && a.quote.trim()).map((a) => a.quote.trim());
}
