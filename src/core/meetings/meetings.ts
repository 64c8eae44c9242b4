// Meetings a text reports: the headline one (the first sentence that names officials and says how they met),
// and past events it refers to (a visit in November 2022, a joint exercise in December 2021).
import { lexicon } from '../lexicon';
import { firstStartingAt } from '../spans';
import type { TriggerHit } from '../recognition/localTypes';
import type { Entity, Meeting, MeetingKind, Participant, ParticipantRole, Person } from '../types';

export interface MeetingInput {
  text: string;
  sentences: { start: number; end: number; paragraph: number }[];
  triggers: TriggerHit[];
  officials: Entity[];
  persons: Person[];
  dates: { start: number; end: number; text: string; iso: string | null }[];
  places: { start: number; end: number; country: string; capital: boolean }[];
}

/** Which kind wins when a sentence names several ("received ... on a visit" is a reception). */
const PRIORITY = ['phone talk', 'video conference', 'interview', 'reception', 'talks', 'meeting', 'visit', 'exchange', 'exercise'];
const TWO_PARTY = new Set(['phone talk', 'video conference', 'reception', 'talks', 'meeting']);
/** Kinds a later sentence may report as a past event. */
const REFERABLE = new Set(['visit', 'exercise', 'talks', 'meeting', 'exchange', 'phone talk', 'reception']);

export function extractMeetings(input: MeetingInput): Meeting[] {
  const { sentences } = input;
  const lex = lexicon();
  const inRange = within;
  const personById = new Map(input.persons.map((p) => [p.id, p] as const));

  const meetings: Meeting[] = [];
  let headline: Meeting | null = null;
  let headlineIds = new Set<string>();
  const headlineLimit = Math.min(sentences.length, 8);
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const trig = best(inRange(input.triggers, sent));
    if (!trig) continue;
    const officials = inRange(input.officials, sent);
    if (!headline && s < headlineLimit && officials.length > 0) {
      let span = { start: sent.start, end: sent.end };
      let people = officials;
      // "X received Y." may name the second party in the next sentence of the same paragraph.
      if (TWO_PARTY.has(trig.kind) && distinct(people).length < 2) {
        const next = sentences[s + 1];
        if (next && next.paragraph === sent.paragraph) {
          const more = inRange(input.officials, next);
          if (distinct(more.concat(people)).length > distinct(people).length) { people = people.concat(more); span = { start: sent.start, end: next.end }; }
        }
      }
      headline = build(input, trig, span, people, personById, false, lex.guestFirst);
      fromDateline(input, headline);
      headlineIds = new Set(headline.participants.map((p) => p.id));
      meetings.push(headline);
      continue;
    }
    // A headline naming one party ("Secretary X receives courtesy call from US Ambassador") is told in full by the lead.
    if (headline && s < headlineLimit && headline.participants.length < 2 && TWO_PARTY.has(headline.kind) &&
        trig.kind === headline.kind && distinct(officials).length >= 2 && !headline.referenced) {
      const full = build(input, trig, sent, officials, personById, false, lex.guestFirst);
      full.date ??= headline.date;
      full.isoDate ??= headline.isoDate;
      full.place ??= headline.place;
      meetings[meetings.indexOf(headline)] = full;
      headline = full;
      headlineIds = new Set(full.participants.map((p) => p.id));
      continue;
    }
    if (!headline || !REFERABLE.has(trig.kind)) continue;
    if (isContinuation(input.text, sent)) continue;
    const dates = inRange(input.dates, sent);
    const newcomers = distinct(officials).filter((id) => !headlineIds.has(id));
    const newDate = dates.length > 0 && dates[0].text !== headline.date;
    const sameParty = distinct(officials).length > 0 && newcomers.length === 0;
    // The headline restated with its date: the date belongs to the headline.
    if (sameParty && newDate && headline.date === null && trig.kind === headline.kind) {
      headline.date = dates[0].text;
      headline.isoDate = dates[0].iso;
      continue;
    }
    // The lead restating the headline may say where it took place.
    if (sameParty && !newDate && trig.kind === headline.kind && headline.place === null) {
      headline.place = build(input, trig, sent, officials, personById, false, lex.guestFirst).place;
      continue;
    }
    // "X also joined the meeting": more participants of the headline meeting.
    if (newcomers.length > 0 && /\bthe\s+$/.test(input.text.slice(Math.max(sent.start, trig.start - 5), trig.start)) && !newDate) {
      const extra = build(input, trig, sent, officials.filter((o) => newcomers.includes(o.id!)), personById, false, lex.guestFirst);
      for (const p of extra.participants) headline.participants.push({ ...p, role: 'participant' });
      headlineIds = new Set(headline.participants.map((p) => p.id));
      continue;
    }
    if (newcomers.length === 0 && !newDate) continue;
    meetings.push(build(input, trig, sent, officials, personById, true, lex.guestFirst));
  }
  return meetings;
}

const DATELINE_CHARS = 400;
const DATELINE_LEAD = 40;

/**
 * A release says when and where once, in its dateline or first lines ("MOSCOW, 14.03.2023 –"), and its
 * headline sentence then says neither: take them from the text before the headline, in its first paragraphs.
 */
