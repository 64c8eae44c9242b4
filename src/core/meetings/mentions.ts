// One sentence's report of a meeting: which word reports it, its kind, who stands on which side of that word
// (so who hosts and who is received, who called whom), and the date and place the clause gives.
import { lexicon, type Voice } from '../lexicon';
import { STILL_TO_COME } from './visitPlace';
import type { MeetingPhraseSets } from './phrases';
import { countryOfPlace, placeRank, TOPIC_IN } from './document';
import { bodyIn, ENVOY } from '../resolution/countries';
import { COMPASS_PARTS } from '../recognition/offices';
import { countryName } from '../resolution/countryNames';
import type { TriggerHit } from '../recognition/localTypes';
import { firstStartingAt, insideParentheses, within } from '../spans';
import type { Entity, MeetingKind, ParticipantRole, Person } from '../types';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export interface DateHit {
  start: number;
  end: number;
  text: string;
  iso: string | null;
}

export interface PlaceHit {
  start: number;
  end: number;
  country: string;
  capital: boolean;
  /** The city the words stand for ("the Finnish capital": Helsinki), when not the words themselves. */
  name?: string;
}

export interface Party {
  id: string;
  role: ParticipantRole;
  start: number;
  /** Before the meeting word or after it ("X and Y welcomed Z and W"): the two sides of a verb with an object. */
  side?: 'subject' | 'object';
}

export interface Mention {
  sentence: number;
  /** The sentence (or, for a clause split off, the clause) that reports it. */
  start: number;
  end: number;
  kind: MeetingKind;
  /** "hosted", "welcomed" alone: a reception unless the text calls it talks. */
  weak: boolean;
  wording: string;
  parties: Party[];
  date: DateHit | null;
  /** "later that day", "the same day": the day of the meeting reported before. */
  sameDay: boolean;
  place: PlaceHit | null;
  /** "here": the dateline's city. */
  here: boolean;
  /** The party who asked for a call ("at the request of X"), or the adjective of its side ("the Chinese side"). */
  requester: { id: string } | { side: string } | { opposite: true } | null;
  /** Past-tense markers ("earlier", "last month", "then-"): an event the text refers back to. */
  past: boolean;
  /** "The day before", "The next day": a day before or after the meeting told just before it. */
  dayShift?: number;
  /** "At the meeting, X said": a sentence about a meeting already reported, not a report of one. */
  continuation: boolean;
  /** Where the word placing the parties starts: parties before it are the subject. */
  firstVerb?: number;
  /** One of several meetings a sentence tells apart ("met separately with A and B"): never a restatement. */
  separate?: boolean;
  /** Its subject is the meeting itself ("The conference was hosted by X"): X joins the meeting just told. */
  namesMeeting?: boolean;
  /** Held at an event ("on the sidelines of", "visiting Laos to attend"): its place may be neither side's country. */
  atEvent?: boolean;
  /** "received the credentials ... at a virtual ceremony": a reception held by video, told as a video call. */
  online?: boolean;
}

export interface MentionInput {
  text: string;
  /** The phrase lists of the lexicon, compiled. */
  phrases: MeetingPhraseSets;
  sentences: readonly Sentence[];
  triggers: readonly TriggerHit[];
  officials: readonly Entity[];
  persons: ReadonlyMap<string, Person>;
  dates: readonly DateHit[];
  places: readonly PlaceHit[];
  /** Offices recognized in the text, so that "Ambassador to Malaysia" is not where a meeting took place. */
  positions: readonly { start: number; end: number }[];
  /**
   * Meetings told as to come are read as meetings: the second reading of a text that reports none held (a release
   * announcing "X will meet Y on Monday").
   */
  planned?: boolean;
}

/** Right after a visit's word: those one travels with, his own ("made the trip with his Minister of Defense"). */
const TRAVELS_WITH_OWN = /^\s+with\s+(?:his|her|their)\s/;
/** Kinds by strength when a sentence names several: a call told as such is a call, whatever else it says. */
const RANK: Record<MeetingKind, number> = { 'phone call': 0, 'video call': 0, interview: 1, reception: 2, talks: 3, multilateral: 3, visit: 5 };
/** "during a meeting", "for a meeting", "at a working meeting": the occasion of a welcome, before its noun. */
const WELCOME_DURING = /\b(?:during|at|in|for)\s+(?:a|the)\s+(?:(?!of\s)[\p{Ll}-]+\s+){0,2}$/u;
const WEAK_RECEPTION = new Set(['hosted', 'hosts', 'hosting', 'host', 'welcomed', 'welcomes', 'welcoming', 'welcome', 'greeted', 'greets']);
/** After "welcomed": a guest named, then the place he is welcomed to. */
const WELCOMED_TO = /^\s+(?:the\s+)?\p{Lu}[^.;,]{0,80}?\s+to\s+(?:the\s+)?\p{Lu}\p{L}+/u;
/**
 * "hosted Y for talks", "hosted Y at the Pentagon for a bilateral meeting": whom one hosted, then the talks he came for.
 * (Read within the sentence, whose full stops are abbreviations' only: "hosted ... H.E. Dr. Y, for talks".)
 */
const HOSTED_FOR = /^[^;]{1,100}?\bfor\s+(?:(?:bilateral|official|high-level|formal|further|crucial|wide-ranging)\s+)?(?:talks|discussions|consultations|a\s+(?:bilateral\s+)?meeting|meetings|a\s+series\s+of\s+meetings|a\s+working\s+meeting)\b/;
/** "hosted visiting Gen Y": the guest told as visiting is received, whatever talks follow. */
const HOSTED_VISITING = /^\s+(?:the\s+)?visiting\b/;
/** "delegation included", "team comprised": a roll, whose names follow it. */
const ROLL_PHRASE = /\b(?:includ\w*|comprised|consisted of|composed of)$/;
/**
 * Before the one reporting: "..., said", "according to", "citing" (an office may stand between: "said U.S.
 * undersecretary", "citing Russian presidential spokesman").
 */
const SAID_BY = /(?:,|\band)\s+(?:said|says|according to|citing|quoting)\s+(?:(?:the\s+)?[\p{L}.’'-]+\s+){0,5}$/u;
/** Whether the official mention `o` is named as the one reporting (`SAID_BY` in the words before it, from `from` on). */
export function namedAsReporter(text: string, o: { start: number }, from: number): boolean {
  return SAID_BY.test(text.slice(Math.max(from, o.start - 60), o.start));
}
// (After a comma only when no speaker follows: "X, said a spokesman" has the spokesman say it, not X.)
const REPORTING = /^\s*(?:said|says|told|stated|noted|added|announced|explained|wrote)\b|^\s*,\s*(?:said|says|told|stated|noted|added|announced|explained|wrote)\b(?!\s+(?:a|an|the|his|her|its|their|\p{Lu}))/u;
const VISITED_WHERE = /\bvisit(?:ed|s)\b[^;]{0,80}?,?\s+where\s+(?:he|she|they)\s+(?:also\s+)?$/;
// (And a media aide's: "Senior Special Assistant to the President on Social Media", "Special Adviser on Media and Publicity".)
export const SPOKESPERSON = /spokes(?:person|man|woman)|press secretary|press officer|public affairs|\bon (?:social )?media\b|\bmedia and publicity\b|\bpublic relations\b/i;
/** Where a clause ends after a meeting word: what follows is about the meeting, not more parties to it. */
// (Not at the colon of a date, "Nov: (16)", here or in CLAUSE_START.)
const CLAUSE_END = /;|(?<!\b(?:Excellencies|following|namely)):\s(?!\(\d)| (?:was|is) a follow-up\b|, (?:where|which|during which|in which|while|whereby|pledging|vowing|agreeing|according to)\b| (?:and|to) (?:discuss|discussed|agreed|exchanged|reviewed|reaffirmed|signed|stressed|underlined|emphasi[sz]ed|affirmed|expressed)\b|,? (?:said|told|stated|noted|added) | before (?:the|a|an|being)\b| after (?:the|a|an|which)\b(?! (?:bilateral )?(?:meeting|meetings|talks|negotiations|consultations)\b)| following the (?:inauguration|swearing-in|investiture|funeral|coronation|enthronement)\b| to (?:accompany|attend|participate|take part|join|sign|thank|congratulate|commend|appreciate|solicit|seek|brief|present)\b|,? ahead of |,? prior to | (?:after|since|when|(?<!well )as(?! well as (?:with )?(?:the |his |her |its )?[A-Z])|because|although|though|until|unless) (?!(?:the |their |bilateral |the bilateral |their bilateral )?(?:meeting|meetings|talks|negotiations|consultations)\b)(?!(?:his|her|their) (?:appointment|election|re-election|inauguration)\b)(?!(?:taking|assuming|entering) (?:office|power)\b)|,? but (?:could|did|was|were|would|has|had) not\b|,? but (?:failed|was unable|were unable)\b/g;
// (" since 2011 when then-foreign minister X visited for talks": a clause of its own, whose parties are its own.)
const CLAUSE_START = /;|:\s(?!\(\d)| [–—-]{1,2} | ahead of | prior to |\d{4},? when |, even as |, whereas /g;
const SAME_DAY = /\b(?:later (?:that|the same) day|later in the day|the same day|earlier (?:that|in the|on the same) day|earlier the same day|same day)\b|^\s*(?:Earlier|Later)\s*,|^\s*(?:Prior to|Before|Ahead of) (?:this|that|the) (?:meeting|talks)\s*,|^\s*(?:Then|Finally|Afterwards|Thereafter),?\s+(?=[^.]*\balso\b)|^\s*(?:In|Later in) the (?:afternoon|evening)\b|^\s*That (?:afternoon|evening)\b|^\s*(?:(?:A few|Several|Some|Two|Three)\s+)?(?:[Hh]ours|[Mm]inutes)\s+(?:earlier|later|before|after)\b/i;
const PAST = /\b(?:earlier|previously|last (?:year|month|week)|then-|former|in the past|since|recall(?:ed|ing|s) (?:his|her|their) (?:\w+ )?(?:visit|trip)|had (?:(?:also|earlier|already|recently|just)\s+)?(?:met|held|visited|paid|called|received|hosted|spoken|talked|returned))\b/i;
// ("Prior to this meeting, they held a meeting with X": another meeting of the same occasion.)
// ("Then X also met Y", "Finally, X also met Z", "In the afternoon, X met Y": the day's next meeting.)
const sameDayIn = (t: string) => /day|earlier|later|prior|before|ahead|then|finally|afterwards|thereafter|afternoon|evening/i.test(t) && SAME_DAY.test(t);
/** The first sentence of the paragraph of sentence `s`. */
export function paragraphOpening(sentences: readonly Sentence[], s: number): number {
  let first = s;
  while (first > 0 && sentences[first - 1].paragraph === sentences[s].paragraph) first--;
  return first;
}
/** "Earlier in the day, he laid a wreath. He also called on X": a paragraph opened by the cue is that day throughout. */
function paragraphOpensSameDay(input: MentionInput, s: number): boolean {
  const first = paragraphOpening(input.sentences, s);
  if (first === s) return false;
  const open = input.text.slice(input.sentences[first].start, input.sentences[first].end);
  return /^\s*(?:Earlier|Later)\b/i.test(open) && sameDayIn(open);
}
/** Before a place, a journey still ahead: "upcoming trip to", "will move on to", "will be leaving ... for". */
const TRIP_AHEAD = /\b(?:(?:upcoming|forthcoming|planned|future)\s+(?:\p{L}+\s+)?(?:trip|visit|travel|tour|journey)\s+to|will\s+(?:then\s+|also\s+)?(?:move\s+on|travel|go|head|fly|proceed|be\s+(?:travell?ing|going|heading|flying))\s+(?:on\s+)?to|will\s+(?:be\s+)?leav(?:e|ing)\s+(?:[\p{L}\d]+\s+){0,3}for)\s+(?:the\s+)?$/u;
/** ", the two top diplomats also discussed", ", they agreed": a plural subject right after an opening phrase. */
const PLURAL_AFTER = /^\s*,\s+(?:the two(?:\s+[\p{Ll}-]+){0,3}|they|both(?:\s+(?:sides|ministers|leaders))?)\s+(?:also\s+)?\p{Ll}+ed\b/u;
/** "The two naval chiefs met", "Both ministers held talks": the subject is the parties just named. */
const PLURAL_SUBJECT = /^\s*(?:[A-Z][\w,]*\s+){0,2}(?:the two|both|they|the ministers|the leaders|the chiefs|the sides|the two sides|the (?:[\w-]+\s+)?(?:presidents|prime ministers|ministers|leaders|heads of state) of (?:the\s+)?(?:two|both) (?:countries|nations|states))\b(?:\s+[\w-]+){0,3}\s*,?\s*$/i;
/** "He also visited the Indian Embassy in Washington and interacted with X": the pronoun's verb goes on with another. */
// ("Earlier, he inspected a guard of honour and called on X": after a word of time opening the sentence too.)
const PRONOUN_GOES_ON = /^\s*(?:(?:Earlier|Later|Then|Afterwards|Subsequently|Meanwhile)(?:\s+(?:in|on|that|the|same|this|day|morning|afternoon|evening)){0,3},?\s+)?(?:he|she)\s+(?:(?:also|then|later|subsequently)\s+)?\w+ed\b[^,;]{0,120}?\s+and\s+(?:(?:also|then|later)\s+)?$/i;
/** A short phrase of time opening a sentence before its subject: "During the visit,", "Upon arrival,". */
const OPENING_PHRASE = String.raw`(?:During|At|In|On|Upon|After|Following)\s+(?:(?:the|his|her|this|that)\s+)?(?:[\w-]+\s+){0,5}?[\w-]+`;
/** "During the trip, they met with X": the plural after an opening phrase of time is the parties just named. */
const THEY_AFTER_OPENING = new RegExp(String.raw`^\s*${OPENING_PHRASE},\s+they(?:\s+(?:also|then|later|jointly))?\s*$`);
/** "He also called on X", "Later, she met": the subject is the official just named. */
// ("During the visit, he met ...", "Yesterday morning, on the sidelines of the conference, the foreign minister had":
// a short phrase of time may open the sentence.)
// ("I received X" in a post the text quotes: its author, the one named before.)
// ("On Monday he will meet with Y": or a meeting to come, read as one only where the text reports none held.)
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s*(?:(?:Yesterday|Today|Tonight)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:(?:[A-Z][\w]*|(?:Later|Earlier)(?:\s+(?:in|on|that|the|same|this|day|morning|afternoon|evening)){1,3}|${OPENING_PHRASE}),?\s+)?(?:he|she|I|(?:his|her)\s+excellency|the\s+(?:[\w-]+\s+)?(?:diplomat|minister|official|envoy|leader|president|secretary|delegation))(?:\s+(?:has|had))?(?:\s+(?:also|then|later|subsequently|separately|further|additionally))?(?:\s+(?:will|is\s+(?:due|set|scheduled|expected)\s+to)(?:\s+(?:also|then|later))?)?\s*$`, 'i');
/** Those named before who serve the nation of "the Colombian delegation (was)" closing `head`. */
function nationLed(head: string, previous: readonly string[], input: MentionInput): string[] {
  const nation = countryName(NATION_DELEGATION.exec(head)?.[1] ?? '');
  return nation ? previous.filter((id) => input.persons.get(id)?.country === nation) : [];
}
/** What may close a clause whose subject is a delegation: "delegation was also", "delegation has been". */
const DELEGATION_AS_SUBJECT = String.raw`delegation\s+(?:(?:was|were|has\s+been|had\s+been)(?:\s+(?:also|then|later|\w+ly))?\s*)?$`;
/**
 * "The delegation was", "the 16 member delegation", "The head of the NDU delegation": a delegation without nation, or
 * its head, as a clause's subject.
 */
const THE_DELEGATION = new RegExp(String.raw`^\s*(?:[^,]*,\s*)?(?:the)\s+(?:(?:head|leader|chief)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?)?(?:visiting\s+|\d+[\s-]member\s+|[\w-]+-member\s+)?` + DELEGATION_AS_SUBJECT, 'iu');
/** "delegation ... led by", "under the leadership of": where the one leading a delegation is named next. */
const LEADS_DELEGATION = /\bdelegation\b[^.;]{0,200}?\b(?:(?:led|headed)\s+by|under\s+the\s+leadership\s+of)\s+/gu;
/** How many sentences back a delegation's leader may be named. */
const LEADER_SENTENCES = 6;

/** Where the names after each "led by" of a delegation in sentence `k` start, in text order. */
function ledFrom(input: MentionInput, k: number): number[] {
  const sent = input.sentences[k];
  return [...input.text.slice(sent.start, sent.end).matchAll(LEADS_DELEGATION)].map((m) => sent.start + m.index! + m[0].length);
}

/** The one named, in the sentences before sentence `s`, as leading a delegation (the nearest), or null. */
function delegationLeaderBefore(input: MentionInput, s: number): string | null {
  for (let k = s - 1; k >= 0 && k >= s - LEADER_SENTENCES; k--) {
    for (const from of ledFrom(input, k)) {
      const first = within(input.officials, { start: from, end: Math.min(input.sentences[k].end, from + 120) })[0];
      if (first) return first.id!;
    }
  }
  return null;
}
/** After a verb of receiving, a delegation told by its nation alone: "the high level Eritrean delegation". */
const NATION_DELEGATION_MET = /^\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}[\p{L}-]+)\s+delegation\b(?!\s+(?:led|headed|of|from|comprising|including)\b)/u;

/**
 * Those of `nation` (or of no country yet) named where a delegation and its leader were told, a few sentences before
 * `s`: from "led by" on, up to `s` ("led by the foreign minister, Mr. X and is accompanied by presidential adviser,
 * Mr. Y").
 */
function delegationBefore(input: MentionInput, s: number, nation: string): string[] {
  const until = input.sentences[s].start;
  for (let k = s - 1; k >= 0 && k >= s - LEADER_SENTENCES; k--) {
    const from = ledFrom(input, k).pop();
    if (from === undefined) continue;
    const ids = [...new Set(within(input.officials, { start: from, end: Math.min(until, from + DELEGATION_CHARS) }).map((o) => o.id!).filter((id) => (input.persons.get(id)?.country ?? nation) === nation))];
    if (ids.length > 0) return ids;
  }
  return [];
}
/** How far after "led by" a delegation's members may be named. */
const DELEGATION_CHARS = 200;
/** "the Colombian delegation was": a delegation told by its nation as a clause's subject. */
const NATION_DELEGATION = new RegExp(String.raw`^\s*(?:[^,]*,\s*)?(?:the|a)\s+(\p{Lu}[\p{L}-]+)\s+` + DELEGATION_AS_SUBJECT, 'iu');
const RELATIVE_ASIDE = /,\s*who\s[^,;]{1,80},\s*/;
/** "The senior Czech commander also", "The Colombian general was", "The visiting General": an official described. */
const DESCRIBED_SUBJECT = /^\s*(?:[^,]*,\s*)?[Tt]he\s+((?:[\w-]+\s+){1,2}?)(general|admiral|commander|chief|officer|marshal|guest|ambassador|envoy|minister|diplomat|official|dignitary|monarch|king|queen|president|premier|sultan|emir)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:also|then|later|subsequently|separately|\w+ly)\s+)?$/iu;
/** "..., the foreign minister and Canadian High Commissioner to Pakistan ": an office in lower case, then "and" and the
 * next one's office in capitals. */
const DESCRIBED_AND = /(?:^|[,.]\s*)\s*[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}(?:minister|president|premier|secretary|ambassador|governor|chairman|commander|speaker))\s+and\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|to|for|the)\s+){0,8}$/u;
/** The offices a head of state's noun stands for: "the British monarch" is the King. */
const HEAD_NOUNS: Record<string, RegExp> = { monarch: /^(?:King|Queen|Sultan|Emir|Amir)$/i, king: /^King$/i, queen: /^Queen$/i, president: /^President$/i, premier: /^(?:Premier|Prime Minister)$/i, sultan: /^Sultan$/i, emir: /^(?:Emir|Amir)$/i };

/**
 * The one of those named before whom a subject describes without naming (`head`, the text before the verb): by nation
 * ("The senior Czech commander"), or as the visitor ("The visiting General"); null if none or several.
 */
function describedSubject(input: MentionInput, head: string, previous: readonly string[], visitor: string | null | undefined): string | null {
  // ("Earlier on arrival, the COAS was received by X", "The Caretaker PM also received": the short form of the office
  // of one named before, his standing before it.)
  const short = ACRONYM_SUBJECT.exec(head)?.[1];
  if (short) {
    const of = previous.filter((id) => officeInitials(input.persons.get(id)?.position ?? null).includes(short));
    return of.length === 1 ? of[0] : null;
  }
  // ("The Czech official, who arrived in Moldova on Sunday, also met": the relative clause aside.)
  const described = DESCRIBED_SUBJECT.exec(head.replace(RELATIVE_ASIDE, ' '));
  const words = described?.[1];
  if (words === undefined) return null;
  // ("The British monarch met the leaders": a head of state by his office, the one of the meeting before who holds it.)
  const held = HEAD_NOUNS[described![2].toLowerCase()];
  if (held) {
    const of = previous.filter((id) => held.test(input.persons.get(id)?.position ?? ''));
    return of.length === 1 ? of[0] : null;
  }
  for (const w of words.trim().split(/\s+/)) {
    const nation = countryName(w);
    if (nation) {
      const of = previous.filter((id) => input.persons.get(id)?.country === nation);
      return of.length === 1 ? of[0] : null;
    }
  }
  // ("Rear Admiral X, Flag Officer Commanding Western Fleet, visited ... The Fleet Commander called on Y": the words
  // before the office's noun, found in the office or body of one named before.)
  const told = words.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (told.length > 0 && told.length === words.trim().split(/\s+/).length) {
    const of = previous.filter((id) => {
      const p = input.persons.get(id);
      const held = `${p?.position ?? ''} ${p?.organization ?? ''}`.split(/\s+/);
      return told.every((w) => held.includes(w));
    });
    if (of.length === 1) return of[0];
  }
  return /\bvisiting\b/i.test(words) && visitor && previous.includes(visitor) ? visitor : null;
}
/** Words of a holder's standing opening an office: "Caretaker Prime Minister", "Acting President". */
const STANDING_WORDS = 'Caretaker|Acting|Interim|Outgoing|Incoming';
const ACRONYM_SUBJECT = new RegExp(String.raw`^\s*(?:[^,]*,\s*)?[Tt]he\s+(?:(?:${STANDING_WORDS})\s+)?(\p{Lu}{2,6})\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:also|then|later|subsequently)\s+)?$`, 'u');
const STANDING = new RegExp(`^(?:${STANDING_WORDS})$`, 'i');
/** The short forms an office is written as: "Chief of the Army Staff" is "COAS" and "CAS". */
function officeInitials(position: string | null): string[] {
  if (!position) return [];
  const words = position.split(/[\s-]+/).filter((w) => w && w.toLowerCase() !== 'the' && w.toLowerCase() !== 'and');
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  // ("Caretaker Prime Minister" is "PM" too: the office after a modifier of its holder's standing.)
  const bare = STANDING.test(words[0] ?? '') ? words.slice(1).map((w) => w[0].toUpperCase()).join('') : '';
  return bare ? [all, capitals, bare] : [all, capitals];
}
/**
 * "He had a bilateral meeting with X", "On Thursday she held talks with Y", "Today he had a farewell meeting with Z":
 * the pronoun as a light verb's subject.
 */
const PRONOUN_LIGHT = new RegExp(PRONOUN_SUBJECT.source.replace(/\\s\*\$$/, String.raw`\s+(?:had|held|has\s+had|has\s+held)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$`), 'i');
/**
 * "He made the remarks while receiving X", "She gave the assurance at her reception for Y", "He made the remarks on
 * Saturday during a meeting with Z": the agencies' remark frame.
 */
// ("The minister made the statement to KUNA while welcoming Y": his office for the pronoun, and to whom he spoke.)
const PRONOUN_REMARKS = /^\s*(?:he|she|the\s+(?:[\w-]+\s+)?(?:minister|president|secretary|envoy|ambassador|official))\s+(?:made|gave|delivered|expressed|voiced|offered)\s+(?:the|these|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?(?:remarks?|statements?|emphasis|comments?|assurances?|points?|suggestions?|proposals?|pledges?)\s+(?:to\s+(?:the\s+)?[\p{Lu}\w-]+\s+)?(?:(?:on\s+)?(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(?:at|during|while|when|in|on)\s+(?:(?:his|her|a|the)\s+)?(?:[\w-]+\s+){0,2}$/iu;
/** "..., it was concluded", "..., it was agreed", "..., the two sides discussed": a clause with no one's name as subject. */
const AGENTLESS = /^[^,;]{0,80},\s+(?:it\s+was|the\s+(?:two\s+)?sides|both\s+sides|the\s+parties|views\s+were|(?:an\s+)?agreement\s+was)\b/;
/** "This, he said when accepting letters of credence from X", "He said so while receiving Y", "He said this in Abuja on
 * Tuesday when he received Y": the one who spoke, at the meeting. */
// ("\"Saudi Arabia has a surplus,\" he said during a meeting with his Saudi counterpart Y": after the words he said too.)
// ('"We aim to build bridges," he said, addressing a joint news conference with his Gambian counterpart Y': or the
// occasion he spoke at, after a comma.)
const PRONOUN_SAID_WHEN = /^\s*(?:(?:This|That|It),?\s+|[“"][^“”"]{1,600}[”"]\s*)?(?:he|she)\s+said(?:\s+|(?=,))(?:(?:this|so|that)\s+)?(?:(?:(?:in|at)\s+\w[\w-]*(?:\s+\w[\w-]*)?|(?:on|last)\s+\w+|yesterday|today)\s+){0,3}(?:(?:when|while|as|after|during)\s+(?:(?:he|she)\s+|(?:a|an|the|his|her)\s+)?|,\s+(?:addressing|speaking\s+(?:at|to|during))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3})$/i;
// ("Upon arrival, she was received with an official ceremony by X": after an opening phrase too.)
const PRONOUN_PASSIVE = new RegExp(String.raw`^\s*(?:${OPENING_PHRASE},?\s+)?(?:he|she)\s+(?:was|has\s+been|had\s+been)(?:\s+(?:also|then|later|\w+ly))?\s*$`, 'i');
/** After a call's noun: "from X to his counterpart Y", the caller first. */
const CALL_FROM_TO = /^\s+from\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}to\s+(?:his|her|the|their)?\s*\S/u;
/** "During the visit, X presented": a sentence opening on the visit already told. */
const VISIT_NAMED = /^\s*(?:During|In the course of|Throughout)\s+the\s+visit,\s$/;
/** "During the visit, he met A, B and C": the stops of a visit, one meeting each. */
const DURING_VISIT = /^\s*(?:During|In the course of|On)\s+(?:the|his|her|this)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay)\b/i;
/** "At the meeting", "During the talks": what follows tells of a meeting already reported. */
const AT_EVENT = /\b(?:at|during|on the sidelines of|on the margins of|ahead of|after|before|following)\s+(?:the|a|an|this|that|their|its)\s+(?:[\p{L}\d'’+-]+\s+){0,5}$/u;
const CONTINUATION = /^\s*(?:at|during|in|after|on the sidelines of|on the occasion of|following|(?:at|in|by|towards?) the (?:end|close|conclusion|start|beginning|outset) of)\s+(?:the|this|their|that)\s+(?:[\w-]+\s+){0,2}$/i;
// ("had meetings in Tbilisi with A and B": meetings in the plural, one with each.)
const SEPARATE = /\bseparate(?:ly)?\b|\bmet bilaterally\b|\b(?:met|meets|received|receives|called on|calls on)\s+respectively\b|\brespectively\s+(?:met|received|called on|held talks)\b|\b(?:bilateral|individual|one-on-one|one-to-one) meetings\b|\bbilateral (?:talks|discussions|consultations) (?:(?:in|at) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)? )?with\b|\bbilateral (?:talks|discussions|consultations|meetings) (?:were|was) (?:also )?held with\b|\bin the course of the meetings\b|\b(?:had|held|holds|has) meetings\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?with\b|\b(?:had|held|made) (?:phone |telephone )?(?:conversations|calls) with\b|\b(?:had|held) (?:brief )?(?:discussions|talks|contacts) with (?:several|a number of|various|many) \b|\b(?:had|held|holds|has) a (?:series|number) of (?:meetings|talks|consultations)\b/iu;
const REPORTED_CLAUSE_SOURCE = String.raw`\b(?:(?:said|says|stated|states|disclosed|noted|explained|added|revealed|announced|informed|told (?:\p{Lu}[\p{L}-]*\s*){1,3})(?:\s+(?:on|last)\s+\p{Lu}\p{Ll}+)?(?:\s+that\b|\s*,?\s*[\u201c\u201d"])|(?:said|says|stated|added|noted)\s+(?=\p{Lu})(?!(?:WEEKDAYS)\b))\s*`;
let reportedClause: RegExp | undefined;
/** The words opening a report: "said that", "stated, \u201c", "said Rear Admiral X" (not "said Friday"): built once, with the lexicon's weekdays. */
const REPORTED_CLAUSE = () => (reportedClause ??= new RegExp(REPORTED_CLAUSE_SOURCE.replace('WEEKDAYS', [...lexicon().weekdays.keys()].join('|')), 'gu'));
const ATTRIBUTION = /^\s*(?:According to [^,]{1,60}|In a (?:statement|press release|readout)[^,]{0,40}|As (?:reported|stated) by [^,]{1,40}),\s*/;
const MINISTERS_MEETING = /\b(?:meeting|conference|session|summit)s? of (?:the )?(?!two\b|both\b)(?:[\p{Ll}-]+ )?(?:ministers|leaders|heads of state|chiefs of (?:defen[cs]e|staff))\b/u;
/** "on the sidelines of a meeting of foreign ministers": a meeting held at a meeting of ministers, not that one. */
const SIDELINES_OF_MEETING = new RegExp(`\\b(?:on|at|in) the (?:sidelines?|margins?) of (?:an? |the )?(?:[\\p{L}\\d-]+ ){0,3}?${MINISTERS_MEETING.source.replace(/^\\b/, '')}`, 'u');
/** "In a meeting with", "During his talks with": a meeting named by the phrase opening the sentence. */
const MEETING_OPENS = /^\s*(?:In|During|At)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "on the sidelines of", "at the margin of": a meeting held at an event. */
const SIDELINES = /\b(?:on|at|in) the (?:sidelines?|margins?) of\b/i;
/**
 * (Case-sensitive, as after a meeting's verb it stands in lower case: "met X at the sidelines of ...".) Or a rite
 * whose person is the occasion's, no party: "met with Y before Pope Francis' funeral".
 */
const SIDELINES_AFTER = new RegExp(String.raw`${SIDELINES.source}|\b(?:before|ahead of|after|following|during|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}?\p{Lu}[\p{L}.-]*(?:['’]s?)\s+(?:state\s+)?(?:funeral|inauguration|swearing-in|coronation|burial|memorial)\b`, 'u');
const TO_PRESENT_CREDENTIALS = /^[^.;]{0,60}?\bto\s+(?:present|hand\s+over|submit)\s+(?:(?:his|her|their|the)\s+)?(?:(?:a\s+)?copy\s+of\s+(?:his|her|the)\s+)?(?:credentials|letters?\s+of\s+credence)\b/;
const ON_A = /\bon\s+(?:a|an|his|her|their)\s+$/;
const WHERE_HE = /^[^.;]{0,60}\bwhere\s+(?:he|she|they)\s+$/;
const CALL_NOUN = /\b(?:courtesy|farewell|introductory)\s+(?:call|visit)$/;
/** After a call's noun: where it was paid, then "by" and the caller ("at the Office of the President by"). */
const CALL_BY = /^(?:\s+(?:at|to)\s+(?:the\s+)?[\p{L}'’ -]{2,50}?)?\s+(?:paid\s+)?by\s+/u;
/** "called on X to <verb>" where the verb is no errand of a call ("to support", "to return"): an appeal. */
function urgedToAct(input: MentionInput, from: number, to: number): boolean {
  const o = input.officials[firstStartingAt(input.officials, from)];
  if (!o || o.start - from > 90 || o.end > to) return false;
  // ("has been called on by the Biden administration to swap tips": the official's name inside the asking body's.)
  const m = /^(?:\s+(?:administration|government|team|office))?,?\s+to\s+(\p{Ll}+)/u.exec(input.text.slice(o.end, Math.min(to, o.end + 45)));
  return m !== null && !CALL_ERRANDS.test(m[1]);
}
const CALL_ERRANDS = /^(?:discuss|bid|pay|present|convey|deliver|brief|exchange|review|explore|introduce|express|thank|congratulate|extend|hand|submit|seek|sign|receive|inform|update|share|say|offer|talk|consult|follow|assess|coordinate|commend|appreciate|felicitate|greet|welcome|invite)/;
const AT_AN_EVENT = new RegExp(String.raw`${SIDELINES.source}|\b(?:to attend|while attending|in attendance at)\b`, 'i');
/** Held at an event, or at the seat of a body of many states: a place that need be neither side's. */
/** "at the East Asia Summit", "during the 19th Shangri-La Dialogue": a gathering named as where they met. */
const AT_NAMED_EVENT = /\b(?:at|during)\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}\d&+-]*\s+){1,6}(?:Summit|Conference|Forum|Dialogue)\b(?!\s+(?:Hall|Room|Centre|Center|Building|Hotel|Venue|Complex))/u;
/** "during the ADB annual meeting in Tbilisi", "at the IMF and World Bank Spring Meetings": a body's yearly gathering. */
const AT_BODY_MEETING = /\b(?:at|during)\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}\d&+/-]*\s+(?:and\s+)?){1,5}(?:[Aa]nnual|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+(?:[Gg]eneral\s+)?[Mm]eetings?\b/u;
export const atAnEvent = (sentence: string) => AT_AN_EVENT.test(sentence) || AT_NAMED_EVENT.test(sentence) || AT_BODY_MEETING.test(sentence) || atBodySeat(sentence);
/** "at NATO headquarters in Brussels": the seat of a body of many states is no side's place. */
function atBodySeat(sentence: string): boolean {
  for (const m of sentence.matchAll(BODY_SEAT)) if (bodyIn(m[1])) return true;
  return false;
}
const BODY_SEAT = /\bat\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){1,4})(?:[Hh]eadquarters|HQ|[Ss]ecretariat)\b/gu;
const MANY_NATIONS = /\b(?:ministers|leaders|chiefs|heads)\s+of\s+[^.;]{0,200}\bmember\s+(?:states|countries|nations)\b|\b(?:ministers|leaders|chiefs|heads|representatives)\s+(?:or\s+\w+\s+)?from\s+(?:all\s+|the\s+)?[^.;]{0,120}\bmember\s+(?:states|countries|nations)\b|\bfrom\s+(?:\d+|several|many|multiple|various|some|over \d+|more than \d+)\s+(?:\w+\s+)?(?:nations|countries|states)\b|\bcounterparts\s+from\s+across\b|\bcounterparts\s+(?:from|of)\s+(?:the\s+)?(?:other\s+)?(?:[\p{Lu}][\w-]*\s+){0,3}(?:member\s+)?(?:states|countries|nations)\b|\bcounterparts\s+from\s+(?:the\s+)?\p{Lu}[^.;]*\b(?:alliance|group)\s+of\s+(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}(?:nations|countries|states)\b/iu;
const MEETING_SUBJECT = /^\s*(?:The|This)\s+(?:[\w-]+\s+){0,3}(?:conference|meeting|talks|summit|dialogue|session|forum|consultations?)\s+(?:(?:was|were|is|are)\s+(?:\w+ly\s+)?)?$/i;
/** "met the visiting general", "received the Lao guest", "welcomed the delegation": the headline's visitor. */
const VISITING = /^\s+(?:with\s+)?the\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:visiting\b|guests?\b|visitors?\b)/iu;
const COUNTERPART = /^\s+(?:with\s+)?(?:his|her|their)\s+(?:(?:new|newly[- ]appointed|incoming)\s+)?(?:\p{Lu}[\p{L}-]+\s+)?counterparts?\b/iu;
const JOINTLY = /\bseparately and jointly\b|\bjointly and separately\b/i;
/** Before a place: "in", "at", "to", "visiting", and "in the Peruvian border city of", "in the southern port city of". */
const LOCATIVE = new RegExp(String.raw`\b(?:[Ii]n|[Aa]t|[Tt]o|[Vv]isiting|[Vv]isited)\s+(?:the\s+)?(?:(?:${COMPASS_PARTS})\s+)?(?:\p{Lu}[\p{L}-]+(?:['’]s)?\s+)?(?:(?:[\p{Ll}-]+(?:['’]s)?\s+){0,2}(?:city|town|capital|province|port|resort|island|village|region)(?: of|,)?\s+)?$`, 'u');

