// Finding annotations again after their text changed outside the editor (a script, a git pull, another
// editor), from what the sidecar keeps: the quote and up to CONTEXT_CHARS of text on each side.
//
// Exact or honest: an annotation is placed without a flag only where its quote stands between its whole
// prefix and its whole suffix, and nowhere else in the text does. Anything less (part of the context
// changed, the context occurs twice, the words themselves were edited) is kept as `moved: true` at the
// best candidate, with the old quote, for the analyst to confirm or re-place; with no candidate worth
// showing it becomes `orphaned: true`. The quote is never rewritten here.
//
// One pass finds every needle of every annotation (textSearch.ts), so the work is linear in the text and
// the sidecar, and a budget stops a hostile sidecar early.
import { Annotation, CONTEXT_CHARS } from './model';
import { findAll, Occurrences, WorkBudget } from './textSearch';

export type AnchorHow = 'exact' | 'shifted' | 'moved' | 'orphaned';

export interface ReanchorReport {
  /** Found at the same offsets. */
  exact: number;
  /** Found with its whole context at other offsets (text inserted or deleted elsewhere). */
  shifted: number;
  /** Kept at an approximate place, flagged `moved` for review. */
  moved: number;
  orphaned: number;
  /** Whether any annotation changed (offsets or flags): the sidecar on disk needs writing. */
  changed: boolean;
  /** Outcome per annotation, in the order given. */
  how: AnchorHow[];
}

/** Context on each side that counts as evidence for an approximate place. */
const MIN_SIDE = 8;
/** Occurrences kept per needle: more than this many copies of a 40-character context are not evidence. */
const MAX_OCCURRENCES = 64;
/** Quotes longer than this are not compared approximately (an edited paragraph is not a moved name). */
const MAX_FUZZY_QUOTE = 400;
/** Work allowed per character of text and sidecar; far above what real files need (see anchor tests). */
const WORK_PER_CHAR = 64;

/** The work a re-anchoring of these annotations against this text may take before it fails. */
export function reanchorBudget(annotations: readonly Annotation[], text: string): WorkBudget {
  let size = text.length;
  for (const a of annotations) size += a.quote.length + a.prefix.length + a.suffix.length + 16;
  return new WorkBudget(WORK_PER_CHAR * size + 100_000);
}

interface Needles {
  /** prefix + quote + suffix: the annotation in its whole context. */
  whole: string;
  /** prefix + quote and quote + suffix: one side of the context intact. */
  left: string;
  right: string;
  /** MIN_SIDE characters on each side of the quote: both sides partly intact. */
  narrow: string;
  /** The context alone, for words edited between an intact prefix and suffix. */
  prefix: string;
  suffix: string;
}

function needlesOf(a: Annotation): Needles {
  const p = a.prefix;
  const s = a.suffix;
  const q = a.quote;
  return {
    whole: p + q + s,
    left: p + q,
    right: q + s,
    narrow: p.length >= MIN_SIDE && s.length >= MIN_SIDE ? p.slice(-MIN_SIDE) + q + s.slice(0, MIN_SIDE) : '',
    prefix: q && p.length >= MIN_SIDE ? p : '',
    suffix: q && s.length >= MIN_SIDE ? s : '',
  };
}

/**
 * Re-anchors every annotation against `text`, in place, and says what happened. Throws WorkLimitError
 * when the budget runs out (before changing anything).
 */
export function reanchorAll(annotations: Annotation[], text: string, budget = reanchorBudget(annotations, text)): ReanchorReport {
  const all = annotations.map(needlesOf);
  const wanted: string[] = [];
  for (const n of all) wanted.push(n.whole, n.left, n.right, n.narrow, n.prefix, n.suffix);
  const occ = findAll(text, wanted, MAX_OCCURRENCES, budget);
  const places = annotations.map((a, i) => place(a, all[i], occ, text, budget));
  const report: ReanchorReport = { exact: 0, shifted: 0, moved: 0, orphaned: 0, changed: false, how: [] };
  annotations.forEach((a, i) => {
    const p = places[i];
    report.how.push(p.how);
    report[p.how]++;
    const before = `${a.start}:${a.end}:${!!a.moved}:${!!a.orphaned}`;
    if (p.how === 'orphaned') {
      a.orphaned = true;
      delete a.moved;
    } else {
      a.start = p.start;
      a.end = p.end;
      delete a.orphaned;
      if (p.how === 'moved') a.moved = true;
      else delete a.moved;
    }
    if (before !== `${a.start}:${a.end}:${!!a.moved}:${!!a.orphaned}`) report.changed = true;
  });
  return report;
}

