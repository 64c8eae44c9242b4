// The country (or international body) each official serves, from every cue the text gives, strongest first:
// what the title chain says (resolve.ts), the side a sentence names ("the Thai delegation included ..."), the
// other side of a bilateral meeting, the country the release was filed from, and last a common family name.
import { bodySpellings, lexicon, literalAlternation } from '../lexicon';
import countriesData from '../lexicons/countries.json';
import mediaData from '../lexicons/media.json';
import orgData from '../lexicons/organizations.json';
import titlesData from '../lexicons/titles.json';
import type { MeetingDraft } from '../meetings/meetings';
import { countryOfPlace, isSeat, placeRank, seatCity, TOPIC_IN, type Dateline } from '../meetings/document';
import { regionOf } from '../recognition/regions';
import { firstStartingAt, within } from '../spans';
import type { Definition } from '../recognition/localTypes';
import type { Entity, Person } from '../types';
import { countryIn, countryName, countryOrFirstWord, envoyFor, heldIn, surnameCountry } from './countryNames';

/** Short forms a wire service of another country also goes by: no publisher's country. */
const SHARED_ACRONYMS = new Set<string>(orgData.sharedAcronyms);

let tables: { countryOf: Map<string, string>; bodyNames: [string, string][]; bodyPattern: RegExp } | undefined;

function lexTables() {
  if (!tables) {
    const countryOf = new Map<string, string>(Object.entries(orgData.countryOf));
    // A seat of government serves its city's country ("at the Kremlin": Russia).
    for (const [seat, city] of Object.entries<string>(orgData.seatCities)) {
      const country = countryOfPlace(city);
      if (country) countryOf.set(seat, country);
    }
    const bodyNames: [string, string][] = [];
    for (const [body, names] of Object.entries(orgData.bodies)) for (const n of names) for (const v of bodySpellings(n)) bodyNames.push([v, body]);
    bodyNames.sort((a, b) => b[0].length - a[0].length);
    const bodyPattern = new RegExp(`(?<![\\p{L}.])(?:${literalAlternation(bodyNames.map(([n]) => n))})(?![\\p{L}])`, 'gu');
    tables = { countryOf, bodyNames, bodyPattern };
  }
  return tables;
}

/** A body's Secretary-General, or his deputy or assistant. */
const SECRETARY_GENERAL = /^(?:(?:Deputy|Assistant|Under)[- ])?Secretary[- ]General\b/i;
/** Bodies of states by the kind of their name. */
const STATES_BODY = /\b(?:Council|League|Organi[sz]ation|Union|Association|Conference|Forum|Community|Secretariat)\b/;
/** Bodies that are no state's organ: think tanks, foundations, firms, universities. */
const NON_STATE_BODY = /\b(?:Institute|Council|Cent(?:er|re)|Foundation|Society|Forum|Association|Endowment|Chamber|Company|Corporation|Group|University|Academy|Initiative)\b/;
/** "of the International Ombudsman Institute": a body named international or worldwide, in title case, and the word
 * before "of" (no department's "of International Organizations"). */
const INTERNATIONAL_BODY = /(?:(\p{Lu}[\p{L}-]*)\s+)?\bof\s+(?:the\s+)?((?:International|World|Global)(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|and|the))*?\s+(?:Institute|Organi[sz]ation|Association|Federation|Committee|Council|Union|Alliance|Foundation|Court|Tribunal|Centre|Center|Network|Society|Forum|Conference))\b/u;
/** A part of a ministry or a party, whatever it is called ("International Department", "International Relations Office"). */
const DEPARTMENT = /\b(?:Department|Division|Directorate|Office|Bureau|Section|Unit|Affairs|Relations|Cooperation)\b/;
/** A state's own councils, parties and ministries. */
const OWN_BODY = /\b(?:Ministry|Ministries|Party|National|Presidential|Supreme|Federal|State|Government)\b|^(?:the\s+)?Council of Ministers$/;
/** The international body a phrase names ("Secretary-General of the United Nations", "NATO"), or null. */
export function bodyIn(phrase: string | null): string | null {
  if (!phrase) return null;
  const { bodyNames, bodyPattern } = lexTables();
  bodyPattern.lastIndex = 0;
  const m = bodyPattern.exec(phrase);
  return m ? bodyNames.find(([n]) => n === m[0])?.[1] ?? null : null;
}

let offices: Map<string, string> | undefined;
/** A ruler's office, which a style telling his country may stand before ("Custodian of the Two Holy Mosques King"). */
export const RULER_OFFICES = 'King|Queen|Sultan|Emir|Amir';
/** Where a stack of offices parts: commas, "and", dashes, and before a ruler's office closing it. */
const RULER_SPLIT = new RegExp(String.raw`\s*(?:,|\band\b|[–—])\s*|\s+(?=(?:${RULER_OFFICES})$)`);

/** The country of an office only one country has ("Secretary of Defense"), for each office of a stack. */
export function officeCountry(position: string | null): string | null {
  if (!position) return null;
  offices ??= new Map(Object.entries(titlesData.officeCountries).map(([k, v]) => [k.toLowerCase(), v]));
  // ("Secretary of State for Foreign, Commonwealth and Development Affairs": the whole office first, commas and all.)
  const whole = offices.get(position.trim().toLowerCase());
  if (whole) return whole;
  // ("Custodian of the Two Holy Mosques King": a ruler's style, then his office.)
  const parts = position.split(RULER_SPLIT);
  // ("Secretary of State, Ministry of National Defence": a ministry's secretary of state is a junior minister.)
  const ofMinistry = parts.some((x) => /^(?:the\s+)?Ministry\b/i.test(x));
  for (const part of parts) {
    // ("Assistant Secretary of State for African Affairs": the office whatever its domain.)
    // ("Acting Assistant Secretary of State", "Deputy Secretary of Defense": one holding or seconding it, of the same country.)
    const office = part.trim().toLowerCase().replace(/^(?:(?:former|acting|interim|outgoing|incoming|principal|senior|deputy)\s+)+/, '');
    // (Not "Secretary of State for Cooperation", a European government's junior minister: the United States' has no
    // domain.)
    // ("Apostolic Nuncio to Armenia": the office wherever it is held.)
    const bare = office.replace(/ (?:for|to) .*$/, '');
    if (ofMinistry && bare === 'secretary of state') continue;
    const c = offices.get(office) ?? (bare === 'secretary of state' ? undefined : offices.get(bare));
    if (c) return c;
  }
  return null;
}

/** Whether the lexicon knows a national body by this whole name ("American Institute in Taiwan"). */
export const knownBodyName = (name: string): boolean => lexTables().countryOf.has(name);

/** Whose an organization is: a country it names, a national body's known country, or an international body. */
export function organizationSide(name: string | null): string | null {
  if (!name) return null;
  const { countryOf } = lexTables();
  const plain = name.replace(/’/g, "'");
  // ("US-ASEAN Business Council", "China-Africa Development Fund": a body of two partners is the first one's.)
  const pair = /^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*) /u.exec(plain);
  const first = pair ? countryName(pair[1]) : null;
  if (pair && first && (countryName(pair[2]) || countryOf.get(pair[2]) || bodyIn(pair[2]))) return first;
  // ("the Egypt-based Orascom Investment Holding": where a company is based.)
  const based = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)-based /u.exec(plain);
  const base = based ? countryName(based[1]) : null;
  if (base) return base;
  // ("African Union Mission in Somalia": a body's own mission, whatever country it is in.)
  const opening = bodyOpening(plain);
  if (opening) return opening;
  // ("Central Committee of the Workers' Party of Korea": the body the lexicon knows before a country word inside it.)
  // ("Taipei Economic and Cultural Office in Manila", "Manila Economic and Cultural Office": a city opening a
  // body's name is its country's, wherever the body sits.)
  const direct = countryOf.get(plain) ?? knownBodyWithin(plain) ?? leadingCity(plain) ?? countryIn(plain);
  if (direct) return direct;
  // ("Primorsky Krai", "Omsk Oblast": a province the regions' lexicon knows, by its kind of place.)
  const province = PROVINCE_NAME.exec(plain);
  const region = province ? regionOf(province[1]) : undefined;
  if (region) return region;
  return knownWordWithin(plain) ?? bodyIn(plain);
}

/** Kinds of place a province's name closes with that make a body's name of it ("Omsk Oblast", "Primorsky Krai"). */
export const PROVINCE_KINDS = 'Oblast|Krai|Okrug|Governorate|Voivodeship';
/** "Niger State Governor", "Governor of Delta State": the country of a state an office names, where the regions' lexicon knows it by "State". */
export function stateProvinceIn(position: string | null): string | null {
  const m = position ? /\b(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\sState)\b/u.exec(position) : null;
  return (m && regionOf(m[1])) ?? null;
}
/** A province's name by its kind of place: "Omsk Oblast", "Primorsky Krai", "Yunnan Province". */
const PROVINCE_NAME = new RegExp(String.raw`^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:${PROVINCE_KINDS}|Region|Province|Prefecture)$`, 'u');

/** The international body whose name opens `name` ("EUTM Somalia Mission": the European Union), or null. */
export function bodyOpening(name: string): string | null {
  const { bodyPattern } = lexTables();
  bodyPattern.lastIndex = 0;
  return bodyPattern.exec(name.replace(/’/g, "'"))?.index === 0 ? bodyIn(name) : null;
}

/** The country of a city (of one or two words) that opens a body's name of three words or more. */
function leadingCity(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 3) return null;
  for (const n of [2, 1]) {
    const city = words.slice(0, n).join(' ');
    if (/^\p{Lu}/u.test(words[n] ?? '') && !countryName(city)) {
      const country = countryOfPlace(city);
      if (country) return country;
    }
  }
  return null;
}

/** The country of a national body the lexicon knows, named within `text` ("Deputy Chair of the Milli Majlis"). */
function nationalBodyIn(text: string): string | null {
  return knownWordWithin(text) ?? knownBodyWithin(text);
}

/** The country of a body of one word the lexicon knows, named within `text` ("PLA", "Sejm"). */
function knownWordWithin(text: string): string | null {
  const { countryOf } = lexTables();
  for (const word of text.split(/[\s,()]+/)) {
    const c = countryOf.get(word);
    if (c) return c;
  }
  return null;
}

/** The country of a body of several words the lexicon knows, named within `text`. */
function knownBodyWithin(text: string): string | null {
  for (const [key, c] of lexTables().countryOf) if (key.includes(' ') && text.includes(key)) return c;
  return null;
}

/**
 * The country of the national body an office is "of" ("First Deputy Chair of the Milli Majlis, chairman of ..."):
 * not any body the office's words hold ("Chairman Chiefs of Staff Committee, PTI" names the agency, not his).
 */
export function officeBodyCountry(position: string): string | null {
  for (const m of position.replace(/’/g, "'").matchAll(OF_BODY)) {
    const c = nationalBodyIn(m[1]);
    if (c) return c;
  }
  return null;
}
const OF_BODY = /\bof (?:the )?((?:\p{Lu}[\p{L}'-]*)(?: \p{Lu}[\p{L}'-]*)*)/gu;

export interface CountryCues {
  text: string;
  /** Sentences, for the sides they name ("the Thai delegation included ..."). */
  sentences: readonly { start: number; end: number }[];
  /** Country names and adjectives in the text, with their country. */
  places: readonly { start: number; end: number; country: string; capital?: boolean }[];
  officials: readonly Entity[];
  dateline: Dateline | null;
  /** The title (the text before the body), for "Japan-UK Defence Ministerial Talks". */
  bodyStart: number;
  /** The short forms the text defines ("Royal Thai Navy (RTN)"). */
  definitions: readonly Definition[];
}

// ("BNP Secretary General", "Komeito Secretary-General", "the party's Secretary General, Ms": a party's or another body's.)
const OTHERS_SECRETARY = /(?:\b(?!(?:UN|U\.N\.|The|United Nations|Deputy|Under|Assistant|Acting|Former|Executive|Then)\s)(\p{Lu}[\p{L}.-]*)|\b[Pp]arty['’]s) Secretary[- ]General,? (?:(?:Ms|Mr|Mrs|Dr|H\.\s?E)\.? )?$/u;

/** "the RTN delegation", the text reading "a Royal Thai Navy (RTN) delegation": the country inside the name a short form stands for. */
function definedBody(cues: CountryCues, short: string | undefined): string | null {
  const long = short ? cues.definitions.find((d) => d.short === short)?.long : undefined;
  return long ? countryIn(long) : null;
}

/**
 * "The People's Party of Cambodia (PPC) ... Chea X, chairman of the Central Committee of the PPC": a body's short form
 * the text defines, in an office, gives the country its long form names.
 */
function definedBodies(cues: CountryCues, officials: readonly Person[]): void {
  if (cues.definitions.length === 0) return;
  for (const p of officials) {
    if (p.country || !p.position) continue;
    const shorts = [...`${p.position} ${p.organization ?? ''}`.matchAll(/\b\p{Lu}{2,6}\b/gu)].map((m) => m[0]);
    const nations = new Set(shorts.map((s) => definedBody(cues, s)).filter((c): c is string => c !== null));
    if (nations.size === 1) p.country = [...nations][0];
  }
}

/**
 * "Governor Nasir X", the text naming "Kaduna State" and no province of another country: a local office's holder,
 * his country unstated, governs a province the text names.
 */
function provinceHolders(officials: readonly Person[], text: string, filedIn: string | null | undefined): void {
  const local = officials.filter((p) => !p.country && p.position && BARE_LOCAL_OFFICE.test(p.position));
  if (local.length === 0) return;
  const countries = new Set<string>();
  for (const m of text.matchAll(CAPITALIZED_RUN)) {
    const words = m[0].split(/\s+/);
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b <= words.length && b <= a + 3; b++) {
        const c = regionOf(words.slice(a, b).join(' '));
        if (c) countries.add(c);
      }
    }
    if (countries.size > 1) return;
  }
  // (Not filed from another country: "HYDERABAD - Mayor X met New York City Mayor Y ... Riverside, California".)
  if (countries.size === 1 && !(filedIn && !countries.has(filedIn))) for (const p of local) p.country = [...countries][0];
}
/** A local office named bare ("Governor", "the Kaduna State governor" read as "State Governor"). */
const BARE_LOCAL_OFFICE = /^(?:(?:Deputy|Vice|Executive|State|Provincial|Regional)\s+)?(?:Governor|Chief Minister|Mayor|Premier|Akim|K?hokim|Wali|Prefect)$/i;
const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/**
 * The countries officials cannot serve, by id: the nation of their counterpart ("President X held talks with his
 * South Sudanese counterpart Y": X is no South Sudanese), said of those the sentence names before the cue.
 */
function counterpartNations(cues: CountryCues): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of cues.text.matchAll(COUNTERPART_NATION)) {
    const nation = countryName(m[1]);
    if (!nation) continue;
    const sent = sentenceAt(cues, m.index!);
    if (!sent) continue;
    for (const o of within(cues.officials, { start: sent.start, end: m.index! })) {
      if (!o.id) continue;
      const set = out.get(o.id) ?? new Set<string>();
      set.add(nation);
      out.set(o.id, set);
    }
  }
  return out;
}
const COUNTERPART_NATION = /\b(?:his|her|with|meets|met)\s+(?:(?:new|newly[- ]appointed|incoming)\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(?:counterparts?|peers?|opposite numbers?)\b/gu;

const VISIT_LIST_GAP = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/;
/** Whether place k closes a run of places joined by commas and "and" that opens right after a visiting verb. */
function inVisitList(cues: CountryCues, k: number): boolean {
  let j = k;
  while (j > 0 && VISIT_LIST_GAP.test(cues.text.slice(cues.places[j - 1].end, cues.places[j].start))) j--;
  return j < k && VISITING.test(cues.text.slice(Math.max(0, cues.places[j].start - 24), cues.places[j].start));
}
/**
 * The countries each official visits or arrives in, by id: the subject (the sentence's first official) of "Visiting
 * Jakarta, X ...", "X, visiting Nigeria, ...", "X visited China", "X arrived in Abuja".
 */
function visitedCountries(cues: CountryCues): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [at, p] of cues.places.entries()) {
    // ("visited Estonia, Latvia and Lithuania": each country of the list after the verb.)
    if (!VISITING.test(cues.text.slice(Math.max(0, p.start - 24), p.start)) && !DURING_VISIT.test(cues.text.slice(Math.max(0, p.start - 48), p.start)) && !inVisitList(cues, at)) continue;
    // (A place, not a nationality: "the visiting Chinese delegation" is Chinese.)
    if (!PLACE_CLOSED.test(cues.text.slice(p.end, p.end + 10))) continue;
    const s = sentenceAt(cues, p.start);
    if (!s) continue;
    const k = firstStartingAt(cues.officials, s.start);
    let first = k < cues.officials.length && cues.officials[k].end <= s.end ? cues.officials[k] : undefined;
    // ("The Defence Secretary's visit comes weeks after Minister Akar visited the UK": the subject of the clause the
    // visit is told in.)
    const clause = SUBORDINATE_OPENS.exec(cues.text.slice(s.start, p.start));
    if (clause) first = within(cues.officials, { start: s.start + clause.index + clause[0].length, end: p.start })[0] ?? first;
    if (!first?.id) continue;
    const set = out.get(first.id) ?? new Set<string>();
    out.set(first.id, set.add(p.country));
  }
  for (const p of cues.places) {
    if (!p.country || !WHO_IS_IN.test(cues.text.slice(Math.max(0, p.start - 36), p.start)) || !PLACE_CLOSED.test(cues.text.slice(p.end, p.end + 10))) continue;
    const who = within(cues.officials, { start: Math.max(0, p.start - 120), end: p.start }).at(-1);
    if (who?.id && /^,?\s*who\b/.test(cues.text.slice(who.end, who.end + 8))) out.set(who.id, (out.get(who.id) ?? new Set<string>()).add(p.country));
  }
  // ("concluded the official visit of Defense Minister X to Vilnius": the one whose visit it is.)
  // ("Ahead of President X's State visit to Türkiye": or the one whose name owns it.)
  for (const p of cues.places) {
    const before = cues.text.slice(Math.max(0, p.start - 100), p.start);
    const visit = VISIT_OF.exec(before) ?? OWNED_VISIT_TO.exec(before);
    if (!visit || !p.country || !(PLACE_CLOSED.test(cues.text.slice(p.end, p.end + 10)) || /^[ \t]*\n/.test(cues.text.slice(p.end, p.end + 10)))) continue;
    const from = p.start - before.length + visit.index!;
    const owner = within(cues.officials, { start: Math.max(0, from - 60), end: from + 2 }).filter((o) => o.end === from);
    for (const o of [...owner, ...within(cues.officials, { start: from, end: p.start })]) {
      if (o.id) out.set(o.id, (out.get(o.id) ?? new Set<string>()).add(p.country));
    }
  }
  // ("Foreign Minister X on Thursday concluded his three-day visit to Kenya", "President Y received a delegation of
  // the Russian Federation": the nearest official before is the visitor, or the host of that country's delegation.)
  for (const p of cues.places) {
    if (!p.country || !PLACE_CLOSED.test(cues.text.slice(p.end, p.end + 10))) continue;
    const s = sentenceAt(cues, p.start);
    if (!s) continue;
    const before = cues.text.slice(s.start, p.start);
    const own = OWN_VISIT_TO.exec(before) ?? RECEIVED_DELEGATION_OF.exec(before) ?? LED_DELEGATION_TO.exec(before);
    if (!own) continue;
    const officials = within(cues.officials, { start: s.start, end: s.start + own.index });
    const last = officials[officials.length - 1];
    if (last?.id) out.set(last.id, (out.get(last.id) ?? new Set<string>()).add(p.country));
  }
  return out;
}

