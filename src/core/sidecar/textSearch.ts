// Finding many needles in one text at once, in time linear in the text and the needles: each needle is
// keyed by its first KEY characters (or all of them when shorter), one rolling-hash pass over the text
// per distinct key length finds the places where a key starts, and only there is the whole needle compared.
// Re-anchoring asks for a few needles per annotation, so thousands of annotations cost a few passes.

/** Counted work, so a hostile sidecar fails fast with a message instead of stalling the editor or the CLI. */
export class WorkBudget {
  used = 0;
  constructor(readonly limit: number) {}
  spend(units: number): void {
    this.used += units;
    if (this.used > this.limit) throw new WorkLimitError(this.limit);
  }
}

export class WorkLimitError extends Error {
  constructor(readonly limit: number) {
    super(`re-anchoring stopped: it needed more than ${limit.toLocaleString('en-US')} steps, far more than a sidecar of this size should`);
  }
}

/** Occurrences of one needle: start offsets in text order, and whether more were found than kept. */
export interface Occurrences {
  positions: number[];
  overflow: boolean;
}

const LONG_KEY = 32;
const SHORT_KEY = 16;
const BASE = 0x01000193;

function keyLength(n: number): number {
  return n >= LONG_KEY ? LONG_KEY : n >= SHORT_KEY ? SHORT_KEY : n;
}

function hashOf(s: string, from: number, len: number): number {
  let h = 0;
  for (let i = 0; i < len; i++) h = (Math.imul(h, BASE) + s.charCodeAt(from + i)) | 0;
  return h;
}

/** Needles sharing one key: the key is compared once per place, then only each needle's tail. */
interface Bucket {
  key: string;
  needles: string[];
}

/** How many characters of `needle` from `from` on match `text` at `pos + from`. */
function matching(text: string, pos: number, needle: string, from: number): number {
  let i = from;
  while (i < needle.length && text.charCodeAt(pos + i) === needle.charCodeAt(i)) i++;
  return i - from;
}

/**
 * Start offsets of every needle in `text` (at most `maxPerNeedle` each; `overflow` says there were more).
 * Empty needles are never found. Work: one pass per distinct key length, plus the characters compared
 * where a key's hash matches, all charged to `budget`.
 */
export function findAll(text: string, needles: readonly string[], maxPerNeedle: number, budget: WorkBudget): Map<string, Occurrences> {
  const found = new Map<string, Occurrences>();
  const byLength = new Map<number, Map<number, Bucket[]>>();
  for (const needle of needles) {
    if (!needle || found.has(needle)) continue;
    found.set(needle, { positions: [], overflow: false });
    if (needle.length > text.length) continue;
    const k = keyLength(needle.length);
    let table = byLength.get(k);
    if (!table) byLength.set(k, (table = new Map()));
    const h = hashOf(needle, 0, k);
    const key = needle.slice(0, k);
    let buckets = table.get(h);
    if (!buckets) table.set(h, (buckets = []));
    const bucket = buckets.find((b) => b.key === key);
    if (bucket) bucket.needles.push(needle);
    else buckets.push({ key, needles: [needle] });
  }
  for (const [k, table] of byLength) {
    budget.spend(text.length);
    // BASE^(k-1), to take the leaving character out of the rolling hash.
    let top = 1;
    for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
    let h = hashOf(text, 0, k);
    for (let pos = 0; pos + k <= text.length; pos++) {
      if (pos > 0) h = (Math.imul((h - Math.imul(text.charCodeAt(pos - 1), top)) | 0, BASE) + text.charCodeAt(pos + k - 1)) | 0;
      const buckets = table.get(h);
      if (!buckets) continue;
      for (const b of buckets) {
        budget.spend(k);
        if (!text.startsWith(b.key, pos)) continue;
        for (const needle of b.needles) {
          const occ = found.get(needle)!;
          if (occ.overflow) continue;
          const room = text.length - pos;
          if (needle.length > room) continue;
          const same = matching(text, pos, needle, k);
          budget.spend(1 + same);
          if (k + same < needle.length) continue;
          if (occ.positions.length < maxPerNeedle) occ.positions.push(pos);
          else occ.overflow = true;
        }
      }
    }
  }
  return found;
}
