// Paragraph-local recognition: ranks, positions, organizations, names, countries, places, dates and
// meeting words, by structure ("POSITION of ORG RANK Name", head-word organization names, appositions).
// Everything here depends only on the paragraph's own text, so results can be cached per paragraph.
// This file runs the passes (their shapes are in localTypes.ts); names.ts, nameLists.ts, offices.ts, organizationNames.ts and dates.ts hold what each reads.
import { lexicon, W, type CountryInfo, type Lexicon, type TriggerWord } from '../lexicon';
import { dateAt, numericDate } from './dates';
import { ABD_COMPOUND, CAP_WORD, REGNAL_NUMERAL, JOINED_ARTICLE, closedList, DIGRAPH_INITIAL, DOTTED_INITIALS, INNER_PARTICLE, LIST_OPENERS, LONE_INITIAL, NO_OFFICE, OUTLET_NAMES, countryStartBefore, fullNameAt, givenNameTitle, initialsBeforeName, isName, joinTokens, nameEnd, nameMention, setCountryStarts, givenCountries } from './names';
import { listedBesideNames, PLACE_OR_THING } from './nameLists';
import { regionOf } from './regions';
import { pastCountry, closingCountry, principalAfter, commandingAt, serviceBefore, countryAfterOf, introduction, lowerTitleCounts, titleMatch, validRank, pastNameLetters, appositionOffice, spouseAt, spouseBefore, spouseOffice, UNIT_WORD, NAMED_SCHEME, PAST_VERB, type Introduction } from './offices';
import { definition, officeEndsAt, orgChain, titleClosingAt } from './organizationNames';
import { lowerRankBefore } from './lowerRanks';
import { PAIRING_WORDS, pairedHolders, pluralHeadAt, pluralOfficeStart } from './respectively';
import { CAP, DIGIT, GAP, scan, TokenStream, WORD } from '../tokenize';
import type { DescriptorHit, LocalEntity, LocalResult, NameMention } from './localTypes';

/**
 * Grades of an office, before the portfolio that opens it ("Deputy Foreign Affairs Minister"), and the level or term of
 * the government ("Union Health Minister", "Federal Finance Minister", "Caretaker Culture Minister").
 */
const GRADES = new Set(['Deputy', 'Vice', 'Acting', 'Alternate', 'Assistant', 'Senior', 'Junior', 'First', 'Chief', 'Lead', 'Union', 'Federal', 'Caretaker', 'Interim']);
/** Offices a portfolio may open ("Finance Minister", "Foreign Affairs Secretary", "US Trade Representative", Kenya's "Interior CS"). */
const PORTFOLIO_HEADS = new Set(['Cabinet', 'CS', 'Principal', 'Representative', 'Attaché', 'Attache', 'Commissioner', 'Negotiator', 'Minister', 'Ministers', 'Minster', 'Secretary', 'Advisor', 'Adviser', 'Director', 'Envoy', 'Coordinator']);
/** Lower-case offices a lower-case domain may open ("finance minister"). */
const LOWER_PORTFOLIO_HEADS = new Set(['minister', 'ministers', 'secretary', 'secretaries']);
/** Where the lower-case domain words before the office at `i` begin ("finance" of "finance minister"). */
function lowerPortfolioStart(lex: Lexicon, T: TokenStream, i: number): number {
  let k = i;
  while (k > 0 && i - k < 3 && !(T.kind[k - 1] & CAP) && lex.lowerPortfolios.has(T.text[k - 1])) k--;
  // ("trade and industry minister", "expatriates welfare and overseas employment minister": two domains joined by "and".)
  if (k < i && k >= 2 && T.text[k - 1] === 'and' && !(T.kind[k - 2] & CAP) && lex.lowerPortfolios.has(T.text[k - 2])) {
    k -= 2;
    while (k > 0 && !(T.kind[k - 1] & CAP) && lex.lowerPortfolios.has(T.text[k - 1]) && i - k < 6) k--;
  }
  // ("European affairs minister X": a capitalized domain before them.)
  if (k < i && k > 0 && T.kind[k - 1] & CAP && T.textFlags[k - 1] & W.PORTFOLIO && !(T.baseFlags[k - 1] & W.COUNTRY)) k--;
  // ("Morocco's Agriculture and Fisheries minister X": capitalized domains alone, two joined by "and".)
  const capDomain = (x: number) => x >= 0 && (T.kind[x] & CAP) !== 0 && (T.textFlags[x] & W.PORTFOLIO) !== 0 && !(T.baseFlags[x] & W.COUNTRY);
  // ("Foreign Affairs minister X": a domain of several capitalized words.)
  if (k === i && capDomain(k - 1)) {
    k--;
    while (i - k < 3 && capDomain(k - 1)) k--;
    if (T.text[k - 1] === 'and' && capDomain(k - 2)) k -= 2;
  }
  return k;
}
/** "minister of defense industry": a lower-case office "of" a domain runs on over the domain's further words. */
function lowerTitleOn<H extends { end: number }>(lex: Lexicon, T: TokenStream, i: number, t: H | null): H | null {
  if (!t) return t;
  let end = t.end;
  // ("the minister of health X", "vice-minister for foreign affairs of Japan Y": a minister's domain after "of" or
  // "for", in lower case, right before the holder or his country; an apposition's runs to its comma elsewhere.)
  const domainAfter = !T.text.slice(i, t.end).includes('of');
  if (domainAfter) {
    if (!MINISTER_WORD.test(T.text[t.end - 1]) || (T.text[end] !== 'of' && T.text[end] !== 'for') || !lex.lowerPortfolios.has(T.text[end + 1] ?? '')) return t;
    end++;
  }
  const from = end;
  while (end < T.n && end < from + 2 && !(T.kind[end] & CAP) && lex.lowerPortfolios.has(T.text[end])) end++;
  // ("the cabinet secretary for foreign affairs Dr Monica X": a style of address before the holder's name.)
  const styled = (T.textFlags[end] & W.HONORIFIC) !== 0 && (T.kind[end] & CAP) !== 0 && isName(T, T.text[end + 1] === '.' ? end + 2 : end + 1);
  if (domainAfter && !isName(T, end) && !styled && T.text[end] !== 'of') return t;
  // ("the minister of foreign affairs, foreign employment and tourism X": and over a list of domains in lower case.)
  for (let k = end; k + 1 < T.n && k < t.end + 10 && (T.text[k] === 'and' || T.text[k] === ','); ) {
    let w = k + 1;
    while (w < T.n && w < k + 3 && !(T.kind[w] & CAP) && lex.lowerPortfolios.has(T.text[w])) w++;
    if (w === k + 1) break;
    end = k = w;
  }
  return end === t.end ? t : { ...t, end };
}
/**
 * "Deputy Foreign Minister for political affairs, X": a minister's domain in lower case after an office in capitals,
 * closed by the holder's comma; the office's end past it, else `end`.
 */
function lowerDomainEnd(lex: Lexicon, T: TokenStream, end: number): number {
  if (!/^(?:Minister|Secretary)$/.test(T.text[end - 1]) || (T.text[end] !== 'for' && T.text[end] !== 'of')) return end;
  let e = end + 1;
  // (Lower-case words outside the vocabulary come as one token: "political affairs".)
  const domain = (x: number) => T.written(x).trim().split(/\s+/).every((w) => lex.lowerPortfolios.has(w));
  while (e < T.n && e < end + 4 && !(T.kind[e] & CAP) && (domain(e) || (T.text[e] === 'and' && e > end + 1))) e++;
  return e > end + 1 && T.text[e - 1] !== 'and' && T.text[e] === ',' ? e : end;
}
/** A minister's or a secretary's office, its grade joined by a hyphen or not ("vice-minister"). */
const MINISTER_WORD = /(?:^|-)(?:minister|secretary)$/;
/** Offices written short that are other words too ("Capital FM"). */
const SHORT_OFFICES = new Set(['FM', 'PM', 'MP', 'MEP']);
/** An office closed by an adjective after "of the" ("Director of the Arab", "... of the National"): a body's name cut short. */
const OF_THE_ADJECTIVE = /\bof the (?:National|Federal|Central|Royal|Arab|\p{Lu}\p{Ll}+(?:an|ese|ish))$/u;
/** Articles that open a city's name: "The Hague", "El Alamein", "La Paz", "Las Palmas". */
const PLACE_ARTICLES = new Set(['The', 'El', 'La', 'Le', 'Los', 'Las', 'Les']);
/**
 * "Foreign Minister Israel Katz", "the Minister of Agriculture, Israel Bruce,": a country that is also a given name,
 * right after an office (or its comma) and before one more name's word that ends the name, opens the holder's name.
 * (Not "the President of Israel Isaac X", nor "Egypt, Jordan Valley".)
 */
function givenNameCountry(lex: Lexicon, T: TokenStream, i: number): boolean {
  if (!lex.givenNameCountries.has(T.text[i]) || i === 0 || i + 1 >= T.n) return false;
  const officeEnds = (x: number) => x >= 0 && (T.kind[x] & CAP) !== 0 && ((T.textFlags[x] | T.baseFlags[x]) & (W.TITLE | W.PORTFOLIO | W.HONORIFIC)) !== 0;
  const before = T.text[i - 1] === ',' ? i - 2 : i - 1;
  if (!officeEnds(before)) return false;
  const next = i + 1;
  const plain = (T.kind[next] & CAP_WORD) === CAP_WORD && !((T.textFlags[next] | T.baseFlags[next]) & (W.RESERVED | W.ORG_HEAD | W.TITLE | W.PORTFOLIO | W.COUNTRY | W.CAPITAL));
  return plain && !(next + 1 < T.n && T.kind[next + 1] & CAP);
}

/** Seats rather than offices: a name's apposition may state his office ("MP X, the Minister for Aviation"). */
const MEMBERSHIPS = new Set(['MP', 'Member of Parliament', 'Senator', 'Congressman', 'Congresswoman', 'Lawmaker', 'MEP']);
/** Portfolios that open an office's name ("Defense Minister") and may share it: "Defense and Interior Minister". */
const SHARED_PORTFOLIOS = new Set(['Defense', 'Defence', 'Foreign', 'Security', 'Economy', 'Labour', 'Labor', 'Agriculture', 'Transport', 'Tourism', 'Culture', 'Commerce', 'Youth', 'Sports']);

/** Lower-case words inside a city's name. */
const PLACE_PARTICLES = new Set(['de', 'do', 'da', 'del', 'dos', 'das', 'la', 'el']);
import type { Capacity } from '../types';
import { firstStartingAt } from '../spans';
import orgData from '../lexicons/organizations.json';

/** Words before a name in a roll of names with their countries ("are A, Mauritania, B, Belgium and C, Austria"). */
const ROLL_BEFORE = new Set([',', 'and', ':']);
/** The verb a roll of names follows: "The ambassadors are", "The envoys include". */
const ROLL_VERB = /(?:^|\s)(?:are|were|include|included|including)$/;

/** What may follow "Name of Country" when the country is the person's. */
const GROUP_HEADS = /^(?:Heads|heads|Chiefs|chiefs|Members|members)$/;
const OF_COUNTRY_CLOSERS = new Set([',', ')', 'and', '.', ';', 'prior', 'on', 'in', 'at', 'during', 'who', 'to', 'for', 'said', 'says', 'with', 'after', 'before', 'ahead', 'while', 'when', 'had', 'has', 'was', 'is', 'were', 'also', 'held', 'met']);

const ENVOY_OF_LEADER = /\b(?:envoy|emissary|representative|adviser|advisor|aide)\s+of\s+(?:the\s+)?(?:(\p{Lu}[\p{L}]+)\s+)?(President|Prime Minister|King|Emir|Amir|Sultan|Crown Prince|Chancellor)$/u;
const CHAMBER_OF = /^(?:Representatives|Commons|Lords|Councillors|Councilors|Assembly|Delegates|Peoples|Keys|Nationalities|Elders|Federation|People|Councils)$/;
const SIDE_NOUNS = new Set(['delegation', 'delegations', 'side', 'team']);

/** "Sovereign Council, Abdel Fattah X": a body's capitalized name from token k (a head among them), a comma, then a full name. */
function bodyThenHolder(T: TokenStream, k: number, isHead: Uint8Array, countryEnd: Int32Array): { comma: number; start: number; end: number } | null {
  let e = k;
  while (e < T.n && e < k + 5 && T.kind[e] & CAP) e++;
  if (T.text[e] !== ',' || !isHead[e - 1]) return null;
  const end = fullNameAt(T, e + 1, countryEnd);
  return end > 0 ? { comma: e, start: e + 1, end } : null;
}

/** Whether a venue's word follows a name, perhaps after one or two more capitalized words ("Jomo Kenyatta International Airport"). */
function namesVenue(lex: Lexicon, T: TokenStream, end: number): boolean {
  for (let k = end; k < end + 3 && k < T.n && T.kind[k] & CAP; k++) if (lex.meetingPhrases.venueWords.has(T.text[k])) return true;
  return false;
}

/** "Biden's Special Envoy", "Lula's Special Advisor": a person's possessive (no country's, no body's) before an office. */
function principalsOffice(T: TokenStream, k: number, countryEnd: Int32Array, orgEndAt: Int32Array, titleEnd: Int32Array): boolean {
  return k + 1 < T.n && (T.kind[k] & CAP) !== 0 && T.baseEnd[k] !== T.end[k] && !countryEnd[k] && !orgEndAt[k] && !titleEnd[k] && titleEnd[k + 1] > 0;
}

/**
 * "Commerce Minister, Chipoka X and Mines Minister, Paul Y": after a name set off by a comma, "and" and the next office
 * closed by its own comma go on with a roll of offices each before its holder.
 */
function rollGoesOn(T: TokenStream, end: number, titleEnd: Int32Array): boolean {
  return T.text[end] === 'and' && titleEnd[end + 1] > 0 && T.text[titleEnd[end + 1]] === ',';
}

/** Whether a comma stands between tokens `from` and `to` ("the Prime Minister, Datin Paduka Mei Lin X"). */
function commaBetween(T: TokenStream, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (T.text[k] === ',') return true;
  return false;
}

/** "Peng X, wife of Chinese President Xi Y,": an apposition that names whose spouse one is, by the office he holds. */
function spouseOfOffice(T: TokenStream, k: number, countryEnd: Int32Array, titleEnd: Int32Array): boolean {
  const spouse = spouseAt(T, k);
  if (!spouse) return false;
  const at = countryEnd[spouse.next] || spouse.next;
  return titleEnd[at] > 0;
}

/** " of PN Flotilla was Commodore ": the office's complement in capitals, the copula, and the holder's rank. */
const OFFICE_WAS = /^((?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})?)\s+(?:was|is)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3})$/u;
/** "on his new post as", "on her appointment as" after a name ending at token k: the token after "as", or -1. */
function appointedAs(T: TokenStream, k: number): number {
  if (T.written(k).trim() !== 'on' || !/^(?:his|her)$/.test(T.written(k + 1).trim())) return -1;
  // (Lower-case words outside the vocabulary come as one token: "post as".)
  for (let j = k + 2, words = 0; j < T.n && j < k + 6; j++) {
    for (const w of T.written(j).trim().split(/\s+/)) {
      if (w === 'as') return words > 0 && T.written(j).trim().endsWith('as') ? j + 1 : -1;
      if (!APPOINTMENT_WORDS.test(w)) return -1;
      words++;
    }
  }
  return -1;
}
/**
 * "called Dinesh X, today, to congratulate him on his reappointment as Minister of Foreign Relations": the office the
 * one named right before is congratulated on, through "him" or "her"; the token after "as", or -1.
 */
function congratulatedAs(T: TokenStream, end: number): number {
  for (let j = end; j < T.n && j < end + 9; j++) {
    const w = T.written(j).trim();
    if (w === '.' || w === ';') return -1;
    if ((w === 'him' || w === 'her') && j > 0 && /\bcongratulat\w*$|\bfelicitat\w*$/.test(T.written(j - 1).trim())) return appointedAs(T, j + 1);
  }
  return -1;
}
/**
 * "the formal accreditation of David X as Barbados' High Commissioner", "has appointed Jane Y as Ambassador": a full
 * name from token i to `end` named to the office after "as"; the token after "as", or -1.
 */
function appointedOfAs(T: TokenStream, i: number, end: number): number {
  if (end >= T.n || T.written(end).trim() !== 'as' || i < 1) return -1;
  const before = T.written(i - 1).trim().split(/\s+/);
  const last = before[before.length - 1];
  const verb = APPOINTED_VERB.test(last);
  const noun = last === 'of' && i >= 2 && APPOINTMENT_NOUN.test(T.written(i - 2).trim().split(/\s+/).pop() ?? '');
  return verb || noun ? end + 1 : -1;
}
const APPOINTED_VERB = /^(?:appointed|nominated|designated|accredited|named)$/;
const APPOINTMENT_NOUN = /^(?:appointment|nomination|designation|accreditation|confirmation|posting)$/;
const APPOINTMENT_WORDS = /^(?:new|recent|post|appointment|reappointment|election|re-election|reelection|assumption|office|position|role|nomination|confirmation|designation)$/;