/** The last clause opening before a visit's verb: "weeks after", "when", "while". */
const SUBORDINATE_OPENS = /\b(?:after|before|when|while|since)\s(?![^]*\b(?:after|before|when|while|since)\s)/;
const HOSTED_BY_NATION = /\b(?:hosted by|at the invitation of|invited by|as (?:a )?guests? of)\s+(?:the\s+)?$/;
const VISITS_IN_TITLE = /\b(?:[Vv]isits|[Vv]isit to|[Aa]rrives in|[Tt]ours|[Tt]our of)\s+(?:the\s+)?$/;
// ("made his first official visit on Tuesday to Finland": a day may stand between the visit and where it went.)
const OWN_VISIT_TO = /\b(?:(?:concluded|concludes|began|begins|started|starts|wrapped\s+up|ended|ends|completed|completes|is\s+on|was\s+on|made|makes|paid|pays|undertook|undertakes|continued|continues|kicked\s+off)\s+(?:his|her)|who\s+(?:is|was)\s+(?:currently\s+)?on\s+(?:a|an|his|her))\s+(?:[\w-]+\s+){0,4}?(?:visit|trip|tour)\s+(?:(?:on|this|last)\s+\w+\s+)?to\s+(?:the\s+)?$/;
const RECEIVED_DELEGATION_OF = /\b(?:received|receives|welcomed|welcomes|hosted|hosts)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:of|from)\s+(?:the\s+)?$/;
// ("Lin led a delegation of representatives from Taiwan's electronics industries to Palau".)
const LED_DELEGATION_TO = /\b(?:led|leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b[^.;]{0,120}?\bto\s+(?:the\s+)?$/;
/** A visit its owner's name stands before: "X's State visit to". */
const OWNED_VISIT_TO = /['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour)\s+to\s+(?:the\s+)?$/u;
const VISIT_OF = /\b(?:[Vv]isit|[Tt]rip|[Tt]our)\s+of\s+[^.;]{3,80}?\s+to\s+(?:the\s+)?$/;
const PLACE_CLOSED = /^(?:\s*[,.;:)]|\s*$|\s+(?:for|within|to|on|in|and|from|at|as|where|with|this|last|earlier|led|headed)\b)/;
/** Heads of state or government. */
const HEAD_OFFICE = /\b(?:President|Prime Minister|Premier|King|Queen|Emir|Chancellor|Sultan)\b/;
/** "upon his arrival", "arrived here": one the text has arriving. */
const ARRIVING = /\b(?:upon|on) (?:his |her |their )?arrival\b|\barrived (?:here|in)\b/;
// (The verb, not the noun: "after he hosted X on a visit to Jakarta", "during his visit to Qatar" are the guest's.)
// ("Minister X is currently in Uzbekistan on a three-day visit": one staying there for a while is its visitor.)
// ("on his return from the Kingdom of Bhutan": one coming back from a country visited it.)
const VISITING = /(?:(?:^|[.,;:\n]\s*|\b(?:while|when|after|before)\s+)[Vv]isiting|\b(?:visited|visits|will visit|[Aa]rrived in|arrives in|arriving in|travell?ed to|(?:paid|pays|paying|made|makes)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}visit to|(?:is|was|are|were)\s+(?:currently|presently|now)\s+in|returned\s+from|returning\s+from|return\s+from))\s+(?:the\s+)?(?:(?:[\p{L}']+\s+)?(?:Kingdom|Republic|State|Sultanate|Emirate|Principality)\s+of\s+(?:the\s+)?)?$/u;
/** "during a two-day official visit to": the visit one is on when the sentence's subject acts. */
const DURING_VISIT = /\b(?:during|in the course of)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\s+to\s+(?:the\s+)?$/;
/** "visiting Maldives President ", "the visiting Foreign Minister ": right before a name, the one who visits. */
const VISITING_ONE = /\b[Vv]isiting\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u;
// ("met Secretary of State X who is in Nairobi at the start of his African tour": the one named right before.)
const WHO_IS_IN = /\bwho\s+(?:is|was)\s+(?:currently\s+|now\s+)?in\s+(?:the\s+)?$/;

/**
 * "INS Sunayna arrived at Port Victoria ... The Commanding Officer, Cdr X, called on": a ship's officer named apart
 * from his ship serves the navy of the one ship the text names by its prefix.
 */
function shipsOfficers(cues: CountryCues, officials: readonly Person[]): void {
  const officers = officials.filter((p) => !p.country && p.position && SHIPS_OFFICE.test(p.position));
  if (officers.length === 0) return;
  const { vesselFlags } = lexicon();
  const flags = new Set<string>();
  for (const m of cues.text.matchAll(VESSEL)) {
    const flag = vesselFlags.get(m[1]);
    if (flag) flags.add(flag);
  }
  if (flags.size !== 1) return;
  const [flag] = flags;
  for (const p of officers) p.country = flag;
}
/**
 * "X, the official spokesman ... at the Egyptian Ministry of Foreign Affairs, stated that the Minister of Foreign Affairs,
 * Y, met ...": a minister named by his portfolio alone heads the ministry of that name another official serves.
 */
function ministryColleagues(officials: readonly Person[]): void {
  for (const p of officials) {
    const portfolio = p.country ? null : MINISTER_OF.exec(p.position ?? '');
    if (!portfolio) continue;
    const ministry = `Ministry ${portfolio[1]} ${portfolio[2]}`.toLowerCase();
    const colleagues = new Set(officials.filter((q) => q !== p && q.country && q.organization?.toLowerCase().endsWith(ministry)).map((q) => q.country));
    if (colleagues.size === 1) p.country = [...colleagues][0];
  }
}
/** An office that is a portfolio's minister alone ("Minister of Foreign Affairs"). */
const MINISTER_OF = /^Minister (of|for) (?:the )?([\p{Lu}][\p{L}' ,-]+)$/u;
/** A ship's officers, named by their office on board. */
const SHIPS_OFFICE = /^(?:Commanding Officer|Executive Officer|Captain|Commander)(?: of the (?:ship|vessel|frigate|destroyer|corvette|submarine))?$/i;
/** A ship by its navy's prefix: "INS Sunayna", "HMAS Anzac". */
const VESSEL = /\b(\p{Lu}{2,5}|HNoMS|HSwMS|LÉ)\s+\p{Lu}\p{Ll}+/gu;

/** Fills the countries the text leaves to be inferred. Persons are changed in place. */
export function inferCountries(persons: readonly Person[], drafts: readonly MeetingDraft[], cues: CountryCues): void {
  const byId = new Map(persons.map((p) => [p.id, p] as const));
  const officials = persons.filter((p) => p.capacity === 'official');
  if (officials.every((p) => p.country)) return;
  const stated = new Map(officials.map((p) => [p.id, p.country] as const));
  // Which countries the text names together is read only if a meeting's other side needs it.
  let sides: SideMentions | undefined;
  const partnerOf = (k: string) => partner((sides ??= sideMentions(cues)), k, cues.dateline);
  let visited: Map<string, Set<string>> | undefined;
  let counterparts: Map<string, Set<string>> | undefined;
  // (Those the text says led their country's delegation: the meeting's other parties are the other side.)
  const delegationLeaders = new Set<string>();
  unnamedCounterparts(cues, byId);
  // (A caretaker government's members, found once: their offices do not change here, only their countries.)
  const caretakers = officials.filter((p) => /^Caretaker\b/.test(p.position ?? ''));
  caretakerCabinet(caretakers);
  countriesInTurn(cues, byId);
  oneMission(officials, drafts);
  namedAfterGroup(cues, drafts, byId);
  greetingsOf(cues, drafts, byId);
  ledBy(cues, byId);
  definedBodies(cues, officials);
  principalsAides(cues, byId);
  togetherWith(cues, byId);
  predecessors(cues, byId);
  invitingHosts(cues, drafts, byId);
  speaksFor(cues, byId);
  ministryColleagues(officials);
  shipsOfficers(cues, officials);

  // "Emergency Relief Coordinator X": an office only the United Nations has serves it, wherever he is.
  for (const p of officials) if (!p.country && !p.organization && p.position && UN_OFFICE.test(p.position)) p.country = 'United Nations';
  // "The Amir Sheikh Tamim ... met the Secretary-General in New York": a ruler's office only a few countries have
  // serves the one of them the text names (not where he met).
  for (const p of officials) {
    const few = p.country || !p.position ? undefined : (titlesData.fewCountries as Record<string, string[]>)[p.position.trim()];
    if (!few) continue;
    const named = new Set(cues.places.filter((x) => few.includes(x.country)).map((x) => x.country));
    if (named.size === 1) p.country = [...named][0];
  }
  // "Secretary-General Ban Ki-moon" in a text about the United Nations: an office of a body, not of a country,
  // serves the body the text names most.
  // (Not "MINDEF secretary-general Datuk Lokman Hakim Ali", a ministry's own.)
  const bodyOffices = officials.filter((p) => !p.country && !p.organization && p.position && BODY_OFFICE.test(p.position));
  if (bodyOffices.length > 0) {
    sides ??= sideMentions(cues);
    const bodies = bodySides();
    for (const p of bodyOffices) {
      // (Not the body of one he meets: "The Secretary-General met with Catherine X, High Representative ... of the
      // European Union" is no official of the Union.)
      const met = new Set(drafts.filter((d) => d.parties.some((x) => x.id === p.id)).flatMap((d) => d.parties.map((x) => x.id === p.id ? null : byId.get(x.id)?.country)));
      let best: string | null = null;
      for (const [side, n] of sides.count) if (bodies.has(side) && !met.has(side) && (!best || n > sides.count.get(best)!)) best = side;
      // ("Readout of the Secretary-General’s meeting ... The Secretary-General today met with": with no body named at
      // all, "the Secretary-General" is the United Nations'.)
      // (So is "the Deputy Secretary-General, Amina X,".)
      // (Not a party's or another body's: "BNP Secretary General X" serves the party's country, "the party's
      // Secretary General, Ms X" no body.)
      const others = cues.officials.filter((o) => o.id === p.id).map((o) => OTHERS_SECRETARY.exec(cues.text.slice(Math.max(0, o.start - 60), o.start))).find((m) => m && !bodyIn(m.input));
      // ("accompanied by his National Chairperson A, Secretary General B, ...": one of the party's own, escorting him.)
      const escorting = cues.officials.some((o) => o.id === p.id && ESCORTED_BY_OWN.test(cues.text.slice(Math.max(0, o.start - 200), o.start)));
      if (escorting) best = null;
      else if (others) best = others[1] ? lexTables().countryOf.get(others[1]) ?? null : null;
      else if (!best && /^(?:(?:Deputy|Under|Assistant)[- ])?Secretary[- ]General(?: for \p{Lu}[^,]*)?$/iu.test(p.position ?? '') && ![...sides.count.keys()].some((x) => bodies.has(x)) && !met.has('United Nations')) best = 'United Nations';
      if (best) p.country = best;
    }
  }

  // "Secretary-General of the Council of Arab Interior Ministers X": the head of a body of states the lexicons do not
  // know serves that body. (Not a state's own: "of the National Security Council", "of the Council of Ministers".)
  for (const p of officials) {
    if (p.country || !p.organization || !SECRETARY_GENERAL.test(p.position ?? '') || !STATES_BODY.test(p.organization) || OWN_BODY.test(p.organization)) continue;
    if (p.organization.split(/\s+/).some((w) => countryName(w))) continue;
    p.country = p.organization.replace(/^the\s+/i, '');
  }
  // "president of the International Ombudsman Institute (IOI), X": one who serves a body named international, of no
  // country and no state's department, serves that body.
  for (const p of officials) {
    const m = p.country ? null : INTERNATIONAL_BODY.exec(p.organization ?? p.position ?? '');
    const body = m?.[2];
    if (!body || (m[1] && DEPARTMENT.test(m[1])) || OWN_BODY.test(body) || DEPARTMENT.test(body) || bodyIn(body) || body.split(/\s+/).some((w) => countryName(w))) continue;
    p.country = body;
  }

  // "X received the credentials of five new envoys accredited to Ghana": the host serves the country they are posted to.
  // (The whole text is read for it once, if ever.)
  let posting: { country: string | null } | undefined;
  const postedAnywhere = () => (posting ??= { country: postedInText(cues.text) }).country;
  for (const d of drafts) {
    if (d.kind !== 'reception') continue;
    const host = d.parties.find((x) => x.role === 'host');
    const p = host && byId.get(host.id);
    if (!p || p.country || p.capacity !== 'official') continue;
    const sent = cues.sentences[d.sentence];
    // ("Ambassador to South Africa who is also accredited to Zambia": the posting named last, where he was received.)
    let posted = sent && (ALSO_ACCREDITED_TO.exec(cues.text.slice(sent.start, sent.end)) ?? ACCREDITED_TO.exec(cues.text.slice(sent.start, sent.end)));
    // (Not another host's posting: "were received by Acting Secretary X, the Ambassador of FSM to Japan, Y".)
    const postedEnd = posted && sent ? sent.start + posted.index + posted[0].length : -1;
    const postedHolder = postedEnd >= 0 ? within(cues.officials, { start: postedEnd, end: postedEnd + 40 })[0] : undefined;
    if (postedHolder && d.parties.some((x) => x.id === postedHolder.id && x.role === 'host')) posted = null;
    // (Or envoys each "Ambassador to Kuwait": "received Japan's Ambassador to Kuwait X, Russia's Ambassador to Kuwait Y".)
    const guests = d.parties.filter((x) => x.role === 'guest').map((x) => byId.get(x.id)).filter((g): g is Person => !!g);
    // (Or, for a group of envoys, the one country or capital the text says they are posted to: "Khamrokhon X became
    // the first ambassador to Washington from Tajikistan".)
    // ("received today the European Union ambassador to Iraq X": one envoy's posting too.)
    // (Not an envoy called on at home before he leaves: "Pakistan's Ambassador-designate to Ireland" in Islamabad.)
    const home = guests.length === 1 && guests[0].country !== null && (cues.dateline?.country === guests[0].country || d.place?.country === guests[0].country);
    const one = guests.length === 1 && !home ? postedTo(guests) : null;
    // ("The Minister ... received three diplomats at his cabinet." then "The German Ambassador to Gabon, X, ...": envoys
    // the sentence counts, not names.)
    const envoys = guests.length === 0 && sent !== undefined && ENVOYS_RECEIVED.test(cues.text.slice(sent.start, sent.end));
    const country = (posted && countryName(posted[1])) || (one && !bodySides().has(one) ? one : null) || (guests.length > 1 || envoys ? postedTo(guests) ?? postedAnywhere() : null);
    if (country) p.country = country;
  }

  // "The Thai delegation included X, Y", "Attending on the Vietnamese side were X": the side of those named after.
  // (Only sentences naming an official of no known country, and holding one of the phrases' words.)
  const unknown = cues.officials.filter((o) => !byId.get(o.id!)?.country);
  // (The one official whose name holds `named`: "Prayut's team".)
  const ownersSide = (named: string) => {
    const owners = [...byId.values()].filter((p) => p.country && p.capacity === 'official' && p.name.split(' ').includes(named));
    return owners.length === 1 ? owners[0].country : null;
  };
  let lastSentence = -1;
  for (const o of unknown) {
    const k = firstStartingAt(cues.sentences, o.start + 1) - 1;
    if (k < 0 || k === lastSentence) continue;
    lastSentence = k;
    const s = cues.sentences[k];
    const sentText = cues.text.slice(s.start, s.end);
    if (!SIDE_WORDS.test(sentText)) continue;
    // ("The Omani side was chaired by X, whilst the Qatari side was chaired by Y": each phrase up to the next;
    // "Russia's delegation is led by X, the U.S.'s – by Y".)
    const phrases = [...sentText.matchAll(SIDE_PHRASES)];
    if (phrases.length === 0) {
      leadersOf(sentText, s.start);
      continue;
    }
    phrases.forEach((phrase, n) => {
      // ("A Qatar Armed Forces delegation led by the Chief of Staff, X": the country opening the body's name.)
      // ("A Brazilian Navy delegation led by Admiral X": the nationality before the service.)
      // ("a delegation of the National Defence University, Kingdom of Saudi Arabia, led by": the country after the body.)
      // (Not the article opening the sentence: "A JMSDF training squadron led by".)
      const named = (phrase[1] ?? phrase[2] ?? phrase[3] ?? phrase[4] ?? phrase[5] ?? phrase[6] ?? phrase[7] ?? phrase[8])?.replace(/^(?:An?|The)\s+/, '');
      const side = countryName(named) ?? (named && /\s/.test(named) ? countryName(named.slice(0, named.indexOf(' '))) : null) ?? definedBody(cues, named) ??
        // ("a delegation of the European Union led by Ambassador X": a body's delegation, its side the body.)
        bodyIn(named ?? null) ??
        // ("A JMSDF training squadron led by": a national service the lexicons know.)
        (named ? lexTables().countryOf.get(named) ?? null : null) ??
        // ("Prayut's team includes A, B": the side of the one whose team it is.)
        (named ? ownersSide(named) : null);
      if (!side) return;
      const from = s.start + phrase.index! + phrase[0].length;
      // (Up to the next phrase, or the verb of what the side did: "... led by Admiral X visited New Delhi and met Y".)
      // ("On the Jordanian side, the talks were attended by A; B": the roll the passive opens after the phrase.)
      const attended = ATTENDED_BY.exec(cues.text.slice(from, s.end));
      const verb = attended ? null : ROLL_ENDS.exec(cues.text.slice(from, s.end));
      const to = Math.min(n + 1 < phrases.length ? s.start + phrases[n + 1].index! : s.end, verb ? from + verb.index : s.end);
      giveCountry(cues, byId, { start: from, end: to }, side);
      // ("A delegation of the European Parliament led by its Vice-President X": the body's own officer.)
      if (named && !countryName(named) && bodyIn(named) === side) {
        for (const o of within(cues.officials, { start: from, end: to })) {
          const p = byId.get(o.id!);
          if (p?.country === side) p.organization ??= named.replace(/^the\s+/i, '');
        }
      }
    });
    // ("The US delegation is led by X while Y is heading the Pakistani side": a second side told by its leader.)
    leadersOf(sentText, s.start);
  }

  // "Mr Oti and Planning Minister, Steve Abana will represent Solomon Islands at the Forum": those named before the
  // verb serve the country they represent.
  for (const m of cues.text.matchAll(REPRESENTS)) {
    const side = countryName(m[1]);
    const sent = sentenceAt(cues, m.index!);
    if (side && sent) giveCountry(cues, byId, { start: sent.start, end: m.index! }, side);
  }

  // "Palestinian Authority Chairman Yasser Arafat", "Iraqi Kurdistan Region President X": a nationality opening the
  // run of capitalized words (a body's name, an office) right before the name.
  for (const o of cues.officials) {
    const p = byId.get(o.id!);
    if (!p || p.country || p.capacity !== 'official' || !p.position) continue;
    const run = NATIONALITY_RUN.exec(cues.text.slice(Math.max(0, o.start - 80), o.start));
    const side = run && countryName(run[1]);
    if (side && run![2].includes(p.position.split(' ').pop()!)) p.country = side;
  }

  // "the Prime Minister of Canada X, Minister of Foreign Affairs Y, and Minister of Transport Z": ministers rolled after
  // a holder of a known country, each named right after his office and a comma or "and", serve that country.
  // (A roll closed by "and": not "with U.S. Secretary of State X, Deputy Foreign Minister Y told RIA".)
  const linked = (k: number) => {
    const [o, q] = [cues.officials[k - 1], cues.officials[k]];
    const cur = byId.get(q.id!);
    if (!cur?.position || cur.capacity !== 'official') return null;
    const gap = cues.text.slice(o.end, q.start);
    if (!gap.endsWith(` ${cur.position} `)) return null;
    const join = gap.slice(0, gap.length - cur.position.length - 1);
    return ROLL_JOIN.test(join) ? join : null;
  };
  for (let a = 0; a < cues.officials.length; ) {
    let b = a + 1;
    let closed = false;
    for (let join; b < cues.officials.length && (join = linked(b)) !== null; b++) closed = join.includes('and');
    // (Not the two sides of talks "held between Chinese Foreign Minister X and Deputy Prime Minister Y".)
    const between = b - a === 2 && betweenOpens(cues.text, cues.officials[a]);
    if (closed && !between) {
      for (let k = a + 1; k < b; k++) {
        const [prev, cur] = [byId.get(cues.officials[k - 1].id!), byId.get(cues.officials[k].id!)!];
        if (prev?.country && prev.position && MINISTERS_GOVERNMENT.test(prev.position) && !cur.country && !cur.organization && /\bMinisters?\b/.test(cur.position!)) cur.country = prev.country;
      }
    }
    a = b;
  }

  // "The heads of the foreign ministries of the Russian Federation and the United States, Sergey X and Mike Y": two
  // countries, then two names in the same order.
  for (let k = 0; k + 1 < cues.officials.length; k++) {
    const [a, b] = [cues.officials[k], cues.officials[k + 1]];
    if (cues.text.slice(a.end, b.start) !== ' and ') continue;
    const before = cues.text.slice(Math.max(0, a.start - 90), a.start);
    const pair = TWO_COUNTRIES_BEFORE.exec(before) ?? TWO_NATIONALITIES_BEFORE.exec(before);
    const sides = pair ? [countryName(pair[1]), countryName(pair[2])] : [];
    if (!sides[0] || !sides[1] || sides[0] === sides[1]) continue;
    [a, b].forEach((o, n) => {
      const p = byId.get(o.id!);
      if (p && !p.country && p.capacity === 'official') p.country = sides[n];
    });
  }

  quotedBy(cues, byId);
  delegationMembers(cues, byId);
  ledDelegations(cues, byId);
  countryInBrackets(cues, byId);
  possessiveList(cues, byId);
  returningHome(cues, byId);
  issuedFrom(cues, byId);
  missionVisited(cues, byId);
  pairedNations(cues, byId);
  sharedFamilyName(officials);
  // (A meeting of three parties or more is multilateral, whatever word told it.)
  for (const d of drafts) if (new Set(d.parties.map((x) => x.id)).size >= 3) leftoverNation(cues, d, byId);

  // "Manele, who had been Solomon Islands' minister of foreign affairs since 2019, was sworn in": a country's office,
  // then or now, in a clause about the one just named.
  // ("A White House statement said National Security Advisor X": the body that speaks for the one it names.)
  for (const o of cues.officials) {
    const p = byId.get(o.id!);
    if (!p || p.country || p.capacity !== 'official') continue;
    const clause = WHO_SERVED.exec(cues.text.slice(o.end, o.end + 80));
    const side = (clause && countryName(clause[1])) || statementOf(cues.text.slice(Math.max(0, o.start - 120), o.start));
    if (side) p.country = side;
  }

  // "Attorney General X and Ambassador Y led the U.S. delegation", "Y, who headed the Chinese delegation": those
  // named before the phrase, back to a meeting verb ("X met Y, who led ...": only Y).
  function leadersOf(sentText: string, at: number): void {
    const lead = LEADERS_PHRASE.exec(sentText);
    const side = lead && countryName(lead[1]);
    if (!lead || !side) return;
    const before = sentText.slice(0, lead.index);
    const who = /,\s*who\s+(?:\w+\s+)?$/.test(before);
    const from = who ? 0 : Math.max(0, ...[' met ', ' with ', ' received ', ' welcomed ', ' hosted ', ' while ', ' whereas '].map((w) => before.lastIndexOf(w)));
    let leaders = within(cues.officials, { start: at + from, end: at + lead.index });
    if (who) leaders = leaders.slice(-1);
    for (const o of leaders) {
      const p = byId.get(o.id!);
      if (p && !p.country) p.country = side;
      if (p?.country === side) delegationLeaders.add(p.id);
    }
  }

  // The other side of a meeting whose one side the text states: the country it took place in, if not the
  // known side's, else the country the text sets against the known side.
  // ("met ... at the Farnesina Palace": a seat of government places a meeting in its country.)
  // (A venue of no known country, "at the Bogor Presidential Palace", under a dateline: the dateline's country, as for
  // the meeting's place.)
  const placeCountry = (d: MeetingDraft) =>
    d.place?.country || ((d.here || (d.headline && (!d.place || placeRank(cues.text, d.place) === 1))) && cues.dateline?.country) || seatCountry(d) || null;
  const seatCountry = (d: MeetingDraft) => {
    // (Or a place that is itself a seat: "at Downing Street", read as a place of no known country.)
    const city = d.place && !isSeat(cues.text.slice(d.place.start, d.place.end)) ? null : seatCity(cues.text.slice(d.start, d.end));
    return city ? countryOfPlace(city) : null;
  };
  // "... was received by the Chief of the Army Staff, Lieutenant General X, who welcomed them to Ghana": the host of a
  // reception in a country the text names, whose guests it gives no other country of that one, serves it.
  // (Where the text names other countries too: one naming a single country has its own rule, below.)
  const namesSeveral = namedCountries(cues).size > 1;
  for (const d of namesSeveral ? drafts : []) {
    const where = (d.kind === 'reception' || d.kind === 'visit') && !d.atEvent && d.place ? d.place.country || null : null;
    // (Not "in Abuja and Accra": a sentence placing it in two countries says neither.)
    const told = cues.sentences[d.sentence];
    if (!where || (told && within(cues.places, told).some((x) => x.capital && x.country && x.country !== where))) continue;
    const hosts = d.parties.filter((x) => x.role === 'host').map((x) => byId.get(x.id)).filter((p): p is Person => p?.capacity === 'official');
    const guests = d.parties.filter((x) => x.role === 'guest').map((x) => byId.get(x.id));
    if (hosts.length !== 1 || hosts[0].country || guests.length === 0 || guests.some((g) => g?.country === where)) continue;
    // (Not where the text is about another country far more: "called on the President at the Loews Regency Hotel in
    // New York", in a text on Sri Lanka throughout.)
    const main = dominantCountry((sides ??= sideMentions(cues)));
    if (main && main !== where) continue;
    hosts[0].country = where;
  }

  // The country of the agency or office that issued the text, read from its top lines once if ever asked.
  let released: { country: string | null } | undefined;
  const releasedBy = () => (released ??= { country: publisherCountry(cues) }).country;
  let homeFound = false;
  let homeValue: string | null = null;
  const home = () => {
    if (!homeFound) {
      homeFound = true;
      // (Filed from a summit's city, "on the sidelines of the BRICS Summit": where its officials travelled to.)
      // (Not one filed from elsewhere: "KUALA LUMPUR — X held bilateral meetings on the sideline of the UNSC Open
      // Debate in New York".)
      const atEvent = drafts.some((d) => d.headline && d.atEvent && !(d.place?.country && cues.dateline?.country && d.place.country !== cues.dateline.country));
      // (A call has no place: "ALGIERS- Foreign Minister X had phone conversations with his American and Chinese
      // counterparts" is filed from the caller's capital, whoever else the text names.)
      const calls = drafts.some((d) => d.headline && (d.kind === 'phone call' || d.kind === 'video call'));
      const filed = () => (atEvent ? null : datelineHome(cues.dateline, calls ? [] : officials, headlineFirst ? byId.get(headlineFirst) : undefined));
      // ("CANBERRA, Aug. 18 (Xinhua) --": a news agency's correspondent abroad reports that country's officials.)
      homeValue = (agencyAbroad(cues, releasedBy()) ? filed() : null) ?? releasedBy() ?? filed() ?? titleCountry(cues);
    }
    // (The protagonist's country may be learnt on the way: it is asked again each time.)
    return homeValue ?? protagonistCountry();
  };
  const headlineFirst = drafts.find((d) => d.headline)?.parties[0]?.id ?? null;
  // (No protagonist where only the headline's second party has a family name common in the publisher's country:
  // "Undersecretary Victoria X and First Vice Foreign Minister Cho Y", filed from Seoul.)
  const homeFamilyName = (p: Person | undefined) => !!p && surnameCountry(p.name.split(/\s+/)) === home();
  const visitorByName = () => {
    const h = drafts.find((d) => d.headline)?.parties.map((x) => byId.get(x.id)) ?? [];
    return h.length === 2 && homeFamilyName(h[1]) && !homeFamilyName(h[0]) ? h[0]!.id : null;
  };
  const multilateralHeadline = drafts.some((d) => d.headline && d.kind === 'multilateral');
  // A readout without dateline or publisher line ("Secretary of Defense X spoke with ..."): the country of the
  // official it is about, the headline meeting's first party, once the text has given it.
  // (A protagonist received abroad is the guest: those the text leaves without a country are the hosts, of the
  // country it took place in: "Sri Lankan President X was accorded a reception ... in New Delhi".)
  const protagonistCountry = () => {
    const own = (headlineFirst && byId.get(headlineFirst)?.country) || null;
    const d = drafts.find((x) => x.headline);
    // ("A bilateral meeting between visiting Maldives President X and Prime Minister Y": or one the text calls the
    // visiting one.)
    const guest = d && !d.atEvent && (d.parties[0]?.role === 'guest' || (d.parties[0] && VISITING_ONE.test(cues.text.slice(Math.max(0, d.parties[0].start - 80), d.parties[0].start))));
    const where = guest ? placeCountry(d) ?? hostNation(d) : null;
    return where && own && where !== own ? where : own;
  };
  // (A visit placed nowhere: the nation of the body it is "hosted by", or the country the title has him visit:
  // "Netherlands Chief of Defence visits New Zealand" / "began a visit today hosted by the New Zealand Defence Force".)
  const hostNation = (d: MeetingDraft) => {
    const sent = cues.sentences[d.sentence];
    const found = (range: { start: number; end: number }, before: RegExp) =>
      within(cues.places, range).find((x) => x.country && before.test(cues.text.slice(Math.max(range.start, x.start - 40), x.start)))?.country ?? null;
    return (sent && found(sent, HOSTED_BY_NATION)) || found({ start: 0, end: cues.bodyStart }, VISITS_IN_TITLE);
  };
  // Else the country the headline meeting took place in, where one of its sides serves it ("visited the Chief
  // of Defence Staff at the Defence Headquarters in Abuja": the statement's Director of Defence Information too).
  const hostCountry = () => {
    const d = drafts.find((x) => x.headline);
    const where = d && !d.atEvent ? placeCountry(d) : null;
    return where && d!.parties.some((p) => byId.get(p.id)?.country === where) ? where : null;
  };
  // The countries a person meets in meetings told apart: each one whose others serve one country gives it.
  const facing = (id: string) => {
    const out = new Set<string>();
    for (const d of drafts) {
      if (!d.separate || !d.parties.some((p) => p.id === id)) continue;
      const others = new Set(d.parties.map((p) => (p.id === id ? null : byId.get(p.id)?.country)).filter((c): c is string => !!c));
      if (others.size === 1) out.add([...others][0]);
    }
    return out;
  };
  // The countries of all those a person met, in any meeting.
  const metWith = (id: string) => {
    const out = new Set<string>();
    for (const d of drafts) {
      if (!d.parties.some((p) => p.id === id)) continue;
      for (const p of d.parties) if (p.id !== id && byId.get(p.id)?.country) out.add(byId.get(p.id)!.country!);
    }
    return out;
  };
  // "X held talks with A, Minister of Mozambique, and B, Defence Minister of Mongolia": the one who meets
  // several countries' officials serves the country they met in.
  const hostOfSeveral = (d: MeetingDraft) => {
    const parties = d.parties.map((x) => ({ party: x, person: byId.get(x.id) })).filter((x) => x.person?.capacity === 'official');
    const unknown = parties.filter((x) => !x.person!.country);
    const known = new Set(parties.map((x) => x.person!.country).filter((c): c is string => c !== null));
    if (known.size < 2 || unknown.length !== 1 || unknown[0].party.side !== 'subject') return;
    if (!parties.every((x) => x === unknown[0] || x.party.side === 'object')) return;
    const where = d.atEvent ? null : placeCountry(d);
    // (Not one who meets that country's own officials apart: "bilateral meetings with the Presidents of Peru, A; ...".)
    if (where && !known.has(where) && !facing(unknown[0].person!.id).has(where)) unknown[0].person!.country = where;
  };
  // "President X received his Chilean counterpart at the Casa Rosada": a host received at his country's seat of
  // government serves it.
  for (const d of drafts) {
    if (d.kind !== 'reception') continue;
    let country: string | undefined;
    // (Where the meeting is told again: "Austin pays courtesy call on President Duterte" over "... during the
    // defense chief's courtesy call in Malacañang".)
    const last = cues.sentences[d.lastSentence];
    const told = cues.text.slice(d.start, Math.max(d.end, last && d.lastSentence !== d.sentence ? last.end : d.end));
    for (const seat of told.matchAll(SEAT_AT)) if ((country = lexTables().countryOf.get(seat[1]))) break;
    if (!country || !countryName(country)) continue;
    for (const x of d.parties) {
      const p = byId.get(x.id);
      if (x.role === 'host' && p && !p.country && p.capacity === 'official') p.country = country;
    }
  }
  // The other side of each meeting whose one side the text states (see above).
  // (The partner the text sets against a country, leaving out those it names only where the event is.)
  const eventlessPartner = (k: string): string | null => {
    const p = partnerOf(k);
    return p && drafts.some((d) => d.atEvent && d.place?.country === p) ? null : p;
  };
  const tripOf = (ids: readonly string[], k: string): string | null => {
    const to = new Set(ids.flatMap((id) => [...((visited ??= visitedCountries(cues)).get(id) ?? [])]).filter((c) => c !== k));
    return to.size === 1 ? [...to][0] : null;
  };
  const otherSides = () => {
    for (const d of drafts) {
      // (A caretaker government's members serve the country the rules, or the meetings before, gave one of them.)
      caretakerCabinet(caretakers);
      // (A multilateral meeting has no "other side".)
      if (d.kind === 'multilateral') continue;
      if (!oneSideKnown(d, byId)) {
        hostOfSeveral(d);
        continue;
      }
      const parties = d.parties.map((x) => ({ party: x, person: byId.get(x.id) })).filter((x) => x.person?.capacity === 'official');
      const known = new Set(parties.map((x) => x.person!.country).filter((c): c is string => c !== null));
      const unknown = parties.filter((x) => !x.person!.country);
      if (known.size !== 1 || unknown.length === 0) continue;
      const [k] = known;
      const knownRoles = new Set(parties.filter((x) => x.person!.country === k).map((x) => x.party.role));
      // Unknown parties on the other side: another role than the known side's, or the one counterpart of a pair.
      // ("He met with his counterpart, Defense Secretary A, and General B": those across the verb from the known side.)
      const knownSides = new Set(parties.filter((x) => x.person!.country === k).map((x) => x.party.side));
      const across = unknown.filter((x) => x.party.role !== 'participant' ? !knownRoles.has(x.party.role) :
        parties.length === 2 || (x.party.side !== undefined && !knownSides.has(x.party.side)));
      if (across.length === 0) continue;
      // (Across from a body's official, the text says nothing of one's country by its places: "Prime Minister X met
      // the Secretary-General" in New York, where they discussed Syria.)
      // (Only the country the text names far the most, for a state's office: "NATO Secretary General met with Prime
      // Minister X", the text on the United Kingdom's role throughout.)
      if (bodySides().has(k)) {
        // ("the Resident Coordinator of the United Nations System in Burundi": a body's office in a country faces
        // that country's officials.)
        // ("UN Special Envoy for Syria": or the country an envoy's brief is for, unless the meeting is placed in another:
        // "the UN Special Envoy for Yemen met X in Riyadh".)
        const placed = placeCountry(d);
        const briefFor = (p: Person) => {
          const c = envoyFor(p.position);
          return c && (!placed || placed === c) ? c : null;
        };
        // ("Ambassador of the European Union to Turkmenistan": or the country a body's envoy is posted to.)
        const postedIn = parties.map((x) => (x.person!.country === k ? heldIn(x.person!.position) ?? briefFor(x.person!) ?? (BODY_AMBASSADOR.test(x.person!.position ?? '') ? postedTo([x.person!]) : null) : null)).find((c) => c);
        if (postedIn) {
          for (const x of across) x.person!.country = postedIn;
          continue;
        }
        const main = dominantCountry((sides ??= sideMentions(cues)));
        // (Not a country he visits: "President Solih will visit Serbia and Germany ... where he will meet the German
        // President".)
        // (Nor the country of a city that seats the body, where the meeting is: a minister "in Geneva, Switzerland" to
        // meet the High Commissioner is a visitor there.)
        const atSeat = main !== null && cues.places.every((x) => x.country !== main || seatBound(cues.text, x));
        if (main && !atSeat) for (const x of across) if (STATE_OFFICE.test(x.person!.position ?? '') && !(visited ??= visitedCountries(cues)).get(x.person!.id)?.has(main)) x.person!.country = main;
        continue;
      }
      // (The meetings a text headed by a multilateral one tells after it, "visited Brussels to participate in the
      // NATO Foreign Ministers' Meeting ... Later that day, X also met with Y", say nothing of the other side.)
      if (!d.headline && multilateralHeadline) continue;
      // (At an event abroad, "on the sidelines of" a summit, the place is no side's; nor at a country's mission there:
      // "met his Fijian counterpart at the Fijian High Commission in Canberra".)
      const where = d.atEvent || atMission(cues, d) ? null : placeCountry(d);
      // (A pair the text names, "Japan-U.S. Defense Ministerial Meeting", over a third country it took place in:
      // "held discussions ... in Singapore".)
      // (Not for a host at home: "I received the Iranian Foreign Minister", filed from Italy about the talks between
      // the US and Iran held there.)
      const hostAtHome = where !== null && where === home() && across.every((x) => x.party.role === 'host');
      const paired = where && where !== k && !hostAtHome ? pairedWith((sides ??= sideMentions(cues)), k) : null;
      // ("The High Commissioner of Australia to New Zealand paid a courtesy call on Foreign Minister X": the country
      // an envoy is posted to is the other side's, wherever the text places the call.)
      const posted = postedTo(parties.filter((x) => x.person!.country === k).map((x) => x.person!));
      // (A call, or a meeting the text places nowhere, in a country's release: "Readout of Secretary X's Call with
      // Foreign Minister Lavrov", from the State Department, whatever country the call was about.)
      const issuer = where === null ? releasedBy() : null;
      // (Not where the envoy meets at home: "Pakistan's Ambassador-designate to Ireland X called on him" in Islamabad.)
      // (Only where the text itself places it at home, or the envoy is yet to go: "Baku. 28 August. REPORT.AZ/ Ambassador
      // of Azerbaijan to Suriname X has held a meeting with the chairperson of the National Assembly" is in Suriname.)
      const envoys = parties.filter((x) => x.person!.country === k).map((x) => x.person!.position ?? '');
      if (posted && where === k && (posted === k || d.place?.country === k || envoys.some((o) => /designate|-elect|\bnew\b/i.test(o)) || !d.headline)) continue;
      // (Nor an envoy sworn in, always before his own head of state: "he was sworn in by President X".)
      if (posted && SWORN_IN.test(d.wording)) continue;
      // ("On arrival, the COAS was received by Lieutenant General X" at the depot in Rawalpindi: one receiving a visitor
      // of the country the meeting is in, at home, serves it too.)
      if (where === k && !posted && across.every((x) => x.party.role === 'host') && parties.every((x) => x.party.role === 'host' || x.person!.country === k)) {
        for (const x of across) x.person!.country = k;
        continue;
      }
      // (At an event, "on the sidelines of the Munich Security Conference", the countries the text names for it are
      // no side's, unless the side unknown hosts it.)
      const partner = () => (d.atEvent && !across.some((x) => x.party.role === 'host') ? eventlessPartner(k) : partnerOf(k));
      // (A meeting placed nowhere, told after its known side's one trip: "Lin led a delegation ... to Palau. He met
      // President X": the country he went to.)
      const went = !d.place && !d.atEvent ? tripOf(parties.filter((x) => x.person!.country === k).map((x) => x.person!.id), k) : null;
      // ("Addis Ababa, November 30 (Walta) – Deputy Prime Minister X met with the new Kenyan Cabinet Secretary Y in
      // Khartoum": a home agency's official abroad, at a third country's place, is of the dateline's country.)
      const filedAbroad = cues.dateline?.country && where && cues.dateline.country !== where && cues.dateline.country !== k && d.headline && parties.length === 2 ? cues.dateline.country : null;
      // (Not an envoy's post where the text places the meeting in a third country's capital, where he is accredited too:
      // "The Angolan ambassador to Brazil ... presented ... in the city of Paramaribo the Letters of Credence".)
      const elsewhere = posted && where && where !== posted && where !== k && d.place?.capital;
      const told = posted && posted !== k && !elsewhere ? posted : paired && paired !== where ? paired : filedAbroad ?? (where && where !== k ? where : went ?? (issuer && issuer !== k ? issuer : null));
      // (Not a country guessed from the text where its envoy to the known side's country was received alone in another
      // meeting: "President X welcomed Minister of State A ... X also received the Ambassador of India to Lebanon B", a
      // series of audiences at home.)
      const guessed = told ? null : partner();
      const spent = guessed !== null && envoyMetApart(drafts, d, byId, guessed, k, new Set(across.map((x) => x.party.id)));
      const other = told ?? (spent ? null : guessed);
      // (At home, the release's own protagonist is no foreigner: "KUWAIT: Minister X ... Later, the minister met
      // with Chairman of Kuwait Airways Y".)
      // (Not across a "bilateral meeting", which says two countries met.)
      const protagonist = (where === null || where === k) && home() === k && !/\bbilateral\b/i.test(d.wording) && headlineFirst !== visitorByName() ? headlineFirst : null;
      // (A Secretary-General serves a body, not the country set against the other side: "the Korean peninsula".)
      if (!other) continue;
      for (const x of across) {
        // ("the Amir Sheikh Fahad Al-Salem Al-Sabah received the Crown Prince Sheikh Mubarak Al-Salem Al-Sabah": kin
        // by a family name no lexicon holds as common stand on the same side.)
        if (parties.some((y) => y.person!.country === k && kinByName(y.person!, x.person!))) {
          x.person!.country = k;
          continue;
        }
        // (Unless received there: "X visited the facilities of the US Southern Command, invited by its chief".)
        if ((x.person!.id === protagonist && x.party.role !== 'guest') || BODY_OFFICE.test(x.person!.position ?? '')) continue;
        // (One who met officials of two countries apart, "bilateral meetings with the Presidents of Peru, A; and
        // Canada, B", in Lima, is across from both: of neither. At home, a host meets several: "in Gandhinagar".)
        const met = facing(x.person!.id);
        // (Unless the text pairs one of them with a partner whose officials he did not meet: "met his Turkish counterpart,
        // then the Slovenian and Ukrainian ministers", the text on "the UK and Türkiye".)
        if (met.size > 1 && !(other === where && !met.has(where)) &&
            (metWith(x.person!.id).has(other) || pairedWith((sides ??= sideMentions(cues)), k) !== other)) continue;
        // ("Visiting Jakarta for the ASEAN meeting, X held a bilateral meeting with US Secretary of State Y": a
        // visitor is no national of the country visited.)
        if ((visited ??= visitedCountries(cues)).get(x.person!.id)?.has(other)) continue;
        // ("X held talks with his South Sudanese counterpart Y", in a text naming Indonesia too: X is of neither.)
        if ((counterparts ??= counterpartNations(cues)).get(x.person!.id)?.has(other)) continue;
        // ("Foreign Minister Wang Yi held talks with Y ...", the text naming China: not Y's country by the family name.)
        // (Nor by one the known side's own: "Minister Mary Ng", across from Singapore's minister, is not Singapore's.)
        if (namedElsewhere(cues, x.person!, other, k)) continue;
        x.person!.country = other;
      }
    }
  };
  // "In Honduras, X met with President A, Foreign Minister B, as well as U.S. Ambassador to Honduras C": an envoy
  // posted to the country a meeting is held in is no side of it; the others named with him are of that country.
  for (const d of drafts) {
    const where = d.atEvent || d.kind === 'multilateral' ? null : d.place?.country || null;
    if (!where) continue;
    const named = d.parties.map((x) => byId.get(x.id)).filter((p): p is Person => p?.capacity === 'official');
    const envoys = named.filter((p) => p.country && p.country !== where && countryName(postOf(p.position)?.trim() ?? '') === where);
    const known = named.filter((p) => p.country);
    if (envoys.length === 0 || envoys.length !== known.length) continue;
    // (Not a guest the text has arriving there, whom the envoy went to receive: "X arrived in Beijing ... was received
    // at the airport by ... Pakistan's Ambassador to China, Y": one of the envoy's own country.)
    const arrived = new Set(d.parties.filter((x) => x.role === 'guest' && (visited ??= visitedCountries(cues)).get(x.id)?.has(where)).map((x) => x.id));
    const sent = new Set(envoys.map((p) => p.country));
    for (const p of named) {
      if (p.country || !(p.position || p.rank)) continue;
      if (!arrived.has(p.id)) p.country = where;
      else if (sent.size === 1) p.country = [...sent][0];
    }
  }
  // "In Latvia, Kane met with President A", "During the last stop of his trip, in Togo, Hale met with President B": a
  // country set before the clause is where the visitor went; those he met there, of no other country, serve it.
  for (const d of drafts) {
    const where = d.place;
    if (!where?.country || where.capital || d.atEvent || d.kind === 'multilateral' || d.kind === 'phone call' || d.kind === 'video call') continue;
    if (!FRONTED_IN.test(cues.text.slice(Math.max(0, where.start - 60), where.start)) || !/^\s*,/.test(cues.text.slice(where.end, where.end + 2))) continue;
    const subjects = d.parties.filter((x) => x.side === 'subject').map((x) => byId.get(x.id));
    if (subjects.some((p) => p?.country === where.country)) continue;
    for (const x of d.parties) {
      const p = byId.get(x.id);
      if (x.side !== 'subject' && p && !p.country && p.capacity === 'official' && (p.position || p.rank) && !ENVOY.test(p.position ?? '')) p.country = where.country;
    }
  }
  for (let round = 0; round < 3; round++) {
    // A release's own meeting naming no side at all ("Defense Minister Hamada and Defense Secretary Austin held a
    // telephone conference"): its first party is the publisher's country's official.
    if (round === 1 && drafts.some((d) => d.headline && d.parties.length === 2) && home()) {
      for (const d of drafts) {
        if (!d.headline || d.parties.length !== 2) continue;
        const [first, second] = d.parties.map((x) => byId.get(x.id));
        if (!first || !second || first.country || second.country || first.capacity !== 'official' || first.id === second.id) continue;
        // (Unless the text has the first visiting there: "X, who is on an official visit to Ankara, called on Y" filed
        // from Ankara; the second is then the home official.)
        // (Or where only the second's family name is one common in the publisher's country: "Undersecretary Victoria
        // X and First Vice Foreign Minister Cho Y met", filed from Seoul.)
        const byName = homeFamilyName(second) && !homeFamilyName(first);
        // (Or the first is the guest the text has arriving: "MINSK (Dunya News) – Prime Minister X was accorded a warm
        // welcome upon arrival", then "President Y welcomed X": his own country's agency, filing from where he went.)
        // (Heads of state or government both: an officer received on arrival at home is no visitor.)
        const arriving = d.kind === 'reception' && d.parties[0].role === 'guest' && ARRIVING.test(cues.text.slice(d.start, d.end)) &&
          HEAD_OFFICE.test(first.position ?? '') && HEAD_OFFICE.test(second.position ?? '');
        if ((visited ??= visitedCountries(cues)).get(first.id)?.has(home()!) || byName || arriving) {
          if (second.capacity === 'official') second.country = home();
        } else if (!(counterparts ??= counterpartNations(cues)).get(first.id)?.has(home()!)) first.country = home();
      }
    }
    // "Defence Minister X (India), and Minister of External Affairs Y, welcomed A and B": those named on one
    // side of the meeting word serve the country the others there serve.
    if (round === 0) for (const d of drafts) sameSideCountries(d, byId);
    otherSides();
  }
  principalsAides(cues, byId);
  officesAides(officials);
  // "The Chief of Army Staff has received 27 Defence Attachés at the Army Headquarters in Abuja": a host the text
  // gives no country, receiving guests no name is given for, receives at home. (So does one receiving only
  // officials of international bodies: "President X received the World Bank Country Director ... at State House
  // in Nairobi".)
  for (const d of drafts) {
    if (d.kind !== 'reception' || d.atEvent || !d.place?.country || d.parties.some((x) => x.role === 'guest' && !bodySides().has(byId.get(x.id)?.country ?? ''))) continue;
    for (const x of d.parties) {
      const p = byId.get(x.id);
      if (x.role === 'host' && p && !p.country && p.capacity === 'official') p.country = d.place.country;
    }
  }
  // "IAEA Director General X arrived in Tehran and met Foreign Minister Y", "UN High Commissioner X and Foreign
  // Minister Y held talks in Ankara": an international body's official travels; the one he meets there, of no country
  // the text gives, is of the place. (Not in a city that seats international bodies: "NATO's Secretary General met
  // Foreign Minister Y in Brussels" is as likely a visitor's.) So does one country's official meeting hosts abroad ("AIT
  // Director X met with Vice President Y" in Taiwan), though not those visiting with him, his guests, or an office
  // posted elsewhere ("Representative to Japan").
  for (const d of drafts) {
    if (d.kind === 'phone call' || d.kind === 'video call' || d.atEvent || !d.place?.country) continue;
    const where = d.place.country;
    const sides = d.parties.map((x) => byId.get(x.id)?.country).filter((c): c is string => !!c);
    if (sides.length === 0 || bodySeats().has(cues.text.slice(d.place.start, d.place.end))) continue;
    const bodies = sides.every((c) => bodySides().has(c));
    // (Not at a country's mission there: "met his Fijian counterpart at the Fijian High Commission in Canberra".)
    const abroad = !bodies && d.kind !== 'visit' && d.kind !== 'multilateral' && sides.every((c) => c === sides[0] && c !== where) && !atMission(cues, d);
    if (!bodies && !abroad) continue;
    for (const x of d.parties) {
      const p = byId.get(x.id);
      if (abroad && (x.role === 'guest' || POSTED_ABROAD.test(p?.position ?? ''))) continue;
      // (Not an envoy: he serves the country that sent him, not the one he is posted to.)
      if (p && !p.country && p.capacity === 'official' && (p.position || p.rank) && !ENVOY.test(p.position ?? '')) p.country = where;
    }
  }
  // "X and Y led the U.S. delegation": everyone else the meeting names met that delegation, so serves the
  // country it took place in, if not the delegation's, else the country the text sets against it.
  if (delegationLeaders.size > 0) {
    for (const d of drafts) {
      if (d.kind === 'multilateral') continue;
      const named = [...d.parties.map((x) => x.id), ...d.attendees].map((id) => byId.get(id)).filter((p): p is Person => p?.capacity === 'official');
      const led = new Set(named.filter((p) => delegationLeaders.has(p.id)).map((p) => p.country));
      if (led.size !== 1 || named.some((p) => p.country && !delegationLeaders.has(p.id))) continue;
      const [k] = led as Set<string>;
      const where = d.atEvent ? null : placeCountry(d);
      const other = where && where !== k ? where : partnerOf(k);
      if (other) for (const p of named) if (!p.country) p.country = other;
    }
  }
  // "an MoU was signed by Defence Secretary A and Deputy Minister B": the two signatories of a meeting between two
  // countries stand one for each (settled once deputies are, below).
  const signers: [Person, Person][] = [];
  for (const m of cues.text.matchAll(SIGNED_BY)) {
    const sent = sentenceAt(cues, m.index!);
    const two = sent ? within(cues.officials, { start: m.index!, end: sent.end }).map((o) => byId.get(o.id!)) : [];
    if (two.length === 2 && two[0] && two[1] && two[0].id !== two[1].id) signers.push([two[0], two[1]]);
  }
  const signing = new Set(signers.flat().filter((p) => !p.country).map((p) => p.id));
  // Attendees the text gives no side: the host country's, where the meeting took place in one of its sides.
  for (const d of drafts) {
    if (d.attendees.length === 0) continue;
    const sidesOf = new Set(d.parties.map((x) => byId.get(x.id)?.country).filter((c): c is string => !!c));
    // (Placed nowhere, an envoy's meeting with officials of the country he is posted to is held there: "The meeting
    // was also attended by the Secretary General of Parliament X" is of that country.)
    const envoysPost = d.parties.map((x) => postOf(byId.get(x.id)?.position ?? null)).map((c) => (c ? countryName(c.trim()) : null)).find((c) => c && sidesOf.has(c)) ?? null;
    const placed = placeCountry(d);
    const where = placed ?? envoysPost;
    const hostSide = d.parties.map((x) => (x.role === 'host' ? byId.get(x.id)?.country : null)).find((c) => c) ?? null;
    // (Neither said: the side named first, the one whose release lists them.)
    const firstSide = d.parties.length > 0 ? byId.get(d.parties[0].id)?.country ?? null : null;
    // (Only guests named, their host a body: "the High Commission hosted a dinner for X ... attended by Y" in Kuala
    // Lumpur: Y is of the place.)
    const onlyGuests = d.parties.length > 0 && d.parties.every((x) => x.role === 'guest');
    // (Where the release says whose it is, and that country is a side, its own: "(Petra) -- King X met Chancellor Y
    // in Berlin. The meeting, attended by Foreign Minister Z": the agency's minister, not the place's.)
    // (Or the party it has not given yet: the home rule below gives the King the agency's country.)
    const own = releasedBy();
    const ownSide = own && (sidesOf.has(own) || (!bodySides().has(own) && d.parties.some((x) => !byId.get(x.id)?.country)));
    const sideAt = (w: string | null) => (ownSide ? own : w && sidesOf.has(w) ? w : hostSide ?? (onlyGuests && w ? w : firstSide));
    for (const id of d.attendees) {
      const p = byId.get(id);
      // (Not the envoy's own staff, whom only the meeting's own place sets: "Defense Attaché X from the Chinese Embassy
      // attended the meeting".)
      const side = sideAt(EMBASSY_STAFF.test(p?.position ?? '') ? placed : where);
      const escort = d.escorts?.get(id);
      // ("The Consul General of China in Mumbai X called on the Governor. Deputy Consul General Y was also present":
      // the deputy of a party's office stands with him.)
      const office = DEPUTY_OF.exec(p?.position ?? '')?.[1]?.toLowerCase();
      const chief = office ? d.parties.map((x) => byId.get(x.id)).find((q) => q?.country && q.position?.toLowerCase().startsWith(office)) : undefined;
      // (Not the place's where the one they escort has no country yet: "The Prime Minister was accompanied by the
      // Minister of Finance X" at the White House is his, not the host's.)
      if (escort && byId.get(escort) && !byId.get(escort)!.country && !d.escortSides?.get(id)) continue;
      if (p && !p.country && p.capacity === 'official' && !signing.has(p.id)) p.country = (escort && byId.get(escort)?.country) || d.escortSides?.get(id) || chief?.country || listedAfter(d, id) || side;
    }
    // ("President X was accompanied by ... Guyana's Ambassador to the US, Y" in Washington: an envoy posted where the
    // meeting is, escorting, is of the one he escorts.)
    for (const [id, escort] of d.escorts ?? []) {
      const envoy = byId.get(id);
      const principal = byId.get(escort);
      const posted = postOf(envoy?.position ?? null);
      if (placed && envoy?.country && principal && !principal.country && posted && countryName(posted.trim()) === placed && envoy.country !== placed) principal.country = envoy.country;
    }
  }

  // ("attended by Omani Ambassador to Bahrain X; Director of Protocol Y; and Counsellor Z": one of a list of
  // attendees, with no country of his own, stands with the one listed right before him.)
  function listedAfter(d: MeetingDraft, id: string): string | null {
    const mention = cues.officials.find((o) => o.id === id && o.start >= (cues.sentences[d.sentence]?.start ?? 0));
    const sent = mention && sentenceAt(cues, mention.start);
    if (!sent) return null;
    const named = within(cues.officials, sent);
    const at = named.indexOf(mention);
    const prev = at > 0 ? named[at - 1] : undefined;
    if (!prev || prev.id === id || !(d.attendees.includes(prev.id!) || d.parties.some((x) => x.id === prev.id)) || !LIST_GAP.test(cues.text.slice(prev.end, named[at].start))) return null;
    // (Not a government's own member, who stands with the host: "attended by Jordanian Ambassador X, State Minister Y
    // and Chief of Staff Z".)
    if (envoyThenMinister(byId.get(prev.id!), byId.get(id))) return null;
    return byId.get(prev.id!)?.country ?? null;
  }
  // An official who takes part in no meeting (the statement's own officer) and whose country the text leaves
  // unsaid, where the release has no stated home: the country the headline meeting took place in, if a side serves it.
  if (officials.some((p) => !p.country) && !releasedBy() && !datelineHome(cues.dateline, officials) && !titleCountry(cues)) {
    const inMeetings = new Set(drafts.flatMap((d) => [...d.parties.map((p) => p.id), ...d.attendees]));
    const host = hostCountry();
    // (Not one the text has going there: "Vice President Lai arrives in the Republic of Paraguay".)
    const went = (p: Person) => !!host && !!(visited ??= visitedCountries(cues)).get(p.id)?.has(host);
    // (Nor a second holder of a one-holder office the text gives one of that country: "the planned visit of President Y".)
    if (host) for (const p of officials) if (!p.country && !inMeetings.has(p.id) && !signing.has(p.id) && (p.position || p.rank) && !went(p) && !namedElsewhere(cues, p, host) && !heldByAnother(officials, stated, p, host)) p.country = host;
  }
  // (Whether two stand on different sides of one meeting's verb.)
  const facesAcross = (a: string, b: string) => drafts.some((d) => {
    const [x, y] = [d.parties.find((z) => z.id === a)?.side, d.parties.find((z) => z.id === b)?.side];
    return x !== undefined && y !== undefined && x !== y;
  });
  // "Senior Lieutenant General X, Deputy Minister of National Defence", the text's Minister of National Defence
  // being Vietnamese: a deputy of an office only one country's official holds serves that country.
  // (Returns the deputies whose office's holder has no country yet: they wait for it.)
  const deputies = (): Set<string> => {
    const waiting = new Set<string>();
    for (const p of officials) {
      if (p.country || !p.position) continue;
      const office = DEPUTY_OF.exec(p.position)?.[1]?.toLowerCase();
      if (!office) continue;
      const holders = officials.filter((q) => q !== p && q.position?.toLowerCase() === office);
      // (Not one who meets the holder across a meeting's verb: "Deputy Prime Minister X met Lao Prime Minister Y".)
      if (holders.some((q) => facesAcross(p.id, q.id))) continue;
      const countries = new Set(holders.map((q) => q.country).filter((c) => c));
      // (Not one the text has travel to that country: "Principal Deputy National Security Advisor X ... travelled to
      // Georgetown", the text's National Security Advisor being Guyana's.)
      if (countries.size === 1 && holders.every((q) => q.country) && !(visited ??= visitedCountries(cues)).get(p.id)?.has([...countries][0]!)) p.country = [...countries][0]!;
      else if (holders.length > 0 && countries.size === 0) waiting.add(p.id);
    }
    return waiting;
  };
  const waiting = deputies();
  const headlineSides = new Set(drafts.find((x) => x.headline)?.parties.map((x) => byId.get(x.id)?.country).filter((c): c is string => !!c));
  for (const [a, b] of signers) {
    const [unknownOne, knownOne] = a.country ? [b, a] : [a, b];
    if (unknownOne.country || !knownOne.country || headlineSides.size !== 2 || !headlineSides.has(knownOne.country)) continue;
    unknownOne.country = [...headlineSides].find((c) => c !== knownOne.country)!;
  }
  // "Fidan recently paid a visit to Egypt and met President X", filed from Ankara: a state's office across the verb
  // from a visitor of another country, in a meeting the text places in a country, is held there, not at the dateline.
  for (const d of drafts) {
    const where = d.atEvent || d.kind === 'phone call' || d.kind === 'video call' || !d.place?.country ? null : d.place.country;
    if (!where || where === home()) continue;
    const people = d.parties.map((x) => ({ party: x, person: byId.get(x.id) }));
    const visitors = people.filter((x) => x.party.side === 'subject' && x.person?.country && x.person.country !== where);
    const met = people.filter((x) => x.party.side === 'object' && x.person?.capacity === 'official' && !x.person.country);
    // (One visiting nation, the others of the place's: not the leaders gathered in Almaty for a summit.)
    if (new Set(visitors.map((x) => x.person!.country)).size !== 1 || people.some((x) => x.person?.country && x.person.country !== where && !visitors.includes(x))) continue;
    // (Nor a body's official, who meets a nation's minister in the body's seat: "NATO Secretary General X met Foreign
    // Minister Y in Brussels".)
    if (bodySides().has(visitors[0].person!.country!)) continue;
    if (met.length !== 1 || !STATE_OFFICE.test(met[0].person!.position ?? '')) continue;
    if ((visited ??= visitedCountries(cues)).get(met[0].person!.id)?.has(where)) continue;
    met[0].person!.country = where;
  }
  // (Kin first, once the meetings have given their sides.)
  sharedFamilyName(officials);
  provinceHolders(officials, cues.text, cues.dateline?.country);
  // An official the text gives no country, in a release of a country's agency or ministry, or filed from a
  // country, serves it.
  // (Not those across the verb from officials it gives the home too: "Defence Minister Rajnath Singh welcomed
  // Senator Marise Payne", no country stated for either.)
  if (officials.some((p) => !p.country && (p.position || p.rank)) && home()) {
    const h = home()!;
    const across = new Set<string>();
    for (const d of drafts) {
      const subjects = d.parties.filter((x) => x.side === 'subject');
      // (Or one of them home's: "The delegation, co-led by former Liberian President A and former US Ambassador B, met with Y".)
      if (subjects.length === 0 || !(subjects.every((x) => { const c = byId.get(x.id)?.country; return !c || c === h; }) || subjects.some((x) => byId.get(x.id)?.country === h))) continue;
      for (const x of d.parties) if (x.side === 'object' && !byId.get(x.id)?.country) across.add(x.id);
    }
    // (Nor one the text has visiting it: "Defence Minister X arrived in Canberra", in a release filed from Canberra.)
    const visitors = new Set<string>();
    for (const d of drafts) {
      if (d.kind !== 'visit' || d.atEvent || placeCountry(d) !== h) continue;
      for (const x of d.parties) if (x.role === 'guest' && !byId.get(x.id)?.country) visitors.add(x.id);
    }
    // (Nor one the text has visiting home by the noun: "concluded the official visit of Defense Minister X to Vilnius".)
    for (const [id, where] of (visited ??= visitedCountries(cues))) if (where.has(h) && !byId.get(id)?.country) visitors.add(id);
    for (const id of visitors) across.add(id);
    // (Nor the one party facing a home official where the text sets another country against home: "X visited the
    // facilities of the United States Southern Command, invited by its chief, Y", filed from Miami about a Dominican.)
    const partner = partnerOf(h);
    if (partner) {
      for (const d of drafts) {
        const ids = [...new Set(d.parties.map((x) => x.id))];
        if (d.kind === 'multilateral' || ids.length !== 2) continue;
        const [a, b] = ids.map((id) => byId.get(id));
        if (!a || !b) continue;
        if (a.country === h && !b.country) across.add(b.id);
        else if (b.country === h && !a.country) across.add(a.id);
      }
    }
    for (const id of waiting) across.add(id);
    // (A body's release, "NATO Secretary General met with Prime Minister X": a state's office is no body's.)
    // (Nor, in a body's text, a state's officials: ministers, speakers, a president's advisers.)
    const ofState = new Set(bodySides().has(h) ? officials.filter((p) => STATE_OFFICE.test(p.position ?? '') || STATE_WORDS.test(p.position ?? '')).map((p) => p.id) : []);
    for (const id of ofState) across.add(id);
    // (Nor one whose counterpart the text gives that country: "Suva – Prime Minister X met with his Fijian counterpart".)
    const counterOfHome = new Set([...(counterparts ??= counterpartNations(cues))].filter(([, nations]) => nations.has(h)).map(([id]) => id));
    for (const id of counterOfHome) across.add(id);
    // (Nor one joined by "and" to an official the text gives that nationality: "Prime Minister X and French President
    // Y released": the nationality written for the second alone sets them apart.)
    for (const id of pairedAgainst(cues, h)) across.add(id);
    // (Nor one a visitor from elsewhere travelled with, a guest beside him: "X made the trip with his Minister of
    // Defense, Y".)
    for (const d of drafts) {
      if (d.kind !== 'visit' || !d.parties.some((x) => x.role === 'guest' && byId.get(x.id)?.country && byId.get(x.id)!.country !== h)) continue;
      for (const x of d.parties) if (x.role === 'guest' && !byId.get(x.id)?.country) across.add(x.id);
    }
    // (Nor an envoy whose brief is that country: "the Special Envoy for Syria", in a statement dated Damascus.)
    const briefed = (p: Person) => envoyFor(p.position) === h;
    // (Nor one whose family name is common in another country the text names: "Xi Jinping", in a text from India on China.)
    // (Nor one whose office has one holder per country, held at home by another: "President Putin", in a text from
    // Ulaanbaatar whose President is Khurelsukh; the one other country the text names with no holder of it is his.)
    const heldAtHome = (p: Person) => heldByAnother(officials, stated, p, h);
    for (const p of officials) {
      if (p.country || !(p.position || p.rank) || across.has(p.id) || briefed(p) || namedElsewhere(cues, p, h)) continue;
      if (!heldAtHome(p)) p.country = h;
      else p.country = soleOtherHolder(cues, officials, stated, p, h);
    }
    // (Those across from them now stand across from a known side; a domestic meeting leaves them at home too.)
    if (across.size > 0) {
      otherSides();
      deputies();
      // (Only where the text itself says where home is: a home learnt from its protagonist, "General X of Kenya was
      // received by Minister Y", says nothing of the one across from him.)
      const told = homeValue !== null;
      // (Nor one across who serves a body of no known country: "Foreign Minister X met with a delegation of the Atlantic
      // Council led by its Chairman Y", in Beijing.)
      const ownBody = (p: Person) => across.has(p.id) && p.organization !== null && NON_STATE_BODY.test(p.organization) && !OWN_BODY.test(p.organization) && !organizationSide(p.organization);
      // (Nor, as above, one not across of a family name common elsewhere, nor a second holder of a one-holder office.)
      for (const p of officials) if (!p.country && (p.position || p.rank) && !visitors.has(p.id) && !ofState.has(p.id) && !counterOfHome.has(p.id) && (told || !across.has(p.id)) && !ownBody(p) && !briefed(p) &&
        (across.has(p.id) || !namedElsewhere(cues, p, h)) && !heldAtHome(p)) p.country = h;
    }
  }
  // A text that names one country only ("safeguarding Nigeria's territorial integrity", a meeting in Abuja):
  // officials it gives no other are of that country.
  if (officials.some((p) => !p.country && (p.position || p.rank))) {
    const named = namedCountries(cues);
    if (named.size === 1) {
      const only = [...named][0];
      // (Not one meeting someone of that country: "Minister X met Ambassador Y, who led the Canadian delegation".)
      // (Nor one meeting a body's official: "Prime Minister X met the Secretary-General" in New York.)
      const bodies = bodySides();
      const across = new Set<string>();
      // (Unless the body's official is said to be in that country, by no one else: "The IsDB head is in Guyana to
      // discuss ..."; those he meets there, of no other country, are its.)
      const stay = new RegExp(String.raw`\b(?:is|was)\s+(?:currently\s+|now\s+)?in\s+(?:the\s+)?(?:${literalAlternation([only])})\b`);
      const bodyIn = (d: MeetingDraft) => {
        const own = new Set(d.parties.filter((x) => bodies.has(byId.get(x.id)?.country ?? '')).map((x) => x.id));
        if (own.size === 0 || d.parties.some((x) => byId.get(x.id)?.country === only)) return false;
        return cues.sentences.some((s) => {
          const m = stay.exec(cues.text.slice(s.start, s.end));
          return m !== null && within(cues.officials, { start: s.start, end: s.start + m.index }).every((o) => own.has(o.id!));
        });
      };
      // (Those across from a body's official are held back only where that country is named by cities that seat
      // bodies alone, "met the Secretary-General in New York"; "in Storai Palace", in a text that names Afghanistan,
      // leaves the deputy minister meeting Save the Children's director at home.)
      // ("in Geneva, Switzerland": or by the country named right after such a city.)
      const seatOnly = cues.places.every((x) => x.country !== only || seatBound(cues.text, x));
      for (const d of drafts) {
        if (d.parties.some((x) => { const c = byId.get(x.id)?.country; return c === only || (c && bodies.has(c) && seatOnly); }) && !bodyIn(d)) {
          for (const x of d.parties) across.add(x.id);
          // (And those who stood with one of them: "Colonels X and Y were part of the reception team".)
          for (const [id, escort] of d.escorts ?? []) if (byId.get(escort)?.country !== only) across.add(id);
        }
      }
      // (Nor one who meets an office of it the text names no holder of: "Permanent Secretary X met the British High
      // Commissioner": the country after the meeting's words, in its sentence, is the other side's.)
      for (const d of drafts) {
        const told = cues.sentences[d.sentence];
        if (!told || d.kind === 'multilateral' || new Set(d.parties.map((x) => x.id)).size !== 1) continue;
        const named = within(cues.officials, told).filter((o) => o.id === d.parties[0].id).pop();
        const verb = named ? cues.text.indexOf(d.wording, named.end) : -1;
        if (verb >= 0 && verb < told.end && within(cues.places, { start: verb, end: told.end }).some((x) => x.country === only && !x.capital)) across.add(d.parties[0].id);
      }
      // (Nor those met by a group of it the text names no one of: "Representatives of Latvian Armed Forces met with the
      // Chief of Defence Staff X".)
      for (const d of drafts) {
        const told = cues.sentences[d.sentence];
        if (!told || d.kind === 'multilateral') continue;
        const verb = cues.text.indexOf(d.wording, told.start);
        if (verb < 0 || verb >= told.end || within(cues.officials, { start: told.start, end: verb }).length > 0) continue;
        // (By its nationality's word, not a place: "arrived Nepal on a three-day official visit" names where.)
        if (within(cues.places, { start: told.start, end: verb }).some((x) => x.country === only && !x.capital && cues.text.slice(x.start, x.end) !== only)) for (const x of d.parties) across.add(x.id);
      }
      // (Nor one a meeting's word sets against one of it, told or to come: "Prime Minister X was invited to meet with US
      // Vice President Y in Washington".)
      for (let k = 0; k + 1 < cues.officials.length; k++) {
        const [a, b] = [cues.officials[k], cues.officials[k + 1]];
        const pb = byId.get(b.id!);
        if (a.id === b.id || pb?.country !== only || byId.get(a.id!)?.country) continue;
        if (MEETS_ACROSS.test(cues.text.slice(a.end, b.start))) across.add(a.id!);
      }
      // (And those accompanying one across: "The Prime Minister was accompanied by the Minister of Finance, X".)
      for (const m of cues.text.matchAll(ACCOMPANIED_BY)) {
        const sent = sentenceAt(cues, m.index!);
        if (!sent || !within(cues.officials, { start: sent.start, end: m.index! }).some((o) => across.has(o.id!))) continue;
        for (const o of within(cues.officials, { start: m.index! + m[0].length, end: sent.end })) if (!byId.get(o.id!)?.country) across.add(o.id!);
      }
      // (Nor its visitor: "The Visit of General X ... to Canada".)
      for (const [id, where] of (visited ??= visitedCountries(cues))) if (where.has(only)) across.add(id);
      // (Nor an envoy calling there on one of no other office: "Ambassador X paid a farewell call on President Y in
      // Kathmandu" is posted to Nepal, not of it.)
      for (const d of drafts) {
        if (d.kind === 'multilateral' || placeCountry(d) !== only) continue;
        const envoys = d.parties.filter((x) => ENVOY.test(byId.get(x.id)?.position ?? ''));
        if (envoys.length > 0 && envoys.length < d.parties.length) for (const x of envoys) across.add(x.id);
      }
      // (Nor one whose counterpart is of it: "President X will on Monday host his Indonesian counterpart Y".)
      for (const [id, nations] of (counterparts ??= counterpartNations(cues))) if (nations.has(only)) across.add(id);
      // (Nor one whose mission's office is held there: "IOM Chief of Mission in Bangladesh X".)
      // ("ambassador to Tokyo X": nor an envoy posted to it, by its name or its capital's.)
      for (const p of officials) if (heldIn(p.position) === only || postedTo([p]) === only) across.add(p.id);
      for (const p of officials) if (!p.country && (p.position || p.rank) && !across.has(p.id)) p.country = only;
    }
  }
  // ("NATO Secretary General X met with Chancellor Y, Foreign Minister Z and Defence Minister W": no guess makes a
  // minister of a body that has none.)
  const bodies = bodySides();
  for (const p of officials) {
    if (p.country && bodies.has(p.country) && !p.organization && p.position && (STATE_OFFICE.test(p.position) || /^(?:\w+\s+)?Minister\b/.test(p.position))) p.country = null;
  }
  // (Again, for companions whose leader's country only the rules above found; the first reading kept the others from
  // taking another side's country.)
  togetherWith(cues, byId);
  // Last, a weak hint: a family name common in one country.
  const present = new Set(officials.map((p) => p.country).filter((c): c is string => c !== null));
  for (const p of officials) p.country ??= surnameCountry(p.name.split(/\s+/), present);
  if (officials.some((p) => !p.country)) for (const d of drafts) if (cues.sentences[d.sentence]) sameSideCountries(d, byId, { ...cues.sentences[d.sentence], text: cues.text });
  // ("The envoy to Syria, X, met the Syrian Foreign Minister": no guess makes an envoy a national of where he is posted.)
  for (const p of officials) {
    const posted = p.country ? postOf(p.position) : null;
    if (posted && (countryName(posted.trim()) ?? bodyIn(posted.trim())) === p.country) p.country = null;
  }
  oneHolderApart(drafts, byId, stated);
  readoutSpokesperson(cues, byId);
}

/**
 * "Caretaker Prime Minister X" and "Caretaker Minister of Justice Y": a government in caretaker mode names its members
 * so; those the text gives no country serve the one its other caretakers serve.
 */
function caretakerCabinet(caretakers: readonly Person[]): void {
  const served = new Set(caretakers.map((p) => p.country).filter((c) => c !== null));
  if (served.size !== 1) return;
  const [country] = served;
  for (const p of caretakers) p.country ??= country;
}

/**
 * "The below is attributable to Spokesperson X:", "As stated by Principal Deputy Spokesperson X:", then "Deputy
 * Secretary Y met with ...": a readout's spokesperson speaks for the one whose meeting it reads out.
 */
function readoutSpokesperson(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(ATTRIBUTED_TO)) {
    const after = m.index! + m[0].length;
    const spokesman = within(cues.officials, { start: after, end: after + 80 })[0];
    const p = spokesman?.id ? byId.get(spokesman.id) : undefined;
    if (!p || !/spokes/i.test(p.position ?? '') || !/^\s*:/.test(cues.text.slice(spokesman!.end, spokesman!.end + 3))) continue;
    const next = within(cues.officials, { start: spokesman!.end, end: spokesman!.end + 300 }).map((o) => byId.get(o.id!)).find((q) => q && q.id !== p.id && q.capacity === 'official');
    if (next?.country) p.country = next.country;
  }
}
const ATTRIBUTED_TO = /\b(?:(?:is\s+)?attributable\s+to|As\s+stated\s+by)\s+(?:the\s+)?/g;

/**
 * "WASHINGTON -- President X and President Y spoke by phone": two holders of an office a country has one of, meeting
 * each other, serve two countries; a guess that made them one is undone for the one the text gave no country
 * (the second named, where it gave neither).
 */
function oneHolderApart(drafts: readonly MeetingDraft[], byId: ReadonlyMap<string, Person>, stated: ReadonlyMap<string, string | null>): void {
  for (const d of drafts) {
    const ids = [...new Set(d.parties.map((x) => x.id))];
    if (d.kind === 'multilateral' || ids.length !== 2) continue;
    const [a, b] = ids.map((id) => byId.get(id));
    if (!a || !b || !a.country || a.country !== b.country || !a.position || !b.position) continue;
    // (Or two heads of government under their two names: "Taoiseach X and Prime Minister Y spoke by phone".)
    const sameOffice = a.position.toLowerCase() === b.position.toLowerCase() && ONE_HOLDER.test(a.position);
    if (!sameOffice && !(HEAD_OF_GOVERNMENT.test(a.position) && HEAD_OF_GOVERNMENT.test(b.position))) continue;
    const guessedA = !stated.get(a.id);
    const guessedB = !stated.get(b.id);
    if (guessedB) b.country = null;
    else if (guessedA) a.country = null;
  }
}
/**
 * Whether one's family name is common in a country the text names other than `than` (the hint read last gives it), and
 * other than the side he stands `across` from.
 */
function namedElsewhere(cues: CountryCues, p: Person, than: string, across?: string): boolean {
  const named = namedCountries(cues);
  const c = surnameCountry(p.name.split(/\s+/), named);
  return c !== null && c !== than && c !== across && named.has(c);
}
/** The countries the text names, read once per text (the rules below ask for them per official). */
function namedCountries(cues: CountryCues): ReadonlySet<string> {
  let named = NAMED.get(cues.places);
  if (!named) NAMED.set(cues.places, (named = new Set(cues.places.map((x) => x.country).filter((c) => c))));
  return named;
}
const NAMED = new WeakMap<CountryCues['places'], Set<string>>();
/** Officials written "X and NATIONALITY Office Y", Y given `country`: X, set apart from it. */
function pairedAgainst(cues: CountryCues, country: string): string[] {
  const out: string[] = [];
  const list = cues.officials;
  for (let k = 0; k + 1 < list.length; k++) {
    const gap = cues.text.slice(list[k].end, list[k + 1].start);
    const and = PAIRED_AND.exec(gap);
    if (!and) continue;
    const at = list[k].end + and[0].length;
    const nation = cues.places[firstStartingAt(cues.places, at)];
    if (nation?.start === at && nation.country === country && list[k].id) out.push(list[k].id!);
  }
  return out;
}
const PAIRED_AND = /^\s+and\s+(?:the\s+)?(?=\p{Lu}[\p{L}-]+\s+(?:\p{Lu}[\p{L}-]+\s+){1,4}$)/u;

/** Whether another official the text gives `country` holds `p`'s office, one that has one holder per country. */
function heldByAnother(officials: readonly Person[], stated: ReadonlyMap<string, string | null>, p: Person, country: string): boolean {
  const office = p.position?.toLowerCase();
  return !!office && ONE_HOLDER.test(office) && officials.some((q) => q !== p && stated.get(q.id) === country && q.position?.toLowerCase() === office);
}
/** The one country the text names, besides `than`, where no official holds `p`'s office; else null. */
function soleOtherHolder(cues: CountryCues, officials: readonly Person[], stated: ReadonlyMap<string, string | null>, p: Person, than: string): string | null {
  const free = [...namedCountries(cues)].filter((c) => c !== than && !heldByAnother(officials, stated, p, c));
  return free.length === 1 ? free[0] : null;
}
const HEAD_OF_GOVERNMENT = /^(?:An )?(?:Prime Minister|Premier|Chancellor|Taoiseach)$/i;
const ONE_HOLDER = /^(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Crown Prince|Vice President|Foreign Minister|Defen[cs]e Minister|Minister of (?:Foreign Affairs|Defen[cs]e|National Defen[cs]e)|Secretary of State|Foreign Secretary|Speaker|Chief of (?:the )?(?:General|Defen[cs]e) Staff)$/i;

/** Whether an envoy of `nation` posted to `host` was met alone in a meeting other than `d`, and none of `apart` met him. */
function envoyMetApart(drafts: readonly MeetingDraft[], d: MeetingDraft, byId: ReadonlyMap<string, Person>, nation: string, host: string, apart: ReadonlySet<string>): boolean {
  const envoy = (x: { id: string }) => {
    const q = byId.get(x.id);
    const post = q?.country === nation ? postOf(q.position) : null;
    return post !== null && countryName(post.trim()) === host;
  };
  const alone = drafts.some((o) => o !== d && new Set(o.parties.map((x) => x.id)).size === 2 && o.parties.some(envoy) && o.parties.some((x) => byId.get(x.id)?.country === host));
  return alone && !drafts.some((o) => o.parties.some(envoy) && o.parties.some((x) => apart.has(x.id)));
}

/**
 * "outgoing Canadian High Commissioner X" ... Counsellor at the High Commission, Y, ... until new High Commissioner,
 * Z": the staff and envoys of a mission the text names without its country, where it names one such mission's
 * country only, serve that country.
 */
function oneMission(officials: readonly Person[], drafts: readonly MeetingDraft[]): void {
  const kinds: [RegExp, RegExp][] = [[/\bHigh Commission(?:er)?\b/i, /\bHigh Commissioner\b/i], [/\b(?:Embassy|Ambassador)\b/i, /\bAmbassador\b/i]];
  for (const [mission, envoy] of kinds) {
    const envoys = officials.filter((p) => p.country && envoy.test(p.position ?? '') && !/\bto\b/.test(p.position ?? ''));
    const known = new Set(envoys.map((p) => p.country));
    if (known.size !== 1) continue;
    const [country] = known;
    // (Not one the envoy meets: "the Japanese Ambassador X called on Ambassador Y, Dean of the Diplomatic Corps".)
    const meets = (p: Person) => drafts.some((d) => {
      const mine = d.parties.find((x) => x.id === p.id);
      return mine && d.parties.some((x) => envoys.some((e) => e.id === x.id) && (x.role !== mine.role || x.role === 'participant'));
    });
    for (const p of officials) if (!p.country && p.position && mission.test(p.position) && !/\b(?:of|to)\s+\p{Lu}/u.test(p.position) && !meets(p)) p.country = country;
  }
}

/**
 * "Defense Secretary X spoke by phone with Mexican military leaders yesterday ... X's conversation with Defense
 * Secretary A and Navy Secretary B": those a meeting names after its word had them as a nation's group serve it.
 */
function namedAfterGroup(cues: CountryCues, drafts: readonly MeetingDraft[], byId: ReadonlyMap<string, Person>): void {
  for (const d of drafts) {
    const group = NATION_GROUP.exec(cues.text.slice(d.start, d.end));
    const nation = group && countryName(group[1]);
    if (!nation) continue;
    const at = d.start + group!.index!;
    for (const x of d.parties) {
      const p = byId.get(x.id);
      if (p && !p.country && p.capacity === 'official' && x.start > at) p.country = nation;
    }
  }
}
const NATION_GROUP = /\b(?:with|met|received|welcomed|hosted|called)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}(?:leaders|officials|counterparts|colleagues|authorities|chiefs|commanders|ministers|delegation)\b/u;

/**
 * "Together with Chief of the General Staff A and Air Force Commander B, Commander-in-Chief X held a phone conversation
 * with Y", "X, together with A and B, met Y": those named with the one who met serve his country.
 */
function togetherWith(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const s of cues.sentences) {
    const line = cues.text.slice(s.start, s.end);
    const m = TOGETHER_WITH.exec(line);
    if (!m) continue;
    const at = s.start + m.index + m[0].length;
    const inSentence = cues.officials.filter((o) => o.start >= s.start && o.end <= s.end && o.id);
    const after = inSentence.filter((o) => o.start >= at);
    const acts = (o: Entity) => ACTS_AFTER.test(cues.text.slice(o.end, Math.min(s.end, o.end + 140)));
    // (The one who met: named after the companions and acting, or named right before "together with".)
    const lead = after.find(acts) ?? null;
    const before = inSentence.filter((o) => o.end <= s.start + m.index).pop();
    const principal = lead && after.indexOf(lead) > 0 ? lead : before && /,\s*$/.test(cues.text.slice(before.end, s.start + m.index + 2)) ? before : null;
    const p = principal && byId.get(principal.id!);
    if (!p?.country || p.capacity !== 'official') continue;
    const companions = principal === lead ? after.slice(0, after.indexOf(lead!)) : after.slice(0, after.findIndex(acts) < 0 ? 0 : after.findIndex(acts));
    for (const o of companions) {
      const c = byId.get(o.id!);
      if (c && c !== p && !c.country && c.capacity === 'official') c.country = p.country;
    }
  }
}
const TOGETHER_WITH = /\b[Tt]ogether with\b/;
/** After a name (and an office set off by commas), a meeting's verb: the one who met. */
const ACTS_AFTER = /^(?:,[^.;]{0,100}?,)?\s+(?:held|met|hosted|received|spoke|had|discussed|visited|called|welcomed|paid)\b/;

/** "Celso X, Lula's Special Advisor": an aide named by his principal's possessive serves the principal's country, and
 * the principal the aide's. */
function principalsAides(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const aide of cues.officials) {
    const m = PRINCIPALS_AIDE.exec(cues.text.slice(aide.end, aide.end + 40));
    const a = m && byId.get(aide.id!);
    if (!a || a.capacity !== 'official') continue;
    const principals = [...byId.values()].filter((p) => p !== a && p.capacity === 'official' && p.name.split(/\s+/).includes(m[1]));
    if (principals.length !== 1) continue;
    const [p] = principals;
    if (!a.country && p.country) a.country = p.country;
    else if (a.country && !p.country) p.country = a.country;
  }
  // "President Xi Jinping's Special Envoy and Vice Chairman of ... Jiang Zuojun": the principal, his aide's office in
  // the possessive, then the aide by name.
  for (let k = 0; k + 1 < cues.officials.length; k++) {
    const o = cues.officials[k];
    const after = cues.text.slice(o.end, o.end + 60);
    // ("according to Dahal's press coordinator, Bishnu X": in lower case, set off by a comma.)
    const lower = POSSESSED_AIDE_LOWER.exec(after);
    if (!POSSESSED_AIDE.test(after) && !lower) continue;
    // (The office may be read as a mention of its holder: "Special Envoy" is then the aide's.)
    let m = k + 1;
    while (m < cues.officials.length && cues.officials[m].id === o.id) m++;
    const next = cues.officials[m];
    // (Only the office's words between: not "President X's special envoy met President Y".)
    if (!next || next.start - o.end > 160 || !(OFFICE_WORDS_ONLY.test(cues.text.slice(o.end, next.start)) || (lower && next.start === o.end + lower[0].length))) continue;
    const [p, a] = [byId.get(o.id!), byId.get(next.id!)];
    if (!p || !a || p.capacity !== 'official' || a.capacity !== 'official') continue;
    // (An aide told in lower case gives his principal no country: "President X's special envoy Y", filed from abroad.)
    if (!p.country && a.country && !lower) p.country = a.country;
    else if (p.country && !a.country) a.country = p.country;
  }
}
/**
 * "..., said President's Press Secretary X": an aide at home whose office is his principal's office in the possessive
 * serves the country of the one holder of that office the text names (not an envoy: "the President's Special Envoy"
 * may be another state's).
 */
function officesAides(officials: readonly Person[]): void {
  for (const a of officials) {
    const m = a.position ? OFFICE_AIDE.exec(a.position) : null;
    if (!m) continue;
    const principals = officials.filter((p) => p !== a && p.position !== null && p.position.toLowerCase() === m[1].toLowerCase() && p.country);
    if (principals.length === 1) a.country = principals[0].country;
  }
}
/** "President's Press Secretary", "Prime Minister's Spokesman": a principal's office, then an aide's at home. */
const OFFICE_AIDE = /^((?:Vice |Deputy )?(?:President|Prime Minister|Chief Minister|Governor|King|Emir|Chancellor|Premier))['’]s\s+(?:Press Secretary|Spokes(?:man|woman|person)|Principal Secretary|Private Secretary|Chief of Staff|Media Adviser|Political Secretary|(?:Senior |Special |Chief )?Advis[eo]r)\b/;
/**
 * "Breuer took office as inspector general of Germany's Bundeswehr in mid-March, succeeding General Eberhard X": one
 * succeeded in an office served the country of the one who succeeded him.
 */
function predecessors(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const o of cues.officials) {
    const p = byId.get(o.id!);
    if (!p || p.country || p.capacity !== 'official') continue;
    const sent = sentenceAt(cues, o.start);
    if (!sent || !SUCCEEDED.test(cues.text.slice(Math.max(sent.start, o.start - 60), o.start))) continue;
    const successor = within(cues.officials, { start: sent.start, end: o.start }).map((x) => byId.get(x.id!)).find((x) => x && x !== p && x.country);
    if (successor) p.country = successor.country;
  }
}
/**
 * "X has arrived here on a two-day official visit to Nepal. He arrived at the invitation of Foreign Secretary Y": the
 * one who invites a visitor serves the country visited.
 */
function invitingHosts(cues: CountryCues, drafts: readonly MeetingDraft[], byId: ReadonlyMap<string, Person>): void {
  for (const o of cues.officials) {
    const p = byId.get(o.id!);
    if (!p || p.country || p.capacity !== 'official') continue;
    const k = sentenceIndexAt(cues, o.start);
    if (k < 0 || !INVITED_BY.test(cues.text.slice(Math.max(cues.sentences[k].start, o.start - 60), o.start))) continue;
    // (The visitor: the first official of this sentence or the one before, whose visit to another country the text tells.)
    const from = cues.sentences[Math.max(0, k - 1)].start;
    const guest = within(cues.officials, { start: from, end: o.start }).map((x) => byId.get(x.id!)).find((x) => x && x !== p && x.country);
    const went = new Set(drafts.filter((d) => d.kind === 'visit' && d.place?.country && d.parties.some((q) => q.id === guest?.id && q.role === 'guest')).map((d) => d.place!.country));
    if (guest && went.size === 1 && !went.has(guest.country!)) p.country = [...went][0];
  }
}
const INVITED_BY = /\b(?:at|on|upon) the invitation of\s+(?:his|her|the\s+)?(?:[\p{L}-]+\s+){0,5}$/u;

/**
 * "The Ambassador indicated Ghana's readiness to cooperate", "X reaffirmed Kenya's commitment": the subject speaks for
 * the country whose stance he states.
 */
function speaksFor(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(STANCE_OF)) {
    // ("President X conveyed the European Council’s position": a body's official speaks for it so too.)
    const named = m[1] ?? m[2];
    const country = countryName(named) ?? bodyIn(named);
    if (!country) continue;
    const sent = sentenceAt(cues, m.index!);
    if (!sent) continue;
    // (The sentence's subject: the one official named before the verb.)
    const told = within(cues.officials, { start: sent.start, end: m.index! });
    let before = told.map((x) => byId.get(x.id!)).filter((p): p is Person => !!p && p.capacity === 'official');
    // ("..., with Prime Minister X reaffirming The Bahamas’ commitment": the participle's subject, named right before it.)
    const last = told.at(-1);
    if (/^\w+ing\b/.test(m[0]) && last && /^\s*$/.test(cues.text.slice(last.end, m.index!))) before = before.filter((p) => p.id === last.id);
    const ids = new Set(before.map((p) => p.id));
    if (ids.size !== 1 || before[0].country) continue;
    before[0].country = country;
    // (The body named is the one he serves: "President X ... the European Council’s position".)
    if (!countryName(named)) before[0].organization ??= named;
  }
}
const STANCE_OF = /\b(?:indicat|reaffirm|reiterat|express|convey|affirm|underlin|stress|emphasi[sz]|pledg)(?:ed|ing)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})(?:['’]s|(?<=s)['’])\s+(?:(?:full|strong|firm|continued|unwavering|keen)\s+)?(?:readiness|commitment|willingness|support|position|desire|determination|keenness|interest|appreciation|gratitude|intent|intention)\b|\bassured\s+(?:him|her|them)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})['’]s\s+(?:(?:full|strong|firm|continued|unwavering|keen)\s+)?(?:readiness|commitment|willingness|support|position|desire|determination|keenness|interest|appreciation|gratitude)\b/gu;
const SUCCEEDED = /\b(?:succeed(?:ing|ed|s)?|replac(?:ing|ed|es)|took over from|taking over from|(?:his|her) predecessor,?)\s+(?:(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,5})?$/u;
const OFFICE_WORDS_ONLY = /^['’]s\s+(?:(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|to|on)\s+)*$/u;
/** The offices of an embassy's own staff, who stand with their envoy. */
const EMBASSY_STAFF = /\b(?:Attach[ée]|Counsel+or|(?:First|Second|Third) Secretary|Deputy Chief of Mission|Deputy Head of Mission|Charg[ée] d|Consul)/i;
const POSSESSED_AIDE_LOWER = /^['’]s\s+(?:(?:chief|senior|special|personal|principal|deputy|political|media|press|foreign affairs)\s+)*(?:coordinator|secretary|adviser|advisor|aide|assistant|spokes(?:man|woman|person)|envoy|representative),?\s+/;
const POSSESSED_AIDE = /^['’]s\s+(?:(?:Special|Personal|Senior|Chief|Deputy|Principal)\s+)*(?:Envoy|Representative|Adviser|Advisor|Assistant|Aide|Secretary|Spokes(?:man|woman|person)|Chief of Staff|Emissary)\b/;
const PRINCIPALS_AIDE = /^,\s*(?:(?:President|Prime Minister|King|Emir|Chancellor)\s+)?(\p{Lu}[\p{L}-]+)['’]s\s+\p{Lu}/u;

/**
 * "Bennani conveyed the greetings of King Mohammed VI and Crown Prince Moulay Hassan to the Jordanian leadership": the
 * leaders whose greetings or message a visitor brings are his own country's.
 */
function greetingsOf(cues: CountryCues, drafts: readonly MeetingDraft[], byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(GREETINGS_OF)) {
    const sent = sentenceAt(cues, m.index!);
    if (!sent) continue;
    const from = m.index! + m[0].length;
    // (The run of names and titles right after, up to the first other word: "... to President Y", "an invitation from
    // Minister X for Y to attend".)
    const run = SENDERS_RUN.exec(cues.text.slice(from, sent.end));
    const senders = within(cues.officials, { start: from, end: from + (run ? run[0].length : 0) });
    // The bearer: the official named before in the sentence, else the one guest of the meeting it tells of.
    // ("He also called on Prime Minister X and conveyed greetings from Prime Minister Y": not the host the bearer
    // called on; the bearer is that meeting's guest.)
    const k = sentenceIndexAt(cues, m.index!);
    let before: { id?: string } | undefined = within(cues.officials, { start: sent.start, end: m.index! }).pop();
    const hosted = before && drafts.find((x) => x.sentence === k && x.parties.some((p) => p.id === before!.id && p.role === 'host') &&
      x.parties.some((p) => p.role === 'guest'));
    if (hosted) before = hosted.parties.find((p) => p.role === 'guest' && p.start < m.index!);
    let side = before ? byId.get(before.id!)?.country : null;
    if (!side && !before && !hosted) {
      // ("X welcomed A and B ... The two officials came to deliver a message of condolence from President Y": or the
      // one country of its guests.)
      const guestSides = (x: MeetingDraft) => new Set(x.parties.filter((p) => p.role === 'guest').map((p) => byId.get(p.id)?.country).filter((c) => c));
      const d = drafts.find((x) => x.sentence <= k && k <= x.lastSentence + 1 && guestSides(x).size === 1);
      side = d ? [...guestSides(d)][0] : null;
    }
    if (side) for (const o of senders) { const p = byId.get(o.id!); if (p && !p.country && p.capacity === 'official') p.country = side; }
  }
  // ("Mr Sullivan reiterated President Biden's commitment to Africa", "conveyed President Y's invitation": the one whose
  // word an official carries, named in the possessive, is of his country.)
  for (const m of cues.text.matchAll(CARRIES_PRINCIPALS)) {
    const sent = sentenceAt(cues, m.index!);
    const bearer = sent && within(cues.officials, { start: sent.start, end: m.index! }).pop();
    const side = bearer ? byId.get(bearer.id!)?.country : null;
    if (!side) continue;
    const apostrophe = m.index! + m[0].length - m[1].length;
    for (const o of within(cues.officials, { start: m.index!, end: apostrophe })) {
      const p = byId.get(o.id!);
      if (o.end === apostrophe && p && !p.country && p.capacity === 'official') p.country = side;
    }
  }
}
/** A verb of carrying one's word, then a leader's name in the possessive and what he gave: "reiterated President X's commitment". */
const CARRIES_PRINCIPALS = /\b(?:reiterated|reaffirmed|conveyed|relayed|delivered|expressed|underscored|underlined|emphasi[sz]ed|stressed|highlighted|affirmed)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}?\p{Lu}[\p{L}-]+(['’]s?\s+(?:(?:strong|continued|personal|warm|full)\s+)?(?:commitment|support|greetings|message|regards|wishes|invitation|appreciation|gratitude|vision|desire|determination|resolve|readiness))\b/gu;
/**
 * "India is advancing ... under the leadership of Prime Minister Narendra X", "the success of Uzbekistan ... the reforms
 * carried out under the leadership of President Y": a leader named right after "under the leadership of" leads the
 * country the sentence names last before it.
 */
function ledBy(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(LEADERSHIP_OF)) {
    const sent = sentenceAt(cues, m.index!);
    if (!sent) continue;
    const from = m.index! + m[0].length;
    const leader = within(cues.officials, { start: from, end: sent.end })[0];
    // (Only offices and styles between: "the leadership of President Y", "of H.E. Y".)
    // (Not one of two leaders of two countries: "China-Zambia friendship ... under the leadership of President X and
    // President Y".)
    if (!leader || !LEADER_TITLES.test(cues.text.slice(from, leader.start)) || /^\s*(?:and|&|,)\s/.test(cues.text.slice(leader.end, leader.end + 6))) continue;
    const p = byId.get(leader.id!);
    // ("Jordan's support for Lebanon under the leadership of King Abdullah II": a ruler's office only a few countries
    // have leads the last of them the sentence names.)
    const few = p?.position ? (titlesData.fewCountries as Record<string, string[]>)[p.position.trim()] : undefined;
    const nation = cues.places.filter((x) => x.start >= sent.start && x.end <= m.index! && x.country && !x.capital && (!few || few.includes(x.country))).pop()?.country;
    if (nation && p && !p.country && p.capacity === 'official') p.country = nation;
  }
}
const LEADERSHIP_OF = /\bunder\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?leadership\s+of\s+/gu;
const LEADER_TITLES = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
const GREETINGS_OF = /\b(?:conveyed|conveys|conveying|convey|relayed|relays|relay|delivered|delivers|deliver|extended|extends|passed on|transmitted)\s+(?:to\s+\p{Lu}[^,.;]{0,60}?\s+)?(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:greetings|regards|wishes|message|letter|invitation|congratulations)(?:\s+of\s+(?:condolences?|congratulations?|sympathy|solidarity|support|goodwill|friendship))?(?:\s+and\s+(?:[\p{Ll}-]+\s+)?(?:greetings|regards|wishes))?\s+(?:of|from)\s+/gu;

const SENDERS_RUN = /^(?:(?:\p{Lu}[\p{L}'’.-]*|and|of|the|his|her|their|bin|bint|ibn|al|el|de|president|prime|minister|king|emir|leader|country|,)\s*)+/u;
/** An envoy listed first, a member of a government after: the two stand on different sides. */
function envoyThenMinister(first: Person | undefined, next: Person | undefined): boolean {
  return (ENVOY.test(first?.position ?? '') || MISSION_OFFICE.test(first?.position ?? '')) && (GOVERNMENT_OFFICE.test(next?.position ?? '') || HOME_OFFICE.test(next?.position ?? ''));
}
/** A mission's office besides an envoy's: "Argentina's Deputy Head of Mission X, Senator Y, and Chief Secretary Z". */
const MISSION_OFFICE = /\b(?:Head of Mission|Consul(?:[- ]General)?)\b/;
/** A member of a country's own legislature or civil service, who stands with the host. */
const HOME_OFFICE = /\b(?:Senator|Chief Secretary|Member of Parliament|Parliamentarian)\b/;
const GOVERNMENT_OFFICE = /\bMinister\b(?![- ]Counsel)|\bto (?:the )?(?:Prime Minister|President)\b|\b(?:Governor|Mayor|President|Speaker)\b/;
/** Between two names of a list: a comma or semicolon, perhaps "and", and the next one's office. */
const LIST_GAP = /^\s*[,;]\s*(?:and\s+)?(?:(?:the|of|for|and|\p{Lu}[\p{L}'’.-]*)\s+)*$/u;

/** Whether the sentence telling a meeting places it at a country's mission ("at the Samoan High Commission in London"). */
function atMission(cues: CountryCues, d: MeetingDraft): boolean {
  const told = cues.sentences[d.sentence];
  return told !== undefined && AT_MISSION.test(cues.text.slice(told.start, told.end));
}
const AT_MISSION = /\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Embassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission)\b|\bat\s+the\s+(?:Embassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission)\s+of\b/u;
/** Between two officials: a meeting word setting the one before against the one after ("was invited to meet with"). */
const MEETS_ACROSS = /^[^.;\n]{0,40}?\b(?:to meet|meet|meets|met|meeting|talks|called on|calls on|received|receives|hosted|hosts)\s+(?:with\s+)?(?:the\s+)?[^.;\n]{0,40}$/;
const ACCOMPANIED_BY = /\baccompanied by\b/g;
/** A fronted "In Latvia," before a place: those met after it serve that country. */
const FRONTED_IN = /(?:^|[.\n]\s*|,\s*)[Ii]n\s+(?:the\s+)?$/;

/**
 * "Azerbaijani, Iranian and Turkish FMs meet" ... "the three countries' foreign ministers A, B and C": the names
 * after an office of "the three countries", each of the country the text lists in that place, in turn.
 */
function countriesInTurn(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(COUNTRIES_OFFICE)) {
    const count = COUNTS[m[1].toLowerCase()];
    const sent = sentenceAt(cues, m.index!);
    if (!count || !sent) continue;
    // The names listed right after the office, joined by commas and "and".
    const after = within(cues.officials, { start: m.index! + m[0].length, end: sent.end });
    const names: Person[] = [];
    for (let k = 0; k < after.length && names.length < count; k++) {
      const gap = k === 0 ? cues.text.slice(m.index! + m[0].length, after[0].start) : cues.text.slice(after[k - 1].end, after[k].start);
      if (!(k === 0 ? /^\s*$/.test(gap) : /^\s*(?:,|,?\s+and)\s*$/.test(gap))) break;
      const p = byId.get(after[k].id!);
      if (!p || names.includes(p)) break;
      names.push(p);
    }
    if (names.length !== count || names.some((p) => p.country)) continue;
    // The first list of that many countries the text writes ("Turkey, Iran and Azerbaijan", "Azerbaijani, Iranian and Turkish").
    for (const list of cues.text.matchAll(NATION_LIST)) {
      // ("Turkish FMs": a nationality before the list's noun.)
      const nations = list[0].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => countryOrFirstWord(x.trim()));
      if (nations.length !== count || nations.some((c) => !c) || new Set(nations).size !== count) continue;
      names.forEach((p, k) => { p.country = nations[k]; });
      break;
    }
  }
}
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const ENVOYS_RECEIVED = /\b(?:received|receives|welcomed|welcomes|hosted|hosts|met)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:diplomats|ambassadors|envoys|high commissioners|heads of missions?|chiefs of missions?)\b/i;
const COUNTRIES_OFFICE = /\b(?:the|their)\s+(two|three|four|five|six)\s+(?:countries|nations|states)['’]\s+(?:[\p{L}-]+\s+){1,4}?(?:ministers|chiefs|leaders|presidents|heads|secretaries|envoys|ambassadors|FMs)\b,?/giu;
const NATION_LIST = /\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:\s*,\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)*\s*,?\s+and\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?/gu;

/** The one country (or capital's country) a text says envoys are posted to ("ambassadors to China", "ambassador to
 * Washington"), or null where it names none or several. */
function postedInText(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(ACCREDITED_TO_ALL)) {
    const c = countryName(m[1]) ?? countryOfPlace(m[1]);
    if (c) found.add(c);
    if (found.size > 1) return null;
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The one country the envoys among `persons` are posted to ("Ambassador of Latvia to New Zealand"), or null. */
function postedTo(persons: readonly Person[]): string | null {
  const found = new Set<string>();
  for (const p of persons) {
    const posted = postOf(p.position);
    // ("chargé d'affaires of the US Embassy in Bucharest": a capital for its country.)
    const c = posted ? countryName(posted) ?? countryOfPlace(posted) : null;
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0] : null;
}
/** A body's ambassador or head of delegation posted to a country ("Ambassador of the European Union to Turkmenistan"). */
const BODY_AMBASSADOR = /\b(?:Ambassador|Head of (?:the )?Delegation)\b.*\bto\b/;
/** Offices of a government, whose roll of ministers is one country's (not an envoy's: "Ambassador X, State Minister Y"). */
const MINISTERS_GOVERNMENT = /\b(?:Prime Minister|President|Premier|Chancellor|Ministers?)\b/;
/** "between", then only an office's capitalized words ("between State Councilor, Chinese Foreign Minister"). */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:visiting\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|the),?\s+){0,10}$/u;
/** Whether the official at `o` opens the second half of "between A and B" (his office only between). */
const betweenOpens = (text: string, o: { start: number }) => BETWEEN_BEFORE.test(text.slice(Math.max(0, o.start - 100), o.start));
/** Between two holders of a roll: a comma, or "and", perhaps both, then perhaps "the". */
const ROLL_JOIN = /^(?:, (?:and )?|,? and )(?:the )?$/;
const NATIONALITY_RUN = /(?:^|[^\p{L}\s] *|\b\p{Ll}[\p{L}]* +)(\p{Lu}[\p{Ll}]+) +((?:\p{Lu}[\p{L}-]* +){2,4})$/u;
const TWO_COUNTRIES_BEFORE = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})\s+and\s+(?:of\s+)?(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})(?:,\s*|\s+)$/u;
// ("the heads of Russian and Ukrainian presidential administrations – X and Y –".)
const TWO_NATIONALITIES_BEFORE = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}]*)\s+and\s+(\p{Lu}[\p{L}]*)\s+(?:[\p{Ll}-]+\s+){1,3}[,–—]\s*$/u;
/** The sentence that holds offset `at`, if any. */
function sentenceAt(cues: CountryCues, at: number): { start: number; end: number } | undefined {
  const k = sentenceIndexAt(cues, at);
  return k >= 0 ? cues.sentences[k] : undefined;
}
/** The index of the last sentence starting at or before offset `at`, or -1. */
function sentenceIndexAt(cues: CountryCues, at: number): number {
  return firstStartingAt(cues.sentences, at + 1) - 1;
}
/** Those named within `range` the text gives no country yet (and who `fit`) serve `side`. */
function giveCountry(cues: CountryCues, byId: ReadonlyMap<string, Person>, range: { start: number; end: number }, side: string, fit: (p: Person) => boolean = () => true): void {
  for (const o of within(cues.officials, range)) {
    const p = byId.get(o.id!);
    if (p && !p.country && fit(p)) p.country = side;
  }
}
/**
 * "\"Foreign Minister X meets with his Egyptian and Iraqi counterparts ...,\" the Jordanian Foreign Ministry wrote": a
 * country's body quoted speaks of its own officials, those the quote names with an office and no country.
 */
