// The meetings a text reports, as an analyst records them: the headline meeting (the title and lead tell it, the
// next sentences restate it, add its attendees, its date or its place) and every further meeting, call or visit
// between named officials, each with its kind, wording, date, place and parties.
import { STILL_TO_COME, visitedPlace } from './visitPlace';
import { bodyVisitor, ENVOY, envoyLike, toldAsReception, wordIndex } from './receptionCues';
import { postOf } from '../resolution/countries';
import { capitalOf, countriesOfList, countryName } from '../resolution/countryNames';
import type { Meeting, MeetingKind, Participant, ParticipantRole, Person } from '../types';
import { fullDays, isDay, resolveDate, shiftDay, yearByWeekday, yearFromText, weekdayFromText, yearNamedOnce } from './calendar';
import { countryOfPlace, displayPlace, documentContext, eventCity, isSeat, isVenue, placeRank, seatCity, seatNamed, type DocumentContext } from './document';
import { jointActs } from './jointActs';
import { mediaInterviews } from './mediaInterviews';
import { honours } from './honours';
import { meetingPhraseSets } from './phrases';
import { firstStartingAt, within } from '../spans';
import { titleLineEnd } from '../titleLine';
import { atAnEvent, attendeesIn, JOINT_SESSION, MESSAGE_BROUGHT, SPOKESPERSON, mentionsIn, namedAsReporter, paragraphOpening, requesterIn, settingIn, heldSetting, representedAt, type DateHit, type EscortCue, type Mention, type MentionInput, type Party, type PlaceHit } from './mentions';
import type { TriggerHit } from '../recognition/localTypes';

/** What the meetings stage reads; the compiled phrase lists are added here. */
export type MeetingInput = Omit<MentionInput, 'phrases'>;

/** A meeting while the text is read: parties by id, date and place as the text gave them. */
export interface MeetingDraft {
  kind: MeetingKind;
  weak: boolean;
  wording: string;
  start: number;
  end: number;
  headline: boolean;
  past: boolean;
  parties: Party[];
  /** Officials the text says attended ("Also present were ..."): their role follows their side. */
  attendees: string[];
  /** An attendee's principal where the text says whom they accompany ("X is accompanied by Y"). */
  escorts?: Map<string, string>;
  /** An attendee's side where the one accompanied is told by nationality ("The British official was accompanied by Y"). */
  escortSides?: Map<string, string>;
  /** A group one party received, named in a roster after ("The four ambassadors are A, B and C"): its guests. */
  rosterGuests?: Set<string>;
  date: DateHit | null;
  sameDay: boolean;
  /** "The day before", "The next day": a day before or after the meeting told just before it. */
  dayShift?: number;
  place: PlaceHit | null;
  here: boolean;
  requester: Mention['requester'];
  /** Told apart from the others of its sentence: not a restatement of them. */
  separate: boolean;
  /** A meeting named, not reported ("At the meeting, X said"). */
  continuation: boolean;
  /** "The conference was hosted by X": X joins the meeting just told. */
  namesMeeting: boolean;
  /** The country the visit told right after it went to ("X's visit to the Dominican Republic commenced on Wednesday"). */
  visitedCountry?: PlaceHit;
  /** Held at an event ("on the sidelines of the summit"): its place need be neither side's country. */
  atEvent: boolean;
  /** A reception held by video ("at a virtual ceremony"), told as a video call with its host and guests. */
  online?: boolean;
  /** The last sentence that told of it. */
  lastSentence: number;
  /** The sentence that first told it. */
  sentence: number;
}

export interface ExtractedMeetings {
  drafts: MeetingDraft[];
  context: DocumentContext;
  /** Every date the text writes, for a day written without its year. */
  dates: readonly DateHit[];
  /** Every place the text names, for the city of a meeting placed by its country. */
  places: readonly PlaceHit[];
  /** The meeting words read (acts, interviews and honours among them), for a meeting no mention read. */
  triggers: readonly TriggerHit[];
}

/** "After the meeting, X said": a sentence opening on the meeting just told. */
const AFTER_THE_MEETING = /^\s*(?:At|After|During|Following)\s+(?:the|this)\s+(?:meeting|talks|discussions?|session),\s+/;
/** The speaker's verb after his apposition ("X, head of ..., said"). */
const SPEAKS_AFTER = /^(?:,[^.;]{0,160}?,)?\s+(?:said|told|noted|stated|added|stressed|explained)\b/;
/** How far down a meeting may stand for a visit that heads the text. */
const VISIT_MEETING_SENTENCES = 16;
/** How many sentences from the top may hold the headline meeting. */
const HEADLINE_SENTENCES = 10;
/** Right before a name, the words that make it the counterpart of one named before: "his Turkish counterpart,". */
const HIS_COUNTERPART = /\b(?:his|her)\s+(?:[\p{L}-]+\s+)?counterpart,?\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;
/** A gathering's words, beyond two parties: "attended", "chaired", "summit", "forum". */
const GATHERING_WORDS = /\b(?:attend|chair|summit|forum|conference|session|assembly|gathering)/i;
/** "The three top diplomats met", "The leaders of Japan, South Korea and the United States met": a plural subject, no name. */
// ("Foreign ministers from Greece, Cyprus and Egypt held a trilateral meeting", "Officials from the US, Japan, and South
// Korea on Friday met in Tokyo": the countries' ministers or officials, unnamed.)
// ("Senior defense officials of South Korea and the Philippines met via videoconference Monday": officials of two
// countries, and how they met.)
const COLLECTIVE_MET = /^\s*(?:\p{Lu}[\p{Lu}\s]+,[^\n]{0,40}?(?:--|–|—|-)\s*|\p{Lu}{3,}(?: \p{Lu}{2,})*[ \t]*\n\s*)?(?:(?:On|Last|Earlier|This)\s+[\w ,]{1,30}?,?\s+|(?:On|In)\s+[^,.;\n]{1,60},\s+)?(?:[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*(?:top\s+|senior\s+|[Ff]oreign\s+|[Dd]efen[cs]e\s+)?(?:diplomats|[Mm]inisters|leaders|[Pp]residents|prime ministers|heads of state|heads of government|chiefs|envoys)\b|(?:[Tt]he\s+)?(?:Senior|Top|High-ranking|senior|top|high-ranking)\s+(?:defen[cs]e\s+|military\s+|foreign ministry\s+|government\s+)?officials\b|(?:Foreign|Defen[cs]e)\s+[Mm]inisters(?=\s+(?:of|from)\s)|Officials(?=\s+(?:of|from)\s+[^.;]{3,60}?\band\b))(?:\s+(?:of|from)\s+[^.;]{3,90}?)?\s+(met(?:\s+(?:via|by|through)\s+(?:videoconference|video conference|video link)|\s+virtually|\s+online)?|held\s+(?:talks|an?\s+(?:\w+\s+)?meeting|\w+\s+talks)|gathered|convened)\b/u;
/** "during a meeting between the respective foreign ministers": a meeting of those the next sentences name. */
const MEETING_OF_GROUP = /\b(?:a|the)\s+(meeting|talks)\s+between\s+(?:the\s+)?(?:two|three|four|respective)\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministers|leaders|presidents|prime ministers|chiefs|diplomats|counterparts)\b/u;
/** A round of consultations or talks said to be held, its parties not named ("FOCs were held on 14 March"). */
const CONSULTATIONS_HELD = /\b((?:consultations|talks|dialogue|negotiations)(?:\s*\([^)]{1,12}\))?)\s+(?:(?:was|were|have\s+been|had\s+been)\s+(?:held|conducted|convened)|took\s+place|held\s+(?:today|yesterday|on|in)\b)\b|\b(?:hosted|held|convened)\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,4}?(?:consultations|talks|dialogue))\b/i;
/** Who headed each delegation ("The Indian delegation was led by", "A headed the Swiss delegation", "chaired by"). */
const DELEGATION_HEADED = /\bdelegations?\b[^.;]{0,60}?\b(?:was|were)\s+(?:led|headed|chaired)\s+by\b|\b(?:led|headed)\s+(?:the|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}delegations?\b|\b(?:were|was)\s+chaired\s+by\b/u;
// ("They are: - A ...", "They are A, Ambassador of ..."; not "They were accompanied by".)
const THEY_ARE = /^\s*(?:They|These) (?:are|were|include|included)(?:\s*:|\s+(?=\p{Lu}))/u;
const BULLET = /^\s*[-–•*]\s/;
/** How long a roll's line of an office alone may be. */
const ROLL_LINE_CHARS = 80;
const ROLL_OPENING = /^\s*The following\b/;
const ROLL_HEADER = /^\s*The following\b[^.:]{0,120}:\s*$/;
/** A roll's line opening with a style of address: "His Excellency X", "H.E. Y". */
const STYLED_LINE = /^\s*(?:His|Her)\s+(?:Excellency|Highness|Majesty)\b|^\s*H\.\s?E\.?\s/;
const PRINCIPALS = /^\s*(?:The|Both) (?:two )?(?:ministers|leaders|chiefs|sides|delegations|secretaries|generals|commanders)\b/;
const REFERS_BACK = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Bb]oth|two|[Tt]heir|counterparts?|visiting|guests?|visitors?|ministers|leaders|chiefs|sides|officials|[Ss]ecretaries|generals|commanders|delegations)\b/;
// ("This photo, taken on March 19, 2021, shows A and B posing ...", "This file photo provided by ...": a caption
// telling what a picture shows.)
const CAPTION = /^(?:FILE PHOTO|File photo|File Photo|PHOTO|Photo)\s*[:|–-]|^(?:This|The above|The)\s+(?:file\s+)?(?:photo|picture|image)(?:,\s+taken\b[^.]{0,40}?,|\s+(?:taken|provided|released)\b[^.]*?)?\s+shows\b/;
const AGENCY_CREDIT = /^\s*(?:REUTERS|AFP|EPA|Xinhua|AP Photo)\s*\/\s*\p{Lu}/u;
const PRESENT_CAPTION = /^[^.]*\b(?:speaks|gestures|attends|looks on|listens|shakes hands|poses|walks|arrives|meets|chats|greets|welcomes|(?:is|are) pictured)\b[^.]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;

const FOR_VISITING = String.raw`for (?:visiting|his visit|her visit|the visit|coming)\b`;
const THANKED_FOR_VISIT_WORDS = new RegExp(String.raw`\b${FOR_VISITING}`, 'g');
const THANKED_FOR_VISIT = new RegExp(String.raw`\b(?:thank(?:ed|s)?|(?:expressed|conveyed) (?:his |her )?(?:gratitude|appreciation|thanks) to)\s+([^.;]{0,80}?)\s+${FOR_VISITING}`);

/**
 * "Gen Surapong expressed gratitude to the Ambassador for visiting him": the one thanking received the one thanked.
 * A meeting of the two told symmetrically ("X has had a meeting with Y") is that reception.
 */
function hostsThanking(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  let last = -1;
  for (const words of input.text.matchAll(THANKED_FOR_VISIT_WORDS)) {
    const k = firstStartingAt(input.sentences, words.index! + 1) - 1;
    if (k < 0 || k === last) continue;
    last = k;
    const sent = input.sentences[k];
    const said = input.text.slice(sent.start, sent.end);
    const m = THANKED_FOR_VISIT.exec(said);
    if (!m) continue;
    const verb = sent.start + m.index;
    const guestFrom = verb + m[0].indexOf(m[1]);
    const host = within(input.officials, { start: sent.start, end: verb }).pop();
    const guest = within(input.officials, { start: guestFrom, end: guestFrom + m[1].length })[0];
    if (!host || !guest || host.id === guest.id) continue;
    for (const d of drafts) {
      if (d.kind !== 'talks' || !has(d, host.id!) || !has(d, guest.id!) || d.parties.some((p) => p.role !== 'participant')) continue;
      d.kind = 'reception';
      for (const p of d.parties) p.role = p.id === host.id ? 'host' : p.id === guest.id ? 'guest' : p.role;
    }
  }
}

/**
 * "Ambassador X was summoned to the Foreign Ministry": a meeting of X told symmetrically elsewhere ("Deputy Foreign
 * Minister Y's meeting with Ambassador X") is a reception, X its guest and the ministry's official its host.
 */
function hostsSummoned(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  for (const m of input.text.matchAll(SUMMONED)) {
    const k = firstStartingAt(input.sentences, m.index! + 1) - 1;
    if (k < 0) continue;
    const guest = within(input.officials, { start: input.sentences[k].start, end: m.index! }).pop();
    if (!guest) continue;
    for (const d of drafts) {
      // (Or a reception the summons itself told, its guest alone placed: the other is its host.)
      const told = d.kind === 'reception' && d.parties.every((p) => p.role === 'participant' || (p.id === guest.id && p.role === 'guest'));
      if ((d.kind !== 'talks' && !told) || d.parties.length !== 2 || !has(d, guest.id!) || (!told && d.parties.some((p) => p.role !== 'participant'))) continue;
      d.kind = 'reception';
      for (const p of d.parties) p.role = p.id === guest.id ? 'guest' : 'host';
      // (The host first, as the title names him.)
      d.parties.sort((a, b) => (a.role === 'host' ? 0 : 1) - (b.role === 'host' ? 0 : 1));
    }
  }
}
const SUMMONED = /\b(?:was|were|had been|has been)\s+summoned\b/g;

/**
 * "A Kenyan delegation ... after meeting President X", then "The delegation led by Special Envoy Y conveyed ...": the
 * delegation's leader, named a sentence or two on, is the other party of a meeting that names only one.
 */
function delegationLeaders(input: MentionInput, drafts: readonly MeetingDraft[], index: DraftIndex): void {
  for (const d of drafts) {
    if (d.parties.length !== 1 || d.kind === 'phone call' || d.kind === 'video call' || d.kind === 'visit') continue;
    const sent = input.sentences[d.sentence];
    if (!sent || !A_DELEGATION.test(input.text.slice(sent.start, sent.end))) continue;
    for (let k = d.sentence + 1; k <= d.sentence + 4 && k < input.sentences.length; k++) {
      const next = input.sentences[k];
      // ("General X, a lecturer of the course, who is also head of the delegation, said": the leader named before.)
      const heads = HEADS_DELEGATION.exec(input.text.slice(next.start, next.end));
      const led = heads ? null : LED_BY.exec(input.text.slice(next.start, next.end));
      if (heads) {
        const at = next.start + heads.index;
        const leader = within(input.officials, { start: Math.max(next.start, at - LEADER_CHARS), end: at }).pop();
        if (leader && !d.parties.some((p) => p.id === leader.id)) {
          d.parties.push({ id: leader.id!, start: leader.start, role: acrossFrom(d.parties[0].role) });
          index.sync(d);
        }
        break;
      }
      if (!led) continue;
      const from = next.start + led.index + led[0].length;
      const named = within(input.officials, { start: from, end: next.end });
      const one = d.parties[0];
      // ("led by Council Chairman A and Ambassador B": the leaders joined by "and", each with his office.)
      for (let n = 0; n < named.length; n++) {
        const leader = named[n];
        const gap = input.text.slice(n === 0 ? from : named[n - 1].end, leader.start);
        if (n === 0 ? leader.start - from > LEADER_CHARS : !/^,? and [^,.;]{0,60}$/.test(gap)) break;
        if (leader.id === one.id || d.parties.some((p) => p.id === leader.id)) continue;
        d.parties.push({ id: leader.id!, start: leader.start, role: acrossFrom(one.role) });
      }
      index.sync(d);
      break;
    }
  }
}
/** The role across a reception from `role`: the guest's for a host, the host's for a guest; else a participant's. */
function acrossFrom(role: ParticipantRole): ParticipantRole {
  return role === 'host' ? 'guest' : role === 'guest' ? 'host' : 'participant';
}
// ("a high-powered business delegation from the United States": or the delegation's standing and trade.)
// ("the visiting Chinese National Defence University delegation met": a body's name of several words before it.)
// ("held a working meeting with members of the OSCE/ODIHR Mission": or the members of a mission met.)
const A_DELEGATION = /\b(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}-]*\s+|(?:high-level|high-powered|visiting|business|trade|investment|commercial|economic|senior|top|large|\d+-member|[a-z]+-strong)\s+){0,5}delegation\b(?!,?\s+(?:was\s+)?(?:led|headed)\s+by)|\bmembers of the\s+(?:\p{Lu}[\p{L}-]*\s+|\/\s+){1,5}(?:Mission|Team)\b/u;
// ("The members of the delegation were led by", "The delegation comprising top officials from ..., led by": the
// delegation the sentence is about, then who led it.)
// ("The delegation comprises Commander of the UN forces ... X, and Y": or those it is made of.)
const LED_BY = /\b[Dd]elegation\b[^.;]{0,160}?\b(?:led|headed)\s+by\s+|\b[Hh]ead of the delegation,?\s+|\b[Tt]he delegation\s+(?:comprises|comprised|consists of|consisted of|includes|included)\s+/;
/** How far after "led by" the leader's name may start (his office and rank before it). */
const LEADER_CHARS = 140;
/** ", who is also head of the delegation", ", the leader of the US delegation": the one named before leads it. */
const HEADS_DELEGATION = /,\s+(?:who\s+(?:is|was)\s+(?:also\s+)?)?(?:the\s+)?(?:head|leader|chief)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?delegation\b/;

/**
 * "X received letters of credentials submitted by the new Ambassadors of Panama, Singapore and Indonesia", the text
 * naming "Panamanian Ambassador to Vietnam Y" elsewhere: a reception of a group of envoys, one party named, takes
 * the envoys the text names, of the countries the group lists (of any other country where it lists none).
 */
function envoysReceived(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  // (A few such receptions at most are read: a text of thousands repeats them.)
  let read = 0;
  for (const d of drafts) {
    // (One party named, or a host and the guest who came "along with envoys of Qatar and Monaco".)
    const ids = new Set(d.parties.map((p) => p.id));
    const hostParty = ids.size === 1 ? d.parties[0] : d.parties.find((p) => p.role === 'host');
    if (d.kind !== 'reception' || !hostParty || (ids.size > 1 && d.parties.filter((p) => p.role === 'host').length !== 1)) continue;
    const sent = input.sentences[d.sentence];
    const group = ENVOY_GROUP.exec(input.text.slice(sent.start, sent.end));
    if (!group || ++read > MAX_GROUPS) continue;
    // ("ambassadors of African, European, Asian, and Middle East countries": regions list no country.)
    const countries = group[2] ? listedCountries(group[2]) : [];
    const listed = countries.length > 0 ? new Set(countries) : null;
    // ("the Heads of Diplomatic Missions of Chile and Portugal": envoys, whatever their office.)
    // ("received four diplomats", "27 accredited Defence Attachés": envoys too.)
    const office = /^(?:heads|diplomats)|attach/i.test(group[1]) ? 'envoy' : group[1].toLowerCase().replace(/s$/, '').replace(/ies$/, 'y');
    // ("welcomed the new ambassadors of China, Bangladesh and Sudan. ... his meetings with Mosud X of Bangladesh": the
    // guests of the countries listed hold the group's office; an "envoy" is no office of its own.)
    if (listed && office !== 'envoy') {
      for (const x of d.parties) {
        const p = x.role === 'guest' ? input.persons.get(x.id) : undefined;
        if (p && !p.position && p.country && listed.has(p.country)) p.position = office;
      }
    }
    // (The guest named in that sentence, not one a later sentence told apart and merged in.)
    // (Where the group lists its countries, their envoys wherever named: "New ambassadors from Namibia, Lesotho and
    // Papua New Guinea presented their credentials", then "Welcoming Papua New Guinea's Ambassador X".)
    // (Not those told as meeting apart: "A's, B's and C's envoys met separately with X".)
    // ("received courtesy calls from a number of Ambassadors", then "Y also paid a courtesy call to the Dean": one
    // guest merged in from a later sentence leaves the group's roll to be read.)
    const named = new Set(d.parties.filter((p) => p.start >= sent.start && p.start <= sent.end).map((p) => p.id));
    if ((named.size > 1 && !group[2]) || (ids.size > 1 && d.parties.some((p) => p.start < sent.start || p.start > sent.end) && drafts.some((o) => o !== d && o.separate && has(o, hostParty.id)))) continue;
    const host = input.persons.get(hostParty.id);
    // ("five new envoys": an ambassador or a high commissioner is one.)
    const holds = (position: string | null) => !!position && (office === 'envoy' ? ENVOY.test(position) : position.toLowerCase().includes(office));
    // ("The ambassadors are X from Norway, Y from Spain, ...": those the group's own list names, office or not.)
    const rolls = groupRolls(input, d.sentence);
    const postedTo = GROUP_POSTED_TO.exec(input.text.slice(sent.start + group.index + group[0].length, sent.end))?.[1];
    const seen = new Set<string>();
    for (const o of input.officials) {
      const p = o.id ? input.persons.get(o.id) : undefined;
      if (!p || seen.has(p.id) || p.id === host?.id || p.capacity !== 'official' || !p.country || !(holds(p.position) || rolls.some((r) => o.start >= r.start && o.end <= r.end))) continue;
      seen.add(p.id);
      if (listed ? !listed.has(p.country) : p.country === host?.country) continue;
      // ("12 new ambassadors ... Marina X from Trinidad and Tobago": each one the group takes in holds its office,
      // "11 new ambassadors to China" that office there; an "envoy" is no office of its own.)
      if (!p.position && office !== 'envoy') p.position = postedTo ? `${office} to ${postedTo}` : office;
      if (ids.has(p.id)) continue;
      if (ids.size === 1) d.parties[0].side ??= 'subject';
      d.parties.push({ id: p.id, role: 'guest', start: o.start, side: ids.size === 1 ? 'object' : d.parties.find((x) => x.role === 'guest')?.side ?? 'object' });
    }
  }
}
/**
 * The sentences after a group's reception that list its members ("The ambassadors are ...", "They are:", "There were
 * only two women among the fresh wave of ambassadors: ...", "The others were ...").
 */
