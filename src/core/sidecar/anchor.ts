// Keeping annotations on their words while the text is edited in the editor: each edit shifts, resizes
// or deletes the spans it touches. Spans an edit replaced wholesale (a reload from disk arrives as one big
// replacement) are looked for again by reanchor.ts, which is exact or flags them.
import { Annotation } from './model';
import { reanchorAll } from './reanchor';

/** One replacement in the text before the edit, as VS Code reports it. */
export interface TextEdit {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export type ShiftResult = { start: number; end: number } | 'deleted' | 'replaced';

/**
 * Where the span [start, end) goes after one edit. Edits before shift it, edits after leave it,
 * edits inside resize it; an edit that removes all of it yields 'deleted' (the caller orphans it), one
 * that puts other text over all of it 'replaced' (the caller looks for the words in the new text).
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
    return edit.text.length > 0 ? 'replaced' : 'deleted';
  }
  if (eStart >= start && eEnd <= end) return { start, end: end + delta };
  if (eStart < start) return { start: eStart + edit.text.length, end: end + delta }; // cut at the left edge
  return { start, end: eStart }; // cut at the right edge
}

/** Whether an edit changes text inside [start, end) (replacing part of it, or inserting strictly inside). */
function editsInside(start: number, end: number, edits: readonly TextEdit[]): boolean {
  return edits.some((e) => (e.rangeLength > 0 ? e.rangeOffset < end && e.rangeOffset + e.rangeLength > start : e.rangeOffset > start && e.rangeOffset < end));
}

/** Applies simultaneous edits (offsets into the same original text), as one content-change event has. */
export function shiftSpanByEdits(start: number, end: number, edits: readonly TextEdit[]): ShiftResult {
  const sorted = [...edits].sort((a, b) => b.rangeOffset - a.rangeOffset);
  let cur: ShiftResult = { start, end };
  for (const e of sorted) {
    cur = shiftSpan(cur.start, cur.end, e);
    if (typeof cur === 'string') return cur;
  }
  return cur;
}

/**
 * Shifts annotations by edits already applied to produce `newText`. Resized spans get a fresh quote
 * (the analyst edited the words themselves); spans deleted outright become orphaned; spans replaced by
 * other text are re-anchored in `newText` (exact, moved for review, or orphaned). Nothing is dropped.
 * Returns whether anything changed.
 */
export function shiftAnnotations(annotations: Annotation[], edits: readonly TextEdit[], newText: string): boolean {
  let changed = false;
  const replaced: Annotation[] = [];
  for (const a of annotations) {
    if (a.orphaned) continue;
    const r = shiftSpanByEdits(a.start, a.end, edits);
    if (r === 'deleted') {
      a.orphaned = true;
      delete a.moved;
      changed = true;
      continue;
    }
    if (r === 'replaced') {
      replaced.push(a);
      continue;
    }
    // Typing inside the words (even over a letter, the length unchanged) edits them: the quote follows.
    // A moved annotation keeps the quote it was made on until the analyst confirms the new place.
    if (!a.moved && editsInside(a.start, a.end, edits)) {
      const quote = newText.slice(r.start, r.end);
      if (quote !== a.quote) {
        a.quote = quote;
        changed = true;
      }
    }
    if (r.start === a.start && r.end === a.end) continue; // context is refreshed on save, not per keystroke
    a.start = r.start;
    a.end = r.end;
    changed = true;
  }
  if (replaced.length) {
    try {
      if (reanchorAll(replaced, newText).changed) changed = true;
    } catch {
      // Over the work limit (a hostile text): not found, then; kept as orphans, never dropped.
      for (const a of replaced) {
        a.orphaned = true;
        delete a.moved;
      }
      changed = true;
    }
  }
  return changed;
}
