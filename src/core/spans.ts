// Spans sorted by start: where the first one starting at or after an offset stands.

/** Index of the first item of a start-sorted list whose start is ≥ `offset` (the list's length if none). */
export function firstStartingAt(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item of a start-sorted list of disjoint spans (sentences) that holds offset `at`, or undefined. */
export function spanHolding<T extends { start: number; end: number }>(list: readonly T[], at: number): T | undefined {
  const s = list[firstStartingAt(list, at + 1) - 1];
  return s && at < s.end ? s : undefined;
}

/** Whether offset `at` lies inside parentheses opened after `from`. */
export function insideParentheses(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Items of a start-sorted list lying inside a span: binary search, so that many sentences stay linear overall. */
export function within<T extends { start: number; end: number }>(list: readonly T[], span: { start: number; end: number }): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(list, span.start); i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(list[i]);
  return out;
}
