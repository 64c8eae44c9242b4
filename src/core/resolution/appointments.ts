// "Minister X congratulated Y on his appointment as Defence Minister": the office named after "his appointment as"
// is held by the official named last before it in the sentence; "appointed X as the new Chief of Army Staff", by X.
import { firstStartingAt } from '../spans';
import { APPOINTMENT_AS } from '../recognition/offices';
import { countryOrFirstWord } from './countryNames';
import type { Entity, Person } from '../types';

// ("on his appointment as the ninth Prime Minister of Malaysia": the office's ordinal too.)
const APPOINTED_AS = new RegExp(String.raw`\b(?:his|her)\s+${APPOINTMENT_AS}$`, 'i');

const OF_COUNTRY = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})/u;

const NAME_AS = /^,?\s+as\s+(?:the\s+)?(?:new\s+|next\s+|incoming\s+|first\s+(?:woman\s+|female\s+)?)?$/i;

export function appointedOffices(
  text: string, sentences: readonly { start: number; end: number }[], officials: readonly Entity[], positions: readonly Entity[],
  personById: ReadonlyMap<string, Person>,
): void {
  for (const office of positions) {
    const sent = sentences[firstStartingAt(sentences, office.start + 1) - 1];
    if (!sent) continue;
    const from = Math.max(sent.start, office.start - 60);
    const cue = APPOINTED_AS.exec(text.slice(from, office.start));
    const k = firstStartingAt(officials, cue ? from + cue.index : office.start) - 1;
    if (k < 0 || officials[k].start < sent.start) continue;
    // ("the ascension of Rear Admiral X as the first woman Chief of Defence Staff": the name right before "as".)
    if (!cue && !NAME_AS.test(text.slice(officials[k].end, office.start))) continue;
    const holder = personById.get(officials[k].id!);
    if (!holder || holder.capacity !== 'official') continue;
    const named = text.slice(office.start, office.end);
    // (Only where it says more than the office the text gave: "Minister" becomes "Defence Minister".)
    if (!holder.position || (named.length > holder.position.length && named.toLowerCase().includes(holder.position.toLowerCase()))) holder.position = named;
    // ("his appointment as the ninth prime minister of Malaysia": the country the office is of.)
    const of = cue ? OF_COUNTRY.exec(text.slice(office.end, Math.min(sent.end, office.end + 40))) : null;
    holder.country ??= of ? countryOrFirstWord(of[1]) : null;
  }
}