/** "Ambassador of Japan to the Philippines", "Attaché in Jakarta": between an office and where it is held. */
// ("Defence Attaché to the High Commission of Sri Lanka in London": the mission's name, then its city.)
const POSTING = /^\s+(?:of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+|to\s+the\s+(?:Embassy|High\s+Commission|Consulate(?:[- ]General)?|Permanent\s+Mission|Mission)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+)?(?:to|in)\s+(?:the\s+)?$/u;
/** "at Naval Station Jose Andrada, Roxas Boulevard, Manila": a city closing an address opened by "at" or "in"
 * (closing it: "at TNI Headquarters, Cilangkap, East Jakarta" goes on past Cilangkap). */
const ADDRESS_BEFORE = /\b(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|del))*(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|del))*)*,\s+$/u;

/** Offices held abroad, whose "in X" or "to X" is their posting. */
const POSTED_OFFICE = /ambassador|envoy|attach[ée]|commissioner|consul|charg[ée]|representative|advis[eo]r|counsel+or|delegate|liaison|minister-counsel|embassy|mission/i;
const DATELINE_CHARS = 60;
/** "Ashgabat hosted Turkmen-Uzbek political consultations": a place hosting talks hosts no one; the talks are told. */
function placeHostsTalks(input: MentionInput, sent: Sentence, t: TriggerHit): boolean {
  return t.kind === 'reception' && /^host/.test(t.phrase) && within(input.officials, { start: sent.start, end: t.start }).length === 0 &&
    HOSTED_TALKS.test(input.text.slice(t.end, sent.end));
}
const HOSTED_TALKS = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:talks|consultations|negotiations|dialogue|meeting)\b/u;
// (What it hosted is a meeting or an event: not "Ireland hosted a vast Pakistani diaspora".)
const HOSTED_BY_PLACE = /^\s+(?:hosted|played host to)\s+(?:(?:the|a|an|this|its|their)\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:meetings?|sessions?|talks|summit|conference|forum|dialogue|event|ceremony|round|consultations|visit|exercises?|games|gathering|delegation|ministerial)\b/iu;
// ("Phnom Penh, 17 October 2021 (TDI): On Thursday": an agency's tag and a colon close it too.)
// ("(FBC) –Prime Minister": the dash may touch the lead's first word.)
const DATELINE_END = /^\)?,?\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*)?(?:(?:\([^)]{1,30}\)\s*)?(?:--|[-–—•]{1,2})|\([^)]{1,30}\)\s*:)(?:\s|(?=\p{Lu}))/iu;
// (", SPA --": an agency's name in capitals before the dash; ", Asia-Plus --", a name of its own.)
// ("Baku / 03.28.23 / Turan: ...", "Chisinau, 17 March /MOLDPRES/ - ...": the agency between or after slashes too.)
const AGENCY_DATELINE_END = /^,?\s*(?:\p{Lu}{2,8}|\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+)\s*(?:--|[-–—•]{1,2})\s|^\s*\/\s*\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?\s*:\s|^\s*\/\s*\p{Lu}{2,12}\s*\/\s*(?:--|[-–—•]{1,2})\s/u;
const WELCOMED_THING = /^\s+(?:(?:the|a|an|this|that|these|those|their|his|her|its|our)\s+)?(?:[\w-]+\s+){0,2}?(?:initiatives?|proposals?|progress|decisions?|ideas?|moves?|statements?|agreements?|developments?|steps?|efforts?|outcomes?|results?|signing|adoption|opportunit(?:y|ies)|investments?|prospects?|potential|interest|growth|expansion|news|announcement|plans?|commitments?|readiness|participation|establishment|conclusion|resumption|holding|launch|approach|support|contributions?|cooperation|intentions?|willingness|desire|stance)\b/i;
const PURPOSE = /^ (?:to discuss|to review|to exchange|and discussed|and exchanged|and reviewed)\b/;
// ("With President X scheduled to meet with President Y at the White House today, Z hosted W": a meeting to come,
// the occasion of the one told.)
// (Not a gerund with its object, "After meeting US Trade Representative Y, X said": that is the sentence's meeting.)
// ("Ahead of President X's State visit to Türkiye, ...": a word or two between the owner and the meeting's noun.)
const LEADING_CLAUSE = /^\s*(?:\p{Lu}[\p{Lu} .'-]+,[^–—]{0,40}?\s[–—-]{1,2}\s+)?(?:(?:Prior to|Ahead of|Before|After|Following|Besides|Apart from|In addition to)\s+(?!(?:virtually\s+)?meeting\s+(?:the\s+)?\p{Lu})(?:(?:his|her|their|the|its|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:\p{Lu}[\p{L}.-]*\s+){1,5}\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}?)?(?:meeting|talks|discussions?|conversations?|call|visit|courtesy call|video conference|videoconference)\b[^,;]{0,80}|With\s[^,;]{0,80}?\b(?:scheduled|set|due|expected|slated|poised)\s+to\s[^,;]{0,120}),\s*/u;
const NEXT_TIME = /^[^.;]{0,50}\b(?:next\s+(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in the (?:coming|upcoming|next few) (?:days|weeks|months))\b/;
const RESIDES = /\b(?:resident|residing|based|stationed|with residence)\s+(?:in|at)\s+(?:the\s+)?$/;
// ("resident in Canberra, Australia": the country after the city too.)
const RESIDES_IN_CITY = /\b(?:resident|residing|based|stationed|with residence)\s+(?:in|at)\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?,\s+$/u;
/** A style of address standing alone as a subject ("His Majesty met", "During these meetings, His Highness discussed"). */
const STYLE_ALONE = /^\s*(?:(?:During|In|At)\s[^,]{1,60},\s*)?(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)\s+(?:also\s+|further\s+|then\s+|later\s+)?$/;
/** The verb giving a welcome to the one after it ("gave Y a warm welcome"). */
const GAVE_A = /\b(?:gave|give|gives|giving|wished|wishes|wishing|accorded|accords|offered|offers|extended|extends)\s/g;
/** "'s special envoy", "’s Defence Minister": a possessive, then an office, before another name. */
const POSSESSOR = /^['’]s?\s+(?:[\p{L}-]+\s+){1,5}$/u;
export const JOINT_SESSION = /\b(session|round|meeting)\s+of\s+the\s+[^.;]{0,60}?\bJoint\s+(?:Commission|Committee|Working\s+Group|Consultative\s+Commission|Economic\s+Commission)\b[^.;]{0,40}?\b(?:was\s+held|were\s+held|took\s+place|opened|began|kicked\s+off|convened)\b/;
// ("took the opportunity as well to meet X", "had the opportunity to meet Dr. X": an occasion taken or had, in the past.)
// ("travelled to Canberra, Australia, Feb. 19-21, to meet with": a month's stop inside.)
const TRAVELLED_TO = /\b(?:flew|travell?ed|came|went|arrived|headed|journeyed)\b(?:[^.;]|\.(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)){0,60}\bto\s+$|\b(?:took|used|seized) the (?:opportunity|occasion)\s+(?:\w+\s+){0,2}to\s+$|\bhad the (?:opportunity|occasion|honou?r|pleasure|privilege|chance)\s+(?:\w+\s+){0,2}to\s+$/;
// ("A bilateral meeting with the United States on security matters was held today": a complement between.)
// ("Talks between Peru and Ghana opened in Lima", "The second round of consultations kicked off": so is one begun.)
// ("The 15th India-UK Foreign Office Consultations (FOC) were held": its short form between.)
// ("the 17th meeting of the Intergovernmental Commission on Trade-economic, Scientific-technical and Cultural Cooperation
// was held": commas inside a name of capitalized words too.)
// ("‘bilateral political consultations’ between A and B held in Lisbon", "political consultations session between A and
// B was held": past a closing quote, the noun's own session, and "held" as a participle before where.)
const HELD = /^[’']?(?:\s+\([A-Z\d&-]{2,10}\))?(?:\s+(?:session|sessions|round))?(?:,?\s+which)?(?:\s+(?:with|between|on|of)\b(?:[^,.;]|,\s+(?=[A-Z])){0,160}?)?\s+(?:(?:was|were|are being|is being)\s+(?:held|convened)|took place|(?:is|are) taking place|opened|began|started|kicked off|got under ?way|commenced|held\s+(?=in|at)\b)/;
// ("convened a joint security dialogue": a noun convened is held too.)
const HELD_BEFORE = /\b(?:held|holds|had|conducted|convened|convenes|gave|gives|hosted|hosts|arranged|arranges)\s+(?:[\w-]+\s+){0,6}$/;
const FUTURE_CLAUSE = /\bagree(?:d|s)?\s+to\s+(?:broker|hold|convene|organi[sz]e|arrange|schedule|host)\b|\b(?:promised|promises|pledged|vowed|intends|intended|decided)\s+to\s+(?:carry out|hold|have|convene|organi[sz]e|host|pay|make)\b|\b(?:may|might|could) (?:soon )?(?:hold|have|meet|speak|visit)\b|\b(?:will|would|shall|is to|are to|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to|plans to|plan to|planning to|plans on|(?:is|are|was|were) keen to|hopes? to|look(?:s|ing)? forward to|(?:is|are|was|were) eager to)\b|\b(?:accepted|extended|conveyed|renewed)\s+(?:the|an|his|her|their)\s+invitation\b|\binvit(?:ation|ed|es?)\b[^.;]*\bto\s+(?:make|pay|undertake|conduct)\s+(?:a|an)\s+(?:\w+\s+)?$|\binvit(?:ation|ed|es?)\b[^.;]*\b(?:to|for)\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+|his\s+|her\s+|their\s+)?(?:participat\w*|attend\w*)\b/u;
/** "is also scheduled to", "will also": a plan, an adverb within it. */
const PLAN_AHEAD = /\b(?:(?:is|are)\s+(?:also\s+|further\s+|then\s+)?(?:scheduled|expected|due|set)\s+to|will\s+(?:also|further|then|later)\b)/;
const FUTURE_CLAUSE_ALL = new RegExp(FUTURE_CLAUSE.source, 'gu');
/** A call's noun opening the sentence: "During a ", "In the course of his ". */
const CALL_OPENS = /^\s*(?:During|In the course of|At|On)\s+(?:a|an|the|his|her|their)\s+$/;
/** "held discussions ... during a dinner hosted by X": a meal its host gave, the talks held at it. */
const MEAL_HOSTED_BY = /\b(?:dinner|luncheon|lunch|banquet|breakfast|iftar|supper)\s+(?:hosted|given)\s+by\b/;
/** A call paid: the parties `guest` picks pay it (the verb's subject side), the others receive it (its object side). */
function paidBy(parties: Party[], guest: (p: Party) => boolean): void {
  for (const p of parties) {
    const paying = guest(p);
    p.role = paying ? 'guest' : 'host';
    if (p.side) p.side = paying ? 'subject' : 'object';
  }
}
/** A quotation closed before the meeting's words. */
const QUOTED = /[“"][^“”"]{1,400}[”"]/g;
/** "as a follow-up of his", "in follow-up to the": an earlier meeting, whatever the clause plans. */
const FOLLOW_UP_OF = /\bfollow[- ]?up\s+(?:of|to|on)\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?$/;
const LED_BY_OFFICIALS = /^\s*[“"]?(?:Led|Headed|Co-led|Co-chaired|Chaired) by\b[^;]*,\s+(?:[\p{L}.-]+\s+){0,4}(?:officials|delegations|sides|teams)\s+$/u;
/** "The delegations led by A and B discussed": the subject is the delegations, their leaders the ones who meet. */
const DELEGATIONS_LED_BY = /^\s*The\s+(?:two\s+)?(?:delegations|sides|teams)(?:\s+of\s+[^,;]{1,60}?)?,?\s+(?:which\s+were\s+|were\s+)?(?:led|headed)\s+by\s[^;]*$/u;
const ADVERBS = new Set(['also', 'then', 'soon', 'later', 'again', 'formally', 'officially', 'jointly', 'separately', 'briefly', 'first']);
// ("met with his Slovak counterpart A, as well as with Polish Foreign Minister B": a meeting with each.)
const AND_WITH = /,? and (?:later |then |also )?with\b|; and with\b|,? as well as with\b/g;

interface Who {
  id: string;
  start: number;
}

/**
 * "at his meeting with", "in her talks with": a meeting its subject's pronoun owns, in a sentence a pronoun opens; or
 * one he spoke at ("Over the issue he expressed his optimism at a virtual meeting with Y").
 */
const PRONOUN_OWNED = /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$|\bat\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** "She was speaking during a function as she bid farewell to": the pronoun opening the sentence, again in a clause. */
const PRONOUN_CLAUSE = /^\s*(?:He\s[^.;]*\b(?:as|when|while|where)\s+he|She\s[^.;]*\b(?:as|when|while|where)\s+she)\s+(?:also\s+|then\s+)?$/;
/** After a meeting's noun, the pronoun that held it: "the talks he held with", "the meeting she had with". */
const PRONOUN_HELD = /^\s+(?:that\s+|which\s+)?(?:he|she)\s+(?:held|had|conducted)\s+with\b/;
const PRONOUN_OPENS = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:[Hh]e|[Ss]he)\s/u;
/** "It was discussed during his talks with": an agentless passive whose pronoun owns the meeting. */
const PASSIVE_OPENS = /^\s*(?:It|This|These|They|The\s+(?:issue|issues|matter|matters|topic|topics|plan|plans|agreement|question|questions))\s+(?:was|were|had been|has been|have been)\s+(?:also\s+)?\p{Ll}+ed\s+(?:during|at|in|over)\s/u;

/** What a sentence's meetings may refer back to. */
export interface MentionContext {
  /** The officials of the sentence before ("the two ministers met", "he also called on"). */
  previous: readonly string[];
  /** The headline's visiting party ("met the visiting general"). */
  visitor: string | null;
  /** The one other official an official's "counterpart" can be. */
  counterpartOf: (id: string) => string | null;
  /** Whether an official already took part in a meeting told before. */
  metBefore: (id: string) => boolean;
}

/**
 * The meetings sentence `s` reports (none, one, or one per party when it tells separate meetings). A sentence
 * that goes on with another meeting of its subject ("held talks with X, and was received by Y") tells two.
 */
export function mentionsIn(input: MentionInput, s: number, ctx: MentionContext): Mention[] {
  const sent = input.sentences[s];
  const { text } = input;
  // A verb after the first that goes on from the clause before it (walked by verb, not by comma).
  // (Not a meeting word of an opening clause that names one told elsewhere: "After the visit, General X, Chief of
  // Staff, hosted a dinner in honor of Y".)
  const opening = LEADING_CLAUSE.exec(text.slice(sent.start, sent.end));
  const openEnd = opening ? sent.start + opening[0].length : sent.start;
  const words = within(input.triggers, sent).filter((t) => t.start >= openEnd);
  for (let k = 1; k < words.length; k++) {
    const next = words[k];
    if (next.voice === 'noun') continue;
    const lead = GOES_ON.exec(text.slice(Math.max(sent.start, next.start - 40), next.start + 4));
    if (!lead) continue;
    const cut = next.start - (Math.min(40, next.start - sent.start) - lead.index);
    // After a bare comma the next verb must follow at once ("calls on Rajnath, holds talks with Gen. Dwivedi").
    const end = cut + lead[0].length;
    if (lead[0].trim() === ',' && next.start !== end) continue;
    // Only a clause that told a meeting of its own is gone on from ("X, commander of Y, hosted Z" is one).
    // (Nor a verb's word used as a noun: "During the visit, the delegation, led by X, paid a courtesy call on Y".)
    if (!words.some((t) => t.voice !== 'noun' && t.end <= cut && !DETERMINER_BEFORE.test(text.slice(Math.max(sent.start, t.start - 8), t.start)))) continue;
    const first = mentionsOf(input, s, { start: sent.start, end: cut }, ctx, []);
    if (first.length === 0 || first[0].firstVerb === undefined) continue;
    const subject = first[0].parties.filter((p) => p.start < first[0].firstVerb!).map((p) => p.id);
    // "X, visiting Laos, held a meeting with Y": what goes on takes the setting told before it, unless it gives its own.
    const rest = mentionsOf(input, s, { start: Math.min(end, next.start), end: sent.end }, ctx, subject);
    for (const m of rest) {
      if (m.kind === 'phone call' || m.kind === 'video call') continue;
      m.place ??= first[0].place;
      m.here ||= first[0].here;
      m.date ??= first[0].date;
      m.atEvent ||= first[0].atEvent;
      m.sameDay ||= first[0].sameDay;
    }
    return first.concat(rest);
  }
  return mentionsOf(input, s, sent, ctx, []);
}

/** A sentence opening on the meeting it tells of ("During the meeting, ..."): the words before the meeting's noun. */
const DURING_THE_WORDS = String.raw`^\s*(?:During|At|In the course of)\s+(?:the|this|their)\s+(?:[\w-]+\s+)?`;
const DURING_THE = new RegExp(`${DURING_THE_WORDS}$`);
/** That opening phrase whole, perhaps with where the meeting took place ("During the meeting, which took place at the Ministry, "). */
const DURING_MEETING_OPENS = new RegExp(String.raw`${DURING_THE_WORDS}(?:meeting|talks|discussions?|session|call|conversation)(?:,\s+which\s+[^,;]*)?,\s*`);
/** After a visit: the occasion it gives to meet someone ("on which occasion he will meet with", "during which she is to meet"). */
const VISIT_OCCASION = /,\s*(?:on which occasion|during which|in the course of which)\s+(?:he|she)\s+(?:will|is to|is expected to|is scheduled to)\s+(?:also\s+)?(?:meet|hold talks)(?:\s+with)?\s/;
/** After "was met": where, then the agent ("at the airport by X", "on arrival by X", "by X"). */
const MET_BY_AGENT = /^\s+(?:(?:at|on|upon|in)\s+[^,.;]{1,90}?\s+)?by\s+(?!(?:phone|telephone|video)\b)/;
/** After those met: "who bade farewell", "who paid farewell calls". */
const BADE_FAREWELL = /,\s+who\s+(?:(?:had\s+)?(?:come|came)\s+to\s+)?(?:bade|bid|paid)\s+(?:(?:a|their|his|her)\s+)?farewell\b/;
/** Between a subject and one named after him: "X represented President Y", "X, representing the Emir Y,". */
const REPRESENTED_BY_SUBJECT = /^,?\s+(?:represented|representing|on behalf of)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;
/**
 * ", and was received by", "; and then", "calls on A, holds talks with B": the same subject goes on with
 * another meeting (matched at the end of the text before a verb).
 */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|this|that)\s+$/i;
const GOES_ON = /(?:,?\s+and\s+(?:was|were|then|later|also|subsequently)\s+|;\s+and\s+|,\s+)(?=\S{0,4}$)/;

function mentionsOf(input: MentionInput, s: number, span: { start: number; end: number }, ctx: MentionContext, inherited: readonly string[]): Mention[] {
  const { text } = input;
  const sent = { ...input.sentences[s], start: span.start, end: span.end };
  const previous = inherited.length > 0 ? inherited : ctx.previous;
  const lex = lexicon();
  const sentText = text.slice(sent.start, sent.end);
  // "Prior to his meeting with Millan, the commander made a courtesy call to X": the opening clause names a
  // meeting told elsewhere; the sentence reports the one after it.
  const opening = LEADING_CLAUSE.exec(sentText);
  const openEnd = opening ? sent.start + opening[0].length : sent.start;
  let trigs = within(input.triggers, sent).filter((t) => valid(input, t, sent));
  if (opening && trigs.some((t) => t.start >= openEnd)) trigs = trigs.filter((t) => t.start >= openEnd);
  // ("In addition to the meeting with Mr. X, Y is expected to meet start-ups": the opening names a meeting told
  // elsewhere, and the sentence none it reports.)
  // ("Following bilateral talks with the Sri Lankan Prime Minister, the Indian Foreign Secretary is also expected to meet
  // with President X": adverbs aside.)
  else if (opening && !input.planned && FUTURE_CLAUSE.test(text.slice(openEnd, sent.end).replace(/\s(?:also|further|then|later|now|soon)\s/g, ' '))) return [];
  // ("Wednesday's meeting was a follow-up of the conversation X had with Y": a noun opening the sentence as its subject
  // names the meeting told before; the sentence reports the one after it.)
  if (trigs.length > 1 && trigs[0].voice === 'noun' && TOLD_BEFORE_SUBJECT.test(text.slice(sent.start, trigs[0].start)) && /^\s+(?:was|were|is|are|came|comes)\b/.test(text.slice(trigs[0].end, trigs[0].end + 8))) trigs = trigs.slice(1);
  // ("witnessed a number of diplomatic meetings on Friday, which kicked off with a meeting between A and B": nouns
  // only, the first in a clause naming no one; the meeting is the one named with its parties.)
  if (trigs.length > 1 && trigs.every((t) => t.voice === 'noun')) {
    const cut = sent.start + firstMatchAfter(sentText, CLAUSE_END, trigs[0].end - sent.start);
    if (cut < trigs[trigs.length - 1].start && !within(input.officials, { start: sent.start, end: cut }).length) trigs = trigs.filter((t) => t.start >= cut);
  }
  if (trigs.length === 0) return [];
  // (Not the opening clause's: "Prior to the video conference, X also received a courtesy call from Y".)
  const remote = input.phrases.remote.find(opening ? text.slice(openEnd, sent.end) : sentText)?.phrase;

  // The kind: the strongest word of the sentence; a phone or video phrase makes any meeting a call.
  const mealHostedBy = (t: TriggerHit) => MEAL_HOSTED_BY.test(text.slice(Math.max(sent.start, t.start - 24), Math.min(sent.end, t.end + 4)));
  // ("X on Monday hosted his UK counterpart, Y, for crucial discussions": one hosted for talks is received.)
  const hostedFor = (t: TriggerHit) => {
    const after = /^host/.test(t.phrase) ? text.slice(t.end, sent.end) : '';
    return after !== '' && !HOSTED_TALKS.test(after) && HOSTED_FOR.test(after);
  };
  const kindOf = (words: readonly TriggerHit[], remoteWords: string | undefined) => {
    let top = words[0];
    for (const t of words) if (rank(t) < rank(top)) top = t;
    // ("welcomed the new Consul General Y during a meeting at CM House": the meeting the welcome was held in, not talks.)
    const incidental = (t: TriggerHit) => t.kind === 'talks' && t.voice === 'noun' && /^meetings?$/.test(t.phrase) && WELCOME_DURING.test(text.slice(Math.max(sent.start, t.start - 40), t.start));
    const welcome = incidental(top) ? words.find((t) => t.kind === 'reception' && t.voice === 'hostFirst' && WEAK_RECEPTION.has(t.phrase) && t.end < top.start) : undefined;
    if (welcome && words.every((t) => t === top || t.kind !== 'talks')) top = welcome;
    // ("held discussions ... during a dinner hosted by the Chinese Ambassador": talks held at a meal its host gave.)
    const meal = top.kind === 'talks' ? words.find((t) => t.kind === 'reception' && t.start > top.start && mealHostedBy(t)) : undefined;
    if (meal) top = meal;
    // ("hosted Y for talks on border trade": the hosting, not the talks it was for.)
    const hosting = top.kind === 'talks' ? words.find((t) => t.kind === 'reception' && t.start < top.start && hostedFor(t)) : undefined;
    if (hosting) top = hosting;
    let k: MeetingKind = top.kind;
    // ("welcomed Y to Tallinn", "to NATO Headquarters": a welcome to a place is a reception, whatever follows.)
    const isWeak = k === 'reception' && words.every((t) => t.kind !== 'reception' || (WEAK_RECEPTION.has(t.phrase) && !WELCOMED_TO.test(text.slice(t.end, Math.min(sent.end, t.end + 120))) &&
      !HOSTED_VISITING.test(text.slice(t.end, Math.min(sent.end, t.end + 20))) && !mealHostedBy(t) && !hostedFor(t)));
    if (isWeak && words.some((t) => t.kind === 'talks' && !(welcome && t !== welcome && incidental(t)))) k = 'talks';
    // (A reception "at a virtual ceremony" stays one, host and guests, until it is told: see `online`.)
    if (remoteWords && (k === 'talks' || (k === 'reception' && !VIRTUAL_EVENT.test(remoteWords)))) k = /video|virtual|online/.test(remoteWords) ? 'video call' : 'phone call';
    // ("spoke with X via video conference": a call by video.)
    else if (remoteWords && k === 'phone call' && /video/.test(remoteWords)) k = 'video call';
    // "The 16th ASEAN Defence Ministers' Meeting": a meeting named as an event of a multilateral body (unless the
    // sentence tells a meeting of its own at it: "While participating in NATO Defence Ministers Meeting, X had a
    // bilateral meeting with Y").
    if ((k === 'talks' || k === 'reception') && isEventOfBody(text, sent, top) &&
        !words.some((t) => t !== top && (t.kind === 'talks' || t.kind === 'reception') && !isEventOfBody(text, sent, t))) k = 'multilateral';
    // ("spoke by phone with Mexican military leaders ... Mattis' introductory conversation with X": a conversation
    // told after a call is that call.)
    if (k === 'talks' && CONVERSATION.test(top.phrase)) k = callToldBefore(input, top.start) ?? k;
    // ("spoke informally with Y", "spoke with Y on the margins of the NATO summit": in person, not by phone.)
    if (k === 'phone call' && !remoteWords && /^(?:spoke|speaks|spoken|talked)$/.test(top.phrase) && SPOKE_IN_PERSON.test(text.slice(top.end, sent.end))) k = 'talks';
    return { kindTrig: top, kind: k, weak: isWeak };
  };
  let { kindTrig, kind, weak } = kindOf(trigs, remote);
  if (kind === 'reception' && placeHostsTalks(input, sent, kindTrig)) kind = 'talks';
  // ("attended the meeting of foreign ministers in Lima, chaired by X": a meeting of a body of ministers.)
  // (Not one held on its sidelines: "met X on the sidelines of a meeting of foreign ministers of the G20".)
  if (kind === 'talks' && MINISTERS_MEETING.test(sentText) && !SIDELINES_OF_MEETING.test(sentText)) kind = 'multilateral';

  // Who stands where: around the first verb that places the parties, else the word that names the meeting.
  // Among several verbs, the one an official follows ("received a ceremonial welcome hosted by X": "hosted by").
  const verbs = trigs.filter((t) => t.voice !== 'noun' && (t.kind === kind || compatible(t.kind, kind)));
  const byAgent = (t: TriggerHit) => /^\s+by\b/.test(text.slice(t.end, t.end + 4)) && nextOfficialWithin(input, t.end, 60);
  const roleTrig = verbs.find(byAgent) ?? verbs.find((t) => officialFollows(input, t.end)) ??
    verbs.find((t) => nextOfficialWithin(input, t.end, 60) && !/^\s+(?:a|an)\s/.test(text.slice(t.end, t.end + 4))) ?? verbs[0] ?? kindTrig;
  // "hosted by X", "received by X": the passive puts the host after the verb.
  // ("was welcomed in Canberra by X": the auxiliary says so too.)
  // (Not "is hosting a delegation": a participle in -ing after "is" is active.)
  // (The auxiliary read in the whole sentence: "X had an audience with A and was hosted to lunch by B" is read in two
  // spans, the second opening at the verb.)
  // ("He was met at the Robert Gabriel Mugabe International Airport by Foreign Affairs Minister X": met on arrival,
  // received by the one who met him.)
  const metBy = /^met$/.test(roleTrig.phrase) && /\b(?:was|were)\s+(?:\w+ly\s+)?$/.test(text.slice(Math.max(sent.start, roleTrig.start - 20), roleTrig.start)) &&
    MET_BY_AGENT.test(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 120)));
  if (metBy && (kind === 'talks' || kind === 'reception')) kind = 'reception';
  const passive = (metBy && kind === 'reception') || roleTrig.voice === 'hostFirst' && (/^\s+by\b/.test(text.slice(roleTrig.end, roleTrig.end + 4)) ||
    (!/ing$/.test(text.slice(roleTrig.start, roleTrig.end)) && /\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|later|also|then|first)\s+)?$/.test(text.slice(Math.max(input.sentences[s].start, roleTrig.start - 24), roleTrig.start))));
  // "received this evening a phone call from X": the one receiving a call is called.
  const called = (kind === 'phone call' || kind === 'video call') && roleTrig.kind === 'reception' && roleTrig.voice === 'hostFirst' && !passive;
  // ("President X made a phone call today to the Emir Y": the one who made the call called.)
  // ("Mercer's call to Y": so did the one whose call it is.)
  const beforeCall = text.slice(Math.max(sent.start, roleTrig.start - 24), roleTrig.start);
  const fromTo = roleTrig.voice === 'noun' && kind === 'phone call' && CALL_FROM_TO.test(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 120)));
  const made = roleTrig.voice === 'noun' && kind === 'phone call' && (((MADE_A.test(beforeCall) || POSSESSIVE_BEFORE.test(beforeCall)) &&
    CALL_TO.test(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 40)))) ||
    // ("returned a phone call from X", "returned the phone call of his counterpart": the one returning it calls.)
    (RETURNED_A.test(beforeCall) && /^\s+(?:from|of)\b/.test(text.slice(roleTrig.end, roleTrig.end + 6))) ||
    // ("a phone call from Turnbull to his Vietnamese counterpart X": from the caller to the one called.)
    fromTo);
  // ("President X met the outgoing High Commissioner A and the Ambassador B, who bade farewell": envoys' farewell
  // calls, X receiving them.)
  const farewell = !passive && /^met(?: with)?$/.test(roleTrig.phrase) && (kind === 'talks' || kind === 'multilateral') && BADE_FAREWELL.test(text.slice(roleTrig.end, sent.end));
  if (farewell) kind = 'reception';
  // ("Prime Minister X met President Y at the Islam Karimov Tashkent International Airport": a welcome on arrival, X
  // receiving Y.)
  const atAirport = !passive && !farewell && /^met(?: with)?$/.test(roleTrig.phrase) && kind === 'talks' && MET_AT_AIRPORT.test(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 200)));
  if (atAirport) kind = 'reception';
  const voice: Voice = passive ? 'guestFirst' : farewell || atAirport ? 'hostFirst' : called ? 'calleeFirst' : made ? 'callerFirst' : roleTrig.voice;
  let clauseAt = lastMatchBefore(sentText, CLAUSE_START, roleTrig.start - sent.start);
  // ("the heads of the two administrations – Sergei X and Boris Y – met": a dash closing an aside right before the
  // verb; the clause opens before the aside's first dash.)
  if (/[–—-]\s*$/.test(sentText.slice(0, clauseAt)) && /^\s*$/.test(sentText.slice(clauseAt, roleTrig.start - sent.start))) {
    const opening = sentText.lastIndexOf(sentText[sentText.slice(0, clauseAt).trimEnd().length - 1], sentText.slice(0, clauseAt).trimEnd().length - 2);
    if (opening > 0) clauseAt = lastMatchBefore(sentText, CLAUSE_START, opening - 1);
  }
  // ("X attended Central Asia – USA (C5+1) videoconference": a dash joining two sides' names opens no clause.)
  for (let guard = 0; guard < 3 && clauseAt > 0; guard++) {
    const dash = /\p{Lu}[\p{L}.]*(\s[–—-]{1,2}\s)$/u.exec(sentText.slice(0, clauseAt));
    if (!dash || !input.places.some((p) => p.start === sent.start + clauseAt)) break;
    clauseAt = lastMatchBefore(sentText, CLAUSE_START, clauseAt - dash[1].length);
  }
  const clauseStart = Math.max(openEnd, clauseAt + sent.start);
  // ("X called to congratulate President-elect Y": the one the call was to, past what the caller called to say.)
  const toSay = roleTrig.phrase === 'called' ? CALLED_TO_SAY.exec(text.slice(roleTrig.end, roleTrig.end + 30)) : null;
  let clauseEnd = firstMatchAfter(sentText, CLAUSE_END, roleTrig.end + (toSay ? toSay[0].length : 0) - sent.start) + sent.start;
  // "met with A, Minister of X; Mr B, Minister of Y; and C": a list whose items hold commas goes on past each ";".
  while (text.charCodeAt(clauseEnd) === 59 && listGoesOn(input, clauseEnd, sent.end)) {
    clauseEnd = firstMatchAfter(sentText, CLAUSE_END, clauseEnd + 1 - sent.start) + sent.start;
  }
  // The kind is the clause's ("welcomed X to NATO Headquarters, ahead of meetings of ministers": a reception).
  const inClause = trigs.filter((t) => t.start >= clauseStart && t.end <= clauseEnd);
  if (inClause.length > 0 && inClause.length < trigs.length) {
    const clause = text.slice(clauseStart, clauseEnd);
    ({ kindTrig, kind, weak } = kindOf(inClause, input.phrases.remote.find(clause)?.phrase));
  }
  // Officials in parentheses are asides, unless the parentheses list who the subject is ("The Co-Chairs (A of
  // Russia, B of France and C of the US) met ...").
  const listed = parenthesizedList(input, clauseStart, roleTrig.start);
  // ("The Samoa High Commissioner (H.E. X) received ...": the holder named in parentheses after his office is no aside.)
  const heldOffice = (o: Entity) => {
    const k = firstStartingAt(input.positions, o.start) - 1;
    return k >= 0 && OFFICE_THEN_HOLDER.test(text.slice(input.positions[k].end, o.start));
  };
  // ("According to aide X, the phone conversation between A and B ...": the source of the report is no party.)
  // ("Ilori said that Adesanmi was received by ...", "Adzenu stated, \u201cThe Minister X has received ...", "Commander X,
  // Navy spokesman, said Rear Admiral Y was received by ...": one who reports a meeting whose own subject the report
  // names is no party either.)
  const reportedAt = lastMatchBefore(text.slice(sent.start, roleTrig.start), REPORTED_CLAUSE(), roleTrig.start - sent.start);
  const reportEnd = reportedAt > 0 && within(input.officials, { start: sent.start + reportedAt, end: roleTrig.start }).length > 0 ? sent.start + reportedAt : sent.start;
  const sourceEnd = Math.max(reportEnd, sent.start + (ATTRIBUTION.exec(sentText)?.[0].length ?? 0));
  const isParty = (o: Entity) => (!insideParentheses(text, sent.start, o.start) || listed.has(o.id!) || heldOffice(o)) && isOfficial(input.persons.get(o.id!)) && o.start >= sourceEnd;
  const who = (o: Entity): Who => ({ id: o.id!, start: o.start });
  /** The one official a span names (perhaps more than once), or undefined. */
  const soleOfficial = (span: { start: number; end: number }): Entity | undefined => {
    const named = within(input.officials, span).filter((o) => isOfficial(input.persons.get(o.id!)));
    return named.length > 0 && named.every((o) => o.id === named[0].id) ? named[0] : undefined;
  };
  // ("Vice President X represented President Y at the summit and held talks with Z": the one represented is no party.)
  let subject = within(input.officials, { start: clauseStart, end: roleTrig.start }).filter(isParty)
    .filter((o, k, all) => k === 0 || !REPRESENTED_BY_SUBJECT.test(text.slice(all[k - 1].end, o.start))).map(who);
  // ("President X's special envoy Y conferred with ...": the one whose envoy it is sends, he does not meet.)
  if (subject.length > 1) {
    const before = within(input.officials, { start: clauseStart, end: roleTrig.start });
    subject = subject.filter((s) => {
      const o = before.find((x) => x.start === s.start);
      const next = o ? before.find((x) => x.start > o.end) : undefined;
      return !(o && next && next.id !== o.id && POSSESSOR.test(text.slice(o.end, next.start)));
    });
    // ("X, in Dhaka for Sheikh Y's birth centenary, paid a courtesy visit", "X discussed President Y's upcoming trip
    // over the telephone with": one remembered, or whose travel is the matter, after the subject, is not there.)
    subject = subject.filter((s, k) => {
      const o = k > 0 ? before.find((x) => x.start === s.start) : undefined;
      return !o || !onlyTalkedAbout(text, o, clauseStart);
    });
    // ("Peng X, wife of Chinese President Xi Y, met ...": the one she is named the spouse of is not there.)
    subject = subject.filter((s) => !SPOUSE_OF.test(text.slice(Math.max(clauseStart, s.start - 60), s.start)));
    // ("On assignment of President X, the Chairman of the Mejlis Y received ...": the one who sent her is not there.)
    subject = subject.filter((s) => !ACTING_FOR.test(text.slice(Math.max(clauseStart, s.start - 48), s.start)));
  }
  // ("X also briefed Y on the outcomes of his talks with A and B": one party before a meeting named as his, the
  // clause's subject.)
  if (roleTrig.voice === 'noun' && subject.length > 1 && /\b(?:his|her)\s+(?:[\w-]+\s+)?$/.test(text.slice(Math.max(clauseStart, roleTrig.start - 24), roleTrig.start))) subject = subject.slice(0, 1);
  // ("met X at the sidelines of the state visit to Japan of President Y": the occasion's people are no parties.)
  // (Only once the other party is named: "talks held on the sidelines of the summit, between A and B".)
  // (Not where the meeting opens the sentence, its subject after the occasion: "In a meeting with Y, on the sidelines
  // of the Annual Meetings in Busan, X confirmed".)
  const opens = MEETING_OPENS.test(text.slice(clauseStart, roleTrig.start));
  const sidelines = opens ? null : SIDELINES_AFTER.exec(text.slice(roleTrig.end, clauseEnd));
  const sidelinesEnd = sidelines && within(input.officials, { start: roleTrig.end, end: roleTrig.end + sidelines.index }).length > 0 ? roleTrig.end + sidelines.index : clauseEnd;
  // ("is on a three-day visit, during which he is scheduled to call on A and B": those a plan names after it are no
  // parties of what was told.)
  const plan = FUTURE_CLAUSE.exec(text.slice(roleTrig.end, sidelinesEnd)) ?? PLAN_AHEAD.exec(text.slice(roleTrig.end, sidelinesEnd));
  const objectEnd = plan ? roleTrig.end + plan.index : sidelinesEnd;
  // ("... and Secretary of State X, who was representing President Y": the one represented is no party.)
  const inObject = within(input.officials, { start: roleTrig.end, end: objectEnd }).filter(isParty);
  // ("During the conversation, A and B said": the saying is both parties', no reporter's.)
  const saidTogether = (o: Entity) => inObject.some((p) => p.end <= o.start && /^\s+and\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the)\s+){0,8}$/u.test(text.slice(p.end, o.start)));
  // ("X who received a telephone call from the Qatari Emir said ...": the saying is the subject's, told around the
  // relative clause.)
  const lastBefore = within(input.officials, { start: clauseStart, end: roleTrig.start }).pop();
  const relative = lastBefore !== undefined && /^,?\s+who\s+(?:also\s+|had\s+|has\s+)?$/.test(text.slice(lastBefore.end, roleTrig.start));
  let object = inObject
    .filter((o) => !(REPORTING.test(text.slice(o.end, o.end + 12)) && !saidTogether(o) && !relative) && !representedAt(text, input.officials, o, roleTrig.end) &&
      // ("..., said Mark X, U.S. undersecretary of state": the one reporting after the verb of saying.)
      !namedAsReporter(text, o, roleTrig.end)).map(who);
  // ("The foreign minister and Canadian High Commissioner Y discussed", "In a meeting, the foreign minister and Y ...":
  // an office in lower case, joined to the one named, stands for the one named before who holds it.)
  if (previous.length > 0) {
    const joinedTo = (named: Who[], from: number): Who[] => {
      const office = named.length > 0 ? DESCRIBED_AND.exec(text.slice(from, named[0].start))?.[1].toLowerCase() : undefined;
      const holders = office ? previous.filter((id) => (input.persons.get(id)?.position ?? '').toLowerCase() === office && !named.some((o) => o.id === id)) : [];
      return holders.length === 1 ? [{ id: holders[0], start: named[0].start - 1 }, ...named] : named;
    };
    if (subject.length > 0) subject = joinedTo(subject, clauseStart);
    else if (roleTrig.voice === 'noun') object = joinedTo(object, roleTrig.end);
  }
  // ("X visited Y, who welcomed him": the relative clause's subject is the one named right before it; "him", the
  // sentence's subject before that.)
  if (relative && object.length === 0 && subject.length > 1 && /^\s+(?:him|her)\b/.test(text.slice(roleTrig.end, roleTrig.end + 8))) {
    object = subject.filter((s) => s.id !== lastBefore!.id).slice(0, 1);
    subject = subject.filter((s) => s.id === lastBefore!.id);
  }
  // ("received a written message from President Y, delivered by his envoy Z": the envoy came; the sender did not.)
  const receives = roleTrig.voice === 'hostFirst' && /^receiv/.test(roleTrig.phrase);
  const delivered = receives ? DELIVERED_BY.exec(text.slice(roleTrig.end, clauseEnd)) : null;
  if (delivered) object = object.filter((o) => o.start >= roleTrig.end + delivered.index);
  // (Its bearer told in the next sentence: the sender, who did not come, is no party.)
  else if (receives && RECEIVED_THING.test(text.slice(roleTrig.end, roleTrig.end + 60)) && bearerNamedNext(text, sent)) object = [];
  // ("X gave Y a warm welcome", "wished Y a warm welcome": the one given the welcome is the guest.)
  if (roleTrig.voice === 'hostFirst' && !passive && /^welcome$/i.test(roleTrig.phrase)) {
    const gave = lastMatchBefore(text.slice(clauseStart, roleTrig.start), GAVE_A, roleTrig.start - clauseStart);
    if (gave > 0) {
      const given = subject.filter((s) => s.start >= clauseStart + gave);
      if (given.length > 0 && given.length < subject.length) {
        subject = subject.filter((s) => !given.includes(s));
        object = [...given, ...object];
      }
    }
  }
  // ("“I was pleased to meet with my Finnish counterpart Y,” X said", "“Our talks in Papeete today with Y ...,” Mr X
  // says": the one quoted speaking of himself met them.)
  if (subject.length === 0 && object.length > 0) {
    const speaker = quotedSpeaker(input, sent, roleTrig);
    if (speaker && !object.some((o) => o.id === speaker.id)) subject = [who(speaker)];
  }
  // ("Courtesy Call on Foreign Minister X by Ambassador Y": a headline's caller after "by", the one called on before.)
  if (subject.length === 0 && roleTrig.voice === 'guestFirst' && object.length >= 2) {
    const at = text.slice(roleTrig.end, objectEnd).search(/\sby\s/);
    const cut = roleTrig.end + at;
    if (at >= 0 && object.some((o) => o.start < cut) && object.some((o) => o.start > cut)) {
      subject = object.filter((o) => o.start > cut);
      object = object.filter((o) => o.start < cut);
    }
  }
  // "Speaking after receiving the letters from the envoys, President X said": the participle's agent is the main
  // clause's subject, after the comma that closes the opening phrase.
  // ("Receiving Ambassador Y, President X said": the one who speaks is the agent too; so is he after "In a video
  // conference with Y, X explained".)
  const lead = text.slice(sent.start, roleTrig.start);
  // ("Following a meeting with his Lithuanian counterpart Y at Tapa base Tuesday, X said": so after a meeting named.)
  // ("In the meeting with Y, a Bruneian official, X said": so in one named with its party.)
  // (The comma after the meeting word, looked for once and only where the opening needs it: a text may have none.)
  let firstComma: number | undefined;
  const commaAfter = () => (firstComma ??= text.indexOf(',', roleTrig.end));
  const partyBeforeComma = () => commaAfter() >= 0 && object.some((o) => o.start < commaAfter());
  const namedBefore = (roleTrig.voice === 'noun' && (OPENING_NOUN.test(lead) || (OPENING_AFTER.test(lead) && /^\s+with\b/.test(text.slice(roleTrig.end, roleTrig.end + 6))))) ||
    (/^(?:meeting|talks|discussions?) with$/.test(roleTrig.phrase) && (OPENING_AFTER.test(lead) || (OPENING_NOUN.test(lead) && partyBeforeComma())));
  // ("While receiving the Letter of Credence from Ambassador Y at the Royal Palace, King X said": a participle's phrase
  // of more words.)
  if (subject.length === 0 && ((/ing$|^\p{L}+ing\b/u.test(roleTrig.phrase) && OPENING_PARTICIPLE.test(lead)) || namedBefore)) {
    let comma = commaAfter();
    // ("After meeting the US Trade Representative, Katherine Y, X said": past a name set off by commas after its office.)
    // ("Speaking with the first ambassador of Myanmar to Bhutan, U Aung Khin X, Y expressed": a short style before it.)
    // (Not after the one met, named: "While paying a courtesy call on Gen Y today, Mr X, Ambassador of France, expressed".)
    for (let set; comma >= 0 && comma < clauseEnd && !object.some((o) => o.start < comma) && (set = input.officials.find((o) => o.start > comma && /^,\s*(?:\p{Lu}\p{Ll}{0,2}\.?\s+){0,2}$/u.test(text.slice(comma, o.start)))) && text[set.end] === ',';) comma = set.end;
    let agent = comma >= 0 && comma < clauseEnd ? within(input.officials, { start: comma, end: clauseEnd }).find(isParty) : undefined;
    // ("Receiving the credentials from Ambassador Y, High Commissioner ... at the office of the President in Maputo, the
    // President of Mozambique recalled": the phrase may run on past the guest's comma; the agent opens the clause after
    // its last comma.)
    // (Words of an office and a rank before the agent's name, however many, are his own: "Welcoming the guests, the
    // Rector of the University of Defence Lieutenant General Prof. Dr. X underlined".)
    const near = (o: Entity) => text.slice(comma + 1, o.start).trim().split(/\s+/).length <= 8 || TITLED_LEAD.test(text.slice(comma + 1, o.start));
    if (agent && !near(agent)) {
      for (const o of within(input.officials, { start: agent.end, end: clauseEnd })) {
        const c = text.lastIndexOf(',', o.start);
        if (!isParty(o) || c <= comma || !/^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(c + 1, o.start))) continue;
        comma = c;
        agent = o;
        break;
      }
    }
    // (A meeting named with nobody before the comma, "During talks at the ministry, A and B confirmed", is theirs.)
    const named = roleTrig.voice !== 'noun' || object.some((o) => o.start < comma);
    if (agent && named && near(agent)) {
      // (A meeting word keeps the order written, its parties alike; a verb's agent is its subject.)
      const before = object.filter((o) => o.start < comma && o.id !== agent.id);
      if (namedBefore && !PLURAL_CALLS.test(roleTrig.phrase)) object = [...before, who(agent)];
      else {
        subject = [who(agent)];
        object = before;
        // ("Receiving a delegation of investors ..., X requested the delegation led by Ambassador Y to ...": the
        // delegation received is named by its leader after the agent.)
        const led = object.length === 0 && roleTrig.voice === 'hostFirst' ? DELEGATION_LEADER.exec(text.slice(agent.end, sent.end)) : null;
        const leader = led ? within(input.officials, { start: agent.end + led.index + led[0].length, end: sent.end }).find((o) => isParty(o) && o.id !== agent.id) : undefined;
        if (leader) object = [who(leader)];
      }
    } else if (!agent && comma >= 0 && comma < clauseEnd && !namedBefore && previous.length > 0 && object.some((o) => o.start < comma) &&
      AGENT_REFERRED.test(text.slice(comma + 1, comma + 48))) {
      // ("Hosting a reception for Ambassador Y on July 4, she expressed ...", "..., the top legislator said": the one
      // the sentence before named.)
      subject = [{ id: previous[0], start: roleTrig.start - 1 }];
      object = object.filter((o) => o.start < comma && o.id !== previous[0]);
    }
  }
  // "The two ministers met", "He also called on X": parties of the sentence before; "..., and was received by
  // Y": the subject of the clause before.
  // (The caller named after "from", the one called after "to".)
  if (fromTo && subject.length === 0 && object.length >= 2) {
    subject = [object[0]];
    object = object.slice(1);
  }
  // (A quotation opening the clause and still open at the meeting's word is read as the clause: '"The visiting admiral
  // was welcomed by X," he said'; not one whose speaker speaks of himself: '"I received a call from X"'.)
  const head = text.slice(clauseStart, roleTrig.start).replace(/^(\s*)["“](?!\s*(?:I|We|My|Our|Me|Us)\b)(?=[^"”]*$)/, '$1 ');
  // ("Hungary's network is “our treasure,” X said ahead of talks with Y": the one who spoke held them.)
  if (subject.length === 0 && roleTrig.voice === 'noun') {
    const said = SAID_AHEAD.exec(text.slice(sent.start, roleTrig.start));
    const speaker = said ? within(input.officials, { start: sent.start, end: sent.start + said.index }).filter(isParty).pop() : undefined;
    if (speaker && !object.some((o) => o.id === speaker.id)) subject = [who(speaker)];
  }
  if (subject.length === 0 && inherited.length > 0) subject = inherited.map((id) => ({ id, start: roleTrig.start - 1 }));
  else if (subject.length === 0 && previous.length === 0 && kind !== 'visit' && THE_DELEGATION.test(head)) {
    // ("The UK delegation comprised of representatives of ONR, headed by X, visited Rostechnadzor. The delegation was
    // welcomed by Y": a sentence listing who a delegation was leaves no one before, but its leader is named.)
    const leader = delegationLeaderBefore(input, s);
    if (leader && !object.some((o) => o.id === leader)) subject = [{ id: leader, start: roleTrig.start - 1 }];
  } else if (subject.length === 0 && previous.length > 0) {
    const described = describedSubject(input, head, previous, ctx.visitor);
    // (Not "They discussed with ministers ...": they met others the text does not name, not each other.)
    const withOthers = /^\s+(?:with\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:ministers|officials|counterparts|leaders|delegates|participants|members)\b/u.test(text.slice(roleTrig.end, roleTrig.end + 40));
    // ("the Presidents of the two countries held Turkmen-Uzbek one-on-one talks": the subject before a light verb.)
    const subjectHead = roleTrig.voice === 'noun' ? head.replace(/\s+(?:held|had|hold|have)\s+(?:[\w-]+\s+){0,3}$/, ' ') : head;
    // ("X attended the summit. Bilateral discussions were also held with A, B and C": the one named before held them.)
    const heldWith = roleTrig.voice === 'noun' && previous.length === 1 && object.length > 0 && /^\s*(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(head) &&
      /^\s+(?:were|was)\s+(?:also\s+)?held\s+with\b/.test(text.slice(roleTrig.end, roleTrig.end + 30));
    // ("King X held meetings with Arab leaders. His Majesty met with A, B and C": a style standing for the one named
    // before.)
    const styled = !heldWith && previous.length >= 1 && STYLE_ALONE.test(head);
    const ledByNation = nationLed(head, previous, input);
    // ("A delegation of the National Defence University, led by Major General X, visited NUST. The delegation was
    // warmly received by the rector, Lt General Y": the delegation stands for the one said to lead it before.)
    const leader = ledByNation.length === 0 && kind !== 'visit' && THE_DELEGATION.test(head) ? delegationLeaderBefore(input, s) : null;
    // ("X said on Tuesday. He said he voiced the proposal at his meeting with Y": the pronoun's owner of the meeting.)
    // ("As for the bilateral talks he held with his Austrian counterpart Y": or the pronoun holding them after the noun.)
    // (There the pronoun is the first named before, as it opens a sentence, or follows an agentless passive opening it:
    // "X pointed out ... It was discussed during his talks with Y".)
    const owned = (roleTrig.voice === 'noun' || /^meeting with$/.test(roleTrig.phrase)) && kind !== 'visit' && previous.length >= 1 &&
      ((previous.length === 1 && PRONOUN_OWNED.test(head) && (PRONOUN_OPENS.test(head) || PASSIVE_OPENS.test(head))) || (roleTrig.voice === 'noun' && PRONOUN_HELD.test(text.slice(roleTrig.end, roleTrig.end + 30))));
    if (heldWith || styled || owned) subject = [{ id: previous[0], start: roleTrig.start - 1 }];
    // ("In a phone call, the two top diplomats also discussed ...": the noun opening the sentence, the plural after it.)
    else if (!withOthers && (PLURAL_SUBJECT.test(subjectHead) || THEY_AFTER_OPENING.test(subjectHead) || (roleTrig.voice === 'noun' && /\btheir\s+(?:[\w-]+\s+){0,2}$/i.test(head)) ||
      (roleTrig.voice === 'noun' && /^\s*(?:In|During|Over)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/.test(head) && PLURAL_AFTER.test(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 60)))))) {
      // ("... The Australian ambassador in Mexico, X, extends her representation. The two diplomats also discussed":
      // not the one named just before, where "the two" are told; the two met before.)
      if (new Set(previous).size >= 2 || !/\b(?:the two|both)\b/i.test(subjectHead) || previous.some(ctx.metBefore)) subject = previous.map((id) => ({ id, start: roleTrig.start - 1 }));
    }
    // ("He was welcomed at Bole Airport by X": the pronoun as a passive's subject too.)
    else if (ledByNation.length === 1) {
      // ("the Colombian delegation was received by X": the one of the sentence before who serves that country.)
      subject = [{ id: ledByNation[0], start: roleTrig.start - 1 }];
    }
    else if (leader && !object.some((o) => o.id === leader)) subject = [{ id: leader, start: roleTrig.start - 1 }];
    else if (described) {
      // ("The Colombian general was received at the Pentagon by X", "The senior Czech commander also met Y", "The
      // visiting General inspected ...": the one named before of that nation, or the visitor.)
      subject = [{ id: described, start: roleTrig.start - 1 }];
    }
    else if (PRONOUN_SUBJECT.test(head) || PRONOUN_CLAUSE.test(head) || PRONOUN_GOES_ON.test(head) || PRONOUN_PASSIVE.test(head) || PRONOUN_REMARKS.test(head) || PRONOUN_LIGHT.test(head) || PRONOUN_SAID_WHEN.test(head)) {
      // ("... his counterpart, A, B arrived in Bamako. Upon landing, he was greeted by A": not the one the sentence names
      // across the verb.)
      subject = [{ id: previous.find((id) => !object.some((o) => o.id === id)) ?? previous[0], start: roleTrig.start - 1 }];
    }
    // ("X affirmed in Hanoi on May 30. At a reception for visiting Minister Y, he said ...": the pronoun after the opening
    // phrase is the one named before.)
    // ("Speaking after her meeting with Minister Y, she said", "On his meeting with Chief Minister Y, he tweeted": or
    // what one said after it.)
    else if (object.length > 0 && (roleTrig.voice === 'noun' || /^meeting with$/.test(roleTrig.phrase)) && /^\s*(?:At|During|After|Following|On(?=\s+(?:his|her)\s)|(?:Speaking|Talking)\s+(?:after|at|during|following))\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?$/.test(head) &&
      /^[^.;]{0,80}?,\s+(?:he|she)\s+(?:also\s+)?(?:said|\p{Ll}+ed|\p{Ll}+s)\b/u.test(text.slice(object[object.length - 1].start, sent.end))) subject = [{ id: previous[0], start: roleTrig.start - 1 }];
    // ("X said today ... At a meeting with Ambassador Y, it was concluded that ...": an agentless report of the one
    // named before.)
    // ("During his talks with Foreign Minister Y, agreement was reached": the one the pronoun stands for, too.)
    else if (object.length > 0 && /^\s*(?:At|During|In)\s+(?:a|the|this|his|her)\s+$/.test(head) &&
      AGENTLESS.test(text.slice(object[object.length - 1].start, sent.end))) subject = [{ id: previous[0], start: roleTrig.start - 1 }];
  }
  // ("X did not schedule a meeting with Y, even as he met Z": the pronoun after a clause's start stands for the
  // sentence's subject.)
  if (subject.length === 0 && clauseStart > sent.start && /^\s*(?:he|she)\s+(?:also\s+)?$/i.test(head)) {
    const first = within(input.officials, { start: sent.start, end: clauseStart }).find(isParty);
    if (first) subject = [{ id: first.id!, start: roleTrig.start - 1 }];
  }
  // ("X arrived ... Officials, including Deputy Minister Y, were present to welcome the delegation": the delegation
  // welcomed is that of the one the text was about.)
  if (object.length === 0 && subject.length > 0 && roleTrig.voice === 'hostFirst' && previous.length > 0 && !subject.some((o) => o.id === previous[0]) &&
      WELCOMED_DELEGATION.test(text.slice(roleTrig.end, roleTrig.end + 40))) {
    object = [{ id: previous[0], start: roleTrig.end }];
  }
  // "The Commander made the remarks when the Defence attaché, Group Captain X called on him": the one the pronoun
  // after the verb stands for is the main clause's subject, not a party of the same side.
  if (object.length === 0 && (/^\s+(?:him|her)\b/.test(text.slice(roleTrig.end, roleTrig.end + 5)) || (roleTrig.phrase === 'called' && CALLED_TO_SAY_PRONOUN.test(text.slice(roleTrig.end, roleTrig.end + 30))))) {
    const when = / (?:when|as|after|while) /g;
    let cut = -1;
    for (let m = when.exec(head); m; m = when.exec(head)) cut = clauseStart + m.index;
    let main: Entity | undefined;
    // (Or by an unnamed delegation: "when a six-member delegation from the German Ministries ... called on him".)
    if (cut >= 0 && subject.some((o) => o.start < cut) && (subject.some((o) => o.start > cut) || UNNAMED_CALLER.test(text.slice(cut, roleTrig.start)))) {
      object = subject.filter((o) => o.start < cut).slice(-1).map((o) => ({ ...o, start: roleTrig.end }));
      subject = subject.filter((o) => o.start > cut);
    }
    // ("X commended the outgoing envoy. He said this when Mr Y called on him": the pronoun before "when" is the one
    // the sentence before is about.)
    else if (cut >= 0 && previous.length > 0 && subject.length > 0 && subject.every((o) => o.start > cut && o.id !== previous[0]) &&
      /^\s*(?:He|She)\s/.test(text.slice(clauseStart, cut + 1))) {
      object = [{ id: previous[0], start: roleTrig.end }];
    }
    // ("X said on Wednesday ... Talking to Y, who called on him, the NA speaker said": the one the sentence before
    // is about, where the sentence names no one else.)
    else if (cut < 0 && previous.length > 0 && /\bwho\s+(?:had\s+|has\s+)?(?:also\s+)?$/.test(head) && subject.length === 1 && !subject.some((o) => o.id === previous[0]) &&
      within(input.officials, sent).every((o) => o.id === subject[0].id)) {
      object = [{ id: previous[0], start: roleTrig.end }];
    }
    // ("Prime Minister X said ..., as UNICEF Executive Director Y paid a courtesy call on her": the one the main clause
    // before names.)
    // (The one who says: "said" makes no party of the main clause's subject, but the pronoun is hers.)
    else if (cut >= 0 && subject.length > 0 && subject.every((o) => o.start > cut) && (main = soleOfficial({ start: sent.start, end: cut }))) {
      if (!subject.some((o) => o.id === main!.id)) object = [{ id: main.id!, start: roleTrig.end }];
    }
    // ("Guyana has a new Consul General to Barbados. He is Harry X. Minister Y officially welcomed him on Monday": the
    // one other official the sentence before names.)
    else if (cut < 0 && subject.length === 1 && s > 0 && within(input.officials, sent).every((o) => o.id === subject[0].id)) {
      const before = new Set(within(input.officials, input.sentences[s - 1]).map((o) => o.id!).filter((id) => id !== subject[0].id));
      if (before.size === 1) object = [{ id: [...before][0], start: roleTrig.end }];
    }
  }
  // "met the visiting general", "met with his counterpart": the official the phrase stands for.
  if (object.length === 0) {
    const after = text.slice(roleTrig.end, clauseEnd);
    const ref = VISITING.test(after) ? ctx.visitor : COUNTERPART.test(after) && subject.length > 0 ? ctx.counterpartOf(subject[0].id) : null;
    if (ref && !subject.some((o) => o.id === ref)) object = [{ id: ref, start: roleTrig.end }];
  }
  // ("Somalia's FM, X received the high level Eritrean delegation upon arrival": the delegation named before by its
  // nation, its leader and those of that nation named with him.)
  if (object.length === 0 && subject.length > 0 && roleTrig.voice === 'hostFirst') {
    const told = NATION_DELEGATION_MET.exec(text.slice(roleTrig.end, Math.min(clauseEnd, roleTrig.end + 60)));
    const nation = told ? countryName(told[1]) : null;
    if (nation) object = delegationBefore(input, s, nation).filter((id) => !subject.some((o) => o.id === id)).map((id) => ({ id, start: roleTrig.end }));
  }
  // ("X hopes to visit for a summit with President Y, X said in an interview": the one who said it gave it, not those
  // his words name.)
  if (kind === 'interview' && subject.length > 1 && SAID_IN.test(text.slice(Math.max(clauseStart, roleTrig.start - 60), roleTrig.start))) {
    const speaker = subject.filter((o) => o.start < roleTrig.start).at(-1);
    if (speaker) subject = [speaker];
  }
  // ("In an interview with Xinhua, X said": the one who speaks after the aside gave it.)
  if (kind === 'interview' && subject.length === 0 && object.length === 0) {
    const speaker = within(input.officials, { start: roleTrig.end, end: sent.end }).filter(isParty)[0];
    if (speaker) object = [who(speaker)];
  }
  // Spokespersons report meetings; they take part only when nobody else is named.
  const speaking = (o: Who) => SPOKESPERSON.test(input.persons.get(o.id)?.position ?? '');
  // ("the Foreign Ministry's spokesman X held talks with Ambassador Y": one named right before the verb takes part.)
  const endOf = (o: Who) => input.officials[firstStartingAt(input.officials, o.start)]?.end ?? o.start;
  const actsHimself = subject.length > 0 && object.length > 0 && subject.every(speaking) && !object.some(speaking) &&
    subject.every((o) => /^\s*(?:(?:on|last|this)\s+\w+\s*)?$/.test(input.text.slice(endOf(o), roleTrig.start)));
  if (subject.length + object.length > 1 && !actsHimself) {
    subject = subject.filter((o) => !speaking(o));
    object = object.filter((o) => !speaking(o));
  }

  // "jointly hosted by X and Y", "X and Y co-chaired": co-hosts (not the title "Co-Chairs").
  const cohost = lex.meetingPhrases.cohost.includes(roleTrig.phrase) ||
    input.phrases.cohostBy.has(sentText);
  // ("President X bade farewell to the outgoing Ambassador Y", "Kenya has bid farewell to Ambassador Y": a farewell
  // to an envoy is the envoy's, received by the one who bids it.)
  const isEnvoy = (w: Who) => ENVOY.test(input.persons.get(w.id)?.position ?? '');
  // ("bid farewell to outgoing ECOMIG Commander Col. Y": or to one the text calls outgoing.)
  const outgoing = (w: Who) => w.start > roleTrig.end && /\b(?:outgoing|departing)\b/.test(text.slice(roleTrig.end, w.start));
  const farewellToDeparting = /farewell/.test(roleTrig.phrase) && voice === 'guestFirst' && object.length > 0 && object.every((o) => isEnvoy(o) || outgoing(o)) && !subject.some(isEnvoy);
  const receptionFor = voice === 'noun' && subject.length > 0 && object.length > 0 && /^\s+(?:for|in honou?r of)\s/.test(text.slice(roleTrig.end, roleTrig.end + 16));
  const role = (side: 'subject' | 'object'): ParticipantRole => {
    if (cohost) return 'host';
    if (farewellToDeparting) return side === 'subject' ? 'host' : 'guest';
    if (kind === 'interview') return 'interviewee';
    if (kind === 'reception') {
      // "thanked X for the reception": a noun alone does not say who received whom; "a reception for visiting Minister
      // Y" does: those it was for are its guests.
      if (voice === 'noun') return receptionFor ? (side === 'subject' ? 'host' : 'guest') : 'participant';
      if (voice === 'guestFirst') return side === 'subject' ? 'guest' : 'host';
      return side === 'subject' ? 'host' : 'guest';
    }
    if (kind === 'visit') return side === 'subject' ? 'guest' : 'host';
    if ((kind === 'phone call' || kind === 'video call') && (roleTrig.kind === kind || called)) {
      if (voice === 'callerFirst') return side === 'subject' ? 'caller' : 'callee';
      if (voice === 'calleeFirst') return side === 'subject' ? 'callee' : 'caller';
    }
    return 'participant';
  };
  // "the visit of General Secretary X to China": the one visiting follows the word.
  const visitOf = kind === 'visit' && /^\s+(?:of|by)\b/.test(text.slice(roleTrig.end, roleTrig.end + 4));
  const parties: Party[] = [];
  const sided = subject.length > 0 && object.length > 0;
  const add = (o: Who, r: ParticipantRole, side: 'subject' | 'object') => {
    if (!parties.some((p) => p.id === o.id)) parties.push(sided ? { id: o.id, role: r, start: o.start, side } : { id: o.id, role: r, start: o.start });
  };
  // ("President X was speaking when A and B bid farewell to President X": one named before "when", beside others,
  // and again after the verb, stands where the verb puts him.)
  const again = new Set(object.map((o) => o.id));
  const spoke = (o: Who) => again.has(o.id) && subject.some((x) => x.id !== o.id) && /\bwhen\b/.test(text.slice(o.start, roleTrig.start));
  for (const o of subject) if (!spoke(o)) add(o, role('subject'), 'subject');
  for (const o of object) add(o, visitOf ? 'guest' : role('object'), 'object');
  if (parties.length === 0) return [];
  // "X, the Director of Defence Information, noted that the visit went well": the speaker is no visitor.
  if (kind === 'visit' && parties.length === 1) {
    const o = input.officials[firstStartingAt(input.officials, parties[0].start)];
    if (o && o.start === parties[0].start && REPORTING.test(text.slice(o.end, o.end + 40).replace(/^,[^,]*,/, ''))) return [];
  }
  // "with senior military leaders from 43 nations": many sides meeting together.
  if ((kind === 'talks' || kind === 'reception') && /nations|countries|states|counterparts/i.test(sentText) && MANY_NATIONS.test(sentText)) kind = 'multilateral';
  // "his counterparts from Hungary, the Czech Republic, Slovakia and Poland": counterparts of two countries or more.
  const from = (kind === 'talks' || kind === 'reception') ? /\bcounterparts\s+from\b/i.exec(sentText) : null;
  if (from && new Set(within(input.places, { start: sent.start + from.index, end: sent.end }).filter((p) => p.country && !p.capital).map((p) => p.country)).size >= 2) kind = 'multilateral';
  // "X has visited the Chief of Defence Staff, General Y": a visit to an official is a call on them.
  // ("arrived in Bogota on 24 June to review with his Colombian counterpart, Y": one arriving calls on nobody.)
  // ("X made the trip with his Minister of Defense, Y": those one travels with are of his party, no hosts.)
  if (kind === 'visit' && object.length > 0 && subject.length > 0 && TRAVELS_WITH_OWN.test(text.slice(roleTrig.end, roleTrig.end + 20))) {
    for (const p of parties) {
      p.role = 'guest';
      if (p.side) p.side = 'subject';
    }
  } else if (kind === 'visit' && !visitOf && object.length > 0 && subject.length > 0 && !/^arriv/.test(roleTrig.phrase)) {
    kind = 'reception';
    for (const p of parties) p.role = subject.some((o) => o.id === p.id) ? 'guest' : 'host';
  }
  // ("X met him to present his credentials": one presenting credentials calls on the one he meets.)
  if (kind === 'talks' && roleTrig.voice === 'symmetric' && subject.length > 0 && object.length > 0 && TO_PRESENT_CREDENTIALS.test(text.slice(roleTrig.end, sent.end))) {
    kind = 'reception';
    for (const p of parties) p.role = subject.some((o) => o.id === p.id) ? 'guest' : 'host';
  }
  // ("During a courtesy call at the Office of the President by Prime Minister X, President Y said": the one the call is
  // by calls on the other.)
  if (kind === 'reception' && voice === 'noun' && parties.length === 2 && CALL_NOUN.test(roleTrig.phrase)) {
    const by = CALL_BY.exec(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 80)));
    const at = by ? roleTrig.end + by[0].length : -1;
    const caller = by ? input.officials[firstStartingAt(input.officials, at)] : undefined;
    if (caller && caller.start - at <= 60 && caller.end <= sent.end && parties.some((p) => p.id === caller.id)) {
      for (const p of parties) p.role = p.id === caller.id ? 'guest' : 'host';
    }
  }
  // ("During a courtesy call on the Vice President in Accra, Ambassador X reaffirmed": the call opens the sentence; the
  // one it is on receives the one the clause after its comma names.)
  if (kind === 'reception' && roleTrig.voice === 'guestFirst' && / (?:on|to|upon)$/.test(roleTrig.phrase) && CALL_OPENS.test(text.slice(sent.start, roleTrig.start))) {
    // (The clause's subject opens after the opening phrase's last comma: "During a courtesy call on the acting IGP, Mr
    // X, in Accra yesterday, the Canadian High Commissioner, Ms Y, urged".)
    // (Those after it pay the call even where the one it is on is named by an office only: "on the Vice President".)
    // (Not a call "by" someone, told before the comma: "During a courtesy call on X by Y and Z, Z also indicated".)
    const last = Math.max(...parties.map((p) => p.start));
    const comma = text.lastIndexOf(',', last);
    const firstComma = text.indexOf(',', roleTrig.end);
    if (comma >= roleTrig.end && !/\bby\b/.test(text.slice(roleTrig.end, firstComma))) paidBy(parties, (p) => p.start > comma);
  }
  // ("X held bilateral discussions with a delegation from India who paid a courtesy visit to the Defence Headquarters":
  // the one the relative clause is about called on the sentence's subject.)
  if (kind === 'reception' && roleTrig.voice === 'guestFirst' && /\bwho\s+(?:had\s+|has\s+|also\s+)?$/.test(text.slice(Math.max(sent.start, roleTrig.start - 16), roleTrig.start))) {
    const talk = trigs.find((x) => x.kind === 'talks' && x.end <= roleTrig.start);
    if (talk && parties.some((p) => p.start < talk.start)) paidBy(parties, (p) => p.start >= talk.start);
  }
  // ("During their visit, they met with Prime Minister Y, who graciously received them": the one the relative clause is
  // about received the others.)
  // (The receiving may be the word giving the kind, after one that met: "they met with Y, who received them".)
  const receiving = roleTrig.voice === 'hostFirst' ? roleTrig : kindTrig;
  if (kind === 'reception' && receiving.voice === 'hostFirst' && /^\s+(?:them|him|her)\b/.test(text.slice(receiving.end, receiving.end + 6))) {
    const who = RECEIVING_WHO.exec(text.slice(Math.max(sent.start, receiving.start - 30), receiving.start));
    const at = who ? receiving.start - who[0].length : -1;
    const host = who ? parties.filter((p) => p.start < at).reduce<Party | undefined>((b, p) => (!b || p.start > b.start ? p : b), undefined) : undefined;
    if (host && parties.some((p) => p.id !== host.id)) for (const p of parties) p.role = p.id === host.id ? 'host' : 'guest';
  }
  // ("General X received the Distinguished Service Order from President Y": an honour received from one who confers it,
  // who is the host.)
  if (kind === 'reception' && receiving.voice === 'hostFirst' && subject.length > 0 && object.length > 0 &&
      HONOUR_FROM.test(text.slice(receiving.end, Math.min(...object.map((o) => o.start))))) {
    for (const p of parties) p.role = object.some((o) => o.id === p.id) ? 'host' : subject.some((o) => o.id === p.id) ? 'guest' : p.role;
  }
  // ("X, on a courtesy visit, met Governor Y": the one on the call met the one called on.)
  // ("X paid a courtesy visit to the State House where he met with President Y": so does one calling at a place.)
  if (kind === 'reception' && roleTrig.voice === 'symmetric' && subject.length > 0 && object.length > 0 &&
      ((kindTrig.voice === 'noun' && CALL_NOUN.test(kindTrig.phrase) && ON_A.test(text.slice(Math.max(sent.start, kindTrig.start - 12), kindTrig.start))) ||
        (kindTrig.voice === 'guestFirst' && kindTrig.end <= roleTrig.start && WHERE_HE.test(text.slice(kindTrig.end, roleTrig.start))))) {
    for (const p of parties) p.role = subject.some((o) => o.id === p.id) ? 'guest' : 'host';
  }
  // ("EU Ambassador X met him in a courtesy call": an envoy meeting one who is none in a call pays it.)
  if (kind === 'reception' && roleTrig.voice === 'symmetric' && subject.length === 1 && object.length === 1 && kindTrig.voice === 'noun' && CALL_NOUN.test(kindTrig.phrase)) {
    const envoy = (id: string | undefined) => ENVOY.test(input.persons.get(id ?? '')?.position ?? '');
    if (envoy(subject[0].id) && !envoy(object[0].id)) for (const p of parties) p.role = subject.some((o) => o.id === p.id) ? 'guest' : 'host';
  }
  // "X visited U.S. Southern Command today where she met with its Commander Y": the visitor is the guest of those
  // she met where she went.
  if (kind === 'talks' && roleTrig.voice !== 'noun' && object.length > 0 && VISITED_WHERE.test(text.slice(sent.start, roleTrig.start))) {
    kind = 'reception';
    for (const p of parties) p.role = object.some((o) => o.id === p.id) ? 'host' : 'guest';
  }

  // ("where he was hosted at an official ceremony by Prime Minister X": a welcome by its host, told in the passive, is a
  // reception that talks told after do not undo.)
  const hostedBy = passive && /^\s+by\b/.test(text.slice(roleTrig.end, Math.min(sent.end, roleTrig.end + 60)).replace(/^\s+(?:at|in|on|during)\s+[^,;]*?(?=\s+by\b)/, ''));
  // (The words each pattern needs are looked for first: most sentences hold none of them.)
  const base: Omit<Mention, 'parties' | 'date' | 'place' | 'here' | 'start' | 'end'> = {
    sentence: s, kind, weak: weak && kind === 'reception' && !hostedBy, wording: text.slice(roleTrig.start, roleTrig.end),
    sameDay: sameDayIn(sentText) || paragraphOpensSameDay(input, s),
    ...dayShiftIn(sentText),
    atEvent: atAnEvent(sentText),
    online: kind === 'reception' && !!remote && VIRTUAL_EVENT.test(remote),
    requester: /request|initiative|initiated|invitation|behest|instance/i.test(sentText) ? requesterIn(input, sent, roleTrig.start) : null,
    past: PAST.test(text.slice(clauseStart, clauseEnd)),
    // "At the meeting, X said"; "as X stressed at the ASEAN-ROK summit": a meeting named, not reported.
    // ("During the visit, deputy Interior Minister X presented ...": the visit named, its visitor told before.)
    continuation: (roleTrig.voice === 'noun' && (CONTINUATION.test(text.slice(sent.start, kindTrig.start)) || AT_EVENT.test(text.slice(clauseStart, roleTrig.start)))) ||
      (kind === 'visit' && /^visit$/.test(text.slice(roleTrig.start, roleTrig.end)) && VISIT_NAMED.test(text.slice(sent.start, roleTrig.end + 2))),
    firstVerb: roleTrig.start,
    // "The conference was hosted by X": a party of the meeting just told, named by the meeting itself.
    namesMeeting: subject.length === 0 && MEETING_SUBJECT.test(head),
  };
  const clause = { start: Math.min(clauseStart, sent.start), end: clauseEnd };
  const w = when(input, sent, clause, kind);
  // ("X and Y discussed the situation in Gaza": what follows the verb is the topic, not where they met.)
  // (So with what two did together: "reviewed the General Assembly held last week in New York".)
  // (Unless the place follows the verb at once: "discussed in Belgrade on Thursday the further cooperation".)
  // (A city a signing is told in stays: "X and Y signed a roadmap ... on the sidelines of the forum held in London";
  // so does the country of the visit it was signed during: "... during Y's visit to Australia".)
  const signedIn = roleTrig.voice === 'joint' && !!w.place && ((w.place.capital && /\b(?:in|at)\s+$/.test(text.slice(Math.max(roleTrig.end, w.place.start - 4), w.place.start))) ||
    /\bduring\s+\S+\s+(?:\S+\s+)?visit\s+to\s+(?:the\s+)?$/.test(text.slice(Math.max(roleTrig.end, w.place.start - 60), w.place.start)));
  // (Unless the place follows the one met: "discussed ongoing developments with NATO Secretary-General X and his
  // Lithuanian and French counterparts in Brussels on Thursday".)
  const metBefore = roleTrig.phrase === 'discussed' && w.place && w.place.start > roleTrig.end ? within(input.officials, { start: roleTrig.end, end: w.place.start }).at(-1) : undefined;
  const metThere = !!metBefore && !!w.place && /\bwith\b/.test(text.slice(roleTrig.end, w.place.start)) && /\s(?:in|at)\s+$/.test(text.slice(Math.max(roleTrig.end, w.place.start - 5), w.place.start)) &&
    !/[,;]/.test(text.slice(metBefore.end, w.place.start).replace(/counterparts?/g, ''));
  if ((roleTrig.phrase === 'discussed' || roleTrig.voice === 'joint') && !signedIn && !metThere && w.place && w.place.start > roleTrig.end && !/^\s+(?:in|at)\s+$/.test(text.slice(roleTrig.end, w.place.start)) &&
    !(roleTrig.phrase === 'discussed' && TOPIC_IN_PLACE.test(text.slice(roleTrig.end, w.place.start)) && /^\s+with\b/.test(text.slice(w.place.end, w.place.end + 8)))) w.place = null;
  // "met with X to discuss cooperation in Beijing on Wednesday": what the purpose clause closes with is the
  // meeting's setting, where no other meeting is told after it.
  if ((!w.place || !w.date) && PURPOSE.test(text.slice(clauseEnd, clauseEnd + 14)) && !trigs.some((t) => t.start >= clauseEnd && t.voice !== 'noun')) {
    const rest = when(input, sent, { start: clauseEnd, end: sent.end }, kind);
    w.date ??= rest.date;
    if (!w.place && !w.here) ({ place: w.place, here: w.here } = rest);
  }
  // ("X is paying an official visit to the United States on July 12-18, on which occasion he will meet with the
  // Chairman of the Joint Chiefs of Staff, General Y": the one the visitor is to meet there hosts the visit.)
  const occasion = kind === 'visit' && parties[0]?.role === 'guest' ? VISIT_OCCASION.exec(text.slice(roleTrig.end, sent.end)) : null;
  if (occasion) {
    const after = roleTrig.end + occasion.index + occasion[0].length;
    const next = input.officials[firstStartingAt(input.officials, after)];
    const met = next && next.start - after <= 90 && next.end <= sent.end && next.id !== parties[0].id ? next : undefined;
    const told = met ? parties.find((p) => p.id === met.id) : undefined;
    if (told) told.role = 'host';
    else if (met && parties.length === 1) parties.push({ id: met.id!, role: 'host', start: met.start });
  }
  // ("At the invitation of President X, President Y arrived in Uzbekistan": the one who invited hosts the visit.)
  const inviter = base.requester && 'id' in base.requester && (kind === 'visit' || kind === 'reception') ? base.requester.id : null;
  if (inviter && parties.some((p) => p.id !== inviter && p.role === 'guest')) for (const p of parties) if (p.id === inviter) p.role = 'host';
  // ("A and Japanese Prime Minister B laid wreaths at the memorial in Honolulu": two leaders' act at a memorial is a
  // visit, hosted by whoever serves the country it is in.)
  if (kind === 'visit' && roleTrig.voice === 'joint' && w.place?.country) {
    const home = w.place.country;
    for (const p of parties.filter((q) => input.persons.get(q.id)?.country === home)) p.role = 'host';
  }
  const whole: Mention = {
    sentence: base.sentence, kind: base.kind, weak: base.weak, wording: base.wording, sameDay: base.sameDay, requester: base.requester,
    past: base.past, continuation: base.continuation, firstVerb: base.firstVerb, namesMeeting: base.namesMeeting, atEvent: base.atEvent, online: base.online,
    ...(base.dayShift ? { dayShift: base.dayShift } : {}),
    parties, date: w.date, place: w.place, here: w.here, start: sent.start, end: sent.end,
  };

  // "had separate meetings with A, B and C", "met with A on Monday, and with B on Tuesday", "called on A and B":
  // one meeting per party on the far side, each with its own date (or all with the one told before the verb: "On
  // February 13, X called A and B").
  const far = parties.filter((p) => object.some((o) => o.id === p.id));
  const near = parties.filter((p) => !far.includes(p));
  const segments = splitAtAndWith(text, roleTrig.end, clauseEnd, within(input.dates, { start: roleTrig.end, end: clauseEnd }));
  const oneEach = far.length > 1 && near.length > 0 &&
    // ("was received by A and B", "a lunch, hosted by A and B" are one reception; "called on A and B", one call on each.)
    // ("In video conferences with A and B, X explained": a meeting word in the plural, one with each.)
    (SEPARATE.test(sentText) || toldApartNext(input, s, parties) || toldApartBefore(input, s, near) || (roleTrig.voice === 'noun' && PLURAL_CALLS.test(roleTrig.phrase)) || (near.length === 1 && far.length >= 3 && kind === 'talks' && DURING_VISIT.test(sentText)) || (kind === 'reception' && voice === 'guestFirst' && !passive && !/^(?:was|were) /.test(roleTrig.phrase)) ||
    // ("X called A and B", "phoned A and B": one call each.)
    (kind === 'phone call' && voice === 'callerFirst' && roleTrig.kind === 'phone call') ||
    // ("received visits from China's new Ambassador A, and France's Ambassador B": one call each, told in the plural.)
    (kind === 'reception' && voice === 'hostFirst' && /^\s+(?:separate\s+)?(?:courtesy\s+|farewell\s+|introductory\s+)?(?:visits|calls)\s+(?:from|by)\b/.test(text.slice(roleTrig.end, roleTrig.end + 40))) ||
    // ("received phone calls from A, B and C": one call from each.)
    (kind === 'phone call' && voice === 'calleeFirst' && PLURAL_CALLS.test(kindTrig.phrase)) ||
    // ("held phone talks with his Indian and South Korean counterparts A and B": a call with each, unless joint.)
    (kind === 'phone call' && COUNTERPARTS_OF_TWO.test(sentText) && !JOINT_CALL.test(sentText)));
  // "A, B and C all met separately with President X": one meeting each, the other way round.
  // ("A and B on Tuesday met with C, respectively": so does "respectively" closing the clause.)
  if (far.length === 1 && near.length > 1 && (SEPARATE.test(sentText) || /,?\s+respectively\s*[.;]?\s*$/.test(text.slice(roleTrig.end, sent.end)))) {
    return near.map((p) => ({ ...base, separate: true, parties: [p, far[0]], date: whole.date, place: whole.place, here: whole.here, start: sent.start, end: sent.end }));
  }
  if (near.length > 0 && (segments.length > 1 || oneEach)) {
    // "met separately and jointly with A and B": one meeting with each, and one with all.
    const out: Mention[] = JOINTLY.test(sentText) && oneEach ? [whole] : [];
    const groups = oneEach ? far.map((p) => [p]) : segments.map((seg) => far.filter((p) => p.start >= seg.start && p.start < seg.end));
    // ("called on Defence Secretary A, and met Chief of the Naval Staff B": those after a second verb are met as it says.)
    const thenMet = kind === 'reception' ? within(input.triggers, { start: roleTrig.end, end: clauseEnd }).find((t) => t.voice === 'symmetric' && t.kind === 'talks' && /\band\s+$/.test(text.slice(Math.max(0, t.start - 6), t.start))) : undefined;
    groups.forEach((group, k) => {
      if (group.length === 0) return;
      const seg = oneEach ? { start: group[0].start, end: clauseEnd } : segments[k];
      const own = when(input, sent, seg, kind);
      const met = thenMet && thenMet.end <= group[0].start;
      const parties = met ? near.concat(group).map((p) => ({ ...p, role: 'participant' as const })) : near.concat(group);
      out.push({ ...base, ...(met ? { kind: 'talks' as const, weak: false, wording: text.slice(thenMet.start, thenMet.end) } : {}), separate: true, parties, date: own.date ?? (k === 0 || (whole.date && whole.date.start < roleTrig.start) ? whole.date : null), place: own.place ?? whole.place, here: own.here || whole.here, start: sent.start, end: sent.end });
    });
    if (out.length > 0) return out;
  }
  return [whole];
}

