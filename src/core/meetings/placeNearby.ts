// Where a headline meeting its own words leave unplaced was held, as the next sentences tell of it: "During a meeting
// in the Qatari capital of Doha, X underlined ...", "The meeting at the ATMIS headquarters in the capital Mogadishu
// focused on ...", "This meeting was held on Saturday at Doha".
import type { Entity } from '../types';
import { spanHolding, within } from '../spans';
import { namesAnotherOfficial } from './dayNearby';
import type { PlaceHit } from './mentions';
import type { MeetingDraft } from './meetings';

/** The meeting itself, named before where it was: "the meeting", "their talks", "during a meeting", "consultations". */
const THE_MEETINGS = /\b(?:the|this|their|a|during (?:the|a|their))\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|discussions?|consultations|session|courtesy call)\b/gi;
/** Between the meeting's noun and a city: its verb, its day and its venue, no other sentence or clause of another time. */
const UP_TO_CITY = /^[^.;,()]{0,100}?\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:of\s+)?$/u;
/** Where one lives or is posted, not where one met: "(with residence in Ankara)", "the embassy in". */
const POSTED = /\b(?:residence|resident|residing|based|embassy|mission|stationed|posted|accredited|headquartered)\s+(?:in|at)\s+(?:the\s+)?$/i;
const ANOTHER_TIME = /\b(?:1[89]|20)\d\d\b|\b(?:previous|last|earlier|past|former|next|upcoming|forthcoming|coming|recent|recently|will|would|planned|scheduled|expected|to be held)\b|\b\d+(?:st|nd|rd|th)\b/i;
/** Right after the city, a year: "was held in Hanoi city of Vietnam in 2016". */
const YEAR_AFTER = /^[^.;]{0,40}\b(?:1[89]|20)\d\d\b/;
/** How many sentences after the headline's last may place it. */
const SENTENCES_AFTER = 3;

/** Places an unplaced headline draft (not a call) in the one city its sentences, and the three after, hold it in; in place. */
export function placeToldNearby(text: string, drafts: MeetingDraft[], places: readonly PlaceHit[], sentences: readonly { start: number; end: number }[],
  officials: readonly Entity[]): void {
  const headline = drafts.find((d) => d.headline);
  if (!headline || headline.place || headline.kind === 'phone call' || headline.kind === 'video call') return;
  if (headline.here) {
    headline.place = partyIsIn(text, headline, places, sentences, officials);
    return;
  }
  const from = sentences[headline.sentence]?.start ?? headline.start;
  const to = sentences[Math.min(sentences.length - 1, headline.lastSentence + SENTENCES_AFTER)]?.end ?? headline.end;
  const parties = new Set(headline.parties.map((x) => x.id));
  const found = new Map<string, PlaceHit>();
  for (const p of places) {
    if (!p.capital || p.start < from || p.start >= to) continue;
    const s = spanHolding(sentences, p.start);
    if (!s) continue;
    const before = text.slice(s.start, p.start);
    // (The last naming of the meeting before the city, then only its verb, day or venue up to "in"/"at".)
    let at = -1;
    for (const m of before.matchAll(THE_MEETINGS)) at = m.index! + m[0].length;
    if (at < 0 || !UP_TO_CITY.test(before.slice(at)) || POSTED.test(before) || ANOTHER_TIME.test(before) || YEAR_AFTER.test(text.slice(p.end, s.end))) continue;
    // (Not another meeting, with one the headline does not have: "the meeting he had with Director X in Warsaw".)
    if (namesAnotherOfficial(officials, s.start + at, p.start, parties)) continue;
    found.set(p.name ?? text.slice(p.start, p.end), p);
  }
  if (found.size === 1) headline.place = [...found.values()][0];
  else if (found.size === 0) headline.place = visitToldNearby(text, headline, places, sentences, officials);
}

/** "following the final day of his two-day visit to Beijing": one's own visit, right before the city. */
const OWN_VISIT_TO = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}visit\s+to\s+(?:the\s+)?$/u;

/** Where a party's visit went, told in the headline's sentences or the three after, by his own "visit to" a city. */
function visitToldNearby(text: string, headline: MeetingDraft, places: readonly PlaceHit[], sentences: readonly { start: number; end: number }[], officials: readonly Entity[]): PlaceHit | null {
  const parties = new Set(headline.parties.map((x) => x.id));
  const to = Math.min(sentences.length - 1, headline.lastSentence + SENTENCES_AFTER);
  const found = new Map<string, PlaceHit>();
  for (let k = headline.sentence; k <= to; k++) {
    const s = sentences[k];
    for (const p of within(places, s)) {
      const visit = p.capital ? OWN_VISIT_TO.exec(text.slice(s.start, p.start)) : null;
      // (Not another time's: "his last visit to Beijing", "her visit to Paris in 2019", "his visit to New York for the
      // General Assembly later this month".)
      const after = text.slice(p.end, s.end);
      const clause = after.split(/[,;]/)[0];
      if (!visit || ANOTHER_TIME.test(visit[0]) || YEAR_AFTER.test(after) || ANOTHER_TIME.test(clause) || /\blater\b/.test(clause)) continue;
      if (partiesOnlyBefore(officials, s.start, p.start, parties)) found.set(p.name ?? text.slice(p.start, p.end), p);
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** "The minister is in Geneva to participate in ...": a sentence opening on a party, the office or the pronoun that stands for one. */
const IS_IN = /^\s*(?:(?:The|the)\s+(?:[\p{Ll}-]+\s+){1,2}|(?:He|She)\s+|\p{Lu}[\p{L}.'’ -]{0,60}?\s+)(?:is|was)\s+(?:currently\s+|now\s+)?in\s+$/u;

/** Where a meeting held "here" was, with no dateline to say it: the city the next sentences have one of its parties in. */
function partyIsIn(text: string, headline: MeetingDraft, places: readonly PlaceHit[], sentences: readonly { start: number; end: number }[], officials: readonly Entity[]): PlaceHit | null {
  const parties = new Set(headline.parties.map((x) => x.id));
  const to = Math.min(sentences.length - 1, headline.lastSentence + SENTENCES_AFTER);
  for (let k = headline.sentence + 1; k <= to; k++) {
    const s = sentences[k];
    for (const p of within(places, s)) {
      if (!p.capital || !IS_IN.test(text.slice(s.start, p.start))) continue;
      // ("The minister", "He".)
      if (partiesOnlyBefore(officials, s.start, p.start, parties)) return p;
    }
  }
  return null;
}

/** Whether everyone named from `from` up to the place at `to` is a party of the meeting (or no one is named). */
function partiesOnlyBefore(officials: readonly Entity[], from: number, to: number, parties: ReadonlySet<string>): boolean {
  return within(officials, { start: from, end: to }).every((o) => parties.has(o.id ?? ''));
}