function quotedBy(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(QUOTE_CLOSED_BY)) {
    const side = countryName(m[1]);
    if (!side) continue;
    const close = m.index!;
    const open = Math.max(cues.text.lastIndexOf('"', close - 1), cues.text.lastIndexOf('“', close - 1));
    if (open < 0 || close - open > MAX_QUOTE) continue;
    giveCountry(cues, byId, { start: open, end: close }, side, (p) => p.position !== null && p.capacity === 'official');
  }
}
const QUOTE_CLOSED_BY = /[,.]?["”],?\s+(?:the\s+)?(\p{Lu}[\p{L}]*)\s+(?:Foreign|Defen[cs]e|Presidential|Prime Minister['’]s)?\s*(?:Ministry|Office|Embassy|Government|Presidency)\b[^.]{0,40}?\b(?:said|says|wrote|writes|stated|reported|tweeted|posted|announced)\b/gu;
const MAX_QUOTE = 1500;
/**
 * "met with a visiting delegation from the United States of America ... the delegation included A; B; C": those
 * the delegation's roll names, with no country of their own, are of the country it came from.
 */
function delegationMembers(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  // (Those named from the roll to its sentence's end.)
  // (Or to the roll's verb: "his delegation includes Y, the foreign trade minister, ... and met Z".)
  const giveRoll = (at: number, side: string, to?: number) => {
    const sent = sentenceAt(cues, at);
    if (sent) giveCountry(cues, byId, { start: at, end: to ?? sent.end }, side, (p) => p.capacity === 'official');
  };
  const from = DELEGATION_FROM.exec(cues.text);
  // ("an official delegation of the Republic of São Tomé and Príncipe": a state's form before its name.)
  const side = from && (countryName(from[1].trim()) ?? countryName(from[1].trim().split(/\s+/).slice(0, 2).join(' ')) ?? (/^(?:Republic|Kingdom|State|Federation|Sultanate|Emirate)\s+of\s/.test(from[1]) ? countryIn(from[1]) : null));
  if (side) for (const m of cues.text.slice(from.index).matchAll(DELEGATION_ROLL)) giveRoll(from.index + m.index! + m[0].length, side);
  // ("the bipartisan delegation of the Senate of the US Congress, consisting of A, B and C", "The US delegation who met
  // COAS included Senator A, Senator B": or the nation named with the roll itself.)
  for (const m of cues.text.matchAll(NATIONS_DELEGATION_ROLL)) {
    const nation = countryIn(m[1] ?? m[2]);
    if (nation) giveRoll(m.index! + m[0].length, nation);
  }
  // ("X arrived in Suriname ... and his delegation includes Y, the foreign trade minister": or the side of the one
  // named last before it, in its sentence.)
  for (const m of cues.text.matchAll(HIS_DELEGATION)) {
    const sent = sentenceAt(cues, m.index!);
    if (!sent) continue;
    const owner = within(cues.officials, { start: sent.start, end: m.index! }).map((o) => byId.get(o.id!)).filter((p) => p?.capacity === 'official').pop();
    const at = m.index! + m[0].length;
    const verb = ROLL_ENDS.exec(cues.text.slice(at, sent.end));
    if (owner?.country) giveRoll(at, owner.country, verb ? at + verb.index : undefined);
  }
}
const NATIONS_DELEGATION_ROLL = /\b(?:(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)\s+(?:[\p{Ll}-]+\s+)?delegation\b[^.;:]{0,60}?\b|delegation\s+of\s+(?:the\s+)?([^,.;:]{3,60}),?\s+(?:which\s+|that\s+)?)(?:consisting of|comprising|composed of|made up of|included|includes)\s/gu;
/** "his delegation includes": the roll of a delegation of the one named before ("include", as some pages write it). */
const HIS_DELEGATION = /\b(?:his|her)\s+delegation\s+(?:also\s+)?(?:included|includes|include|comprised|comprises|consisted of|consists of)\s/g;

/**
 * "Foreign Minister X and his Italian colleague Y stressed the efforts of Germany and Italy", "... will meet Italian
 * Foreign Minister Y. The Ministers will discuss the relations between Finland and Italy": two countries set together,
 * one of them served by an official named there (or in the sentence before), the other by the one official there the
 * text gives no country.
 */
function pairedNations(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  adjectives ??= new Set(countriesData.countries.flatMap((c) => c.adjectives ?? []));
  const given = new Map<Person, string | null>();
  for (const m of cues.text.matchAll(PAIRED_NATIONS)) {
    // (Countries by name, not "a number of Saudi and Pakistani officials"; nor "of the CAR and France's contribution".)
    if (adjectives.has(m[1]) || adjectives.has(m[2]) || /^['’]s\b/.test(cues.text.slice(m.index! + m[0].length))) continue;
    // ("cooperation between Azerbaijan and the International Telecommunication Union": a country and a body.)
    const [a, b] = [countryName(m[1]), countryName(m[2]) ?? bodyIn(m[2])];
    if (!a || !b || a === b) continue;
    const k = sentenceIndexAt(cues, m.index!);
    if (k < 0 || m.index! >= cues.sentences[k].end) continue;
    const named = within(cues.officials, { start: cues.sentences[Math.max(0, k - 1)].start, end: cues.sentences[k].end }).map((o) => byId.get(o.id!)).filter((p): p is Person => p?.capacity === 'official');
    const people = [...new Set(named)];
    const none = people.filter((p) => !p.country);
    const served = new Set(people.map((p) => p.country));
    if (none.length !== 1 || served.has(a) === served.has(b)) continue;
    const side = served.has(a) ? b : a;
    // (Two pairs that disagree say nothing.)
    given.set(none[0], given.has(none[0]) && given.get(none[0]) !== side ? null : side);
  }
  for (const [p, side] of given) if (side) p.country = side;
}
let adjectives: Set<string> | undefined;
const NATION_WORDS = String.raw`(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})`;
// (What the two share: "relations between", "efforts of", "bonds between the people of"; not "peace between A and B", a
// topic of theirs.)
const PAIRED_NATIONS = new RegExp(String.raw`\b(?:relations?|ties|cooperation|partnership|friendship|efforts|bonds|links|dialogue|alliance)\s+(?:between|of)\s+(?:the\s+(?:people|peoples|governments?)\s+of\s+)?${NATION_WORDS}\s+and\s+${NATION_WORDS}\b`, 'gu');

/**
 * "Thailand's Deputy Prime Minister A, Interior Minister B and Defence Minister C": a nation's possessive before a list
 * of offices and their holders is every holder's.
 */
function possessiveList(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  const { text, officials } = cues;
  for (let k = 0; k < officials.length; k++) {
    const before = text.slice(Math.max(0, officials[k].start - 60), officials[k].start);
    const head = POSSESSIVE_OFFICE.exec(before) ?? NATIONALITY_OFFICE.exec(before) ?? OFFICE_OF_COUNTRY.exec(before);
    const side = head && countryName(head[1]);
    if (!side || byId.get(officials[k].id!)?.country !== side) continue;
    // (Not the two sides of talks "held between State Councilor, Chinese Foreign Minister X and Deputy Prime Minister Y".)
    if (k + 1 < officials.length && betweenOpens(text, officials[k]) &&
      (k + 2 >= officials.length || !/^[,;]?\s+and\s/.test(text.slice(officials[k + 1].end, officials[k + 2].start)))) continue;
    // (A roll goes on to an "and": "with US Secretary X, Defense Secretary Y affirmed" names two nations; "...; and
    // officials of the Foreign Ministry", "and Minister of Science, Technology and Innovation Z" close one.)
    const roll: Person[] = [];
    for (let m = k + 1; m <= officials.length; m++) {
      const between = text.slice(officials[m - 1].end, m < officials.length ? officials[m].start : text.length);
      const closes = /^[,;]?\s+and\s/.test(between);
      // (Another nation's office ends the roll: "American President X, French President Y".)
      const p = m < officials.length && LISTED_OFFICE.test(between) && !countryIn(between) ? byId.get(officials[m].id!) : undefined;
      // (An envoy's list goes on to the host's ministers: "Jordanian Ambassador X, State Minister Y and ...".)
      if (p && envoyThenMinister(byId.get(officials[k].id!), p)) break;
      if (p && !p.country && p.capacity === 'official') roll.push(p);
      if (closes) for (const q of roll) q.country = side;
      if (closes || !p) break;
    }
  }
}
// ("Ghana's Minister of Foreign Affairs, X; Minister of National Security, Y; and Minister of Defence, Z": the
// office whole, a comma before its holder.)
const POSSESSIVE_OFFICE = /(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})['’]s\s+\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|and|the)){0,7},?\s+$/u;
// ("Syrian Foreign Minister X, Defense Minister Y and Intelligence Chief Z": a nationality opening the first office.)
const NATIONALITY_OFFICE = /(?<![\p{L}'’])(\p{Lu}[\p{L}]*)\s+\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|and|the)){0,7},?\s+$/u;
// ("with President of Mongolia X and Foreign Minister Y": the country closing the first office.)
const OFFICE_OF_COUNTRY = /\p{Lu}[\p{L}-]*\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2}),?\s+$/u;
/** Between two holders of a list: a comma, semicolon or "and", then an office in capitals (no verb, no stop). */
// ("and Minister of Science, Technology and Innovation Z": a comma inside the office, before a capital.)
// ("and Chief of Defence Gen. Y": a rank's abbreviation too.)
const LISTED_OFFICE = /^(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*\.?|of|for|and|the)|,\s+\p{Lu}[\p{L}-]*){0,8},?\s+$/u;
/** "Amb. Bankole X (Nigeria, Western Region) – Commissioner for ...", "Y (Fiji)": a country in brackets after a name. */
function countryInBrackets(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const o of cues.officials) {
    const after = cues.text.slice(o.end, o.end + 64);
    // ("The new envoys are Mr A from Norway, Dr B from Turkey and Ms C from Peru": a roll's "from" too.)
    const m = BRACKETED_COUNTRY.exec(after) ?? NAME_FROM_COUNTRY.exec(after);
    const side = m && (countryName(m[1]) ?? countryName(m[1].replace(/\.$/, '')));
    const p = side && byId.get(o.id!);
    if (p && !p.country && p.capacity === 'official') p.country = side;
  }
}
const BRACKETED_COUNTRY = /^\s*\(\s*(\p{Lu}[\p{L}.' -]{1,40}?)\s*[,)]/u;
// ("His Excellency Mr. A from the Kingdom of Saudi Arabia, B from the People's Democratic Republic of Algeria": a
// state's long name, "of" inside.)
const NAME_FROM_COUNTRY = /^\s+from\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s(?:of\s)?\p{Lu}[\p{L}.'’-]*){0,4})(?=\s*(?:[,.;)]|and\b|$))/u;
/**
 * "received a delegation of the Zambian National Assembly, led by its Speaker, Madam X", "a delegation from the
 * Russian Federation headed by Y": the one who leads a nation's delegation is of that nation.
 */
function ledDelegations(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  const led = (m: RegExpMatchArray, side: string | null) => {
    if (!side) return;
    const at = m.index! + m[0].length;
    const first = within(cues.officials, { start: at, end: Math.min(cues.text.length, at + LEADER_CHARS) })[0];
    const p = first && byId.get(first.id!);
    if (p && !p.country && p.capacity === 'official') p.country = side;
  };
  for (const m of [...cues.text.matchAll(LED_DELEGATION), ...cues.text.matchAll(DELEGATION_HEAD), ...cues.text.matchAll(NATION_DELEGATION_LED)]) {
    // ("The IMF mission, led by Mr. X": or a body's.)
    // ("a delegation of the Communist Party of Cuba led by X": or the body of a country.)
    led(m, countryName(m[1]) ?? countryName(m[1].split(/\s+/)[0]) ?? countryName(m[1].split(/\s+/).slice(0, 2).join(' ')) ?? bodyIn(m[1]) ?? organizationSide(m[1]));
  }
  // ("A delegation from the Development Department under the Cambodian Ministry of National Defence led by X": or the
  // one nation the words between name.)
  for (const m of cues.text.matchAll(DELEGATION_UNDER_LED)) {
    const named = [...new Set(within(cues.places, { start: m.index!, end: m.index! + m[0].length }).map((x) => x.country).filter((c) => c))];
    led(m, named.length === 1 ? named[0] : null);
  }
}
// ("The head of the Russian delegation, Major General X, briefed": the one heading a nation's delegation.)
const DELEGATION_HEAD = /\b(?:[Hh]ead|[Ll]eader|[Cc]hief)\s+of\s+the\s+(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+)?delegation\b,?\s*/gu;
// ("met a Cambodia delegation led by Gen X", "The Brazilian delegation was led by Y": the nation before the delegation.)
// ("the UK delegation comprised of representatives of ONR and Environment Agency, headed by Mr. X": what it is made of
// between.)
const NATION_DELEGATION_LED = /\b(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:[\p{Ll}-]+\s+)?(?:delegation|mission|team)(?:\s+(?:comprising|comprised|consisting|composed|made\s+up)\b[^.;]{0,150}?)?,?\s+(?:(?:was|is)\s+(?:being\s+)?)?(?:led|headed)\s+by\s+/gu;
const LED_DELEGATION = /\bdelegation\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}]*){0,4}),?\s+(?:led|headed)\s+by\s+/gu;
/** A delegation of a body named at more length, a nation among its words ("from the X Department under the Cambodian Ministry of Y"). */
const DELEGATION_UNDER_LED = /\bdelegation\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^.;]{10,120}?\s+(?:under|within|of)\s+(?:the\s+)?[^.;]{3,80}?,?\s+(?:led|headed)\s+by\s+/gu;
/** How far after "led by" the leader's name may start (his office and style between). */
const LEADER_CHARS = 80;
/** "Hipkins will return to New Zealand early tomorrow": one returning to a country, the sentence's subject, is of it. */
function returningHome(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(RETURN_TO)) {
    const side = countryName(m[1]);
    const sent = sentenceAt(cues, m.index!);
    if (!side || !sent) continue;
    const subject = within(cues.officials, { start: sent.start, end: m.index! });
    const p = subject.length > 0 && new Set(subject.map((o) => o.id)).size === 1 ? byId.get(subject[0].id!) : undefined;
    if (p && !p.country && p.capacity === 'official') p.country = side;
  }
}
/**
 * "This is contained in a statement issued in Abuja on Saturday by Mr X, the Special Adviser on Media": the one who
 * issues a statement from a country's city speaks for it.
 */