/**
 * "X also held a number of bilateral meetings with several ranking officials ..." then "His Excellency met with A, B
 * and C": the sentence before, naming no one else, says the meetings were apart.
 */
function toldApartBefore(input: MentionInput, s: number, near: readonly Who[]): boolean {
  // ("X held several bilateral meetings with his counterparts ... X held bilateral meeting with A and B. X also met
  // with C and D": of the meetings told apart a few sentences before, what "also" adds is apart too.)
  const sent = input.sentences[s];
  const reach = /\balso\b/.test(input.text.slice(sent.start, sent.end)) ? 3 : 1;
  for (let k = s - 1; k >= 0 && k >= s - reach; k--) {
    const before = input.sentences[k];
    if (SEPARATE.test(input.text.slice(before.start, before.end)) && within(input.officials, before).every((o) => near.some((p) => p.id === o.id))) return true;
  }
  return false;
}

/**
 * "held talks with the ambassadors of A, B and C." then "... held discussions with the envoys in separate
 * meetings": the next sentence, naming nobody new, says the meetings were apart.
 */
function toldApartNext(input: MentionInput, s: number, parties: readonly Who[]): boolean {
  const next = input.sentences[s + 1];
  if (next && SEPARATE.test(input.text.slice(next.start, next.end))) return within(input.officials, next).every((o) => parties.some((p) => p.id === o.id));
  // ("met with their Excellencies: A, ..., B, ..., and C. ... These meetings also offered ...": a later sentence opening on
  // the meetings, in the plural, naming nobody.)
  for (let k = s + 1; k <= s + 3 && k < input.sentences.length; k++) {
    const later = input.sentences[k];
    if (THE_MEETINGS.test(input.text.slice(later.start, later.end))) return within(input.officials, later).length === 0;
  }
  return false;
}
const THE_MEETINGS = /^\s*(?:These|The|Those|All these|Both) (?:bilateral |separate )?meetings\b/;

