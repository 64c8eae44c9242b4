// The day of a headline meeting nothing near it dates, told by the one day the whole text names in words, as the
// release lets a reader resolve it: "The Chief Representative ... paid a courtesy call, this afternoon, on the Prime
// Minister", "Chinese Ambassador Song reached the office of the Minister at Singha Durbar today". Read after the
// nearby sentences (dayNearby.ts), which are surer and may tell a day this reading would count twice.
import { lexicon } from '../lexicon';
import { spanHolding } from '../spans';
import { resolveDate } from './calendar';
import { namesAnotherOfficial } from './dayNearby';
import type { Entity } from '../types';
import type { DateHit } from './mentions';
import type { MeetingDraft } from './meetings';

/** "today", "this afternoon", "yesterday", "on Wednesday": the lexicon's days the release resolves, built once. */
let dayWords: RegExp | undefined;
function dayWordsPattern(): RegExp {
  const { weekdays, relativeDays } = lexicon();
  dayWords ??= new RegExp(String.raw`\b(?:${[...relativeDays.keys(), ...weekdays.keys()].sort((a, b) => b.length - a.length).join('|')})\b`, 'gi');
  return dayWords;
}
/** A day that dates a report, not an event: "the ministry said on Friday", "in a statement on Sunday". */
const REPORTED = /\b(?:said|says|reported|reports|statement|announced|told|stated|wrote|added|noted|release|informed|confirmed|published|tweeted|posted)\b[^.\n]*$/i;
/** A day of what is to come: "will visit on Monday", "is due to meet on Thursday", "next Tuesday". */
const TO_COME = /\b(?:will|would|to be|is to|are to|scheduled|next|expected|planned|due)\b[^.\n]*$/i;
/** A clause of a trip or an appointment: "returned home on Monday", "arrived on Tuesday", "was sworn in on Friday". */
const TRIP = /\b(?:arriv\w*|left|leaves|depart\w*|travel\w*|flew|returned|returns|named|appointed|sworn|wraps? up|concluded|ended)\b/i;
/** "last Friday": a week back, which the release does not settle. */
const LAST = /\blast\s*$/i;
/** A weekday opening a date in full, "Saturday, 25 July 2015": the release's own line. */
const FULL_DATE_AFTER = /^,?\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}),?\s+\d{4}/u;
/** How far before a day its report or future is looked for. */
const BEFORE_CHARS = 60;

/** Dates an undated headline draft by the one day the text names anywhere, outside reports and what is to come; in place. */
export function dayToldAnywhere(text: string, drafts: MeetingDraft[], sentences: readonly { start: number; end: number }[], officials: readonly Entity[],
  release: string | null): void {
  const headline = drafts.find((d) => d.headline);
  if (!headline || headline.date || !release || release.length !== 10) return;
  const parties = new Set(headline.parties.map((p) => p.id));
  const { weekdays } = lexicon();
  const days = new Set<string>();
  let found: DateHit | null = null;
  for (const m of text.matchAll(dayWordsPattern())) {
    const at = m.index!;
    const written = m[0];
    // (A weekday is a proper noun: "may" and "sunday" in lower case are not read as days.)
    if (/^[a-z]/.test(written) && weekdays.has(written[0].toUpperCase() + written.slice(1).toLowerCase())) continue;
    const before = text.slice(Math.max(0, at - BEFORE_CHARS), at);
    if (REPORTED.test(before) || TO_COME.test(before) || LAST.test(before)) continue;
    if (FULL_DATE_AFTER.test(text.slice(at + written.length, at + written.length + 25))) continue;
    // (Nor another meeting's day, nor one in a clause of a trip or naming an official the headline does not have.)
    if (drafts.some((d) => d !== headline && d.start <= at && at < d.end)) continue;
    const s = spanHolding(sentences, at);
    if (s) {
      const head = text.slice(s.start, at), tail = text.slice(at, s.end);
      const opens = s.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
      const closes = at + (tail.search(/[,;]/) + 1 || tail.length + 1) - 1;
      if (TRIP.test(text.slice(opens, closes)) || namesAnotherOfficial(officials, opens, closes, parties)) continue;
    }
    const iso = resolveDate(written, null, release);
    if (!iso || iso.length !== 10 || iso > release) continue;
    days.add(iso);
    found = { start: at, end: at + written.length, text: written, iso: null };
  }
  if (days.size === 1) headline.date = found;
}