/** Re-anchors one annotation (see reanchorAll). */
export function reanchor(a: Annotation, text: string): AnchorHow {
  return reanchorAll([a], text).how[0];
}

type Placement = { how: Exclude<AnchorHow, 'orphaned'>; start: number; end: number } | { how: 'orphaned' };

function place(a: Annotation, n: Needles, occ: Map<string, Occurrences>, text: string, budget: WorkBudget): Placement {
  const p = a.prefix.length;
  const q = a.quote.length;
  const at = (start: number, how: 'exact' | 'shifted' | 'moved'): Placement => ({ how: how === 'shifted' && start === a.start && start + q === a.end ? 'exact' : how, start, end: start + q });
  // Places of the quote with part of its context (one whole side, or MIN_SIDE characters of both).
  const candidates = new Set<number>();
  for (const x of occ.get(n.left)?.positions ?? []) if (p >= MIN_SIDE || x === 0) candidates.add(x + p);
  for (const x of occ.get(n.right)?.positions ?? []) if (a.suffix.length >= MIN_SIDE || x + n.right.length === text.length) candidates.add(x);
  for (const x of occ.get(n.narrow)?.positions ?? []) candidates.add(x + MIN_SIDE);
  // 1. The whole context, once: the same words in the same context. Unless a copy of the quote with part
  // of the context stands nearer the old place: then the original may be that one, edited around, and
  // this a pasted copy; the analyst decides.
  const edges = edgesOf(a);
  if (!edges) return withoutContext(a, occ.get(n.left)!, text);
  const whole = occ.get(n.whole)!;
  const wholes = whole.positions.filter((x) => (!edges.start || x === 0) && (!edges.end || x + n.whole.length === text.length));
  if (wholes.length === 1 && !whole.overflow) {
    const w = wholes[0] + p;
    for (const c of candidates) if (Math.abs(c - a.start) < Math.abs(w - a.start)) return at(w, 'moved');
    return at(w, 'shifted');
  }
  if (whole.positions.length > 0) return at(nearest(whole.positions.map((x) => x + p), a.start), 'moved');
  // 2. The words between an intact prefix and suffix were edited ("Sergey" became "Sergei"): for review.
  // A context that met the text's edge is found there (a byline's name at the very end).
  const prefixes = n.prefix ? occ.get(n.prefix)!.positions : edges.start && text.startsWith(a.prefix) ? [0] : [];
  const suffixes = n.suffix ? occ.get(n.suffix)!.positions : edges.end && text.endsWith(a.suffix) ? [text.length - a.suffix.length] : [];
  const edited = editedBetween(a, prefixes, suffixes, text, budget);
  if (edited) return { how: 'moved', ...edited };
  // 3. The quote with part of its context: the best-matching candidate, for review.
  if (candidates.size > 0) {
    let best = -1;
    let bestScore = -1;
    for (const c of candidates) {
      budget.spend(2 * CONTEXT_CHARS);
      const score = contextScore(a, text, c);
      if (score > bestScore || (score === bestScore && Math.abs(c - a.start) < Math.abs(best - a.start))) {
        best = c;
        bestScore = score;
      }
    }
    return at(best, 'moved');
  }
  return { how: 'orphaned' };
}

/**
 * Whether the stored prefix began at the start of the text and the suffix ended at its end (they are
 * then shorter than CONTEXT_CHARS): the whole context includes that edge. Undefined when no context was
 * stored at all (a hand-written annotation): its offsets are all there is.
 */