function fromDateline(input: MeetingInput, headline: Meeting): void {
  // The top of the text: before the headline sentence, or its first lines when the headline is the title.
  const limit = Math.max(headline.start, DATELINE_CHARS);
  // A dateline's date opens its line ("14.03.2023 (16:20)", "Jakarta, 15 January 2024 –"); a date deep in
  // a sentence of the top ("relations since February 26, 1973") is about something else.
  const opensItsSentence = (x: { start: number }) => {
    const s = input.sentences[firstStartingAt(input.sentences, x.start + 1) - 1];
    return s !== undefined && x.start - s.start <= DATELINE_LEAD;
  };
  if (headline.date === null) {
    const d = input.dates.find((x) => x.start < limit && opensItsSentence(x));
    if (d) {
      headline.date = d.text;
      headline.isoDate = d.iso;
    }
  }
  const dateline = input.places.find((p) => p.start < limit && p.capital);
  headline.place ??= dateline ? input.text.slice(dateline.start, dateline.end) : null;
  // "on Wednesday", "yesterday", "Nov. 6": a full date in the dateline gives them their day.
  if (headline.date !== null && headline.isoDate === null) {
    const release = input.dates.find((x) => x.start < limit && x.iso !== null && x.iso.length === 10 && opensItsSentence(x));
    if (release) headline.isoDate = relativeTo(release.iso!, headline.date);
  }
}

/** The ISO day a weekday, "yesterday" or a day without its year stands for, in a release dated `iso`. */
function relativeTo(iso: string, written: string): string | null {
  const lex = lexicon();
  const release = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(release.getTime())) return null;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const offset = lex.relativeDays.get(written.toLowerCase());
  if (offset !== undefined) return day(new Date(release.getTime() + offset * 86_400_000));
  const weekday = lex.weekdays.get(written);
  if (weekday !== undefined) {
    // The latest such weekday on or before the release: releases report what has happened.
    const back = (release.getUTCDay() - weekday + 7) % 7;
    return day(new Date(release.getTime() - back * 86_400_000));
  }
  // "Nov. 6" in a release of 2022-11-07: the release's year (the year before, for a later month).
  const m = /^([A-Z][a-z]{2,8})\.? (\d{1,2})$/.exec(written);
  const month = m ? lex.months.get(m[1]) : undefined;
  if (!m || !month) return null;
  const year = release.getUTCFullYear() - (month > release.getUTCMonth() + 1 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

function best(triggers: TriggerHit[]): TriggerHit | undefined {
  let top: TriggerHit | undefined;
  for (const t of triggers) {
    if (!top || PRIORITY.indexOf(t.kind) < PRIORITY.indexOf(top.kind)) top = t;
  }
  return top;
}

function distinct(officials: readonly Entity[]): string[] {
  return [...new Set(officials.map((o) => o.id!))];
}

function isContinuation(text: string, sent: { start: number; end: number }): boolean {
  const head = text.slice(sent.start, Math.min(sent.end, sent.start + 40)).toLowerCase();
  return /^(at|during) (the|this) (meeting|reception|talks?|working session|phone talk|call)\b/.test(head) || head.startsWith('on the occasion');
}

function build(
  input: MeetingInput, trig: TriggerHit, span: { start: number; end: number }, officials: readonly Entity[],
  personById: Map<string, Person>, referenced: boolean, guestFirst: Set<string>,
): Meeting {
  const inSpan = <T extends { start: number; end: number }>(list: readonly T[]) => within(list, span);
  // A date in parentheses ("(August 1, 1927 - 2022)") belongs to what precedes it, not to the meeting.
  const dates = inSpan(input.dates).filter((d) => !insideParentheses(input.text, span.start, d.start));
  // "BEIJING, July 18 -- ... met ... on Wednesday": the dateline opening the sentence is the release's day.
  const date = (dates.length > 1 && dates[0].start - span.start <= DATELINE_LEAD ? dates[1] : dates[0]) ?? null;
  // The place: a capital named in the sentence, else a country after "in"/"to".
  const places = inSpan(input.places);
  const place = places.find((p) => p.capital) ??
    places.find((p) => (trig.kind === 'visit' ? /\b(in|to|at)\s+(the\s+)?$/ : /\b(in|at)\s+(the\s+)?$/).test(input.text.slice(Math.max(span.start, p.start - 8), p.start))) ?? null;
  const seen = new Set<string>();
  const participants: Participant[] = [];
  for (const o of officials) {
    if (seen.has(o.id!)) continue;
    seen.add(o.id!);
    const p = personById.get(o.id!);
    const before = o.start < trig.start;
    participants.push({
      id: o.id!,
      name: p?.name ?? o.text,
      rank: p?.rank ?? null,
      position: p?.position ?? null,
      organization: p?.organization ?? null,
      country: p?.country ?? null,
      role: roleOf(trig, before, guestFirst),
      side: p?.country ?? null,
    });
  }
  return {
    kind: KIND[trig.kind] ?? 'talks',
    wording: trig.phrase,
    headline: !referenced,
    date: date?.text ?? null,
    isoDate: date?.iso ?? null,
    place: place ? input.text.slice(place.start, place.end) : null,
    referenced,
    participants,
    start: span.start,
    end: span.end,
  };
}

const KIND: Record<string, MeetingKind> = { 'phone talk': 'phone call', 'video conference': 'video call', reception: 'reception', talks: 'talks', meeting: 'talks', visit: 'visit', interview: 'interview' };

function roleOf(trig: TriggerHit, before: boolean, guestFirst: Set<string>): ParticipantRole {
  switch (trig.kind) {
    case 'reception':
      if (guestFirst.has(trig.phrase)) return before ? 'guest' : 'host';
      return before ? 'host' : 'guest';
    case 'interview':
      return 'interviewee';
    case 'visit':
      return 'guest';
    case 'phone talk':
    case 'video conference':
      return before ? 'caller' : 'participant';
    default:
      return 'participant';
  }
}

function insideParentheses(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Items of a start-sorted list lying inside a span: binary search, so that many sentences stay linear overall. */
function within<T extends { start: number; end: number }>(list: readonly T[], span: { start: number; end: number }): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(list, span.start); i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(list[i]);
  return out;
}