/** Verbs of saying that open a reporting clause after its subject. */
const SAYING_VERB = /^(?:said|says|confirmed|told|stated|added|noted|announced|reported|explained|wrote|disclosed|revealed)$/;
/** Words of term before an office still held ("the outgoing Ambassador", "the new Governor"). */
const HELD_TERM = /^(?:outgoing|incoming|new|caretaker|interim|acting|current|incumbent)$/;
/** "Lloyd Austin, the U.S. Secretary of Defense": the office (and nationality) of an apposition starting at token k. */
function officeAfter(
  T: TokenStream, k: number, countryEnd: Int32Array, officeAt: readonly (Introduction | undefined)[], orgEndAt: Int32Array, titleEnd: Int32Array,
): { rank: string | null; position: string | null; organization: string | null; country: string | null } {
  // ("Mrs X, wife of the President of Nigeria,": whose spouse she is, and his country.)
  const spouse = spouseAt(T, k);
  if (spouse) {
    // ("Peng X, wife of Chinese President Xi Y,": the office as written, with its holder's name.)
    const at = countryEnd[spouse.next] || spouse.next;
    const named = officeAt[at];
    if (named?.name && named.position) {
      const country = at > spouse.next ? joinTokens(T, spouse.next, at) : named.country;
      return { rank: null, organization: null, country, position: `${spouse.word} of ${named.position} ${joinTokens(T, named.name.start, named.name.end)}` };
    }
    const principal = officeAfter(T, spouse.next, countryEnd, officeAt, orgEndAt, titleEnd);
    return principal.position ? { rank: null, organization: null, country: principal.country, position: spouseOffice(spouse.word, principal.position) } : { ...NO_OFFICE };
  }
  const indefinite = T.text[k] === 'a' || T.text[k] === 'an';
  k = appositionOffice(T, k, titleEnd);
  // ("X, the Australian Defence Force chief,": the body before the office is the holder's.)
  const served = bodysOffice(T, k, orgEndAt, titleEnd);
  if (served > 0) {
    const office = officeAt[served];
    if (office && !office.name) return { rank: office.rank, position: office.position, organization: joinTokens(T, k, served), country: office.country };
  }
  let country: string | null = null;
  if (countryEnd[k]) {
    country = joinTokens(T, k, countryEnd[k]);
    k = pastCountry(T, k, countryEnd, titleEnd);
  }
  // ("Mark X, Biden's Special Envoy for the Americas", "..., President Biden's Special Envoy": a principal's
  // possessive, then the office.)
  if (titleEnd[k] > k && principalsOffice(T, titleEnd[k], countryEnd, orgEndAt, titleEnd)) k = titleEnd[k];
  if (principalsOffice(T, k, countryEnd, orgEndAt, titleEnd)) k++;
  // "Mahmoud X, the World Bank's Senior Vice President": the body's possessive, then its office.
  let body: string | null = null;
  const after = possessedOffice(T, k, orgEndAt, titleEnd);
  if (after > 0) {
    body = joinTokens(T, k, orgEndAt[k]);
    k = after;
  }
  // ("X, the outgoing Ambassador of Qatar,": an office read in lower case from its word of term opens there; not a
  // former one, which he no longer holds.)
  const office = officeAt[k] ?? (k > 0 && HELD_TERM.test(T.text[k - 1]) && titleEnd[k - 1] >= titleEnd[k] ? officeAt[k - 1] : undefined);
  // ("X, the Ghanaian delegation by Y": the next clause's side, not the holder's nationality.)
  if (!office) return { ...NO_OFFICE, country: country && SIDE_NOUNS.has(T.text[k]) ? null : country };
  // ("his Norwegian counterpart X, Sweden’s Minister for Foreign Affairs Y": an office before a name is the next
  // person's.)
  if (office.name && !body) return { ...NO_OFFICE };
  // ("Sheikh X, King of Spain discuss fostering ties": a title's two parties, the comma for "and", before a verb that
  // agrees with both.)
  if (office.next < T.n && PLURAL_VERB.test(T.written(office.next))) return { ...NO_OFFICE };
  // ("talks with his counterpart X, a spokesperson for the State Department confirmed": an office with "a" that a verb
  // of saying closes is the next clause's subject.)
  if (indefinite && office.next < T.n && SAYING_VERB.test(T.written(office.next).trim())) return { ...NO_OFFICE };
  // "X, Minister of National Defence, Mozambique;": the country closes the apposition.
  const principal = !country && !office.country && !office.name && !body && office.position ? principalAfter(T, office.next, countryEnd) : null;
  if (principal) return { rank: office.rank, position: `${office.position} ${joinTokens(T, office.next, principal.end)}`, organization: office.organization ?? body, country: principal.country };
  if (!country && !office.country && !office.name && !body) country = closingCountry(T, office.next, countryEnd);
  return { rank: office.rank, position: office.position, organization: office.organization ?? body, country: country ?? office.country };
}

/** "the World Bank's Senior Vice President": where a body's name closed by its possessive is followed by an office, the office's first token; else 0. */
function possessedOffice(T: TokenStream, k: number, orgEndAt: Int32Array, titleEnd: Int32Array): number {
  const e = orgEndAt[k];
  return e > k && T.baseEnd[e - 1] !== T.end[e - 1] && titleEnd[e] > 0 ? e : 0;
}

/** Past an office's complement in capitals at token k ("for Africa", "for the South Caucasus"); k where there is none. */
function complementEnd(T: TokenStream, k: number): number {
  if (T.text[k] !== 'for' && T.text[k] !== 'of' && T.text[k] !== 'on') return k;
  let m = k + 1;
  while (m < T.n && m < k + 9 && (T.kind[m] & CAP || (/^(?:the|and|of)$/.test(T.text[m]) && T.kind[m + 1] & CAP))) m++;
  return m > k + 1 ? m : k;
}

/** "X, the Australian Defence Force chief,": a body right before its office, after "the" (its end, or 0). */
function bodysOffice(T: TokenStream, k: number, orgEndAt: Int32Array, titleEnd: Int32Array): number {
  const e = orgEndAt[k];
  // (Or a body's short form: "Josep X, EU High Representative".)
  // (Or an office in lower case after the body: "William X, U.S. Army South commanding general,".)
  // (Or one capitalized word of office closing the apposition: "Le Duc X, Provincial People's Committee Chairman met";
  // or an office of more words closed by a comma: "John X, World Bank Vice President, said".)
  const closed = (titleEnd[e] === e + 1 && (T.text[e + 1] === ',' || (e + 1 < T.n && T.kind[e + 1] & WORD && !(T.kind[e + 1] & CAP)))) ||
    (titleEnd[e] > e + 1 && (T.text[titleEnd[e]] === ',' || T.text[complementEnd(T, titleEnd[e])] === ','));
  return (T.text[k - 1] === 'the' || (e === k + 1 && /^[A-Z]{2,6}$/.test(T.text[k])) || (e < T.n && !(T.kind[e] & CAP)) || closed) && e > k && titleEnd[e] > 0 ? e : 0;
}

/** "US and Japanese" before token `cue`: the nationalities in the order written. */
function nationsBefore(T: TokenStream, cue: number, countryEnd: Int32Array): string[] {
  const found: string[] = [];
  let k = cue - 1;
  while (k >= 0) {
    const start = countryStartBefore(countryEnd, k + 1);
    if (start < 0) break;
    found.unshift(joinTokens(T, start, k + 1));
    k = start - 1;
    if (k >= 0 && (T.text[k] === 'and' || T.text[k] === ',')) k--;
    else break;
  }
  return found;
}

/** What a byline's verb says its person did ("Translated by", "Photo by", "Reporting by"). */
function bylineCapacity(verb: string | undefined): Capacity {
  const v = (verb ?? '').toLowerCase();
  if (v.startsWith('translat')) return 'translator';
  if (v.startsWith('photo') || v.startsWith('video')) return 'photographer';
  if (v.startsWith('edit')) return 'editor';
  return 'reporter';
}

/** Reused by every call: paragraphs are recognized one at a time. */
const stream = new TokenStream();
const countryPool: (CountryInfo | undefined)[] = [];

export function emptyResult(): LocalResult {
  return { entities: [], names: [], triggers: [], sentences: [], capWords: { start: [], end: [], text: [] }, dates: [], places: [], descriptors: [], definitions: [] };
}

/** What a city's name after it names: an exercise or an operation, no place. */
const EXERCISE_WORD = /^(?:Exercise|exercise|Operation)$/;

/**
 * Recognizes the paragraph text[from, to), appending to `out` with offsets less `shift`: a whole document
 * analyzed once is recognized in place (shift 0), a paragraph to be cached with offsets of its own.
 */
