// Countries as phrases name them: a whole phrase that is a country ("Chinese", "Republic of Belarus"), the first
// country a phrase names ("... of the Chinese Central Military Commission"), and the weak hint of a family name.
import { lexicon, W, type CountryInfo } from '../lexicon';
import { CAP, scan, TokenStream } from '../tokenize';

/**
 * Memoizes a function of a name. Names repeat across a corpus, so most lookups hit; the table is
 * bounded, since a huge corpus must not grow it without end.
 */
export function memo<T>(compute: (key: string) => T, limit = 50000): (key: string) => T {
  const table = new Map<string, T>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined && !table.has(key)) {
      value = compute(key);
      if (table.size >= limit) table.clear();
      table.set(key, value);
    }
    return value as T;
  };
}

/** "for the Libyan national unity government": a nationality, a few words in lower case, then a state's own body. */
const FOR_OWN_BODY = /\bfor the (\p{Lu}[\p{L}-]+) (?:[\p{Ll}-]+ ){0,3}(?:government|ministry|army|navy|armed forces|presidency|parliament|embassy)\b/u;

/** The first country named or implied inside a phrase ("... of the Chinese Central Military Commission"). */
export function countryIn(phrase: string | null): string | null {
  return phrase ? firstCountry(phrase) : null;
}

const phrase = new TokenStream(64);

/** Scans a phrase with the lexicon's vocabulary: flags, no token objects (names may be megabytes long). */
export function scanPhrase(text: string): TokenStream {
  return scan(text, 0, text.length, lexicon().vocabulary, phrase);
}

/** The country a whole phrase names ("Chinese", "Republic of Belarus"), with its capital, or null. */
const countryNamed: (phrase: string) => CountryInfo | null = memo((text) => {
  const t = scanPhrase(text);
  const hit = lexicon().countries.longest(0, (j) => (j < t.n ? t.base[j] : undefined));
  return hit && hit.end === t.n ? hit.value : null;
});
/** The country a whole phrase names ("Chinese", "Republic of Belarus"), or null. */
export const countryName = (phrase: string): string | null => countryNamed(phrase)?.name ?? null;
/** The capital of the country a whole phrase names ("Vietnam": "Hanoi"), or null. */
export const capitalOf = (phrase: string): string | null => countryNamed(phrase)?.capital || null;

/** The country each item of a list names ("Panama, Singapore and Indonesia", "the Philippines"), null for an item that names none. */
export function countriesOfList(list: string): (string | null)[] {
  return list.split(/,\s*(?:and\s+)?|\s+and\s+/).map((c) => c.replace(/^the\s+/, '').replace(/[.,;]+$/, '').trim()).filter((c) => c.length > 0).map((c) => countryName(c));
}

/** The country a phrase names, or its first word names ("Kuwait News" of "Kuwait News Agency", "Nigeria in the Russian Federation"). */
export function countryOrFirstWord(phrase: string): string | null {
  return countryName(phrase) ?? countryName(phrase.split(' ')[0]);
}

/** The last word of an office or mission held in the country it names ("Chief of Mission", "Office", "Representative"). */
const HELD_IN_WORDS = ['Mission', 'Office', 'Embassy', 'Representative', 'Coordinator', 'Director', 'Ambassador', 'Consul', 'Consulate', 'Delegation'];
/** "Chief of Mission in Bangladesh", "Resident Coordinator of the United Nations System in Burundi", "Country Manager in Kenya". */
const HELD_IN = new RegExp(String.raw`\b(?:Country Manager|${HELD_IN_WORDS.join('|')})\b.*?\bin\s+(?:the\s+)?(\p{Lu}[\p{L}' -]*)$`, 'u');
/** The country an office says it is held in, or null. (Not a brief: "Special Representative for the South Caucasus and the crisis in Georgia".) */
export function heldIn(position: string | null): string | null {
  const m = position && !/\bfor\b/.test(position) ? HELD_IN.exec(position) : null;
  return m ? countryName(m[1].trim()) : null;
}

/** The country an envoy's brief is for ("Special Envoy for Syria", "Special Representative for Libya"), or null: the brief
 * `heldIn` leaves out. */
export function envoyFor(position: string | null): string | null {
  const m = position ? ENVOY_FOR.exec(position) : null;
  return m ? countryName(m[1]) : null;
}
const ENVOY_FOR = /\b(?:Envoy|Representative|Rapporteur)\b.*\bfor\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})$/u;

