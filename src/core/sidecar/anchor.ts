// Keeping annotations on their words: shifting by live edits, and re-finding them after the text
// changed while closed (exact offsets, then quote + context, then a bounded fuzzy search).
import { Annotation, contextAround } from './model';

/** One replacement in the text before the edit, as VS Code reports it. */
export interface TextEdit {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export type ShiftResult = { start: number; end: number } | 'deleted';

/**
 * Where the span [start, end) goes after one edit. Edits before shift it, edits after leave it,
 * edits inside resize it; an edit that removes all of it yields 'deleted' (the caller orphans it).
 */
export function shiftSpan(start: number, end: number, edit: TextEdit): ShiftResult {
  const eStart = edit.rangeOffset;
  const eEnd = edit.rangeOffset + edit.rangeLength;
  const delta = edit.text.length - edit.rangeLength;
  if (eEnd <= start && !(edit.rangeLength === 0 && eStart === start && start === end)) {
    // Entirely before (an insertion exactly at the start counts as before: typing in front of a name).
    return { start: start + delta, end: end + delta };
  }
  if (eStart >= end) return { start, end };
  if (eStart <= start && eEnd >= end) {
    // The whole span is replaced: only an exact retype of the same range keeps it.
    if (eStart === start && eEnd === end && edit.text.length > 0) return { start, end: start + edit.text.length };
    return 'deleted';
  }
  if (eStart >= start && eEnd <= end) return { start, end: end + delta };
  if (eStart < start) return { start: eStart + edit.text.length, end: end + delta }; // cut at the left edge
  return { start, end: eStart }; // cut at the right edge
}

/** Applies simultaneous edits (offsets into the same original text), as one content-change event has. */
export function shiftSpanByEdits(start: number, end: number, edits: readonly TextEdit[]): ShiftResult {
  const sorted = [...edits].sort((a, b) => b.rangeOffset - a.rangeOffset);
  let cur: ShiftResult = { start, end };
  for (const e of sorted) {
    cur = shiftSpan(cur.start, cur.end, e);
    if (cur === 'deleted') return cur;
  }
  return cur;
}

/**
 * Shifts annotations by edits already applied to produce `newText`. Resized spans get a fresh quote
 * and context; fully deleted spans become orphaned (kept, never dropped). Returns whether anything changed.
 */
export function shiftAnnotations(annotations: Annotation[], edits: readonly TextEdit[], newText: string): boolean {
  let changed = false;
  for (const a of annotations) {
    if (a.orphaned) continue;
    const r = shiftSpanByEdits(a.start, a.end, edits);
    if (r === 'deleted') {
      a.orphaned = true;
      changed = true;
      continue;
    }
    if (r.start === a.start && r.end === a.end) {
      // Context may still have changed; refresh it lazily on save, not on every keystroke.
      continue;
    }
    const resized = r.end - r.start !== a.end - a.start;
    a.start = r.start;
    a.end = r.end;
    if (resized) a.quote = newText.slice(r.start, r.end);
    changed = true;
  }
  return changed;
}

export type AnchorHow = 'exact' | 'quote' | 'fuzzy' | 'orphaned';

/** Finds the annotation in `text` after changes made outside the editor; updates it in place. */
export function reanchor(a: Annotation, text: string): AnchorHow {
  if (a.quote.length > 0 && a.end <= text.length && text.slice(a.start, a.end) === a.quote) {
    delete a.orphaned;
    return 'exact';
  }
  const found = findByQuote(a, text) ?? findFuzzy(a, text);
  if (!found) {
    a.orphaned = true;
    return 'orphaned';
  }
  a.start = found.start;
  a.end = found.end;
  const how: AnchorHow = text.slice(found.start, found.end) === a.quote ? 'quote' : 'fuzzy';
  a.quote = text.slice(found.start, found.end);
  Object.assign(a, contextAround(text, found.start, found.end));
  delete a.orphaned;
  return how;
}

export function reanchorAll(annotations: Annotation[], text: string): { moved: number; orphaned: number } {
  let moved = 0;
  let orphaned = 0;
  for (const a of annotations) {
    const how = reanchor(a, text);
    if (how === 'orphaned') orphaned++;
    else if (how !== 'exact') moved++;
  }
  return { moved, orphaned };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The occurrence of the quote whose context matches best, the nearest to the old place on ties. */
function findByQuote(a: Annotation, text: string): { start: number; end: number } | undefined {
  if (!a.quote) return undefined;
  let best: { start: number; score: number; dist: number } | undefined;
  let count = 0;
  for (let i = text.indexOf(a.quote); i >= 0 && count < 10000; i = text.indexOf(a.quote, i + 1), count++) {
    const score =
      commonSuffix(text.slice(Math.max(0, i - a.prefix.length), i), a.prefix) +
      commonPrefix(text.slice(i + a.quote.length, i + a.quote.length + a.suffix.length), a.suffix);
    const dist = Math.abs(i - a.start);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { start: i, score, dist };
  }
  return best && { start: best.start, end: best.start + a.quote.length };
}

const FUZZY_MAX_QUOTE = 400;

/**
 * Approximate match of the quote near its old place (Sellers' edit-distance search), allowing about
 * a quarter of the quote to differ. Bounded window and quote length keep it cheap.
 */
export function findFuzzy(a: Pick<Annotation, 'quote' | 'start'>, text: string): { start: number; end: number } | undefined {
  const q = a.quote;
  if (q.length < 4 || q.length > FUZZY_MAX_QUOTE) return undefined;
  const maxErr = Math.floor(q.length / 4);
  const radius = 2000 + q.length * 4;
  const wStart = Math.max(0, Math.min(text.length, a.start) - radius);
  const wEnd = Math.min(text.length, a.start + q.length + radius);
  const win = text.slice(wStart, wEnd);
  const end = bestEnd(q, win, maxErr);
  if (!end) return undefined;
  // The start: same search on reversed strings, anchored at the found end.
  const rq = [...q].reverse().join('');
  const rwin = [...win.slice(Math.max(0, end.pos - q.length - maxErr), end.pos)].reverse().join('');
  const back = bestEnd(rq, rwin, maxErr, true);
  if (!back) return undefined;
  const start = wStart + end.pos - back.pos;
  const s = { start, end: wStart + end.pos };
  return s.end > s.start ? s : undefined;
}

/** Smallest edit distance of `p` against any substring of `t` ending at each position; best end. */
function bestEnd(p: string, t: string, maxErr: number, anchored = false): { pos: number; dist: number } | undefined {
  const m = p.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best: { pos: number; dist: number } | undefined;
  for (let j = 1; j <= t.length; j++) {
    cur[0] = anchored ? j : 0;
    const c = t.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (p.charCodeAt(i - 1) === c ? 0 : 1);
      cur[i] = Math.min(sub, prev[i] + 1, cur[i - 1] + 1);
    }
    if (cur[m] <= maxErr && (!best || cur[m] < best.dist)) best = { pos: j, dist: cur[m] };
    [prev, cur] = [cur, prev];
  }
  return best;
}