function issuedFrom(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(ISSUED_IN)) {
    const at = m.index! + m[0].length;
    const where = cues.places.find((x) => x.start === at && x.capital);
    const sent = where && sentenceAt(cues, at);
    const by = sent ? /\bby\s+/.exec(cues.text.slice(where.end, Math.min(sent.end, where.end + 60))) : null;
    if (!by) continue;
    const from = where!.end + by.index + by[0].length;
    const first = within(cues.officials, { start: from, end: sent!.end })[0];
    const p = first && first.start - from <= 8 ? byId.get(first.id!) : undefined;
    if (p && !p.country && p.capacity === 'official') p.country = where!.country;
  }
}
const ISSUED_IN = /\b(?:statement|communiqu[ée]|release)\s+(?:was\s+)?(?:issued|released|signed|made)\s+in\s+/g;
/** The last part of a name of several words (its family name, most often). */
const lastPart = (p: Person) => p.name.slice(p.name.lastIndexOf(' ') + 1);
/** A family name of four letters or more that no lexicon holds as common to one country. */
const uncommonFamilyName = (last: string) => last.length >= 4 && surnameCountry(['x', last]) === null;
/** Whether two persons share an uncommon family name. */
function kinByName(a: Person, b: Person): boolean {
  return a.id !== b.id && a.name.includes(' ') && b.name.includes(' ') && lastPart(a) === lastPart(b) && uncommonFamilyName(lastPart(a));
}
/**
 * "Prime Minister Mahinda Rajapaksa" (Sri Lanka), then "President Gotabaya Rajapaksa": a family name no lexicon
 * holds as common, shared with officials of one country only, is that country's.
 */
