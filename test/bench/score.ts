// Minimal seed scorer for the benchmark (the engine's own scorer lives in test/unit/).
// Gold: every whole-word occurrence of each listed text is an entity of that type (restricted to
// occurrences inside `context` when given); predictions inside `ignore` spans count neither way;
// a gold span nested in a longer gold span of the same type is optional (counted only if predicted).
// Matching is exact on (type, start, end).
import { occurrences } from '../unit/goldScorer';

export interface GoldEntity {
  type: string;
  text: string;
  context?: string;
}

export interface Gold {
  entities: GoldEntity[];
}

export interface Predicted {
  type: string;
  start: number;
  end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface GoldSpan {
  type: string;
  start: number;
  end: number;
  optional: boolean;
}

export function goldSpans(text: string, gold: Gold, types: ReadonlySet<string>): { spans: GoldSpan[]; ignore: Array<[number, number]> } {
  const spans: GoldSpan[] = [];
  const ignore: Array<[number, number]> = [];
  const seen = new Set<string>();
  for (const g of gold.entities) {
    let starts = occurrences(text, g.text);
    if (g.context) {
      const ctx = occurrences(text, g.context);
      const offset = g.context.indexOf(g.text);
      starts = offset < 0 ? [] : starts.filter((s) => ctx.some((c) => c + offset === s));
    }
    for (const s of starts) {
      if (g.type === 'ignore') {
        ignore.push([s, s + g.text.length]);
        continue;
      }
      if (!types.has(g.type)) continue;
      const key = `${g.type}:${s}:${s + g.text.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ type: g.type, start: s, end: s + g.text.length, optional: false });
    }
  }
  for (const a of spans) {
    a.optional = spans.some((b) => b !== a && b.type === a.type && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start);
  }
  return { spans, ignore };
}

export function scoreDocument(text: string, gold: Gold, predicted: readonly Predicted[], types: ReadonlySet<string>): Counts {
  const { spans, ignore } = goldSpans(text, gold, types);
  const byKey = new Map(spans.map((s) => [`${s.type}:${s.start}:${s.end}`, s]));
  const matched = new Set<string>();
  let fp = 0;
  for (const p of predicted) {
    if (!types.has(p.type)) continue;
    const key = `${p.type}:${p.start}:${p.end}`;
    if (byKey.has(key)) {
      matched.add(key);
    } else if (!ignore.some(([s, e]) => p.start >= s && p.end <= e)) {
      fp++;
    }
  }
  let fn = 0;
  for (const [key, s] of byKey) if (!matched.has(key) && !s.optional) fn++;
  return { tp: matched.size, fp, fn };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
