// The context stored around each quote (prefix, suffix) is what re-anchoring recognizes an annotation by.
// It is CONTEXT_CHARS on each side, longer where a passage is repeated in the text (a headline the first
// paragraph repeats): the stored window must occur once, or a later edit to one copy would leave the other
// looking like the annotation's own words in its own context.
import { Annotation, CONTEXT_CHARS } from './model';
import { findAll, WorkBudget, WorkLimitError } from './textSearch';

/** The longest context kept on each side; repeats longer than this are ambiguous, and re-anchoring says so. */
export const MAX_CONTEXT_CHARS = 256;

function setContext(a: Annotation, text: string, chars: number): void {
  a.prefix = text.slice(Math.max(0, a.start - chars), a.start);
  a.suffix = text.slice(a.end, a.end + chars);
}

/**
 * Sets the prefix and suffix of the annotations that stand on their words (not orphaned, not waiting for
 * confirmation) from `text`. A few passes over the text in all, however many annotations there are.
 */
export function refreshContexts(text: string, annotations: readonly Annotation[]): void {
  let pending = annotations.filter((a) => !a.orphaned && !a.moved && a.end <= text.length);
  let chars = CONTEXT_CHARS;
  for (const a of pending) setContext(a, text, chars);
  const budget = new WorkBudget(256 * (text.length + 1) + 1_000_000);
  try {
    while (pending.length > 0 && chars < MAX_CONTEXT_CHARS) {
      const windows = pending.map((a) => a.prefix + a.quote + a.suffix);
      const occ = findAll(text, windows, 2, budget);
      pending = pending.filter((a, i) => occ.get(windows[i])!.positions.length > 1);
      chars = Math.min(MAX_CONTEXT_CHARS, chars * 2);
      for (const a of pending) setContext(a, text, chars);
    }
  } catch (e) {
    // A text of endless repeats: the contexts found so far stand, and re-anchoring flags what is ambiguous.
    if (!(e instanceof WorkLimitError)) throw e;
  }
}