function sharedFamilyName(officials: readonly Person[]): void {
  // (Each family name's countries, read once.)
  let kin: Map<string, Set<string>> | undefined;
  for (const p of officials) {
    if (p.country || !p.name.includes(' ')) continue;
    const last = lastPart(p);
    if (!uncommonFamilyName(last)) continue;
    if (!kin) {
      kin = new Map();
      for (const q of officials) if (q.country && q.name.includes(' ')) kin.set(lastPart(q), (kin.get(lastPart(q)) ?? new Set()).add(q.country));
    }
    const countries = kin.get(last);
    if (countries?.size === 1) p.country = [...countries][0];
  }
}
/**
 * "The top diplomats of Japan, the United States, Australia and India met ... Foreign minister X and his counterparts
 * A of Australia, B of India and C of the United States": in a meeting of three parties or more, the one party of no
 * country takes the one country its sentence, or the one before, lists that no other party serves.
 */
function leftoverNation(cues: CountryCues, d: MeetingDraft, byId: ReadonlyMap<string, Person>): void {
  const persons = [...new Set(d.parties.map((x) => x.id))].map((id) => byId.get(id)).filter((p): p is Person => p?.capacity === 'official');
  const unknown = persons.filter((p) => !p.country);
  const known = new Set(persons.map((p) => p.country).filter((c): c is string => c !== null));
  if (unknown.length !== 1 || known.size !== persons.length - 1 || known.size < 2) return;
  // (Not a host receiving "the Ambassadors of Australia, Spain and the Czech Republic": the list is his guests'.)
  if (d.parties.some((x) => x.role !== 'participant')) return;
  const told = cues.sentences[d.sentence];
  if (!told) return;
  const before = cues.sentences[d.sentence - 1];
  // (Listed as such, one country for each party: "of Japan, the United States, Australia and India".)
  const places = within(cues.places, { start: before?.start ?? told.start, end: told.end }).filter((x) => !x.capital && x.country);
  for (let a = 0; a < places.length; a++) {
    if (!/\b(?:of|from)\s+(?:the\s+)?$/.test(cues.text.slice(Math.max(0, places[a].start - 10), places[a].start))) continue;
    let b = a;
    while (b + 1 < places.length && /^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(cues.text.slice(places[b].end, places[b + 1].start))) b++;
    const listed = new Set(places.slice(a, b + 1).map((x) => x.country));
    if (listed.size !== persons.length || ![...known].every((c) => listed.has(c))) continue;
    unknown[0].country = [...listed].find((c) => !known.has(c))!;
    return;
  }
}
/**
 * "He also visited Indian Embassy in Washington DC and interacted with Charge d'Affaires X": an envoy met at a
 * country's mission, with no country of his own, serves that country.
 */