export function recognizeParagraph(
  text: string, from = 0, to = text.length, out: LocalResult = emptyResult(), shift = from, paragraph = 0,
): LocalResult {
  const lex = lexicon();
  const T = scan(text, from, to, lex.vocabulary, stream, shift);
  const n = T.n;
  const { text: tx, start: st, end: en, baseEnd: be, kind: kd, textFlags: tf, baseFlags: bf } = T;
  const slice = (a: number, b: number) => text.slice(a + shift, b + shift);
  const pushDate = (d: { start: number; end: number; iso: string | null }) => {
    const start = st[d.start];
    const end = en[d.end - 1];
    out.entities.push({ type: 'date', start, end });
    out.dates.push({ start, end, text: slice(start, end), iso: d.iso });
  };
  const capWords = out.capWords;
  const firstEntity = out.entities.length;
  const firstName = out.names.length;
  const textKey = (j: number) => (j < n ? tx[j] : undefined);
  const baseKey = (j: number) => (j < n ? T.base[j] : undefined);
  const lowerKey = (j: number) => (j < n ? tx[j].toLowerCase() : undefined);

  // Per-token roles from the lexicons; indices are token positions. Scratch arrays are reused across calls.
  // The vocabulary flags say which lexicon a word may start a phrase of, so most words cost no lookup.
  const { rankEnd, titleEnd, countryEnd, orgEndAt, isHead, nameTaken, headAhead, orgReach } = scratch(n);
  /** Whether an office starts inside tokens (a, b). */
  const titleInside = (a: number, b: number) => {
    for (let k = a + 1; k < b; k++) if (titleEnd[k]) return true;
    return false;
  };
  // The office each introduction parsed, by its first token: an apposition after a name takes it.
  const officeAt: (Introduction | undefined)[] = [];
  // ("Ambassador Karim X, Director-General for Political Affairs of the OIC": a diplomat's style before the name, his
  // office in the apposition after it, or right after it, read once the offices after are.)
  const styledEnvoys: { mention: NameMention; after: number; styled?: boolean; ranked?: boolean; seat?: boolean }[] = [];
  setCountryStarts(countryEnd);
  // Read only where countryEnd is set, so stale entries from an earlier paragraph do no harm.
  const countryAt = countryPool;
  let heads = 0;
  for (let i = 0; i < n; i++) {
    if (!(kd[i] & CAP)) {
      if (tf[i] & W.LOWER_TITLE) {
        const t = lowerTitleOn(lex, T, i, lex.lowerTitles.longest(i, lowerKey));
        // ("the two foreign ministers discussed": a lower-case office in the plural counts only before its holders' names.)
        const plural = t !== null && lex.pluralHeads.has(T.text[t.end - 1]);
        // ("Peruvian and Chilean envoys A and B": two nationalities before it pair with the names, one each.)
        if (plural && i >= 3 && tx[i - 2] === 'and' && countryEnd[i - 1] === i && countryEnd[i - 3] === i - 2) {
          i = t!.end - 1;
          continue;
        }
        // ("Tanzanian finance minister X", "the home affairs minister, Y,": its domain in lower case too.)
        const from = t && LOWER_PORTFOLIO_HEADS.has(tx[i]) ? lowerPortfolioStart(lex, T, i) : i;
        if (t && !(plural && !(t.end < n && isName(T, t.end))) && lowerTitleCounts(lex, T, from, t.end, countryEnd, titleEnd)) {
          titleEnd[i] = t.end;
          // "Army chief Gen MM Naravane", "Air Force chief": the service is part of the office as written.
          const service = serviceBefore(T, i);
          if (service >= 0 && !titleEnd[service]) titleEnd[service] = t.end;
          else if (from < i && !titleEnd[from]) titleEnd[from] = t.end;
        }
      }
      continue;
    }
    // "Prime minister Kaja Kallas", "Defence minister X": a lower-case office opening a sentence.
    // (Not a body's name or a country: "Army chief Gen. X" is the Army's chief.)
    if (i + 1 < n && !(kd[i + 1] & CAP) && tf[i + 1] & W.LOWER_TITLE && !(bf[i] & (W.ORG_HEAD | W.COUNTRY)) &&
        // ("New Delhi, Aug 5 (IANS) Prime minister X": or right after an agency's dateline.)
        (i === 0 || tx[i - 1] === '.' || tx[i - 1] === ':' || tx[i - 1] === '“' || tx[i - 1] === '"' || tx[i - 1] === '—' || tx[i - 1] === '–' ||
          (tx[i - 1] === ')' && i >= 3 && tx[i - 3] === '(' && /^\p{Lu}{2,}$/u.test(tx[i - 2])))) {
      const first = tx[i].toLowerCase();
      // ("Health minister X": a domain opening the office.)
      let head = i;
      if (lex.lowerPortfolios.has(first)) {
        head = i + 1;
        while (head < n && head < i + 3 && lex.lowerPortfolios.has(tx[head])) head++;
        if (!LOWER_PORTFOLIO_HEADS.has(tx[head])) head = i;
      }
      const t = lex.lowerTitles.longest(head, (j) => (j === i ? first : textKey(j)));
      if (t && t.end > i + 1 && lowerTitleCounts(lex, T, i, t.end, countryEnd)) {
        titleEnd[i] = t.end;
        continue;
      }
    }
    const b = bf[i];
    const t = tf[i];
    if (b & W.ORG_HEAD) { isHead[i] = 1; heads++; }
    // ("the Egyptian House of Representatives", "the House of Lords": a chamber of a legislature heads its name.)
    else if (tx[i] === 'House' && tx[i + 1] === 'of' && i + 2 < n && CHAMBER_OF.test(tx[i + 2] === 'the' ? tx[i + 3] ?? '' : tx[i + 2])) { isHead[i] = 1; heads++; }
    // ("the Chief of Staff at the Presidency of the Republic, X": the head of state's office; not "the Czech
    // Presidency of the V4", a term in the chair.)
    else if (tx[i] === 'Presidency' && tx[i + 1] === 'of' && tx[i + 2] === 'the' && tx[i + 3] === 'Republic') { isHead[i] = 1; heads++; }
    // ("Latin America", "South America": a continent's part, not the United States.)
    // (Nor "the Latin American country": its adjective.)
    if (b & W.COUNTRY && !(/^Americans?$|^America$/.test(tx[i]) && i > 0 && /^(?:Latin|South|North|Central)$/.test(tx[i - 1]))) {
      const c = lex.countries.longest(i, baseKey);
      if (c && c.end === i + 1 && givenNameCountry(lex, T, i)) givenCountries.add(i);
      // ("the Niger State Governor": a province named for a country, by its kind of place, is no country.)
      else if (c && !(tx[c.end] === 'State' && regionOf(`${joinTokens(T, i, c.end)} State`))) { countryAt[i] = c.value; countryEnd[i] = c.end; }
    }
    // Offices are looked up by base, so that "the Secretary-General’s meeting" names the office too.
    if (!((t | b) & (W.TITLE | W.MODIFIER | W.RANK))) continue;
    const title = (t | b) & (W.TITLE | W.MODIFIER) ? titleMatch(lex, T, i, baseKey) : 0;
    // ("Chief of Police General Staff Brigadier General X": "Staff" after "General" closes the office, no rank's.)
    const rank = t & W.RANK && !(tx[i] === 'Staff' && tx[i - 1] === 'General') ? lex.ranks.longest(i, textKey) : null;
    // ("H E Sultan bin Saad Al X", "Sultan Al Khater": a ruler's title right before a name's particle is a given name.)
    const givenName = title === i + 1 && givenNameTitle(T, i);
    // ("Nicaraguan FM", "FM X", "PM X": a short form of an office that is also a radio band or a time counts only
    // beside its holder's nationality or name, not in "Capital FM".)
    // ("3 PM Minister X left": nor a time of day.)
    // ("PM receives out-going Thai Ambassador": at a headline's start, before its verb, it is the office.)
    const band = title === i + 1 && SHORT_OFFICES.has(tx[i]) && ((!(i > 0 && (countryEnd[i - 1] === i || /^(?:vice|deputy|and|&)$/i.test(lastWordOf(T, i - 1)))) && !isName(T, i + 1) &&
      !(i === 0 && /^\p{Ll}{3,}s$/u.test(tx[i + 1] ?? ''))) ||
      (i > 0 && /^\d{1,2}(?:[:.]\d{2})?$/.test(tx[i - 1])));
    // ("... affairs Barbara Pope, Senator X": a one-word office right after a given name is its surname.)
    const surname = title === i + 1 && tx[i] === 'Pope' && i > 0 && isName(T, i - 1) && !(tf[i - 1] & (W.TITLE | W.HONORIFIC | W.RANK)) && !countryEnd[i - 1] &&
      !/^(?:Holiness|Excellency|Highness|Majesty|Eminence|Beatitude)$/.test(tx[i - 1]);
    // ("Minister of Foreign Affairs, Senator the Hon. Kamina X": an office opening a longer style of address, set off
    // after another office, is the style.)
    const style = title > 0 && tx[i - 1] === ',' && (tf[i] & W.HONORIFIC) !== 0 && (lex.honorifics.longest(i, textKey)?.end ?? 0) > title;
    // ("under the command of Commander X", "commanded by Captain Y": the one commanding a ship is named by his rank.)
    const commanding = rank !== null && commandingAt(T, i);
    // ("a delegation of MPs have met", "other Members States", "Members of His Majesty's Government": a bare plural of a
    // member's office counts only before its holders' names or the body they sit in.)
    const barePlural = title === i + 1 && BARE_MEMBER_PLURALS.test(tx[i]) && !(isName(T, i + 1) || (tf[i + 1] & W.HONORIFIC) !== 0 ||
      (tx[i + 1] === 'of' && LEGISLATURE_AFTER.test(T.written(tx[i + 2] === 'the' ? i + 3 : i + 2))));
    // ("European Union Special Representative X", "African Union Special Envoy": a body's head word that is also an
    // office's modifier, "Union Minister", closes the body's name after a word in capitals that no country is.)
    const bodyWord = title > 0 && !(t & W.TITLE) && b & W.ORG_HEAD && i > 0 && kd[i - 1] & CAP && !(tf[i - 1] & W.FUNCTION) && !titleEnd[i - 1] && !rankEnd[i - 1] &&
      !((tf[i - 1] | T.baseFlags[i - 1]) & W.MODIFIER) && (countryEnd[i - 1] > i || !countryEnd[i - 1]);
    if (title && !givenName && !band && !surname && !style && !commanding && !barePlural && !bodyWord && (!rank || title >= rank.end)) titleEnd[i] = lowerDomainEnd(lex, T, title);
    else if (rank && validRank(lex, T, i, rank.end, rank.value, countryEnd, textKey)) rankEnd[i] = rank.end;
    // "Finance Minister", "Foreign Affairs Minister": the portfolio's words before a minister are the office's.
    if (titleEnd[i] && PORTFOLIO_HEADS.has(tx[i])) {
      let k = i;
      // ("South African Minister of Home Affairs X": nor a word of a country's name.)
      const domain = (x: number) => x >= 0 && kd[x] & CAP && tf[x] & W.PORTFOLIO && !titleEnd[x] && !countryEnd[x] && !(x > 0 && countryEnd[x - 1] > x) && !(x > 1 && countryEnd[x - 2] > x);
      while (k > 0 && i - k < 3 && domain(k - 1)) k--;
      // ("Agriculture, Food, Fisheries and Livestock Minister X": domains listed with commas, the last joined by "and".)
      if (k < i && (tx[k - 1] === 'and' || tx[k - 1] === ',' || tx[k - 1] === '&') && domain(k - 2)) {
        let m = k - 2;
        while (m > 0 && (tx[m - 1] === ',' || tx[m - 1] === 'and' || tx[m - 1] === '&') && domain(m - 2) && k - m < 10) m -= 2;
        // ("International Relations and Co-operation Minister": a domain of two words.)
        if (domain(m - 1)) m--;
        k = m;
      }
      // ("Greek Alternate Foreign Affairs Minister X", "Deputy Interior Minister": a grade before the portfolio.)
      // (Not a body's last word: "European Union Trade Commissioner".)
      if (k < i && k > 0 && GRADES.has(tx[k - 1]) && (!titleEnd[k - 1] || titleEnd[k - 1] === k) && !(bf[k - 1] & W.ORG_HEAD && k > 1 && kd[k - 2] & CAP)) k--;
      if (k < i) titleEnd[k] = titleEnd[i];
    }
    // "Defense and Interior Minister": two portfolios sharing one office.
    // (Not "Minister of Defense and Acting Minister of Interior": a second office of its own.)
    if (titleEnd[i] && i >= 2 && tx[i - 1] === 'and' && kd[i - 2] & CAP && !titleEnd[i - 2] && (tf[i - 2] & W.PORTFOLIO || SHARED_PORTFOLIOS.has(tx[i - 2])) &&
        (tf[i] & W.PORTFOLIO || SHARED_PORTFOLIOS.has(tx[i]))) titleEnd[i - 2] = titleEnd[i];
  }

  // Organizations: maximal capitalized chains holding a head word. A chain runs over capitalized words and
  // connectors only, so a start with no head ahead in its run cannot begin one.
  if (heads > 0) {
    for (let j = n - 1; j >= 0; j--) {
      const walkable = (kd[j] & CAP_WORD) === CAP_WORD || (tf[j] & W.CONNECTOR) !== 0 || tx[j] === '&';
      headAhead[j] = walkable && (isHead[j] || headAhead[j + 1]) ? 1 : 0;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!(kd[i] & CAP) || rankEnd[i] || orgEndAt[i]) continue;
    // ("the United Nations Educational, Scientific and Cultural Organisation": a body the lexicon knows by its whole
    // name, commas and all, which a chain of capitalized words cannot cross; or one closed by no head word, "United
    // Nations Environment Programme". Not a body named for its office, "UN High Commissioner for Refugees".)
    const whole = lex.bodyNames.longest(i, textKey);
    if (whole && !headAhead[whole.end] && (tx.slice(i, whole.end).includes(',') || (!isHead[whole.end - 1] && !titleInside(i, whole.end)))) {
      orgEndAt[i] = whole.end;
      out.entities.push({ type: 'organization', start: st[i], end: be[whole.end - 1] });
      i = whole.end - 1;
      continue;
    }
    const acr = bf[i] & W.ACRONYM ? lex.acronyms.longest(i, baseKey) : null;
    // "PLA Army", "DND Public Affairs Service": a short form may open a longer name.
    // (Not from a style of address: "H.E ACP Secretariat Secretary General Mr X".)
    const chain = headAhead[i] && !(tf[i] & W.HONORIFIC && !isHead[i]) ? orgChain(lex, T, i, rankEnd, titleEnd, isHead, countryEnd) : null;
    if (acr && !(chain && chain.start === i && chain.end > acr.end && be[acr.end - 1] === en[acr.end - 1])) {
      orgEndAt[i] = acr.end;
      out.entities.push({ type: 'organization', start: st[i], end: be[acr.end - 1] });
      i = acr.end - 1;
      continue;
    }
    if (!headAhead[i]) continue;
    if (chain) {
      orgEndAt[chain.start] = chain.end;
      out.entities.push({ type: 'organization', start: st[chain.start], end: be[chain.end - 1] });
      i = chain.end - 1;
    } else if (titleEnd[i] > i + 1) {
      // No body after this office: none starts inside it either ("Chief of Staff of the AFP").
      i = titleEnd[i] - 1;
    }
  }

  // ("the head of the OSCE/ODIHR Election Observation Mission X": a body and its office joined by a slash read as one
  // where an office takes it; each keeps its own span.)
  for (let i = 0; i < n; i++) {
    const e = orgEndAt[i];
    if (e > i && tx[e] === '/' && orgEndAt[e + 1] > e + 1) orgEndAt[i] = orgEndAt[e + 1];
  }

  // Positions, ranks and the names they introduce.
  for (let i = 0; i < n; i++) {
    if (!(kd[i] & CAP) && !titleEnd[i]) continue;
    // "Colonels A (Inspector General), B (Chairman, ...) and C": a rank in the plural before its holders' names, each
    // perhaps with his office in parentheses.
    if (!titleEnd[i] && !rankEnd[i] && (tx[i].endsWith('s') || (i + 1 < n && tx[i + 1].endsWith('s')))) {
      const two = i + 1 < n ? lex.pluralRanks.get(`${tx[i]} ${tx[i + 1]}`) : undefined;
      const rank = two ?? lex.pluralRanks.get(tx[i]);
      const holders = rank ? rankedList(T, two ? i + 2 : i + 1, countryEnd, titleEnd) : [];
      // (Not where "respectively" pairs them with offices after: that reading gives each his office.)
      const paired = holders.length >= 2 && /^[^.;]*\brespectively\b/.test(slice(st[holders[holders.length - 1].end - 1], st[Math.min(n - 1, holders[holders.length - 1].end + 40)]));
      if (rank && holders.length >= 2 && !paired) {
        for (const h of holders) {
          for (let k = h.start; k < h.end; k++) nameTaken[k] = 1;
          out.names.push(nameMention(T, h.start, h.end, { ...NO_OFFICE, rank, position: h.position }, true));
        }
        i = holders[holders.length - 1].end - 1;
        continue;
      }
    }
    // "Reporter: ...", "Editor: ...": a speaker's or a page's label, not an office held.
    if (titleEnd[i] && tx[titleEnd[i]] === ':') {
      i = titleEnd[i];
      continue;
    }
    // ("H.E. the Ambassador of Ukraine to Cyprus Mr. X", "His Excellency the Ambassador of Ukraine Y": a style before
    // "the" and an office is read with the office.)
    if (!titleEnd[i] && !rankEnd[i] && tf[i] & W.HONORIFIC) {
      const h = lex.honorifics.longest(i, textKey);
      if (h && tx[h.end] === 'the' && titleEnd[h.end + 1]) {
        i = h.end;
        continue;
      }
    }
    if (titleEnd[i] || rankEnd[i] || (tf[i] & W.HONORIFIC && lex.honorifics.longest(i, textKey))) {
      let intro = introduction(lex, T, i, titleEnd, rankEnd, orgEndAt, countryEnd, textKey, out.entities);
      // ("Congratulating X on his appointment as Japanese Defense Attaché to Vietnam, General Y expressed": the post
      // after "appointment as" is the one named before; the name after the comma opens the main clause.)
      let comma = -1;
      if (intro.name) for (let k = i + 1; k < intro.name.start && comma < 0; k++) if (tx[k] === ',') comma = k;
      if (comma > 0 && appointedAsBefore(T, i, countryEnd)) {
        intro = { ...intro, entities: intro.entities.filter((e) => e.end <= st[comma]), name: null, rank: null, next: comma };
      }
      // ("Director-General of ISSI, Ambassador Sohail X chaired the meeting": a former envoy's style after his office set
      // off by a comma; the office is the one before it.)
      if (intro.name && intro.position === 'Ambassador' && intro.name.start === titleEnd[i] && i > 1 && tx[i - 1] === ',') {
        const from = officeRunBefore(lex, T, i - 1, titleEnd, lowerKey);
        if (from >= 0 && from < i - 1 && !nameTaken.subarray(from, i - 1).some((x) => x === 1)) intro = { ...intro, position: joinTokens(T, from, i - 1).replace(GLOSS_CLOSING, '') };
      }
      officeAt[i] = intro;
      for (const e of intro.entities) out.entities.push(e);
      // ("at Sir Seretse Khama International Airport": a name a place is called by is no one here.)
      // ("a drive in the Emir's Bentley": what an office's possessive owns is no holder of it; "at the PM House": a
      // building named after the office.)
      const oneWord = !!intro.name && intro.name.end - intro.name.start === 1;
      // ("at the King Salman Air Base", "the King Fahd Palace": a ruler's name on a building, after an article or a
      // preposition, is no one here either.)
      const placed = i > 0 && /^(?:the|at|in|from|to|of|near|inside)$/.test(tx[i - 1]) && !intro.rank;
      // ("the 13th Sir Bani Yas forum": nor one an event is called by.)
      const event = !!intro.name && !intro.position && !intro.rank && intro.name!.end < n && !(kd[intro.name!.end] & CAP) && lex.meetingPhrases.eventWords.has(T.written(intro.name!.end).trim());
      if (intro.name && (event || ((placed || (!intro.position && !intro.rank)) && (namesVenue(lex, T, intro.name.end) || (placed && lex.meetingPhrases.venueWords.has(tx[intro.name.end - 1])))) ||
          (oneWord && (/['’]s$/.test(T.written(intro.name.start - 1)) || lex.meetingPhrases.venueWords.has(tx[intro.name.start]) ||
            // ("Secretary-General of the UAE NOC": a short form in capitals right after a country is a body's.)
            (/^\p{Lu}{2,6}$/u.test(tx[intro.name.start]) && countryStartBefore(countryEnd, intro.name.start) >= 0) ||
            // ("Director of the Arab World at ...", "Director of the National Weather service": the word after an
            // adjective closing the office ends a body's name.)
            (intro.position !== null && OF_THE_ADJECTIVE.test(intro.position) && intro.name.start >= 3 && tx[intro.name.start - 2] === 'the' && tx[intro.name.start - 3] === 'of') ||
            // ("Chairman of Sudan's transitional Sovereign Council, X": a word opening a body's name is no one's.)
            (intro.name.end < n && kd[intro.name.end] & CAP && isHead[intro.name.end] === 1))))) {
        const officeStart = i;
        if (event) for (let k = intro.name.start; k < intro.name.end; k++) nameTaken[k] = 1;
        i = Math.max(i, intro.next - 1);
        // (Its holder set off by a comma after the body's name: "..., Abdel Fattah Al-Burhan received".)
        const body = oneWord && intro.position ? bodyThenHolder(T, intro.name.start, isHead, countryEnd) : null;
        if (body) {
          for (let k = body.start; k < body.end; k++) nameTaken[k] = 1;
          out.names.push(nameMention(T, body.start, body.end, { ...intro, position: joinTokens(T, officeStart, body.comma) }, true));
          i = body.end - 1;
        }
        continue;
      }
      if (intro.name) {
        const { start, end } = intro.name;
        for (let k = start; k < end; k++) nameTaken[k] = 1;
        // ("Co-Chairs Ivan X (Russia), ...": a country in brackets after the name is the holder's.)
        const bracketed = bracketedCountry(T, end, countryEnd);
        // ("the special envoy of the Russian President, Vladimir X,": the name after the comma is the leader's.)
        // ("a special envoy of President Salva X of South Sudan": with no comma, and the title right before the name, too.)
        const envoyOf = intro.position ? ENVOY_OF_LEADER.exec(intro.position) : null;
        const leader = envoyOf && (tx[start - 1] === ',' || (tx[start - 1] !== 'the' && !/\bof\s+the\b/.test(envoyOf[0]))) ? envoyOf : null;
        if (leader) {
          out.names.push(nameMention(T, start, end, { ...intro, organization: null, country: leader[1] ?? intro.country, position: leader[2] }, true));
          // ("X, a special envoy of President Y of South Sudan,": the one set off before the envoy's office holds it.)
          const envoy = tx[start - 1] !== ',' ? out.names.slice(0, -1).reverse().find((m) => m.end <= st[i]) : undefined;
          if (envoy && !envoy.position && /^,\s*(?:(?:a|an|the)\s+)?$/.test(slice(envoy.end, st[i]))) {
            envoy.position = slice(st[i], en[end - 1]);
            envoy.country ??= leader[1] ?? intro.country;
          }
        } else {
          // ("the wife of the Nigerian President, X": the spouse of the office's holder; not "wife of Chinese President
          // Xi X", where the name without a comma is the holder's own.)
          const spouse = intro.position && commaBetween(T, i, start) ? spouseBefore(T, i, countryEnd) : null;
          const position = formerAcross(T, i, countryEnd, ownOffice(intro.position, tx[i - 1], out.names));
          out.names.push(nameMention(T, start, end, { ...intro, country: bracketed ?? intro.country, rank: spouse ? null : intro.rank, position: spouse && position ? spouseOffice(spouse, position) : position }, true));
        }
        if (intro.position === 'Ambassador' && tx[end] === ',') styledEnvoys.push({ mention: out.names[out.names.length - 1], after: end + 1 });
        // ("MP Robert X, the UK Minister for Aviation,": a seat in parliament gives way to the office in the apposition.)
        else if (intro.position !== null && MEMBERSHIPS.has(intro.position) && tx[end] === ',') styledEnvoys.push({ mention: out.names[out.names.length - 1], after: end + 1, seat: true });
        // ("Commander Oka X, First Secretary and Coast Guard Attache of the Embassy of Japan,": a title that is also a
        // rank, before the office in the apposition, is his rank.)
        else if (intro.position === 'Commander' && !intro.rank && tx[end] === ',') styledEnvoys.push({ mention: out.names[out.names.length - 1], after: end + 1, ranked: true });
        // ("H.E Adrian X High Commissioner of Australia to Tonga paid ...": a style, the name, then the office, no comma.)
        else if (!intro.position && !intro.rank && tf[i] & W.HONORIFIC && titleEnd[end] > 0 && (tx[titleEnd[end]] === 'of' || tx[titleEnd[end]] === 'to')) styledEnvoys.push({ mention: out.names[out.names.length - 1], after: end, styled: true });
        // ("Foreign Ministers A, B, C and D": each holds the office, of no country the plural names; "Mr. B of El
        // Salvador": of the country named after him.)
        for (const nm of intro.more ?? []) {
          for (let k = nm.start; k < nm.end; k++) nameTaken[k] = 1;
          out.names.push(nameMention(T, nm.start, nm.end, { ...NO_OFFICE, position: intro.position, country: nm.country ?? null }, true));
        }
        if (intro.also) {
          for (let k = intro.also.start; k < intro.also.end; k++) nameTaken[k] = 1;
          out.names.push(nameMention(T, intro.also.start, intro.also.end, { ...intro, country: intro.also.country, position: formerAcross(T, i, countryEnd, intro.position) }, true));
        }
      }
      i = Math.max(i, intro.next - 1);
    }
  }

  for (const { mention, after, styled, ranked, seat } of styledEnvoys) {
    const office = officeAfter(T, after, countryEnd, officeAt, orgEndAt, titleEnd);
    // (After "Ambassador X,", a bare "Ambassador" says nothing new; after a style, "H.E X Ambassador of Slovenia", it is his office.)
    if (!office.position || (office.position === 'Ambassador' && !styled)) continue;
    // (A seat yields to an office only: "Senator X, a member of the Foreign Relations Committee" stays a senator.)
    // (Or to one who heads a body or a mission, in lower case too: "MEP X, chief observer of the EU Election Observation
    // Mission".)
    if (seat && ((!/^\p{Lu}/u.test(office.position) && !HEADS_IN_LOWER.test(office.position)) || /^Member\b/.test(office.position))) continue;
    if (ranked) mention.rank = mention.position;
    mention.position = office.position;
    mention.organization ??= office.organization;
    mention.country = office.country ?? mention.country;
    mention.rank ??= office.rank;
  }

  // ("The Mission Commander of PN Flotilla was Commodore Muhammad X": the office the sentence says the one named holds.)
  const offices = out.entities.slice(firstEntity).filter((e) => e.type === 'position');
  for (let x = firstName; x < out.names.length; x++) {
    const m = out.names[x];
    if (m.position || m.capacity) continue;
    const office = offices.filter((e) => e.end <= m.start && m.start - e.end <= 80).pop();
    if (!office || !/(?:^|[.\n]\s*)The\s+$/.test(slice(Math.max(0, office.start - 8), office.start))) continue;
    const held = OFFICE_WAS.exec(slice(office.end, m.start));
    if (held && (held[2].trim() === '' || held[2].trim() === m.rank)) m.position = slice(office.start, office.end) + held[1];
  }

  // "ambassadors of Ukraine, the UK and Belgium; A, B and C respectively": each name holds the office for its country.
  // "his peers from Argentina and Brazil, A and B": each of the country named in turn.
  for (let i = 0; i < n; i++) {
    // ("the French and German ambassadors to Russia, A and B": or an office in the plural after nationalities.)
    if (!PAIRING_WORDS.has(tx[i]) && !(i > 0 && pluralHeadAt(lex, T, i) && pluralOfficeStart(T, i, countryEnd) >= 0)) continue;
    for (const h of pairedHolders(lex, T, i, countryEnd, titleEnd)) {
      if (nameTaken[h.start]) {
        // (The first name of "the Secretaries of Foreign Affairs, A; Security, B" was taken with the plural office.)
        const first = out.names.find((m) => m.start === T.start[h.start]);
        if (first && h.position && first.position?.split(' ').some((w) => lex.pluralHeads.has(w))) first.position = h.position;
        // ("the Ambassadors of Brazil, Ms A, and of Egypt, Mr B": a later pair's name read before with the first
        // country holds its own.)
        else if (first && h.country && !first.position) {
          first.position = h.position || null;
          first.country = h.country;
        }
        continue;
      }
      for (let k = h.start; k < h.end; k++) nameTaken[k] = 1;
      out.names.push(nameMention(T, h.start, h.end, { ...NO_OFFICE, position: h.position || null, country: h.country }, true));
    }
  }

  for (let k = 0; k < n; k++) orgReach[k] = Math.max(k > 0 ? orgReach[k - 1] : 0, orgEndAt[k]);
  // Bylines ("Translated by Tran Hoai") and appositions ("Lloyd Austin, the U.S. Secretary of Defense").
  // "his US and Japanese counterparts Jake Sullivan and Akiba Takeo": the second name is cued too, with the
  // second nationality.
  const cuedAt = new Map<number, string | null>();
  // "Mevlüt Çavuşoğlu met ...", "... spoke with Antony Blinken": where a meeting verb ends, by token.
  // (Read once per paragraph, and only where a name has no other cue.)
  let verbs: Uint8Array | null = null;
  const verbMarks = () => (verbs ??= meetingVerbs(lex, T, lowerKey));
  for (let i = 0; i < n; i++) {
    // ("his Indian counterpart S Jaishankar", "Dr S Jaishankar": initials open a name after a cue or a style.)
    // ("the Chairman of ISRO, S Somanath,": or after an office and its comma; a single capital, "met S Jaishankar", is
    // an initial wherever a name follows it, and what follows must still make it a name.)
    if (nameTaken[i] || !(isName(T, i) || (i > 0 && initialsBeforeName(T, i) && (isCueWord(lex, T, i - 1) || (tf[i - 1] & W.HONORIFIC) !== 0 || LONE_INITIAL.test(tx[i]) ||
      (tx[i - 1] === ',' && officeBeforeComma(lex, T, i - 1, titleEnd, lowerKey)))))) continue;
    const end = nameEnd(lex, T, i);
    // Four words at most, besides particles ("Mohammed bin Ahmed Al Bowardi").
    let particles = 0;
    // ("Saif bin Hilal bin Ali Al Amri": a capitalized "Al" joins too.)
    for (let k = i + 1; k < end; k++) if (lex.nameParticles.has(tx[k]) || (tx[k] === 'Al' && k + 1 < end)) particles++;
    // ("Khalid Ibrahim Abdul Aziz Shuhail Al Qahtani": a Gulf name, a chain of forebears closed by a family's "Al", runs
    // to five words; "Abdul Aziz" is one; "Al-Qahtani" written joined too.)
    const familyAl = tx[end - 2] === 'Al' ? end - 2 : /^[Aa]l-\p{Lu}/u.test(tx[end - 1] ?? '') ? end - 1 : -1;
    if (end - i - particles >= 5 && familyAl > i) {
      for (let k = i; k < familyAl; k++) if (ABD_COMPOUND.test(tx[k])) particles++;
      if (end - i - particles === 5) particles++;
    }
    // ("Z.Enkhbold, Chief of Staff": an initial written against the name makes a whole name of one word.)
    if ((end - i < 2 && !(end === i + 1 && GLUED_NAME.test(T.written(i)))) || end - i - particles > 4) { i = end - 1; continue; }
    if (namesVenue(lex, T, end)) { i = end - 1; continue; }
    // ("This morning at Urugwiro Village, President X received": a venue's name after "at" or "in" is no one's.)
    if (i > 0 && (tx[i - 1] === 'at' || tx[i - 1] === 'in') && lex.meetingPhrases.venueWords.has(tx[end - 1])) { i = end - 1; continue; }
    // ("called on Rashtriya Swayamsevak Sangh (RSS) general secretary X": words whose initials the short form after
    // them spells name a body.)
    if (tx[end] === '(' && tx[end + 2] === ')' && tx[end + 1] === tx.slice(i, end).map((w) => w[0]).join('') && end - i >= 2) { i = end - 1; continue; }
    // ("Joint Task Force-Bravo, Col. X": a unit's name, its body word joined to its letter, is no one's name; nor a
    // body's short form and the country it works in: "of EUTM Somalia, Brigadier General X".)
    if (UNIT_WORD.test(tx[end - 1]) || NAMED_SCHEME.test(tx[end] ?? '') || (orgEndAt[i] > i && /^\p{Lu}{2,}$/u.test(tx[i]) && countryEnd[i + 1] === end)) { i = end - 1; continue; }
    // ("the commanding officer of INS Kolkata", "USS Blue Ridge": a ship's name.)
    if (lex.vesselPrefixes.has(tx[i]) || (i > 0 && lex.vesselPrefixes.has(tx[i - 1]))) { i = end - 1; continue; }
    // ("courtesy visit to Terendak Camp", "China's Shaanxi Province", "at Palazzo Esercito": a place's name.)
    if (lex.meetingPhrases.placeEnds.has(tx[end - 1]) || lex.meetingPhrases.placeOpeners.has(tx[i])) { i = end - 1; continue; }
    // ("the situation in the Republika Srpska of Bosnia and Herzegovina": a province the regions' lexicon knows.)
    if (regionOf(tx.slice(i, end).join(' ')) !== undefined) { i = end - 1; continue; }
    // ("of the Kyrgyz Republic Azizbek X, Deputy Minister ...": a name already read from its office is not read again
    // with the word before it.)
    if (nameTaken[end - 1]) continue;
    // ("the Organization for the Prohibition of Chemical Weapons, the spokesman said": words closing a body's name
    // are no one's name.)
    if (i > 0 && orgReach[i - 1] >= end) { i = end - 1; continue; }
    // ("Deputy Chair of the Milli Majlis, chairman of ...": a body the lexicon knows, after its article, is no one.)
    if (i > 1 && tx[i - 1] === 'the' && tx[i - 2] === 'of' && orgEndAt[i] === end && tx[end] === ',' && !(kd[end + 1] & CAP)) { i = end - 1; continue; }
    // ("Also in Buenos Aires, Minister X held meetings": a city the lexicon knows, whole, is no one's name; nor
    // "in Brussels Belgium, President X met": the city with its country after it, with no comma between.)
    const cityEnd = bf[i] & W.CAPITAL ? lex.capitals.longest(i, baseKey)?.end ?? 0 : 0;
    if (cityEnd && (cityEnd === end || countryEnd[cityEnd] === end)) { i = end - 1; continue; }
    // "Translated by Tran Hoai", "Reporting by ...", and "By Nabilah Saleh" opening a line.
    const byline = (i >= 2 && tx[i - 1] === 'by' && lex.bylineVerbs.has(tx[i - 2])) || (i === 1 && tx[0] === 'By');
    let apposition = false;
    // ("from the Rashtrapati Bhavan, the President of India accepted ...": a building's name is no holder's.)
    const venue = tx[i - 1] === 'the' && lex.meetingPhrases.venueWords.has(tx[end - 1]);
    // ("Julie X MP, Minister for Foreign Affairs of Australia": the letters after a name stand before its apposition.)
    const comma = pastNameLetters(T, end);
    // ("Bernhard X – Ambassador of Germany, Andreas Y – Ambassador of Italy": or a dash before an office.)
    if (!byline && (tx[comma] === ',' || (/^[–—]$/.test(tx[comma] ?? '') && titleEnd[comma + 1] > 0 && end - i >= 2 && titleCased(T, i, end))) && !venue) {
      let k = appositionOffice(T, comma + 1, titleEnd);
      const body = bodysOffice(T, k, orgEndAt, titleEnd);
      if (countryEnd[k]) k = pastCountry(T, k, countryEnd, titleEnd);
      apposition = titleEnd[k] > 0 || rankEnd[k] > 0 || possessedOffice(T, k, orgEndAt, titleEnd) > 0 || body > 0 || principalsOffice(T, k, countryEnd, orgEndAt, titleEnd) ||
        spouseOfOffice(T, comma + 1, countryEnd, titleEnd);
      // ("In a phone call with X, the Secretary General congratulated him": the office opens the main clause, its verb
      // right after it.)
      const office = officeAt[k];
      if (apposition && tx[i - 1] === 'with' && office && !office.name && office.next < n && PAST_VERB.test(T.written(office.next).trim())) apposition = false;
    }
    // ("congratulated Murat X on his new post as the deputy prime minister and foreign minister of Kazakhstan": the
    // office a full name was appointed or elected to.)
    const appointedAt = !byline && !apposition && end - i >= 2 && end - i <= 4 && !orgEndAt[i] && !(bf[i] & W.CAPITAL) && titleCased(T, i, end) ? Math.max(appointedAs(T, end), appointedOfAs(T, i, end), congratulatedAs(T, end)) : -1;
    if (appointedAt > 0) {
      const k = appositionOffice(T, appointedAt, titleEnd);
      const at = countryEnd[k] || k;
      // (In lower case too, which no name follows to make it count: "as the deputy prime minister".)
      // ("as the deputy prime minister and foreign minister of Kazakhstan": each office of the stack.)
      for (let t = at; t < n && !titleEnd[t] && tf[t] & W.LOWER_TITLE;) {
        titleEnd[t] = lowerTitleOn(lex, T, t, lex.lowerTitles.longest(t, lowerKey))?.end ?? 0;
        if (!titleEnd[t] || tx[titleEnd[t]] !== 'and') break;
        t = titleEnd[t] + 1;
      }
      apposition = titleEnd[at] > 0;
      if (apposition && !officeAt[at]) {
        officeAt[at] = introduction(lex, T, at, titleEnd, rankEnd, orgEndAt, countryEnd, textKey, out.entities);
        for (const e of officeAt[at]!.entities) out.entities.push(e);
      }
    }
    // "(Igor Popov of the Russian Federation, Stéphane Visconti of France, ...)": a full name and its country.
    let ofCountry: string | null = null;
    // ("Marina X from Trinidad and Tobago, and ...": so does "from", in a list; not "Heads of Diplomatic Missions from".)
    // (Nor "the Heads of Diplomatic Missions of Chile": what a plural head is "of" is no one.)
    const groupOf = i >= 2 && tx[i - 1] === 'of' && GROUP_HEADS.test(tx[i - 2]);
    if (!byline && !apposition && !groupOf && (tx[end] === 'of' || (tx[end] === 'from' && (i === 0 || LIST_OPENERS.has(tx[i - 1]) || rollOpens(T, i - 1))))) {
      const nation = countryAfterOf(T, end, countryEnd, true);
      // ("Maria X of Colombia prior to the meeting": a clause's next word closes it too.)
      const closer = nation && nation.end < n ? T.written(nation.end).split(' ')[0] : undefined;
      // ("Antony X of the United States participated": or a verb in the past.)
      if (nation && (closer === undefined || OF_COUNTRY_CLOSERS.has(closer) || /^\p{Ll}{3,}ed$/u.test(closer) || closer === 'spoke' || closer === 'took')) ofCountry = joinTokens(T, nation.country, countryEnd[nation.country]);
    }
    // ("Co-Chairs Ivan X (Russia), Jean Y (France) and Mark Z (USA)": a full name and its country in brackets.)
    if (!byline && !apposition && !ofCountry && end - i >= 2 && end - i <= 4 && !orgEndAt[i] && titleCased(T, i, end)) ofCountry = bracketedCountry(T, end, countryEnd);
    // ("The ambassadors are Omar X, Mauritania, Luc Y, Belgium, and ...": a roll of full names, each with its country.)
    if (!byline && !apposition && !ofCountry && tx[end] === ',' && countryEnd[end + 1] && i > 0 && (ROLL_BEFORE.has(tx[i - 1]) || ROLL_VERB.test(T.written(i - 1))) && end - i >= 2 && end - i <= 4 &&
        !orgEndAt[i] && !(bf[i] & W.CAPITAL) && titleCased(T, i, end) && /^(?:,|and|\.|;)$/.test(tx[countryEnd[end + 1]] ?? '.')) {
      // (Not a roll written country first: "the ambassadors of Turkey, Ufuk X, Cabo Verde, Julio Y"; the country
      // before closes the name before it in a roll written name first: "A, Mauritania, B, Belgium".)
      const prior = tx[i - 1] === ',' ? countryStartBefore(countryEnd, i - 1) : -1;
      if (prior < 0 || (tx[prior - 1] === ',' && nameTaken[prior - 2])) ofCountry = joinTokens(T, end + 1, countryEnd[end + 1]);
    }
    // ("The envoys include A – Hellenic Republic (Greece), B – Cuba, C – Angola": a roll of full names, each with its
    // country after a dash.)
    if (!byline && !apposition && !ofCountry && /^[–—-]$/.test(tx[end] ?? '') && countryEnd[end + 1] && i > 1 && end - i >= 2 && end - i <= 4 &&
        !orgEndAt[i] && !(bf[i] & W.CAPITAL) && titleCased(T, i, end) && /^(?:,|and|\.|;|\()$/.test(tx[countryEnd[end + 1]] ?? '.') &&
        (ROLL_VERB.test(T.written(i - 1)) || tx[i - 1] === ':' ||
          (tx[i - 1] === ',' && (tx[i - 2] === ')' || countryStartBefore(countryEnd, i - 1) >= 0)))) {
      ofCountry = joinTokens(T, end + 1, countryEnd[end + 1]);
    }
    // "X of the Ministry of Foreign Affairs of Peru met", "X, from the Indian Navy,": a full name and the body it serves.
    let servedBody: string | null = null;
    if (!byline && !apposition && !ofCountry && (tx[end] === 'of' || (tx[end] === ',' && tx[end + 1] === 'from'))) {
      const b = tx[end] === 'of' ? end + 1 : end + 2;
      const at = tx[b] === 'the' ? b + 1 : b;
      const e = orgEndAt[at];
      if (e > at && SERVICE_BODY.test(joinTokens(T, at, e)) && (e >= n || /^[,.;)]$/.test(tx[e]) || (kd[e] & WORD && !(kd[e] & CAP) && !(kd[e] & DIGIT)))) servedBody = joinTokens(T, at, e);
    }
    const honorific = i > 0 && (tf[i - 1] & W.HONORIFIC) !== 0 && lex.honorifics.longest(i - 1, textKey)?.end === i;
    // "his Chinese counterpart Dong Jun".
    // "his Indian counterpart, Rajnath Singh,".
    // "his American opposite number, Hillary X"; "his American and Chinese counterparts, respectively Mike X and Wang Y".
    let c = i - 1;
    let cueNation: string | null = null;
    if (T.written(c) === 'respectively') c--;
    if (tx[c] === ',') {
      c--;
      // ("an invitation from his counterpart in Chişinău, Anatolie X": where the counterpart serves, between.)
      let d = c;
      while (d > c - 3 && d > 1 && kd[d] & CAP) d--;
      if (d < c && tx[d] === 'in' && isCueWord(lex, T, d - 1)) c = d - 1;
      // ("received his immediate predecessor in office, Goodluck X".)
      else if (T.written(c).trim() === 'office' && tx[c - 1] === 'in' && isCueWord(lex, T, c - 2)) c -= 2;
      // ("his counterpart from the Republic of Argentina, Felipe X": the country the counterpart serves, between.)
      const s = countryStartBefore(countryEnd, c + 1);
      let b = s - 1;
      while (s > 0 && b > s - 5 && b > 0 && (tx[b] === 'the' || tx[b] === 'of' || kd[b] & CAP)) b--;
      if (s > 0 && b > 0 && /^(?:from|in)$/.test(tx[b]) && isCueWord(lex, T, b - 1)) {
        cueNation = joinTokens(T, s, c + 1);
        c = b - 1;
      }
    } else if (i > 2) {
      // ("his counterpart, Vietnamese Bui Thanh X": a nationality set off after the cue.)
      const s = countryStartBefore(countryEnd, i);
      // ("her counterpart from Somalia Ahmed X": the country the counterpart serves, right before the name.)
      const from = s > 2 && tx[s - 1] === 'the' ? s - 2 : s - 1;
      if (s > 1 && tx[s - 1] === ',' && isCueWord(lex, T, s - 2)) {
        cueNation = joinTokens(T, s, i);
        c = s - 2;
      } else if (s > 2 && countryEnd[s] === i && tx[from] === 'from' && isCueWord(lex, T, from - 1)) {
        cueNation = joinTokens(T, s, i);
        c = from - 1;
      }
    }
    // ("his Indian counterpart Dr S Jaishankar": a style of address between the cue and the name.)
    if (c > 0 && tf[c] & W.HONORIFIC && (kd[c] & CAP) && isCueWord(lex, T, c - 1)) c--;
    // ("Ahead of the talks with his Chinese counterpart, S Jaishankar on Thursday had said": a comma closing an opening
    // phrase, the name after it its sentence's subject, not the counterpart's apposition.)
    const openingPhrase = tx[i - 1] === ',' && tx[end] !== ',' && openedByPreposition(T, c);
    const cue = openingPhrase ? -1 : i > 0 && isCueWord(lex, T, c) ? c : i > 0 ? pairedCue(T, c, countryEnd) : -1;
    // ("met a US delegation led by Angela X": the full name of the one leading it.)
    // (Not a body's name that runs on past it: "led by US-Bangladesh Business Council Chairman X".)
    const ledBy = i >= 2 && tx[i - 1] === 'by' && LED.test(lastWordOf(T, i - 2)) && end - i >= 2 && !(orgEndAt[i] >= end);
    const cued = cue >= 0 || cuedAt.has(i) || ledBy;
    // "Turkey's Hulusi Akar spoke to ...": a country's possessive before a full name closed by lower case.
    // ("Sri Lanka's Devinda R. X,": a country of two words.)
    const owner = i > 0 && tx[i - 1] !== T.base[i - 1] ? countryStartBefore(countryEnd, i) : -1;
    // (Not a body's short form or a "-ship": "Viet Nam's ASEAN Chairmanship"; nor a place: "South America's Andes Mountains".)
    const possessed = !byline && !apposition && !cued && owner >= 0 && !(kd[end] & CAP) && tx[end] !== '(' && !orgEndAt[i] && !/ship$/.test(tx[end - 1]) && !PLACE_OR_THING.test(tx[end - 1]);
    if (possessed) ofCountry = joinTokens(T, owner, i);
    // "United States army general Laura Richardson": a rank in lower case after a nationality.
    const lowRank = !byline && !apposition && !cued && i > 1 && !(kd[i - 1] & CAP) ? lowerRankBefore(T, i, countryEnd, orgEndAt) : null;
    if (lowRank) {
      ofCountry = joinTokens(T, lowRank.countryStart, lowRank.countryEnd);
      out.entities.push({ type: 'rank', start: lowRank.start, end: lowRank.end });
    }
    // "Also in attendance were the Secretary for Strategic Affairs, Gustavo X, and Jorge Y.": the last of a list of
    // officials, closing it.
    // (Not a byline's: "By Guo Yuandan and Liu Xuanzun".)
    const prev = tx[i - 2] === ',' ? i - 3 : i - 2;
    const listed = i > 2 && tx[i - 1] === 'and' && nameTaken[prev] && (tx[end] === '.' || tx[end] === ';' || end >= n) && !orgEndAt[i] &&
      out.names.some((m) => m.end === T.baseEnd[prev] && !m.capacity);
    // "Xi Jinping met Rex Tillerson", "Çavuşoğlu and Suzuki held talks": a full name of no office beside a meeting verb.
    // (Title-case words only, none a style of address or a particle, not run on from a capitalized word: not "PM
    // Modi", "INS Sudarshini", "Datuk Seri Mohamad", "Al Rasbi", "Defence Min Panagiotopoulos".)
    // (Nor a province's name: "called on Madhya Pradesh Governor".)
    const besideVerb = () => !byline && !apposition && !orgEndAt[i] && !(bf[i] & W.CAPITAL) && end - i - particles - initialsIn(T, i, end) - (REGNAL_NUMERAL.test(tx[end - 1]) ? 1 : 0) <= 3 && !regionOf(joinTokens(T, i, end)) &&
      !((tf[i] | tf[i - 1]) & W.HONORIFIC) && !(i > 0 && (kd[i - 1] & CAP_WORD) === CAP_WORD && !(tf[i - 1] & (W.FUNCTION | W.DAY | W.MONTH)) && !(tx[i - 2] === 'and' && countryStartBefore(countryEnd, i) >= 0)) && !lex.nameParticles.has(tx[i]) && !lex.nameParticles.has(tx[i].toLowerCase()) && titleCased(T, i, end) &&
      (verbBefore(T, i, verbMarks()) || verbAfter(T, end, verbMarks()) || (meetingNounBefore(T, i) && (tx[end] === 'and' || tx[end] === 'with')) || (tf[end] & W.DAY && verbAfter(T, end + 1, verbMarks())) || (tx[end] === 'on' && tf[end + 1] & W.DAY && verbAfter(T, end + 2, verbMarks())) || (tx[end] === 'and' && isName(T, end + 1) && verbAfter(T, nameEnd(lex, T, end + 1), verbMarks())) ||
        // ("The two foreign ministers, A and B, met": two names set off after an office in the plural, then the verb.)
        (tx[end] === 'and' && isName(T, end + 1) && PLURAL_BEFORE.test(slice(Math.max(0, st[i] - 60), st[i])) && tx[nameEnd(lex, T, end + 1)] === ',' && verbAfter(T, nameEnd(lex, T, end + 1) + 1, verbMarks())) ||
        (tx[end] === ',' && tx[i - 1] === 'and' && verbAfter(T, end + 1, verbMarks()) && PLURAL_BEFORE.test(slice(Math.max(0, st[i] - 120), st[i]).replace(/[^,]*\sand\s+$/, ''))) ||
        (tx[end] === ',' && listBeforeVerb(lex, T, end + 1, verbMarks())) ||
        companionBeforeVerb(lex, T, end, countryEnd, verbMarks()));
    // ("The meeting was chaired by Josep X": the agent of what officials do.)
    const agent = !byline && i > 1 && tx[i - 1] === 'by' && AGENT_VERBS.has(tx[i - 2]) && !(i > 2 && BROADCAST.test(T.written(i - 3).trim())) && !orgEndAt[i] && !(bf[i] & W.CAPITAL) && end - i - particles <= 3 && titleCased(T, i, end);
    // ("The President of the Councils of State and Ministers, Raul X, received", "the director general for South
    // America of the Peruvian Foreign Ministry, Martin Y, stated": a full name set off by commas after a long office; or
    // closing the sentence: "led by its regional director for Africa, Patrick Y." (not a stop inside the name: "Haque
    // Md. Muzammel, Chairman ...").)
    const setOff = !byline && !apposition && !honorific && !cued && !ofCountry && !listed && !servedBody && !agent && tx[i - 1] === ',' && (tx[end] === ',' || (tx[end] === '.' && tx[end + 2] !== ',') || tx[end] === ';' || end >= n || rollGoesOn(T, end, titleEnd)) &&
      end - i >= 2 && end - i - particles <= 4 && !orgEndAt[i] && !(bf[i] & W.CAPITAL) && titleCased(T, i, end);
    let officeFrom = setOff ? officeRunBefore(lex, T, i - 1, titleEnd, lowerKey) : -1;
    if (setOff && officeFrom < 0 && rollGoesOn(T, end, titleEnd)) officeFrom = titleClosingAt(titleEnd, i - 1);
    // ("The Authorized person of the Oliy Majlis for Human Rights (Ombudsman), X, met": where no office runs back to the
    // comma, an office in brackets right before it.)
    const bracketed = setOff && officeFrom < 0 && i >= 4 && tx[i - 2] === ')' && tx[i - 4] === '(' && titleEnd[i - 3] === i - 2;
    if (bracketed) officeFrom = i - 3;
    // ("Former Prime Minister of Japan Yoshihide X, Shinzo Y, and ...": no office runs back over a name already read.)
    // (It is one more name of their list.)
    const inList = officeFrom >= 0 && nameTaken.subarray(officeFrom, i - 1).some((x) => x === 1);
    if (inList) officeFrom = -1;
    // ("In an interview with Al Arabiya, ...": a news outlet the lexicon knows is no one.)
    if (!byline && end - i >= 2 && OUTLET_NAMES.has(joinTokens(T, i, end))) { i = end - 1; continue; }
    // ("the delegation of the US Senate, consisting of A, B and C": the members of a delegation listed after it.)
    const member = () => !byline && end - i >= 2 && end - i - particles <= 4 && !orgEndAt[i] && !(bf[i] & W.CAPITAL) && titleCased(T, i, end) &&
      DELEGATION_MEMBERS.test(slice(Math.max(0, st[i] - 240), st[i]));
    if (byline || apposition || honorific || cued || ofCountry || listed || servedBody || agent || officeFrom >= 0 || inList || besideVerb() || member()) {
      for (let k = i; k < end; k++) nameTaken[k] = 1;
      const runOffice = () => {
        const nation = countryWithin(countryEnd, officeFrom, i - 1);
        return { ...NO_OFFICE, position: joinTokens(T, officeFrom, bracketed ? i - 2 : i - 1).replace(GLOSS_CLOSING, ''), country: nation >= 0 ? joinTokens(T, nation, countryEnd[nation]) : null };
      };
      const mention = nameMention(T, i, end, apposition ? officeAfter(T, appointedAt > 0 ? appointedAt : comma + 1, countryEnd, officeAt, orgEndAt, titleEnd) : officeFrom >= 0 ? runOffice() : { ...NO_OFFICE, rank: lowRank?.rank ?? null, country: ofCountry, organization: servedBody }, true);
      // "his Chinese counterpart Dong Jun": the adjective before the cue is the person's country.
      if (cue >= 0) {
        const nations = cueNation ? [cueNation] : nationsBefore(T, cue, countryEnd);
        if (nations.length > 0) mention.country = nations[0];
        // ("their British counterparts, A and B": one nationality before a plural cue is both names'.)
        if (tx[end] === 'and' && isName(T, end + 1)) cuedAt.set(end + 1, nations[1] ?? (nations.length === 1 && /s$/.test(tx[cue]) ? nations[0] : null));
      } else if (cuedAt.has(i)) {
        mention.country = cuedAt.get(i) ?? null;
      }
      if (byline) mention.capacity = bylineCapacity(tx[i - 2]);
      out.names.push(mention);
    }
    i = end - 1;
  }
  listedBesideNames(lex, T, out.names, firstName, nameTaken, orgEndAt, countryEnd);
  sharedPluralOffices(lex, out.names.slice(firstName), slice);

  // Countries, capitals, dates, meeting words, sentences, capitalized words.
  let sentenceStart = n > 0 ? st[0] : 0;
  for (let i = 0; i < n; i++) {
    const k = kd[i];
    if (!(k & WORD)) {
      const p = tx[i];
      if (p === '(' && i > 0 && kd[i + 1] & CAP && tx[i + 2] === ')' && tx[i + 1].length > 1) {
        // (A lone letter is no short form: "Undersecretary of Foreign Affairs (S)" marks an acting holder.)
        const d = definition(lex, T, i, out.entities, firstEntity, countryEnd, slice);
        if (d) {
          out.definitions.push(d);
          if (!orgEndAt[i + 1]) out.entities.push({ type: d.type, start: d.start, end: d.end });
          i += 2;
          continue;
        }
      }
      // A sentence ends at a full stop before a new sentence, not inside "(Ret.)" nor before lower case.
      // (Nor after a name's initial of two letters: "President Ts. Elbegdorj received".)
      // (Nor before a bracket opening on a lower-case word: "commencing at 12:30 p.m. (for approximately 15 minutes), X".)
      if ((p === '.' || p === '!' || p === '?') && i + 1 < n && tx[i + 1] !== ')' && tx[i + 1] !== ',' && !(kd[i + 1] & WORD && !(kd[i + 1] & CAP) && !(kd[i + 1] & DIGIT)) &&
          !(tx[i + 1] === '(' && kd[i + 2] & WORD && !(kd[i + 2] & (CAP | DIGIT))) &&
          !(p === '.' && i > 0 && DIGRAPH_INITIAL.test(tx[i - 1]) && en[i - 1] === st[i] && nameTaken[i + 1])) {
        out.sentences.push({ start: sentenceStart, end: en[i], paragraph });
        sentenceStart = st[i + 1];
      }
      // ("Meeting with CDS General X: General Y met with ...": a label opening the paragraph is no part of its sentence.)
      if (p === ':' && sentenceStart === st[0] && i + 1 < n && kd[i + 1] & CAP && MEETING_LABEL.test(slice(sentenceStart, st[i]))) {
        out.sentences.push({ start: sentenceStart, end: en[i], paragraph });
        sentenceStart = st[i + 1];
      }
      continue;
    }
    if (k & CAP) {
      capWords.start.push(st[i]);
      capWords.end.push(be[i]);
      capWords.text.push(T.base[i]);
      // (A country closing a name is the surname: "Lieutenant General Derek France".)
      let c = countryEnd[i] && !nameTaken[i] ? countryAt[i] : undefined;
      // ("countries in Africa, Europe, America and Asia": "America" among continents is one.)
      if (c && tx[i] === 'America' && ((LIST_JOINER.test(tx[i - 1] ?? '') && CONTINENTS.has(tx[i - 2] ?? '')) || (LIST_JOINER.test(tx[i + 1] ?? '') && CONTINENTS.has(tx[i + 2] ?? '')))) c = undefined;
      // ("Mexico City", "Kuwait City": a capital running past the country's name is the city.)
      if (c && bf[i] & W.CAPITAL && (lex.capitals.longest(i, baseKey)?.end ?? 0) > countryEnd[i]) c = undefined;
      // ("the General Headquarters in Burma Camp", "at India House": a country's name naming a venue is no place.)
      if (c && countryEnd[i] < n && kd[countryEnd[i]] & CAP && lex.meetingPhrases.venueWords.has(tx[countryEnd[i]]) && tx[i] === T.base[i]) {
        i = countryEnd[i];
        continue;
      }
      // ("the summit in Antigua, Guatemala in June": a country's name set before another country's after a comma, in
      // no list, is a city of that one.)
      const next = countryEnd[i] + 1;
      if (c && tx[next - 1] === ',' && !(i > 0 && (tx[i - 1] === ',' || tx[i - 1] === 'and')) && countryEnd[next] && countryAt[next] && countryAt[next]!.name !== c.name &&
          placeCloses(T, countryEnd[next])) {
        const end = be[countryEnd[i] - 1];
        out.entities.push({ type: 'place', start: st[i], end });
        out.places.push({ start: st[i], end, country: countryAt[next]!.name, capital: true });
        i = countryEnd[i] - 1;
        continue;
      }
      if (c) {
        // The phrase's other words too: "Costa" of "Costa Rican" runs on, so it is not Antonio Costa.
        for (let m = i + 1; m < countryEnd[i]; m++) {
          if (!(kd[m] & CAP)) continue;
          capWords.start.push(st[m]);
          capWords.end.push(be[m]);
          capWords.text.push(T.base[m]);
        }
        const end = be[countryEnd[i] - 1];
        out.entities.push({ type: 'country', start: st[i], end });
        // ("in the Finnish capital": the country's capital city.)
        if (i > 0 && tx[i - 1] === 'the' && tx[countryEnd[i]] === 'capital' && c.capital) {
          out.places.push({ start: st[i], end: en[countryEnd[i]], country: c.name, capital: true, name: c.capital });
        } else out.places.push({ start: st[i], end, country: c.name, capital: false });
        const last = countryEnd[i] - 1;
        if (T.baseEnd[last] !== T.end[last]) {
          const d = possessiveDescriptor(T, last, text, shift, c.name);
          if (d) out.descriptors.push({ ...d, start: st[i] });
        }
        i = last;
        continue;
      }
      // "the US-Mexico Security Group", "Russia-Ukraine talks": each country a compound joins is named.
      if (!c && !nameTaken[i] && tx[i].includes('-')) {
        const parts = compoundCountries(lex, tx[i]);
        for (const part of parts) {
          const start = st[i] + part.offset;
          out.entities.push({ type: 'country', start, end: start + part.length });
          out.places.push({ start, end: start + part.length, country: part.name, capital: false });
        }
        if (parts.length > 0) continue;
        // ("at State House-Entebbe": a venue's name joined to its city.)
        const dash = tx[i].indexOf('-');
        const city = lex.meetingPhrases.venueWords.has(tx[i].slice(0, dash)) ? lex.capitals.whole([tx[i].slice(dash + 1)]) : undefined;
        if (city) {
          out.places.push({ start: st[i] + dash + 1, end: en[i], country: city.name, capital: true });
          continue;
        }
      }
      // ("Santiago Cafiero": a capital's name inside a person's is no place.)
      const cap = bf[i] & W.CAPITAL && !nameTaken[i] ? lex.capitals.longest(i, baseKey) : null;
      // ("Hyderabad House", "Islamabad Club": a city naming a venue elsewhere is no place of its own.)
      // ("EFES 2022 Military Exercise": a city's name with a year names an event.)
      // ("the multi-national Maritime Exercise Milan": a city's name after "Exercise" names the exercise.)
      // ("Leader of Opposition in the Lok Sabha": nor the last word of a body's name the lexicon knows.)
      if (cap && ((cap.end < n && ((kd[cap.end] & CAP && lex.meetingPhrases.venueWords.has(tx[cap.end])) || eventYear(T, cap.end))) || EXERCISE_WORD.test(tx[i - 1] ?? '') ||
        (i > 0 && orgReach[i - 1] >= cap.end && kd[i - 1] & CAP && !countryEnd[i - 1] && !lex.meetingPhrases.venueWords.has(tx[i - 1])))) {
        i = cap.end;
        continue;
      }
      if (cap) {
        const end = be[cap.end - 1];
        out.entities.push({ type: 'place', start: st[i], end });
        out.places.push({ start: st[i], end, country: cap.value.name, capital: true });
        i = cap.end - 1;
        continue;
      }
      // "Manama, Mar.14 (BNA)": an abbreviated month run into its day.
      const runOn = /^(\p{Lu}\p{Ll}{2,3})\.(\d{1,2})$/u.exec(tx[i]);
      if (runOn && lex.months.has(runOn[1]) && +runOn[2] >= 1 && +runOn[2] <= 31) {
        out.entities.push({ type: 'date', start: st[i], end: en[i] });
        out.dates.push({ start: st[i], end: en[i], text: tx[i], iso: null });
        continue;
      }
      if (tf[i] & W.MONTH) {
        const dot = tx[i].endsWith('.');
        const bare = dot ? tx[i].slice(0, -1) : tx[i];
        // "Jun" in "Dong Jun" is a name: abbreviated months count only with their dot or a day after them
        // (June and July are written out; "18 July, 2022" has its day before).
        // ("May" is the verb but where a preposition or a month's word says the month: see `dateAt`.)
        const full = bare.length > 4 || bare === 'June' || bare === 'July' || bare === 'JUNE' || bare === 'JULY' || bare === 'May' || bare === 'MAY';
        const month = full || dot || kd[i + 1] & DIGIT && /^\d/.test(tx[i + 1]) || (i > 0 && /^\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2})?$/.test(tx[i - 1])) ? lex.months.get(bare) : undefined;
        const d = month ? dateAt(T, i, month) : null;
        if (d) {
          pushDate(d);
          i = d.end - 1;
          continue;
        }
      }
    }
    // ("17 ديسمبر 2020م", "[26/يوليو/2017]": a month's name in a script without capitals, after its day.)
    if (!(k & CAP) && tf[i] & W.MONTH && /^\d{1,2}$/.test((tx[i - 1] === '/' ? tx[i - 2] : tx[i - 1]) ?? '')) {
      const month = lex.months.get(tx[i]);
      const d = month ? dateAt(T, i, month) : null;
      if (d) {
        pushDate(d);
        i = d.end - 1;
        continue;
      }
    }
    if (k & DIGIT && tx[i].length === 4 && i > 0 && (tx[i - 1] === 'in' || tx[i - 1] === 'In') && /^(19|20)\d\d$/.test(tx[i])) {
      out.entities.push({ type: 'date', start: st[i], end: en[i] });
      out.dates.push({ start: st[i], end: en[i], text: tx[i], iso: tx[i] });
      continue;
    }
    // "on Wednesday", "held Wednesday", "yesterday", "today": dated from the release, which the meeting knows.
    // A weekday before the full date it names ("Wednesday, 07 February 2024") gives way to that date.
    const dated = (j: number) => j < n && (kd[j] & DIGIT || (tf[j] & W.MONTH) !== 0);
    // ("Dr. Godwin Friday": not a weekday inside a name.)
    if (tf[i] & W.DAY && !nameTaken[i] && !dated(i + 1) && !(tx[i + 1] === ',' && dated(i + 2))) {
      out.entities.push({ type: 'date', start: st[i], end: en[i] });
      out.dates.push({ start: st[i], end: en[i], text: tx[i], iso: null });
      continue;
    }
    // ("met in Suva last night": a day relative to the release written in two words, as the lexicon lists them.)
    // (Only a word that opens one is joined to the next: no string is built for the others.)
    const twoWords = i + 1 < n && relativeDayOpeners(lex).has(tx[i]) ? `${tx[i].toLowerCase()} ${tx[i + 1]}` : '';
    if (twoWords && lex.relativeDays.has(twoWords)) {
      out.entities.push({ type: 'date', start: st[i], end: en[i + 1] });
      out.dates.push({ start: st[i], end: en[i + 1], text: twoWords, iso: null });
      i++;
      continue;
    }
    // "on the 3rd": a day of the release's month (or the month before, for a later day).
    // (Not "On the 30th anniversary of ...", "on the 2nd day of the visit": an ordinal of something else.)
    // ("on the morning of the 19th": so after the part of the day.)
    if (k & DIGIT && /^\d{1,2}(?:st|nd|rd|th)$/.test(tx[i]) && tx[i - 1] === 'the' && (/^[Oo]n$/.test(tx[i - 2] ?? '') || PART_OF_DAY.test(slice(Math.max(0, st[i] - 40), st[i]))) && !(tf[i + 1] & W.MONTH) && !['of', 'and', 'to', '-', '–'].includes(tx[i + 1]) &&
        !(T.kind[i + 1] & WORD && !(T.kind[i + 1] & CAP))) {
      out.entities.push({ type: 'date', start: st[i], end: en[i] });
      out.dates.push({ start: st[i], end: en[i], text: tx[i], iso: null });
      continue;
    }
    if (k & DIGIT) {
      const d = numericDate(T, i);
      if (d) {
        const end = en[d.end - 1];
        const start = st[i] + d.skip;
        out.entities.push({ type: 'date', start, end });
        out.dates.push({ start, end, text: slice(start, end), iso: d.iso });
        i = d.end - 1;
        continue;
      }
    }
    if (tf[i] & W.ARTICLE && kd[i + 1] & WORD) {
      const d = descriptor(T, i, text, shift);
      if (d) out.descriptors.push(d);
    }
    // "in Siem Reap", "at Cilangkap", "the border city of Tacna": a place name no lexicon knows, after a locative
    // preposition or a word for a place; "in Manaus Thursday": the weekday is not part of it.
    const locative = tf[i] & W.LOCATIVE || (i > 0 && tx[i] === 'of' && tf[i - 1] & W.PLACE_NOUN);
    // ("in The Hague", "in El Alamein", "in La Paz": a city whose name opens with an article.)
    const the = locative && PLACE_ARTICLES.has(tx[i + 1]) && !(tx[i + 1] !== 'The' && bf[i + 1] & W.CAPITAL && lex.capitals.longest(i + 1, baseKey)) && isName(T, i + 2) && !nameTaken[i + 2] && !orgEndAt[i + 2] && !(kd[i + 3] & CAP) ? 1 : 0;
    if (locative && isName(T, i + 1 + the) && !nameTaken[i + 1 + the] && !countryEnd[i + 1 + the] && !orgEndAt[i + 1 + the] && !(bf[i + 1 + the] & W.CAPITAL)) {
      let e = i + 1 + the;
      while (e < n && e - i <= 3 && isName(T, e) && !nameTaken[e] && be[e] === en[e] && !(tf[e] & (W.MONTH | W.DAY))) e++;
      // "Rio de Janeiro", "Ciudad del Este": one particle inside a city's name.
      if (e > i + 1 && PLACE_PARTICLES.has(tx[e]) && isName(T, e + 1) && !nameTaken[e + 1] && be[e + 1] === en[e + 1] && !(kd[e + 2] & CAP)) e += 2;
      // (Not "at No 10", "at Gate 5": a number after the word; nor "at NHQ premises": a short form is a building or a body.)
      const numbered = kd[e] & DIGIT || (e - i - the === 2 && /^\p{Lu}{2,5}$/u.test(tx[i + 1 + the]));
      // (Nor "in Sino- US relations": a word closed by a hyphen opens a compound.)
      const compound = tx[e] === '-' && st[e] === en[e - 1];
      // (Nor "in Tribute to the Athletes": a noun of tribute or thanks, then to whom.)
      const tribute = e === i + 2 + the && tx[e] === 'to' && /^(?:the|a|an|his|her|their|all|our)$/.test(tx[e + 1] ?? '');
      if (e > i + 1 + the && !numbered && !compound && !tribute && (!(kd[e] & CAP) || tf[e] & (W.MONTH | W.DAY)) && be[e - 1] === en[e - 1] && tx[e] !== "'" && !eventYear(T, e)) {
        // ("the International Conference on Women in Islam": words inside an event's name are no place.)
        // ("held at Royal Laeken Castle in Brussels", "in Malacañan Palace": nor is a building; the city after it, or the
        // host's country, is. One the lexicon knows the city of stays: "at Moncloa Palace".)
        if (inEventTitle(T, i) ||
            ((lex.meetingPhrases.venueWords.has(tx[e - 1]) || tx[e - 1] === 'Castle') && !Object.prototype.hasOwnProperty.call(orgData.seatCities, slice(st[i + 1], en[e - 1])))) {
          i = e - 1;
          continue;
        }
        out.entities.push({ type: 'place', start: st[i + 1], end: en[e - 1] });
        out.places.push({ start: st[i + 1], end: en[e - 1], country: '', capital: false });
        i = e - 1;
        continue;
      }
    }
    // "at the Pentagon", "in the Kremlin": a seat of government named like a body is where the meeting was held.
    if ((locative || tx[i] === 'to') && tx[i + 1] === 'the' && orgEndAt[i + 2] === i + 3 && lex.meetingPhrases.venueWords.has(tx[i + 2])) {
      out.places.push({ start: st[i + 2], end: en[i + 2], country: '', capital: false });
      i += 2;
      continue;
    }
    // ("This he said while talking to Ambassador of Switzerland X": talks with an office, not "talking to reporters".)
    // (Nor where a call is told after: "Talking to Ambassador-designate X, who called on him, the speaker said".)
    if (/^[Tt]alking$/.test(tx[i]) && tx[i + 1] === 'to' && talkingToOffice(T, i + 2, titleEnd, countryEnd)) {
      out.triggers.push({ start: st[i], end: en[i + 1], kind: 'talks', voice: 'symmetric', phrase: 'talking to' });
      i++;
      continue;
    }
    // ("paid the President a farewell visit": the one called on between the verb and the call.)
    if (PAY_VERBS.has(tx[i]) && callAfterObject(T, i)) {
      out.triggers.push({ start: st[i], end: en[i], kind: 'reception', voice: 'guestFirst', phrase: 'paid a courtesy call on' });
      continue;
    }
    // ("‘bilateral political consultations’ between A and B": a closing quote read as a plural's possessive.)
    const quoted = !(tf[i] & W.TRIGGER) && bf[i] & W.TRIGGER && T.baseEnd[i] !== T.end[i] && /s[’']$/.test(tx[i]);
    const trig = tf[i] & W.TRIGGER ? triggerAt(lex, T, i, lowerKey) : quoted ? triggerAt(lex, T, i, (j) => (j === i ? T.base[i].toLowerCase() : lowerKey(j))) : null;
    // ("A and his visiting Saudi peer B discussed": an adjective after a determiner, not the verb.)
    // ("at the invitation of his host, President Y": the noun, not the verb.)
    // ("Prime Minister X and his Lao host Y co-chaired": or a nationality between.)
    if (trig && trig.end === i + 1 && (tx[i] === 'visiting' || tx[i] === 'host') && i > 0 && (DETERMINERS.has(tx[i - 1]) || DETERMINERS.has(tx[countryStartBefore(countryEnd, i) - 1] ?? ''))) continue;
    // ("health workers used to call on him at his residence": a habit of the past, no meeting.)
    if (trig && i >= 2 && tx[i - 1] === 'to' && T.written(i - 2).trim() === 'used') continue;
    // ("visited the 'bell of hope' and rang the same": a bell rung, no one called; "rang" calls a name, an office or a pronoun.)
    if (trig && trig.value.phrase === 'rang' && trig.end < n && !(kd[trig.end] & CAP) && !/^(?:up|him|her|them|his|their)$/.test(T.written(trig.end).trim())) continue;
    // ("discussed climate change in a call on February 13": a call's noun before its day, no courtesy call on anyone.)
    if (trig && trig.value.phrase === 'call on' && trig.end < n && (tf[trig.end] & (W.MONTH | W.DAY) || kd[trig.end] & DIGIT)) {
      out.triggers.push({ start: st[i], end: en[i], kind: 'phone call', voice: 'noun', phrase: 'call' });
      continue;
    }
    if (trig) {
      const end = quoted && trig.end === i + 1 ? T.baseEnd[i] : en[trig.end - 1];
      out.triggers.push({ start: st[i], end, ...trig.value });
      // ("met on Sunday with", "discussed yesterday with": the day read past inside the phrase is the meeting's; the
      // lexicon flags "today" and "yesterday" as days too.)
      for (let k = i + 1; k < trig.end - 1; k++) {
        // ("presented his credentials on Friday, November 15, 2024 to": a whole date too.)
        const month = tf[k] & W.MONTH ? lex.months.get(tx[k].replace(/\.$/, '')) : undefined;
        const d = month ? dateAt(T, k, month) : null;
        if (d && d.end <= trig.end) {
          pushDate(d);
          k = d.end - 1;
          continue;
        }
        if (tf[k] & W.DAY) {
          out.entities.push({ type: 'date', start: st[k], end: en[k] });
          out.dates.push({ start: st[k], end: en[k], text: tx[k], iso: null });
        }
        // ("presented, in the city of Paramaribo, the Letters of Credence to": the city read past is the meeting's.)
        const city = bf[k] & W.CAPITAL && /^(?:in|of)$/.test(tx[k - 1]) ? lex.capitals.longest(k, baseKey) : null;
        if (city && city.end < trig.end && tx[city.end] === ',') {
          out.entities.push({ type: 'place', start: st[k], end: be[city.end - 1] });
          out.places.push({ start: st[k], end: be[city.end - 1], country: city.value.name, capital: true });
          k = city.end - 1;
        }
      }
      i = trig.end - 1;
    }
  }
  if (n > 0) out.sentences.push({ start: sentenceStart, end: en[n - 1], paragraph });
  sortFrom(out.entities, firstEntity);
  officeBeforeBody(out, firstEntity, firstName, slice);
  // ("Palestinian president, Abu Dhabi crown prince": a capital of several words, whole, is no one's name.)
  const kept = out.names.slice(firstName).filter((m) => !(m.tokens.length > 1 && lex.capitals.whole(m.tokens) !== undefined));
  if (kept.length < out.names.length - firstName) {
    out.names.length = firstName;
    out.names.push(...kept);
  }
  return out;
}

