// Newspapers that set a paragraph's first word in capitals ("MINISTER of National Security X received ...", "THE
// Commander of the Royal Brunei Navy ..."): the engine reads that word as written in a title, on a copy of the text
// of the same length, so every offset stays the document's. Datelines ("BEIJING, May 29") and headlines all in
// capitals are left as they are: only a word whose title-case form opens an office, a rank or "The" is recased, and
// only where the next word is not in capitals too. A body's words joined by hyphens after a plural ("Joint
// Chiefs-of-Staff") are read as words, and an editor's brackets before a quoted surname ("[Foreign Minister Sergey]
// Lavrov") as spaces. Other typing a scraper leaves is read as meant, still on a copy of the same length.
import { unwrapLines } from './hardWrap';
import { lexicon, W } from '../lexicon';

// (After a dateline set against it by a dash: "ABUJA—PRESIDENT Muhammadu X, yesterday ...", "LAGOS — THE United ...".)
const LEAD = /(^|\n)([ \t]*(?:[A-Z][A-Z ]*[A-Z] ?[—–] ?)?)([A-Z][A-Z’'-]*[A-Z])(?= +(?:\(|[a-z]|[A-Z][a-z]))/g;
const JOINERS = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'TO']);
const OPENS = W.TITLE | W.MODIFIER | W.RANK;

/** The word in title case: each hyphened part capitalized, joining words ("of", "the") in lower case. */
function titleCase(word: string): string {
  return word.split('-').map((part, i) => (i > 0 && JOINERS.has(part) ? part.toLowerCase() : part[0] + part.slice(1).toLowerCase())).join('-');
}

/** "Joint Chiefs-of-Staff": a body's words joined by hyphens after a plural, read as words ("Chief-of-Staff", one
 * office the lexicons know, stays as written). */
const HYPHENED_OF = /(?<=\p{Lu}\p{Ll}+s)-(of|the)-(?=\p{Lu})/gu;

/**
 * "Acting-Ambassador", "Deputy-Speaker", "Vice-Governor": a modifier joined by a hyphen to the office it modifies, read
 * as two words where the lexicons do not know the joined form ("Vice-President" stays as written).
 */
const HYPHENED_MODIFIER = /\b(Acting|Deputy|Vice|Assistant|Executive)-(?=([A-Z][a-z]+)\b)/g;

const BACKTICK_POSSESSIVE = /(?<=\p{L})`(?=s\b)/gu;

/**
 * "[Russian Security Council Secretary Nikolay] Patrushev": words an editor set in brackets before a quoted surname,
 * read without the brackets (each one a space).
 */
const EDITORIAL_BRACKETS = /\[((?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|the|and|for)\s+)?){0,7}\p{Lu}[\p{L}'’-]+)\](?=\s+\p{Lu})/gu;

/** A capitalized word, a hyphen, then a month and its day: a date glued to the word before it. */
const GLUED_DATE = /(?<=\p{Lu}\p{Ll}+)-((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/gu;

/**
 * The text to read: a hard-wrapped text's line breaks read as spaces, paragraph-opening words in capitals recased
 * where they open an office, editorial brackets before a surname dropped, scraped typing set right ("News-May 3rd",
 * "d' Affaires"); the same length.
 */
const STYLE_IN_BRACKETS = /(\b(?:Amb|Ambassador|H\.\s?E|Dr|Prof|Hon|General|Gen|Lieutenant General|Lt\.?\s?Gen|Major General|Maj\.?\s?Gen|Brigadier|Brig|Colonel|Col|Admiral|Adm|Air Marshal|Air Chief Marshal|Air Vice Marshal)\.?\s+)(\((?:Eng|Engr|Dr|Prof|Rtd|Retd|Ret|R)\.?\))(?=\s+\p{Lu})/gu;
export function readingText(text: string): string {
  let out = unwrapLines(text);
  if (/(?:^|\n)[ \t]*[A-Z]{2}/.test(out)) {
    const vocabulary = lexicon().vocabulary;
    out = out.replace(LEAD, (all, nl: string, space: string, word: string) => {
      const cased = titleCase(word);
      const first = cased.split('-')[0];
      const opens = cased === 'The' || ((vocabulary.get(first)?.flags ?? 0) & OPENS) !== 0;
      return opens ? nl + space + cased : all;
    });
  }
  if (out.includes('-')) {
    const vocabulary = lexicon().vocabulary;
    out = out.replace(HYPHENED_MODIFIER, (all, modifier: string, office: string) =>
      ((vocabulary.get(office)?.flags ?? 0) & W.TITLE) !== 0 && !vocabulary.has(`${modifier}-${office}`) ? `${modifier} ` : all);
  }
  // ("Charge d' Affaires", "Charge d’ affaires": a space typed after the apostrophe, read before the word.)
  if (/d['’] [Aa]ffaires/.test(out)) out = out.replace(/\b([dD])(['’]) (?=[Aa]ffaires\b)/g, ' $1$2');
  // ("Pakistan Point News-May 3rd, 2023": a source's name run into the date after it by a hyphen.)
  if (out.includes('-')) out = out.replace(GLUED_DATE, ' $1');
  // ("Sri Lanka`s Ambassador": a backtick typed for the apostrophe of a possessive.)
  if (out.includes('`')) out = out.replace(BACKTICK_POSSESSIVE, "'");
  if (out.includes('[')) out = out.replace(EDITORIAL_BRACKETS, ' $1 ');
  // ("H.E. Amb (Eng) Mahboub X", "General (R) G.D.H. Kamal Y": a profession or retirement in brackets after a style or
  // a rank, before the name, read as blank.)
  if (out.includes('(')) out = out.replace(STYLE_IN_BRACKETS, (all, before: string, bracket: string) => before + ' '.repeat(bracket.length));
  return out.includes('-of-') || out.includes('-the-') ? out.replace(HYPHENED_OF, ' $1 ') : out;
}