function groupRolls(input: MentionInput, s: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = s + 1; k < input.sentences.length && k <= s + ROLL_SENTENCES; k++) {
    const sent = input.sentences[k];
    const told = input.text.slice(sent.start, sent.end);
    if (GROUP_ROLL.test(told)) out.push(sent);
    else {
      // ("According to the Director of Communication, X, the new envoys are A from Chile and B from Finland": the
      // roll from its own words on, not the one who tells it.)
      const inside = GROUP_ROLL_INSIDE.exec(told);
      if (inside) out.push({ start: sent.start + inside.index, end: sent.end });
    }
  }
  return out;
}
/** How far after a group's reception its roll may come. */
const ROLL_SENTENCES = 8;
const GROUP_POSTED_TO = /^\s+to\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;
const GROUP_ROLL_INSIDE = /\b(?:the|these)\s+(?:\w+\s+){0,2}(?:ambassadors|envoys|high commissioners|heads of missions?)\s+(?:are|were|include|included)\b\s*:?\s+\p{Lu}/u;
const GROUP_ROLL = /^\s*(?:(?:The|These)\s+(?:\w+\s+){0,2}(?:ambassadors|envoys|high commissioners|heads of missions?)\b[^.:]{0,60}?\b(?:are|were|included?)|They (?:are|were)|(?:The )?[Oo]thers (?:are|were|include))\b\s*:?\s+\p{Lu}|^[^.:]{0,80}\b(?:ambassadors|envoys|high commissioners|heads of missions?):\s+\p{Lu}/u;

/**
 * "He also met the Defence Ministers of Kazakhstan and Uzbekistan", the text naming "the Defence Minister of Kazakhstan,
 * Lieutenant General X" elsewhere: a meeting with each holder of that office of each country listed, apart, the one
 * who met them being the party of the meeting just told who serves none of those countries.
 */
function officeHoldersMet(input: MentionInput, drafts: MeetingDraft[], index: DraftIndex): void {
  const { text } = input;
  // (The officials by country, read once; a few such sentences at most are read: a text of thousands repeats them.)
  let byCountry: Map<string, Person[]> | undefined;
  let read = 0;
  for (const m of text.matchAll(HOLDERS_MET)) {
    if (++read > MAX_GROUPS) break;
    const k = firstStartingAt(input.sentences, m.index! + 1) - 1;
    if (k < 0) continue;
    const sent = input.sentences[k];
    // (Only where the sentence names nobody: "X met the Defence Ministers of ..." is told with X by the mentions.)
    if (within(input.officials, { start: sent.start, end: m.index! + m[0].length }).length > 0) continue;
    let last: MeetingDraft | undefined;
    for (let d = drafts.length - 1; d >= 0 && !last; d--) if (drafts[d].sentence < k && k - drafts[d].sentence <= 3) last = drafts[d];
    if (!last) continue;
    const countries = listedCountries(m[3]);
    let who = last.parties.map((p) => input.persons.get(p.id)).filter((p): p is Person => p?.capacity === 'official' && !(p.country && countries.includes(p.country)));
    // ("Earlier, X held a meeting with Y. He also met ...": the one the headline meeting has too, else the subject of
    // the meeting told before, named first in its sentence.)
    const headline = drafts.find((d) => d.headline);
    if (who.length > 1 && headline && who.some((p) => !has(headline, p.id))) who = who.filter((p) => has(headline, p.id));
    if (who.length > 1) {
      const told = input.sentences[last.sentence];
      const first = within(input.officials, told).find((o) => who.some((p) => p.id === o.id));
      who = who.filter((p) => p.id === first?.id);
    }
    if (who.length !== 1 || countries.length === 0) continue;
    const office = m[2].replace(/s$/, '').replace(/ie$/, 'y').toLowerCase().replace(/^(?:\w+ )*?(minister|secretary|chief|commander|ambassador)$/, '$1');
    if (!byCountry) {
      byCountry = new Map();
      for (const id of new Set(input.officials.map((o) => o.id!))) {
        const p = input.persons.get(id);
        if (p?.capacity === 'official' && p.country && p.position) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
      }
    }
    for (const country of countries) {
      const holders = (byCountry.get(country) ?? []).filter((p) => p.position!.toLowerCase().replace(/ of .*$/, '').includes(office));
      if (holders.length !== 1 || index.holdsIn(holders[0].id, (d) => has(d, who[0].id))) continue;
      const at = input.officials.find((o) => o.id === holders[0].id)!.start;
      const draft: MeetingDraft = {
        kind: 'talks', weak: false, wording: m[1], start: sent.start, end: sent.end, headline: false, past: last.past,
        parties: [{ id: who[0].id, role: 'participant', start: sent.start }, { id: holders[0].id, role: 'participant', start: at }], attendees: [],
        date: last.date, sameDay: true, place: last.place, here: last.here, requester: null, separate: true, continuation: false, namesMeeting: false,
        atEvent: last.atEvent, lastSentence: k, sentence: k,
      };
      drafts.push(draft);
      index.pushed(draft);
    }
  }
}
/**
 * "X had a meeting with his Mauritanian and Ethiopian counterparts", then "his Mauritanian counterpart, Y" and "his
 * Ethiopian counterpart Z": one meeting with each counterpart the text names later by that nationality, the first
 * the meeting told.
 */
function counterpartsMet(input: MentionInput, drafts: MeetingDraft[], index: DraftIndex): void {
  for (const d of [...drafts]) {
    const ids = new Set(d.parties.map((p) => p.id));
    if (ids.size === 0 || d.kind === 'visit') continue;
    const sent = input.sentences[d.sentence];
    const told = input.text.slice(sent.start, sent.end);
    // (Or told as "a series of bilateral talks", "held bilateral meetings", one counterpart already merged in from the
    // next sentence.)
    if (d.kind === 'multilateral' && !/\bbilateral\b/.test(d.wording) && !/\bbilateral (?:meetings|talks)\b/.test(told)) continue;
    const m = COUNTERPARTS_MET.exec(told) ?? COUNTERPARTS_FROM.exec(told);
    if (!m) continue;
    const countries = listedCountries(m[1]);
    const self = d.parties[0].id;
    const met: { id: string; start: number }[] = [];
    for (const c of countries) {
      const later = input.officials.filter((o) => o.start > sent.end && o.id !== self && input.persons.get(o.id!)?.country === c);
      const holders = [...new Set(later.map((o) => o.id!))];
      if (holders.length !== 1) break;
      met.push({ id: holders[0], start: later[0].start });
    }
    if (met.length !== countries.length || met.length < 2) continue;
    // (Those already merged in are among the counterparts: the meeting is rebuilt with the first.)
    // ("He also met with the British Minister of State": one of none of the countries listed met him apart.)
    const others = d.parties.filter((p) => p.id !== self && !met.some((x) => x.id === p.id));
    if (others.some((p) => countries.includes(input.persons.get(p.id)?.country ?? ''))) continue;
    const role = d.kind === 'reception' ? d.parties[0].role : 'participant';
    const other = acrossFrom(role);
    d.parties = [d.parties[0], { id: met[0].id, role: other, start: met[0].start }];
    if (others.length > 0) {
      const apart: MeetingDraft = { ...d, kind: 'talks', headline: false, parties: [{ ...d.parties[0] }, ...others.map((p) => ({ ...p, role: 'participant' as const }))], attendees: [], escorts: undefined, separate: true };
      drafts.push(apart);
      index.pushed(apart);
    }
    if (d.kind === 'multilateral') d.kind = 'talks';
    index.sync(d);
    for (const x of met.slice(1)) {
      // (A meeting the text tells on its own: "Teodoro also met with Judith X, the Minister of Defense of New Zealand".)
      if (drafts.some((o) => o !== d && o.parties.some((p) => p.id === self) && o.parties.some((p) => p.id === x.id))) continue;
      const draft: MeetingDraft = { ...d, headline: false, parties: [{ ...d.parties[0] }, { id: x.id, role: other, start: x.start }], attendees: [], escorts: undefined, separate: true };
      drafts.push(draft);
      index.pushed(draft);
    }
  }
}
/**
 * "X grants four audiences": "received four diplomats", then "Ambassador A was the first", "B was next to be
 * received", "Finally, C came": a host's audiences, one after another, each a reception of its own.
 */