/**
 * The meeting's phrase starting at token i, the longest the lexicon knows, read past an aside inside it: a quoted
 * verdict or a time set off by commas ("held “candid, in-depth and constructive” talks with", "paid a courtesy call,
 * this afternoon, on").
 */
function triggerAt(lex: Lexicon, T: TokenStream, i: number, lowerKey: (j: number) => string | undefined): { end: number; value: TriggerWord } | null {
  const trig = lex.triggers.longest(i, lowerKey);
  let aside = 0;
  // ("paid a courtesy call yesterday to", "presented his letters of Credence, on Wednesday, to": an aside may stand
  // where no shorter phrase ends.)
  for (let k = i + 1; k < T.n && k <= Math.max((trig?.end ?? i + 1) + 1, i + ASIDE_REACH) && !aside; k++) if (asideEnd(T, k) > k) aside = k;
  if (!aside) return trig;
  const real = [i];
  // (The trie reads token j; the j-th from i past the asides is real[j - i].)
  // (Asides one after another: "presented on Thursday, in the city of Paramaribo, the Letters of Credence to".)
  const pastAsides = (k: number) => {
    for (let next = asideEnd(T, k); next > k; next = asideEnd(T, k)) k = next;
    return k;
  };
  const over = lex.triggers.longest(i, (j) => {
    while (real.length <= j - i) real.push(pastAsides(real[real.length - 1] + 1));
    return lowerKey(real[j - i]);
  });
  const end = over ? real[over.end - 1 - i] + 1 : 0;
  return over && end > (trig?.end ?? i + 1) ? { end, value: over.value } : trig;
}