/** "In addition to X," opening a sentence, to its comma. */
const IN_ADDITION_TO = /^\s*(?:In addition to|Besides|Apart from)\s[^,;]{3,120},/;

/**
 * A sentence naming a group told before: "The Ambassadors-Designate are", "The dignitaries were, in succession:", "The
 * envoys who presented their letters of credence at State House include".
 */
const ROSTER = /^\s*(?:\([^)]{0,200}\)\s*)?(?:The|These|Those)\s+(?:[\p{L}-]+\s+){0,2}?(?:[Aa]mbassadors(?:[- ][Dd]esignate)?|[Ee]nvoys|[Dd]ignitaries|[Dd]iplomats|[Hh]eads of [Mm]issions?|[Hh]igh [Cc]ommissioners|[Aa]mbassadors [Ee]xtraordinary and [Pp]lenipotentiary)(?:,?\s+(?:who|that)\s[^.;:]{0,100}?,?)?\s+(?:are|were|included|include)\b(?:,?\s+in\s+(?:succession|order)\b)?\s*[:,]?(?=\s*\p{Lu})/u;
/** "The U.S. side at the day's meeting included", "delegation to the Department of State included": a side's members, where it went or met between. */
const SIDE_INCLUDED = /\b(?:delegation|side|team)\s+(?:to|at|in|for)\s+(?:the\s+)?[^.;,]{1,40}?\s+(?:also\s+)?(?:included|includes|comprised)\b/;
/**
 * Attendees a sentence adds to a meeting ("Also present were X, Y and Z", "The meeting was attended by X"), and
 * the kind of meeting it names, if any ("the meeting", "the call").
 */
