// "Minister X congratulated Y on his appointment as Defence Minister": the office named after "his appointment as"
// is held by the official named last before it in the sentence.
import { firstStartingAt } from '../spans';
import type { Entity, Person } from '../types';

const APPOINTED_AS = /\b(?:his|her)\s+(?:appointment|election|re-election|promotion|nomination|designation)\s+as\s+(?:the\s+)?(?:new\s+)?$/i;

export function appointedOffices(
  text: string, sentences: readonly { start: number; end: number }[], officials: readonly Entity[], positions: readonly Entity[],
  personById: ReadonlyMap<string, Person>,
): void {
  for (const office of positions) {
    const sent = sentences[firstStartingAt(sentences, office.start + 1) - 1];
    if (!sent) continue;
    const from = Math.max(sent.start, office.start - 60);
    const cue = APPOINTED_AS.exec(text.slice(from, office.start));
    if (!cue) continue;
    const cueAt = from + cue.index;
    const k = firstStartingAt(officials, cueAt) - 1;
    const holder = k >= 0 && officials[k].start >= sent.start ? personById.get(officials[k].id!) : undefined;
    if (!holder || holder.capacity !== 'official') continue;
    const named = text.slice(office.start, office.end);
    // (Only where it says more than the office the text gave: "Minister" becomes "Defence Minister".)
    if (!holder.position || (named.length > holder.position.length && named.toLowerCase().includes(holder.position.toLowerCase()))) holder.position = named;
  }
}