/** After "talking to" at token k: an office (perhaps after an article and a nationality), and no call told after it. */
function talkingToOffice(T: TokenStream, k: number, titleEnd: Int32Array, countryEnd: Int32Array): boolean {
  let at = /^(?:the|his|her)$/.test(T.text[k] ?? '') ? k + 1 : k;
  if (countryEnd[at]) at = countryEnd[at];
  if (!titleEnd[at]) return false;
  for (let x = at; x < T.n && x < at + 40 && T.text[x] !== '.'; x++) {
    const w = T.written(x).trim();
    if ((/^(?:call|called|calling|calls)$/.test(w) && T.text[x + 1] === 'on') || /^(?:paid|visited)$/.test(w)) return false;
  }
  return true;
}

/** Whether the preposition at token i stands inside an event's name in title case ("Conference on Women in Islam"). */
function inEventTitle(T: TokenStream, i: number): boolean {
  // (Not right after the event's noun: "Seapower Symposium in Newport" is where it is held.)
  if (i < 2 || !(T.kind[i - 1] & CAP) || EVENT_NOUNS.test(T.text[i - 1])) return false;
  for (let x = i - 1; x >= 0 && x >= i - 8; x--) {
    if (EVENT_NOUNS.test(T.text[x])) return true;
    if (!(T.kind[x] & CAP) && !/^(?:on|of|for|and|the)$/.test(T.text[x])) return false;
  }
  return false;
}
const EVENT_NOUNS = /^(?:Conference|Forum|Summit|Dialogue|Symposium|Congress|Festival|Expo|Games|Week|Convention|Colloquium|Seminar|Workshop)$/;
/**
 * How far into a meeting's phrase an aside may open, where no shorter phrase ends before it ("presented a copy of his
 * credentials on Tuesday to").
 */