export function attendeesIn(input: MentionInput, s: number): { ids: string[]; kind: MeetingKind | null; escort: string | null; escortCue?: EscortCue; at: number; leads?: boolean; roster?: boolean } {
  const sent = input.sentences[s];
  const sentText = input.text.slice(sent.start, sent.end);
  // ("The Minister X and the Chief of Staff Y attended.": the verb closing the sentence.)
  const closing = ATTENDED_CLOSING.exec(sentText);
  // ("X and Y led the U.S. delegation": those who led a side.)
  const leaders = closing ? null : LED_SIDE.exec(sentText) ?? SIDES_LED.exec(sentText);
  const led = leaders ? { phrase: leaders[0], index: leaders.index } : null;
  // ("X was leading a delegation of MPs, including A, B and C": those the delegation includes.)
  // (Not those a subject met: "X held discussions with several regional leaders, including A and B".)
  const includingHit = closing || led ? null : DELEGATION_INCLUDING.exec(sentText);
  // (Nor the guests of one who receives the delegation: "X received a high-level Eritrean delegation, including A".)
  const including = includingHit && !/\b(?:with|met|meets|meet)\s+(?:[\w-]+\s+){0,3}$/.test(sentText.slice(0, includingHit.index)) &&
    !within(input.triggers, { start: sent.start, end: sent.start + includingHit.index }).some((t) => t.voice === 'hostFirst') ? includingHit : null;
  // ("Accompanying the Foreign Minister was Hon. Y, Minister of State": the one named after it is accompanied.)
  const inverted = closing || led || including ? null : INVERTED_ESCORT.exec(sentText);
  // ("The meeting was attended at the defense institution by X": where, between the verb and its agent.)
  const attendedAt = ATTENDED_AT_BY.exec(sentText);
  // ("is accompanied on his official visit to the Republic of Moldova by A, B and C": the trip between.)
  const onTrip = attendedAt ? null : ACCOMPANIED_ON_TRIP.exec(sentText);
  // ("The Vice President's delegation to the Department of State included A", "The U.S. side at the day's meeting
  // included B": a side's members, where it went or met between.)
  const sideIncluded = SIDE_INCLUDED.exec(sentText);
  // ("Officials, including Deputy Minister X, were present to welcome the delegation": a welcome, told by its own phrase.)
  const listed = input.phrases.attendance.find(sentText);
  // (Not "Also present to receive the US President were A, B": those listed after attend.)
  let found = (listed && !(/^(?:was|were)\s/.test(listed.phrase) && PRESENT_TO_WELCOME.test(sentText.slice(listed.index + listed.phrase.length))) ? listed : null) ?? (sideIncluded ? { phrase: sideIncluded[0], index: sideIncluded.index } : null) ?? (attendedAt ? { phrase: 'attended by', index: attendedAt.index + attendedAt[0].length - 'attended by'.length } : null) ??
    (onTrip ? { phrase: onTrip[0], index: onTrip.index } : null) ??
    (closing ? { phrase: 'attended', index: closing.index } : led) ??
    (including ? { phrase: 'delegation including', index: including.index } : inverted ? { phrase: 'accompanying', index: inverted.index } : null);
  // ("Six Ambassadors-Designate presented their Letters of Credence to X. The Ambassadors-Designate are A of B; C of
  // D", "X received five ambassadors. The dignitaries were, in succession: A from B, ...": the group named before, by
  // name.)
  const roster = found ? null : ROSTER.exec(sentText);
  if (roster) found = { phrase: 'roster', index: roster.index + roster[0].length };
  if (!found) return { ids: [], kind: null, escort: null, at: -1 };
  // ("These exercises were accompanied by the U.S. ambassador X": what they attended was no meeting.)
  // ("noting the PM understood Mr Biden's reason for not attending the Apec summit": one who did not attend.)
  if (ATTENDED_EVENT.test(sentText.slice(Math.max(0, found.index - 40), found.index)) || NOT_ATTENDING.test(sentText.slice(Math.max(0, found.index - 16), found.index))) {
    return { ids: [], kind: null, escort: null, at: -1 };
  }
  const phrase = found.phrase;
  // ("... after President X's inauguration, which President Y attended.": an event the clause is about, no meeting.)
  if (closing && found.index === closing.index && WHICH_EVENT_ATTENDED.test(sentText.slice(0, found.index))) return { ids: [], kind: null, escort: null, at: -1 };
  // ("X also joined Ambassador Y for a meeting with Z": one who joins another for a meeting named after is its party.)
  if (/joined$/.test(phrase) && JOINED_FOR.test(sentText.slice(found.index + phrase.length))) return { ids: [], kind: null, escort: null, at: -1 };
  // "Leading the visiting delegation, X called on Y": a leader who meets is a party, not one attending.
  const at = sent.start + found.index;
  // ("X also attended the change of command ceremony of Y": an event attended, no meeting; those it names, no attendees.)
  if (phrase === 'also attended') {
    const after = input.text.slice(at + phrase.length, at + phrase.length + 5);
    const told = within(input.triggers, { start: at + phrase.length, end: sent.end });
    if (!/^\s+by\b/.test(after) && !told.some((t) => t.voice === 'noun')) return { ids: [], kind: null, escort: null, at: -1 };
    // ("X also attended a working meeting at the Chancellery, where he was received by Y": a meeting of its own, told
    // by the verb after it, not one attended.)
    if (/^\s+an?\s/.test(after) && told.some((t) => t.voice !== 'noun')) return { ids: [], kind: null, escort: null, at: -1 };
  }
  // ("a banquet in honour of the leaders of neighbouring countries attending the swearing-in ceremony": the event a
  // group attends, told of the group; not "Attending the meeting were A and B".)
  if (phrase === 'attending' && at > sent.start && /\p{Ll}\s+$/u.test(input.text.slice(sent.start, at))) {
    const ahead = input.text.slice(at + phrase.length, Math.min(sent.end, at + phrase.length + 60));
    if (/^\s+(?:the|a|an)\s[^,;.]*$/.test(ahead) && !/\b(?:were|was|are|is)\b/.test(ahead)) return { ids: [], kind: null, escort: null, at: -1 };
  }
  // ("The Peruvian delegation, led by X, and the Ghanaian delegation, led by Y, discussed trade": the sides of the
  // meeting told, not a leader who meets.)
  const sidesOfOne = found === led && (sentText.match(SIDES_LED_ALL) ?? []).length >= 2;
  if ((LEADING.test(phrase) || (led !== null && found === led)) && !sidesOfOne && within(input.triggers, sent).some((t) => t.voice !== 'noun' && (t.end <= at || t.start >= at + phrase.length))) return { ids: [], kind: null, escort: null, at: -1 };
  // "X, the spokesperson, noted that Y was accompanied by Z": the speaker reports; Y and Z attend.
  // ("The delegation consisting of A and B ..., dispatched by President C": the one who sends does not attend.)
  const present = within(input.officials, sent).filter((o) => isOfficial(input.persons.get(o.id!)) &&
    !REPORTING.test(input.text.slice(o.end, o.end + 12)) && !SPOKESPERSON.test(input.persons.get(o.id!)?.position ?? '') &&
    !representedAt(input.text, input.officials, o, sent.start) && !namedAsReporter(input.text, o, sent.start));
  // "Commander Naupoto is accompanied by Y": Y stands with the one accompanied.
  // (The one accompanied stands in the clause of the phrase: "..., while the Malaysian CDF was accompanied by".)
  let escort: string | null = null;
  let attending = present;
  if (inverted && found.phrase === 'accompanying') {
    const first = present.find((o) => o.start >= at && o.end <= at + inverted[0].length);
    if (first) {
      escort = first.id!;
      attending = present.filter((o) => o.id !== escort);
    }
  } else if (ESCORTED.test(phrase) || phrase === 'delegation including') {
    const clauseStart = sent.start + Math.max(0, ...[', while ', ', and ', '; ', ', whereas '].map((b) => sentText.lastIndexOf(b, at - sent.start)));
    const before = present.filter((o) => o.end <= at && o.start >= clauseStart);
    if (before.length > 0) {
      escort = before[before.length - 1].id!;
      attending = present.filter((o) => o.id !== escort);
    }
  }
  // ("In addition to Vice Governor X, the dinner was attended by A, B and C": those stand with the one named first.)
  const besides = escort === null ? IN_ADDITION_TO.exec(sentText) : null;
  if (besides) {
    const first = present.find((o) => o.start < sent.start + besides[0].length);
    if (first) {
      escort = first.id!;
      attending = present.filter((o) => o.id !== escort);
    }
  }
  // ("Captain X accompanied by the Commanding Officer and other officers paid a courtesy call on Y": those named
  // between the phrase and the verb after it escort; the verb's object is met.)
  if (ESCORTED.test(phrase)) {
    const verb = within(input.triggers, { start: at + phrase.length, end: sent.end }).find((t) => t.voice !== 'noun');
    if (verb) attending = attending.filter((o) => o.start < verb.start);
  }
  // ("Tsai said Dodd is a trusted friend of Biden, and the delegation included A, B and others": those the roll
  // names, not the clause before it.)
  if (ROLL_PHRASE.test(phrase)) attending = attending.filter((o) => o.start >= at || o.id === escort);
  // "The British official was accompanied by X", "The visiting minister was accompanied by X": the one accompanied
  // told by nationality or as the guest, not by name.
  let escortCue: EscortCue | undefined;
  if (escort === null && ESCORTED.test(phrase)) {
    // (The phrase may hold the verb: "was assisted by".)
    const clause = input.text.slice(sent.start, at) + (/^(?:was|were|is|are) /.exec(phrase)?.[0] ?? '');
    const subject = ESCORT_SUBJECT.exec(clause);
    if (subject) {
      const country = countryName(subject[2]) ?? null;
      // ("H.E. Ambassador was assisted by X": the one accompanied named by office.)
      const office = country === null && /^\p{Lu}/u.test(subject[2]) ? subject[2] : undefined;
      escortCue = { country, guest: /^(?:visiting|guest)$/i.test(subject[2]), office };
    }
    else if (/^\s*(?:He|She)\s+(?:was|is)\s+(?:also\s+)?$/.test(clause)) escortCue = { country: null, guest: false, pronoun: true };
  }
  // ("Pakistani side also included Foreign Minister X": those the side of a nation included stand with it.)
  // ("The U.S. side at the day's meeting included A"; "The Vice President's delegation to the Department of State
  // included B": the side of the office's holder.)
  if (escort === null && !escortCue && /^(?:side|delegation)\b/.test(phrase)) {
    const before = input.text.slice(Math.max(sent.start, at - 40), at);
    const nation = /(\p{Lu}[\p{L}.-]+)\s+$/u.exec(before);
    const country = nation ? countryName(nation[1]) : null;
    const holder = country ? null : /\b[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+$/u.exec(before);
    if (country) escortCue = { country, guest: false };
    else if (holder && !countryName(holder[1])) escortCue = { country: null, guest: false, office: holder[1] };
  }
  // ("Colonels X and Y were also part of the reception team", "among the welcoming party": the host's side.)
  if (escort === null && WELCOMING_SIDE.test(phrase)) escortCue = { country: null, guest: false, host: true };
  // ("Vice Admiral X and Lt General Y were also part of the delegation": the visiting side's.)
  if (escort === null && !escortCue && PART_OF_DELEGATION.test(phrase)) escortCue = { country: null, guest: true, delegation: true };
  const named = within(input.triggers, sent).find((t) => t.voice === 'noun');
  // ("The leaders, including A, B and C, discussed": the group that met, named by the sentence's subject.)
  const group = including && !/delegation/.test(including[0]) ? 'talks' : null;
  return { ids: [...new Set(attending.map((o) => o.id!))], kind: named?.kind ?? group, escort, escortCue, at, leads: (found !== null && found === led) || undefined, roster: roster !== null || undefined };
}

/** "The day before, X participated in ...", "The following day": the day told relative to the meeting just told. */
function dayShiftIn(sentText: string): { dayShift?: number } {
  const m = DAY_SHIFT.exec(sentText);
  return m ? { dayShift: /before|previous|earlier|eve/i.test(m[0]) ? -1 : 1 } : {};
}
const DAY_SHIFT = /^\s*(?:The day before|The previous day|A day earlier|The day earlier|On the eve of (?:the|this) (?:meeting|talks|visit)|The next day|The following day|A day later|The day after)\b/i;

// (" (H.E. ", " (": what stands between an office and its holder's name in parentheses.)
const OFFICE_THEN_HOLDER = /^\s*(?:of\s+(?:the\s+)?\p{Lu}[\p{L}\s]{0,40})?\(\s*(?:H\.\s?E\.?\s*|Mr\.?\s*|Ms\.?\s*|Dr\.?\s*)?$/u;
/** "his Indian and South Korean counterparts": counterparts of two nations, each met apart unless `JOINT_CALL`. */
const COUNTERPARTS_OF_TWO = /\b(?:his|her|their)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+and\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+counterparts\b/u;
const JOINT_CALL = /\b(?:trilateral|three-way|joint|conference call|teleconference)\b/i;
// ("video conferences with A and B": calls in the plural, one with each.)
const PLURAL_CALLS = /(?:calls|conferences|conversations)$/;
const RETURNED_A = /\breturned\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?$/;
// ("In a video conference with", "During separate phone calls with": a meeting named by the phrase opening the sentence.)
const OPENING_NOUN = /^\s*(?:In|During)\s+(?:(?:a|an|the|his|her|their|separate|two|three)\s+)?(?:[\w-]+\s+){0,2}$/;
// ("Addressing journalists after a closed-door meeting with X, Y said": after a participle's object too.)
// ("After talks with Turkey's Trade Minister Y, X said": or with no article.)
const OPENING_AFTER = /^\s*(?:(?:Following|After)|(?:Addressing|Briefing|Speaking to|Talking to)\s+(?:[\w-]+\s+){1,2}(?:following|after))\s+(?:(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2})?$/;
const DELEGATION_LEADER = /\bthe\s+delegation\s+(?:(?:which|that)\s+was\s+)?(?:led|headed)\s+by\b/;
/** The agent of an opening participle named by a pronoun or a description: "she", "the top legislator". */
const AGENT_REFERRED = /^\s*(?:he|she|the\s+(?:[\p{Ll}-]+\s+){0,2}(?:minister|president|premier|chairman|chairwoman|chairperson|speaker|legislator|lawmaker|leader|official|diplomat|envoy|ambassador|governor|general|admiral|commander|chief|secretary|king|queen|emir|sultan|monarch|host))\b/iu;
/** Before a name, only the words of an office and a rank in title case, joined by small words (sixteen at most). */
const TITLED_LEAD = /^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for)\s+){1,16}$/u;
// ("After receiving", "Speaking after receiving", "Upon welcoming", "While hosting": a phrase opening the sentence.)
// ("Speaking on Friday after virtually meeting Y, X said": the day of the speaking between.)
const OPENING_PARTICIPLE = /^\s*(?:\p{Lu}\p{Ll}+ing\s+(?:(?:on|this|last)\s+\p{Lu}\p{Ll}+day\s+|today\s+|yesterday\s+)?)?(?:(?:after|before|while|upon|on|when)\s+)?$/iu;