function audiencesApart(input: MentionInput, drafts: MeetingDraft[], index: DraftIndex): void {
  const title = input.text.slice(0, Math.max(0, input.text.indexOf('\n')));
  for (const d of [...drafts]) {
    const hosts = d.parties.filter((p) => p.role === 'host');
    const guests = d.parties.filter((p) => p.role === 'guest');
    if (d.kind !== 'reception' || hosts.length !== 1 || guests.length < 2) continue;
    const sent = input.sentences[d.sentence];
    // ("received letters of accreditation from four ambassadors: A, B, C and D. ... X discussed separately with each
    // accredited ambassador": the sentence after says he met each apart.)
    const after = input.sentences[d.sentence + 1];
    const eachApart = after !== undefined && EACH_APART.test(input.text.slice(after.start, after.end));
    if (!eachApart && !AUDIENCES_APART.test(title) && !AUDIENCES_APART.test(input.text.slice(sent.start, sent.end))) continue;
    // (Each guest told in a sentence of its own.)
    const told = new Set(guests.map((g) => input.sentences.findIndex((x) => g.start >= x.start && g.start < x.end)));
    if (!eachApart && told.size !== guests.length) continue;
    d.parties = [hosts[0], guests[0]];
    index.sync(d);
    for (const g of guests.slice(1)) {
      const draft: MeetingDraft = { ...d, headline: false, parties: [{ ...hosts[0] }, { ...g }], attendees: [], escorts: undefined, separate: true };
      drafts.push(draft);
      index.pushed(draft);
    }
  }
}
const EACH_APART = /\bseparately with (?:each|every)\b|\bwith each of (?:them|the)\b/i;
const AUDIENCES_APART = /\b(?:audiences|one after (?:the )?other|one after another|separately|in turn)\b/i;
/** "a series of bilateral talks with his counterparts from Lithuania, Canada, and New Zealand". */
const COUNTERPARTS_FROM = /\bwith\s+(?:his|her|their)\s+counterparts\s+(?:from|of)\s+((?:(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:,\s*|,?\s+and\s+))+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;
const COUNTERPARTS_MET = /\bwith\s+(?:his|her|their)\s+((?:\p{Lu}[\p{L}-]+(?:,\s*|\s+and\s+))+\p{Lu}[\p{L}-]+)\s+counterparts\b/u;
const MAX_GROUPS = 8;
/** "Kazakhstan, the Philippines and Uzbekistan": names in capitals joined by commas, then "and" and the last. */
const COUNTRY_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*)*`;
const COUNTRY_LIST = String.raw`${COUNTRY_NAME}(?:,\s*${COUNTRY_NAME})*`;
const LAST_OF_LIST = String.raw`,?\s+and\s+${COUNTRY_NAME}`;

/** The countries a list of them names ("Panama, Singapore and Indonesia."), those it names as countries. */
function listedCountries(list: string): string[] {
  return countriesOfList(list).filter((c): c is string => c !== null);
}

const HOLDERS_MET = new RegExp(String.raw`\b(met|met with|held talks with|held (?:separate |bilateral )?meetings with)\s+(?:the\s+)?((?:\p{Lu}\p{Ll}+\s+){0,3}(?:Ministers|Secretaries|Chiefs|Commanders|Ambassadors))\s+of\s+(${COUNTRY_LIST}${LAST_OF_LIST})`, 'gu');

const ENVOY_GROUP = new RegExp(String.raw`\b(?:[Nn]ew(?:ly[- ](?:accredited|appointed))?\s+|[Ff]oreign\s+|[Oo]utgoing\s+|[Ss]everal\s+)?([Aa]mbassadors|[Ee]nvoys|[Hh]igh [Cc]ommissioners|[Hh]eads of (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?(?:[Dd]iplomatic )?[Mm]issions|[Dd]iplomats|(?:[Dd]efen[cs]e|[Mm]ilitary) [Aa]ttach[ée]s)\b(?:\s+(?:of|from)\s+(${COUNTRY_LIST}(?:${LAST_OF_LIST})?))?`, 'u');

// ("The Weimar Triangle foreign ministers: Ministers A of Poland, B of France and C of Germany": a group's name too.)
const PRINCIPALS_LIST = /^\s*(?:The|All|Both)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|(?:\p{Lu}[\p{L}-]*\s+){1,3})\s*(?:[\p{Ll}-]+\s+)?(?:ministers|leaders|chiefs|heads|secretaries|commanders)(?:\s+of\s+[\p{Ll}\s]+?)?\s*[,:–—]/u;
const ANOTHER_OCCASION = /\b(?:[Aa]nother|[Aa] second|[Aa]n earlier|[Aa] previous)\s+(?:(?:phone|telephone|video|online)\s+)?(?:conversation|call|meeting|round of talks)\b/;
const REQUEST_WORDS = /\b(?:request|requested|initiative|initiated)\b/;
// ("X led 14-member Bangladesh delegation while Y is leading an eight-member delegation of the MPF": the size before.)
const SIDE_CHAIRS = /\b(?:sides?|delegations?|teams?),?\s+(?:(?:was|were|is|are)\s+(?:being\s+)?)?(?:chaired|headed|led|represented)\s+by\b|\b(?:led|headed|leads|heads|leading|heading|chaired|chairs|represented) (?:(?:the|a|an) )?(?:[\p{L}\d]+-\s?member )?(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)? )?(?:delegation|side|team)\b/u;
/**
 * "The meeting, held at OAS headquarters in Washington, DC, was also an opportunity to ...": a sentence about the
 * meeting just told gives the place it had not.
 */
function placesTold(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  const { text, sentences } = input;
  for (const m of text.matchAll(MEETING_HELD_IN)) {
    // (Opening its sentence.)
    const s = firstStartingAt(sentences, m.index! + 1) - 1;
    if (s < 0 || text.slice(sentences[s].start, m.index!).trim() !== '') continue;
    // (One told again after it counts: "The call took place in X. ... the purpose of Musse's visit was".)
    const last = drafts.filter((d) => d.sentence < s && s - d.lastSentence <= 2).pop();
    if (!last || last.place || last.kind === 'phone call' || last.kind === 'video call') continue;
    const city = within(input.places, { start: m.index! + m[0].length - 1, end: sentences[s].end }).find((p) => p.capital || p.country === '');
    if (city) last.place = city;
    // ("The meeting took place during the ADB annual meeting in Tbilisi, Georgia": at a gathering, where neither side
    // need be at home.)
    if (city && atAnEvent(text.slice(sentences[s].start, sentences[s].end))) last.atEvent = true;
    // ("During the talks, held on Thursday in Seoul,": the day too, where the meeting had none; "The call took place
    // at the ministry's headquarters in Port of Spain on April 15": after the city too.)
    const dayEnd = city ? Math.min(sentences[s].end, city.end + 30) : m.index! + m[0].length;
    last.date ??= within(input.dates, { start: m.index!, end: dayEnd })[0] ?? null;
  }
  // ("X was in Monrovia for a one day working visit ... During his visit, X met Y": a meeting told during a visit is
  // where the visit was.)
  for (const d of drafts) {
    if (d.place || d.kind === 'visit' || d.kind === 'phone call' || d.kind === 'video call' || !DURING_ONES_VISIT.test(text.slice(d.start, d.start + 40))) continue;
    const visit = drafts.find((v) => v.kind === 'visit' && v.place && v.start < d.start && v.parties.some((p) => d.parties.some((q) => q.id === p.id)));
    if (visit) d.place = visit.place;
  }
  // ("X made a few-hour official visit to Bamako on Wednesday. He was greeted at the airport by Y": a welcome on
  // arrival told, undated, right after the visitor's dated visit was that day.)
  for (const d of drafts) {
    const told = input.sentences[d.sentence];
    if (d.date || d.kind !== 'reception' || !told || !ON_ARRIVAL.test(text.slice(told.start, told.end))) continue;
    const visit = drafts.find((v) => v.kind === 'visit' && v.date && v.lastSentence === d.sentence - 1 && v.parties.some((p) => p.role === 'guest' && d.parties.some((q) => q.id === p.id && q.role === 'guest')));
    if (visit) d.date = visit.date;
  }
}
/** "During his visit,", "During the working visit": a sentence opened by the visit it tells of. */
const DURING_ONES_VISIT = /^During (?:his|her|their|the) (?:[\p{Ll}-]+ ){0,2}visit\b/u;
// (At a sentence's start: "The meeting, held at X in", "The talks were held in", "The meeting took place at the ... in",
// "During the wide-ranging talks, held on Thursday in".)
// ("During the meeting at General Headquarters (GHQ) in Rawalpindi,": where it was, with no verb.)
const MEETING_HELD_IN = /\b(?:(?:The|During the) (?:[\p{Ll}-]+ ){0,2}(?:meeting|talks|discussions?|audience|call on|courtesy call|call|visit|signing ceremony|ceremony)s?,?\s+(?:which\s+)?(?:was\s+|were\s+)?(?:held|took place)\s+(?:(?:on\s[^.;,]{0,30}?|today|yesterday)\s)?(?:(?:at|during)\s[^.;]{0,80}?\s)?|During the (?:[\p{Ll}-]+ ){0,2}(?:meeting|talks|discussions?)\s+(?:at\s[^.;,]{0,80}?\s)?)in\s/gu;

/** Whether the group a reception's host received ("received ... Service Chiefs") names the office `position` holds. */
function receivedGroupHolds(told: string, position: string | null): boolean {
  const group = RECEIVED_GROUP.exec(told);
  return !!group && !!position && position.toLowerCase().includes(group[1].toLowerCase().replace(/s$/, ''));
}
const RECEIVED_GROUP = /\b(?:received|receives|hosted|hosts|welcomed|welcomes)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,10}?(chiefs|commanders|ambassadors|envoys|officers|ministers|heads|attachés|attaches)\b/iu;

/** The party "The visiting minister was accompanied by" names as the one accompanied: the only guest. */
function escortByCue(d: MeetingDraft, cue: EscortCue | undefined, positionOf: (id: string) => string | null | undefined): string | null {
  if (cue?.pronoun) return [...d.parties].sort((a, b) => a.start - b.start)[0]?.id ?? null;
  if (cue?.office) {
    const office = cue.office.toLowerCase();
    // (Of several holders, the one the meeting is told of first, its subject: "President X held a meeting with Chinese
    // President Y. ... The President was accompanied by".)
    const holders = d.parties.filter((p) => positionOf(p.id)?.toLowerCase().startsWith(office)).sort((a, b) => a.start - b.start);
    if (holders.length > 0) return holders[0].id;
  }
  if (!cue?.guest && !cue?.host) return null;
  const those = new Set(d.parties.filter((p) => p.role === (cue.host ? 'host' : 'guest')).map((p) => p.id));
  // (A delegation's members at talks, where no one is the guest: the side of the one the meeting is told of first.)
  if (those.size === 0 && cue.delegation) return [...d.parties].sort((a, b) => a.start - b.start)[0]?.id ?? null;
  return those.size === 1 ? [...those][0] : null;
}

// ("The 11th meeting of the Deputy Foreign Ministers was held in Dushanbe. ... A, B and C also took part": those
// who took part in the meeting the lead set.)
const TOOK_PART = /\b(?:also took part|also participated|took part in (?:the|this) (?:meeting|session|talks))\b/;
const NO_ATTENDANCE = { ids: [] as string[], kind: null, escort: null, escortCue: undefined, at: -1, leads: undefined, roster: undefined };
const RANGE = /^\s*(?:to|through|until|till|[-–])\s*(?:\d{1,2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b/;

/** Whether a sentence can only restate meetings already told: all its officials are in them, it names no date or
 * place, and nothing in it splits meetings apart. */
function restatesOnly(input: MentionInput, sent: { start: number; end: number }, ids: readonly string[], index: DraftIndex): boolean {
  for (const id of ids) if (!index.holds(id)) return false;
  if (within(input.dates, sent).length > 0 || within(input.places, sent).some((p) => p.capital || p.country === '')) return false;
  return !/separate|with\b[^.]*\band with\b|jointly|co-|request|initiative|invitation/i.test(input.text.slice(sent.start, sent.end));
}

/** The first meeting verb (not a noun: "talks") starting between `from` and `to`, if any. */
function firstVerb(input: MentionInput, from: number, to: number): TriggerHit | undefined {
  for (let k = firstStartingAt(input.triggers, from); k < input.triggers.length && input.triggers[k].start < to; k++) {
    if (input.triggers[k].voice !== 'noun') return input.triggers[k];
  }
  return undefined;
}

/** "The Uzbek delegation at the talks is headed by": who leads a side of the meeting told. */
const DELEGATION_AT = /\b(?:The|the)\s+(?:\p{Lu}[\p{L}-]+\s+)?delegation\s+(?:at|to|in)\s+the\s+(?:talks|negotiations|meeting|consultations|dialogue)\s+(?:is|was|were|are)\s+(?:headed|led)\s+by\b/u;

/** "during the defense chief's courtesy call": a meeting told as the time of what the sentence says. */
const DURING = /\b[Dd]uring\s+(?:the|their|his|her|a|an)\b/;

/** Words that tell a meeting again rather than say what it was ("The discussion also covered", "The meeting addressed"). */
const RESTATED = /^(?:discussed|discussions?|meetings?|talks|engagements?|dialogue|gathering|session)$/i;
/** A meeting told this close after the headline, undated, took place the same day. */
const NEAR_SENTENCES = 3;
/**
 * "The Defense Minister spoke with the Chief of the Turkish General Staff. During the meeting held today in Baku,
 * ...": a bare "spoke with" the next sentence calls a meeting held somewhere was talks, not a call.
 */
function spokeInPerson(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'phone call' || !/^(?:spoke|speaks|spoken|talked)$/.test(d.wording)) continue;
    const next = input.sentences[d.lastSentence + 1];
    if (next && MEETING_NAMED_NEXT.test(input.text.slice(next.start, Math.min(next.end, next.start + 60)))) d.kind = 'talks';
  }
}
/**
 * "The Minister of Foreign Affairs, X, had an audience with the Ambassador of Turkey, Y": one grants an audience to an
 * envoy, not the envoy to him; the envoy is the guest whichever side the verb put him on.
 */
function audienceWithEnvoy(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'reception' || !/\baudience with\b/.test(d.wording)) continue;
    const guests = d.parties.filter((p) => p.role === 'guest');
    const hosts = d.parties.filter((p) => p.role === 'host');
    if (guests.length !== 1 || hosts.length !== 1) continue;
    const envoy = (id: string) => ENVOY.test(input.persons.get(id)?.position ?? '');
    if (envoy(guests[0].id) || !envoy(hosts[0].id)) continue;
    guests[0].role = 'host';
    hosts[0].role = 'guest';
  }
}
/**
 * "A delegation led by X visited ... the authorities of the province", then "At the reception, Vice Chairman Y wished":
 * the one the next sentence has speaking at the reception received the visitor.
 */
function receivedAtVisit(input: MentionInput, drafts: readonly MeetingDraft[], index: DraftIndex): void {
  for (const d of drafts) {
    if (d.kind !== 'visit' || d.parties.length === 0 || d.parties.some((p) => p.role === 'host')) continue;
    const next = input.sentences[d.lastSentence + 1];
    const told = next ? input.text.slice(next.start, next.end) : '';
    const at = next ? AT_THE_RECEPTION.exec(told) : null;
    // ("X ... visited the Supreme Court. Y, Chief Justice of the Supreme Court, and Z introduced the guests to its
    // work": one the next sentence opens on, doing something to the visitors, received them.)
    const toGuests = next && !at ? TO_THE_GUESTS.exec(told) : null;
    if (!next || (!at && !toGuests)) continue;
    const from = next.start + (at ? at[0].length : 0);
    const named = within(input.officials, { start: from, end: at ? next.end : next.start + toGuests!.index });
    const host = named[0];
    if (!host?.id || host.start - from > 80 || input.persons.get(host.id)?.capacity !== 'official' || d.parties.some((p) => p.id === host.id)) continue;
    d.kind = 'reception';
    for (const p of d.parties) p.role = 'guest';
    d.parties.push({ id: host.id, role: 'host', start: host.start });
    // (All those the sentence names before its verb: "Y, Chief Justice ..., and Z, Head of the Secretariat ..., introduced".)
    for (const o of toGuests ? named : []) {
      if (o.start >= host.end && o.id && !d.parties.some((p) => p.id === o.id) && input.persons.get(o.id)?.capacity === 'official') d.parties.push({ id: o.id, role: 'host', start: o.start });
    }
    d.lastSentence = d.lastSentence + 1;
    index.sync(d);
  }
}
/**
 * "X arrived in Phnom Penh ... Welcoming the President and his entourage at the airport were A, B and C": those named
 * after the verb welcomed the visitor the sentence before tells of, as hosts.
 */
function welcomingParty(input: MentionInput, drafts: readonly MeetingDraft[], index: DraftIndex): void {
  for (const d of drafts) {
    if (d.kind !== 'reception') continue;
    const sent = input.sentences[d.sentence];
    const m = sent ? WELCOMING_WERE.exec(input.text.slice(sent.start, sent.end)) : null;
    const before = input.sentences[d.sentence - 1];
    if (!sent || !m || !before) continue;
    const hosts = within(input.officials, { start: sent.start + m[0].length, end: sent.end }).map((o) => o.id!).filter((id) => input.persons.get(id)?.capacity === 'official');
    // (The visitor: the one the sentence before has arriving or visiting.)
    const told = input.text.slice(before.start, before.end);
    const guests = ARRIVING.test(told) ? [...new Set(within(input.officials, before).map((o) => o.id!))].filter((id) => !hosts.includes(id)) : [];
    if (hosts.length === 0 || guests.length !== 1) continue;
    d.parties = [{ id: guests[0], role: 'guest', start: before.start }, ...[...new Set(hosts)].map((id) => ({ id, role: 'host' as const, start: sent.start + m[0].length }))];
    index.sync(d);
  }
}
/** "arrived in", "is on a state visit": a sentence telling of one's coming. */
const ARRIVING = /\b(?:arriv(?:ed|es|ing)|landed|(?:is|was) on (?:an? )?(?:[\p{Ll}-]+ ){0,2}visit)\b/u;
/** "Welcoming the President and his entourage at the airport were": the welcomed first, then the verb, the hosts after it. */
const WELCOMING_WERE = /^\s*(?:Welcoming|Receiving|Greeting|On hand to (?:welcome|receive|greet))\s+(?:him|her|them|the\s+[^,.;]{1,80}?)(?:\s+(?:at|on|upon)\s+[^,.;]{1,60}?)?,?\s+(?:were|was)\s+/;
/** A meeting said to be held ("the Consultations was held in a virtual format", "held the 14th round of consultations"). */
const HELD = /\bheld\b/;
/** How far into the body a gathering the headline meeting was held at may be named. */
const LEAD_EVENT_CHARS = 400;
/** A sentence opening on who attended ("In the presence of Crown Prince Y, King X received ..."). */
const PRESENCE_OPENS = /^\s*In\s+the\s+presence\s+of\b/;
const AT_THE_RECEPTION = /^\s*(?:At|During)\s+the\s+(?:reception|audience|courtesy call|working session)\s*,\s*/;
/** "introduced the guests to", "briefed the visitors on": what a host does to those who came. */
const TO_THE_GUESTS = /\b(?:introduced|briefed|welcomed|greeted|showed|acquainted|familiari[sz]ed|guided)\s+the\s+(?:guests|visitors|visiting\s+delegation)\b/;

/**
 * "X received ... a message from his Equatorial Guinea counterpart, Y", then "The message bearer was the Equatorial
 * Guinea minister for Foreign Affairs, Z": the one who brought the message is the guest.
 */
function messageBearer(input: MentionInput, drafts: readonly MeetingDraft[], index: DraftIndex): void {
  for (const d of drafts) {
    if (d.kind !== 'reception' || d.parties.length !== 1 || d.parties[0].role !== 'host' || !/\bmessage\b/.test(input.text.slice(d.start, d.end))) continue;
    const next = input.sentences[d.lastSentence + 1];
    const by = next ? MESSAGE_BROUGHT.exec(input.text.slice(next.start, next.end)) : null;
    if (!next || !by) continue;
    // ("delivered by the special envoy of President Y, Hon. Z": the sender named inside the bearer's office is not him.)
    const guest = within(input.officials, { start: next.start + by[0].length, end: next.end })
      .find((o) => !SENDER_INSIDE.test(input.text.slice(Math.max(next.start, o.start - 40), o.start)));
    if (!guest?.id || guest.start - (next.start + by[0].length) > 160 || input.persons.get(guest.id)?.capacity !== 'official' || d.parties.some((p) => p.id === guest.id)) continue;
    d.parties.push({ id: guest.id, role: 'guest', start: guest.start });
    d.lastSentence = d.lastSentence + 1;
    index.sync(d);
  }
}
/** "envoy of President", "on behalf of King": the sender, named inside the bearer's office. */
const SENDER_INSIDE = /\b(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u;
const MEETING_NAMED_NEXT = /^\s*(?:During|At|In the course of|Following)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|talks)\b(?!\s+(?:by|via|over)\s+(?:tele)?(?:phone|video))/u;

/**
 * "ISLAMABAD: Speaker X said on Wednesday that ... Talking to Y, who called on him, the NA speaker said ...": the
 * day the lead has him say it is the day of the meeting the next sentence tells him saying it at.
 */
function saidThatDay(input: MentionInput, drafts: readonly MeetingDraft[]): void {
  for (const d of drafts) {
    if (d.date || d.sentence < 1 || d.kind === 'phone call' || d.kind === 'video call') continue;
    const sent = input.sentences[d.sentence];
    if (!TALKING_TO.test(input.text.slice(sent.start, Math.min(sent.end, sent.start + 40)))) continue;
    const lead = input.sentences[d.sentence - 1];
    if (!within(input.officials, lead).some((o) => d.parties.some((p) => p.id === o.id))) continue;
    d.date = within(input.dates, lead).find((x) => SAID_ON.test(input.text.slice(Math.max(lead.start, x.start - 14), x.start))) ?? null;
  }
}
// ("Al Azhar Grand Imam X lauded on Sunday deep-rooted relations ... During a meeting with President Y in Cairo, X
// said": the meeting the next sentence opens on.)
const TALKING_TO = /^\s*(?:(?:While\s+)?(?:Talking|Speaking)\s+(?:to|with)|(?:During|At)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:meeting|talks|audience|reception)\s+with)\b/u;
const SAID_ON = /\b(?:said|says|stated|observed|remarked|noted|stressed|lauded|praised|hailed|affirmed|reaffirmed|underlined|emphasi[sz]ed|expressed|called|urged|welcomed|discussed)\s+(?:on\s+)?$/;

/** A group received one by one: "in farewell audiences", "in separate meetings", "received them separately". */
const SEPARATE_AUDIENCES = /\b(?:audiences|separate\s+(?:audiences|meetings|calls|courtesy calls)|separately|one by one|individually)\b/i;
/** How many sentences after a meeting was last told its attendees may be listed. */
const ATTENDANCE_SENTENCES = 8;

/**
 * What the mentions read: the stage's input with the phrase lists and the triggers of acts, interviews and honours
 * (read once: `triggers` passes those of an earlier reading of the same text).
 */
function mentionInput(given: MeetingInput, triggers: readonly TriggerHit[] = honours(given.text, mediaInterviews(given, jointActs(given)))): MentionInput {
  return {
    text: given.text, phrases: meetingPhraseSets(), sentences: given.sentences, triggers, officials: given.officials,
    persons: given.persons, dates: given.dates, places: given.places, positions: given.positions, planned: given.planned,
  };
}

export function extractMeetings(given: MeetingInput): ExtractedMeetings {
  const input = mentionInput(given);
  const { sentences, text } = input;
  const context = documentContext(text, input.dates);
  const drafts: MeetingDraft[] = [];
  const index = new DraftIndex();
  // (The persons do not change while the meetings are read: each one's counterpart is looked for once.)
  const counterparts = new Map<string, string | null>();
  const metBefore = (id: string) => index.holdsIn(id, () => true);
  const counterpartOf = (id: string) => {
    let found = counterparts.get(id);
    if (found === undefined) counterparts.set(id, (found = counterpart(input, id)));
    return found;
  };
  let headline: MeetingDraft | null = null;
  let titles: MeetingDraft[] = [];
  let visitor: string | null = null;
  let previous: string[] = [];
  let leadSetting: ReturnType<typeof settingIn> = null;
  // A lead telling a meeting of those it names only next ("The three top diplomats met on November 26 in Busan."):
  // its sentence and wording.
  let collective: { s: number; wording: string; ids: string[]; named: readonly { id?: string; start: number }[] } | null = null;
  // A lead telling a round of consultations held, whose parties are the heads of delegation named next.
  let consulted: { s: number; wording: string; kind: MeetingKind; draft: MeetingDraft | null; setting: ReturnType<typeof heldSetting> } | null = null;
  // The meeting a "They are:" list names the guests of.
  let listing: MeetingDraft | null = null;
  // Headlines that named one party and took the parties told next.
  const mergedLone = new Set<MeetingDraft>();
  const leadParty = (h: MeetingDraft) => h.parties.length === 1 || mergedLone.has(h);
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const named = within(input.officials, sent);
    const opening = text.slice(sent.start, Math.min(sent.end, sent.start + 40));
    // ("The following new heads of mission presented their credentials:", then a line for each: a roll's header.)
    const theyAre = THEY_ARE.test(opening);
    // (The whole sentence is read only where it opens as a roll's header does.)
    const header = theyAre || (ROLL_OPENING.test(opening) && ROLL_HEADER.test(text.slice(sent.start, sent.end)));
    // (A roll's header may follow a few sentences on the custom; a line with no name, an office under a name, goes on.)
    if (header) listing = drafts.length > 0 && s - drafts[drafts.length - 1].lastSentence <= (theyAre ? 2 : 5) ? drafts[drafts.length - 1] : null;
    else if (!BULLET.test(opening) && !(listing && (STYLED_LINE.test(opening) || (named.length === 0 && sent.end - sent.start <= ROLL_LINE_CHARS)))) listing = null;
    // Most sentences name no official and no meeting: nothing to read in them.
    const firstTrigger = firstStartingAt(input.triggers, sent.start);
    const told = firstTrigger < input.triggers.length && input.triggers[firstTrigger].start < sent.end;
    if (named.length === 0 && !told && !(s < HEADLINE_SENTENCES && !leadSetting && JOINT_SESSION.test(text.slice(sent.start, sent.end)))) continue;
    // A lead sentence telling the meeting without its parties may still say when and where it was.
    // ("The presidents of Russia and Turkey discussed Syria in a phone call on Thursday, citing spokesman X": one
    // who only reports the meeting names none of its parties.)
    const namesNoParty = s < HEADLINE_SENTENCES && named.every((o) => namedAsReporter(text, o, sent.start));
    if (namesNoParty && !leadSetting) {
      leadSetting = settingIn(input, s);
      const met: RegExpExecArray | null = told && !headline ? COLLECTIVE_MET.exec(text.slice(sent.start, sent.end)) ?? MEETING_OF_GROUP.exec(text.slice(sent.start, sent.end)) : null;
      if (met) collective = { s, wording: met[1], ids: [], named: [] };
      // ("during a meeting between the respective foreign ministers in Athens on Monday": where and when, told by a noun.)
      if (met && !leadSetting) leadSetting = { ...heldSetting(input, s, 'talks'), kind: 'talks', wording: met[1] };
    }
    // ("India-Canada Foreign Office Consultations were held on 14 March in New Delhi. The Indian delegation was led
    // by A. The Canadian delegation was led by B.": a round held, its parties the heads of the delegations told next.)
    const held: RegExpExecArray | null = namesNoParty && !headline && !collective && !consulted ? CONSULTATIONS_HELD.exec(text.slice(sent.start, sent.end)) : null;
    if (held) {
      const kind = /video|virtual|online/i.test(text.slice(sent.start, sent.end)) ? 'video call' : 'talks';
      consulted = { s, wording: held[1] ?? held[2], kind, draft: null, setting: heldSetting(input, s, kind) };
    }
    // (Each head of a delegation joins the round, in the few sentences after it.)
    if (consulted && s > consulted.s && s - consulted.s <= 3 && named.length > 0 && (!headline || headline === consulted.draft) &&
        DELEGATION_HEADED.test(text.slice(sent.start, sent.end))) {
      const ids = [...new Set(named.filter((o) => !namedAsReporter(text, o, sent.start)).map((o) => o.id!))];
      if (ids.length > 0) {
        if (!consulted.draft) {
          headline = consulted.draft = leadDraft(consulted.kind, consulted.wording, sent, s, namedParties(named, ids), consulted.setting);
          drafts.push(headline);
          index.pushed(headline);
        } else {
          for (const p of namedParties(named, ids)) if (!has(consulted.draft, p.id)) consulted.draft.parties.push(p);
          consulted.draft.lastSentence = s;
          index.sync(consulted.draft);
        }
        previous = ids;
        continue;
      }
    }
    // ("A and B discussed ... It is noted that the telephone conversation took place on the initiative of the Russian
    // side": a call the text names again, no one named, tells how the meeting just told was held, and who called.)
    if (named.length === 0 && told && drafts.length > 0) {
      const last = drafts[drafts.length - 1];
      const call = within(input.triggers, sent).find((t) => t.voice === 'noun' && (t.kind === 'phone call' || t.kind === 'video call') && /\b(?:the|their)\s+$/i.test(text.slice(Math.max(sent.start, t.start - 7), t.start)));
      if (call && last.kind === 'talks' && s - last.lastSentence <= 2 && !last.place) {
        last.kind = call.kind;
        last.requester ??= /request|initiative|initiated/i.test(text.slice(sent.start, sent.end)) ? requesterIn(input, sent, call.start) : null;
        continue;
      }
    }
    const attendance = named.length > 0 ? attendeesIn(input, s) : NO_ATTENDANCE;
    visitor = headline?.parties.find((p) => p.role === 'guest')?.id ?? visitor;
    // A sentence naming nobody reports a meeting only through words that refer back ("the two ministers met").
    const refers = named.length > 0 || REFERS_BACK.test(text.slice(sent.start, sent.end));
    // (Distinct, in order; a look through the few before each, a set where a sentence names many.)
    let ids: string[] = [];
    if (named.length <= 8) for (const o of named) { if (!ids.includes(o.id!)) ids.push(o.id!); }
    else ids = [...new Set(named.map((o) => o.id!))];
    // ("The three top diplomats met on November 26 in Busan. Japanese Foreign Minister A, South Korean Foreign Minister
    // B and Chinese Foreign Minister C agreed ...": those the next sentence names are the lead's parties.)
    // ("Foreign ministers from Greece, Cyprus and Egypt held a trilateral meeting ... Greek Foreign Minister A said ...
    // Kotzias invited both Egyptian Foreign Minister B and Cypriot Foreign Minister C": one named first, the others next.)
    const gathered = collective && !headline && s > collective.s && s - collective.s <= 2 ? [...collective.ids, ...ids.filter((id) => !collective!.ids.includes(id))] : [];
    if (collective && gathered.length === 1 && ids.length === 1 && s - collective.s < 2) {
      collective.ids = gathered;
      collective.named = named;
      continue;
    }
    if (collective && gathered.length >= 2) {
      // (However many, those who met by video or phone had a call: "The top diplomats ... have held phone talks".)
      const remote = /video|virtual|online/.test(collective.wording) ? 'video call' : /phone/.test(collective.wording) ? 'phone call' : null;
      headline = leadDraft(remote ?? (gathered.length >= 3 ? 'multilateral' : 'talks'), collective.wording, sent, s, namedParties([...collective.named, ...named], gathered), leadSetting);
      drafts.push(headline);
      index.pushed(headline);
      collective = null;
      previous = ids;
      continue;
    }
    // Past the lead, a sentence about people already meeting, with no date or place of its own, can only restate.
    if (told && headline && s >= HEADLINE_SENTENCES && ids.length > 0 && attendance.ids.length === 0 && restatesOnly(input, sent, ids, index)) {
      const d = index.first(ids);
      if (d) d.lastSentence = s;
      previous = ids;
      continue;
    }
    // "HM King X received several foreign ambassadors ... They are: - A, Ambassador of Greece. - B, ...": those listed
    // after the meeting are its guests.
    if (listing && !told && ids.length > 0 && (BULLET.test(opening) || theyAre || STYLED_LINE.test(opening))) {
      const role = listing.kind === 'reception' && listing.parties.some((p) => p.role === 'host') ? 'guest' : 'participant';
      // (The one who received them stands across from them.)
      for (const p of listing.parties) p.side ??= 'subject';
      for (const p of namedParties(named, ids)) if (!has(listing, p.id)) listing.parties.push({ ...p, role, side: 'object' });
      listing.lastSentence = s;
      index.sync(listing);
      previous = ids;
      continue;
    }
    let mentions = attendance.ids.length > 0 || !told || !refers ? [] : mentionsIn(input, s, { previous, visitor, counterpartOf, metBefore });
    // "The four ministers, A, the Czech Republic, B, Hungary, ... later signed the Declaration": the principals of
    // the meeting the text is about, named together.
    if (!told && ids.length >= 2 && attendance.ids.length === 0 && PRINCIPALS_LIST.test(text.slice(sent.start, sent.end))) {
      const target = headline ?? (s < HEADLINE_SENTENCES ? null : undefined);
      if (target !== undefined) {
        const parties = namedParties(named, ids);
        if (target) {
          for (const p of parties) if (!has(target, p.id)) target.parties.push(p);
          if (ids.length >= 3 && (target.kind === 'talks' || target.kind === 'reception')) target.kind = 'multilateral';
          index.sync(target);
        } else {
          headline = leadDraft(ids.length >= 3 ? 'multilateral' : 'talks', text.slice(sent.start, sent.end).split(',')[0].trim(), sent, s, parties, leadSetting);
          drafts.push(headline);
          index.pushed(headline);
        }
        previous = ids;
        continue;
      }
    }
    // "Earlier, another phone conversation initiated by the US took place on Saturday": the same parties, another
    // day, told right after their meeting.
    if (told && named.length === 0 && ANOTHER_OCCASION.test(text.slice(sent.start, sent.end))) {
      const last = drafts[drafts.length - 1];
      const trigger = input.triggers[firstTrigger];
      const day = within(input.dates, sent)[0];
      if (last && s - last.lastSentence <= 2 && day && (!last.date || last.date.text !== day.text) && new Set(last.parties.map((p) => p.id)).size === 2 &&
          sameFamily(last.kind, trigger.kind)) {
        const draft = leadDraft(trigger.kind, text.slice(trigger.start, trigger.end), sent, s,
          last.parties.map((p) => ({ ...p, role: trigger.kind === 'phone call' || trigger.kind === 'video call' ? 'participant' : p.role })), { date: day, place: null, here: false });
        draft.headline = false;
        draft.separate = true;
        draft.requester = requesterIn(input, sent, sent.start);
        drafts.push(draft);
        index.pushed(draft);
        continue;
      }
    }
    // "The interaction between the two was held on the request of the US Defence Secretary": who asked for the
    // call just told.
    // ("The call was made at the request of X": a call word that tells no call of its own.)
    if ((!told || mentions.length === 0) && REQUEST_WORDS.test(text.slice(sent.start, sent.end))) {
      const last = drafts[drafts.length - 1];
      if (last && (last.kind === 'phone call' || last.kind === 'video call') && !last.requester && s - last.lastSentence <= 2) last.requester = requesterIn(input, sent, sent.start);
    }
    // "X held bilateral meetings with his counterparts from A, B and C" names one party: a lead that tells when
    // and where the meetings named next took place.
    if (told && !headline && !leadSetting && s < HEADLINE_SENTENCES && !mentions.some((m) => new Set(m.parties.map((p) => p.id)).size >= 2)) leadSetting = settingIn(input, s);
    // "X received Y today at his office, in the presence of Z": the meeting the sentence tells before the phrase,
    // with Z attending it.
    let present: string[] = [];
    let presenceOf: string | undefined;
    // (The sentence's meetings with some of those it names left out, each still of two or more, or a visit.)
    const toldWithout = (keep: (p: Party) => boolean) => mentionsIn(input, s, { previous, visitor, counterpartOf, metBefore })
      .map((m) => ({ ...m, parties: m.parties.filter(keep) }))
      .filter((m) => m.kind === 'visit' ? m.parties.length > 0 : new Set(m.parties.map((p) => p.id)).size >= 2);
    const presenceOpens = PRESENCE_OPENS.test(text.slice(sent.start, Math.min(sent.end, sent.start + 24)));
    if (attendance.ids.length > 0 && told && firstVerb(input, sent.start, attendance.at) !== undefined && named.some((o) => o.end <= attendance.at)) {
      mentions = toldWithout((p) => p.start < attendance.at);
      present = attendance.ids.filter((id) => !mentions.some((m) => m.parties.some((p) => p.id === id)));
    } else if (attendance.ids.length > 0 && told && (presenceOpens || attendance.escort)) {
      // "X, accompanied by Deputy Minister Y, met Z": the meeting told after the aside, with Y at X's side.
      // ("In the presence of Crown Prince Y, King X received the visiting President of Cyprus Z": the meeting told after
      // the opening aside, up to its comma, with Y attending it.)
      const comma = presenceOpens ? text.indexOf(',', attendance.at) : -1;
      const asideEnd = presenceOpens ? (comma > 0 && comma < sent.end ? comma : -1) : firstVerb(input, attendance.at, sent.end)?.start ?? -1;
      const aside = new Set(asideEnd >= 0 ? named.filter((o) => o.start > attendance.at && o.end <= asideEnd && attendance.ids.includes(o.id!)).map((o) => o.id!) : []);
      if (aside.size > 0) {
        mentions = toldWithout((p) => !aside.has(p.id));
        if (mentions.length > 0) present = [...aside];
        // (Opening the sentence, at the side of its subject.)
        if (presenceOpens) presenceOf = mentions[0]?.parties[0]?.id;
      }
    }
    // "They also met with ...": after a sentence listing attendees, "they" are the principals named before it;
    // after "X and Y led the U.S. delegation", X and Y.
    if (ids.length > 0 && (attendance.ids.length === 0 || attendance.leads)) {
      // ("The Caribbean diplomat also met with X. He also held ...": the one the sentence's subject stood for stays first.)
      const told = mentions[0]?.parties[0]?.id;
      // (Not one the sentence names only as another's principal: "a guard of honour, on behalf of General X, was
      // presented to the chief of Y's Army. Later, he paid a courtesy call on ...".)
      const acting = ids.filter((id) => named.some((o) => o.id === id && !representedAt(text, input.officials, o, sent.start)));
      // (Nor a spokesman who only reports: "“SFA reported for work,” spokesperson X told reporters. He held a meeting
      // with Y": "he" is the one she spoke of.)
      // (Nor one named as the counterpart of "his": "With his Turkish counterpart, Y, the two ministers exchanged views.
      // As for the talks he held with ...": "he" is still the one before.)
      const namedAsCounterpart = (id: string) => named.some((o) => o.id === id && HIS_COUNTERPART.test(text.slice(Math.max(sent.start, o.start - 40), o.start)));
      const reportsOnly = mentions.length === 0 && previous.length > 0 && acting.every((id) => SPOKESPERSON.test(input.persons.get(id)?.position ?? '') || namedAsCounterpart(id));
      if (acting.length > 0 && !reportsOnly) previous = told && !acting.includes(told) && mentions[0].parties[0].start < named[0].start ? [told, ...acting] : acting;
    }
    // "The consultative meeting between Pakistan and the US started in Islamabad on Sunday", then "The US delegation is
    // being led by X while Y is heading the Pakistani side": the lead's meeting, its parties the sides' heads.
    if (!headline && leadSetting && s < HEADLINE_SENTENCES && mentions.length === 0 && attendance.ids.length === 0 && SIDE_CHAIRS.test(text.slice(sent.start, sent.end))) {
      const heads = [...new Set(named.filter((o) => !representedAt(text, input.officials, o, sent.start)).map((o) => o.id!))];
      if (heads.length >= 2) {
        headline = leadDraft(leadSetting.kind, leadSetting.wording, sent, s, namedParties(named, heads), leadSetting);
        drafts.push(headline);
        index.pushed(headline);
        continue;
      }
    }
    // ("A delegation of the Commonwealth held a meeting with X ... After the meeting, Linford Y, head of ... of the
    // Commonwealth, said": one speaking at or after a meeting told with one side unnamed is of its other side.)
    if (mentions.length === 0 && attendance.ids.length === 0 && AFTER_THE_MEETING.test(text.slice(sent.start, sent.end)) && named.length > 0) {
      const last = drafts[drafts.length - 1];
      const speaker = named.find((o) => !representedAt(text, input.officials, o, sent.start));
      if (last && s - last.lastSentence <= 2 && new Set(last.parties.map((p) => p.id)).size === 1 && last.attendees.length === 0 && speaker && !has(last, speaker.id!) &&
          SPEAKS_AFTER.test(text.slice(speaker.end, sent.end))) {
        addAttendees(last, [speaker.id!]);
        index.sync(last);
        continue;
      }
    }
    if (attendance.ids.length > 0 && mentions.length === 0) {
      // "The meeting was also attended by": the latest meeting of the kind it names, else the latest one.
      const recent = drafts.filter((d) => s - d.lastSentence <= ATTENDANCE_SENTENCES);
      // "The ministers were joined by ...": the headline's principals, however far down.
      const principals = PRINCIPALS.test(input.text.slice(sent.start, sent.start + 40)) ? drafts.find((d) => d.headline) : undefined;
      const target = principals || (attendance.kind && [...recent].reverse().find((d) => sameFamily(d.kind, attendance.kind!))) ||
        recent.find((d) => d.headline) || recent[recent.length - 1] ||
        // ("(Attendees on the Japanese side: ...)" closing a release that told one meeting: that one's.)
        (drafts.length === 1 ? drafts[0] : undefined);
      // ("X received a phone call from Y. X was accompanied by Z": who stood beside the one on the line took no part;
      // not "X was joined at the meeting by Z", which names what Z took part in.)
      const besideTheLine = target?.kind === 'phone call' && attendance.kind === null && (attendance.escort !== null || attendance.escortCue !== undefined);
      // ("X hosted two outgoing Ambassadors in farewell audiences. The Ambassadors include A and B": each had his own
      // audience, which the text tells apart.)
      const apart = attendance.roster && target !== undefined && SEPARATE_AUDIENCES.test(text.slice(target.start, target.end));
      if (target && !apart) {
        if (!besideTheLine) {
          addAttendees(target, attendance.ids);
          // ("X met four ambassadors designate. The four ambassadors are A, B, C and D": one who receives a group.)
          if (attendance.roster && new Set(target.parties.map((p) => p.id)).size === 1 && (target.kind === 'talks' || target.kind === 'reception')) {
            target.kind = 'reception';
            for (const p of target.parties) p.role = 'host';
            for (const id of attendance.ids) (target.rosterGuests ??= new Set()).add(id);
          }
          index.sync(target);
          const escort = attendance.escort ?? escortByCue(target, attendance.escortCue, (id) => input.persons.get(id)?.position);
          if (escort) for (const id of attendance.ids) (target.escorts ??= new Map()).set(id, escort);
          else if (attendance.escortCue?.country) for (const id of attendance.ids) (target.escortSides ??= new Map()).set(id, attendance.escortCue.country);
        }
      } else if (!headline && leadSetting && s < HEADLINE_SENTENCES && (attendance.kind !== null || SIDE_CHAIRS.test(text.slice(sent.start, sent.end)) || TOOK_PART.test(text.slice(sent.start, sent.end)))) {
        // "A session of talks was held between the Sultanate and Qatar ...", then "The Omani side was chaired by X,
        // whilst the Qatari side was chaired by Y", or "The meeting was attended by X": the lead's meeting, its
        // parties those named.
        // ("gave a reception in honor of a delegation ... Present there on invitation were A and B": the invited are
        // the guests.)
        const invited = leadSetting.kind === 'reception' && INVITED.test(text.slice(sent.start, sent.end));
        headline = leadDraft(leadSetting.kind, leadSetting.wording, sent, s, namedParties(named, attendance.ids, invited ? 'guest' : 'participant'), leadSetting);
        drafts.push(headline);
        index.pushed(headline);
      }
      continue;
    }
    // "FILE PHOTO: X speaks after a dialogue with Y in Mexico City, October 8, 2021": a caption tells an earlier
    // meeting, never the one the text reports.
    // ("X speaks during a meeting with Y in Moscow, Russia, March 22, 2017.", above "MOSCOW (Reuters) -": a photograph's
    // caption, in the present, its day in full, set between the title and the dateline.)
    const paraStart = sentences[paragraphOpening(sentences, s)].start;
    // (Or one closed by the photographer's credit, whatever the dateline: "... October 3, 2021. REUTERS/Ahmed X".)
    const caption = mentions.length > 0 && (CAPTION.test(text.slice(paraStart, sent.end)) || (PRESENT_CAPTION.test(text.slice(paraStart, sent.end)) &&
      ((context.dateline !== null && paraStart >= context.bodyStart && sent.end <= context.dateline.start && /(?:^|\n)\s*$/.test(text.slice(0, context.dateline.start))) ||
        AGENCY_CREDIT.test(text.slice(sent.end, sent.end + 40)))));
    for (const m of mentions) {
      const draft = toDraft(m);
      if (caption) {
        draft.past = true;
        place(drafts, index, draft, headline, text, context.release);
        continue;
      }
      if (m.kind === 'visit' && !visitor) visitor = m.parties.find((p) => p.role === 'guest')?.id ?? null;
      // (Or a subhead between the title and the dateline, unstopped: "They had fruitful discussions on further
      // cooperation" above "NAIROBI, Kenya, January 24, 2024/APO Group/ --".)
      const inTitle = sent.end <= context.bodyStart || (context.dateline !== null && sent.end <= context.dateline.start &&
        !/[.!?]["”’]?\s*$/.test(text.slice(sent.start, sent.end)) && /^[ \t]*\n/.test(text.slice(sent.end, sent.end + 4)));
      if (!headline && s < HEADLINE_SENTENCES && m.continuation && titles.length > 0) {
        // "At the meeting, X said": the lead tells of the meeting the title reported.
        headline = promote(titles[0], drafts, index);
        titles = [];
      }
      if (!headline && s < HEADLINE_SENTENCES && (inTitle || draft.kind !== 'visit' || titles.length === 0)) {
        if (inTitle) {
          titles.push(draft);
          continue;
        }
        // ("Turkish FM Fidan meets Egypt's President Sisi" over "Hakan Fidan also meets his Egyptian counterpart Y": a lead
        // telling another meeting leaves the title's as the headline.)
        const other = ANOTHER.test(text.slice(sent.start, sent.end)) ? titles.find((t) => shareParty(t, draft) && t.parties.some((p) => !has(draft, p.id))) : undefined;
        // ("Lavrov's opening remarks during a meeting with Vice President of Paraguay X, St Petersburg, June 6, 2019" over
        // "My colleague Y visited our country in March 2018, and in September we had a meeting in New York": a lead
        // telling, in another month, a meeting of none of the title's parties leaves the title's as the headline.)
        const titleFirst = other ?? titles.find((t) => new Set(t.parties.map((p) => p.id)).size >= 2 && !shareParty(t, draft) && otherMonth(t, draft, context.release));
        if (titleFirst) {
          headline = promote(titleFirst, drafts, index);
          titles = [];
          place(drafts, index, draft, headline, text, context.release);
          continue;
        }
        headline = draft;
        headline.headline = true;
        // The title tells the lead's meeting in headline style ("calls on A, holds talks with B": the one of its kind).
        const lead = headline;
        // (Not a subhead telling another meeting: "Visiting naval chief also calls on Gen Y" under "X called on Z".)
        const same = titles.filter((t) => !ANOTHER.test(text.slice(sentences[t.sentence].start, sentences[t.sentence].end)));
        const told = same.find((t) => shareParty(t, lead) && sameFamily(t.kind, lead.kind)) ??
          same.find((t) => shareParty(t, lead) && lead.parties.length < 2);
        if (told) mergeTitle(headline, told);
        // ("Lacalle Pou met with Boris Johnson at Downing Street" over "During his official visit to the United Kingdom, X
        // visited Y": the title's city over the lead's country.)
        const sited = same.find((t) => shareParty(t, lead) && t.place !== null);
        if (sited && lead.place && placeRank(text, sited.place!) < placeRank(text, lead.place)) lead.place = sited.place;
        // ("Foreign Minister Holds Telephone Conversation with her US Counterpart" over "X talked to Y": the title
        // says how they talked.)
        const call = lead.kind === 'talks' ? titles.find((t) => (t.kind === 'phone call' || t.kind === 'video call') && (shareParty(t, lead) || t.parties.length <= 1)) : undefined;
        if (call) lead.kind = call.kind;
        // ("UNICEF Regional Director calls on State Minister X" over "X and the Regional Director discussed ...": a
        // title telling a call on someone says who received whom.)
        // (The title's host or guest is one of the lead's two: the other takes the other role.)
        const roleIn = (t: MeetingDraft) => t.parties.find((q) => (q.role === 'host' || q.role === 'guest') && has(lead, q.id));
        const called = !call && !told && lead.kind === 'talks' && lead.parties.length === 2 ?
          titles.find((t) => t.kind === 'reception' && (CALLS_ON.test(t.wording) || TITLE_RECEIVES.test(t.wording)) && roleIn(t)) : undefined;
        const known = called && roleIn(called);
        if (known) {
          lead.kind = 'reception';
          lead.parties = lead.parties.map((p) => ({ ...p, role: p.id === known.id ? known.role : known.role === 'host' ? 'guest' : 'host' }));
        }
        drafts.push(headline);
        index.pushed(headline);
        continue;
      }
      // "X received the credentials of the new ambassadors of A, B and C." then "A's, B's and C's envoys met
      // separately with X": the lead's lone party meets those named next, as the lead told it.
      if (headline && leadParty(headline) && s - headline.lastSentence <= 2 && !tellsAnother(headline, draft, text, context.release) && draft.parties.some((p) => p.id === headline!.parties[0].id) &&
          new Set(draft.parties.map((p) => p.id)).size >= 2 && (draft.kind === 'reception' || sameFamily(draft.kind, 'talks')) && headline.kind === 'reception') {
        const lone = headline.parties[0];
        // (A reception told next keeps its own roles; a meeting told symmetrically, or "thanked X for the
        // reception", takes the lead's.)
        if (draft.kind !== 'reception' || draft.parties.every((p) => p.role === 'participant')) {
          draft.kind = 'reception';
          draft.parties = draft.parties.map((p) => ({ ...p, role: p.id === lone.id ? lone.role : lone.role === 'host' ? 'guest' : 'host' }));
        }
        if (!draft.separate || headline.parties.length === 1 && !mergedLone.has(headline)) {
          const own = draft.parties.find((p) => p.id === lone.id);
          if (own && headline.parties.length === 1) lone.role = own.role;
          for (const p of draft.parties) if (!has(headline, p.id)) headline.parties.push(p);
          headline.place ??= draft.place;
          headline.date ??= draft.date;
          headline.here ||= draft.here;
          headline.lastSentence = s;
          mergedLone.add(headline);
          index.sync(headline);
          continue;
        }
      }
      place(drafts, index, draft, headline, text, context.release);
    }
    if (present.length > 0) {
      const target = [...drafts].reverse().find((d) => d.lastSentence === s);
      if (target) {
        addAttendees(target, present);
        index.sync(target);
        const escort = attendance.escort ?? presenceOf;
        if (escort) for (const id of present) (target.escorts ??= new Map()).set(id, escort);
      }
    }
  }
  // A text whose only report of a meeting is its title.
  if (!headline && titles.length > 0) headline = promote(titles[0], drafts, index);
  hostsThanking(input, drafts);
  hostsSummoned(input, drafts);
  envoysReceived(input, drafts);
  officeHoldersMet(input, drafts, index);
  counterpartsMet(input, drafts, index);
  audiencesApart(input, drafts, index);
  spokeInPerson(input, drafts);
  audienceWithEnvoy(input, drafts);
  receivedAtVisit(input, drafts, index);
  welcomingParty(input, drafts, index);
  messageBearer(input, drafts, index);
  saidThatDay(input, drafts);
  placesTold(input, drafts);
  delegationLeaders(input, drafts, index);
  // ("Consultations ... were held by videoconference. The delegations led by A and B discussed ...": the talks the
  // next sentence tells are that call.)
  // ("... had a virtual meeting Monday. The meeting between Minister A and his British counterpart, B, ...": the
  // meeting named again, wherever the counterpart's country put it.)
  // (Not a call dated apart: "X held his first meeting with Y on Wednesday. On 8 June, the ministers held a telephone
  // conversation" tells another meeting, not how the first was held.)
  const callApart = !!leadSetting?.date && !!headline?.date && leadSetting.date.text !== headline.date.text;
  if (headline && leadSetting && !callApart && (leadSetting.kind === 'phone call' || leadSetting.kind === 'video call') && headline.kind === 'talks' && (!headline.place || /^meeting$/i.test(headline.wording))) {
    headline.kind = leadSetting.kind;
    headline.place = null;
    headline.date ??= leadSetting.date;
  }
  // ("X held talks with his counterpart Y on Monday night. The two leaders spoke for three hours via a video link.": the
  // sentence right after, of those two alone, says how they talked.)
  if (headline && headline.kind === 'talks' && !headline.place && new Set(headline.parties.map((p) => p.id)).size === 2) {
    const next = sentences[headline.sentence + 1];
    // ("Farrell and EU's Trade Commissioner Dombrovskis resumed discussions via video link": or the two named again, the
    // way of their talks right after the word for them.)
    const said = next ? text.slice(next.start, next.end) : '';
    const named = next ? within(input.officials, next) : [];
    const again = named.length > 0 && new Set(named.map((o) => o.id)).size === 2 && TALKED_REMOTELY.test(said);
    const remote = next && named.every((o) => has(headline!, o.id!)) && (THE_TWO_OPEN.test(said) || again) ? input.phrases.remote.find(said)?.phrase : undefined;
    if (remote && !/virtual ceremony/.test(remote)) headline.kind = /video|virtual|online/.test(remote) ? 'video call' : 'phone call';
  }
  // ("India and Singapore on Wednesday held the 15th round of Foreign Office Consultations", then "the 15th
  // India-Singapore Foreign Office Consultations was held in a virtual format today": the meeting named again, held
  // remotely, wherever the dateline put it.)
  if (headline && headline.kind === 'talks' && headline.wording.length > 4) {
    for (let k = Math.max(0, headline.sentence - 3); k <= headline.lastSentence + 1 && k < sentences.length; k++) {
      const said = text.slice(sentences[k].start, sentences[k].end);
      // ("At their meeting via videoconference, the ministers focused on ...": or their meeting, its way right after it.)
      const told = (said.toLowerCase().includes(headline.wording.toLowerCase()) && HELD.test(said)) || THEIR_MEETING_REMOTE.test(said);
      const remote = within(input.officials, sentences[k]).length === 0 && told ?
        input.phrases.remote.find(said)?.phrase : undefined;
      if (remote && /video|virtual|online/.test(remote) && !/ceremony/.test(remote)) {
        headline.kind = 'video call';
        headline.place = null;
        break;
      }
    }
  }
  // ("X met Y on Friday. The meeting, held on the sidelines of the SCO summit in Samarkand, focused on ...": the next
  // sentence tells the gathering it was held at.)
  const toldNext = headline && !headline.atEvent ? sentences[headline.lastSentence + 1] : undefined;
  if (toldNext && MEETING_AT_EVENT.test(text.slice(toldNext.start, toldNext.end))) headline!.atEvent = true;
  if (headline && leadSetting && headline.kind !== 'phone call' && headline.kind !== 'video call') {
    // (A city the lead gives over a country a later sentence names: "The meeting was held ... in Male", then
    // "welcomed X to the Maldives".)
    if (leadSetting.place && (!headline.place || placeRank(text, leadSetting.place) < placeRank(text, headline.place))) headline.place = leadSetting.place;
    headline.date ??= leadSetting.date;
    headline.here ||= leadSetting.here;
  } else if (headline && leadSetting && leadSetting.kind === headline.kind) {
    // ("The presidents of Russia and Turkey discussed Syria in a phone call on Thursday", then "A and B discussed ...
    // during a telephone conversation": the lead's call, on its day.)
    headline.date ??= leadSetting.date;
  }
  // ("X met a number of defence delegations at Bengaluru on 14 February", then one meeting after another: each was
  // held then and there, unless it says otherwise.)
  if (leadSetting?.many) {
    for (const d of drafts) {
      if (d.kind === 'phone call' || d.kind === 'video call') continue;
      d.date ??= leadSetting.date;
      d.place ??= leadSetting.place;
    }
  }
  // ("Senator Payne happy to visit Fiji ... She held talks with Defence Minister Y": a headline that is a visit alone
  // gives way to the first meeting the visitor held there, the article's event as the gold records it.)
  if (headline && headline.kind === 'visit' && new Set(headline.parties.map((p) => p.id)).size === 1) {
    const visitor = headline.parties[0].id;
    const held = drafts.find((d) => d !== headline && !d.past && (d.kind === 'talks' || d.kind === 'reception') && has(d, visitor) &&
      new Set(d.parties.map((p) => p.id)).size >= 2 && d.sentence < VISIT_MEETING_SENTENCES);
    if (held) {
      headline.headline = false;
      held.headline = true;
      held.date ??= headline.date;
      headline = held;
    }
  }
  // "General X, who is on a goodwill visit, called on President Y": the visit is the occasion of the call the
  // same sentence tells, not a meeting of its own.
  // (Only drafts holding its first party can hold all of them.)
  const told = drafts.filter((d) => !(d.kind === 'visit' && !d.headline && d.parties.length > 0 && index.holdsIn(d.parties[0].id, (o) => o !== d &&
    o.kind !== 'visit' && o.sentence === d.sentence && d.parties.every((p) => has(o, p.id)))));
  // ("X met China's State Councilor Y at Government House", then "The Chinese minister paid a courtesy call on the
  // Thai prime minister on the occasion of his official visit": the same two, the call saying who received whom; one
  // meeting, taken into the headline once the visit it was the occasion of is gone.)
  const restated = headline ? courtesyCallOf(headline, told) : undefined;
  if (restated) takeCallRoles(headline!, restated);
  const kept = restated ? told.filter((d) => d !== restated) : told;
  return { drafts: kept.length === drafts.length ? drafts : kept, context, dates: input.dates, places: input.places, triggers: input.triggers };
}

/**
 * A later courtesy call of exactly the two a headline's talks had, host and guest told: the talks restated. (Only a
 * "courtesy call": "called on" also appeals, "called on Y's team to submit".)
 */
function courtesyCallOf(headline: MeetingDraft, drafts: readonly MeetingDraft[]): MeetingDraft | undefined {
  return drafts.find((d) => d !== headline && d.sentence > headline.sentence && callRestates(headline, d));
}
/** Whether `d` is a courtesy call of exactly the two the headline's talks had, one host and one guest. */
function callRestates(headline: MeetingDraft, d: MeetingDraft): boolean {
  const ids = new Set(headline.parties.map((p) => p.id));
  return headline.kind === 'talks' && ids.size === 2 && headline.parties.length === 2 && d.kind === 'reception' && COURTESY_WORDING.test(d.wording) &&
    d.parties.length === 2 && d.parties.every((p) => ids.has(p.id) && (p.role === 'host' || p.role === 'guest')) && d.parties[0].role !== d.parties[1].role;
}
/** Whether `d` tells the headline's call again, between the same two, with who called whom. */
function phoneRolesTold(headline: MeetingDraft, d: MeetingDraft): boolean {
  const remote = (k: MeetingKind) => k === 'phone call' || k === 'video call';
  const ids = new Set(headline.parties.map((p) => p.id));
  return remote(headline.kind) && remote(d.kind) && ids.size === 2 && headline.parties.length === 2 && headline.parties.every((p) => p.role === 'participant') &&
    d.parties.length === 2 && d.parties.every((p) => ids.has(p.id)) && new Set(d.parties.map((p) => p.role)).size === 2 && d.parties.every((p) => p.role === 'caller' || p.role === 'callee');
}
/**
 * The country an envoy of the dateline's country met its officials in: every other party of one country, not the
 * dateline's; null where no party is an envoy of the dateline's country.
 */
function postedAway(d: MeetingDraft, persons: ReadonlyMap<string, Person>, home: string | null | undefined): string | null {
  if (!home) return null;
  const parties = d.parties.map((p) => persons.get(p.id)).filter((p): p is Person => p !== undefined);
  const others = new Set(parties.filter((p) => p.country !== home).map((p) => p.country));
  const [other] = others;
  if (others.size !== 1 || !other || countryName(other) !== other || !parties.every((p) => p.country)) return null;
  // (The envoy's office says where he is posted: that country, or the other side's "country".)
  const posted = (p: Person) => {
    const post = postOf(p.position)?.trim();
    return post !== undefined && (countryName(post) === other || /^(?:his|her|their|the) country$/i.test(post));
  };
  return parties.some((p) => p.country === home && posted(p)) ? other : null;
}
/** A call's wording that restates talks: "paid a courtesy call on", "courtesy visit", "farewell call", "called on". */
const COURTESY_WORDING = /\b(?:courtesy|farewell|introductory)\s+(?:call|visit)\b|\bcall(?:s|ed|ing)?\s+on\b/i;
/** The headline's talks told again as a courtesy call: a reception, with the call's host and guest. */
function takeCallRoles(headline: MeetingDraft, call: MeetingDraft): void {
  headline.kind = 'reception';
  takeRoles(headline, call);
}
/** The roles `told` gives the headline's parties, who are all among its own. */
function takeRoles(headline: MeetingDraft, told: MeetingDraft): void {
  headline.parties = headline.parties.map((p) => ({ ...p, role: told.parties.find((q) => q.id === p.id)!.role }));
}

/** A sentence opening on the meeting told before, held at a gathering: "The meeting, held on the sidelines of". */
const MEETING_AT_EVENT = /^\s*The\s+(?:bilateral\s+)?(?:meeting|talks)\b[^.;]{0,60}?\b(?:on|at)\s+the\s+(?:sidelines?|margins?)\s+of\b/;
/** A sentence whose subject is the two just named: "The two leaders", "They", "Both". */
const THE_TWO_OPEN = /^\s*(?:The two\b|They\b|Both\b)/;
/** "resumed discussions via video link", "talks by videoconference": the word for talks, then the way they were held. */
const TALKED_REMOTELY = /\b(?:discussions?|talks|meeting|negotiations|consultations|conversation)\s+(?:via|by|through|over|online\b|virtually\b)/i;
/** "At their meeting via videoconference": the meeting of the two, then the way it was held. */
const THEIR_MEETING_REMOTE = /\btheir\s+(?:meeting|talks|discussions?|conversation|consultations)\s+(?:via|by|through|over|online\b|virtually\b)/i;
/** "calls on", "pays a courtesy call on": a title's wording for a reception, whatever the lead calls it. */
const CALLS_ON = /\bcall(?:s|ed|ing)? on\b|\bcourtesy call\b/i;

function promote(title: MeetingDraft, drafts: MeetingDraft[], index: DraftIndex): MeetingDraft {
  title.headline = true;
  drafts.unshift(title);
  index.unshifted(title);
  return title;
}

/**
 * The lead's meeting, told without its parties ("A session of talks was held ...") and named by a later sentence
 * of the lead: its kind, wording, date and place as the lead gave them.
 */
function leadDraft(kind: MeetingKind, wording: string, sent: { start: number; end: number }, s: number, parties: Party[],
  setting: Pick<Mention, 'date' | 'place' | 'here' | 'atEvent'> | null): MeetingDraft {
  return {
    kind, weak: false, wording, start: sent.start, end: sent.end, headline: true, past: false, parties, attendees: [],
    date: setting?.date ?? null, sameDay: false, place: setting?.place ?? null, here: setting?.here ?? false, requester: null,
    separate: false, continuation: false, namesMeeting: false, atEvent: setting?.atEvent ?? false, lastSentence: s, sentence: s,
  };
}

/** Officials a sentence names (`ids` among `named`), as parties with no role a verb gives. */
function namedParties(named: readonly { id?: string; start: number }[], ids: readonly string[], role: ParticipantRole = 'participant'): Party[] {
  return ids.map((id) => ({ id, role, start: named.find((o) => o.id === id)!.start }));
}
const INVITED = /\b(?:on|by|at the) invitation\b|\binvited\b/;

function toDraft(m: Mention): MeetingDraft {
  return {
    kind: m.kind, weak: m.weak, wording: m.wording, start: m.start, end: m.end, headline: false, past: m.past,
    parties: m.parties, attendees: [], date: m.date, sameDay: m.sameDay, place: m.place, here: m.here, requester: m.requester, separate: m.separate ?? false, continuation: m.continuation, namesMeeting: m.namesMeeting ?? false, atEvent: m.atEvent ?? false, online: m.online, lastSentence: m.sentence, sentence: m.sentence,
    ...(m.dayShift ? { dayShift: m.dayShift } : {}),
  };
}

/** Verbs that tell on what was said, however it was said (not "met", "meetings", "talks"). */
const TOLD_ON = /^(?:discuss|exchang|review|agree|underline|underscore|stress|emphasi[sz]|reaffirm|express)/i;
const NAMES_ITS_PARTIES = /\b(?:meeting|talks|call|conversation)\s+(?:between|with)\b/;

/** Talks of one party, then a reception of that party as its guest ("... he was received by Y"). */
const receivedAfter = (headline: MeetingDraft, m: MeetingDraft) => headline.kind === 'talks' && m.kind === 'reception' &&
  m.parties.some((p) => p.role === 'guest' && headline.parties.some((q) => q.id === p.id)) && m.parties.some((p) => p.role === 'host');

const family = (k: MeetingKind) => (k === 'multilateral' ? 'talks' : k);
const sameFamily = (a: MeetingKind, b: MeetingKind) => family(a) === family(b);

// (Plain loops: a long text holds thousands of drafts, and each sentence looks through them.)
function has(d: MeetingDraft, id: string): boolean {
  for (const p of d.parties) if (p.id === id) return true;
  return d.attendees.includes(id);
}

function hasAll(d: MeetingDraft, ids: readonly string[]): boolean {
  for (const id of ids) if (!has(d, id)) return false;
  return true;
}

function hasParties(d: MeetingDraft, parties: readonly Party[]): boolean {
  for (const p of parties) if (!has(d, p.id)) return false;
  return true;
}

const shareParty = (a: MeetingDraft, b: MeetingDraft) => b.parties.some((p) => has(a, p.id));

/** The title names the same meeting in headline style: its parties join the lead's, the lead's kind stands. */
function mergeTitle(lead: MeetingDraft, title: MeetingDraft): void {
  // (A lead telling separate meetings, "called on A, B and C", keeps the first one's parties: the title lists all.)
  if (!lead.separate) for (const p of title.parties) if (!has(lead, p.id)) lead.parties.push(p);
  lead.date ??= title.date;
  lead.place ??= title.place;
}

function addAttendees(d: MeetingDraft, ids: readonly string[]): void {
  for (const id of ids) if (!has(d, id)) d.attendees.push(id);
}

/** "met senior government officials", "meeting the Heads of Mission": others met, unnamed. */
const MET_UNNAMED = /\b(?:meeting|met|meets)\s+(?:with\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:officials|leaders|representatives|members|authorities|dignitaries|stakeholders|Heads of Mission|officers)\b/u;
/** A later report: the same meeting restated (perhaps with its date, place or attendees), or another one. */
function place(drafts: MeetingDraft[], index: DraftIndex, m: MeetingDraft, headline: MeetingDraft | null, text: string, release: string | null): void {
  // "Mattis' visit was the first to Argentina ... said after meeting with his counterpart": the lead's meeting of
  // the visitor is the headline, and the visit its occasion.
  if (headline && headline.kind === 'visit' && m.kind !== 'visit' && m.lastSentence < HEADLINE_SENTENCES && shareParty(m, headline) &&
      new Set(m.parties.map((p) => p.id)).size >= 2) {
    const at = drafts.indexOf(headline);
    // (The visit's day and city stand where the meeting gives none: "arrived in Bogota on 24 June ... met with Y".)
    // ("arrived in Mogadishu ... received the delegation upon arrival at Aden Adde airport": the city over a venue.)
    const where = m.place && headline.place && placeRank(text, m.place) > placeRank(text, headline.place) ? headline.place : m.place ?? headline.place;
    Object.assign(headline, { ...m, headline: true, attendees: headline.attendees, date: m.date ?? headline.date, place: where, here: m.here || headline.here, atEvent: m.atEvent || (!m.place && headline.atEvent), online: m.online || headline.online });
    if (at < 0) {
      drafts.push(headline);
      index.pushed(headline);
    } else {
      index.sync(headline);
    }
    return;
  }
  // A headline naming one party ("Readout of the Secretary-General's meeting with X") is told in full by the lead.
  if (headline && !tellsAnother(headline, m, text, release) && new Set(headline.parties.map((p) => p.id)).size < 2 && m.lastSentence < HEADLINE_SENTENCES &&
      shareParty(headline, m) && m.kind !== 'visit' && (sameFamily(headline.kind, m.kind) || headline.weak || receivedAfter(headline, m) ||
        // ("X talked with his Algerian counterpart on the phone ..." then "X and Y discussed ...": the call, told on.)
        ((headline.kind === 'phone call' || headline.kind === 'video call') && m.kind === 'talks' && !m.place && TOLD_ON.test(m.wording)))) {
    // ("X met the Nigerian military command ... he was received by Air Marshal Y": the reception tells who met him.)
    if (receivedAfter(headline, m)) headline.kind = 'reception';
    for (const p of m.parties) {
      const known = headline.parties.find((q) => q.id === p.id);
      if (known) known.role = p.role;
      else headline.parties.push(p);
    }
    index.sync(headline);
    headline.date ??= m.date;
    // ("X is visiting Russia to take part in the meeting ...", then "X and Y held talks in Sochi": the city over the country.)
    if (!headline.place || (m.place && placeRank(text, m.place) < placeRank(text, headline.place) && headline.place.country !== '' && !headline.place.capital)) headline.place = m.place ?? headline.place;
    headline.requester ??= m.requester;
    headline.lastSentence = m.lastSentence;
    return;
  }
  // The headline first, then the others, latest first (no copy of the list: most reports stop at the first).
  if (headline && restates(headline, m, text, release)) {
    if (callRestates(headline, m)) takeCallRoles(headline, m);
    // ("X had a phone conversation with his Sudanese counterpart Y", then "X has received today a phone call from Y": the
    // call told again says who placed it.)
    else if (phoneRolesTold(headline, m)) takeRoles(headline, m);
    // ("X met Y on Wednesday morning. Y arrived in Beijing Monday evening, kicking off his first visit": the visit
    // told right after puts the meeting where it was.)
    // (An arrival, not a visit to come: "He invited X to lead a delegation on a visit to France".)
    if (m.kind === 'visit' && /^(?:arriv|land)/.test(m.wording) && m.place && !headline.place && headline.kind !== 'phone call' && headline.kind !== 'video call' &&
        m.lastSentence - headline.lastSentence <= 2 && m.parties.some((p) => p.role === 'guest' && has(headline, p.id))) headline.place = m.place;
    return;
  }
  if (m.parties.length === 0) {
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k];
      if (d !== headline && restates(d, m, text, release)) return;
    }
  } else {
    // Only drafts holding its first party can hold all of them.
    for (const d of index.latestFirst(m.parties[0].id)) if (d !== headline && restates(d, m, text, release)) return;
  }
  // "X also joined the talks": more attendees of the meeting just reported.
  const last = drafts[drafts.length - 1];
  // (Not one told at another time: "Last week, X participated in the meeting with US President Y".)
  if (last && m.kind !== 'visit' && m.date === null && !m.past && /\b(?:joined|attended|took part in|participated in)\s+(?:the|this)\s+$/.test(precedingWords(text, m))) {
    addAttendees(last, m.parties.map((p) => p.id));
    index.sync(last);
    return;
  }
  // "The Uzbek delegation at the talks is headed by Foreign Minister X": the head of a side of the meeting just told.
  const talksJustTold = headline && m.kind !== 'visit' && sameFamily(headline.kind, m.kind) ? headline : last;
  if (talksJustTold && m.date === null && DELEGATION_AT.test(text.slice(m.start, m.end)) && !hasParties(talksJustTold, m.parties)) {
    for (const p of m.parties) if (!has(talksJustTold, p.id)) talksJustTold.parties.push({ ...p, role: 'participant' });
    talksJustTold.lastSentence = m.lastSentence;
    index.sync(talksJustTold);
    return;
  }
  // A meeting named at an event ("stressed at the ASEAN-ROK summit") is no report of one, unless it names
  // someone no meeting told yet ("In the meeting between the Secretary-General and Djibouti's Minister X").
  if (m.continuation && !(NAMES_ITS_PARTIES.test(text.slice(m.start, m.end)) && new Set(m.parties.map((p) => p.id)).size >= 2 &&
      m.parties.some((p) => !index.holdsIn(p.id, () => true)))) {
    // ("X paid a visit to Poland ... During the visit, deputy Interior Minister Y presented": Y took part in it.)
    if (m.kind === 'visit' && last?.kind === 'visit' && m.lastSentence - last.lastSentence <= 4) {
      addAttendees(last, m.parties.map((p) => p.id));
      index.sync(last);
    }
    return;
  }
  // "The conference was hosted by X": X takes part in the meeting just told, in the role the verb gives.
  if (m.namesMeeting && last && m.lastSentence - last.lastSentence <= 2) {
    for (const p of m.parties) if (!has(last, p.id)) last.parties.push(p);
    index.sync(last);
    last.place ??= m.place;
    last.lastSentence = m.lastSentence;
    return;
  }
  // A meeting needs two parties; a visit, only the visitor, and one not reported by its meetings already.
  if (m.kind !== 'visit' && new Set(m.parties.map((p) => p.id)).size < 2) return;
  // (Not a call: "X held a telephonic conversation with Y on Monday ... X paid a two-day visit to the Maldives in June"
  // tells a visit of its own, dated or placed apart from the call.)
  const apart = (d: MeetingDraft) => (d.kind === 'phone call' || d.kind === 'video call') && (m.place !== null || (m.date !== null && m.date.text !== d.date?.text));
  if (m.kind === 'visit' && m.parties.some((p) => index.holdsIn(p.id, (d) => d.kind !== 'visit' && !apart(d)))) return;
  drafts.push(m);
  index.pushed(m);
}

/**
 * The drafts of `drafts` filed under each id they hold (parties and attendees), with their place in the list: which
 * drafts hold someone is found without going through them all (a long text holds thousands). Every change of a
 * listed draft's parties or attendees is followed by `sync`.
 */
class DraftIndex {
  private readonly byId = new Map<string, Set<MeetingDraft>>();
  private readonly filed = new Map<MeetingDraft, string[]>();
  private readonly order = new Map<MeetingDraft, number>();
  private low = 0;
  private high = 0;

  /** `d` was added at the end of the list. */
  pushed(d: MeetingDraft): void {
    this.order.set(d, ++this.high);
    this.sync(d);
  }

  /** `d` was added at the start of the list. */
  unshifted(d: MeetingDraft): void {
    this.order.set(d, --this.low);
    this.sync(d);
  }

  /** Files a listed draft under the ids it holds now. */
  sync(d: MeetingDraft): void {
    if (!this.order.has(d)) return;
    for (const id of this.filed.get(d) ?? []) this.byId.get(id)?.delete(d);
    const ids = [...new Set([...d.parties.map((p) => p.id), ...d.attendees])];
    for (const id of ids) {
      let set = this.byId.get(id);
      if (!set) this.byId.set(id, (set = new Set()));
      set.add(d);
    }
    this.filed.set(d, ids);
  }

  /** Whether some draft holds `id`. */
  holds(id: string): boolean {
    return (this.byId.get(id)?.size ?? 0) > 0;
  }

  /** Whether some draft holding `id` passes `test`. */
  holdsIn(id: string, test: (d: MeetingDraft) => boolean): boolean {
    for (const d of this.byId.get(id) ?? []) if (test(d)) return true;
    return false;
  }

  /** The drafts holding `id`, the latest in the list first. */
  latestFirst(id: string): MeetingDraft[] {
    const found = [...(this.byId.get(id) ?? [])];
    return found.sort((a, b) => this.order.get(b)! - this.order.get(a)!);
  }

  /** The first draft in the list holding all of `ids` (at least one), or undefined. */
  first(ids: readonly string[]): MeetingDraft | undefined {
    let best: MeetingDraft | undefined;
    for (const d of this.byId.get(ids[0]) ?? []) {
      if (hasAll(d, ids) && (!best || this.order.get(d)! < this.order.get(best)!)) best = d;
    }
    return best;
  }
}

/**
 * Whether report `m` tells another meeting than the headline's, which names one party and would take those `m`
 * names: "Later in the day, the minister met X"; "Park also held a bilateral meeting with X"; "Earlier on Sunday,
 * X was received by Y" when the headline's was on Monday.
 */
function tellsAnother(headline: MeetingDraft, m: MeetingDraft, text: string, release: string | null): boolean {
  if (m.sameDay || m.past || ANOTHER.test(text.slice(m.start, m.end))) return true;
  if (m.date === null || headline.date === null || m.date.text === headline.date.text) return false;
  // (Days compared as resolved: "Jun 8" and "Monday" may be one.)
  const a = resolveDate(m.date.text, m.date.iso, release);
  const b = resolveDate(headline.date.text, headline.date.iso, release);
  return isDay(a) && isDay(b) && a !== b;
}

/** Whether two drafts are dated in different months (or years), each to a month at least. */
function otherMonth(a: MeetingDraft, b: MeetingDraft, release: string | null): boolean {
  if (!a.date || !b.date) return false;
  const x = resolveDate(a.date.text, a.date.iso, release);
  const y = resolveDate(b.date.text, b.date.iso, release);
  return x !== null && y !== null && x.length >= 7 && y.length >= 7 && x.slice(0, 7) !== y.slice(0, 7);
}

/** A photo's caption: a side marked in brackets ("X (R) meets with Y"), or the photo's credit. */
const PHOTO_CAPTION = /\s\((?:R|L|C|right|left|centre|center|front|\d(?:st|nd|rd|th) [LR])\)\s|\b(?:Photo|Photograph)\s*[:/]/;

/** Whether two drafts name the same parties. */
function sameParties(a: MeetingDraft, b: MeetingDraft): boolean {
  const ids = new Set(a.parties.map((p) => p.id));
  return ids.size === new Set(b.parties.map((p) => p.id)).size && b.parties.every((p) => ids.has(p.id));
}

/** Whether two dates resolve to one day. */
function sameDay(a: DateHit, b: DateHit, release: string | null): boolean {
  const x = resolveDate(a.text, a.iso, release);
  return isDay(x) && x === resolveDate(b.text, b.iso, release);
}

/** Whether report `m` restates draft `d` (then what it adds completes `d`). */
function restates(d: MeetingDraft, m: MeetingDraft, text: string, release: string | null): boolean {
  if (m.separate && d.lastSentence === m.lastSentence) return false;
  // ("X received A, accompanying B ... A later held a separate meeting with B": told as another meeting.)
  if (m.sentence !== d.sentence && SEPARATE_ONE.test(text.slice(m.start, m.end))) return false;
  // ("Earlier, X held a bilateral meeting with Y", "Later in the day, they met": another time, another meeting.)
  if (m.sameDay && m.sentence !== d.sentence && m.kind !== 'visit' && !m.continuation) return false;
  if (!hasParties(d, m.parties)) return false;
  // ("Recently, General X has paid an official visit to Belgium": an occasion before the one the text is about.)
  if (m.sentence !== d.sentence && BEFORE_NOW.test(text.slice(m.start, m.end))) return false;
  // ("The Yemeni PM had recently returned to Aden from a visit to the Saudi capital": a visit told as past, apart;
  // nor does it place a visit told before.)
  const returnedFrom = m.kind === 'visit' && m.past && RETURNED_FROM_VISIT.test(text.slice(m.start, m.end));
  if (m.sentence !== d.sentence && returnedFrom && d.kind !== 'visit') return false;
  // ("X met Y ... Y later hosted a dinner for X": another occasion, told as such.)
  // (After a headline meeting, a later step of the same visit with no occasion of its own is that meeting: "X paid a
  // visit to the Naval Headquarters and met Y", then "Thereafter, X was warmly received by Y".)
  if (m.kind !== d.kind && m.sentence !== d.sentence && !m.continuation && LATER.test(text.slice(m.start, m.end)) &&
      (OCCASION.test(text.slice(m.start, m.end)) || !d.headline)) return false;
  // (A photo's caption and the body, the same two named on the same day, are one meeting: "Vice Premier X (R) meets
  // with Y ..., May 4, 2016. Photo: Xinhua", then "X met with Y on Wednesday morning". So is one day told twice of
  // "the two": "Thursday hosted Y", then "the two held bilateral discussions in the September 12 meeting".)
  const caption = (PHOTO_CAPTION.test(text.slice(d.start, d.end)) || PHOTO_CAPTION.test(text.slice(m.start, m.end))) && sameFamily(d.kind, m.kind);
  const oneDay = m.date !== null && d.date !== null && (caption || THE_TWO.test(text.slice(m.start, m.end))) && sameParties(d, m) && sameDay(m.date, d.date, release);
  // ("met ... this evening at Iveagh House", then "met this evening [Wednesday 26 February] at Iveagh House": the day
  // written out restates the one told relative to the release.)
  // (Written with its weekday, as such notes are; not another day the sentence names: "to expire on 15 May".)
  const sharper = m.date !== null && d.date !== null && !m.past && !/\d/.test(d.date.text) && /\d/.test(m.date.text) && m.lastSentence - d.lastSentence <= 1 && sameParties(d, m) &&
    WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.date.start - 14), m.date.end));
  // ("On Monday, September 16, X held talks with Y", then "Today, I had a productive video call with Y": one day, told
  // two ways; the talks were the call.)
  const toldAgain = d.kind === 'talks' && (m.kind === 'phone call' || m.kind === 'video call') && m.date !== null && d.date !== null && m.date.text !== d.date.text &&
    sameParties(d, m) && sameDay(m.date, d.date, release);
  const newDate = m.date !== null && d.date !== null && m.date.text !== d.date.text && !m.sameDay && !oneDay && !sharper && !toldAgain;
  if (newDate && m.kind !== 'visit') return false;
  // ("X held a telephonic conversation with Y on Monday ... X paid a two-day visit to the Maldives in June": a call is
  // no visit's occasion; a visit placed or dated apart is one of its own.)
  if (m.kind === 'visit' && (d.kind === 'phone call' || d.kind === 'video call') && m.sentence !== d.sentence && (m.place !== null || newDate)) return false;
  // "After their meeting, they thanked the diplomats in the United Kingdom": told about, not restated.
  if (m.continuation) {
    // ("X talks to President Y during the defense chief's courtesy call in Malacañang on Thursday", after the title:
    // the lead tells the headline's day and city.)
    // (Not one told after it: "After their meeting, X and Y thanked the diplomats in the United Kingdom".)
    if (d.headline && m.lastSentence < HEADLINE_SENTENCES && m.kind !== 'visit' && sameFamily(d.kind, m.kind) && new Set(m.parties.map((p) => p.id)).size >= 2 &&
        DURING.test(text.slice(m.start, m.end))) {
      d.date ??= m.date;
      if (!d.place || (m.place && placeRank(text, m.place) < placeRank(text, d.place) && d.place.country !== '' && !d.place.capital)) d.place = m.place ?? d.place;
    }
    d.lastSentence = m.lastSentence;
    return true;
  }
  // Restated: what it adds completes the meeting (a date only when told right after it: "since their August
  // meeting" later on is another one).
  // (A call restated by another kind of meeting word takes nothing from it: calls have no place.)
  const adjacent = (m.lastSentence - d.lastSentence <= 1 || (d.headline && m.lastSentence < HEADLINE_SENTENCES)) &&
    (sameFamily(d.kind, m.kind) || (d.kind !== 'phone call' && d.kind !== 'video call'));
  if (m.kind !== 'visit' && m.date !== null && d.date === null && (m.past || !adjacent)) return false;
  const toldNext = m.lastSentence === d.lastSentence + 1;
  d.lastSentence = m.lastSentence;
  if (m.kind !== 'visit') {
    if (adjacent) d.date = sharper ? m.date : d.date ?? m.date;
    // (Not from a report naming one of its parties only: "The Indian embassy in the US welcomed X" is another
    // occasion, or another place, for all it says.)
    const placesIt = adjacent && (new Set(m.parties.map((p) => p.id)).size >= 2 || new Set(d.parties.map((p) => p.id)).size < 2);
    if (placesIt && (!d.place || (m.place && placeRank(text, m.place) < placeRank(text, d.place) && d.place.country !== '' && !d.place.capital))) d.place = m.place ?? d.place;
    d.here ||= m.here;
    // ("X discussed with his Russian counterpart ...", then "X and Y agreed in their telephone call": the talks were
    // that call.)
    // (So was "a long conversation" a call told after it: "X and Y discussed in a telephone conversation".)
    if (adjacent && d.kind === 'talks' && (m.kind === 'phone call' || m.kind === 'video call') && sameParties(d, m) && (THEIR_CALL.test(text.slice(m.start, m.end)) || HAD_CONVERSATION.test(d.wording) || toldAgain ||
        // ("X discussed ... with the U.S. Secretary of State on Thursday", then "X spoke with Y by phone": how, told next.)
        (!d.place && !m.date && toldNext && /^(?:spoke|talked)\b/.test(m.wording) && BY_PHONE.test(text.slice(m.start, m.end + 40))))) {
      d.kind = m.kind;
      d.place = null;
    }
    // (Not "The two leaders discussed ...", "The discussion also covered ...": the welcome told again.)
    // (Nor one of its parties meeting others unnamed: "Ambassador Y concluded his visit after meeting senior officials".)
    // (Only a welcome the text says was for talks, from its sentence to the talks told, "welcomed X to London for
    // talks": the gold keeps a welcome or a hosting the text goes on to call talks a reception.)
    if (d.weak && m.kind === 'talks' && FOR_TALKS.test(text.slice(d.start, Math.max(d.end, m.end))) && !RESTATED.test(m.wording) && !(new Set(m.parties.map((p) => p.id)).size < 2 && MET_UNNAMED.test(text.slice(m.start, Math.min(text.length, m.end + 60))))) {
      d.kind = 'talks';
      d.weak = false;
      for (const p of d.parties) p.role = 'participant';
    }
    // ("X met with visiting Y." then "X hosted Y for a working lunch at the Pentagon": the restatement says who
    // received whom.)
    const host = m.parties.find((p) => p.role === 'host');
    const guest = m.parties.find((p) => p.role === 'guest');
    // (Not a welcome on arrival: "Upon arrival, he was received at the Airport by President X" before the talks.)
    if (adjacent && d.kind === 'talks' && m.kind === 'reception' && m.parties.length === 2 && d.parties.length === 2 && host && guest &&
        d.parties.every((p) => p.role === 'participant') && /^(?:host(?:ed|s)|receive[sd])$/.test(m.wording) &&
        !ON_ARRIVAL.test(text.slice(Math.max(0, m.start - 40), m.end))) {
      d.kind = 'reception';
      for (const p of d.parties) p.role = p.id === host.id ? 'host' : 'guest';
    }
    d.requester ??= m.requester;
  } else if (adjacent && !newDate && !returnedFrom && !d.place && !d.here && m.place && placeRank(text, m.place) === 0 && d.kind !== 'phone call' && d.kind !== 'video call' &&
      // (Not the visit's next stop: "The visit of General X continued in Lucca", "is scheduled to visit the Army Staff
      // College in Shivapuri", after talks held "here".)
      !ONWARD.test(text.slice(m.start, m.end))) {
    // ("This took place as the RBN chief visited PN headquarters at ..., Manila": the visit told right after a
    // meeting places it, by its city; not one told on another day: "On Wednesday, he was in Karachi".)
    d.place = m.place;
  } else if (adjacent && !newDate && !m.past && !d.place && m.place && m.place.country && !m.place.capital && !ONWARD.test(text.slice(m.start, m.end))) {
    d.visitedCountry = m.place;
  }
  return true;
}

/** A welcome on arrival, no meeting's restatement: "Upon arrival, he was received at the airport by X", "Upon landing". */
const ON_ARRIVAL = /\b(?:[Uu]pon|[Oo]n)\s+(?:(?:his|her|their)\s+)?(?:arrival|landing)\b|\b[Aa]irport\b/;

/**
 * The one city of `country` the text has anything in ("arrived in Kyiv", "the meeting in Kyiv"), or null if none or
 * several; not where a mission sits or an envoy is posted ("Bulgaria's defence attaché in Budapest", "the US Embassy in
 * Kingston").
 */
function oneCityOf(places: readonly PlaceHit[], country: string, text: string, after = /\bin\s+$/): string | null {
  const cities = new Set(places.filter((p) => p.capital && p.country === country && after.test(text.slice(Math.max(0, p.start - 8), p.start)) &&
    !POSTED_IN.test(text.slice(Math.max(0, p.start - 40), p.start)) && !EVENT_HELD_IN.test(text.slice(Math.max(0, p.start - 90), p.start))).map((p) => p.name ?? text.slice(p.start, p.end)));
  return cities.size === 1 ? [...cities][0] : null;
}
/** Right before a city one is in, at or goes to. */
const IN_AT_TO = /\b(?:in|at|to)\s+(?:the\s+)?$/;
/** "in the capital city", "in this capital", "here in the country's capital": the capital, not named (nor "the capital of X", "the capital, Y"). */
const IN_THE_CAPITAL = /\b(?:in|at) (?:the|this) (?:country's |nation's )?capital(?: city)?\b(?!\s+of\b)(?!,\s+\p{Lu})/u;
/** "success in hosting the APEC Leaders' Week in Da Nang", "a dinner hosted by President X in Abuja": an event's city. */
const EVENT_HELD_IN = /\b(?:hosting|hosted|held|holding|organi[sz]ed|organi[sz]ing)\b[^.;]{0,70}\bin\s+$/;
/** Before "in": where a mission sits, an envoy is posted or a body is housed, no place of a visit. */
const POSTED_IN = /\b(?:[Ee]mbass(?:y|ies)|[Aa]mbassadors?|[Aa]ttach[ée]s?|[Mm]issions?|[Cc]onsulates?(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommission|[Oo]ffices?|[Cc]ouncil|[Bb]ureau|[Hh]eadquarters|[Mm]onument|[Mm]emorial|accredited|based|stationed|posted|resident|residing|born|studied|[Cc]entre|[Cc]enter|[Uu]niversity|[Ii]nstitute)\s+(?:[\p{L}-]+\s+){0,2}in\s+$/u;

/** A weekday's name, as a note restating a day writes it ("[Wednesday 26 February]"). */
const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/** A call's medium told as the manner of speaking ("spoke with Y by phone"). */
const BY_PHONE = /\b(?:by|over the|on the|via) (?:tele)?phone\b/;
/** A talk told with no word of its medium ("had a long and cordial conversation"). */
const HAD_CONVERSATION = /\bconversations?$/;
const THEIR_CALL = /\btheir\s+(?:[\w-]+\s+)?(?:telephone|phone|video)\s*(?:call|conversation|talks|conference)\b/i;

const SEPARATE_ONE = /\b(?:a|an|in a|in an) separate (?:bilateral |one-on-one |closed-door )?(?:meeting|session|talks|conversation)\b/i;

/** "had recently returned to Aden from a visit to ...": a visit told as over before the text's occasion. */
const RETURNED_FROM_VISIT = /\bhad\s+(?:\w+\s+)?returned\b[^.;]*?\bfrom\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b/;
/** "Recently, ...", "Last month, ...": an occasion before the one the text is about. */
const BEFORE_NOW = /^\s*(?:Recently|Earlier this (?:week|month|year)|Last (?:week|month|year)),/;
const ONWARD = /\b(?:continued|continues|went on|goes on|proceeded|proceeds|moved on|then travel(?:l)?ed|scheduled|will|is to|is due to|later)\b/i;

/** Whom "his counterpart" names: the one other titled official, of another country or in the same line of work. */
function counterpart(input: MeetingInput, id: string): string | null {
  const self = input.persons.get(id);
  if (!self) return null;
  // (Not one who reports the meeting: "the council's spokeswoman said" names nobody's counterpart.)
  const others = [...input.persons.values()].filter((p) => p.id !== id && p.capacity === 'official' && (p.position || p.rank) &&
    !(self.country && p.country === self.country) && !SPOKESPERSON.test(p.position ?? ''));
  if (others.length === 1) return others[0].id;
  const domain = (p: Person) => new Set((p.position ?? '').toLowerCase().replace(/defense/g, 'defence').split(/[^a-z]+/).filter((w) => w.length > 3));
  const mine = domain(self);
  const alike = others.filter((p) => [...domain(p)].some((w) => mine.has(w)));
  return alike.length === 1 ? alike[0].id : null;
}

function precedingWords(text: string, m: MeetingDraft): string {
  const at = text.indexOf(m.wording, m.start);
  return at < 0 ? '' : text.slice(Math.max(m.start, at - 30), at);
}

/** Persons' countries known: meetings as the analyst sees them, with sides, roles that follow sides, and ISO dates. */
export function finishMeetings(extracted: ExtractedMeetings, persons: ReadonlyMap<string, Person>, text: string): Meeting[] {
  const { drafts, context } = extracted;
  const headline = drafts.find((d) => d.headline) ?? null;
  // (The title's verb, read once: "receives", "calls on".)
  const title = context.bodyStart > 0 ? text.slice(0, context.bodyStart) : '';
  const titleVerb = title ? TITLE_RECEIVES.exec(title) ?? TITLE_CALLS_ON.exec(title) : null;
  // ("PM Plenkovic received Romanian FM": a title receiving a guest; not one hosting an event: "Tashkent hosts 16th
  // Intergovernmental Commission meeting".)
  const titleReceives = titleVerb !== null && TITLE_RECEIVES.test(titleVerb[0]);
  const hostsEvent = titleReceives && HOSTED_EVENT.test(title.slice(titleVerb!.index + titleVerb![0].length));
  const out: Meeting[] = [];
  // The country a headline placed in one of its cities was first placed in, for the meetings after it.
  let headlineCountry: string | null = null;
  let last: Meeting | null = null;
  let days: Map<string, Set<string>> | undefined;
  // Whether the headline, dated by no word of its own, took its page's date: another meeting told on the page's day
  // was held where the headline was.
  let releaseDated = false;
  // (A photo's caption, or a line above the dateline, may repeat the meeting the lead tells: see `sameMeeting`.)
  const captioned = (m: { start: number; end: number }) => PHOTO_CREDIT.test(text.slice(m.start, m.end)) || (context.dateline !== null && m.end <= context.dateline.start);
  for (const d of drafts) {
    // (A reception held online is told as a video call.)
    const heldAs: MeetingKind = d.online && d.kind === 'reception' ? 'video call' : d.kind;
    const calls = heldAs === 'phone call' || heldAs === 'video call';
    let isoDate = d.date ? resolveDate(d.date.text, d.date.iso, context.release) ?? yearFromText(d.date.text, (days ??= fullDays(extracted.dates))) ??
      (context.release ? null : weekdayFromText(d.date.text, text, extracted.dates) ?? ((days ??= fullDays(extracted.dates)).size === 0 ? yearNamedOnce(d.date.text, text) : null) ??
        yearByWeekday(d.date, text)) : null;
    // "from Dec. 11 to 12": a meeting over several days is dated by its month.
    // ("visited Estonia, Latvia and Lithuania on April 10-14. In Latvia, X met Y": a trip's range, written as one date
    // in a sentence before the meeting's, gives no day of it.)
    // (A visit written with its days, "traveled to Chad and Niger Sept. 18-21", by its month too; a meeting of several
    // days written so keeps its first.)
    const tripRange = d.date !== null && (d.date.start < d.start || d.date.start >= d.end || d.kind === 'visit') && RANGE_WRITTEN.test(d.date.text);
    if (isDay(isoDate) && d.date && (RANGE.test(text.slice(d.date.end, d.date.end + 12)) || tripRange)) isoDate = isoDate.slice(0, 7);
    // ("Earlier in the day, he met Z", after a meeting the text does not date: the day of the last one it does.)
    if (!isoDate && d.sameDay && last) isoDate = isDay(last.isoDate) ? last.isoDate : [...out].reverse().find((x) => isDay(x.isoDate))?.isoDate ?? last.isoDate;
    if (!isoDate && d.dayShift && isDay(last?.isoDate ?? null)) isoDate = shiftDay(last!.isoDate!, d.dayShift);
    // (Not in a report of a trip ended: "X returned home on Monday after an official visit to USA" tells its meetings
    // after the release's day, in its month at most.)
    // ("made a courtesy call on the Defence Secretary recently", "met last week": a day the text does not give.)
    const vague = !isoDate && d.headline && context.release ? VAGUE_WHEN.exec(text.slice(d.start, d.end)) : null;
    // (A week within the release's month gives that month: "met in Astana this week", released on 22 April.)
    if (vague) isoDate = /month/.test(vague[0]) || (/week/.test(vague[0]) && weekInMonth(vague[0], context.release!)) ? context.release!.slice(0, 7) : null;
    // (A meeting the text dates by no word of its own is of the month its page was put out, not of that day; a wire's
    // dateline day is the day it reports.)
    // ("President X is currently in a closed door meeting with Y": one told as under way is of the page's day.)
    else if (!isoDate && d.headline) {
      releaseDated = context.release !== null;
      const underWay = UNDER_WAY.test(text.slice(d.start, d.end));
      isoDate = context.release && !underWay && (!context.datelined || TRIP_ENDED.test(text.slice(0, TRIP_ENDED_CHARS))) ? context.release.slice(0, 7) : context.release;
    }
    const headlineOut = out.find((m) => m.headline);
    // "He also called on X": another meeting of the headline's visit, undated: the headline's day if told right
    // after it, else its month.
    const sameTrip = !d.headline && !d.past && headline !== null && headlineOut !== undefined &&
      d.parties.some((p) => headline.parties.some((q) => q.id === p.id));
    if (!isoDate && sameTrip && headlineOut!.isoDate) {
      isoDate = d.lastSentence - headline!.lastSentence <= NEAR_SENTENCES ? headlineOut!.isoDate : headlineOut!.isoDate.slice(0, 7);
    }
    // ("President C also received Ambassador D", in a page of 16 September: a further meeting the text dates by no word
    // of its own, not told as earlier, is of the month the page was put out, as the headline would be.)
    if (!isoDate && !d.headline && !d.past && context.release) isoDate = context.release.slice(0, 7);
    let where: string | null = null;
    const away = !calls && d.headline && context.dateline ? postedAway(d, persons, context.dateline.country) : null;
    if (!calls) {
      if (d.place && placeRank(text, d.place) === 0) where = d.place.name ?? text.slice(d.place.start, d.place.end);
      else if (d.here && context.dateline) where = context.dateline.city;
      else if (d.place && placeRank(text, d.place) === 2 && context.dateline?.country === d.place.country) where = context.dateline.city;
      // "the State of Qatar", "the U.S.": a country is recorded by its name.
      else if (d.place) where = d.place.country && !d.place.capital ? d.place.country : d.place.name ?? text.slice(d.place.start, d.place.end);
      // ("Moscow: Lavrov met with Dominican President X ... Lavrov's visit to the Dominican Republic commenced on
      // Wednesday": the country visited, over a dateline elsewhere.)
      else if (d.headline && d.visitedCountry && context.dateline && d.visitedCountry.country !== context.dateline.country) where = d.visitedCountry.country;
      // ("Havana, Sep 7 (ACN) The State Minister for Health of Uganda received X, Cuban ambassador to her country": a
      // report from the envoy's own country of a meeting in the one he is posted to.)
      else if (away) where = away;
      else if (d.headline && context.dateline) where = context.dateline.city;
      else if (!d.headline && headlineOut && headlineOut.place && (d.sameDay || sameTrip || (isoDate !== null && (isoDate === headlineOut.isoDate || (releaseDated && isoDate === context.release))))) where = headlineCountry ?? headlineOut.place;
      // A venue says less than the dateline's city.
      if (d.place && placeRank(text, d.place) === 1 && context.dateline && (d.headline || d.here)) where = context.dateline.city;
      // ("has arrived in Ukraine ... Welcoming the minister in Kyiv": a headline placed by its country, in the one city
      // of that country the text has anything in.)
      if (d.headline && d.place && where === d.place.country && placeRank(text, d.place) === 2) where = oneCityOf(extracted.places, d.place.country, text) ?? where;
      // ("at the Kremlin", "welcomed Y to Downing Street": a seat of government stands for its city.)
      // (Or the place merged in from another sentence: "met with the Prime Minister at Temple Trees".)
      const seat = seatCity(text.slice(d.start, d.end)) ?? (d.place && (d.place.start < d.start || d.place.start >= d.end) ? seatNamed(text.slice(d.place.start, d.place.end)) : null);
      if (seat && (!d.place || placeRank(text, d.place) !== 0 || where === seat || isSeat(text.slice(d.place.start, d.place.end)))) where = seat;
      // ("On Day 3 of the United Nations General Assembly (UNGA), the Minister held key meetings on the sidelines":
      // a gathering held in one city every time, named by the meeting's sentence or, for the headline, the lead.)
      // (Not one still to come: "During his visit to New York for the United Nations General Assembly later this month".)
      if (!where) where = eventCity(notToCome(text.slice(d.start, d.end))) ?? (d.headline ? eventCity(notToCome(text.slice(context.bodyStart, context.bodyStart + LEAD_EVENT_CHARS))) : null);
    }
    const participants: Participant[] = [];
    const participant = (id: string, role: ParticipantRole): Participant | null => {
      const p = persons.get(id);
      if (!p) return null;
      return { id, name: p.name, rank: p.rank, position: p.position, organization: p.organization, country: p.country, role, side: p.country };
    };
    for (const party of d.parties) {
      const p = participant(party.id, party.role);
      if (p) participants.push(p);
    }
    applyRequester(d, participants);
    // Attendees stand with the principal of their side ("Also present on the Thai side were ...").
    for (const id of d.attendees) {
      // (One named a party after being listed as attending is a party only.)
      const p = participants.some((q) => q.id === id) ? null : participant(id, 'participant');
      if (!p) continue;
      const escort = d.escorts?.get(id);
      const escortSide = d.escortSides?.get(id);
      const principal = participants.find((q) => (escort ? q.id === escort : escortSide ? q.side === escortSide : q.side !== null && q.side === p.side) && q.role !== 'participant');
      // (Host and guest of one country, a minister receiving his own service chiefs: whose side is not told.)
      const split = !escort && participants.some((q) => q.side === p.side && principal && q.role !== principal.role && q.role !== 'participant');
      if (d.rosterGuests?.has(id) && !participants.some((q) => q.id === id)) p.role = 'guest';
      else if (principal && !split) p.role = principal.role;
      // ("received the newly appointed Chief of Defence Staff and Service Chiefs ... Those in attendance included the
      // Chief of Army Staff, X": one of the group the host received is a guest.)
      else if (split && d.kind === 'reception' && receivedGroupHolds(text.slice(d.start, d.end), p.position)) p.role = 'guest';
      // ("played host to a delegation ... led by its Commander, Gen. X": received, though no guest is a party.)
      else if (!principal && d.kind === 'reception' && p.side !== null) {
        const hosts = participants.filter((q) => q.role === 'host');
        if (hosts.length > 0 && hosts.every((q) => q.side !== null && q.side !== p.side)) p.role = 'guest';
        // ("Present there on invitation were A and B. Present there were C and D": those of another side receive them.)
        const guests = participants.filter((q) => q.role === 'guest');
        if (hosts.length === 0 && guests.length > 0 && guests.every((q) => q.side !== null && q.side !== p.side)) p.role = 'host';
      }
      participants.push(p);
    }
    // "the US ambassador to Jordan met the Jordanian army chief": an envoy meets where he is posted.
    if (!calls && where === null) where = postingPlace(participants);
    // ("Grossi is on a two-day visit to Pakistan": a headline placed by no word of its own, where its guest is visiting.)
    if (!calls && where === null && d.headline) where = visitedPlace(text, extracted.places, new Set(participants.map((p) => p.side).filter((x): x is string => x !== null)));
    // ("Greek president in Beijing", a title over "X met with Chinese President Y on Tuesday": where the title puts him.)
    if (!calls && where === null && d.headline) where = titlePlace(text, extracted.places);
    let kind = heldAs;
    // Three sides or more among the principals (attendees stand with a side) make a multilateral meeting.
    const sides = new Set(participants.slice(0, d.parties.length).map((p) => p.side).filter((x) => x !== null));
    // ("X met with his Latvian and Lithuanian colleagues": one of no stated country meeting two countries is a third.)
    const unstated = d.parties.filter((p, k) => participants[k]?.side === null);
    const loneSubject = sides.size === 2 && d.parties.length >= 3 && unstated.length === 1 && unstated[0].side !== 'object' &&
      d.parties.every((p, k) => participants[k]?.side === null || p.side === 'object');
    // ("President X also received A, the UK Minister, and the Japanese State Minister B": one host receiving guests
    // of several countries holds a reception.)
    const hostReceives = kind === 'reception' && d.parties.filter((p) => p.role === 'host').length === 1 && d.parties.every((p) => p.role === 'host' || p.role === 'guest');
    // ("X attended the Quad Foreign Ministers' Meeting ... A, B and C also attended the Meeting": one principal and
    // those of two more countries attending with him.)
    const attendedBySides = d.parties.length === 1 && new Set(participants.map((p) => p.side).filter((x) => x !== null)).size >= 3;
    // ("At the airport they were welcomed by the minister A, UN Envoy B and AU representative C": hosts alone, of
    // several sides, still receive the guests the sentence does not name.)
    // (Not an event "hosted by" one, "and the other participants are B, C": those are its participants.)
    const hostsAlone = kind === 'reception' && d.parties.length > 1 && d.parties.every((p) => p.role === 'host') && !/\bhost/i.test(d.wording);
    if ((kind === 'talks' || (kind === 'reception' && !hostReceives && !hostsAlone)) && (sides.size >= 3 || loneSubject || attendedBySides)) {
      kind = 'multilateral';
      for (const p of participants) if (p.role !== 'host') p.role = 'participant';
    }
    // ("Baku has hosted a meeting of foreign ministers of Azerbaijan and Turkey, A and B": two, of two sides, hold talks,
    // whatever word told the meeting; three sides make a multilateral one.)
    // (Not two named of a gathering one attended or chaired: "X attended the meeting of foreign ministers in Lima,
    // chaired by Y".)
    if (kind === 'multilateral' && participants.length === 2 && participants[0].side && participants[1].side && participants[0].side !== participants[1].side &&
      !GATHERING_WORDS.test(text.slice(d.start, d.end))) {
      kind = 'talks';
      for (const p of participants) p.role = 'participant';
    }
    // ("the delegation from the Republic of Ghana visited the Chief of Defence Staff ... The delegation was headed by
    // X": those of one side on a visit, none of the visited named, are the visitors.)
    if (kind === 'visit' && participants.length > 0 && participants.every((p) => p.side !== null && p.side === participants[0].side)) {
      for (const p of participants) p.role = 'guest';
    }
    // "Jordanian Army Chief Receives French Chief-of-Staff" over "X met Y": the title's verb says who received
    // whom, and the lead names the receiver first. "US General calls on Chief of Defence Staff" over "X held a
    // meeting with Y": the caller is the guest, and the lead names him first.
    // ("PM Plenkovic received Romanian FM" over "X held talks with Y": talks too, under a title that receives a guest.)
    if (d.headline && kind === 'talks' && (/^(?:(?:held|had) (?:a )?)?(?:met|meeting)\b/.test(d.wording) || (titleReceives && /^(?:(?:held|had) )?talks\b/.test(d.wording))) &&
      titleVerb && !hostsEvent && d.parties.length === 2) {
      const [a, b] = participants;
      // (The sides must differ; a call may leave them unsaid.)
      const apart = a && b && a.id !== b.id && (a.side && b.side ? a.side !== b.side : !titleReceives);
      if (apart && a.role === 'participant' && b.role === 'participant') {
        kind = 'reception';
        // ("Minister of National Defense receives commander of ..." over "At a meeting with X, the Minister Y
        // praised": the receiver is the one whose office the title names before its verb; the one called on,
        // after it.)
        // ("US Ambassador calls on Foreign Minister" over "Minister of Foreign Affairs X met with Ambassador Y": the
        // office's words in any order; the one named before the verb, if the one after is named by neither.)
        const before = title.slice(0, titleVerb.index).toLowerCase();
        const after = title.slice(titleVerb.index + titleVerb[0].length).toLowerCase();
        // (A bare "Minister" beside another minister names neither: "Education Minister Hosts South Africa's Minister ...".)
        const bare = (p: Participant) => {
          const one = p.position?.trim() ?? '';
          return one !== '' && !/\s/.test(one) && [a, b].some((q) => q !== p && q.position !== null && new RegExp(`\\b${one}\\b`, 'iu').test(q.position));
        };
        const names = (p: Participant, part: string) => p.position !== null && !bare(p) && namesOffice(p.position, part);
        const only = (part: string) => (names(a, part) && !names(b, part) ? a : names(b, part) && !names(a, part) ? b : null);
        const opposite = (p: Participant | null) => (p === a ? b : p === b ? a : null);
        const host = titleReceives ? only(before) ?? opposite(only(after)) ?? a : only(after) ?? opposite(only(before)) ?? b;
        for (const p of participants) p.role = (a.side && b.side ? p.side === host.side : p === host) ? 'host' : 'guest';
      }
    }
    // ("X visited the University of Colombo and met Y, its Vice-Chancellor": the visitor is received.)
    // (Those of the visitor's side with him, the others with the one he met.)
    if (kind === 'talks' && /^(?:(?:held|had) (?:a )?(?:[\w-]+ )?)?(?:met|meeting)\b/.test(d.wording) &&
      participants.every((p) => p.role === 'participant' && p.side !== null) && new Set(participants.map((p) => p.side)).size === 2) {
      const visitor = bodyVisitor(text, d.start, d.end, participants.map((p) => ({ name: p.name, start: d.parties.find((q) => q.id === p.id)?.start ?? -1 })));
      if (visitor >= 0) {
        kind = 'reception';
        for (const p of participants) p.role = p.side === participants[visitor].side ? 'guest' : 'host';
      }
    }
    // ("X met with Ambassador Y. During the courtesy call, ...": talks the text names a call; the envoy below paid it.)
    const oneEnvoy = participants.length === 2 && participants.filter((p) => envoyLike(p.position)).length === 1;
    if (kind === 'talks' && oneEnvoy && participants.every((p) => p.role === 'participant' && p.side !== null) && participants[0].side !== participants[1].side && toldAsReception(text, d.start, d.end)) kind = 'reception';
    // "made the promise to Prime Minister X during a courtesy call", "in an audience with Ambassador Y": a reception
    // named by a noun says not who received whom, but of an envoy and one who is none, the envoy calls.
    if (kind === 'reception' && participants.length === 2 && participants.every((p) => p.role === 'participant')) {
      const envoys = participants.filter((p) => envoyLike(p.position));
      if (envoys.length === 1 && participants.every((p) => p.side !== null) && participants[0].side !== participants[1].side) {
        for (const p of participants) p.role = p === envoys[0] ? 'guest' : 'host';
      }
    }
    // "X received Y", "Y called on X" with no place told: a host receives at home, in the country he serves.
    if (!calls && where === null && kind === 'reception') where = hostCountry(participants);
    // ("Ambassador Y met with Prime Minister X", no place told: an envoy meets the officials of the country he is
    // posted to in that country.)
    if (!calls && where === null && (kind === 'talks' || kind === 'reception')) where = envoysPost(participants);
    // ("Safadi made the remarks during a meeting with visiting Lebanese Foreign Minister Y", no place told: a visitor
    // meets the others in their country.)
    if (!calls && where === null && d.headline) where = visitorsHostCountry(text.slice(d.start, d.end), participants);
    // ("X met with a delegation led by Y", no place told: a delegation comes to the one who meets it.)
    if (!calls && where === null && kind === 'talks') where = delegationMetAt(text, d, persons);
    // ("met with World Bank Country Director Y at the President's Office": a seat of government named by what it is,
    // in the country of the party who holds that office.)
    if (!calls && where === null && kind !== 'visit') where = officeSeatCountry(text.slice(d.start, d.end), participants);
    // ("King X received Y at Sakhir Palace", "at Marka Airport", no dateline: a venue alone names no city; the host's
    // country, or the one the guest is visiting, says where.)
    if (!calls && d.headline && d.place && d.place.country === '' && isVenue(text.slice(d.place.start, d.place.end)) && !context.dateline && where === (d.place.name ?? text.slice(d.place.start, d.place.end))) {
      where = (kind === 'reception' ? hostCountry(participants) : null) ?? visitedPlace(text, extracted.places, new Set(participants.map((p) => p.side).filter((x): x is string => x !== null))) ?? where;
    }
    // ("X received Y in the capital city on October 28", "in this capital": a meeting placed by its country, in the
    // capital its own sentence names without naming it.)
    if (!calls && where !== null && countryName(where) === where && IN_THE_CAPITAL.test(text.slice(d.start, d.end))) where = capitalOf(where) ?? where;
    // ("X received Y" at home, "During his visit to Ashgabat, Y also toured ...": a headline placed by its country only,
    // in the one city of that country the text has anyone in, at or go to.)
    // (The meetings after it that take its place take the country: a series of audiences at home is told nowhere else.)
    if (!calls && d.headline && where !== null && countryName(where) === where) {
      const city = oneCityOf(extracted.places, where, text, IN_AT_TO);
      if (city) {
        headlineCountry = where;
        where = city;
      }
    }
    const meeting: Meeting = {
      kind, wording: d.wording, headline: d.headline, date: d.date?.text ?? null, isoDate, place: where ? displayPlace(where) : null,
      referenced: !d.headline && (d.past || earlier(isoDate, headlineOut?.isoDate ?? null)),
      participants, start: d.start, end: d.end,
    };
    // ("X meets with Y in Beijing, Nov. 27, 2019. [Photo ...]" over "BEIJING, Nov. 27 -- X met with Y Wednesday in
    // Beijing": a caption telling the same meeting, the same day, is no second one.)
    // (Or one a statement quotes again: '"General X paid a courtesy call to ... Prime Minister Y at his office on May 6,"
    // the army said in a statement'.)
    const quoted = QUOTED_AGAIN.test(text.slice(meeting.start, meeting.end));
    const same = meeting.isoDate && isDay(meeting.isoDate) ? out.find((m) => sameMeeting(m, meeting) && (captioned(m) || captioned(meeting) || quoted)) : undefined;
    if (same) {
      // (The lead's telling is the headline, not the caption above it.)
      const lead = meeting.headline && !same.headline;
      if (lead) out[out.indexOf(same)] = meeting;
      last = lead ? meeting : same;
      continue;
    }
    out.push(meeting);
    last = meeting;
  }
  headlineDayRetold(out);
  return out;
}

/**
 * "Air Chief Marshal X arrives in Dhaka" over "X arrived in Dhaka on Monday": a headline the text dates by no word of
 * its own takes the day of the same kind of meeting between the same parties that the text tells as held that month;
 * in place.
 */
function headlineDayRetold(out: Meeting[]): void {
  const head = out.find((m) => m.headline);
  if (!head || head.date !== null || head.isoDate === null || isDay(head.isoDate)) return;
  const ids = new Set(head.participants.map((p) => p.id));
  const told = out.find((m) => m !== head && !m.referenced && m.date !== null && m.kind === head.kind && isDay(m.isoDate) && m.isoDate!.startsWith(head.isoDate!) &&
    m.participants.length === head.participants.length && m.participants.every((p) => ids.has(p.id)));
  if (told) head.isoDate = told.isoDate;
}

const QUOTED_AGAIN = /^\s*["“]|[,.]["”]\s*(?:the\s+)?[\p{L} ]{0,40}\b(?:said|says|stated|wrote|posted|tweeted)\b/u;
const PHOTO_CREDIT = /\[Photo|\(Photo|\bPhoto:|\/\s*Courtesy|\bCourtesy of\b|pose for a (?:group )?photo/i;
/** The same kind between the same people on the same day, in the same place. */
function sameMeeting(a: Meeting, b: Meeting): boolean {
  if (a.kind !== b.kind || a.isoDate !== b.isoDate || a.place !== b.place) return false;
  const ids = (m: Meeting) => [...new Set(m.participants.map((p) => p.id))].sort().join('|');
  return a.participants.length >= 2 && ids(a) === ids(b);
}

/** "April 10-14", "12–14 March": days joined by a dash inside one written date (not "2024-03-12" nor "12-03-2024"). */
const RANGE_WRITTEN = /(?:^|[^\d-])\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?(?![\d-])/;
const VAGUE_WHEN = /\b(?:recently|last week|(?:earlier )?this (?:week|month))\b/;
/** A meeting told as under way when the page was put out: "is currently in a closed door meeting with", "are holding talks". */
const UNDER_WAY = /\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:meeting|holding|hosting|receiving|in\s+(?:a\s+)?(?:closed[- ]door\s+)?(?:meeting|talks))\b/;

/** Whether the week a phrase names ("this week", "last week") lies wholly in the month of the release day. */
function weekInMonth(phrase: string, release: string): boolean {
  const day = Number(release.slice(8, 10));
  return day > (/last/.test(phrase) ? 13 : 6);
}
const TRIP_ENDED = /\b(?:returned|returns)\s+home\b|\b(?:returned|returns)\s+to\s+\p{Lu}[\p{L}]*\s+(?:on|after|from|following|wrapping)\b/u;
const TRIP_ENDED_CHARS = 600;

/** The place a title on its own line puts someone "in" ("Greek president in Beijing"), or null. */
function titlePlace(text: string, places: readonly PlaceHit[]): string | null {
  const end = titleLineEnd(text);
  if (end < 0) return null;
  // (Not a mission's seat or a topic: "German Embassy in Canberra", "Special Representative for the crisis in Georgia".)
  const inTitle = places.filter((p) => p.end <= end && /\bin\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.start - 8), p.start)) &&
    !NOT_WHEREABOUTS.test(text.slice(Math.max(0, p.start - 40), p.start)));
  if (inTitle.length !== 1) return null;
  const p = inTitle[0];
  return p.capital ? p.name ?? text.slice(p.start, p.end) : p.country || null;
}
const NOT_WHEREABOUTS = /\b(?:Embassy|Consulate|Mission|High Commission|Office|Representative|Ambassador|crisis|situation|conflict|war|peace|developments?|elections?|investments?|projects?|stability|security)\s+in\s+(?:the\s+)?$/i;

/** The one country all other parties serve, when the meeting's words call one party "visiting"; else null. */
function visitorsHostCountry(told: string, participants: readonly Participant[]): string | null {
  const at = told.search(VISITING_ONE);
  if (at < 0) return null;
  const after = told.slice(at, at + VISITOR_CHARS);
  let visitor: Participant | null = null;
  let first = Infinity;
  // (The surname as a word of its own: not "Li" inside "Lebanese".)
  for (const p of participants) {
    const i = wordIndex(after, p.name.split(' ').pop()!);
    if (i >= 0 && i < first) [visitor, first] = [p, i];
  }
  // (The visitor's office and name right after the word: not "X, visiting Paris, met Y".)
  if (!visitor?.side || !VISITOR_NAMED.test(after.slice(0, first))) return null;
  const others = new Set(participants.filter((p) => p.side !== visitor.side).map((p) => p.side));
  if (others.size !== 1) return null;
  const host = [...others][0];
  return host && countryName(host) === host ? host : null;
}
const VISITING_ONE = /\b[Vv]isiting\s/;
const VISITOR_NAMED = /^[Vv]isiting\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|to|on|,)\s*)*$/u;
/** How far after "visiting" the visitor's name may stand ("visiting Lebanese Deputy Prime Minister and Foreign Minister X"). */
const VISITOR_CHARS = 100;

/** The country an envoy among the participants is posted to, where another participant serves it. */
function postingPlace(participants: readonly Participant[]): string | null {
  for (const p of participants) {
    const posted = postOf(p.position)?.trim();
    if (!posted) continue;
    // ("the Ambassador of the Russian Federation to Baghdad met X": a capital, the city itself.)
    const named = countryName(posted);
    const country = named ?? countryOfPlace(posted);
    if (country && participants.some((q) => q !== p && q.country === country)) return named ? country : posted;
  }
  return null;
}

/** The country every host serves, unless one is an envoy (who receives where he is posted), or null. */
function hostCountry(participants: readonly Participant[]): string | null {
  const hosts = participants.filter((p) => p.role === 'host');
  const country = hosts[0]?.side ?? null;
  if (!country || !countryName(country) || hosts.some((p) => p.side !== country || ENVOY.test(p.position ?? ''))) return null;
  return country;
}

/** The country envoys whose offices name no posting meet its officials in: envoys of one country, the others all of one other; or null. */
function envoysPost(participants: readonly Participant[]): string | null {
  const envoys = participants.filter((p) => envoyLike(p.position));
  const home = envoys[0]?.side ?? null;
  if (!home || envoys.some((p) => p.side !== home)) return null;
  // (His own staff may sit beside him: "Saudi Ambassador X and Labour Attaché Y" with the minister of the host country.)
  const sides = new Set(participants.map((p) => p.side));
  sides.delete(home);
  const country = sides.size === 1 ? [...sides][0] : null;
  if (!country || !countryName(country)) return null;
  // (One his office posts somewhere is placed by `postingPlace`.)
  return envoys.some((p) => postOf(p.position)?.trim()) ? null : country;
}

/** A welcome's purpose in its own sentence: "welcomed X to London for talks". */
const FOR_TALKS = /\bfor\s+(?:(?:bilateral|official|high-level|formal|further)\s+)?(?:talks|discussions|consultations|a\s+(?:bilateral\s+)?meeting|meetings|a\s+working\s+meeting)\b/;

/** "met with a delegation (of US senators) led by": a delegation met, its leader named after. */
const DELEGATION_MET = /\b(?:met|meets|meeting)\s+(?:with\s+)?(?:a|the)\s+(?:[\w-]+\s+){0,3}delegation\s+(?:(?:of|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:led|headed)\s+by\b/;

/** The country of those who met a delegation, all of one country none of the delegation serves; or null. */
function delegationMetAt(text: string, d: MeetingDraft, persons: ReadonlyMap<string, Person>): string | null {
  const m = DELEGATION_MET.exec(text.slice(d.start, d.end));
  if (!m) return null;
  const at = d.start + m.index;
  const countries = (before: boolean) => new Set(d.parties.filter((p) => (p.start < at) === before).map((p) => persons.get(p.id)?.country ?? null));
  const [hosts, guests] = [countries(true), countries(false)];
  const home = hosts.size === 1 ? [...hosts][0] : null;
  return home && countryName(home) === home && guests.size > 0 && !guests.has(home) ? home : null;
}

/** A seat of government named by what it is, not by its name ("at the President's Office", "at the Ministry of Defence"). */
const OFFICE_SEAT = /\bat\s+(?:the\s+)?(?:(?:(President|Prime Minister|PM|Vice President)['’]s\s+Office)|(Presidential)\s+(?:Palace|Office|Secretariat|Complex)|(State House)|(Ministry)\s+of\s+\p{Lu}|(?:Foreign|Defen[cs]e|Finance|Interior)\s+(Ministry)\b)/u;
/** Who sits at such a seat: the head of state, the head of government, or a minister. */
const PRESIDENT = /^(?:Vice\s+)?President\b/;
const PRIME_MINISTER = /^Prime Minister\b/;
const SEAT_HOLDER: Record<string, RegExp> = {
  President: PRESIDENT, Presidential: PRESIDENT, 'State House': PRESIDENT, 'Vice President': /^Vice\s+President\b/,
  'Prime Minister': PRIME_MINISTER, PM: PRIME_MINISTER, Ministry: /\bMinister\b/,
};

/** The country of the one party who holds the office whose seat the meeting's sentence names; or null. */
function officeSeatCountry(told: string, participants: readonly Participant[]): string | null {
  const m = OFFICE_SEAT.exec(told);
  if (!m) return null;
  const holder = SEAT_HOLDER[m.slice(1).find((x) => x !== undefined)!];
  const sides = new Set(participants.filter((p) => holder.test(p.position ?? '') && !envoyLike(p.position)).map((p) => p.side));
  const country = sides.size === 1 ? [...sides][0] : null;
  return country && countryName(country) ? country : null;
}

/** A text without its clauses of what is still to come ("... the General Assembly later this month,"). */
function notToCome(told: string): string {
  return told.split(/(?<=[,;.])/).filter((clause) => !STILL_TO_COME.test(clause)).join('');
}

/** The two just told, referred back to. */
const THE_TWO = /\b[Tt]he two\b/;
/** An occasion of its own, told after a meeting: "later hosted a dinner for". */
const OCCASION = /\b(?:dinner|lunch|luncheon|banquet|breakfast|supper|ceremony|concert|gala)\b/i;
const LATER = /\b(?:[Ll]ater|[Aa]fterwards|[Ss]ubsequently|[Tt]hereafter)\b/;
// ("After the GCC meeting, he met with X": one told after another that ended.)
const ANOTHER = /\b(?:also|separately|additionally|further)\s+(?:held|had|met|hosted|received|called|spoke|visited|holds|meets|hosts|receives|calls|visits)\b|^(?:After|Following)\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}(?:meeting|talks|session|summit|conference|ceremony),\s/u;
/** Whether a title's words (lower-case) name an office: as written, or its own words in any order ("foreign minister" for "Minister of Foreign Affairs"). */
function namesOffice(position: string, words: string): boolean {
  const office = position.toLowerCase();
  if (words.includes(office)) return true;
  const own = office.split(/[\s,-]+/).filter((w) => w.length > 0 && !OFFICE_SMALL_WORDS.has(w) && /^\p{L}+$/u.test(w));
  return own.length > 0 && own.every((w) => new RegExp(`\\b${w}\\b`, 'u').test(words));
}
const OFFICE_SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'affairs', 'to', 'in']);
// ("Minister Hosts ...", "President Grants Audiences to ..." too; not "welcomes", which may greet the one who meets him.)
const TITLE_RECEIVES = /\b(?:[Rr]eceive[sd]|[Hh]osts|[Hh]osted|[Gg]rants [Aa]udiences? [Tt]o)\b/;
/** After a title's "hosts": an event hosted, not a guest. */
const HOSTED_EVENT = /^\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}?(?:meeting|meetings|talks|session|conference|summit|forum|commission|dialogue|consultations|event|ceremony|reception|dinner|lunch|exercise)\b/i;
const TITLE_CALLS_ON = /\b(?:[Cc]alls? [Oo]n|[Cc]alled [Oo]n|[Pp]ays? (?:[Aa] )?[Cc]ourtesy [Cc]all [Oo]n)\b/;

/** A date before the headline's, or a dated event beside an undated headline (the text's own news is undated). */
function earlier(iso: string | null, headline: string | null): boolean {
  if (iso === null) return false;
  if (headline === null) return true;
  const n = Math.min(iso.length, headline.length);
  return iso.slice(0, n) < headline.slice(0, n);
}

/** "at the request of X", "at the initiative of the Chinese side": who asked for a call is its caller. */
function applyRequester(d: MeetingDraft, participants: Participant[]): void {
  if (!d.requester || (d.kind !== 'phone call' && d.kind !== 'video call')) return;
  const r = d.requester;
  // ("at the initiative of the opposite side": the side of those named after the release's own, named first.)
  const own = 'opposite' in r ? participants[0]?.side ?? null : null;
  if ('opposite' in r && (own === null || participants.every((p) => p.side === own))) return;
  const side = 'side' in r ? countryName(r.side) ?? r.side : null;
  const isCaller = (p: Participant) => ('id' in r ? p.id === r.id : 'side' in r ? p.side !== null && p.side === side : p.side !== null && p.side !== own);
  if (!participants.some(isCaller)) return;
  for (const p of participants) p.role = isCaller(p) ? 'caller' : 'callee';
}

/** After a meeting's noun, words that make it none: "a call to action", "his call for restraint". */
const NOT_A_MEETING_AFTER = /^\s+(?:to\s+(?:action|arms|order)|for)\b/;
/** A sentence telling of what is to come. */
const TOLD_AHEAD = /\b(?:will|would|shall|to be held|is to|are to|plans?|planned|expected|agreed to|may|might|could|upcoming|next (?:week|month|year)|coming days|soon)\b/i;

/**
 * "Rishi X in call with Prime Minister of Spain ... The call took place on Thursday": a text whose meetings no mention
 * read, its top telling a meeting's word and naming two officials of different countries, reports their meeting.
 * Adds it to `extracted` as the headline; nothing where any meeting was read.
 */
export function untoldHeadline(given: MeetingInput, extracted: ExtractedMeetings): void {
  if (extracted.drafts.length > 0 || given.sentences.length === 0) return;
  const input = mentionInput(given, extracted.triggers);
  const top = input.sentences[Math.min(input.sentences.length, HEADLINE_SENTENCES) - 1].end;
  const word = input.triggers.find((t) => t.start < top && t.voice === 'noun' && t.kind !== 'visit' && t.kind !== 'interview' && t.kind !== 'multilateral' &&
    !NOT_A_MEETING_AFTER.test(input.text.slice(t.end, t.end + 12)));
  if (!word) return;
  const s = firstStartingAt(input.sentences, word.start + 1) - 1;
  const told = input.sentences[s];
  // (Not one to come: "agreed to broker a summit between A and B in April", "the phone call will happen".)
  if (TOLD_AHEAD.test(input.text.slice(told.start, told.end))) return;
  const ids: string[] = [];
  const countries: (string | null)[] = [];
  for (const o of input.officials) {
    if (o.start >= top || ids.length === 2) break;
    const p = o.id ? input.persons.get(o.id) : undefined;
    if (p?.capacity !== 'official' || ids.includes(p.id) || (p.country !== null && countries.includes(p.country))) continue;
    ids.push(p.id);
    countries.push(p.country);
  }
  if (ids.length !== 2) return;
  const parties = ids.map((id) => ({ id, role: 'participant' as const, start: input.officials.find((o) => o.id === id)!.start }));
  extracted.drafts.push(leadDraft(word.kind, input.text.slice(word.start, word.end), input.sentences[s], s, parties, settingIn(input, s)));
}