const ASIDE_REACH = 8;
/** Right before an ordinal day: "on the morning of the ". */
const PART_OF_DAY = /\b[Oo]n the (?:morning|afternoon|evening|night) of the\s+$/;
/** The last word of an envoy's document ("letters of credence", "credentials"). */
const CREDENTIALS_DOCUMENT = /^(?:credentials|credence|Credence|Credentials|introduction|Introduction)$/;
/** Small words inside an office named in title case ("Ambassador Extraordinary and Plenipotentiary of X"). */
const OFFICE_LINKS = /^(?:and|of|the|non-resident|resident|new|first|(?:his|her|their) country's)$/;
/** The months' names, as a pattern's part. */
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// ("received, on March 1st, the new Ambassador": a date too.)
/** A time set off by commas inside a meeting's phrase ("paid a courtesy call, this afternoon, on"), or a day. */
const TIME_ASIDE = new RegExp(String.raw`^(?:today|yesterday|this (?:morning|afternoon|evening|week)|on \p{L}+day|last week|last night|on ${MONTH_NAME} \d{1,2}(?:st|nd|rd|th)?|on \d{1,2}(?:st|nd|rd|th)? ${MONTH_NAME})$`, 'u');

/** A place set off by commas inside a meeting's phrase ("presented, in the city of Paramaribo, the Letters of Credence to"). */
const PLACE_ASIDE = /^in (?:the (?:city|capital|town) of )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;
/** How many tokens an aside set off by commas may hold, with its commas. */
const PLACE_ASIDE_TOKENS = 8;
/** "on Friday, November 15, 2024", "on 15 November 2024", "on November 15": a date after "on". */
const ON_DATE = new RegExp(String.raw`^on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:${MONTH_NAME} \d{1,2}(?:st|nd|rd|th)?|(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_NAME})(?:,? \d{4})?$`);

/**
 * The token after an aside opening at `k`, a quotation of a few words ("“candid, in-depth and constructive”") or a
 * time set off by commas (", this afternoon,"); `k` itself if none opens there.
 */
function asideEnd(T: TokenStream, k: number): number {
  if (T.text[k] === '“' || T.text[k] === '"') {
    for (let m = k + 1; m < T.n && m <= k + 8; m++) {
      if (T.text[m] === '”' || T.text[m] === '"') return m + 1;
      if (T.text[m] === '.' || T.text[m] === '“') return k;
    }
    return k;
  }
  if (T.text[k] === ',') {
    for (let m = k + 2; m < T.n && m <= k + PLACE_ASIDE_TOKENS; m++) {
      if (T.text[m] !== ',') continue;
      const said = Array.from({ length: m - k - 1 }, (_, x) => T.written(k + 1 + x).trim()).join(' ');
      // (Or a place: ", in the city of Paramaribo,".)
      return TIME_ASIDE.test(said) || PLACE_ASIDE.test(said) ? m + 1 : k;
    }
  }
  // ("presented her letters of credence as High Commissioner Extraordinary and Plenipotentiary to": the office the
  // credentials are for, between the document and "to".)
  // (Lower-case words outside the vocabulary come as one token: "as", "as non-resident".)
  if (/^as(?: non-resident| resident| new)?$/.test(T.written(k).trim()) && CREDENTIALS_DOCUMENT.test(T.text[k - 1] ?? '')) {
    // ("as Ambassador of Barbados to Nigeria to President X": the last "to" before a capital, within the office's run.)
    let to = k;
    for (let m = k + 1; m < T.n && m <= k + 12; m++) {
      if (T.text[m] === 'to' && m > k + 1 && T.kind[m + 1] & CAP) to = m;
      else if (!(T.kind[m] & CAP) && !OFFICE_LINKS.test(T.written(m).trim())) break;
    }
    return to;
  }
  // ("discussed on Tuesday with a delegation", "discussed yesterday with": a day without commas.)
  // ("presented his credentials on Friday, November 15, 2024 to": a whole date so.)
  if (T.text[k] === 'on') {
    let best = k;
    let said = 'on';
    for (let m = k + 1; m < T.n && m <= k + 9; m++) {
      const w = T.written(m).trim();
      said += (w === ',' ? '' : ' ') + w;
      if (ON_DATE.test(said)) best = m + 1;
    }
    if (best > k + 2) return best;
  }
  if (T.text[k] === 'on' && T.textFlags[k + 1] & W.DAY) return k + 2;
  if (T.text[k] === 'today' || T.text[k] === 'yesterday') return k + 1;
  return k;
}

/**
 * "Chief of the Air Staff, Royal Danish Air Force (RDAF) Major General X", "Director General Bureau of Defence Industry
 * (Bodit) Major General Y": a ranked name serving a body holds the office written before the body.
 */
function officeBeforeBody(out: LocalResult, firstEntity: number, firstName: number, slice: (a: number, b: number) => string): void {
  for (let k = firstName; k < out.names.length; k++) {
    const m = out.names[k];
    if (m.position || !m.organization || !m.rank) continue;
    // (The paragraph's entities are sorted by start: those within the 200 characters before the name.)
    const near: LocalEntity[] = [];
    for (let e = Math.max(firstEntity, firstStartingAt(out.entities, m.start - 200)); e < out.entities.length && out.entities[e].start < m.start; e++) {
      if (out.entities[e].end <= m.start) near.push(out.entities[e]);
    }
    const body = near.find((e) => e.type === 'organization' && slice(e.start, e.end) === m.organization &&
      BODY_TO_NAME.test(slice(e.end, m.start).replace(m.rank!, '')));
    if (!body) continue;
    const office = near.find((e) => e.type === 'position' && (e.start === body.start ? e.end < body.end : e.end <= body.start && /^,?\s*(?:the\s+)?$/.test(slice(e.end, body.start))));
    if (!office) continue;
    m.position = slice(office.start, office.end);
    if (office.start === body.start) m.organization = slice(office.end, body.end).trim();
  }
}
const BODY_TO_NAME = /^(?:\s*\(\p{Lu}[\p{L}.-]{0,11}\))?\s*,?\s*$/u;

const PAY_VERBS = new Set(['paid', 'pays', 'paying', 'pay']);
const CALL_KINDS = /^(?:courtesy|farewell|introductory|official|working|brief|friendly|protocol|goodwill|formal|special)$/;

/** Whether "a (courtesy) visit" or "a farewell call" follows the verb at i after an object of one to five words. */
function callAfterObject(T: TokenStream, i: number): boolean {
  const tx = T.text;
  for (let k = i + 2; k <= i + 6 && k < T.n; k++) {
    if (/^[.,;:]$/.test(tx[k]) || tx[k] === 'to' || tx[k] === 'on') return false;
    if (tx[k] !== 'a' && tx[k] !== 'an') continue;
    let m = k + 1;
    while (m < k + 3 && CALL_KINDS.test(tx[m] ?? '')) m++;
    return m > k + 1 && /^(?:visit|call)$/.test(tx[m] ?? '');
  }
  return false;
}

/**
 * "A and B, Vice Presidents of the Council of Ministers": an office in the plural after names listed is each one's,
 * in the singular.
 */
function sharedPluralOffices(lex: Lexicon, names: readonly NameMention[], slice: (a: number, b: number) => string): void {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (let x = 1; x < sorted.length; x++) {
    const words = sorted[x].position?.split(' ');
    if (!words) continue;
    const of = words.indexOf('of');
    const at = words.findIndex((w, k) => lex.pluralHeads.has(w) && (of < 0 || k < of));
    if (at < 0) continue;
    const listed: NameMention[] = [];
    for (let y = x - 1; y >= 0 && !sorted[y].position && !sorted[y].capacity && LISTED_BEFORE.test(slice(sorted[y].end, sorted[y + 1].start)); y--) listed.push(sorted[y]);
    if (listed.length === 0) continue;
    const one = [...words.slice(0, at), lex.pluralHeads.get(words[at])!, ...words.slice(at + 1)].join(' ');
    for (const m of [sorted[x], ...listed]) {
      m.position = one;
      m.organization ??= sorted[x].organization;
      m.country ??= sorted[x].country;
    }
  }
}

const LISTED_BEFORE = /^(?:,|,?\s+and)\s+$/;

/** A verb in the plural present, as titles write two parties' act: "discuss", "hold talks". */
const PLURAL_VERB = /^(?:discuss|meet|hold|sign|agree|review|exchange|talk|vow|pledge|hail|stress|reaffirm|urge|explore|seek|mull|eye)\b/;
// (Not a style of address glued to the name: "H.E Dr.Tax" is no given name's initial.)
// ("his Bangladeshi counterpart Waker-Uz-Zaman": three capitalized parts joined by hyphens make a whole name too.)
const GLUED_NAME = /^(?:(?!(?:Dr|Mr|Ms|St)\.)\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}*){2,})$/u;
const AGENT_VERBS = new Set(['chaired', 'co-chaired', 'presided', 'headed', 'led', 'hosted', 'accompanied', 'attended', 'signed', 'received', 'welcomed', 'opened', 'inaugurated', 'represented', 'joined']);
const DETERMINERS = new Set(['the', 'The', 'his', 'His', 'her', 'Her', 'their', 'Their', 'its', 'a', 'A', 'our']);

