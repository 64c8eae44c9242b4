// The day of a headline meeting its own words leave undated, told by the next sentences about it: "Cho held his first
// phone call with Kamikawa. The two spoke for over 30 minutes on Tuesday afternoon."
import { spanHolding } from '../spans';
import { resolveDate } from './calendar';
import { VISIT_VERB } from './receptionCues';
import type { Entity } from '../types';
import type { DateHit } from './mentions';
import type { MeetingDraft } from './meetings';

/** A clause that tells of the meeting itself, not of what was said at it. */
const TELLS_MEETING = /\b(?:meeting|met|meets|talks|talked|spoke|discussions?|conversation|call|courtesy|received|hosted|held)\b/i;
/** A clause of a trip, an appointment or what is to come: "arrived on Tuesday", "is due to hold talks on Wednesday". */
const OTHER_EVENT = /\b(?:will|would|due|is to|are to|scheduled|plans?|expected|arriv\w*|left|leaves|depart\w*|travel\w*|flew|returned|named|appointed|sworn|visit\w*)\b/i;
/** A reporting verb right after the day: "Britain on Friday described the meeting as constructive". */
const REPORTED_AFTER = /^[^.;,]{0,30}?\b(?:said|says|described|announced|reported|told|confirmed|stated|tweeted)\b/;
/** A day that dates a report of the meeting, not the meeting: "the ministry said on Friday", "in a statement on Sunday". */
const REPORTED = /\b(?:said|says|told|reported|announced|statement|tweeted|posted|wrote|confirmed|according|published|issued)\b[^.;]{0,40}$/;
/** A day in a dateline or an agency's stamp: "SEOUL, Jan. 9 (Yonhap)", "(UrduPoint News / Sputnik - 09th July, 2019)". */
const STAMPED = /(?:^|\n)\s*\p{Lu}[\p{Lu} .'’-]+,?\s*$|\([^()\n]*$/u;
/** A reporting verb right before a day ("said Wednesday", "told reporters on Monday"). */
const SAID_BEFORE = /\b(?:said|says|told reporters)\s+(?:on\s+)?$/;
/** Right after that day: the meeting one spoke after ("after meeting with", "following talks with"). */
const AFTER_MEETING = /^\s+(?:after|following)\s+(?:(?:a|the|their|his|her)\s+)?(?:meeting|talks|meeting with|talks with)\b/;
/** How many sentences after the headline's last may date it. */
const SENTENCES_AFTER = 2;

/**
 * Dates an undated headline draft by the one day its sentences, and the two after, tell in words of the meeting
 * ("During the meeting ... on Tuesday"), as the release lets a reader resolve it; in place. A day no later than the
 * release, and no other meeting's.
 */
export function dayToldNearby(text: string, drafts: MeetingDraft[], dates: readonly DateHit[], sentences: readonly { start: number; end: number }[],
  officials: readonly Entity[], release: string | null): void {
  const headline = drafts.find((d) => d.headline);
  if (!headline || headline.date || !release || headline.kind === 'visit' || headline.kind === 'multilateral') return;
  const last = Math.min(sentences.length - 1, headline.lastSentence + SENTENCES_AFTER);
  // (From the meeting's words on: a dateline's day before them is the report's.)
  const from = Math.max(headline.start, text.indexOf(headline.wording, headline.start));
  const to = sentences[last]?.end ?? headline.end;
  const spoken = daySpokenAfter(text, dates, to, release);
  if (spoken) {
    headline.date = spoken;
    return;
  }
  const parties = new Set(headline.parties.map((p) => p.id));
  const days = new Set<string>();
  let found: DateHit | null = null;
  for (const hit of dates) {
    if (hit.start < from || hit.start >= to) continue;
    if (drafts.some((d) => d !== headline && d.start <= hit.start && hit.end <= d.end)) continue;
    const s = spanHolding(sentences, hit.start);
    if (!s || STAMPED.test(text.slice(Math.max(0, hit.start - 80), hit.start))) continue;
    // (The day's clause, between commas or semicolons, tells the meeting.)
    const before = text.slice(s.start, hit.start), after = text.slice(hit.end, s.end);
    const opens = s.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
    const closes = hit.end + (after.search(/[,;]/) + 1 || after.length + 1) - 1;
    const clause = text.slice(opens, closes);
    // (A reporting verb right after the day dates the meeting still when the clause told the meeting before the day: "X
    // in a meeting with Y here on Wednesday said".)
    const toldBefore = TELLS_MEETING.test(text.slice(opens, hit.start));
    if (!TELLS_MEETING.test(clause) || OTHER_EVENT.test(clause) || REPORTED.test(before) || (REPORTED_AFTER.test(after) && !toldBefore)) continue;
    // (Nor one whose clause names an official the headline does not have: "discussed tariffs with X in their one-on-one
    // meeting Thursday" is another meeting.)
    if (namesAnotherOfficial(officials, opens, closes, parties)) continue;
    const iso = resolveDate(hit.text, hit.iso, release);
    if (!iso || iso.length !== 10 || iso > release) continue;
    days.add(iso);
    found = hit;
  }
  if (days.size === 1) headline.date = found;
}

/**
 * "X said Wednesday after meeting with his counterpart Y": the day one speaks right after the meeting is its day, told
 * before `to` (perhaps before the sentence the meeting is read from: "... Before they met, X and Y"), a day no later
 * than the release; else null.
 */
function daySpokenAfter(text: string, dates: readonly DateHit[], to: number, release: string): DateHit | null {
  const right = dates.find((x) => x.start < to && SAID_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start)) && AFTER_MEETING.test(text.slice(x.end, x.end + 40)));
  const iso = right ? resolveDate(right.text, right.iso, release) : null;
  return right && iso && iso.length === 10 && iso <= release ? right : null;
}

/** Whether an official of none of `parties` is named between `from` and `to`: another meeting's ("with X in their
 * one-on-one meeting Thursday", "the meeting he had with Director X in Warsaw"). */
export function namesAnotherOfficial(officials: readonly Entity[], from: number, to: number, parties: ReadonlySet<string>): boolean {
  return officials.some((o) => o.start >= from && o.end <= to && o.id && !parties.has(o.id));
}

/** A visit told in the sentence before the meeting: "X and his delegation visited SISU", "led a delegation to visit". */
const VISIT_TOLD = new RegExp(String.raw`\b(?:${VISIT_VERB})\b`, 'u');

/**
 * "On October 20, 2021, X and his delegation visited SISU. President Y met with the guests.": an undated headline
 * told right after a visit, in its paragraph, is of the one day the visit's sentence names, no later than the release;
 * in place.
 */
export function dayOfVisitBefore(text: string, drafts: MeetingDraft[], dates: readonly DateHit[], sentences: readonly { start: number; end: number }[], release: string | null): void {
  const headline = drafts.find((d) => d.headline);
  if (!headline || headline.date || !release || (headline.kind !== 'talks' && headline.kind !== 'reception')) return;
  const before = sentences[headline.sentence - 1];
  if (!before || text.slice(before.end, sentences[headline.sentence].start).includes('\n\n') || !VISIT_TOLD.test(text.slice(before.start, before.end))) return;
  const days = dates.filter((x) => x.start >= before.start && x.end <= before.end);
  const iso = days.length === 1 ? resolveDate(days[0].text, days[0].iso, release) : null;
  if (iso && iso.length === 10 && iso <= release) headline.date = days[0];
}
