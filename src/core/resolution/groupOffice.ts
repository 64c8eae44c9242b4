// "The Foreign Ministers of Cyprus, Egypt and Greece met in New York. Constantinos Kombos of Cyprus, Badr Abdelatty of
// Egypt and George Gerapetritis of Greece discussed ...": the office a plural names for several countries is held, in
// each, by the one of that country named right after, where the text states no office of his own.
import { countriesOfList } from './countryNames';
import type { Entity, Person } from '../types';

/** "the foreign ministers of A, B and C", "The trade ministers of Japan, India and Australia": an office in the plural, then the countries. */
const GROUP_OFFICE = /\b[Tt]he\s+(?:two\s+|three\s+|four\s+|five\s+)?((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ff]inance|[Ii]nterior|[Ee]nergy|[Hh]ealth|[Ee]conomy|[Aa]griculture|[Pp]rime)\s+)?[Mm]inisters|[Ff]oreign\s+[Ss]ecretaries|[Pp]residents)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/gu;
/** "Japan's ", "India’s " right before the name; " of Cyprus", " (Egypt)" right after it. */
const OWN_COUNTRY_BEFORE = /(?:^|\s)(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+$/u;
const OWN_COUNTRY_AFTER = /^\s+(?:of\s+(?:the\s+)?|\()\p{Lu}/u;
/** Plural offices of another kind, which those named after them hold. */
const OTHER_PLURAL = /\b(?:heads|chiefs|leaders|directors|secretaries|ambassadors|envoys|deputies|spokesm[ae]n)\b/i;
/** How many sentences after the plural its holders may be named. */
const SENTENCES_AFTER = 2;

/** The office in the singular: "Foreign Ministers" → "Foreign Minister". */
function singular(office: string): string {
  return office.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Gives each official of no stated office, named after a plural office of several countries, that office where his country is one of them. */
export function groupOffices(text: string, sentences: readonly { start: number; end: number }[], officials: readonly Entity[], personById: ReadonlyMap<string, Person>): void {
  for (const m of text.matchAll(GROUP_OFFICE)) {
    const countries = countriesOfList(m[2]);
    // (Only a list of countries: not "the ministers of Health, and Blue Economy".)
    if (countries.length < 2 || countries.some((c) => !c)) continue;
    const office = singular(m[1]);
    const from = m.index! + m[0].length;
    const first = sentences.findIndex((s) => s.end > m.index!);
    const last = sentences[Math.min(sentences.length - 1, first + SENTENCES_AFTER)];
    if (first < 0 || !last) continue;
    const holders = new Map<string, Person[]>();
    for (const e of officials) {
      if (e.start < from || e.start >= last.end) continue;
      const p = personById.get(e.id!);
      if (!p || p.position || p.capacity !== 'official' || !p.country || !countries.includes(p.country)) continue;
      // (Each told by his country, as a roll of the plural's holders: "Japan's A, India's B", "A of Cyprus, B of Egypt".)
      if (!OWN_COUNTRY_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)) && !OWN_COUNTRY_AFTER.test(text.slice(e.end, e.end + 30))) continue;
      // (Not past another plural office: "the heads of Russian and Ukrainian presidential administrations – A and B".)
      if (OTHER_PLURAL.test(text.slice(from, e.start))) continue;
      // (One named before the plural holds his office from elsewhere.)
      if (officials.some((o) => o.id === e.id && o.start < m.index!)) continue;
      const of = holders.get(p.country) ?? [];
      if (!of.includes(p)) holders.set(p.country, [...of, p]);
    }
    // (One holder in each of two countries at least: the plural's own, not a straggler of one of them.)
    if (holders.size < 2 || [...holders.values()].some((of) => of.length > 1)) continue;
    for (const [p] of holders.values()) p.position = office;
  }
}