/** The paragraph's meeting verbs (nouns, "talks", are not verbs), by token: 1 where one starts, 2 where one ends before. */
const VERB_START = 1;
const VERB_END = 2;
let verbScratch = new Uint8Array(256);
/** Before "hosted by", a broadcast: its host is no official ("the “Connect the World” program hosted by Becky X"). */
const BROADCAST = /^(?:program|programme|show|podcast|segment|broadcast)$/i;
const LIGHT_VERBS = new Set(['had', 'held', 'has had', 'have had', 'has held', 'have held']);
/** Offices in lower case that head a body or a mission ("chief observer of", "head of", "chairman of"). */
const HEADS_IN_LOWER = /^(?:chief|head|leader|chair(?:man|woman|person)?|president|rapporteur|co-chair)\b.*\bof\b/;
/** "in a phone call with", "during a meeting with": a meeting's noun in a phrase of time. */
const DURING_A = /^(?:in|In|during|During)$/;

function meetingVerbs(lex: Lexicon, T: TokenStream, lowerKey: (j: number) => string | undefined): Uint8Array {
  if (verbScratch.length < T.n + 2) verbScratch = new Uint8Array(2 * (T.n + 2));
  const marks = verbScratch;
  marks.fill(0, 0, T.n + 2);
  for (let i = 0; i < T.n; i++) {
    if (!(T.textFlags[i] & W.TRIGGER)) continue;
    const t = triggerAt(lex, T, i, lowerKey);
    // (Nor visits: "a visit to Black Rock", "visited Beijing" name places.)
    if (t && t.value.voice !== 'noun' && t.value.voice !== 'joint' && t.value.voice !== 'remoteCaller' && t.value.kind !== 'visit') {
      marks[i] |= VERB_START;
      marks[t.end] |= VERB_END;
    } else if (t && t.value.kind === 'visit' && t.value.voice !== 'noun' && t.value.voice !== 'joint' && !/^(?:visiting|visit|arriving)\b/i.test(T.written(i))) {
      // ("Ursula von der X visited Lebanon": one who visits is named before the verb; what follows it is a place.)
      // (Not a participle: "A visiting delegation".)
      marks[i] |= VERB_START;
    } else if (t && t.value.voice === 'noun' && t.value.kind !== 'visit') {
      // ("Vladimir X had a telephone conversation with": a meeting's noun after a light verb.)
      let light = i >= 2 && /^(?:a|an)$/.test(T.text[i - 1]) ? i - 2 : i - 1;
      // ("A, B and C gathered for a virtual meeting".)
      const gathered = light >= 1 && T.text[light] === 'for' && /^(?:gathered|convened|met)$/.test(T.written(light - 1).trim());
      if (gathered) light--;
      // ("X in a phone call with Abbas Y congratulated him": the meeting's noun in a phrase of time, before "with".)
      const during = T.text[t.end] === 'with' && i >= 2 && DURING_A.test(T.written(i - 2).trim()) && DETERMINERS.has(T.text[i - 1]);
      if (light >= 0 && (gathered || during || LIGHT_VERBS.has(T.written(light).trim()))) {
        marks[light] |= VERB_START;
        marks[t.end] |= VERB_END;
      }
    }
  }
  return marks;
}

/** A body a state's official serves: a ministry, an armed service, a mission, a command. */
const SERVICE_BODY = /\b(?:Ministry|Department|Army|Navy|Air Force|Forces?|Embassy|High Commission|Consulate|Command|Staff|Guard|Marines|Office|Secretariat|Mission)\b/;

/** Whether a city's country closes before token k: a full stop, a bracket, a date or a preposition, not a list or a possessive. */
function placeCloses(T: TokenStream, k: number): boolean {
  if (k >= T.text.length) return true;
  if (T.text[k - 1] !== T.base[k - 1]) return false;
  return /^(?:[.;:)]|\d+|in|on|at|from|to|for|during|last|this|next|where|which|when|with|earlier|later)$/.test(T.text[k]);
}

/** Whether the office at token k is the post one was appointed to: "on his appointment as (the) (Japanese) ...". */
function appointedAsBefore(T: TokenStream, k: number, countryEnd: Int32Array): boolean {
  const w = (j: number) => (j >= 0 ? T.written(j).trim() : '');
  let a = k - 1;
  const nation = countryStartBefore(countryEnd, k);
  if (w(a) !== 'as' && nation >= 0 && countryEnd[nation] === k) a = nation - 1;
  if (/^(?:the|new)$/.test(w(a))) a--;
  return a > 0 && w(a) === 'as' && APPOINTED_AS.test(w(a - 1));
}
/** Words before "as" that make the office after it one's post, not the next name's: "his appointment as". */
const APPOINTED_AS = /^(?:appointment|appointed|nomination|nominated|election|elected|designation|designated|accreditation|accredited|confirmation|assignment|posting|tenure)$/i;

/**
 * Where the office closing at the comma `comma` begins: its title, back over capitalized words and "of", "for",
 * "the", "and" ("President of the Councils of State and Ministers"); -1 if none within twelve words. A title after a
 * capitalized word is part of a longer name, not its start.
 */
function officeRunBefore(lex: Lexicon, T: TokenStream, comma: number, titleEnd: Int32Array, lowerKey: (j: number) => string | undefined): number {
  const { text: tx, kind: kd, textFlags: tf } = T;
  for (let k = comma - 1; k >= 0 && k >= comma - 12; k--) {
    // ("the Chairman of the Advisory Council (Shura), X": a short name in brackets inside the office.)
    if (tx[k] === ')' && k >= 2 && tx[k - 2] === '(' && kd[k - 1] & CAP) {
      k -= 2;
      continue;
    }
    // ("the Speaker of the Folketing (Denmark parliament), X": a gloss in brackets closing it.)
    if (tx[k] === ')' && k === comma - 1) {
      let open = k - 1;
      while (open > k - 6 && open > 0 && tx[open] !== '(' && kd[open] & WORD) open--;
      if (tx[open] === '(' && open < k - 1 && kd[open - 1] & CAP) {
        k = open;
        continue;
      }
    }
    // ("director general": a lower-case title's last word; the title starts before it.)
    if (!(kd[k] & CAP)) for (let j = k - 1; j >= k - 2 && j >= 0; j--) if (tf[j] & W.LOWER_TITLE && (lex.lowerTitles.longest(j, lowerKey)?.end ?? 0) > k) k = j;
    const lower = tf[k] & W.LOWER_TITLE ? lex.lowerTitles.longest(k, lowerKey)?.end ?? 0 : 0;
    const lowerTitle = lower > 0;
    // (The title runs on by "of" or "for": "Foreign Ministers A, B," names holders, it is no office of B.)
    const titleStop = titleEnd[k] || lower;
    if (titleStop > 0 && titleStop < comma && OFFICE_GOES_ON.has(tx[titleStop]) && !(k > 0 && kd[k - 1] & CAP && !RUN_JOINERS.has(tx[k - 1].toLowerCase()))) return k;
    // ("Deputy Minister of Local Government, Unity and Culture, X": a comma inside a list of portfolios.)
    if (tx[k] === ',' && portfoliosAfter(T, k + 1, comma)) continue;
    if (!(kd[k] & CAP) && !RUN_JOINERS.has(tx[k]) && !lowerTitle) {
      // ("Head of the committee, X": a body in lower case, of three words at most, right after "of" or "of the".)
      const after = tx[k - 1] === 'the' ? k - 2 : k - 1;
      if (!(kd[k] & GAP) || !LOWER_BODY.test(T.written(k).trim()) || (tx[after] !== 'of' && tx[after] !== 'for')) return -1;
      k = after;
    }
  }
  return -1;
}

const RUN_JOINERS = new Set(['of', 'for', 'the', 'and']);
/** "committee", "permanent committee": a body's name in lower case, up to three words, closed by a body's word (not "of the country"). */
const LOWER_BODY = /^(?:\p{Ll}+ ){0,2}(?:committee|commission|council|department|division|directorate|office|bureau|agency|board|authority|secretariat|section|unit|service|institute|centre|center|association|foundation|delegation|mission|team|group|court|chamber|assembly)$/u;
/** "Meeting with CDS General X", "Talks with the Foreign Minister": a label set before a paragraph's first sentence. */
const MEETING_LABEL = /^(?:(?:Bilateral |Courtesy )?(?:Meetings?|Talks|Calls?|Discussions?)|Courtesy call) (?:with|on) [^.;:,]{2,60}$/;
/** " (Denmark parliament)": a gloss in brackets closing an office, with a word in lower case (not a short form). */
const GLOSS_CLOSING = /\s*\((?=[^()]*\b\p{Ll})[^()]*\)$/u;
const OFFICE_GOES_ON = new Set(['of', 'for', 'at']);

/** Whether an office ends right before the comma at token `comma` ("the Chairman of ISRO,", "the Defence Minister,"). */
function officeBeforeComma(lex: Lexicon, T: TokenStream, comma: number, titleEnd: Int32Array, lowerKey: (j: number) => string | undefined): boolean {
  return officeRunBefore(lex, T, comma, titleEnd, lowerKey) >= 0 || officeEndsAt(titleEnd, comma);
}

/** Whether tokens [from, to) are capitalized words joined by "and", one of them a portfolio's ("Unity and Culture"). */
function portfoliosAfter(T: TokenStream, from: number, to: number): boolean {
  let portfolio = false;
  for (let k = from; k < to; k++) {
    if (T.text[k] === 'and') continue;
    if (!(T.kind[k] & CAP)) return false;
    if ((T.textFlags[k] | T.baseFlags[k]) & W.PORTFOLIO) portfolio = true;
  }
  return portfolio && to > from;
}

/** The first country's name or adjective from `from` up to `to`, by token; -1 if none. */
function countryWithin(countryEnd: Int32Array, from: number, to: number): number {
  for (let k = from; k < to; k++) if (countryEnd[k]) return k;
  return -1;
}

/** Every word from i to end written with a capital and then small letters ("Rex Tillerson", not "PM Modi"). */
function titleCased(T: TokenStream, i: number, end: number): boolean {
  // (A particle in lower case inside the name is part of it: "Ursula von der Leyen".)
  // (So is a family name with its Arabic article joined in lower case, closing it: "Walid al-Khuraiji".)
  // (After a comma, initials in capitals without stops may open it: "the Chairman of ISRO, S Somanath,".)
  if (T.text[i - 1] === ',') while (i < end - 1 && /^(?:[A-Z]{2,3}|[B-HJ-Z])$/.test(T.text[i]) && T.end[i] + 1 === T.start[i + 1]) i++;
  // (So may one capital without its stop, "S Jaishankar"; and initials with their stops stand anywhere but last:
  // "John F. Kennedy", "K.P. Sharma Oli", "A. K. Abdul Momen".)
  else if (i < end - 1 && LONE_INITIAL.test(T.text[i]) && T.end[i] + 1 === T.start[i + 1]) i++;
  // (And a ruler's numeral closing it: "Ronald Muwenda Mutebi II", "Ya-Na Abukari II".)
  for (let k = i; k < end; k++) if (!/^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(T.text[k]) && !(k < end - 1 && DOTTED_INITIALS.test(T.text[k])) && !(k > i && k < end - 1 && INNER_PARTICLE.test(T.text[k])) && !(k > i && k === end - 1 && (JOINED_ARTICLE.test(T.text[k]) || REGNAL_NUMERAL.test(T.text[k])))) return false;
  return true;
}
/** Plurals of a member's office that count only before holders or the body they sit in ("a delegation of MPs"). */
const BARE_MEMBER_PLURALS = /^(?:Members|MPs)$/;
/** After "Members of": a body's name in capitals, not a possessive style ("of His Majesty's Government"). */
const LEGISLATURE_AFTER = /^\s*(?!(?:His|Her|Their)\b)\p{Lu}/u;
const CONTINENTS = new Set(['Africa', 'Europe', 'Asia', 'Oceania', 'Antarctica']);
const LIST_JOINER = /^(?:,|and|or)$/;
/** How many initials the name from i to end holds ("A. K. Abdul Momen": two), which its count of words leaves out. */
function initialsIn(T: TokenStream, i: number, end: number): number {
  let k = 0;
  for (let t = i; t < end - 1; t++) if (DOTTED_INITIALS.test(T.text[t]) || LONE_INITIAL.test(T.text[t])) k++;
  return k;
}

/** A delegation's roll up to a name: "delegation of the Senate, consisting of A, B and", past the names before it. */
const DELEGATION_MEMBERS = /\b(?:delegation|delegations)\b[^.;:]{0,100}?\b(?:consisting of|comprising|composed of|made up of)\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*and\s+|,\s*|and\s+))*$/u;

/** "The ambassadors are X from Norway, ...": a list's first item after "are" or "were". */
function rollOpens(T: TokenStream, k: number): boolean {
  return k >= 0 && /(?:^|\s)(?:are|were)$/.test(T.written(k));
}

/** Adverbs a reporter puts between a meeting verb and its "with" ("met today with Denis X"). */
const VERB_ADVERBS = new Set(['today', 'yesterday', 'separately', 'also', 'later', 'earlier', 'briefly', 'again', 'here', 'there', 'jointly', 'bilaterally']);

/** "met Rex Tillerson", "spoke with Antony Blinken", "met today with Denis X": a meeting verb right before token i. */
function verbBefore(T: TokenStream, i: number, verbs: Uint8Array): boolean {
  if (verbs[i] & VERB_END) return true;
  if (T.text[i - 1] !== 'with' && T.text[i - 1] !== 'to') return false;
  return (verbs[i - 1] & VERB_END) !== 0 || (i >= 2 && VERB_ADVERBS.has(T.written(i - 2).trim()) && (verbs[i - 2] & VERB_END) !== 0) ||
    (T.text[i - 1] === 'with' && (verbBeforeWhenWhere(T, i - 1, verbs) || discussedBefore(T, i - 1)));
}
/** "X discussed multilateral cooperation in the region with Natalia Y": what was discussed, then "with" its party. */
const DISCUSSED = /\bdiscuss(?:ed|es|ing)?\b/;
const DISCUSSED_TOKENS = 16;
function discussedBefore(T: TokenStream, w: number): boolean {
  for (let j = w - 1; j >= 0 && j >= w - DISCUSSED_TOKENS; j--) {
    const written = T.written(j);
    if (/[.;:!?\n]/.test(T.text[j]) || written.includes('\n')) return false;
    // (Not past an earlier "with": "discussed it with A and met with B" reads only the nearest verb's.)
    if (T.text[j] === 'with') return false;
    if (DISCUSSED.test(written)) return true;
  }
  return false;
}
/** "The meeting between A and B", "talks of A and B": a meeting's noun, then the parties. */
const MEETING_BETWEEN = /^(?:meeting|meetings|talks|discussions|consultations|conversation|call|encounter)$/;
function meetingNounBefore(T: TokenStream, i: number): boolean {
  if (i < 2) return false;
  // (Words the vocabulary lacks come as one run: "encounter between".)
  const words = [...T.written(i - 2).trim().split(/\s+/), ...T.written(i - 1).trim().split(/\s+/)];
  const link = words.pop();
  return (link === 'between' || link === 'of') && MEETING_BETWEEN.test((words.pop() ?? '').toLowerCase());
}