function missionVisited(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(MISSION_VISITED)) {
    const side = countryName(m[1] ?? m[2]);
    const sent = sentenceAt(cues, m.index!);
    if (side && sent) giveCountry(cues, byId, { start: m.index! + m[0].length, end: sent.end }, side, (p) => p.capacity === 'official' && p.position !== null && ENVOY.test(p.position));
  }
}
const MISSION_VISITED = /\b(?:visited|visiting|visit to|at)\s+(?:the\s+)?(?:(\p{Lu}[\p{L}]*)\s+(?:Embassy|High Commission)|(?:Embassy|High Commission) of (?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}))/gu;
const RETURN_TO = /\b(?:will|is to|is due to|is expected to)?\s*(?:return|returned|returns|flew back|flies back|headed back|heads back)\s+(?:home\s+)?to\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})/gu;
const DELEGATION_FROM = /\bdelegation\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}]*){0,4})/u;
// ("This delegation is headed by the Prime Minister, X, and integrated by the Minister ..., Y": or its head, told after.)
const DELEGATION_ROLL = /\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?delegation\s+(?:also\s+)?(?:included|includes|comprised|consisted of|was composed of|(?:is|was)\s+(?:headed|led)\s+by)\b/g;
/** "A White House statement said [Office]": the side of the body whose statement names the official next. */
function statementOf(before: string): string | null {
  const m = STATEMENT_SAID.exec(before);
  return m ? organizationSide(m[1].trim()) : null;
}
const STATEMENT_SAID = /\b(?:[Aa]|[Tt]he|[Aa]n)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:statement|readout|press release|release|communiqu[ée])\s+(?:said|says|stated|noted)\s+(?:that\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
const WHO_SERVED = /^,\s+who\s+(?:is|was|had been|has been|served as|serves as|was formerly)\s+(?:also\s+)?((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?:['’]s?)\s+\p{L}/u;
const ACCREDITED_TO = /\b(?:accredited|[Aa]mbassadors?|[Ee]nvoys?|[Hh]igh [Cc]ommissioners?)\s+(?:of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+)?to\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
const ACCREDITED_TO_ALL = new RegExp(ACCREDITED_TO.source, 'gu');
const ALSO_ACCREDITED_TO = /\bwho is (?:also )?accredited\s+to\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
/** An office held abroad by its own words ("Representative to Japan", "Director of the Office in Tokyo"). */
const POSTED_ABROAD = /\b(?:to|in)\s+(?:the\s+)?\p{Lu}/u;
/** The offices of envoys, who serve one country and sit in another. */
// ("Chargé d'Affaires", and as written: "Charge D'Affaires", "Charge D’ Affairs", "Charge de'affaires", "Charge de Affairs".)
export const ENVOY_OFFICES = String.raw`[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner|[Cc]harg[ée]s?\s*(?:[Dd](?:e\s*)?['’]\s?|[Dd]e\s+)[Aa]ffaire?s|[Aa]ttach[ée]|[Nn]uncio|[Pp]ermanent [Rr]epresentative`;
// (A letter closes the word, not \b: "Attaché" ends in a letter \b does not count as one.)
export const ENVOY = new RegExp(String.raw`\b(?:${ENVOY_OFFICES})(?!\p{L})`, 'u');
const ENVOY_POSTED_TO = new RegExp(String.raw`\b(?:${ENVOY_OFFICES})(?!\p{L}).*?\b(?:to|in)\s+(?:the\s+)?(\p{Lu}[\p{L} ]*)$`, 'u');
/** Where an envoy's office says he is posted ("Ambassador of Japan to Chile", "High Commissioner in Ghana"), or null. */
// ("Ambassador to South Africa who is also accredited to Zambia": the country named last is the one his meeting is in.)
export const postOf = (position: string | null): string | null => (position ? ALSO_ACCREDITED.exec(position)?.[1] ?? ENVOY_POSTED_TO.exec(position)?.[1] ?? null : null);
/** An envoy's second accreditation in his office ("who is also accredited to Zambia"). */
const ALSO_ACCREDITED = /\bwho is (?:also )?accredited to (.+)$/;

/** "and Iraqi Parliament Speaker ": a nationality opening one item of a list of those met, before his title. */
const NATIONALITY_OPENS = /(?:^|\s(?:and|with|met)|,)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\p{Lu}[\p{L}-]+)\s+(?:(?:\p{Lu}[\p{L}-]*|counterpart)\s+){0,4}$/u;

function sameSideCountries(d: MeetingDraft, byId: ReadonlyMap<string, Person>, lastly?: { start: number; end: number; text: string }): void {
  // (Sides are marked only where the mention had parties both before and after its meeting word.)
  if (d.kind === 'multilateral' || d.parties.length < 3 || !d.parties.some((p) => p.side)) return;
  for (const side of ['subject', 'object'] as const) {
    const parties = d.parties.filter((p) => p.side === side);
    // (Only where the verb gives the two sides roles: "X and Y met Z" may join two sides before the verb.)
    // ("Liu met with Alternate Foreign Minister X and the head of the Hellenic Civil Aviation Authority, Y": those the
    // verb has met stand together too, once no other rule has placed them; those named in the sentence of the verb,
    // not those it adds after, "in the presence of the Chief of Staff Y".)
    if (parties.some((p) => p.role === 'participant') && (side === 'subject' || !lastly || parties.some((p) => p.start < lastly.start || p.start >= lastly.end) ||
      parties.some((p) => ownNationality(lastly.text, lastly.start, p.start)))) continue;
    const group = parties.map((p) => byId.get(p.id)).filter((p): p is Person => p?.capacity === 'official');
    const known = new Set(group.map((p) => p.country).filter((c): c is string => c !== null));
    if (known.size !== 1) continue;
    const [k] = known;
    for (const p of group) p.country ??= k;
  }
}

/**
 * Among those met, a nationality told right before one of them, his alone: "met Senate President X and Iraqi
 * Parliament Speaker Y", "met her British counterpart A and B".
 */
function ownNationality(text: string, from: number, at: number): boolean {
  const m = NATIONALITY_OPENS.exec(text.slice(Math.max(from, at - 60), at));
  return m !== null && countryName(m[1]) !== null;
}

/**
 * Whether a meeting's officials state exactly one country (an empty one counts) and leave one or more without:
 * the test below, without its lists (most meetings fail it).
 */
function oneSideKnown(d: MeetingDraft, byId: ReadonlyMap<string, Person>): boolean {
  let known: string | null = null;
  let unknown = false;
  for (const x of d.parties) {
    const p = byId.get(x.id);
    if (p?.capacity !== 'official') continue;
    const c = p.country;
    if (c !== null) {
      if (known === null) known = c;
      else if (known !== c) return false;
    }
    if (!c) unknown = true;
  }
  return known !== null && unknown;
}

/** "Deputy Minister of National Defence": the office a deputy stands in for. */
const DEPUTY_OF = /^(?:First |Senior |Principal )?(?:Deputy|Vice|Assistant|Acting)[- ](.+)$/i;

const SIGNED_BY = /\bsigned by\b/g;
const REPRESENTS = /\b(?:will |to )?represent(?:s|ed|ing)? (?:the )?(\p{Lu}[\p{L}.]*(?: (?:and )?\p{Lu}[\p{L}.]*){0,3})/gu;

/** Offices that only states have. */
const STATE_OFFICE = /^(?:former )?(?:(?:Deputy |Vice[- ])?Prime Minister|President|Vice[- ]President|King|Queen|Crown Prince|Emir|Chancellor|(?:Foreign|Defen[cs]e|Interior) Minister|Minister of (?:Foreign Affairs|Defen[cs]e|National Defen[cs]e))$/;

/** Words of a state's offices, not a body's: in a body's text, their holders are no staff of it. */
const STATE_WORDS = /\b(?:Minister|Ministry|President|Prime|Speaker|Chairperson of the National|National Assembly|Parliament|Senate|Governor|Mayor|Ambassador|advis[eo]r|[Pp]ress|Cabinet|Army|Navy|Police)\b/;
const ESCORTED_BY_OWN = /\b(?:accompanied|joined|flanked|assisted)\s+by\s+(?:his|her|their)\s+[^.;]*$/;
/**
 * Offices that international bodies have and states seldom do (by this name), with the portfolio held at the body
 * ("Under-Secretary-General for Humanitarian Affairs").
 */
const BODY_OFFICE = /^(?:Former )?(?:(?:Deputy|Under|Assistant)[- ])?Secretary[- ]General(?: for \p{Lu}[^,]*)?$/u;
// ("Emergency Relief Coordinator", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator").
const UN_OFFICE = new RegExp(`(?:^|\\b(?:and|for) )(?:${(orgData.unOffices as string[]).join('|')})$`);
/** ", the round of talks was attended by ": a passive after a side's phrase, the roll after it. */
const ATTENDED_BY = /^,?\s+the\s+(?:[\p{Ll}-]+\s+){0,4}(?:was|were)\s+(?:also\s+)?attended\s+by\b/u;
const ROLL_ENDS = /\s(?:while|whereas|met|visited|called on|paid|held|had|has|was|were|will|received|hosted|arrived|discussed|signed|toured)\b/;
// ("A JMSDF training squadron led by Rear Admiral X": a naval group too.)
const SIDE_WORDS = /delegation|\bside\b|\bteam\b|\bmission\b|officials|squadron|flotilla|contingent/;
const LEADERS_PHRASE = /\b(?:led|headed|leads|heads|leading|heading)\s+(?:the|a|an)\s+(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)\s+(?:delegation|side|team)\b/u;
// ("The Colombian delegation was received by X": X is its host, on the other side.)
// ("The US delegation in India is led by Senator X": where the delegation is, between.)
const SIDE_PHRASES = /(?:\b(\p{Lu}[\p{L}.-]+)\s+(?:[\p{Ll}-]+\s+){0,3}officials,?\s+(?:including|such as|among them)\b|\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)(?:['’]s)?\s+(?:delegation|side|team)(?:\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?(?=\s+(?:(?:was|is)\s+)?(?:led|headed)\s+by))?(?:\s+|,\s+(?=(?:led|headed) by))(?:included|includes|comprised|comprising|consisted of|(?:(?:was|is)\s+(?:being\s+)?)?(?:led|headed|chaired) by|by(?=\s+\p{Lu})|(?:were|was)(?!\s+(?:[\p{Ll}-]+\s+)?(?:received|welcomed|greeted|hosted|met|accompanied|briefed|seen off)\b)|including)\b|\b(?:[Ff]rom|[Oo]n)\s+the\s+(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)\s+side\b|\b(?:[Ll]eading|[Hh]eading)\s+the\s+(?:visiting\s+)?delegation\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]+)|\b(?:(?:An?|The)\s+)?(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+){0,3})\s+(?:[\p{Ll}-]+\s+){0,2}(?:delegation|mission|team|squadron|flotilla|contingent)\s+(?:led|headed)\s+by\b|\b(\p{Lu}[\p{L}.-]+)(?:['’]s)?\s*[–—-]\s*by\s(?=\s*\p{Lu})|\bdelegation\s+(?:of|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]+\s+of\s+)?\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+){0,3})(?:\s+[\p{Ll}-]+){0,2}\s*,?\s+(?:led|headed)\s+by\b|\bdelegation\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2})?,\s+((?:\p{Lu}[\p{L}.-]+\s+of\s+)?\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+){0,2}),\s+(?:led|headed)\s+by\b)/gu;