const HELD_IN_WORD = new Set(HELD_IN_WORDS);
const firstCountry = memo((text: string): string | null => {
  // ("spokesperson for the Libyan national unity government": a nation's own body after "for", not a domain.)
  const own = FOR_OWN_BODY.exec(text);
  const nation = own ? countryName(own[1]) : null;
  if (nation) return nation;
  const lex = lexicon();
  const t = scanPhrase(text);
  const key = (j: number) => (j < t.n ? t.base[j] : undefined);
  for (let i = 0; i < t.n; i++) {
    if (!(t.kind[i] & CAP) || !(t.baseFlags[i] & W.COUNTRY)) continue;
    // ("Ambassador to the Philippines": where the office is held, not whom it serves.)
    const before = t.text[i - 1] === 'the' ? i - 2 : i - 1;
    const hit = lex.countries.longest(i, key);
    // ("Special Envoy for Syria", "director general for Latin America": a domain, not whom it serves.)
    // (The whole country passed over, and those listed with it: "Chargé d'Affaires to Papua New Guinea and Vanuatu"
    // names no Guinea, nor whom he serves.)
    // ("Chief of Mission in Bangladesh", "Representative in Nigeria": nor where a mission's office is held.)
    const held = t.text[before] === 'in' && before >= 1 && HELD_IN_WORD.has(t.text[before - 1]);
    if (before >= 0 && (t.text[before] === 'to' || t.text[before] === 'for' || held)) {
      for (let at = hit; at; at = t.text[i + 1] === 'and' || t.text[i + 1] === ',' ? lex.countries.longest(i + 2, key) : null) i = at.end - 1;
      continue;
    }
    // ("the top diplomat of the Latin American country": a continent's part, by its adjective too.)
    if (i > 0 && /^(?:Latin|South|North|Central)$/.test(t.text[i - 1]) && /^(?:America|Americans?)$/.test(t.text[i])) continue;
    if (hit) return hit.value.name;
  }
  return null;
});

const foldDiacritics = memo((s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
/** Whether a string is plain printable ASCII (most names are: no folding, no memo lookup). */
export const isPlainAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);
/** A name's part with its accents folded ("Țurcanu" → "Turcanu"); plain ASCII as it is. */
export const foldName = (part: string): string => (isPlainAscii(part) ? part : foldDiacritics(part));

export function surnameCountry(parts: readonly string[], present: ReadonlySet<string> = new Set()): string | null {
  const lex = lexicon();
  if (parts.length < 2) return null;
  // A name common in several countries ("Lu": China and Vietnam) says one only if the text is about just one of them.
  const one = (list: readonly string[] | undefined) => {
    if (!list) return undefined;
    // (A Chinese family name in a text about Taiwan and not China is Taiwan's: "Foreign Minister Joseph Wu".)
    if (list.includes('China') && present.has('Taiwan') && !present.has('China')) return 'Taiwan';
    if (list.length === 1) return list[0];
    const here = list.filter((c) => present.has(c));
    return here.length === 1 ? here[0] : null;
  };
  // Vietnamese and Chinese names put the family name first; most others last.
  // (Not an Arabic or Malay name by its lineage: "Mai bint Mohammed Al Khalifa".)
  if (parts.some((x) => LINEAGE.has(x))) return one(lex.surnameCountry.get(foldName(parts[parts.length - 1]))) ?? null;
  const first = one(lex.surnameCountry.get(foldName(parts[0])));
  // (Before a given name of short syllables only: not "Senator Chen Chimutengwende".)
  const firstFamily = !!first && FAMILY_NAME_FIRST.has(first);
  if (firstFamily && parts.slice(1).every((x) => x.split('-').every((y) => y.length <= 10))) return first;
  const last = one(lex.surnameCountry.get(foldName(parts[parts.length - 1])));
  return last ?? (firstFamily ? null : first) ?? null;
}
/** Countries whose names put the family name first. */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['Vietnam', 'China', 'South Korea', 'North Korea']);
/** The particles of a name by lineage ("son of", "daughter of"): no East Asian family name stands first there. */
const LINEAGE = new Set(['bin', 'Bin', 'bint', 'Bint', 'binti', 'Binti', 'ibn', 'Ibn', 'ibni']);
