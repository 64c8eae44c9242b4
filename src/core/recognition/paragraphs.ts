// Per-paragraph recognition results of one document, kept between analyses. After an edit only the
// paragraphs the edit touched are recognized again: those before it are kept as they are, those after
// it are kept and shifted. The edit is found by comparing the old and new text from both ends, so no
// paragraph is sliced or hashed on the way.
import { emptyResult, recognizeParagraph } from './recognize';
import type { LocalResult } from './localTypes';

interface Paragraph {
  /** [start, end) in the text last analyzed; `end` is its newline or the end of the text. */
  start: number;
  end: number;
  /** Absolute offsets in that same text. */
  result: LocalResult;
}

export class ParagraphStore {
  private text = '';
  private paragraphs: Paragraph[] = [];

  /**
   * Recognizes `text`, reusing what the last call found, and returns every paragraph's results in text
   * order. When `isCancelled` answers true, returns what it has and keeps the previous state.
   */
  update(text: string, isCancelled?: () => boolean): { results: LocalResult[]; complete: boolean } {
    const old = this.text;
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const delta = text.length - old.length;

    const kept: Paragraph[] = [];
    let k = 0;
    // Unchanged and in place: the paragraph and its newline lie before the first difference.
    for (; k < this.paragraphs.length && this.paragraphs[k].end < prefix; k++) kept.push(this.paragraphs[k]);
    // Unchanged but moved: the newline before the paragraph lies in the common suffix.
    let tail = this.paragraphs.length;
    while (tail > k && this.paragraphs[tail - 1].start - 1 >= old.length - suffix) tail--;

    const from = kept.length ? kept[kept.length - 1].end + 1 : 0;
    const to = tail < this.paragraphs.length ? this.paragraphs[tail].start + delta - 1 : text.length;
    for (let pos = from; pos <= to; ) {
      if (isCancelled?.()) return { results: kept.map((p) => p.result), complete: false };
      let nl = text.indexOf('\n', pos);
      if (nl < 0 || nl > to) nl = to;
      if (nl > pos) kept.push({ start: pos, end: nl, result: recognizeParagraph(text, pos, nl, emptyResult(), 0) });
      pos = nl + 1;
    }
    for (let m = tail; m < this.paragraphs.length; m++) {
      const p = this.paragraphs[m];
      if (delta !== 0) shift(p, delta);
      kept.push(p);
    }
    this.text = text;
    this.paragraphs = kept;
    return { results: kept.map((p) => p.result), complete: true };
  }
}

function shift(p: Paragraph, delta: number): void {
  p.start += delta;
  p.end += delta;
  const r = p.result;
  for (const list of [r.entities, r.names, r.triggers, r.sentences, r.dates, r.places, r.descriptors, r.definitions]) {
    for (const item of list) {
      item.start += delta;
      item.end += delta;
    }
  }
  const { start, end } = r.capWords;
  for (let i = 0; i < start.length; i++) {
    start[i] += delta;
    end[i] += delta;
  }
}

const CHUNK = 4096;

/** Length of the common prefix; whole chunks are compared natively first. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  while (s + CHUNK <= max && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}