/** The one accompanied, where the text names them by nationality or as the visitor. */
export interface EscortCue {
  country: string | null;
  guest: boolean;
  /** "He was accompanied by": the one accompanied is the meeting's first party, the sentence before's subject. */
  pronoun?: boolean;
  /** "were part of the reception team": those who stood with the host. */
  host?: boolean;
  /** "were also part of the delegation": the guest's side, or the side of the one told first where none is the guest. */
  delegation?: boolean;
  /** "The Ambassador was accompanied by": the one accompanied named by the head of their office. */
  office?: string;
}
// ("The British official was", "The visiting delegation was also", "The guest was": the subject before the phrase.)
const ESCORT_SUBJECT = /(?:^|[,;]\s*)\s*((?:The|the) (?:head of the |leader of the )?|H\.\s?E\.\s|(?!(?:He|She|They|It)\s)(?=\p{Lu}\p{Ll}+\s+(?:was|were|is|are)\s))([\p{Lu}][\p{L}-]+|visiting|guest)\s+(?:[\p{L}-]+\s+){0,3}?(?:was|were|is|are)\s+(?:also\s+)?$/u;

const WELCOMING_SIDE = /\b(?:welcoming|reception|receiving)\b/;
const PART_OF_DELEGATION = /\b(?:part|members) of the delegation$/;
const LEADING = /^(?:leading|led|heading|headed) /;
// ("The Peruvian delegation, led by X, and the Ghanaian delegation, led by Y, ...": each side's head.)
const SIDES_LED = /\b\p{Lu}[\p{L}.-]+(?:['’]s)? (?:delegation|side|team), (?:led|headed) by\b/u;
const SIDES_LED_ALL = new RegExp(SIDES_LED.source, 'gu');
const LED_SIDE = /\b(?:led|headed) the \p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)? (?:delegation|side|team)\b/u;
/** An event named, then ", which X attended": the clause is about the event. */
const WHICH_EVENT_ATTENDED = /\b(?:inauguration|ceremony|funeral|summit|exercises?|parade|celebrations?|festival|conference|forum|swearing-in|investiture|wedding|opening|anniversary)\b[^.;]{0,100},\s*which\s+[^.;,]{0,80}$/i;
/** "The meeting was attended at the defense institution by X": where, between the verb and its agent. */
const ACCOMPANIED_ON_TRIP = /\baccompanied\s+(?:on|during|in)\s+(?:his|her|their|the|this)\s+(?:[\p{Ll}-]+\s+){0,2}(?:visit|trip|tour|mission)\s+(?:to\s+[^,.;]{1,50}?\s+)?by\b/u;
const ATTENDED_AT_BY = /\b(?:was|were)\s+(?:also\s+)?attended\s+(?:at|in)\s+[^,.;]{1,60}?\s+by\b/;
// ("..., attended the meeting.", "X attends the meeting.", "one of several executives to attend the meeting", "Y will also
// attend the talks": or the meeting named; not "would attend", told of as a plan, nor "arrived ... to attend the meeting"
// of another gathering.)
// ("A and B accompanied President X during the meeting.": those who accompanied a party named in the sentence.)
const ATTENDED_CLOSING = /\b(?:also\s+)?(?:attended(?:\s+(?:the|this)\s+(?:meeting|talks|discussions?|session))?|(?:attends|will(?:\s+also)?\s+attend|(?<=\b(?:one|some|among)\s+of\b[^.;]{0,60}?)to\s+attend)\s+(?:the|this)\s+(?:meeting|talks|discussions?|session)|accompanied\s+(?:him|her|them|the\s+(?:visit|delegation|minister|general|guests?|visitors?)|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:during|at|in|on)\s+(?:the|this)\s+(?:meeting|talks|discussions?|visit|call)))\s*\.?\s*$/u;
// ("The leaders, including A, B and C, discussed": those of a group the lead told meeting.)
const DELEGATION_INCLUDING = /\b(?:delegation|[Ll]eaders|[Mm]inisters|[Hh]eads of (?:[Ss]tate|[Gg]overnment))\b[^.;:]{0,40}?,?\s+including\b/;
const VIRTUAL_EVENT = /^virtual (?:ceremony|meeting|session)$/;
/** "when a delegation from ..., led by", "as the visiting team": one calling on a host, not named. */
const UNNAMED_CALLER = /^\s+(?:when|as|after|while)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|group|mission|visitors?)\b/;
// ("the first unofficial delegation dispatched by U.S. President X": the one who sends is no party either.)
// ("discussed with the special envoy of Russian President X": the one whose envoy it is sends, he does not meet.)
// ("with Emmanuel Y, adviser to French President X": nor the one an aide serves.)
/**
 * Whether official `o` is named only as one another stands for, sends or acts under ("on behalf of President X", "the
 * directives of King Y and President Z"): the phrase before him, or before the one he is listed after.
 */
export function representedAt(text: string, officials: readonly Entity[], o: Entity, floor: number): boolean {
  // (Up to four words between, however long: "represented PN flag-officer-in-command Vice Admiral X".)
  const near = text.slice(Math.max(floor, o.start - 60), o.start);
  if (REPRESENTED.test(text.slice(Math.max(floor, o.start - 72), o.start)) || ENVOY_OF_RULER.test(near) || SPOUSE_OF.test(near) || MOURNED.test(near)) return true;
  // ("met with Mark X, President Biden's Special Envoy": the principal whose aide is met.)
  // ("conveys condolences over ex-PM Shinzo X's death": the one mourned.)
  // ("asked India to support Trade Minister Y's bid for the WTO's leadership": one whose candidacy is backed.)
  if (AIDE_OF_PRINCIPAL.test(text.slice(o.end, o.end + 60)) || CANDIDACY_AFTER.test(text.slice(o.end, o.end + 30)) || onlyTalkedAbout(text, o, floor)) return true;
  // ("summoned US Ambassador Y regarding President Trump's official statement": whose words the meeting is about.)
  if (ABOUT_BEFORE.test(near) && WORDS_AFTER.test(text.slice(o.end, o.end + 40))) return true;
  const prev = officials[firstStartingAt(officials, o.start) - 1];
  return prev !== undefined && prev.start >= floor && prev.end <= o.start && LISTED_AFTER.test(text.slice(prev.end, o.start)) &&
    REPRESENTED.test(text.slice(Math.max(floor, prev.start - 40), prev.start));
}
/**
 * Whether official `o` is named only as one mourned ("over ex-PM Shinzo X's death"), remembered ("Sheikh Y's birth
 * centenary") or whose travel is discussed ("discussed President Donald X's upcoming trip"): no party, subject or object.
 */
function onlyTalkedAbout(text: string, o: Entity, floor: number): boolean {
  const after = text.slice(o.end, o.end + 40);
  return MOURNED_AFTER.test(after) || COMMEMORATED_AFTER.test(after) ||
    (TRAVEL_AFTER.test(after) && DISCUSSED_BEFORE.test(text.slice(Math.max(floor, o.start - 60), o.start)));
}
/**
 * "the Special Envoy of Crown Prince X": the ruler who sends him, named by his office right before; or named by his office
 * alone ("Receives Special Envoy of Crown Prince of Saudi Arabia").
 */
const ENVOY_OF_RULER = /\b(?:Envoy|Emissary)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+)?(?:Crown Prince|President|King|Queen|Emir|Amir|Sultan|Prime Minister|Chancellor|Supreme Leader)\s+)?$/u;
/** " Ambassador Y for a meeting with": whom one joined, then the meeting named. */
const JOINED_FOR = /^\s+[^;]{1,120}?\bfor\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:meeting|meetings|talks|call|discussion|discussions|dinner|lunch)\s+with\b/u;
/** "on assignment of President X", "on behalf of the King": the one a subject acts for. */
const ACTING_FOR = /\b(?:on|upon|under)\s+(?:the\s+)?(?:assignment|instructions?|orders?|behalf|directives?|mandate)\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;
/** "extended his condolences over the death of Queen Elizabeth II", "in honour of the late X", "regarding the health of
 * the Saudi king": the one mourned or wished well is not there. */