function edgesOf(a: Annotation): { start: boolean; end: boolean } | undefined {
  const p = a.prefix.length;
  const s = a.suffix.length;
  if (p === 0 && s === 0) return undefined;
  // Saved contexts are as long on both sides unless one side met the text's edge; a moved annotation's
  // offsets are its candidate's, not where the context was taken.
  const prefixAtStart = !a.moved && a.start === p;
  return {
    start: p < CONTEXT_CHARS && (s >= CONTEXT_CHARS || prefixAtStart),
    end: s < CONTEXT_CHARS && (p >= CONTEXT_CHARS || prefixAtStart),
  };
}

/** A hand-written annotation without context: exact where its offsets still hold the quote, else for review. */
function withoutContext(a: Annotation, quotes: Occurrences, text: string): Placement {
  const q = a.quote.length;
  if (q > 0 && text.startsWith(a.quote, a.start)) return { how: 'exact', start: a.start, end: a.end };
  if (quotes.positions.length === 0) return { how: 'orphaned' };
  const start = nearest(quotes.positions, a.start);
  return { how: 'moved', start, end: start + q };
}

/** Characters of context that match around a candidate start; reaching the text's edge counts as the rest. */
function contextScore(a: Annotation, text: string, start: number): number {
  let l = 0;
  while (l < a.prefix.length && start - 1 - l >= 0 && text.charCodeAt(start - 1 - l) === a.prefix.charCodeAt(a.prefix.length - 1 - l)) l++;
  if (l === a.prefix.length && start - l === 0) l = CONTEXT_CHARS;
  const end = start + a.quote.length;
  let r = 0;
  while (r < a.suffix.length && end + r < text.length && text.charCodeAt(end + r) === a.suffix.charCodeAt(r)) r++;
  if (r === a.suffix.length && end + r === text.length) r = CONTEXT_CHARS;
  return l + r;
}

function nearest(xs: readonly number[], to: number): number {
  let best = xs[0];
  for (const x of xs) if (Math.abs(x - to) < Math.abs(best - to)) best = x;
  return best;
}

/** A span between an occurrence of the prefix and the next of the suffix that still reads like the quote. */
function editedBetween(a: Annotation, prefixes: readonly number[], suffixes: readonly number[], text: string, budget: WorkBudget): { start: number; end: number } | undefined {
  const q = a.quote;
  if (!prefixes.length || !suffixes.length || q.length > MAX_FUZZY_QUOTE) return undefined;
  const maxErr = Math.max(1, Math.floor(q.length / 3));
  let best: { start: number; end: number; dist: number } | undefined;
  let j = 0;
  for (const x of prefixes) {
    const start = x + a.prefix.length;
    while (j < suffixes.length && suffixes[j] < start) j++;
    if (j === suffixes.length) break;
    const end = suffixes[j];
    const len = end - start;
    if (len === 0 || Math.abs(len - q.length) > maxErr) continue;
    budget.spend(q.length * (2 * maxErr + 1));
    const dist = boundedDistance(q, text, start, end, maxErr);
    if (dist > maxErr) continue;
    if (!best || dist < best.dist || (dist === best.dist && Math.abs(start - a.start) < Math.abs(best.start - a.start))) best = { start, end, dist };
  }
  return best && { start: best.start, end: best.end };
}

/** Levenshtein distance of `q` and text[from, to), computed in a band of ±maxErr; maxErr + 1 when larger. */
export function boundedDistance(q: string, text: string, from: number, to: number, maxErr: number): number {
  const m = q.length;
  const n = to - from;
  if (Math.abs(m - n) > maxErr) return maxErr + 1;
  const INF = maxErr + 1;
  let prev = new Array<number>(n + 2).fill(INF);
  let cur = new Array<number>(n + 2).fill(INF);
  for (let j = 0; j <= Math.min(n, maxErr); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    // Only the band [i - maxErr, i + maxErr] is computed; its two neighbours read as "too far".
    const lo = Math.max(1, i - maxErr);
    const hi = Math.min(n, i + maxErr);
    cur[lo - 1] = lo === 1 && i <= maxErr ? i : INF;
    cur[hi + 1] = INF;
    let rowMin = cur[lo - 1];
    const c = q.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j - 1] + (c === text.charCodeAt(from + j - 1) ? 0 : 1), prev[j] + 1, cur[j - 1] + 1, INF);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxErr) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n], INF);
}
