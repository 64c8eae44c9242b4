// Scores recognized entities against the seeds' gold: every whole-word occurrence of a listed string is
// an entity of its type (restricted to a `context` string when given); `ignore` spans count neither way.
import type { Entity } from '../../src/core/types';

export interface GoldEntry {
  type: string;
  text: string;
  context?: string;
}

export interface Gold {
  entities: GoldEntry[];
  meeting?: { kind: string; date: string | null; place: string | null; participants: string[] };
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Span { type: string; start: number; end: number }

const WORD = /[\p{L}\p{M}\p{N}_]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** Start offsets of whole-word occurrences; a needle ending in punctuation ("U.N.") may touch a word after it. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  const startsWord = isWordChar(needle[0]);
  const endsWord = isWordChar(needle[needle.length - 1]);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if ((startsWord && isWordChar(text[i - 1])) || (endsWord && isWordChar(text[i + needle.length]))) continue;
    found.push(i);
  }
  return found;
}

export function goldSpans(text: string, gold: Gold): { spans: Span[]; ignore: Span[] } {
  const spans: Span[] = [];
  const ignore: Span[] = [];
  const key = new Set<string>();
  for (const g of gold.entities) {
    let starts = occurrences(text, g.text);
    if (g.context) {
      const ctx = occurrences(text, g.context);
      const offset = g.context.indexOf(g.text);
      starts = starts.filter((s) => ctx.some((c) => c + offset === s));
    }
    for (const s of starts) {
      const span = { type: g.type, start: s, end: s + g.text.length };
      const k = `${span.type}:${span.start}:${span.end}`;
      if (key.has(k)) continue;
      key.add(k);
      (g.type === 'ignore' ? ignore : spans).push(span);
    }
  }
  return { spans, ignore };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Per-type scores. `exact`: same boundaries; otherwise any overlap of the same type matches (one-to-one). */
export function score(text: string, gold: Gold, predicted: readonly Entity[], types: readonly string[], exact: boolean): Record<string, TypeScore> {
  const { spans, ignore } = goldSpans(text, gold);
  const out: Record<string, TypeScore> = {};
  for (const type of types) {
    const g = spans.filter((s) => s.type === type);
    // A prediction inside or over an ignored span counts neither way (unless it matches gold).
    const p = predicted.filter((e) => e.type === type);
    const match = (a: Span | Entity, b: Span | Entity) => (exact ? a.start === b.start && a.end === b.end : overlaps(a, b));
    const usedGold = new Set<number>();
    let tp = 0;
    let fp = 0;
    for (const e of p) {
      const hit = g.findIndex((s, i) => !usedGold.has(i) && match(s, e));
      if (hit >= 0) { usedGold.add(hit); tp++; continue; }
      if (!exact && g.some((s) => overlaps(s, e))) continue; // a second piece of an already matched gold span
      if (ignore.some((s) => overlaps(s, e))) continue;
      fp++;
    }
    const fn = g.length - usedGold.size;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    out[type] = { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  }
  return out;
}

/** Micro-averaged F1 over several documents' scores for one type. */
export function micro(scores: readonly TypeScore[]): TypeScore {
  const tp = scores.reduce((a, s) => a + s.tp, 0);
  const fp = scores.reduce((a, s) => a + s.fp, 0);
  const fn = scores.reduce((a, s) => a + s.fn, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