const MOURNED = /\b(?:(?:death|passing|demise|funeral|burial|assassination|killing|loss|health|illness|recovery)\s+of\s+(?:the\s+)?(?:late\s+)?|the\s+late\s+)(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** "regarding President X's official statement": the one whose words or act a meeting is about. */
const ABOUT_BEFORE = /\b(?:regarding|concerning|about|over|following|after)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;
const DISCUSSED_BEFORE = /\b(?:discussed|discusses|discussing|reviewed|reviews|reviewing)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;
/** After a name, his travel: "Y's upcoming trip", "Y's planned visit". */
const TRAVEL_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:trip|visit|travel|tour|journey|attendance|participation)\b/u;
const WORDS_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|statements|decision|remarks|announcement|comments|speech|declaration|recognition|tweet|tirade)\b/u;
/** "over ex-PM Shinzo X's death": the one mourned, named before the word of his death. */
const MOURNED_AFTER = /^['’]s?\s+(?:death|passing|demise|funeral|burial|assassination|killing)\b/;
/** "the celebrations of Sheikh Mujibur X's birth centenary": the one a celebration remembers. */
const COMMEMORATED_AFTER = /^['’]s?\s+(?:birth|birthday|centenary|centennial|bicentenary|anniversary|mausoleum|tomb|grave|memorial|legacy)\b/;
/** After a name, a candidacy: "Y's bid for", "Y's candidacy". */
const CANDIDACY_AFTER = /^['’]s?\s+(?:bid|candidacy|candidature|nomination|re-?election\s+bid|campaign)\b/;
/** "Peng X, wife of Chinese President Xi Y, met": the one named as whose spouse she is (no comma between: "the wife of the
 * President, Mrs Z," names the wife). */
const SPOUSE_OF = /\b(?:wife|husband|spouse|widow)\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u;
const LISTED_AFTER = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
// ("a meeting with Donald X's former chief diplomat": in lower case too.)
const AIDE_OF_PRINCIPAL = /^['’]s\s+(?:(?:Senior|Chief|Deputy|Special|Personal|Presidential|Principal|senior|chief|deputy|special|personal|former|top)\s+)*(?:Envoy|Advis[eo]r|Representative|Assistant|Aide|Spokes(?:man|woman|person)|Emissary|Counsel+or|envoy|advis[eo]r|representative|aide|spokes(?:man|woman|person)|emissary|diplomat|negotiator)\b/u;
// ("met the ambassador to officially request President Y to facilitate dialogue": one asked for through the guest is not there.)
// (Not past a clause's "while": "X represented the Pakistani side while Colonel Y headed ...".)
export const REPRESENTED = /\b(?:representing|represented|on behalf of|in place of|standing in for|dispatched by|sent by|appointed by|nominated by|(?:at|in) the office of|until|pending the arrival of|succeeded by|replaced by|(?:greetings|regards|message|messages|letter|wishes)\s+(?:of|from)|(?:directives|instructions|orientations|directions|guidance|vision|patronage|auspices|wishes|assignment|orders?|instruction|mandate)\s+of|(?:envoy|emissary|representative)\s+of|(?:advis[eo]r|counsel+or|assistant|aide)\s+to|to\s+(?:\p{Ll}+ly\s+)?(?:request|ask|urge|invite|persuade|lobby|petition|implore))\s+(?:(?:the|his|her)\s+)?(?:(?!while\s|whereas\s)[\p{L}.,-]+\s+){0,4}$/u;
const ATTENDED_EVENT = /\b(?:exercises?|drills?|manoeuvres|maneuvers|trainings?|operations?|parades?|rehearsals?)\s+(?:(?:were|was)\s+)?(?:also\s+)?$/i;
const NOT_ATTENDING = /\b(?:not|never|n['’]t|without)\s+(?:\w+\s+)?$/;
/** After a welcome's verb: the visitor's delegation, unnamed ("welcomed the delegation", "received the visiting delegation"). */
const WELCOMED_DELEGATION = /^\s+(?:the|his|her)\s+(?:visiting\s+|high-level\s+|foreign\s+)?delegation\b(?!\s+(?:of|from|led|headed)\b)/;
/** After "called": what the caller called to say ("called to congratulate", "called to express condolences"). */
const CALLED_TO_SAY = /^\s+to\s+(?:congratulate|felicitate|thank|condole|console|greet|wish|express|convey|offer|enquire|inquire)\b/;
/** ... and of whom the pronoun after it speaks ("called to congratulate him"). */
const CALLED_TO_SAY_PRONOUN = /^\s+to\s+\w+\s+(?:him|her)\b/;
/**
 * After "met": the one met, then the airport he arrived at ("President Y at the Islam Karimov Tashkent International
 * Airport"); not an event at the airport told after the one met ("met Y amid fresh clashes at Tripoli airport").
 */
const MET_AT_AIRPORT = /^(?:(?!\b(?:amid|during|after|before|when|while|following|near|outside|over|about|on)\b)[^.;,]){3,120}?\s+(?:at|upon arrival at|on arrival at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}(?:[Ii]nternational\s+|[Ee]xecutive\s+|[Mm]ilitary\s+)?[Aa]irport\b/u;
/** After "were present", "was on hand": a welcome the phrase opens, no attendance. */
const PRESENT_TO_WELCOME = /^\s+(?:at the airport\s+)?to (?:welcome|receive|greet)\b/;
const INVERTED_ESCORT = /^\s*Accompanying\s+[^,;.]{1,80}?\s+(?:was|were)\b/;
const ESCORTED = /accompanied (?:(?:at|on|in|during) (?:the|this) (?:meeting|talks|visit|call|courtesy call) )?by|^accompanied (?:on|during|in) (?:his|her|their|the|this) .*by$|joined (?:(?:at|in|on) the (?:meeting|talks|call|videoconference|video conference|video call|conference) )?by|assisted by/;

const isOfficial = (p: Person | undefined) => p !== undefined && p.capacity === 'official';

const CONVERSATION = /^conversations?$/;
const TOLD_BEFORE_SUBJECT = /^\s*(?:The|This|That|Their|Today['’]s|Yesterday['’]s|\p{Lu}\p{Ll}+day['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;

/** Where the quotation open at `at` in its sentence opens, or -1 if none is. */
function quoteOpening(text: string, sent: Sentence, at: number): number {
  const before = text.slice(sent.start, at);
  const open = Math.max(before.lastIndexOf('\u201c'), before.lastIndexOf('"'));
  if (open < 0 || before.lastIndexOf('\u201d') > open || (before[open] === '"' && (before.slice(0, open).match(/"/g)?.length ?? 0) % 2 === 1)) return -1;
  return sent.start + open;
}

/** "a durbar he held to welcome", "hosted a dinner to honour": an occasion held, then what it was for. */
const HELD_TO = /\b(?:durbar|reception|dinner|luncheon|banquet|ceremony|state\s+banquet)\s+(?:(?:he|she|they|that|which)\s+)?(?:held|hosted|gave|organi[sz]ed|threw)\s+to$|\b(?:held|hosted|gave|organi[sz]ed|threw)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:durbar|reception|dinner|luncheon|banquet|ceremony)\s+to$/;
/** "I was pleased to meet": a meeting told with the speaker's feeling on it, not one to come. */
const PLEASED_TO = /\b(?:was|were|am|is|are|been|[’']m)\s+(?:(?:very|so|truly|most)\s+)?(?:pleased|glad|delighted|happy|honou?red|privileged)\s+to$/;
/** Words of one speaking of himself, before the meeting word in a quotation: "I was pleased to", "We are", "Our". */
const FIRST_PERSON = /(?:^|\s)(?:I|[Ww]e|[Oo]ur|[Mm]y)\s/;
/** After the closing mark: the verb of saying, before or after the speaker ("”, said X", "” X wrote"). */
const QUOTE_SAID_AFTER = /^[,.]?\s*(?:(?:said|says|added|adds|wrote|writes|stated|states|noted|notes|posted|tweeted)\b|[^.“"]{0,80}?\b(?:said|says|added|adds|wrote|writes|stated|states|noted|notes|posted|tweeted)\b)/;
/** Before the opening mark: "X said: “", "X wrote on X, “". */
const SAID_BEFORE = /\b(?:said|says|added|wrote|writes|stated|noted|posted|tweeted)\b[^“".]{0,30}[:,]?\s*$/;

/** The official who speaks the quotation a meeting word stands in, where he speaks of himself; null if none. */
function quotedSpeaker(input: MentionInput, sent: Sentence, t: TriggerHit): Entity | null {
  const { text } = input;
  const open = quoteOpening(text, sent, t.start);
  if (open < 0 || !FIRST_PERSON.test(text.slice(open + 1, t.start))) return null;
  const rest = text.slice(t.end, Math.min(text.length, sent.end + 200));
  const close = rest.search(/[”"]/);
  if (close >= 0) {
    const from = t.end + close + 1;
    const after = text.slice(from, from + 120);
    if (QUOTE_SAID_AFTER.test(after)) {
      const speaker = within(input.officials, { start: from, end: from + 120 }).find((o) => o.id);
      if (speaker && !/[.!?]\s/.test(text.slice(from, speaker.start))) return speaker;
    }
  }
  if (SAID_BEFORE.test(text.slice(sent.start, open))) return within(input.officials, { start: sent.start, end: open }).find((o) => o.id) ?? null;
  return null;
}

/** Whether `t` stands inside quotation marks opened in its sentence, and no official or country is named inside them. */
function quotedAlone(input: MentionInput, sent: Sentence, t: TriggerHit): boolean {
  const from = quoteOpening(input.text, sent, t.start);
  if (from < 0) return false;
  const close = input.text.slice(t.end, sent.end).search(/[\u201d"]/);
  const to = close < 0 ? sent.end : t.end + close;
  return within(input.officials, { start: from, end: to }).length === 0 && !within(input.places, { start: from, end: to }).some((p) => p.country);
}

/** The kind of the last call the text told before `at`, if any. */
function callToldBefore(input: MentionInput, at: number): MeetingKind | null {
  // (The text's call words, listed once per text: a long text asks for each of its conversations.)
  let calls = CALLS_TOLD.get(input.triggers);
  // (Not an appeal: "foreign ministers call to boost cooperation", "call for restraint".)
  if (!calls) CALLS_TOLD.set(input.triggers, (calls = input.triggers.filter((t) => (t.kind === 'phone call' || t.kind === 'video call') && !APPEAL_AFTER.test(input.text.slice(t.end, t.end + 12)))));
  const k = firstStartingAt(calls, at) - 1;
  return k >= 0 && calls[k].end <= at ? calls[k].kind : null;
}
const CALLS_TOLD = new WeakMap<readonly TriggerHit[], TriggerHit[]>();
/** After "call": an appeal's object, not a call's party ("call for restraint", "call to boost ties"). */
const APPEAL_AFTER = /^\s+(?:for\b|to\s+(?!the\b|his\b|her\b|their\b|its\b)\p{Ll})/u;

function rank(t: TriggerHit): number {
  // "hosted ... for talks": the talks; "received ... for talks": the reception.
  if (t.kind === 'reception' && WEAK_RECEPTION.has(t.phrase)) return 4;
  return RANK[t.kind];
}

function compatible(a: MeetingKind, b: MeetingKind): boolean {
  const family = (k: MeetingKind) => (k === 'visit' ? 'visit' : k === 'interview' ? 'interview' : 'meeting');
  return family(a) === family(b);
}

/** "received the Distinguished Service Order (Military) from ": an honour received, then the one who gave it. */
const HONOUR_FROM = /^\s+(?:the|a|an|his|her)\s+[^,;.]{0,80}?\b(?:Order|Medal|Award|Prize|Decoration|Insignia|Star|Cross|order|medal|award|prize|decoration|insignia|honou?r)\b[^,;.]{0,40}?\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}$/u;
/** ", who graciously received them": a relative clause on the one named right before, receiving the others. */
const RECEIVING_WHO = /,\s*who\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u;
const WHO_BEFORE = /\bwho\s+(?:also\s+|later\s+|had\s+)?$/;
const CALLED_ON_OFFICE = /^\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:chief|minister|commander|president|secretary|governor|general|admiral|speaker|premier)\b/u;
/** "discussed trade and investment with the visiting ...": a few lower-case words of a topic, then "with". */
// ("discussed defense cooperation in Moscow with Director Y": where they met may close the topic.)
// ("discussed bilateral cooperation between Egypt and Iraq with advisor to Iraq's interior minister Y": an office in
// lower case after "with", the topic naming countries.)
// ("discussed defense cooperation between Moldova, the United States of America (USA), and Romania with X": the
// nations between may be a list.)
const TOPIC_NATION = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]+){0,4}(?:\s+\(\p{Lu}+\))?`;
// ("discussed Jordan-US cooperation and strategic partnership, along with regional developments, with a congressional
// delegation headed by US Senator X": a longer topic, then a delegation and its head.)
const DISCUSSED_TOPIC_WITH = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+|(?:between|of)\s+${TOPIC_NATION}(?:,\s+${TOPIC_NATION}){0,4},?\s+and\s+${TOPIC_NATION}\s+|[\p{L}\d+&'’-]+,?\s+){1,16}?(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?with\s+(?=his\b|her\b|the\b|their\b|\p{Lu}|an?\s+(?:[\p{Ll}-]+\s+){0,3}delegation\s+(?:led|headed)\s+by\b|(?:advis[eo]r|minister|ambassador|envoy|secretary|chief|head|director|governor|president)\b)`, 'u');
/** "discussed defense cooperation in Moscow with": the place right before "with", after the topic. */
const TOPIC_IN_PLACE = /^\s+(?:[\p{Ll}-]+\s+){1,6}?in\s+$/u;
const DISCUSSED_WITH = /^\s+(?:(?:today|yesterday|on \w+day|this (?:morning|afternoon|evening)|by (?:tele)?phone)\s+)?with\s+(?:his|her|the|their|\p{Lu})/u;
// ("in a goodwill phone call to President Y": so does the subject of one told in a phrase.)
const MADE_A = /\b(?:made|placed|makes|places|in)\s+(?:a|an)\s+(?:[\w-]+\s+)?$/;
/** An official's possessive before a call ("Mercer's call to"). */
const POSSESSIVE_BEFORE = /\p{L}['’]s\s+(?:(?:phone|telephone)\s+)?$/u;
const CALL_TO = /^\s+(?:(?:today|yesterday|on \w+day|this (?:morning|afternoon|evening))\s+)?to\s+(?:the\s+)?\p{Lu}/u;
const PROPOSED = /\b(?:proposed|proposes|suggested|suggests|called for|calls for|urged|urges)\s+(?:that\s+)?(?:(?:a|an|the|regular|further|more|new|future|annual)\s+)?(?:[\w-]+\s+){0,3}(?:meetings?|talks|summits?|dialogues?|consultations|visits?|exchanges)\b/;
/** The words between "on the sidelines of" and the event's own noun. */
const EVENT_AT = /\b(?:[Oo]n|[Aa]t|[Ii]n) the (?:sidelines?|margins?) of (?:the )?(?:[\p{L}\d'’.-]+ ){0,6}$/u;
const NEGATED = /\b(?:did not|didn't|does not|doesn't|do not|don't|has not|hasn't|have not|haven't|had not|hadn't|will not|won't|would not|may not|might not|could not|cannot|can't|unlikely to|never|refused to|declined to|failed to)\s+(?:\w+\s+){0,2}(?:(?:a|an|the|any)\s+)?$/;
/** [a-z'] */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || c === 39;

/** "receiving the recognition", "received an award": an honour received, not a guest. */
const HONOUR_RECEIVED = /^\s+(?:the|a|an|his|her|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:recognition|award|honou?r|medal|prize|decoration|accolade|title|doctorate|degree)\b/u;

/** "The newly appointed ambassadors ... who presented credentials to the president are A, B": a roll's naming clause. */
const ROLL_CLAUSE_BEFORE = /\b(?:ambassadors|envoys|diplomats|high commissioners|heads of missions?|delegates|officials|members|ministers|officers)(?:\s+(?:to|from|of)\s+[^,;]{1,40}?)?\s+who\s+(?:have\s+|had\s+)?$/;
const ROLL_AFTER = /^[^,;:]{0,60}?\s(?:are|were|include|included)\s*:?\s+(?:\p{Lu}|the\s+\p{Lu})/u;
/** "X said ahead of talks with Y": a speaker, then the meeting his words came before or after. */
const SAID_AHEAD = /\s(?:said|says|stressed|noted|told reporters)\s+(?:on\s+\w+\s+)?(?:ahead of|before|after|following)\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$/;
/** "The message bearer was", "The letter was delivered by", "The message was delivered this evening by": who brought a message received. */
export const MESSAGE_BROUGHT = /^\s*The\s+(?:message|letter)(?:\s+bearer\s+was|\s+was\s+(?:delivered|handed(?:\s+over)?|conveyed|brought)(?:\s+(?:to\s+him|today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+\w+))?\s+by)\s+/;
/** Whether the sentence after `sent` names who brought the message received in it ("The message was delivered by Z"). */
function bearerNamedNext(text: string, sent: Sentence): boolean {
  return MESSAGE_BROUGHT.test(text.slice(sent.end, sent.end + 200).replace(/^[\s.]+/, ' '));
}
/** "delivered by", "handed over by": the bearer of a message received. */
const DELIVERED_BY = /\b(?:delivered|handed(?: over)?|conveyed|carried|brought)\s+(?:to\s+him\s+)?by\s/;
/** "the preparations for the (meeting)": a meeting being prepared. */
const PREPARED_FOR = /\b(?:preparations? for|preparing for|prepare for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A duty met, not someone: "has met all its obligations". */
const MET_DUTY = /^\s+(?:all\s+|most\s+|some\s+)?(?:(?:the|its|their|his|her|our|these|those|such)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:obligations|requirements|conditions|criteria|targets|needs|demands|expectations|commitments|standards|deadlines?|goals|benchmarks|quotas)\b/u;
/** Met by a thing, not by someone: "was met by a ceremonial escort of military jets". */
const MET_BY_THING = /^\s+by\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:escort|guard|formation|squadron|flypast|fly-past|band|convoy|motorcade|salute|crowd|parade|honou?r guard)\b/u;
/** "on the Doha meeting", "monitored the Doha meeting": a meeting named by one place's name, spoken of (not "in the Tbilisi meeting", the one told). */
const NAMED_BY_PLACE = /\b(?!(?:[Ii]n|[Aa]t|[Dd]uring)\s)\p{L}+\s+the\s+(?:(?:recent|last|previous|latest)\s+)?\p{Lu}\p{Ll}+\s+$/u;
/** The text from `from` to `to` with the offices in it left out. */
function withoutOffices(input: MentionInput, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const o of within(input.positions, { start: from, end: to })) {
    out += input.text.slice(at, Math.max(at, o.start));
    at = Math.max(at, o.end);
  }
  return out + input.text.slice(at, to);
}

/** The words of a meeting announced, not hoped for or offered: "will", "is expected to", "are scheduled to". */
const FIRM_WORDS = String.raw`will|shall|(?:is|are)\s+(?:(?:set|due|scheduled|expected)\s+)?to`;
/**
 * Before a meeting's word: a meeting announced ("will meet", "is expected to hold talks with", "are scheduled to meet",
 * "will be in Moscow over the next two days to meet").
 */
const FIRM_AHEAD = new RegExp(String.raw`\b(?:${FIRM_WORDS})\s+(?:(?:also|then|later|further)\s+)?(?:[\w-]+\s+){0,3}$|\bwill\s+(?:be|travel|fly|go|head)\b[^.;,]{0,60}?\bto\s+$`);
/** A future clause's words that announce firmly (of those `FUTURE_CLAUSE` finds). */
const FIRM_FUTURE = new RegExp(`^(?:${FIRM_WORDS})$`);

/** A day by its weekday, its month or its number. */
const DAY_WORD = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)`;
/** Right after a word: the day it happened ("called on Monday", "a call on 12 March"). */
const DAY_AFTER = new RegExp(String.raw`^\s+${DAY_WORD}`);
/** After a call's noun: its day, or the clause's end ("in a call on February 13."). */
const CALL_ON_DAY = new RegExp(String.raw`^\s*(?:on\s+${DAY_WORD}|[.;]|$)`);

/** "the hospitality received", "the support received": a thing received, named before the verb. */
const THING_RECEIVED = /\b(?:hospitality|support|assistance|help|aid|treatment|attention|welcome|cooperation|feedback|invitation|letters?|messages?|reports?|donations?|contributions?)\s+$/;
/** Whether a meeting word reports a meeting that took place, here. */
function valid(input: MentionInput, t: TriggerHit, sent: Sentence): boolean {
  const { text } = input;
  // "ADMIRAL ZAFAR CALLS ON GEN BAJWA, GEN ZUBAIR: Admiral Zafar ... called on General Bajwa": a heading in capitals
  // before the paragraph that tells the meeting.
  if (/^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(text.slice(t.start, t.end)) && /^[^\p{Ll}]*:/u.test(text.slice(t.end, sent.end))) return false;
  const lex = lexicon();
  const before = text.slice(Math.max(sent.start, t.start - 40), t.start).toLowerCase();
  const after = text.slice(t.end, Math.min(sent.end, t.end + 60));
  // ("presided over the signing of a joint declaration between A and B", "A and B, while signing the agreement",
  // "attended the signing event": a signing its parties are named in; not "The signing took place in the presence of
  // X", one told elsewhere.)
  if (t.phrase === 'signing' && !/^\s+(?:of\s+[^.;]{0,60}?\s+)?between\s/.test(text.slice(t.end, Math.min(sent.end, t.end + 90))) &&
    !(/\b(?:while|after|before|when|by)\s+$/.test(before) && /^\s+(?:the|an?|two|three|several)\s/.test(after)) && !/^\s+(?:ceremony|event)\b/.test(after)) return false;
  // ("bade farewell to General X at the airport": a send-off, no call; "expressed pride in receiving the recognition":
  // an honour received, no guest.)
  if (/farewell to$/.test(t.phrase) && /\bairport\b/i.test(text.slice(sent.start, sent.end))) return false;
  if (/^receiv/.test(t.phrase) && HONOUR_RECEIVED.test(after)) return false;
  // ("highlighted the hospitality received during his mission", "the support received from Kazakhstan": a thing
  // received, told by the noun before it.)
  if (t.phrase === 'received' && THING_RECEIVED.test(before)) return false;
  // ("the aircraft ... was met by a ceremonial escort of military jets": met by a thing, not by someone.)
  if (/^met$/.test(t.phrase) && /\b(?:was|were)\s+$/.test(before) && MET_BY_THING.test(after)) return false;
  // ("the Region has met all its obligations under the federal budget": a duty met, not someone.)
  if (/^me(?:t|ets)$/.test(t.phrase) && MET_DUTY.test(after)) return false;
  // "will meet", "plans to visit", "an upcoming visit", "invited him to visit", "will also meet": the last word
  // before the meeting word, past adverbs.
  let end = before.length;
  for (let guard = 0; guard < 4; guard++) {
    while (end > 0 && !isWordChar(before.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isWordChar(before.charCodeAt(start - 1))) start--;
    const word = before.slice(start, end);
    if (!word) break;
    if (ADVERBS.has(word) && start > 0) { end = start; continue; }
    // ("flew to Jakarta to meet Sjafrie": a journey told in the past, made to meet.)
    if (word === 'to' && TRAVELLED_TO.test(text.slice(sent.start, t.start))) break;
    // ("a colorful durbar he held to welcome visiting Princess X": an occasion held, told with what it was for.)
    if (word === 'to' && HELD_TO.test(before.slice(0, end))) break;
    // ("I was pleased to meet with my Finnish counterpart": a meeting told with the speaker's feeling on it.)
    if (word === 'to' && PLEASED_TO.test(before.slice(0, end))) break;
    if (lex.meetingPhrases.future.has(word) && !(input.planned && FIRM_AHEAD.test(text.slice(Math.max(sent.start, t.start - 120), t.start).toLowerCase()))) return false;
    break;
  }
  // ("did not schedule a meeting with X", "has not met Y": a meeting denied.)
  if (NEGATED.test(before)) return false;
  // ("On the margins of the African Union Summit, X held talks with Y": the event a meeting is held at is no meeting.)
  if (t.voice === 'noun' && EVENT_AT.test(text.slice(Math.max(sent.start, t.start - 90), t.start))) return false;
  // ("The newly appointed ambassadors to Ethiopia who presented credentials to the president are A of Canada, B of
  // Israel": a clause naming the group a roll then lists; the meeting is the one told before.)
  if (ROLL_CLAUSE_BEFORE.test(before) && ROLL_AFTER.test(text.slice(t.end, sent.end))) return false;
  // ("Sullivan proposed regular meetings ..., including a summit between A and B": a meeting proposed, not held.)
  if (t.voice === 'noun' && PROPOSED.test(text.slice(sent.start, t.end))) return false;
  // ("X stated that “relations ... require a fluid political dialogue”": a noun in the words quoted, naming no one
  // and no country there, is what the speaker says, not a meeting of his.)
  if (t.voice === 'noun' && quotedAlone(input, sent, t)) return false;
  // "the next session of the Committee, co-chaired by": an institution's future meetings; "will travel to Sydney to
  // meet X, tour Y and meet Z": every verb of a future clause.
  // ("forwarding the ongoing negotiations on tax exemptions": a process, not a meeting.)
  if (!input.planned && /\b(?:next|upcoming|future|forthcoming|planned|ongoing)\b/.test(before.slice(before.lastIndexOf(',') + 1))) return false;
  // ("Updating on the Doha meeting, Ms X commented": a meeting named by its place, an event spoken of, with no party.)
  if (t.voice === 'noun' && /^meetings?$/.test(t.phrase) && NAMED_BY_PLACE.test(text.slice(Math.max(sent.start, t.start - 40), t.start)) && !/^\s+(?:with|between|of)\b/.test(after)) return false;
  // ("on the sidelines of the annual meeting with Turkish and international journalists": an audience, no party.)
  if (/^meetings?(?: with)?$/.test(t.phrase) && MEETING_AUDIENCE.test(t.phrase.endsWith('with') ? ' with' + after : after)) return false;
  // ("discussed the preparations for the meeting of the leaders": one being prepared.)
  if (t.voice === 'noun' && PREPARED_FOR.test(before)) return false;
  // ("The Carter Center delegation, co-led by A and B, met with Y": who led a delegation, not a meeting.)
  if (/^(?:co-led|jointly led)$/.test(t.phrase) && /^\s+by\b/.test(after) && /\b(?:delegation|team|mission|side)\s*,?\s*$/.test(before)) return false;
  // (Not a relative clause about a party: "X who is set to become Indonesia's next leader said he and Y discussed".)
  const lead = text.slice(sent.start, t.start);
  // (Nor one the future follows up: "a working group shall be established as a follow-up of his meeting with X".)
  const followedUp = FOLLOW_UP_OF.test(before);
  // (Nor an invitation handed over at it: "X extended the invitation during a meeting with Y on Tuesday".)
  const heldAt = /\b(?:during|at|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?$/i.test(before);
  // (Nor one told in a clause of its own after the future: "X said Bangladesh would not host them for long, as Y paid a
  // courtesy call on her".)
  // ("Belarus plans to sign an agreement, Minister X said as she met with Y": or after the speaker's "said".)
  const own = [...lead.matchAll(/(?:,\s+|\b(?:said|says|stated|noted)\s+(?:(?:on|last)\s+\w+\s+|today\s+|yesterday\s+)?)(?:as|when|while)\s/g)].at(-1);
  // (Nor an interview framing what was said: "X hopes to visit ... for a summit, X said in an exclusive interview with
  // the Yomiuri Shimbun": the plan is what the interview told.)
  const framing = t.kind === 'interview' && SAID_IN.test(before);
  if (!followedUp && !framing) {
    const from = own ? own.index! + own[0].length : 0;
    // ("\"We are keen to work with the Lebanese side,\" Qian said during his meeting with X": a future the speaker
    // quotes is his, not the meeting's.)
    const unquoted = lead.replace(QUOTED, (q) => ' '.repeat(q.length));
    for (const m of unquoted.slice(from).matchAll(FUTURE_CLAUSE_ALL)) {
      if (heldAt && /invitation$/.test(m[0])) continue;
      // ("A and B agreed to hold a face-to-face meeting at an early date, during their call on Thursday": agreed in the
      // call, which was held.)
      if (heldAt && /^agree/.test(m[0]) && (t.kind === 'phone call' || t.kind === 'video call') && /\b(?:during|in|over)\s+their\s+(?:[\w-]+\s+)?$/.test(before)) continue;
      if (input.planned && FIRM_FUTURE.test(m[0])) continue;
      if (!/\b(?:who|which)\s+(?:\w+\s+)?$/.test(lead.slice(Math.max(0, from + m.index! - 24), from + m.index!))) return false;
    }
  }
  // "a bilateral meeting with X next May": a meeting to come.
  if (NEXT_TIME.test(after) && !input.planned) return false;
  // ("still in discussions about a possible meeting with X": talks about a meeting to come, not with its party.)
  if (t.voice === 'noun' && /^\s+(?:about|on|over|regarding)\s+(?:a|an|the)\s+(?:possible|potential|proposed|future)\s+(?:meeting|summit|visit|talks)\b/.test(after)) return false;
  // "agreed that a meeting will be held between A and B", "a meeting between A and B would take place": to come.
  // ("his meeting with X can only take place after careful preparation": one not yet held.)
  if (!input.planned && (t.voice === 'noun' || t.phrase === 'meeting with') && /^\s+(?:(?:between|with|of)\s[^.;,]{0,100}?\s)?(?:will|would|is to|are to|shall|can|could|may|might|should|must)\s+(?:\w+\s+)?(?:be\s+)?(?:held|take place|convene|happen|occur)\b/.test(text.slice(t.phrase === 'meeting with' ? t.end - ' with'.length : t.end, Math.min(sent.end, t.end + 160)))) return false;
  // ("the Conference on Climate Change to be hosted by France", "will be received by": a passive still to come; not
  // "was next to be received", one in a row.)
  if (!input.planned && /\b(?:will|would|shall)\s+be\s+$|(?<!\b(?:first|next|last|second|third|fourth|fifth)\s)\bto\s+be\s+$/.test(before)) return false;
  // ("received a courtesy call on 29 August from X": the day of the call, then who paid it, not a call on anyone.)
  if (/\s(?:on|upon)$/.test(t.phrase) && DAY_AFTER.test(after) && /^[^.;]{0,40}?\bfrom\s/.test(after)) return false;
  switch (t.phrase) {
    case 'spoke': case 'speaks': case 'spoken': case 'talked':
      // "spoke today with", "spoke by phone with", "spoke to X", "talked over the phone"; not "spoke about".
      // ("spoke to reporters Monday": an audience, not a party.)
      if (AUDIENCE.test(after)) return false;
      // ("A and B spoke again by phone this evening": the two named as one subject.)
      // ("The two leaders spoke for more than three hours via a video link".)
      return SPOKE_WITH.test(after) || SPOKE_REMOTELY.test(after);
    case 'called': case 'rang':
      // "called X"; not "called for", "called upon all parties to", "called it".
      // (Nor a ship's port call: "INS Sumitra called at Port Louis".)
      // (Nor a thing's name: "our tool is called diplomacy", unless by someone: "was called by the President".)
      if (/\b(?:is|are|was|were|be|been|being)\s+$/.test(before) && !/^\s+by\b/.test(after)) return false;
      // ("X has called to congratulate him", "X called to congratulate President Y": a call for what the caller said.)
      if (CALLED_TO_SAY.test(after)) return nextOfficialWithin(input, t.end, 60) || CALLED_TO_SAY_PRONOUN.test(after);
      return !/^\s+(?:for|upon|it|this|that|in|off|out|back|to|a|an|at)\b/.test(after) && nextOfficialWithin(input, t.end, 60);
    case 'call':
      // "Call with X", "the call between"; not "made the call", "a call for".
      // ("Mercer's call to Indian Prime Minister X came ...": an official's call to another.)
      // ("A, B, C and D participated in Thursday's call": those who took part in it, named before.)
      return /^\s+(?:with|between)\b/i.test(after) || (POSSESSIVE_BEFORE.test(before) && CALL_TO.test(after) && nextOfficialWithin(input, t.end, 60)) ||
        (TOOK_PART_IN.test(before) && within(input.officials, { start: sent.start, end: t.start }).length >= 2) ||
        // ("A and B discussed climate change ... in a call on February 13": the call the two named before held.)
        (IN_A_CALL.test(before) && CALL_ON_DAY.test(after) &&
          within(input.officials, { start: sent.start, end: t.start }).length >= 2);
    case 'called on': case 'calls on': case 'call on': case 'calling on': case 'called upon': case 'calls upon': case 'call upon': case 'calling upon':
      // "called on X" is a courtesy call; "called on all sides to" is an appeal.
      // (A long office may stand between: "called on Joint Chiefs of Staff Committee (JCSC) Chairman General X".)
      // ("called on him": the pronoun stands for an official named before.)
      // ("called on Prime Minister X to return on a state visit": an appeal to an official, not a call on him; "called
      // on President Y to discuss trade" is one.)
      // ("met China's ambassador Y, who called on the chief at the GHQ": the one the sentence names, by his office.)
      // ("received a call on Sunday evening from X": the day of a call, not a call on anyone.)
      if (DAY_AFTER.test(after)) return false;
      return (nextOfficialWithin(input, t.end, 90) || /^\s+(?:him|her)\b/.test(after) || (WHO_BEFORE.test(before) && CALLED_ON_OFFICE.test(after))) && !/^\s+(?:all|both|the international|states|countries|nations|parties|everyone)\b/.test(after) && !urgedToAct(input, t.end, sent.end);
    case 'welcomed': case 'welcomes': case 'welcome': case 'welcoming': case 'greeted': case 'greets':
      // "Secretary Austin welcomed the initiative", "welcomed the progress": a welcome of a thing, not a guest.
      return !WELCOMED_THING.test(after);
    case 'received': case 'receives': case 'receiving': case 'receive': case 'recieved': case 'recieves':
      // "received honoring trophy from X", "received a letter from X": a thing received, not a guest.
      // ("said the Office in a statement received by the Iraqi News Agency": a text received, not a guest.)
      // ("Julius X who received 44": votes, a count.)
      // (Not "received 27 accredited Defence Attachés": a number of guests.)
      // ("received a written message from the Emir, delivered by Minister Y": the one who delivered it came.)
      // ("received a special message from President Y. The message was delivered by Z": or in the next sentence.)
      return (!RECEIVED_THING.test(after) || DELIVERED_BY.test(text.slice(t.end, sent.end)) || bearerNamedNext(text, sent)) && !/^\s+\d[\d,.]*(?:\s+(?:votes|ballots|seats|percent|per cent|points))?\s*(?:[.,;)]|$)/.test(after) && !/\b(?:statement|release|report|copy|letter|message|cable|document|communiqué|communique)s?\s+$/i.test(before);
    case 'meet': case 'meets': case 'met':
      // "met the target", "meet the needs of": not a meeting.
      // ("has met a number of heads of delegations": many the text does not name.)
      return !/^\s+(?:the\s+)?(?:needs?|targets?|requirements?|demands?|goals?|standards?|criteria|expectations?|deadlines?|challenges?)\b/.test(after) &&
        !(/^\s+(?:with\s+)?(?:a (?:number|host|series|range) of|several|various|numerous|many|dozens of)\s/.test(after) && !nextOfficialWithin(input, t.end, sent.end - t.end));
    case 'visiting':
      // "Visiting Indian Chief of Army Staff, General X, paid ...", "the visiting minister": an adjective naming the
      // guest, not the verb of the meeting ("visiting Laos to attend" is one).
      return !/\bthe\s+$/i.test(before) && !officialFollows(input, t.end);
    case 'discussed': {
      // "X and Saudi Foreign Minister Y discussed investing in ...": two officials discussing together meet; "X
      // discussed the issue" alone does not.
      // (Where the sentence names its meeting otherwise, that word tells it: "X and Y discussed ... during talks in Z".)
      // (Not one being prepared: "discussed preparations for the G20 summit".)
      // (A shared verb the two did first is no other meeting word: "A and B assessed the situation, and discussed".)
      const head = text.slice(sent.start, t.start);
      const subject = within(input.officials, { start: sent.start, end: t.start });
      const sharedFirst = subject.length >= 2 && SHARED_VERB_FIRST.test(head.slice(subject[subject.length - 1].end - sent.start));
      // (Nor the event it was held at: "discussed bilateral issues on the sidelines of the 18th BIMSTEC ministerial meeting".)
      // (Nor the meeting an opening phrase names: "During the meeting, which took place at the Ministry, A and B discussed".)
      if (within(input.triggers, sent).some((o) => o !== t && !(sharedFirst && o.voice === 'joint' && o.end <= t.start) && !(o.voice === 'noun' && PREPARED_FOR.test(text.slice(Math.max(sent.start, o.start - 40), o.start))) &&
          !(o.voice === 'noun' && o.end < t.start && DURING_THE.test(text.slice(sent.start, o.start))) &&
          !(o.voice === 'noun' && o.start > t.end && AT_EVENT.test(text.slice(Math.max(sent.start, o.start - 60), o.start)) && SIDELINES.test(text.slice(t.end, o.start))))) return false;
      // ("X discussed yesterday with his Argentinian counterpart, Y, ...": with an official, a meeting.)
      if (subject.length > 0 && DISCUSSED_WITH.test(after) && nextOfficialWithin(input, t.end, 90)) return true;
      // ("X on Tuesday discussed trade with Czech Foreign Minister Y": a topic between, then the one met.)
      const topic = subject.length > 0 ? DISCUSSED_TOPIC_WITH.exec(text.slice(t.end, Math.min(sent.end, t.end + 160))) : null;
      // (A long office may stand before the name: "with Director of Russia's Federal Service for ... (FSMTC) Y".)
      if (topic && nextOfficialWithin(input, t.end + topic[0].length, 110)) return true;
      // "Led by A and B, U.S. and Ghanaian officials discussed ...": the delegations' leaders meet.
      if (LED_BY_OFFICIALS.test(head) || DELEGATIONS_LED_BY.test(head)) return new Set(subject.map((o) => o.id)).size >= 2;
      // ("X assured Minister Y of more jobs. The two ministers discussed ...": the pair the sentence before named.)
      if (subject.length === 0 && TWO_DISCUSSED.test(head)) return true;
      return subject.length >= 2 && new Set(subject.map((o) => o.id)).size >= 2 && /\band\b/.test(text.slice(subject[0].end, subject[subject.length - 1].start)) &&
        // (Subjects opening the sentence, a dateline aside: "MEXICO CITY (Reuters) – X and Y discussed".)
        // (Or after an attribution: "According to a statement, X and Y discussed".)
        // ("The minister of Finance X and Y discussed": a lower-case office introducing the first is no clause of its own.)
        // ("The visiting Head of State and Y discussed": the visitor's word too.)
        // (Or after the meeting an opening phrase names: "During the meeting, which took place at the Ministry, X and Y discussed".)
        !/(?:^|\s)\p{Ll}{3,}/u.test(withoutOffices(input, sent.start, subject[0].start).replace(DURING_MEETING_OPENS, '').replace(ATTRIBUTION, '').replace(/\b(?:the|and|of|visiting)\b/g, '')) &&
        // ("X and his US counterpart, Y, discussed": the last set off by commas.)
        (!/[,;:]/.test(head.slice(subject[subject.length - 1].end - sent.start)) ||
          (/^,\s*$/.test(head.slice(subject[subject.length - 1].end - sent.start)) && /,\s*$/.test(text.slice(sent.start, subject[subject.length - 1].start))) ||
          // ("A, UAE Ambassador to Russia, and B, Russian Minister of Natural Resources, have discussed": the last's office
          // set off by commas.)
          OFFICE_ASIDE.test(head.slice(subject[subject.length - 1].end - sent.start)) ||
          // ("A and B, Australia's chief of the defence force, assessed the situation ..., and discussed": the verb the
          // two share first, then "discussed" joined to it.)
          sharedFirst);
    }
    case 'visit': case 'visits': case 'visited':
      // ("agreed to strengthen communication, including through mutual visits": visits in general, none made.)
      return !(t.phrase === 'visits' && /\b(?:mutual|reciprocal|regular|frequent|further|more)\s+(?:high-level\s+)?$/i.test(before));
    case 'tour':
      // ("the end of his duty tour", "his tour of duty": a posting, not a journey.)
      return !/\bduty\s+$/i.test(before) && !/^\s+of\s+duty\b/i.test(after);
    default:
      return true;
  }
}

/** ", X's chief of the defence force, assessed the situation in the region, and ": a shared verb before "discussed". */
const SHARED_VERB_FIRST = /^(?:,[^,;]{1,80},|,)?\s+(?:assessed|reviewed|exchanged|noted|welcomed|evaluated|examined|appraised)\b[^;]{0,200}?,?\s+and\s+(?:also\s+)?$/;
/** ", Russian Minister of Natural Resources, have": an office set off by commas between the last subject and the verb. */
// ("A, Cuban ambassador to Belarus, and B, deputy foreign minister of that nation, discussed": in lower case too, not a
// clause of its own.)
const OFFICE_ASIDE = /^,\s*(?!(?:who|which|while|when|as|after|before|where|but|and)\b)(?:the\s+)?\p{L}[^,;:]{1,90},\s*(?:(?:have|has|had|also|then|further)\s+)?$/u;
/** "The two ministers", "Both leaders": a pair discussing, named before. */
const TWO_DISCUSSED = /^\s*(?:(?:The|the)\s+two|Both)\s+(?:[\p{Ll}-]+\s+|(?:\p{Lu}[\p{Ll}-]+\s+){1,2}(?=\p{Lu}))?(?:[Mm]inisters|[Ll]eaders|officials|[Hh]eads|[Cc]hiefs|[Pp]residents|[Cc]ommanders|[Ee]nvoys|diplomats|counterparts|[Ss]ecretaries|generals|admirals)\s+(?:also\s+|further\s+|then\s+)?$/u;

/** Before an interview's noun: the verb of what was said in it ("said on Friday in an exclusive"). */
const SAID_IN = /\b(?:said|says|told|stated|noted|added|remarked|explained|stressed|revealed)\s+(?:\w+\s+){0,2}(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+)?$/i;
/** After a meeting's noun: the press or the public it was held with, not a party ("meeting with Turkish and international journalists"). */
const MEETING_AUDIENCE = /^\s+with\s+(?:the\s+)?(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?=\s+and\b))\s+){0,4}(?:reporters|journalists|press|media|correspondents|newsmen|editors|bloggers|students|youth|audience)\b/u;
/** Those one speaks to without meeting them: "spoke to reporters", "talked with the press". */
const AUDIENCE = /^(?:\s+(?:today|yesterday|again|briefly|on \w+day))*\s+(?:to|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:reporters|journalists|press|media|correspondents|newsmen|audience|crowd|students|troops|soldiers|nation|public)\b/u;

/** What one receives from someone without receiving them: a gift, an award, a message. */
// ("received instruments of power from Kenyatta": a handover, not a guest.)
const RECEIVED_THING = /^\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:trophy|trophies|shield|plaque|gift|gifts|souvenir|memento|medal|award|honou?r|letter|message|communication|correspondence|note|greetings|congratulations|invitation|donation|copy|report|briefing|assurance|support|accolades?|awards|honou?rs|medals|certificates?|decorations?|tributes?|instruments?|baton|keys|sword|mantle|reins)\b/u;

/** A capitalized meeting word closing the name of a multilateral body's event ("ASEAN Defence Ministers’ Meeting"). */
function isEventOfBody(text: string, sent: Sentence, t: TriggerHit): boolean {
  if (!/^\p{Lu}/u.test(text.slice(t.start, t.start + 1))) return false;
  // ("OIC Meets the Foreign Minister of Azerbaijan": a title's verb after the body, not the body's meeting.)
  if (/^(?:Meets|Met|Holds|Hosts|Receives|Received|Welcomes)\b/.test(text.slice(t.start, t.end))) return false;
  const name = /(?:\p{Lu}[\p{L}\d’'+-]*\s+){1,6}$/u.exec(text.slice(Math.max(sent.start, t.start - 80), t.start));
  return name !== null && (bodyIn(name[0]) !== null || /\b(?:G\d+|Plus|Multilateral|Trilateral|Quadrilateral)\b/.test(name[0]));
}

/** Officials listed in parentheses in a subject ("The Co-Chairs (A, B and C)"): two or more make a list. */
function parenthesizedList(input: MentionInput, from: number, to: number): Set<string> {
  const region = input.text.slice(from, to);
  const open = region.indexOf('(');
  const close = region.indexOf(')', open);
  if (open < 0 || close < 0) return new Set();
  const inside = within(input.officials, { start: from + open, end: from + close });
  return inside.length >= 2 ? new Set(inside.map((o) => o.id!)) : new Set();
}

/** An official right after a verb, with only titles, ranks, capitals and joining words between. */
function officialFollows(input: MentionInput, from: number): boolean {
  const k = firstStartingAt(input.officials, from);
  const o = input.officials[k];
  return o !== undefined && o.start - from <= 80 && /^[\s,]*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|with|his|her|their|de|al|bin)[\s,]*)*$/u.test(input.text.slice(from, o.start));
}

function nextOfficialWithin(input: MentionInput, from: number, chars: number): boolean {
  const k = firstStartingAt(input.officials, from);
  return k < input.officials.length && input.officials[k].start - from <= chars;
}

/** Before a call's noun, the words that say a talk was had in it ("in a phone call", "during a video call"). */
const IN_A_CALL = /\b(?:in|during|over|via|by)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+)?$/;

/**
 * The date and place a sentence of the lead gives the meeting it tells without naming its parties ("The heads of
 * the two militaries met in the border city of Tacna", "The national security advisors ... met in Tokyo on Friday").
 */
export function settingIn(input: MentionInput, s: number): (Pick<Mention, 'date' | 'place' | 'here' | 'kind' | 'wording' | 'atEvent'> & { many?: boolean }) | null {
  const sent = input.sentences[s];
  // ("The meeting was held at the Ministry of Foreign Affairs in Male": a noun that is held says so too.)
  // ("X held bilateral meetings with ...": so does a noun held.)
  // ("The presidents of A and B discussed Syria in a phone call on Thursday": a call the talk was had in, too.)
  const held = (t: TriggerHit) => HELD.test(input.text.slice(t.end, t.end + 130)) || HELD_BEFORE.test(input.text.slice(Math.max(sent.start, t.start - 60), t.start)) ||
    ((t.kind === 'phone call' || t.kind === 'video call') && IN_A_CALL.test(input.text.slice(Math.max(sent.start, t.start - 20), t.start)));
  // ("X met a number of defence delegations at Bengaluru on 14 February": many met, the text naming them after.)
  const many = (t: TriggerHit) => /^me(?:t|ets)$/.test(t.phrase) && MANY_MET.test(input.text.slice(t.end, Math.min(sent.end, t.end + 40)));
  const trig = within(input.triggers, sent).find((t) => (t.voice !== 'noun' || held(t)) && (valid(input, t, sent) || many(t)));
  // ("The fourth session of the Peru-Ghana Joint Commission was held in Lima": a joint body's session is talks.)
  const session = trig ? null : JOINT_SESSION.exec(input.text.slice(sent.start, sent.end));
  if ((!trig && !session) || PAST.test(input.text.slice(sent.start, sent.end))) return null;
  let kind = trig && !placeHostsTalks(input, sent, trig) ? trig.kind : 'talks';
  // ("The sixth round of consultations ... was held by videoconference": talks held remotely are a call.)
  // ("China and Ethiopia held their first political consultation. It was held virtually.": the next sentence may say how.)
  const next = input.sentences[s + 1];
  const toldHow = (from: number, to: number) => input.phrases.remote.find(input.text.slice(from, to))?.phrase;
  const remote = kind !== 'talks' ? undefined :
    toldHow(sent.start, sent.end) ?? (next && HELD_SO.test(input.text.slice(next.start, next.end)) ? toldHow(next.start, next.end) : undefined);
  if (remote) kind = /video|virtual|online/.test(remote) ? 'video call' : 'phone call';
  const w = heldSetting(input, s, kind);
  // ("Political consultations ... were held at the MFA of Georgia": a meeting said to be held is told, wherever and
  // whenever.)
  return w.date || w.place || w.here || (trig && trig.voice === 'noun' && held(trig)) ? { ...w, kind, wording: trig ? input.text.slice(trig.start, trig.end) : session![1], many: trig ? many(trig) : false } : null;
}

/** The date and place a sentence gives a meeting it tells by a noun the lexicon does not hold ("Consultations were held on 14 March in New Delhi"). */
export function heldSetting(input: MentionInput, s: number, kind: MeetingKind): Pick<Mention, 'date' | 'place' | 'here' | 'atEvent'> {
  const sent = input.sentences[s];
  return { ...when(input, sent, sent, kind), atEvent: atAnEvent(input.text.slice(sent.start, sent.end)) };
}

/** "It was held virtually.", "The meeting was conducted via video link": a sentence telling only how the meeting before was held. */
const HELD_SO = /^\s*(?:It|The\s+(?:meeting|talks|consultations?|session|dialogue|discussions?))\s+(?:was|were)\s+(?:held|conducted)\b/;
const MANY_MET = /^\s+(?:with\s+)?(?:a (?:number|host|series|range) of|several|various|numerous|many)\s/;
const RETURNED_ON = /\b(?:returned|returns|came back|comes back|arrived back|flew back)\s+(?:home\s+|to\s+(?:the\s+)?\p{Lu}[\p{L}]*\s+)?(?:on\s+)?$/u;
const MISSION_SEAT = /(?:\b(?:from|of)|,)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Embassy|High Commission|Consulate(?:-General)?|Mission)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})?\s+in\s+$/u;

/** "scheduled for", "to be held": the date and place after it are an event's to come. */
// ("the relevance of the upcoming Central Asia + China Summit in Xian in May 2023": an event ahead, its own too.)
// ("a five-day tour with planned stops in Malawi, Kenya, and Egypt": the tour's stops ahead.)
const TO_COME = /\b(?:scheduled|slated|planned|set|due)\s+(?:for|to\s+(?:be\s+held|take\s+place))\b|\b(?:planned|scheduled|later|further)\s+stops?\b|\bto\s+be\s+held\b|\b(?:the|an?)\s+(?:upcoming|forthcoming|scheduled|planned|expected)\b/g;
const TO_COME_CHARS = 60;
/** An event other than a meeting, its day after it ("elections on December 24th", "the referendum of 5 May"). */
const EVENT_ON = /\b(?:elections?|polls|vote|referendum|inauguration|anniversary|independence day|national day|celebrations?)\s+(?:on|of|in|scheduled for|set for)\s+(?:the\s+)?$/i;
/** After a date: ", when the conference will be held", a day to come. */
const WHEN_TO_COME = /^,?\s+when\s+[^,;.]{0,70}?\b(?:will|is to|is due to|is expected to)\b/;
/** After a date: "the 26 November earthquake", a calamity or a vote it names. */
// ("for the July 15 early parliamentary elections": a vote's kind before it.)
const DATED_EVENT = /^\s+(?:(?:early|snap|general|local|presidential|parliamentary|legislative|municipal|regional|national)\s+){0,2}(?:earthquakes?|floods?|attacks?|bombings?|massacres?|explosions?|blasts?|tsunami|cyclone|storms?|fires?|crash|coup|uprising|revolution|elections?|referendum|polls?|tragedy|incidents?|killings?)\b/;
// ("the Ministry said in a statement on Saturday": the statement's day too.)
const SAID_AFTER = /^\s*(?:said|says|told|stated|announced|tweeted|wrote)\b/;
const REPORTED_ON = /\b(?:reported|reports|announced|said|says|stated)\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|release|communiqu\u00e9|communique)\s+)?(?:on\s+)?$/;
const CAREER_CLAUSE = /,\s+who\s+(?:took up|assumed|was appointed|was named|became|joined|has served|took office|took over)\b[^,;]{0,80},/g;

/** "from 24th to", "from March 3 until": the start of a stay's range, before its end. */
const STAY_RANGE_END = /\bfrom\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+\p{Lu}\p{Ll}+\.?)?\s*(?:to|till|until|through|-|–)\s*$/u;
/** Years back past which a year alone dates no meeting of the text's officials. */
const HISTORY_YEARS = 25;
/** The date and place a clause gives a meeting. */
function when(input: MentionInput, sent: Sentence, clause: { start: number; end: number }, kind: MeetingKind): Pick<Mention, 'date' | 'place' | 'here'> {
  const { text } = input;
  const span = { start: Math.max(sent.start, clause.start), end: Math.min(sent.end, clause.end) };
  // Dates in parentheses belong to what precedes them ("(February 26, 1973 – 2023)"), unless they only restate
  // a weekday ("on Monday (15/1/2024)"), or the day ("today (Thursday, 24 November 2022)").
  const dates = within(input.dates, span).filter((d) => !insideParentheses(text, span.start, d.start) || /\(\s*(?:\p{Lu}\p{Ll}+day,?\s+)?$/u.test(text.slice(Math.max(0, d.start - 14), d.start)) && /^\s*\)/.test(text.slice(d.end, d.end + 2)));
  // A date opening a dateline ("SIEM REAP, Cambodia, Nov. 22 (Xinhua) --", "BEIJING, July 18, 2024 --") is the
  // release's, not the meeting's.
  // ("a precursor to the leaders' summit scheduled for June 29-30 in Madrid": an event to come has its own.)
  const toCome = [...text.slice(span.start, span.end).matchAll(TO_COME)].map((m) => ({ start: span.start + m.index!, end: span.start + m.index! + m[0].length + TO_COME_CHARS }));
  const later = (h: { start: number }) => toCome.some((f) => h.start >= f.start && h.start < f.end);
  // ("General X, who took up the post in June, also met Y": the date of a career is not the meeting's.)
  const career = dates.length === 0 ? [] : [...text.slice(span.start, span.end).matchAll(CAREER_CLAUSE)].map((m) => ({ start: span.start + m.index!, end: span.start + m.index! + m[0].length }));
  const ofCareer = (h: { start: number }) => career.some((f) => h.start >= f.start && h.start < f.end);
  // ("..., the Saudi Press Agency (SPA) reported Tuesday.": the day of the report, not of the meeting.)
  // ("X on Friday said he held a conversation with Y": the day of the saying.)
  const reportDay = (d: { start: number; end: number }) => REPORTED_ON.test(text.slice(Math.max(span.start, d.start - 44), d.start)) || SAID_AFTER.test(text.slice(d.end, d.end + 12));
  // ("X returned home on Monday after an official visit to USA": the day of the return, not of the visit.)
  const returnDay = (d: { start: number }) => RETURNED_ON.test(text.slice(Math.max(span.start, d.start - 40), d.start)) ||
    // ("The Czech official, who arrived in Moldova on Sunday, also met ...": the day of the arrival.)
    /\bwho\s+(?:had\s+)?(?:arrived|landed|came)\b[^,;]{0,60}$/.test(text.slice(Math.max(span.start, d.start - 70), d.start));
  // ("X, who will be in Singapore until Tuesday, ... on Monday called on Y": where a stay ends is no meeting's day.)
  const stayEnds = (d: { start: number }) => /\b(?:until|till|through)\s+(?:next\s+)?$/i.test(text.slice(Math.max(span.start, d.start - 14), d.start)) ||
    // ("since taking office in 2020": when an office was taken.)
    /\b(?:taking|assuming|entering|took)\s+(?:office|power)\s+(?:in|on)\s+$/i.test(text.slice(Math.max(span.start, d.start - 30), d.start));
  // ("On Thursday October 27, ... received X, who is on a visit from 24th to 28th October, 2022": the end of a stay's
  // range, beside the day the clause gives, is not the meeting's.)
  const rangeEnd = (d: { start: number }) => dates.length > 1 && STAY_RANGE_END.test(text.slice(Math.max(span.start, d.start - 40), d.start));
  // ("in preparation for elections on December 24th": the day of another event, named right before it.)
  const eventDay = (d: { start: number }) => EVENT_ON.test(text.slice(Math.max(span.start, d.start - 30), d.start));
  // ("the consequences of the tragic 26 November earthquake": a date naming a calamity or a vote, not the meeting's day.)
  // ("on 17 February, when the Donors' Conference will be held": a day to come.)
  const namesEvent = (d: { end: number }) => DATED_EVENT.test(text.slice(d.end, d.end + 48)) || WHEN_TO_COME.test(text.slice(d.end, d.end + 90));
  // ("his father played a Test match in 1934": a year alone, a generation before another date the text gives, is
  // history; "spoke with Y in 2019", told in 2021, is a meeting's.)
  const history = (d: DateHit) => /^\d{4}$/.test(d.iso ?? '') && input.dates.some((o) => /^\d{4}/.test(o.iso ?? '') && Number(o.iso!.slice(0, 4)) - Number(d.iso) > HISTORY_YEARS);
  const dated = dates.filter((d) => !history(d) && !later(d) && !ofCareer(d) && !reportDay(d) && !returnDay(d) && !stayEnds(d) && !rangeEnd(d) && !eventDay(d) && !namesEvent(d) && !(d.start - sent.start <= DATELINE_CHARS && (DATELINE_END.test(text.slice(d.end, d.end + 40)) || AGENCY_DATELINE_END.test(text.slice(d.end, d.end + 20)))));
  // The most precise date of the clause: a full day over a weekday it restates.
  let date: DateHit | null = null;
  for (const d of dated) if (!date || precision(d) > precision(date)) date = d;
  if (kind === 'phone call' || kind === 'video call') return { date, place: null, here: false };
  let place: PlaceHit | null = null;
  // "on the sidelines of the Dialogue, which is taking place in Gandhinagar": the event's city, wherever told.
  // ("held a meeting ... in the context of the 21st Meeting of Foreign Ministers of CELAC, held in Mexico": so too.)
  const sidelines = SIDELINES.test(text.slice(span.start, span.end)) || /\b(?:in|within) the (?:context|framework) of the\b/.test(text.slice(span.start, span.end));
  for (const p of within(input.places, sidelines ? { start: span.start, end: sent.end } : span)) {
    if (later(p)) continue;
    // "in Tacna", "at the Pentagon"; "Addis Ababa hosted the session": the place as the subject of "hosted".
    // ("during the Munich Security Conference", "on the island of Bali": an event's city, an island.)
    const before = text.slice(Math.max(span.start, p.start - 48), p.start);
    // ("On the occasion of the 56th Munich Security Conference": a city opening the event's name.)
    const eventCity = (p.capital && /\b(?:during|at|on the sidelines of|on the margins of)\s+the\s+$/i.test(before)) || /\b[Oo]n\s+the\s+islands?\s+of\s+$/.test(before) ||
      // ("on the sidelines of the 2018 Beijing Summit of the Forum on China-Africa Cooperation": after its year, or right
      // before the gathering it names, "on the eve of the Beijing Summit".)
      (p.capital && EVENT_OPENED.test(before) && EVENT_AFTER.test(text.slice(p.end, p.end + 40)));
    // ("at his office in Army Headquarters Abuja": a city closing a venue's name.)
    // ("visited Naval Headquarters Islamabad", "visited the Defence Headquarters, Nairobi": so after a visit.)
    // (After a comma, a city the lexicons know, closing the address: not "at TNI Headquarters, Cilangkap, East
    // Jakarta", a district of the city named next.)
    const venueCity = p.capital && (/\b(?:in|at|visited|visits|visiting|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,2}\p{Lu}[\p{L}-]+\s+$/u.test(before) ||
      (countryOfPlace(text.slice(p.start, p.end)) !== null && !/^,\s+\p{Lu}/u.test(text.slice(p.end, p.end + 3)) && /\b(?:in|at|visited|visits|visiting|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,2}\p{Lu}[\p{L}-]+,\s+$/u.test(before)));
    // ("at State House-Entebbe", "at the presidential palace, Niamey": a venue, then its city.)
    const afterVenue = p.capital && (/\b(?:House|Palace|Lodge|Villa)[-–]$/.test(before) || VENUE_THEN_CITY.test(before));
    // ("to discuss the recent situation in North Korea", "the developments in Ukraine": a topic's place is no venue.)
    if (TOPIC_IN.test(before)) continue;
    // ("During his visit to New York for the United Nations General Assembly later this month, President X received":
    // a visit still to come is no venue.)
    if (/\bvisit\s+to\s+(?:the\s+)?$/.test(before) && STILL_TO_COME.test(text.slice(p.end, Math.min(sent.end, p.end + 100)).split(/[,;]/)[0])) continue;
    // ("my upcoming trip to the United States", "I will move on to New York where I will be meeting": a journey ahead.)
    if (TRIP_AHEAD.test(before)) continue;
    // ("Defence Minister X visits London": a city a title's present names, not a country, which the text's cities outrank.)
    const visitsCity = p.capital && /\b[Vv]isits\s+$/.test(before);
    // ("X's opening remarks at talks with Y, St Petersburg, June 6, 2019": a city, then the date, closing the line.)
    const lineEnd = text.indexOf('\n', p.end);
    const closing = p.capital && /,\s+$/.test(before) && dated.some((d) => d.start - p.end <= 3 && /^,\s*$/.test(text.slice(p.end, d.start)) &&
      /^\s*$/.test(text.slice(d.end, lineEnd < 0 ? text.length : lineEnd)));
    if (!eventCity && !venueCity && !afterVenue && !visitsCity && !closing && !LOCATIVE.test(before) && !HOSTED_BY_PLACE.test(text.slice(p.end, p.end + 80)) &&
        !(p.capital && ADDRESS_BEFORE.test(text.slice(Math.max(span.start, p.start - 90), p.start)) && !/^,\s+\p{Lu}/u.test(text.slice(p.end, p.end + 3)))) continue;
    // ("The US Embassy in Kingston says during her visit, ...": where the one reporting sits is no meeting's place.)
    if (/\b(?:Embassy|High Commission|Consulate|Mission)\s+in\s+$/.test(before) && /^\s*(?:says|said|stated|reported|noted|announced)\b/.test(text.slice(p.end, p.end + 12))) continue;
    // ("a courtesy visit from X, the Special Envoy ... from the Embassy of Germany in Canberra": where the envoy's
    // mission sits.)
    if (MISSION_SEAT.test(before)) continue;
    // ("his visiting French counterpart": a nationality after "visiting" is the guest's, not a place.)
    if (p.country && !p.capital && /\b[Vv]isiting\s+$/.test(text.slice(Math.max(span.start, p.start - 12), p.start)) &&
        /^\s+\p{Ll}/u.test(text.slice(p.end, p.end + 3)) && !/^\s+(?:for|on|to|in|and|from|at|where|with|this|last|earlier)\b/.test(text.slice(p.end, p.end + 10))) continue;
    // ("a warm welcome today to Samoa's Head of State": a country's possessive names whose, not where.)
    // (Not "in Peru's capital city".)
    if (p.country && !p.capital && /^['’]s\s+\p{Lu}/u.test(text.slice(p.end, p.end + 5))) continue;
    // "of concern to Australia": a country is reached "to" only by a visit, a welcome or a journey.
    // (Reached in the same clause: not "gratitude for his visit and reiterating that Uganda is always a home to South
    // Africa"; a long office may stand between: "welcomed Australian Foreign Affairs and Women's Minister Marise X to
    // Papua New Guinea".)
    if (p.country && !p.capital && /\bto\s+(?:the\s+)?$/i.test(text.slice(p.start - 8, p.start)) &&
        !/\b(?:visit\w*|trip|journey|welcom\w*|arriv\w*|travel\w*|came|come|returned?)\b(?:(?!\b(?:that|is|are|was|were)\b)[^,;])*$/i.test(text.slice(Math.max(span.start, p.start - 100), p.start))) continue;
    // "at the Australian War Memorial", "in the Brazilian city of Manaus": a nationality is no place.
    if (p.country && !p.capital && /^\s(?:\p{Lu}|(?:border\s+)?(?:city|town|capital|province|port)\b)/u.test(text.slice(p.end, p.end + 14))) continue;
    // "in Japan-Philippine defense cooperation": countries joined by a hyphen name a relation, not a place.
    if (p.country === '' && /\p{L}[-–]\p{Lu}/u.test(text.slice(p.start, p.end))) continue;
    // ("the visiting U.S. secretary of the Navy": a nationality opening an office is no place either.)
    const after = input.positions[firstStartingAt(input.positions, p.end)];
    if (p.country && !p.capital && after && after.start - p.end <= 1) continue;
    // "Ambassador to Malaysia", "Defence Attaché in Jakarta": the posting, not where the meeting took place.
    // (Not "the secretary of the Navy in Seoul": a city after an office held at home is where its holder met;
    // "permanent secretary of defense in Laos": a country, where the office is held.)
    const office = input.positions[firstStartingAt(input.positions, p.start) - 1];
    // ("Pakistan's Ambassador-designate to Ireland X, who called on him": a place inside an office names a post.)
    if (office && office.start < p.start && office.end >= p.end) continue;
    // (Not when the holder's name stands between: "Chief of Army Staff of Pakistan General X in Beijing".)
    if (office && office.end <= p.start && p.start - office.end <= 40 && POSTING.test(text.slice(office.end, p.start)) &&
        (POSTED_OFFICE.test(text.slice(office.start, office.end)) || (p.country && !p.capital)) && !nextOfficialWithin(input, office.end, p.start - office.end)) continue;
    // ("Ambassador of Latvia, resident in Canberra, Australia, ...": where an envoy lives, not where they met.)
    if (RESIDES.test(text.slice(Math.max(0, p.start - 30), p.start)) || (p.country && !p.capital && RESIDES_IN_CITY.test(text.slice(Math.max(0, p.start - 60), p.start)))) continue;
    if (!place || placeRank(input.text, p) < placeRank(input.text, place)) place = p;
  }
  const here = /\bhere\b/.test(text.slice(span.start, span.end));
  return { date, place, here };
}

/** Before a city opening a gathering's name: the phrase placing a meeting at it, then its ordinal or its year. */
const EVENT_OPENED = /\b(?:(?:during|at|on the sidelines of|on the margins of|on the occasion of)\s+the\s+\d{1,3}(?:st|nd|rd|th)|(?:during|at|on the sidelines of|on the margins of|on the occasion of|ahead of|on the eve of)\s+the(?:\s+\d{4})?)\s+$/i;
const EVENT_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Conference|Summit|Forum|Dialogue|Meeting|Expo|Exhibition|Games|Congress)\b/u;
const TOOK_PART_IN = /\b(?:participated|took part|joined|partook)\s+in\s+(?:the|a|an|this|that|\p{L}+day['’]s)\s+(?:(?:telephone|phone|conference|joint)\s+)?$/iu;

/** How one speaks in person: "informally", "face to face". */
const IN_PERSON = String.raw`informally|privately|in person|face[- ]to[- ]face`;
/** After "spoke": words that may stand before its "with" or its "by phone", and the ways of speaking from afar. */
const SPOKE_WHEN = String.raw`today|yesterday|again|briefly|separately|${IN_PERSON}|on \w+day(?: (?:morning|afternoon|evening|night))?|(?:this|last) (?:morning|afternoon|evening|night)|on (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})`;
const SPOKE_FOR = String.raw`for (?:more than |over |about |nearly |almost |some )?(?:an?|one|two|three|four|five|\d+)(?: and a half)? (?:hours?|minutes?)`;
const BY_PHONE = String.raw`by (?:tele)?phone|over (?:the )?(?:tele)?phone|via (?:tele)?phone|on (?:the )?(?:tele)?phone`;
/** "spoke informally with", "spoke ... on the sidelines of": speaking told as done in person. */
// ("spoke to Y at the Asean summit in Manila": or at a gathering both attended.)
const SPOKE_IN_PERSON = new RegExp(String.raw`^\s+(?:${IN_PERSON})\b|^[^;]{0,120}\bon the (?:sidelines|margins)\b|^[^;.]{0,80}?\bat (?:the |an? )?(?:[\p{L}'’-]+ ){0,5}?(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Rr]eception|[Dd]inner|[Ll]uncheon|[Ll]unch|[Bb]anquet|[Cc]eremony)\b`, 'u');
/** "spoke today with", "spoke by phone with", "spoke to X". */
const SPOKE_WITH = new RegExp(String.raw`^(?:\s+(?:${SPOKE_WHEN}|${BY_PHONE}))*\s+(?:with|to)\b`);
/** "A and B spoke again by phone", "spoke for three hours via a video link". */
const SPOKE_REMOTELY = new RegExp(String.raw`^(?:\s+(?:${SPOKE_WHEN}|${SPOKE_FOR}))*\s+(?:${BY_PHONE}|(?:via|by|over) (?:a )?video(?: ?link| ?conference| call)?)\b`);

/** A full day, then a month, then a weekday or "today" (which the release resolves). */
function precision(d: DateHit): number {
  // ("this afternoon (04 October)": a day and month, though with no year, over a day relative to the release.)
  return d.iso ? d.iso.length : /\d/.test(d.text) ? 2 : 1;
}

// ("at its national headquarters, Port Area, Manila": a district may stand between.)
const VENUE_THEN_CITY = /\b(?:in|at)\s+(?:the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:palace|villa|residence|office|offices|headquarters|house|lodge|mansion|secretariat),\s+(?:(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+,\s+)?$/u;

export function requesterIn(input: MentionInput, sent: Sentence, from: number): Mention['requester'] {
  const { text } = input;
  const clause = text.slice(sent.start, sent.end);
  const initiative = input.phrases.initiative.find(clause);
  if (initiative) {
    const after = sent.start + initiative.index + initiative.phrase.length;
    const k = firstStartingAt(input.officials, after);
    const o = input.officials[k];
    if (o && o.start - after <= 40 && o.end <= sent.end) return { id: o.id! };
    // ("at the initiative of the opposite side": the side the release does not speak for.)
    if (/^\s+the\s+(?:opposite|other)\s+side\b/.test(text.slice(after, after + 24))) return { opposite: true };
    const side = /^\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?)\s+(?:side|government|party)\b/u.exec(text.slice(after, after + 40));
    if (side) return { side: side[1] };
    // ("in response to a request from the Government of Spain": the state by its government.)
    const state = /^\s+(?:the\s+)?(?:Government|government|Governments)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?)/u.exec(text.slice(after, after + 50));
    const governed = state ? state[1].replace(/\.$/, '') : '';
    if (governed && countryName(governed)) return { side: governed };
    // ("another phone conversation initiated by the US took place": the country itself.)
    const nation = /^\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?)(?=[\s,.;]+(?!\p{Lu}))/u.exec(text.slice(after, after + 40));
    if (nation && countryName(nation[1])) return { side: nation[1] };
  }
  // "at the latter's request", "at his request": the party after the verb, or the subject.
  const anaphor = /\b(?:at|upon|on) (?:the )?(latter|former|his|her)(?:['’]s)? (?:request|initiative|invitation)\b|\b(?:at|upon|on) the (?:request|initiative|invitation) of the (latter|former)\b/i.exec(clause);
  if (anaphor) {
    const named = within(input.officials, sent).filter((o) => o.start < sent.start + anaphor.index);
    const which = anaphor[1] ?? anaphor[2];
    const who = /latter/i.test(which) ? named.at(-1) : /former/i.test(which) ? named[0] : named.find((o) => o.start < from) ?? named[0];
    if (who) return { id: who.id! };
  }
  // "X, who initiated the call": the one named right before.
  const initiator = /,\s*who\s+(?:had\s+)?(?:initiated|requested|placed|made)\s+the\s+(?:call|conversation|phone call|telephone call)\b/i.exec(clause);
  if (initiator) {
    const who = within(input.officials, { start: sent.start, end: sent.start + initiator.index + 1 }).at(-1);
    if (who) return { id: who.id! };
  }
  // ("on the American side's initiative": the side named.)
  const sided = /\b(?:at|on|upon) the (\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?) side['’]s? (?:request|initiative|invitation)\b/u.exec(clause);
  if (sided) return { side: sided[1] };
  // ("Wang Yi had a phone call with US Secretary of State Antony Blinken at request.": the one named right before asked.)
  const bare = /\b(?:at|upon|on) request(?=\s*[.,;]|$)/.exec(clause);
  if (bare) {
    const who = within(input.officials, { start: Math.max(sent.start, from), end: sent.start + bare.index }).at(-1);
    if (who) return { id: who.id! };
  }
  // "at X's request".
  const m = /\bat (?:the )?([\p{Lu}][\p{L}.’'-]*(?:\s[\p{Lu}][\p{L}.’'-]*)*)['’]s? (?:request|initiative|invitation)\b/u.exec(clause);
  if (m) {
    const start = sent.start + m.index + 3;
    const o = within(input.officials, { start, end: start + m[1].length + 1 })[0];
    if (o) return { id: o.id! };
    return { side: m[1] };
  }
  return null;
}

function splitAtAndWith(text: string, from: number, to: number, dates: readonly DateHit[] = []): { start: number; end: number }[] {
  const region = text.slice(from, to);
  const cuts: number[] = [];
  AND_WITH.lastIndex = 0;
  for (let m = AND_WITH.exec(region); m; m = AND_WITH.exec(region)) cuts.push(from + m.index);
  // "met A on 3 March and B on 4 March": each party with a date of its own is a meeting of its own.
  if (cuts.length === 0 && dates.length > 0) {
    const inside = (a: number, b: number) => dates.some((d) => d.start >= a && d.end <= b);
    let start = from;
    for (let at = region.indexOf(' and '); at >= 0; at = region.indexOf(' and ', at + 5)) {
      const c = from + at;
      if (inside(start, c) && inside(c, to)) {
        cuts.push(c);
        start = c;
      }
    }
  }
  if (cuts.length === 0) return [{ start: from, end: to }];
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (const c of cuts) {
    out.push({ start, end: c });
    start = c;
  }
  out.push({ start, end: to });
  return out;
}

function lastMatchBefore(s: string, re: RegExp, at: number): number {
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m && m.index < at; m = re.exec(s)) last = m.index + m[0].length;
  return last;
}

/** After a ";", the next item of a list of officials: a name, perhaps after "and", an honorific or a rank. */
function listGoesOn(input: MentionInput, at: number, end: number): boolean {
  const k = firstStartingAt(input.officials, at);
  const o = input.officials[k];
  return o !== undefined && o.start < end && o.start - at <= 160 && LIST_ITEM.test(input.text.slice(at, o.start));
}
// ("; Mr B", "; and Canada, C", "; the Director for Latin America of the World Economic Forum, Ambassador D".)
// ("; and Head of the Cuban Agency for Cooperation (ACC) and Deputy Minister for Trade, Ambassador E": a short form.)
const LIST_ITEM = /^;\s*(?:and\s+)?(?:(?:the|of|for|and|\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.-]*\)),?\s+){0,18}$/u;

function firstMatchAfter(s: string, re: RegExp, at: number): number {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? m.index : s.length;
}