interface SideMentions {
  count: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  /** Named as a pair only ("Japan-U.S.", "between Japan and the U.S."), not within a longer list. */
  couples: Map<string, Map<string, number>>;
}

/**
 * "During the meeting with his French counterpart, X and Y exchanged views": a counterpart the text gives a
 * nationality but no name is the one official of the sentence of no country (the others serve another).
 */
function unnamedCounterparts(cues: CountryCues, byId: ReadonlyMap<string, Person>): void {
  for (const m of cues.text.matchAll(UNNAMED_COUNTERPART)) {
    const place = cues.places[firstStartingAt(cues.places, m.index! + m[0].indexOf(m[1]))];
    if (!place?.country || place.capital) continue;
    const sent = sentenceAt(cues, m.index!);
    if (!sent) continue;
    const persons = [...new Set(within(cues.officials, sent).map((o) => o.id))].map((id) => (id ? byId.get(id) : undefined)).filter((p): p is Person => p?.capacity === 'official');
    const open = persons.filter((p) => !p.country);
    if (persons.length === 2 && open.length === 1 && !persons.some((p) => p.country === place.country)) open[0].country = place.country;
  }
}
// (No name after it: "his French counterpart," then the sentence's subject.)
const UNNAMED_COUNTERPART = /\b(?:his|her|their)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+counterpart\s*,/gu;

