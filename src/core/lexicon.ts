// Lexicons (data files under lexicons/) turned into token tries, built once on first use.
import ranksData from './lexicons/ranks.json';
import titlesData from './lexicons/titles.json';
import orgData from './lexicons/organizations.json';
import countriesData from './lexicons/countries.json';
import meetingsData from './lexicons/meetings.json';
import surnamesData from './lexicons/surnames.json';
import wordsData from './lexicons/words.json';
import { tokenize, Vocabulary } from './tokenize';
import type { MeetingKind } from './types';

/** A body's name in either spelling of "-isation" ("United Nations Educational, Scientific and Cultural Organisation"). */
export function bodySpellings(name: string): string[] {
  // ("United Nations Environment Program": and a programme as American English spells it.)
  const us = name.replace(/isation\b/g, 'ization').replace(/\bProgramme\b/g, 'Program');
  const titled = titledShortForm(name);
  return [...new Set([name, us, name.replace(/ization\b/g, 'isation'), ...(titled ? [titled] : [])])];
}

/** Short forms that are also English words or given names in title case ("Shape", "Cites", "Irena"): none is written so for the body. */
const WORD_SHORT_FORMS = new Set(['SHAPE', 'CITES', 'CARE', 'FIFA', 'IRENA', 'OANA']);
/** "Saarc", "Nato", "Asean": a body's short form of four letters or more as the British press writes it, or null. */
export function titledShortForm(name: string): string | null {
  return /^[A-Z]{4,8}$/.test(name) && !WORD_SHORT_FORMS.has(name) ? name[0] + name.slice(1).toLowerCase() : null;
}

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export class TokenTrie<T> {
  readonly root: TrieNode<T> = { next: new Map() };

  add(phrase: string, value: T, key: (word: string) => string = (w) => w): void {
    let node = this.root;
    for (const t of tokenize(phrase)) {
      const k = key(t.text);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** Longest phrase starting at token `i`; `word(j)` gives the key of token j (or undefined past the end). */
  longest(i: number, word: (j: number) => string | undefined): { end: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root;
    let end = 0;
    let value: T | undefined;
    for (let j = i; node; j++) {
      const w = word(j);
      if (w === undefined) break;
      node = node.next.get(w);
      if (node && node.value !== undefined) {
        end = j + 1;
        value = node.value;
      }
    }
    return value === undefined ? null : { end, value };
  }

  /** The value of the phrase that is exactly these keys, all of it ("Abu Dhabi" for a capital), or undefined. */
  whole(words: readonly string[]): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (const w of words) if (!(node = node.next.get(w))) return undefined;
    return node.value;
  }
}

/** How a sentence places a meeting's parties around the word that reports it. */
export type Voice = 'hostFirst' | 'guestFirst' | 'callerFirst' | 'calleeFirst' | 'symmetric' | 'joint' | 'remoteCaller' | 'noun';

export interface TriggerWord {
  kind: MeetingKind;
  voice: Voice;
  phrase: string;
}

type CountryEntry = (typeof countriesData.countries)[number];

/** A country's capital, as texts write it. */
const capitalsOf = (c: CountryEntry): string[] => [c.capital, ...(('capitalAliases' in c && c.capitalAliases) || [])];

/** A country's capital and the other cities the lexicon knows ("Rawalpindi", "Busan"). */
export const knownCitiesOf = (c: CountryEntry): string[] => [...capitalsOf(c), ...(('cities' in c && c.cities) || [])];

export interface CountryInfo {
  name: string;
  capital: string;
}

/** Vocabulary flags: what a word is to the lexicons (for tries, "starts a phrase of"). */
export const W = {
  RANK: 1 << 0,
  TITLE: 1 << 1,
  MODIFIER: 1 << 2,
  HONORIFIC: 1 << 3,
  COUNTRY: 1 << 4,
  CAPITAL: 1 << 5,
  ACRONYM: 1 << 6,
  ORG_HEAD: 1 << 7,
  /** Never part of a person's name. */
  RESERVED: 1 << 8,
  ORG_SINGLE: 1 << 9,
  /** Never starts an organization's name. */
  FUNCTION: 1 << 10,
  /** "the", "The": may open a descriptive reference ("the Chinese diplomat"). */
  ARTICLE: 1 << 17,
  /** "in", "at": may open a place. */
  LOCATIVE: 1 << 18,
  MONTH: 1 << 11,
  /** Starts a meeting phrase (in any case). */
  TRIGGER: 1 << 12,
  /** A noun that refers back to an official ("the diplomat"). */
  DESCRIPTOR: 1 << 13,
  /** May join the words of an organization's name ("of", "for", "the", "de"). */
  CONNECTOR: 1 << 14,
  /** A weekday or "yesterday": a date relative to the release. */
  DAY: 1 << 19,
  /** Follows a name without being part of it ("MP", "AO"). */
  POST_NOMINAL: 1 << 15,
  /** Starts an office written in lower case ("defense minister"). */
  LOWER_TITLE: 1 << 16,
  /** "city", "town": "the border city of Tacna" names a place. */
  PLACE_NOUN: 1 << 20,
  /** A domain an office covers ("Operations", "Peace"): "Director Peace Support Operations". */
  PORTFOLIO: 1 << 21,
  /** A title-case headline's verb ("Signs", "Completes"): ends the office before it. */
  HEADLINE_VERB: 1 << 22,
} as const;

/** Office words whose plural opens a pair of holders ("Foreign Ministers A and B", "Presidents A and B"). */
const LOWER_PLURALS: Record<string, string> = { minister: 'ministers', ambassador: 'ambassadors', envoy: 'envoys', lawmaker: 'lawmakers', senator: 'senators', parliamentarian: 'parliamentarians', representative: 'representatives', congressman: 'congressmen', governor: 'governors', commander: 'commanders', director: 'directors', member: 'members', deputy: 'deputies', delegate: 'delegates' };
const PLURAL_HEADS: Record<string, string> = { Minister: 'Ministers', President: 'Presidents', Ambassador: 'Ambassadors', Premier: 'Premiers', Secretary: 'Secretaries', Commander: 'Commanders', Commissioner: 'Commissioners', Envoy: 'Envoys', Senator: 'Senators', Congressman: 'Congressmen', Congresswoman: 'Congresswomen', Lawmaker: 'Lawmakers',
  // ("Maldivian Members of Parliament A, B and C", "MPs A and B".)
  Member: 'Members', MP: 'MPs', Legislator: 'Legislators', Parliamentarian: 'Parliamentarians', Governor: 'Governors', Mayor: 'Mayors' };

/** Literal phrases as one regular-expression alternation, longest first (so the longest of those starting alike wins). */
export function literalAlternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export interface Lexicon {
  ranks: TokenTrie<string>;
  ambiguousRanks: Set<string>;
  titles: TokenTrie<string>;
  /** Plural office words → singular ("Ministers" → "Minister"). */
  pluralHeads: Map<string, string>;
  /** Ranks in the plural, of one or two words → singular ("Colonels" → "Colonel", "Major Generals" → "Major General"). */
  pluralRanks: Map<string, string>;
  /** Offices in lower case, as wire copy writes them. */
  lowerTitles: TokenTrie<string>;
  titleModifiers: Set<string>;
  /** Domains written in lower case before a minister or secretary ("finance minister"). */
  lowerPortfolios: Set<string>;
  honorifics: TokenTrie<string>;
  /** Descriptive noun → what the person's office or rank must contain (undefined: anything). */
  descriptorClues: Map<string, RegExp | undefined>;
  orgHeads: Set<string>;
  orgSingleWord: Set<string>;
  /** Named like bodies but not bodies: ceremonies, bands ("Guard of Honour"). */
  notOrganizations: Set<string>;
  /** International bodies' names of two or more words ("International Committee of the Red Cross") → the body. */
  bodyNames: TokenTrie<string>;
  acronyms: TokenTrie<string>;
  /** Country names, other names and adjectives → country. */
  countries: TokenTrie<CountryInfo>;
  capitals: TokenTrie<CountryInfo>;
  /** Lower-case phrases that report a meeting → its kind and where the sentence puts its parties. */
  triggers: TokenTrie<TriggerWord>;
  /** Phrases read on the sentence around a meeting word (lower case; see lexicons/meetings.json). */
  meetingPhrases: { cohost: string[]; attendance: string[]; initiative: string[]; remote: string[]; future: Set<string>; venueWords: Set<string>; eventWords: Set<string>; placeEnds: Set<string>; placeOpeners: Set<string> };
  /** Family name → the countries it is common in (some, as "Lu", in more than one). */
  surnameCountry: Map<string, string[]>;
  /** Every capitalized word that belongs to a lexicon: never part of a person's name. */
  reserved: Set<string>;
  /** Neighbouring words of countries' and capitals' names ("Viet Nam", "Costa Rica"): never a name's short form. */
  placeWordPairs: Set<string>;
  months: Map<string, number>;
  /** Weekday → 0 (Sunday) … 6; "yesterday", "today", "tomorrow" → days from the release. */
  weekdays: Map<string, number>;
  relativeDays: Map<string, number>;
  nameParticles: Set<string>;
  nameSuffixes: Set<string>;
  bylineVerbs: Set<string>;
  nameCues: Set<string>;
  notBodies: Set<string>;
  /** Words that open a ship's name ("INS", "USS"): the name after them is no person's. */
  vesselPrefixes: Set<string>;
  /** The country whose navy a ship prefix stands for ("HMNZS" → New Zealand). */
  vesselFlags: Map<string, string>;
  /** Countries whose names are also given names ('Foreign Minister Israel Katz'). */
  givenNameCountries: Set<string>;
  worldRegions: Set<string>;
  /**
   * Every word the recognizer looks at, with its `W` flags. Lower-case words outside it are collapsed by
   * the scanner, and a capitalized word outside it is, to the lexicons, a candidate name.
   */
  vocabulary: Vocabulary;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  return (cached ??= build());
}

const lower = (w: string) => w.toLowerCase();
const withoutPossessive = (w: string) => (w.length > 2 && /'[sS]$/.test(w) ? w.slice(0, -2) : w);

function build(): Lexicon {
  const vocabulary = new Vocabulary();
  const reserved = new Set<string>();
  const reserve = (phrase: string) => {
    for (const t of tokenize(phrase)) if (t.cap) reserved.add(t.text);
  };
  const trie = <T>(phrases: Iterable<[string, T]>, flag: number, key?: (w: string) => string): TokenTrie<T> => {
    const t = new TokenTrie<T>();
    for (const [phrase, value] of phrases) t.add(phrase, value, key);
    for (const first of t.root.next.keys()) vocabulary.add(first, flag);
    return t;
  };
  const same = (list: readonly string[]) => list.map((x) => [x, x] as [string, string]);

  const ranks = trie(same(ranksData.ranks), W.RANK);
  // ("Colonels A, B and C": a rank in the plural before the names of its holders.)
  const pluralRanks = new Map<string, string>();
  for (const r of ranksData.ranks) if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(r)) pluralRanks.set(`${r}s`, r);
  for (const r of ranksData.ranks) {
    reserve(r);
    // "Two Major Generals": plural rank words are never names.
    for (const t of tokenize(r)) if (t.cap && /^\p{L}+$/u.test(t.text)) reserved.add(`${t.text}s`);
  }
  // "Foreign Ministers A and B": an office in the plural, before the names of two holders.
  const pluralHeads = new Map(Object.entries(PLURAL_HEADS).map(([one, many]) => [many, one] as [string, string]));
  const plurals: [string, string][] = [];
  for (const h of titlesData.heads) {
    const last = h.slice(h.lastIndexOf(' ') + 1);
    if (PLURAL_HEADS[last]) plurals.push([h.slice(0, h.length - last.length) + PLURAL_HEADS[last], h]);
    // ("former Deputy Secretaries of State A and B": the head before its complement.)
    const complemented = /^(.*?)\b(\p{Lu}\p{Ll}+)( of .*)$/u.exec(h);
    if (complemented && PLURAL_HEADS[complemented[2]]) plurals.push([complemented[1] + PLURAL_HEADS[complemented[2]] + complemented[3], h]);
    // ("Ambassadors-designate of Sweden, A": an envoy not yet accredited, in the plural.)
    const designate = /^(.*?)(\p{Lu}\p{Ll}+)-designate$/u.exec(h);
    if (designate && PLURAL_HEADS[designate[2]]) {
      plurals.push([`${designate[1]}${PLURAL_HEADS[designate[2]]}-designate`, h]);
      pluralHeads.set(`${PLURAL_HEADS[designate[2]]}-designate`, `${designate[2]}-designate`);
    }
  }
  // ("U.S. Sens. A and B": the press's short plural.)
  plurals.push(['Sens.', 'Senator']);
  pluralHeads.set('Sens.', 'Senator');
  const titles = trie([...same(titlesData.heads), ...plurals], W.TITLE);
  for (const t of [...titlesData.heads, ...plurals.map(([p]) => p)]) reserve(t);
  for (const m of titlesData.modifiers) { reserve(m); vocabulary.add(m, W.MODIFIER); }
  // "deputy chief", "joint commander": lower-case offices with a modifier before them.
  const lowerForms = new Set(titlesData.lowercase);
  // ("deputy special representative": one that opens with a modifier takes another, not the same word twice.)
  for (const t of titlesData.lowercase) {
    const first = t.split(' ')[0];
    const opened = titlesData.lowercaseModifiers.some((m) => t.startsWith(`${m} `));
    for (const m of titlesData.lowercaseModifiers) if (!(opened && m.split(' ').includes(first))) lowerForms.add(`${m} ${t}`);
  }
  // ("the Venezuelan lawmakers A and B", "foreign ministers A and B": lower-case offices in the plural too.)
  for (const t of [...lowerForms]) {
    const last = t.slice(t.lastIndexOf(' ') + 1);
    const many = LOWER_PLURALS[last];
    if (!many) continue;
    lowerForms.add(t.slice(0, t.length - last.length) + many);
    pluralHeads.set(many, last);
  }
  const lowerTitles = trie(same([...lowerForms]), W.LOWER_TITLE);
  const honorifics = trie(same(titlesData.honorifics), W.HONORIFIC);
  // One-word honorifics are never names; the words of longer ones may be ("Tan" of "Tan Sri").
  for (const h of titlesData.honorifics) if (tokenize(h).length === 1) reserve(h);
  // (An international body's one-word name, "UNEP", "FIFA", is a body's name as the listed short forms are.)
  const oneWordBodies = Object.values(orgData.bodies as Record<string, string[]>).flat().filter((b) => !b.includes(' '));
  // ("Secretary General of Saarc X": and written in title case.)
  const titledBodies = oneWordBodies.map(titledShortForm).filter((b): b is string => b !== null);
  const acronyms = trie(same([...new Set([...orgData.acronyms, ...oneWordBodies, ...titledBodies])]), W.ACRONYM, withoutPossessive);
  // (Not in the vocabulary: the words keep what the other lexicons make of them.)
  const bodyNames = new TokenTrie<string>();
  for (const [body, names] of Object.entries(orgData.bodies)) for (const name of names) if (name.includes(' ')) for (const s of bodySpellings(name)) bodyNames.add(s, body);
  // ("the United Nations World Food Programme": a UN body's name after the UN's.)
  for (const body of orgData.unSystem as string[]) {
    for (const name of (orgData.bodies as Record<string, string[]>)[body]) {
      if (!name.includes(' ') || /^(?:United Nations|UN)\b/.test(name)) continue;
      for (const s of bodySpellings(name)) for (const un of ['United Nations', 'UN']) bodyNames.add(`${un} ${s}`, body);
    }
  }
  for (const h of orgData.heads) { reserve(h); vocabulary.add(h, W.ORG_HEAD); }
  for (const w of orgData.singleWord) vocabulary.add(w, W.ORG_SINGLE);

  const placeWordPairs = new Set<string>();
  const countryNames: [string, CountryInfo][] = [];
  const capitalNames: [string, CountryInfo][] = [];
  for (const c of countriesData.countries) {
    const info = { name: c.name, capital: c.capital };
    for (const n of [c.name, ...c.aliases, ...c.adjectives]) {
      countryNames.push([n, info]);
      // Leads and headlines in capitals ("AUSTRALIAN Defence Minister ...").
      if (n.toUpperCase() !== n) countryNames.push([n.toUpperCase(), info]);
      // A one-word name or adjective is never a person's name. The words of longer ones may be ("Costa",
      // "Hong", "San", "Nam"): there the recognizer checks the whole phrase.
      const words = tokenize(n);
      if (words.length === 1 && words[0].cap) reserved.add(words[0].text);
    }
    for (const n of [c.name, ...c.aliases, ...capitalsOf(c)]) {
      const words = n.split(/\s+/);
      for (let k = 1; k < words.length; k++) placeWordPairs.add(`${words[k - 1]} ${words[k]}`);
    }
    const plain = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    // ("Malé" is also written "Male": a capital is known without its accents too.)
    // (Other cities datelines and meetings name are known the same way: "RAWALPINDI:", "in Busan".)
    // ("Nuku’alofa", "Nukualofa": a name with an apostrophe, written with the typographic one or none.)
    const apostrophes = (x: string) => (x.includes("'") ? [x, x.replace(/'/g, '’')] : [x]);
    const capitalForms = new Set(knownCitiesOf(c).flatMap((x) => [x, plain(x)]).flatMap(apostrophes));
    for (const cap of capitalForms) {
      capitalNames.push([cap, info]);
      // Datelines write the city in capitals ("HANOI, Nov. 6 (VNA) –").
      if (cap.toUpperCase() !== cap) capitalNames.push([cap.toUpperCase(), info]);
    }
  }
  // Looked up by base ("Vietnam's" is Vietnam), so keyed without possessives ("Democratic People's Republic").
  const countries = trie(countryNames, W.COUNTRY, withoutPossessive);
  const capitals = trie(capitalNames, W.CAPITAL, withoutPossessive);

  const triggerWords: [string, TriggerWord][] = [];
  for (const [kind, voices] of Object.entries(meetingsData.kinds)) {
    for (const [voice, phrases] of Object.entries(voices)) {
      for (const phrase of phrases as string[]) triggerWords.push([phrase, { kind: kind as MeetingKind, voice: voice as Voice, phrase: phrase.toLowerCase() }]);
    }
  }
  // An envoy's credentials, spelled out from their parts (see meetings.json).
  const cred = meetingsData.credentials;
  const words = (...parts: string[]) => parts.filter((x) => x).join(' ');
  for (const d of cred.documents) {
    for (const v of cred.guestVerbs) for (const c of cred.guestCarriers) for (const g of cred.guestGaps) triggerWords.push([words(v, c, d, g, 'to'), { kind: 'reception', voice: 'guestFirst', phrase: words(v, c, d, g, 'to') }]);
    for (const v of cred.hostVerbs) for (const c of cred.hostCarriers) for (const of of cred.hostClosers) triggerWords.push([words(v, c, d, of), { kind: 'reception', voice: 'hostFirst', phrase: words(v, c, d, of) }]);
    for (const v of cred.passiveHostVerbs) for (const c of cred.hostCarriers) triggerWords.push([words(v, c, d, 'by'), { kind: 'reception', voice: 'hostFirst', phrase: words(v, c, d, 'by') }]);
  }
  const triggers = trie(triggerWords, 0, lower);
  for (const first of triggers.root.next.keys()) {
    // Sentence-initial or headline case: the trie itself is looked up in lower case.
    for (const form of [first, first[0].toUpperCase() + first.slice(1), first.toUpperCase()]) vocabulary.add(form, W.TRIGGER);
  }

  const surnameCountry = new Map<string, string[]>();
  for (const [country, names] of Object.entries(surnamesData.surnames)) {
    for (const n of names) {
      const list = surnameCountry.get(n) ?? [];
      if (!list.includes(country)) list.push(country);
      surnameCountry.set(n, list);
    }
  }

  // ("Minister of Development Strategies and International Trade": a domain's plural in -ies is a domain too.)
  const portfolios = [...wordsData.portfolioWords, ...wordsData.portfolioWords.filter((w) => /[^aeiou]y$/.test(w)).map((w) => `${w.slice(0, -1)}ies`)];
  for (const w of [...wordsData.capitalized, ...wordsData.headlineVerbs, ...portfolios, ...wordsData.postNominals]) reserved.add(w);
  for (const w of reserved) vocabulary.add(w, W.RESERVED);
  for (const w of wordsData.functionWords) vocabulary.add(w, W.FUNCTION);
  for (const w of wordsData.headlineVerbs) vocabulary.add(w, W.HEADLINE_VERB);
  for (const w of wordsData.postNominals) vocabulary.add(w, W.POST_NOMINAL);
  for (const w of ['the', 'The']) vocabulary.add(w, W.ARTICLE);
  for (const w of wordsData.weekdays) vocabulary.add(w, W.DAY);
  for (const w of Object.keys(wordsData.relativeDays).filter((x) => !x.includes(' '))) for (const form of [w, w[0].toUpperCase() + w.slice(1)]) vocabulary.add(form, W.DAY);
  // ("this afternoon", "last night": the words of a relative day of two are read, not collapsed with the words around.)
  for (const w of Object.keys(wordsData.relativeDays).filter((x) => x.includes(' ')).flatMap((x) => x.split(' '))) for (const form of [w, w[0].toUpperCase() + w.slice(1)]) vocabulary.add(form);
  for (const w of ['in', 'at']) vocabulary.add(w, W.LOCATIVE);
  for (const w of wordsData.placeNouns) vocabulary.add(w, W.PLACE_NOUN);
  for (const w of portfolios) vocabulary.add(w, W.PORTFOLIO);
  const months = new Map(Object.entries(wordsData.months));
  // Datelines and release lines write months in capitals ("08 JUN 2022").
  for (const [m, k] of [...months]) months.set(m.toUpperCase(), k);
  for (const m of months.keys()) {
    vocabulary.add(m, W.MONTH);
    vocabulary.add(`${m}.`, W.MONTH);
  }

  // Lower-case words the recognizer must see (everything else lower-case is collapsed by the scanner).
  const collect = (node: TrieNode<unknown>) => {
    for (const [w, child] of node.next) { vocabulary.add(w); collect(child); }
  };
  collect(triggers.root);
  collect(lowerTitles.root);
  for (const w of titlesData.lowercasePortfolios) vocabulary.add(w);
  // Lower-case words inside names of places ("Côte d'Ivoire", "Andorra la Vella").
  collect(countries.root);
  collect(capitals.root);
  for (const phrase of [...titlesData.heads, ...ranksData.ranks]) for (const w of tokenize(phrase)) if (!w.cap) vocabulary.add(w.text);
  for (const w of [...wordsData.connectors, ...wordsData.nameParticles, ...wordsData.bylineVerbs, ...wordsData.nameCues]) vocabulary.add(w);
  // ("ambassadors of A and B; X and Y respectively": the recognizer pairs the lists.)
  vocabulary.add('respectively');
  for (const w of ['peers', 'colleagues', 'from']) vocabulary.add(w);
  for (const noun of Object.keys(titlesData.descriptors)) vocabulary.add(noun, W.DESCRIPTOR);
  for (const w of orgData.connectors) vocabulary.add(w, W.CONNECTOR);

  return {
    vocabulary,
    ranks,
    ambiguousRanks: new Set(ranksData.ambiguous),
    titles,
    pluralHeads,
    pluralRanks,
    lowerTitles,
    titleModifiers: new Set(titlesData.modifiers),
    lowerPortfolios: new Set(titlesData.lowercasePortfolios),
    honorifics,
    descriptorClues: new Map(Object.entries(titlesData.descriptors).map(([noun, clue]) => [noun, clue ? new RegExp(clue) : undefined])),
    orgHeads: new Set(orgData.heads),
    orgSingleWord: new Set(orgData.singleWord),
    notOrganizations: new Set(orgData.notOrganizations),
    bodyNames,
    acronyms,
    countries,
    capitals,
    triggers,
    meetingPhrases: {
      cohost: meetingsData.cohost,
      attendance: meetingsData.attendance,
      initiative: meetingsData.initiative,
      remote: meetingsData.remote,
      future: new Set(meetingsData.future),
      venueWords: new Set(meetingsData.venueWords),
      eventWords: new Set(meetingsData.eventWords),
      placeEnds: new Set(meetingsData.placeEnds),
      placeOpeners: new Set(meetingsData.placeOpeners),
    },
    surnameCountry,
    reserved,
    months,
    weekdays: new Map(wordsData.weekdays.map((d, k) => [d, k] as const)),
    relativeDays: new Map(Object.entries(wordsData.relativeDays)),
    nameParticles: new Set(wordsData.nameParticles),
    nameSuffixes: new Set(wordsData.nameSuffixes),
    bylineVerbs: new Set(wordsData.bylineVerbs),
    nameCues: new Set(wordsData.nameCues),
    placeWordPairs,
    notBodies: new Set(wordsData.notBodies),
    vesselPrefixes: new Set(wordsData.vesselPrefixes),
    vesselFlags: new Map(Object.entries(wordsData.vesselFlags)),
    givenNameCountries: new Set(wordsData.givenNameCountries),
    worldRegions: new Set(wordsData.worldRegions),
  };
}
