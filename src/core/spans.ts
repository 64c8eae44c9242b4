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
