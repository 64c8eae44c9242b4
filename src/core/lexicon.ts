// Lexicons (data files under lexicons/) turned into token tries, built once on first use.
import ranksData from './lexicons/ranks.json';
import titlesData from './lexicons/titles.json';
import orgData from './lexicons/organizations.json';
import countriesData from './lexicons/countries.json';
import meetingsData from './lexicons/meetings.json';
import surnamesData from './lexicons/surnames.json';
import { tokenize, wordFilter, type WordFilter } from './tokenize';

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
    let best: { end: number; value: T } | null = null;
    for (let j = i; node; j++) {
      const w = word(j);
      if (w === undefined) break;
      node = node.next.get(w);
      if (node && node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }
}

export interface CountryInfo {
  name: string;
  capital: string;
}

export interface Lexicon {
  ranks: TokenTrie<string>;
  ambiguousRanks: Set<string>;
  titles: TokenTrie<string>;
  titleModifiers: Set<string>;
  honorifics: TokenTrie<string>;
  /** "the [Chinese] diplomat": group 1 the adjective, group 2 the noun. */
  descriptorPattern: RegExp;
  /** Descriptive noun → what the person's office or rank must contain (undefined: anything). */
  descriptorClues: Map<string, RegExp | undefined>;
  orgHeads: Set<string>;
  orgSingleWord: Set<string>;
  acronyms: TokenTrie<string>;
  /** Country names, other names and adjectives → country. */
  countries: TokenTrie<CountryInfo>;
  capitals: TokenTrie<CountryInfo>;
  /** Lower-case trigger phrases → meeting kind. */
  triggers: TokenTrie<string>;
  guestFirst: Set<string>;
  surnameCountry: Map<string, string>;
  /** Every capitalized word that belongs to a lexicon: never part of a person's name. */
  reserved: Set<string>;
  /** Lower-case words the recognizer needs to see; the rest are collapsed by the tokenizer. */
  lowerWords: WordFilter;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  return (cached ??= build());
}

const lower = (w: string) => w.toLowerCase();

function build(): Lexicon {
  const reserved = new Set<string>();
  const reserve = (phrase: string) => {
    for (const t of tokenize(phrase)) if (t.cap) reserved.add(t.text);
  };

  const ranks = new TokenTrie<string>();
  for (const r of ranksData.ranks) {
    ranks.add(r, r);
    reserve(r);
    // "Two Major Generals": plural rank words are never names.
    for (const t of tokenize(r)) if (t.cap && /^\p{L}+$/u.test(t.text)) reserved.add(`${t.text}s`);
  }
  const titles = new TokenTrie<string>();
  for (const t of titlesData.heads) { titles.add(t, t); reserve(t); }
  for (const m of titlesData.modifiers) reserve(m);
  const honorifics = new TokenTrie<string>();
  for (const h of titlesData.honorifics) { honorifics.add(h, h); reserve(h); }
  const acronyms = new TokenTrie<string>();
  for (const a of orgData.acronyms) acronyms.add(a, a);
  for (const h of orgData.heads) reserve(h);

  const countries = new TokenTrie<CountryInfo>();
  const capitals = new TokenTrie<CountryInfo>();
  for (const c of countriesData.countries) {
    const info = { name: c.name, capital: c.capital };
    for (const n of [c.name, ...c.aliases, ...c.adjectives]) {
      countries.add(n, info);
      // Only the first word of a many-word name: "Nam" (of "Viet Nam") is also a common given name.
      const first = tokenize(n)[0];
      if (first?.cap) reserved.add(first.text);
    }
    capitals.add(c.capital, info);
  }

  const triggers = new TokenTrie<string>();
  for (const [kind, phrases] of Object.entries(meetingsData.triggers)) {
    for (const p of phrases) triggers.add(p, kind, lower);
  }

  const surnameCountry = new Map<string, string>();
  for (const [country, names] of Object.entries(surnamesData.surnames)) {
    for (const n of names) if (!surnameCountry.has(n)) surnameCountry.set(n, country);
  }

  for (const w of ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'At', 'In', 'On',
    'During', 'After', 'Before', 'As', 'For', 'With', 'By', 'From', 'To', 'Of', 'And', 'But', 'He', 'She', 'They', 'It', 'We',
    'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'Both', 'Two', 'All', 'Also', 'While', 'When', 'Under',
    'Over', 'Regarding', 'Talking', 'Expressing', 'Notably', 'Meanwhile', 'However', 'Together', 'According', 'Translated', 'Photo',
    'Party', 'State', 'People', 'New', 'Year', 'Central', 'General', 'Joint', 'Statement', 'COVID-19', 'Defense', 'Defence',
    'Military', 'National', 'International', 'Political', 'Affairs', 'Foreign', 'Security', 'Public', 'Border', 'Friendship']) {
    reserved.add(w);
  }

  const needed = new Set(['of', 'for', 'the', 'de', 'in', 'to', 'by', 'at', 'on', 'and', 'a', 'an', 'with', 'from',
    'bin', 'binti', 'van', 'von', 'da', 'del', 'der', 'al', 'el', 'ibn', 'di', 'du', 'la', 'le', 'dos',
    'translated', 'reported', 'written', 'edited', 'compiled']);
  const collect = (node: TrieNode<unknown>) => {
    for (const [w, child] of node.next) { needed.add(w); collect(child); }
  };
  collect(triggers.root);
  for (const t of titlesData.heads) for (const w of tokenize(t)) if (!w.cap) needed.add(w.text);
  for (const r of ranksData.ranks) for (const w of tokenize(r)) if (!w.cap) needed.add(w.text);

  return {
    lowerWords: wordFilter(needed),
    ranks,
    ambiguousRanks: new Set(ranksData.ambiguous),
    titles,
    titleModifiers: new Set(titlesData.modifiers),
    honorifics,
    descriptorPattern: new RegExp(`\\b[Tt]he (?:([A-Z][\\p{L}-]+) )?(${Object.keys(titlesData.descriptors).join('|')})\\b`, 'gu'),
    descriptorClues: new Map(Object.entries(titlesData.descriptors).map(([noun, clue]) => [noun, clue ? new RegExp(clue) : undefined])),
    orgHeads: new Set(orgData.heads),
    orgSingleWord: new Set(orgData.singleWord),
    acronyms,
    countries,
    capitals,
    triggers,
    guestFirst: new Set(meetingsData.guestFirst),
    surnameCountry,
    reserved,
  };
}
