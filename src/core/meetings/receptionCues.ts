// Talks an article goes on to call a reception: "X met with Ambassador Y. During the courtesy call, the Ambassador
// congratulated ...", "X met with Ambassador Y ... At the reception, X affirmed". The envoy called on the other.
// (Not "a farewell meeting", "a protocol meeting", "an introductory meeting": the articles call those talks.)
import { ENVOY_OFFICES } from '../resolution/countries';
import { countryName } from '../resolution/countryNames';

/** The meeting's own words, or the opening of a sentence right after it, naming it a call paid or an audience given
 * ("met with Ambassador Y and accepted her credentials": an envoy's credentials received). */
const OWN_WORDS = /\b(?:courtesy|farewell|protocol|introductory)\s+(?:call|visit)\b|\bcourtesy\s+meeting\b|\bcame\s+on\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:courtesy|farewell|protocol|introductory)\s+visit\b|\b(?:and|then)\s+(?:accepted|received)\s+(?:his|her|their)\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+(?:his|her|their)\s+)?(?:credentials|letters?\s+of\s+credence)\b/u;
const NEXT_OPENS = /(?:^\s*|[.!?]["”]?\s+)(?:At|During|In the course of)\s+the\s+(?:courtesy\s+call|courtesy\s+visit|farewell\s+(?:call|visit)|protocol\s+visit|reception|audience)(?:\s*,|\s+(?:the|he|she)\b)/u;
/** How far past the meeting's sentence a sentence naming it so may open. */
const NEXT_CHARS = 320;

/** Whether the text names the talks told at `start`–`end` a call paid or an audience given. */
export function toldAsReception(text: string, start: number, end: number): boolean {
  if (OWN_WORDS.test(text.slice(start, end))) return true;
  // (Only in the sentences right after it: "... in Hanoi.\n\nAt the reception, X affirmed".)
  return NEXT_OPENS.test(text.slice(end, end + NEXT_CHARS));
}

/** An envoy's or a consul's office. */
export const ENVOY = new RegExp(String.raw`\b(?:${ENVOY_OFFICES}|[Cc]onsul)`, 'u');
/** A delegation's head abroad: "Head of EU Delegation to Georgia". */
const DELEGATION_HEAD = /\bHead of (?:the\s+)?(?:[\p{L}()]+\s+){0,4}?[Dd]elegation\b/u;
/** Whether an office is an envoy's, a consul's or a delegation head's abroad. */
export function envoyLike(position: string | null): boolean {
  return position !== null && (ENVOY.test(position) || DELEGATION_HEAD.test(position));
}

// "X visited the University of Colombo and met Y", "X paid a visit to the Iraqi Ministry of Justice and met with Y",
// "X and his delegation visited the House of Representatives. Speaker Y met with the guests": one who visits a body,
// not a place, is received there by the one he meets.
// (Not a headquarters or a command: the articles call a commander met at his headquarters talks as often as not.)
const BODY_WORDS = 'University|Ministry|Office|Bank|House|Chamber|Institute|College|Academy|Parliament|Secretariat|Police|Council|Commission|Centre|Center|Court|Assembly|Senate|Agency|Authority|Directorate|Department|Embassy|School|Hospital|Company|Corporation|Federation|Foundation|Museum|Library|Palace';
/** A visit's verb: "visited", "paid a courtesy visit to", "led a delegation to visit". */
export const VISIT_VERB = String.raw`visited|paid (?:a|an)(?: [\p{Ll}-]+){0,2} visit to|led (?:a|the|his|her) (?:[\p{Ll}-]+ )?delegation to visit`;
const VISITS_BODY = new RegExp(String.raw`\b(?:${VISIT_VERB})\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+|(?:of|and|for|the|&)\s+){0,6}?(?:${BODY_WORDS})\b|(\p{Lu}{3,6})\b(?![\s-]+\p{Lu}))`, 'u');
/** How far before the meeting's sentence the visit may be told: the sentence before it, in its paragraph. */
const VISIT_BEFORE = 300;

/**
 * The index among `names` (those at talks told at `start`–`end`, by name and where the meeting names them) of the one
 * the text has visit a body before meeting the others: he alone is named before the visit's verb. -1 if none.
 */
export function bodyVisitor(text: string, start: number, end: number, names: { name: string; start: number }[]): number {
  let from = Math.max(0, start - VISIT_BEFORE);
  const gap = text.lastIndexOf('\n\n', start);
  if (gap >= from) from = gap;
  // (The sentence before the meeting's, not further: "... in May. X visited the Ministry" leaves out May's.)
  const cut = text.slice(from, Math.max(from, start - 2)).search(/[.!?]["”]?\s+(?=\p{Lu})[^.!?]*$/u);
  if (cut >= 0) from += cut + 1;
  const visit = VISITS_BODY.exec(text.slice(from, end));
  // (A body by its letters, "visited SISU", but not a country's, "visited the USA", nor a headquarters', "GHQ".)
  if (!visit || (visit[1] && (countryName(visit[1]) !== null || /HQ$/.test(visit[1])))) return -1;
  const at = from + visit.index;
  const before = text.slice(from, at);
  // (By the surname as a word: "Li" is not in "Ministry".)
  const named = names.map((p) => (p.start >= from && p.start < at) || before.includes(p.name) || wordIndex(before, p.name.slice(p.name.lastIndexOf(' ') + 1)) >= 0);
  return named.filter(Boolean).length === 1 ? named.indexOf(true) : -1;
}

/** Where `word` first stands in `text` as a word of its own ("Li", not inside "Ministry"), or -1. */
export function wordIndex(text: string, word: string): number {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[k - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[k + word.length] ?? '')) return k;
  }
  return -1;
}