/** Whether the words before a city say it is where a mission or a body of many states sits. */
function seatBefore(before: string): boolean {
  if (MISSION_IN.test(before)) return true;
  const seat = BODY_SEAT_IN.exec(before);
  return !!seat && bodyIn(seat[1]) !== null;
}
const BODY_SEAT_IN = /\b((?:\p{Lu}[\p{L}.-]*\s+){1,4})(?:[Hh]eadquarters|HQ|[Ss]ecretariat)\s+in\s+$/u;
const MISSION_IN = /\b(?:Embassy|High Commission|Consulate(?:-General)?)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})?\s+in\s+$/u;

/** How often the text names each country or body, and which it names together ("China-U.S.", "between A and B"). */
/** Before a place, a trip's next leg: "will then proceed to", "is scheduled to travel on to", "will next visit". */
const ONWARD_TRIP = /\b(?:will|is (?:scheduled|expected|due|set) to|are (?:scheduled|expected|due|set) to)\s+(?:then\s+|next\s+|later\s+|also\s+)?(?:proceed|travel|go|head|fly|leave|depart|continue|move on|visit)\b[^.;]{0,30}$/;

function sideMentions(cues: CountryCues): SideMentions {
  const { text } = cues;
  const count = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const couples = new Map<string, Map<string, number>>();
  const bump = (a: string, b: string, into = pairs) => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]]) {
      const m = into.get(x) ?? new Map<string, number>();
      m.set(y, (m.get(y) ?? 0) + 1);
      into.set(x, m);
    }
  };
  const hits: { start: number; end: number; side: string }[] = [];
  // (Not the city a mission sits in: "the Special Envoy from the Embassy of Germany in Canberra" called on Tonga's
  // Prime Minister.)
  // (Nor a body's seat: "at NATO headquarters in Brussels".)
  // (Nor a nation named for what it did, "briefed him on the Turkish provocations": a subject of the talks, no side.)
  for (const p of cues.places) {
    // (Nor a place the talks were about: "the latest developments in Syria were discussed"; but one briefs others on
    // one's own country: "briefed his counterpart on developments in Sri Lanka".)
    // (Nor one in a list of the issues discussed: "international issues such as the Three Seas Summit, Nagorno-Karabakh
    // and Belarus".)
    const topic = (TOPIC_IN.test(text.slice(Math.max(0, p.start - 40), p.start)) && !BRIEFED_ON.test(text.slice(Math.max(0, p.start - 90), p.start))) ||
      ISSUES_SUCH_AS.test(text.slice(Math.max(0, p.start - 120), p.start));
    // (Nor where a trip goes on to: "will then proceed to Kenyan capital, Nairobi, where he will meet President X".)
    const onward = ONWARD_TRIP.test(text.slice(Math.max(0, p.start - 60), p.start));
    if (p.country && !(p.capital && seatBefore(text.slice(Math.max(0, p.start - 60), p.start))) && !NOT_A_SIDE.test(text.slice(p.end, p.end + 30)) && !topic && !onward) hits.push({ start: p.start, end: p.end, side: p.country });
  }
  const { bodyPattern, bodyNames } = lexTables();
  bodyPattern.lastIndex = 0;
  for (let m = bodyPattern.exec(text); m; m = bodyPattern.exec(text)) {
    const body = bodyNames.find(([n]) => n === m![0])?.[1];
    if (body) hits.push({ start: m.index, end: m.index + m[0].length, side: body });
  }
  // "Japan-Philippines-U.S.", "China-US": compounds the recognizer reads as one word (looked for only around
  // the text's dashes and slashes between capitals).
  const nextJoiner = joiners(text);
  for (let at = nextJoiner(0); at >= 0; at = nextJoiner(at + 1)) {
    if (!/\p{Lu}/u.test(text.slice(at + 1, at + 3))) continue;
    // Back to the start of the word before the dash ("ROK" of "ROK-Philippines", "Vietnam" of "Vietnam – Australia").
    let from = at;
    if (text[from - 1] === ' ') from--;
    while (from > 0 && /[\p{L}.]/u.test(text[from - 1]) && at - from < 40) from--;
    COMPOUND.lastIndex = from;
    const m = COMPOUND.exec(text);
    if (!m || m.index > at || m.index + m[0].length <= at) continue;
    at = m.index + m[0].length;
    const parts = m[0].split(/\s?[-–/]\s?/).map((x) => countryName(x.replace(/\.$/, '')) ?? countryName(x) ?? bodyIn(x));
    const found = parts.filter((x): x is string => x !== null);
    if (found.length < 2) continue;
    for (let i = 0; i < found.length; i++) for (let j = i + 1; j < found.length; j++) bump(found[i], found[j]);
    if (found.length === 2) bump(found[0], found[1], couples);
  }
  hits.sort((a, b) => a.start - b.start);
  for (const h of hits) count.set(h.side, (count.get(h.side) ?? 0) + 1);
  // Neighbours: "Vietnam – Australia", "Japan, the United States, and the Republic of Korea", "between A and B".
  // (Not a possessive after "and": "developments in Venezuela and Georgia's position".)
  const joined = (i: number) => i >= 0 && i + 1 < hits.length && NEIGHBOURS.test(text.slice(hits[i].end, hits[i + 1].start)) &&
    !/^['’]s\b/.test(text.slice(hits[i + 1].end, hits[i + 1].end + 3));
  for (let i = 0; i + 1 < hits.length; i++) {
    if (!joined(i)) continue;
    bump(hits[i].side, hits[i + 1].side);
    // ("counterparts from Madagascar, Mozambique and Mongolia" is a list, no pair.)
    if (!joined(i - 1) && !joined(i + 1)) bump(hits[i].side, hits[i + 1].side, couples);
  }
  return { count, pairs, couples };
}

const ISSUES_SUCH_AS = /\b(?:issues|topics|matters|questions|subjects|problems)\s+(?:such as|like)\s+[^.;:()]*$/;
const BRIEFED_ON = /\b(?:briefed|briefs|briefing|informed|informs|updated|updates|apprised)\b[^.;]*\b(?:on|about)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** After a nation's name, what makes it no side: what it did ("Turkish provocations") or a question the talks were
 * about ("the Palestinian cause", "the Syrian crisis"). */
const NOT_A_SIDE = /^\s+(?:provocations?|aggression|invasion|incursions?|violations?|interference|occupation|attacks?|threats?|expansionism|hostilities|belligerence|cause|question|crisis|conflict|file|issue|refugees)\b/i;
const NEIGHBOURS = /^\s*(?:[-–—/,]|and|,\s*and)\s*(?:the\s+)?$/i;

/** "Japan-Philippines-U.S.", "China-US", "Vietnam – Australia": capitals joined by dashes or slashes. */
const COMPOUND = /[\p{Lu}][\p{L}.]*(?:\s?[-–/]\s?[\p{Lu}][\p{L}.]*)+/gu;

/** The first dash or slash at or after an offset, for offsets that only grow (each character searched for once
 * per occurrence, not once per call: a text without slashes is not read to its end at every dash). */
function joiners(text: string): (from: number) => number {
  const chars = ['-', '–', '/'];
  const next = [-2, -2, -2];
  return (from) => {
    let best = -1;
    for (let c = 0; c < chars.length; c++) {
      if (next[c] !== -1 && next[c] < from) next[c] = text.indexOf(chars[c], from);
      const at = next[c];
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  };
}

/** "Geneva", "Geneva, Switzerland": a city that seats international bodies, or its country named right after it. */
function seatBound(text: string, p: { start: number; end: number }): boolean {
  if (bodySeats().has(text.slice(p.start, p.end))) return true;
  const city = /((?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*),\s*$/u.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1];
  return city !== undefined && (bodySeats().has(city) || bodySeats().has(city.split(/\s+/).pop()!));
}

let bodyKeys: Set<string> | undefined;
/** The names of international bodies ("United Nations", "ASEAN"): sides that are no country. */
const bodySides = () => (bodyKeys ??= new Set(Object.keys(orgData.bodies)));
let seatKeys: Set<string> | undefined;
/** Cities that seat international bodies, whose officials meet visitors there as often as hosts. */
const bodySeats = () => (seatKeys ??= new Set(orgData.bodySeats));

/** The state the text names at least three times, and twice as often as any other, or null. */
function dominantCountry(sides: SideMentions): string | null {
  const bodies = bodySides();
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const [c, n] of sides.count) {
    if (bodies.has(c)) continue;
    if (n > first) { second = first; first = n; best = c; }
    else if (n > second) second = n;
  }
  return first >= 3 && first >= 2 * second ? best : null;
}

/** The country the text joins with `k` in a pair ("Japan-U.S.", "between Japan and the U.S."), or null. */
function pairedWith(sides: SideMentions, k: string): string | null {
  let best: string | null = null;
  let bestN = 0;
  const bodies = bodySides();
  for (const [other, n] of sides.couples.get(k) ?? []) if (!bodies.has(other) && n > bestN) { best = other; bestN = n; }
  return best;
}

/** The side a text sets against `k`: named with it most often, else where it was filed, else named most. */
function partner(sides: SideMentions, k: string, dateline: Dateline | null): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const bodies = bodySides();
  for (const [other, n] of sides.pairs.get(k) ?? []) {
    // A country named with it before an international body ("ASEAN" beside "U.S.-Vietnam").
    const score = (bodies.has(other) ? 0 : 1_000_000) + n * 1000 + (sides.count.get(other) ?? 0);
    if (score > bestScore) { best = other; bestScore = score; }
  }
  if (best) return best;
  if (dateline?.country && dateline.country !== k) return dateline.country;
  // (A body named most is no one's country by count alone: "the NATO Foreign Ministers' Meeting" around bilaterals.)
  for (const [other, n] of sides.count) {
    if (other !== k && !bodies.has(other) && n > bestScore) { best = other; bestScore = n; }
  }
  return best;
}

/** A swearing-in's words: an envoy takes his oath before his own head of state, at home. */
const SWORN_IN = /\bsw(?:ore|orn|ears)\s+in\b|\boath\b/;

/**
 * Where a text was filed is its home unless the officials whose country it states are all of other countries
 * (a release filed where its officials traveled).
 */
function datelineHome(dateline: Dateline | null, officials: readonly Person[], protagonist?: Person): string | null {
  const c = dateline?.country;
  if (!c) return null;
  const stated = officials.filter((p) => p.country);
  // (Officials of two other countries or more are visitors at home: "KUWAIT: ... received the British X, with the
  // UK ambassador; a call from the US Central Command".)
  const countries = new Set(stated.map((p) => p.country));
  // (A body's readout from its seat, "New York, 26 September 2013 — The Secretary-General met ...": the city is the
  // body's, no home of those it names.)
  // (Only in a city that seats such bodies: "NAIROBI -- CITES Secretary-General X held talks with Cabinet Secretary Y"
  // is filed where Y serves.)
  if (!countries.has(c) && protagonist?.country && bodySides().has(protagonist.country) && bodySeats().has(dateline!.city)) return null;
  return stated.length < 2 || countries.has(c) || countries.size > 1 ? c : null;
}

/** Whether the publisher the text names is only a news agency of `country`, filing from a city of another. */
function agencyAbroad(cues: CountryCues, country: string | null): boolean {
  if (!country || !cues.dateline?.country || cues.dateline.country === country) return false;
  // (Its story that country's, named again past the dateline: not an agency's report of its own envoy abroad, "By
  // IRNA, Algiers : President X's special envoy ...".)
  const here = cues.dateline.country;
  if (!cues.places.some((p) => p.country === here && !p.capital && p.start >= cues.dateline!.end)) return false;
  const top = cues.text.slice(0, Math.min(cues.text.length, 700));
  if (/\b(?:Ministry|Embassy|Mission|Office|Department|Government|Presidency)\b/.test(top.split('\n').slice(0, 3).join(' '))) return false;
  const { countryOf } = lexTables();
  return mediaData.outlets.some((o) => countryOf.get(o) === country && new RegExp(`\\b${o}\\b`).test(top));
}

/** The country of the agency or office that issued the text ("(Xinhua)", "Source: Xinhua", "-- BERNAMA", a byline's office). */
function publisherCountry(cues: CountryCues): string | null {
  const { text } = cues;
  // ("Distributed by APO Group on behalf of Embassy of the People's Republic of China in the Republic of Kenya.": a
  // wire's note naming the mission or ministry that released it.)
  const onBehalf = ON_BEHALF_OF.exec(text.slice(Math.max(0, text.length - 400)));
  const sender = onBehalf ? countryName(onBehalf[1].trim()) : null;
  if (sender) return sender;
  const { countryOf } = lexTables();
  const lines: string[] = [];
  const top = text.slice(0, Math.min(text.length, 700)).split('\n');
  for (const l of top.slice(0, 8)) lines.push(l.length < 140 ? l : l.slice(0, 80));
  const body = text.trimEnd();
  const tail = body.slice(body.lastIndexOf('\n') + 1);
  if (tail && tail.length < 80) lines.push(tail);
  // ("... and representatives of the GCC member states. –ONA": an agency's tag closing the last paragraph.)
  else if (tail) {
    const closing = /[.”"]\s*([-–—]{1,2}\s*[A-Z]{2,8})\s*$/.exec(tail);
    if (closing) lines.push(closing[1]);
  }
  for (const line of lines) {
    if (AGENCY_CONTEXT.test(line) || agencyTagged(line)) {
      const words = line.split(/[\s,()|•–—:-]+/);
      // ("By Petra Novak": a reporter's name may be an agency's; a byline names an agency alone, "By IRNA".)
      const byline = /^\s*By\s+\S+\s+\S/.test(line);
      const whole = byline ? countryOf.get(line.trim().replace(/^By\s+/, '').replace(/[,.]$/, '')) : undefined;
      if (whole) return whole;
      for (let k = 0; k < words.length; k++) {
        const word = words[k];
        if (word.length < 3 || (byline && !/^[A-Z]+$/.test(word))) continue;
        // ("Prensa Latina": a name of two words.)
        if (SHARED_ACRONYMS.has(word)) continue;
        const c = countryOf.get(word) ?? countryOf.get(word[0] + word.slice(1).toLowerCase()) ?? countryOf.get(`${word} ${words[k + 1] ?? ''}`);
        if (c) return c;
      }
      // ("Source: Kuwait News Agency", "(Saudi Press Agency)": a state agency written out, named for its country.)
      const spelled = NATIONAL_AGENCY.exec(line);
      const home = spelled && countryOrFirstWord(spelled[1]);
      if (home) return home;
    }
    // ("ENA January 15/2019 President X held talks": an agency's name and the date opening the lead.)
    const lead = AGENCY_DATE_LEAD.exec(line);
    const leadCountry = lead && !SHARED_ACRONYMS.has(lead[1]) ? countryOf.get(lead[1]) : undefined;
    if (leadCountry) return leadCountry;
    // "Embassy of Nigeria in the Russian Federation", "High Commission of India, London": a mission's own release.
    const mission = MISSION_LINE.exec(line);
    const sender = mission && countryOrFirstWord(mission[1] ?? mission[2]);
    if (sender) return sender;
    // "January 20, 2022 - Paris, France - Global Affairs Canada": a release's date, city and issuing department.
    const issued = RELEASE_LINE.exec(line);
    const issuing = issued && countryIn(issued[1]);
    if (issuing) return issuing;
    // "The meeting of foreign ministers began in New Delhi, RIA Novosti reports": the agency the text is filed by.
    const reports = AGENCY_REPORTS.exec(line);
    if (reports) {
      const c = countryOf.get(reports[1]);
      if (c) return c;
    }
    // "From a Senior State Department Official", "Latest from the State Department": the body a release speaks for.
    const issuer = RELEASED_FROM.exec(line);
    const side = issuer ? organizationSide(issuer[1]) : null;
    if (side && !bodySides().has(side)) return side;
    // "By Mass Communication Specialist ..., U.S. Indo-Pacific Command Public Affairs".
    if (/^By\b.*,\s*(.*\b(?:Public Affairs|Press Office|Media|Information)\b.*)$/.test(line)) {
      const c = countryIn(line.slice(line.lastIndexOf(',') + 1));
      if (c) return c;
    }
  }
  // ("A Downing Street spokesperson said:": a readout given by a seat of government's spokesperson is its country's.)
  const seat = SEAT_SPOKESPERSON.exec(text.slice(0, 1500));
  const seatCountry = seat ? countryOf.get(seat[1].replace(/\s+/g, ' ')) : undefined;
  if (seatCountry) return seatCountry;
  return null;
}
/** "A Downing Street spokesperson said", "a No 10 spokesman said": a seat of government's spokesperson. */
const SEAT_SPOKESPERSON = /\b[Aa]\s+((?:\p{Lu}[\p{L}.'’]*\s+){0,2}\p{Lu}[\p{L}.'’]*|No\.?\s+10)\s+spokes(?:person|man|woman)\s+said\b/u;

const SEAT_AT = /\b(?:at|in|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+the\s+|de\s+|do\s+|d['’]|Al\s+|al-)?\p{Lu}[\p{L}'’-]*){0,4})/gu;
// (A line of its own, no sentence: "Embassy of X in Y", "X Embassy, Y", "Permanent Mission of X to the United Nations".)
const MISSION_LINE = /^\s*(?:The\s+)?(?:(?:Embassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})|(\p{Lu}[\p{L}]+)\s+(?:Embassy|High Commission|Consulate(?:[- ]General)?))(?:\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}|\s*,\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})?\s*$/u;
// (The department a name in capitals: "Global Affairs Canada", "Ministry of Foreign Affairs of Ukraine"; not a lead's words.)
const RELEASE_LINE = /^\s*[^\n–—-]{0,30}\d[^\n–—-]{0,20}\s[-–—]\s+[^\n–—-]{2,60}?\s[-–—]\s+((?:\p{Lu}[\p{L}.&]*)(?:\s+(?:\p{Lu}[\p{L}.&]*|of|and|for|the))*)\s*$/u;
/** A lead opened by an agency's name and the date ("ENA January 15/2019 President X ..."). */
const AGENCY_DATE_LEAD = /^\s*([A-Z]{2,8})\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;
const NATIONAL_AGENCY = /\b(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+(?:News|Press)\s+Agency\b/u;
const RELEASED_FROM = /^(?:Subject:\s*|Latest\s+)?(?:[Ff]rom|.*\battributable to)\s+(?:the|a|an)\s+(?:[Ss]enior\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*)/u;
const AGENCY_REPORTS = /(?:^|,\s*)(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)\s+(?:reports|reported)\b/u;

/** Where an agency's name stands for the publisher: a source line, a sign-off (a dateline's brackets: `agencyTagged`). */
// ("By IRNA,": an agency's byline.)
const AGENCY_CONTEXT = /^\s*(?:Source|From)\s*:|^\s*[-–—]{1,2}\s*[A-Z]+\s*$|•|^\s*[A-Z][\w]*\s*$|^\s*By\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*,?\s*$/;

/**
 * "DOHA, Nov 26 (KUNA) --", "New Delhi, Aug 5 (IANS)": an agency's tag in brackets after a dateline, which has no
 * prose before it ("The Chinese delegation led by Peoples Liberation Army (PLA) deputy chief" is a sentence).
 */
function agencyTagged(line: string): boolean {
  const tag = /\((?:[A-Z][\w.]*\s*){1,3}\)/.exec(line);
  if (tag === null) return false;
  const before = line.slice(0, tag.index);
  // (A dateline has a date or a city in capitals before it; "The United States (US) Africa Command" is a lead.)
  return !/(?:^|\s)(?!(?:de|do|da|of|el|la|al|du|and)\b)\p{Ll}/u.test(before) && (/[\d,]/.test(before) || !/\p{Ll}/u.test(before));
}

/** A title's country as the subject of hosting ("Guyana holds security talks with ..."). */
const TITLE_HOST = /^\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:holds|hosts|receives|welcomes)\s/u;
/** "Japan-UK Defence Ministerial Video Teleconference": a release's title names its own country first. */
const ON_BEHALF_OF = /\bon behalf of (?:the )?(?:Embassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission|Government|Ministry of [\p{L} ]{3,40}?|Presidency) of (?:the )?(\p{Lu}[\p{L}'’ ]{2,50}?)(?:\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’ ]*)?\.?\s*$/u;
function titleCountry(cues: CountryCues): string | null {
  const title = cues.text.slice(0, cues.bodyStart);
  // ("Egypt: Military Production Minister Confers With ...": a country heading the title, as aggregators file a story
  // under the country it comes from.)
  const filed = /^\s*(\p{Lu}[\p{L}'’ -]{2,30}?):\s+\p{Lu}/u.exec(title);
  const filedUnder = filed ? countryName(filed[1]) : null;
  if (filedUnder) return filedUnder;
  // ("(attachment 2) Japan-U.S. Defense Ministerial Meeting": a page's label may stand before it.)
  const m = /^\s*(?:\([^)]{0,30}\)\s*)?([\p{Lu}][\p{L}.]*)\s*(?:[-–/,]|and)\s*(?:and\s)?([\p{Lu}][\p{L}.]*)/u.exec(title);
  // ("Guyana holds security talks with top US officials": a country hosting, as the title's subject.)
  const hosting = m ? null : TITLE_HOST.exec(title);
  if (hosting) return countryName(hosting[1]);
  const first = m && (countryName(m[1].replace(/\.$/, '')) ?? countryName(m[1]));
  const second = m && (countryName(m[2].replace(/\.$/, '')) ?? countryName(m[2]));
  if (first && second) return first;
  // ("Sri Lanka and China have talks", "China and South Korea": a country's name of two words.)
  const two = TITLE_PAIR_OF_TWO.exec(title);
  return two && countryName(two[2]) ? countryName(two[1]) : null;
}
const TITLE_PAIR_OF_TWO = /^\s*(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*(?:[-–/]|\sand\s)\s*(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?=[\s:,]|$)/u;