/** When and where, word by word, between a meeting verb and its "with": "on Tuesday evening", "19 December 2012", "by phone". */
const WHEN_WORD = /^(?:on|this|last|late|early|by|via|phone|telephone|video|link|morning|afternoon|evening|night|week|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4}(?:st|nd|rd|th)?)$/;

/**
 * "met Saturday in Al-Rajma with Khalifa X", "met on 19 December 2012 in Moscow with": a meeting verb, then when and
 * where it was held (a place only after "in" or "at", of at most three capitalized words), then "with" at token w.
 */
function verbBeforeWhenWhere(T: TokenStream, w: number, verbs: Uint8Array): boolean {
  let j = w - 1;
  for (let steps = 0; j >= 0 && steps < 8; steps++) {
    if (verbs[j] & VERB_END) return steps > 0;
    const words = T.written(j).trim().split(/\s+/);
    if (words.every((x) => WHEN_WORD.test(x) || VERB_ADVERBS.has(x))) { j--; continue; }
    // (A place: capitalized words back to the "in" or "at" before them.)
    let k = j;
    while (k > j - 3 && k >= 0 && /^\p{Lu}[\p{L}'-]*$/u.test(T.written(k))) k--;
    if (k === j || k < 0 || (T.text[k] !== 'in' && T.text[k] !== 'at')) return false;
    j = k - 1;
  }
  return false;
}

/**
 * "Tomas X and his wife Lena X welcomed", "Ararat X and his Azerbaijani counterpart Jeyhun Y discussed": from "and" at
 * token k, one's companion by a relation word, then a meeting verb after the companion's name.
 */
function companionBeforeVerb(lex: Lexicon, T: TokenStream, k: number, countryEnd: Int32Array, verbs: Uint8Array): boolean {
  if (T.text[k] !== 'and') return false;
  let j = k + 1;
  let words = '';
  while (j < T.n && j < k + 6 && !isName(T, j)) {
    words += countryEnd[j] ? ' NATION ' : ` ${T.written(j)} `;
    j = countryEnd[j] || j + 1;
  }
  return (COMPANION.test(words) || NATION_OFFICE.test(words)) && isName(T, j) && verbAfter(T, nameEnd(lex, T, j), verbs);
}
/** Before two names set off: an office in the plural ("The two foreign ministers, ", "The heads of state of Poland and Lithuania, "). */
const PLURAL_BEFORE = /\b(?:ministers|leaders|presidents|heads of (?:state|government|delegation)|chiefs|secretaries|ambassadors|envoys|commanders|counterparts|premiers|prime ministers)(?:\s+of\s+[^,;.]{1,40}?)?,\s*$/i;
const COMPANION = /^\s*(?:his|her)\s+(?:NATION\s+)?(?:wife|husband|spouse|counterpart|colleague)\s*$/;
/** "Benjamin X and Indian Prime Minister Y discussed": another nation's office, in capitals, before the second name. */
const NATION_OFFICE = /^\s*(?:the\s+)?NATION(?:\s+\p{Lu}[\p{L}-]*){1,3}\s*$/u;

/** "Ivan X (Russia)": the country in brackets right after a name ending at token `end`, as written, or null. */
function bracketedCountry(T: TokenStream, end: number, countryEnd: Int32Array): string | null {
  if (T.text[end] !== '(') return null;
  if (countryEnd[end + 1] && T.text[countryEnd[end + 1]] === ')') return joinTokens(T, end + 1, countryEnd[end + 1]);
  // ("Eliot Engel (D-NY)", "Bruce Rauner (Illinois)": an American legislator's party and state, or a state or
  // province the regions' lexicon knows, alone in the brackets.)
  const after = T.source.slice(T.start[end] + T.shift, T.start[end] + T.shift + 40);
  if (PARTY_STATE.test(after)) return 'United States';
  const alone = /^\(([^()]{3,30})\)/.exec(after);
  return alone ? regionOf(alone[1].trim()) ?? null : null;
}
/** An American legislator's party and state after his name: "(D-NY)", "(R-Texas)", "(D-Calif.)", "(R-S.C.)". */
const PARTY_STATE = /^\((?:D|R|I)\s?[-–]\s?(?:[A-Z]\.?){1,2}[a-z.]{0,12}(?:\s[A-Z][a-z.]+)?\)/;

/**
 * "A, B, C and D held a virtual meeting": from token k, full names of title-case words joined by commas, the last by
 * "and", then a meeting verb (each name of the list beside the verb as the last one is).
 */
function listBeforeVerb(lex: Lexicon, T: TokenStream, k: number, verbs: Uint8Array): boolean {
  for (let items = 0; items < 6 && k < T.n; items++) {
    if (!isName(T, k) || T.text[k] === 'and') return false;
    const e = nameEnd(lex, T, k);
    if (e - k < 2 || !titleCased(T, k, e)) return false;
    if (T.text[e] === ',' && T.text[e + 1] !== 'and') { k = e + 1; continue; }
    const last = T.text[e] === 'and' ? e + 1 : T.text[e] === ',' ? e + 2 : -1;
    if (last < 0 || !isName(T, last)) return false;
    const lastEnd = nameEnd(lex, T, last);
    return lastEnd - last >= 2 && titleCased(T, last, lastEnd) && verbAfter(T, lastEnd, verbs);
  }
  return false;
}

/** "Xi Jinping met", "Xi Jinping also received": a meeting verb at token k, perhaps after "also". */
function verbAfter(T: TokenStream, k: number, verbs: Uint8Array): boolean {
  // ("Sergey X and Mike Y, during a telephone conversation, discussed": past an aside between commas.)
  // ("John X, in London on his first trip as U.S. Secretary of State, telephoned": a longer aside too.)
  if (T.text[k] === ',' && k + 1 < T.n && /^(?:during|in|at|on|over)\b/.test(T.written(k + 1))) {
    let e = k + 2;
    while (e < T.n && e < k + 18 && T.text[e] !== ',' && !(T.text[e] === '.' && !(T.kind[e - 1] & CAP && T.text[e - 1].length <= 2))) e++;
    if (T.text[e] === ',') k = e + 1;
  }
  // ("the heads of the two administrations – Sergei X and Boris Y – met": past the dash closing an aside.)
  if ((T.text[k] === '–' || T.text[k] === '—') && k > 0) k++;
  // (Lower-case words between may be one gap token: read as written.)
  // ("Ronald X has today held talks": the perfect's auxiliary too.)
  if (k < T.n && /^(?:has|have)(?: (?:also|today|yesterday))?$/.test(T.written(k).trim())) k++;
  if (k < T.n && /^(?:also|today|yesterday)$/.test(T.written(k).trim())) k++;
  // ("Patrice X was received this Tuesday by ...": a passive's auxiliary before the verb.)
  if (k < T.n && /^(?:was|were)(?: also)?$/.test(T.written(k).trim())) k++;
  // ("Melanie X is meeting U.S. Secretary of State Y": the news's present, told in -ing.)
  if (k + 1 < T.n && /^(?:is|are)(?: also)?$/.test(T.written(k).trim()) && /^(?:meeting|visiting|hosting|receiving|holding|welcoming)$/.test(T.written(k + 1).trim())) return true;
  return k < T.n && (verbs[k] & VERB_START) !== 0;
}

/**
 * Sorts list[from..] by span (start, then longer first), stably. The passes above find entities kind by kind;
 * sorted paragraphs make the document's entities one sorted run, which the document-wide sort then merges cheaply.
 */
function sortFrom(list: LocalEntity[], from: number): void {
  const after = (a: LocalEntity, b: LocalEntity) => a.start > b.start || (a.start === b.start && a.end < b.end);
  if (list.length - from > 64) {
    const part = list.slice(from).sort((a, b) => a.start - b.start || b.end - a.end);
    for (let k = 0; k < part.length; k++) list[from + k] = part[k];
    return;
  }
  // A paragraph's few entities, in a few sorted runs: an insertion sort, in place and stable.
  for (let k = from + 1; k < list.length; k++) {
    const x = list[k];
    let j = k - 1;
    while (j >= from && after(list[j], x)) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
}

/** Whether token k is followed by one space and a token right after it. */
function spacedAfter(T: TokenStream, k: number, text: string, shift: number): boolean {
  return k + 1 < T.n && T.start[k + 1] === T.end[k] + 1 && text.charCodeAt(T.end[k] + shift) === 32;
}

/** "the diplomat", "the Chinese diplomat" (single spaces, a possessive allowed) from the "the" at token i. */
function descriptor(T: TokenStream, i: number, text: string, shift: number): DescriptorHit | null {
  const spaced = (k: number) => spacedAfter(T, k, text, shift);
  if (!spaced(i)) return null;
  let k = i + 1;
  let adjective: string | null = null;
  if (T.kind[k] & CAP && /^[A-Z][\p{L}-]+$/u.test(T.text[k]) && spaced(k)) {
    adjective = T.text[k];
    k++;
    // ("the South African leader", "the Sri Lankan minister": a nationality of two words.)
    if (T.kind[k] & CAP && /^[A-Z][\p{L}-]+$/u.test(T.text[k]) && spaced(k)) {
      adjective = `${adjective} ${T.text[k]}`;
      k++;
    }
  }
  if (!(T.baseFlags[k] & W.DESCRIPTOR) || (T.kind[k] & CAP)) return null;
  return { start: T.start[i], end: T.baseEnd[k], adjective, noun: T.base[k] };
}

/** "India's top envoy", "China's diplomat": a country's possessive before a descriptor, a word of rank between. */
function possessiveDescriptor(T: TokenStream, i: number, text: string, shift: number, country: string): DescriptorHit | null {
  const spaced = (k: number) => spacedAfter(T, k, text, shift);
  if (!spaced(i)) return null;
  let k = i + 1;
  if (!(T.kind[k] & CAP) && POSSESSIVE_DESCRIPTOR_MODIFIER.test(T.written(k).trim()) && spaced(k)) k++;
  if (!(T.baseFlags[k] & W.DESCRIPTOR) || (T.kind[k] & CAP)) return null;
  // (Not an office before its holder's name: "Portugal's president Marcelo X".)
  if (k + 1 < T.n && T.kind[k + 1] & CAP && spaced(k)) return null;
  return { start: T.start[i], end: T.baseEnd[k], adjective: country, noun: T.base[k] };
}
const POSSESSIVE_DESCRIPTOR_MODIFIER = /^(?:top|chief|senior|new)$/;

interface Scratch {
  rankEnd: Int32Array;
  titleEnd: Int32Array;
  countryEnd: Int32Array;
  orgEndAt: Int32Array;
  isHead: Uint8Array;
  nameTaken: Uint8Array;
  headAhead: Uint8Array;
  /** The furthest end of a body's name starting at or before each token (read for names inside a body's name). */
  orgReach: Int32Array;
}

let pool: Scratch | undefined;
let poolSize = 0;

/** Zeroed per-token arrays; allocated once and grown, since paragraphs are analyzed one at a time. */
function scratch(n: number): Scratch {
  n += 2; // lookups may peek one or two past the last token
  if (!pool || poolSize < n) {
    poolSize = Math.max(n, poolSize * 2, 1024);
    pool = {
      rankEnd: new Int32Array(poolSize), titleEnd: new Int32Array(poolSize), countryEnd: new Int32Array(poolSize),
      orgEndAt: new Int32Array(poolSize), isHead: new Uint8Array(poolSize), nameTaken: new Uint8Array(poolSize),
      headAhead: new Uint8Array(poolSize), orgReach: new Int32Array(poolSize),
    };
  } else {
    pool.rankEnd.fill(0, 0, n); pool.titleEnd.fill(0, 0, n); pool.countryEnd.fill(0, 0, n);
    pool.orgEndAt.fill(0, 0, n); pool.isHead.fill(0, 0, n); pool.nameTaken.fill(0, 0, n); pool.headAhead.fill(0, 0, n);
  }
  return pool;
}

/** "EFES 2022 Military Exercise", "Balikatan 2024 Exercise": a year after a name, then more of it, names an event. */
function eventYear(T: TokenStream, k: number): boolean {
  return k + 1 < T.n && /^(?:19|20)\d\d$/.test(T.text[k]) && (T.kind[k + 1] & CAP) !== 0;
}

/** "US-Mexico", "Russia-Ukraine": the countries a hyphenated compound joins, if all its parts are countries. */
function compoundCountries(lex: Lexicon, word: string): { offset: number; length: number; name: string }[] {
  const parts = word.split('-');
  if (parts.length < 2) return [];
  const found: { offset: number; length: number; name: string }[] = [];
  let offset = 0;
  for (const part of parts) {
    const c = lex.countries.longest(0, (j) => (j === 0 ? part : undefined));
    if (!c || c.end !== 1) return [];
    found.push({ offset, length: part.length, name: c.value.name });
    offset += part.length + 1;
  }
  return found;
}

/**
 * "former Japanese Prime Minister X", "former US secretary of state Y": an office one no longer holds, perhaps with
 * the holder's nationality between "former" and the office; the office read as "former Prime Minister". (Not "outgoing"
 * or "incoming": an office still held, which the analyst records without it.)
 */
function formerAcross(T: TokenStream, i: number, countryEnd: Int32Array, position: string | null): string | null {
  if (!position || /^(?:former|ex-)/i.test(position)) return position;
  // ("the former President X", "former Presidents A and B": or right before the office.)
  const c = countryStartBefore(countryEnd, i);
  const at = c >= 0 ? c : i;
  const before = at > 0 ? T.text[at - 1] : '';
  return before === 'former' || before === 'Former' ? `${before} ${position}` : position;
}

/**
 * "The Secretary General and Prime Minister Cameron discussed ...", the Secretary General named before: two people,
 * the office standing for the one already named, the last for the name after it.
 */
function ownOffice(position: string | null, before: string | undefined, earlier: readonly NameMention[]): string | null {
  const and = position && (before === 'the' || before === 'The') ? position.indexOf(' and ') : -1;
  if (and < 0) return position;
  const first = position!.slice(0, and).toLowerCase();
  return earlier.some((m) => m.position?.toLowerCase() === first) ? position!.slice(and + 5) : position;
}

/** Whether the sentence holding token k opens with a preposition of time or place and runs to k with no comma. */
function openedByPreposition(T: TokenStream, k: number): boolean {
  let t = k;
  while (t > 0 && k - t < 30 && !/^[.,;:!?]$/.test(T.text[t - 1])) t--;
  return (t === 0 || /^[.!?]$/.test(T.text[t - 1])) && OPENING_PREPOSITIONS.test(T.text[t]);
}
const OPENING_PREPOSITIONS = /^(?:Ahead|After|Before|During|Following|Prior|Upon|On|In|At|Besides|Apart|Unlike|Like)$/;

/**
 * "Peruvian and Chilean diplomatic chiefs A and B", "the Peruvian and Chilean foreign ministers A and B": a plural of
 * officials after two nationalities, before their names; the token after the nationalities, or -1.
 */
function pairedCue(T: TokenStream, k: number, countryEnd: Int32Array): number {
  const word = T.written(k).split(' ').pop()!;
  if (!PLURAL_OFFICIALS.test(word)) return -1;
  let m = k - 1;
  while (m > k - 3 && m >= 0 && T.kind[m] & WORD && !(T.kind[m] & CAP) && !countryEnd[m] && T.text[m] !== 'and') m--;
  return nationsBefore(T, m + 1, countryEnd).length >= 2 ? m + 1 : -1;
}
const LED = /^(?:led|headed)$/;

/** The last word of token k: lower-case words the lexicon does not hold stand in one gap token, read as written. */
function lastWordOf(T: TokenStream, k: number): string {
  return T.written(k).trim().split(/\s+/).pop() ?? '';
}
const PLURAL_OFFICIALS = /^(?:counterparts|ministers|envoys|ambassadors|chiefs|diplomats|colleagues|peers|commanders|secretaries|leaders|representatives)$/;

/** A word that introduces a counterpart's name ("counterpart", "peers"), or "opposite number" (lower-case words run
 * together in one token). */
function isCueWord(lex: Lexicon, T: TokenStream, k: number): boolean {
  return k >= 0 && (lex.nameCues.has(T.text[k]) || ((T.kind[k] & GAP) !== 0 && /(?:^| )opposite number$/.test(T.written(k))));
}

/**
 * " A (Inspector General), B (Chairman, Joint Services Training Committee) and C (Staff Officer One)" from token `k`:
 * full names joined by commas and closed by "and", each perhaps with its office in parentheses; none unless so closed.
 */
function rankedList(T: TokenStream, k: number, countryEnd: Int32Array, titleEnd: Int32Array): { start: number; end: number; position: string | null }[] {
  const tx = T.text;
  return closedList(T, k, (start) => {
    const end = fullNameAt(T, start, countryEnd);
    if (end < 0) return null;
    if (tx[end] !== '(') return { start, end, position: null, next: end };
    // ("A(Inspector General)": an office in parentheses after the name is his.)
    let close = end + 1;
    while (close < T.n && close < end + 16 && tx[close] !== ')') close++;
    if (tx[close] !== ')') return null;
    return { start, end, position: titleEnd[end + 1] ? joinTokens(T, end + 1, close) : null, next: close + 1 };
  }, false, 12);
}

let openers: { lex: Lexicon; words: Set<string> } | undefined;
/** The first words of the lexicon's relative days of two words ("last", "Last" of "last night"), read once per lexicon. */
function relativeDayOpeners(lex: Lexicon): Set<string> {
  if (openers?.lex !== lex) {
    const first = [...lex.relativeDays.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]);
    openers = { lex, words: new Set(first.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])) };
  }
  return openers.words;
}
