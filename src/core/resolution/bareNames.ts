// Names no structure introduces: "Mevlüt Çavuşoğlu shared a post ...", its last word named again on its own later
// ("Çavuşoğlu and Suzuki also exchanged views"). Read over the whole text, since the proof (the surname said again)
// may stand in another paragraph.
import { lexicon } from '../lexicon';
import { countryName } from './countryNames';
import type { CapWords, NameMention } from '../recognition/localTypes';

/**
 * Full names of two or three words no lexicon knows, opening a sentence before a word in lower case, whose last
 * word the text writes again on its own: persons the recognizer had no cue for. `named` tells a span a found name covers.
 */
export function bareNames(
  text: string, sentences: readonly { start: number; end: number }[], capWords: CapWords, named: (s: { start: number; end: number }) => boolean,
  found: readonly NameMention[] = [],
): NameMention[] {
  const { start, end, text: words } = capWords;
  if (start.length === 0) return [];
  // Where each word stands (its index among the capitalized words), for "named again on its own"; built on demand.
  let seen: Map<string, number[]> | undefined;
  const positions = () => (seen ??= wordPositions(words));
  const out: NameMention[] = [];
  // (Sentences and capitalized words are both in text order: one pass over each.)
  let at = 0;
  for (const sent of sentences) {
    while (at < start.length && start[at] < sent.start) at++;
    if (at >= start.length) break;
    let first = at;
    if (start[first] !== sent.start) continue;
    // ("Participating in the sessions on defense, Hulusi Akar later attended ...": past an opening phrase.)
    const opener = OPENER.exec(text.slice(sent.start, sent.start + MAX_OPENER));
    if (opener) {
      const from = sent.start + opener[0].length;
      while (first < start.length && start[first] < from) first++;
      if (first >= start.length || start[first] !== from) continue;
    }
    const last = runEnd(text, capWords, first, 2);
    if (last === first) continue;
    // (Before a verb: "Kenneth Juster stepped down", "X said"; not "Close Nordic defence cooperation".)
    if (!VERB_AFTER.test(text.slice(end[last], end[last] + 32))) continue;
    // (Whether a name found already covers the span: a search, not a scan, so that long texts stay linear.)
    if (!nameWords(capWords, first, last) || named({ start: start[first], end: end[last] })) continue;
    // (Named again elsewhere on its own: not the word run on from another capitalized word.)
    const again = (positions().get(words[last]) ?? []).some((w) => (w < first || w > last) && !named({ start: start[w], end: start[w] + 1 }) &&
      !(w > 0 && end[w - 1] + 1 === start[w] && text[start[w] - 1] === ' '));
    // (Or before a verb only officials' words take: "Giorgi X thanked the Lithuanian Government for ...".)
    if (!again && !OFFICIAL_VERB_AFTER.test(text.slice(end[last], end[last] + 24))) continue;
    out.push(mentionOf(text, capWords, first, last));
  }
  joinedNames(text, capWords, named, [...found, ...out], out);
  listedNames(text, sentences, capWords, named, out);
  loneSurnames(text, sentences, capWords, named, found, out, positions);
  return out;
}

/** Where each capitalized word stands, by its index among them. */
function wordPositions(words: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let w = 0; w < words.length; w++) {
    const list = at.get(words[w]);
    if (list) list.push(w);
    else at.set(words[w], [w]);
  }
  return at;
}

/**
 * "Larijani made the remarks in a meeting with X ... Larijani said", "According to IRNA, Pezeshkian while meeting
 * with X": a surname alone, as agencies write a leader everyone knows, opening two sentences or more before a verb,
 * written nowhere beside another capitalized word and known to no lexicon.
 */
function loneSurnames(text: string, sentences: readonly { start: number; end: number }[], capWords: CapWords,
  named: (s: { start: number; end: number }) => boolean, found: readonly NameMention[], out: NameMention[],
  positions: () => Map<string, number[]>): void {
  const { start, end, text: words } = capWords;
  const alone = (w: number) => !(w > 0 && end[w - 1] + 1 === start[w] && /\s/.test(text[end[w - 1]])) &&
    !(w + 1 < start.length && start[w + 1] === end[w] + 1 && /\s/.test(text[end[w]]));
  const opening = new Map<string, number[]>();
  let at = 0;
  for (const sent of sentences) {
    while (at < start.length && start[at] < sent.start) at++;
    if (at >= start.length) break;
    let w = at;
    const opener = LONE_OPENER.exec(text.slice(sent.start, sent.start + MAX_OPENER));
    if (opener) while (w < start.length && start[w] < sent.start + opener[0].length) w++;
    if (w >= start.length || start[w] !== sent.start + (opener?.[0].length ?? 0)) continue;
    if (!LONE_VERB.test(text.slice(end[w], end[w] + 32))) continue;
    const list = opening.get(words[w]);
    if (list) list.push(w);
    else opening.set(words[w], [w]);
  }
  let surnames: Set<string> | undefined;
  for (const [word, opens] of opening) {
    if (opens.length < 2) continue;
    const all = positions().get(word)!;
    // (And once at least inside a sentence, as a capitalized word opening sentences may not be: "Newly appointed",
    // "Sides discussed".)
    const inside = all.some((w) => !SENTENCE_OPEN.test(text.slice(Math.max(0, start[w] - 3), start[w])) && !opens.includes(w));
    if (!inside || (surnames ??= new Set([...found, ...out].map((m) => m.tokens[m.tokens.length - 1]))).has(word) || !nameWords(capWords, opens[0], opens[0]) || !all.every(alone)) continue;
    for (const w of all) if (!named({ start: start[w], end: end[w] })) out.push(mentionOf(text, capWords, w, w));
  }
}
/** A verb of what officials say and do for their state, after a full name that opens a sentence. */
const OFFICIAL_VERB_AFTER = /^ (?:also )?(?:thanked|congratulated|reiterated|reaffirmed|underlined|underscored|emphasi[sz]ed|stressed|conveyed|welcomed|praised|commended|briefed)\b/;
const SENTENCE_OPEN = /(?:^|[.!?:]\s+|\n|[.!?][”"’]\s+)$/;
/** "According to IRNA, ": a source opening the sentence, before its subject. */
const LONE_OPENER = /^According to [^,.;:\n]{1,40},\s/;
/** A verb, or a meeting told by a participle, after a surname opening its sentence. */
const LONE_VERB = /^,? (?:while (?:meeting|receiving|hosting|talking)|(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day |yesterday |today )?(?:also |then |later |has |had )?(?:\p{Ll}{2,}ed|said|says|told|tells|met|meets|spoke|speaks|held|holds|made|makes))\b/u;

/** The last of the capitalized words from `w`, each followed by one space, at most `more` after it. */
function runEnd(text: string, { start, end }: CapWords, w: number, more: number): number {
  let last = w;
  while (last - w < more && last + 1 < start.length && start[last + 1] === end[last] + 1 && text[end[last]] === ' ') last++;
  return last;
}

/** Whether capitalized words `w` to `last` are each a name's word no lexicon knows. */
function nameWords({ text: words }: CapWords, w: number, last: number): boolean {
  const lex = lexicon();
  for (let k = w; k <= last; k++) if (!NAME_WORD.test(words[k]) || (lex.vocabulary.get(words[k])?.flags ?? 0) !== 0) return false;
  return true;
}

/** A name with no office: capitalized words `w` to `last`. */
function mentionOf(text: string, { start, end, text: words }: CapWords, w: number, last: number): NameMention {
  return {
    start: start[w], end: end[last], name: text.slice(start[w], end[last]), tokens: words.slice(w, last + 1),
    rank: null, position: null, organization: null, country: null, anchored: false,
  };
}

/**
 * "Parliamentarians in attendance included A B, C D, E F and G H", "members of the working group A B, C D and
 * E F": three or more full names no lexicon knows, listed after a word for a group of people; and "A B who leads
 * the working group", "A B heading the friendship group": one, before words saying what he leads.
 */
function listedNames(text: string, sentences: readonly { start: number; end: number }[], capWords: CapWords, named: (s: { start: number; end: number }) => boolean, out: NameMention[]): void {
  const { start, end, text: words } = capWords;
  const runFrom = (w: number) => runEnd(text, capWords, w, 3);
  const isName = (w: number, last: number) => nameWords(capWords, w, last);
  const push = (w: number, last: number) => out.push(mentionOf(text, capWords, w, last));
  // ("“... our national treasure,” A B said", "As A B noted, ...": the one whose words the text reports.)
  const quoted = (w: number, last: number) => SAID_AFTER.test(text.slice(end[last], end[last] + 16)) &&
    (QUOTE_BEFORE.test(text.slice(Math.max(0, start[w] - 3), start[w])) || AS_BEFORE.test(text.slice(Math.max(0, start[w] - 4), start[w])));
  // ("his counterpart from Kosovo, Enver X,": set off by commas after the country his counterpart is from, whose he is.)
  const counterpartFrom = (w: number, last: number) => {
    const m = /^,/.test(text.slice(end[last], end[last] + 1)) ? COUNTERPART_FROM.exec(text.slice(Math.max(0, start[w] - 60), start[w])) : null;
    return m ? countryName(m[1]) : null;
  };
  let at = 0;
  for (const sent of sentences) {
    while (at < start.length && start[at] < sent.start) at++;
    const cue = GROUP_OF_PEOPLE.test(text.slice(sent.start, sent.end));
    for (let w = at; w < start.length && start[w] < sent.end; w++) {
      // ("As A B noted": the conjunction opening the sentence is no part of the name.)
      if (w === at && words[w] === 'As') continue;
      const last = runFrom(w);
      // (Two or three words: a run of four or more is a body's or a place's name.)
      if (last === w || last - w > 2 || (last + 1 < start.length && start[last + 1] === end[last] + 1 && text[end[last]] === ' ')) { w = last; continue; }
      const described = DESCRIBED_AFTER.test(text.slice(end[last], end[last] + 40)) || quoted(w, last);
      const counterpartOf = described ? null : counterpartFrom(w, last);
      if ((described || counterpartOf) && isName(w, last) && !named({ start: start[w], end: end[last] })) {
        push(w, last);
        if (counterpartOf) out[out.length - 1].country = counterpartOf;
        w = last;
        continue;
      }
      if (!cue) { w = last; continue; }
      // A list: runs of two or three name words, each after a comma or "and" (a style of address may stand between).
      const items: [number, number][] = [[w, last]];
      let k = last + 1;
      while (k < start.length && start[k] < sent.end) {
        const gap = text.slice(end[items[items.length - 1][1]], start[k]);
        if (!LIST_GAP.test(gap)) break;
        let from = k;
        if (STYLES.has(words[from]) && from + 1 < start.length) from++;
        if (from !== k && !/^\.?\s+$/.test(text.slice(end[k], start[from]))) break;
        const to = runFrom(from);
        if (to === from || to - from > 2) break;
        items.push([from, to]);
        k = to + 1;
      }
      // (Closing its clause: not "the Belt Road, Silk Route and Green Deal projects".)
      const closes = LIST_CLOSE.test(text.slice(end[items[items.length - 1][1]], end[items[items.length - 1][1]] + 24));
      if (items.length >= 3 && closes && items.every(([a, b]) => isName(a, b) || named({ start: start[a], end: end[b] }))) {
        for (const [a, b] of items) if (!named({ start: start[a], end: end[b] })) push(a, b);
        w = items[items.length - 1][1];
      } else w = last;
    }
  }
}
/** A word for a group of people, whose members a list may name. */
const GROUP_OF_PEOPLE = /\b(?:members|parliamentarians|lawmakers|legislators|MPs|senators|deputies|ministers|officials|participants|delegates|attendees|representatives)\b|\b(?:included|including|attended by|present were)\b/;
const LIST_CLOSE = /^(?:\s*[.;:)]|\s*$|,|\s+(?:as well as|and other|were|was|participated|attended|took|joined|also)\b)/;
const LIST_GAP = /^(?:,\s+|\s+and\s+|,\s+and\s+)$/;
const STYLES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Hon']);
/** "who leads", "heading the", "chairing the", ", his Slovenian counterpart": what a person named before is. */
const DESCRIBED_AFTER = /^,? (?:who (?:leads|heads|chairs|led|headed|chaired|is the|was the|serves as)|heading the|leading the|chairing the|(?:his|her) (?:\p{Lu}[\p{L}-]+ )?counterpart)\b/u;
const COUNTERPART_FROM = /\bcounterpart (?:from|of) (?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}), $/u;
/** A quotation closed right before a name ("...,” A B said"), or "As" opening the sentence ("As A B noted,"). */
const QUOTE_BEFORE = /[,.?!][”"’] $/;
const AS_BEFORE = /(?:^|[.!?]\s+|\n)As $/;
const SAID_AFTER = /^ (?:said|says|noted|notes|stressed|told|added|emphasi[sz]ed|pointed out|underlined|declared)\b/;

/**
 * "Akar and Sebastien Lecornu exchanged views": a full name no lexicon knows, joined by "and" to the last word of a
 * name found, before a word in lower case.
 */
function joinedNames(text: string, capWords: CapWords, named: (s: { start: number; end: number }) => boolean, found: readonly NameMention[], out: NameMention[]): void {
  const { start, end, text: words } = capWords;
  // The last word of the run of two or three capitalized words from w, each followed by one space.
  const runFrom = (w: number) => runEnd(text, capWords, w, 2);
  // A name no lexicon knows and no found name covers.
  const unknown = (w: number, last: number) => nameWords(capWords, w, last) && !named({ start: start[w], end: end[last] });
  const push = (w: number, last: number) => out.push(mentionOf(text, capWords, w, last));
  const surnames = new Set(found.map((m) => m.tokens[m.tokens.length - 1]));
  // ("a meeting between Shavkat X and Emomali Y began": after "and", closing a pair a found name opens after "between".)
  const endsAt = new Map(found.map((m) => [m.end, m] as const));
  const pairedAfterBetween = (w: number) => {
    const m = endsAt.get(end[w - 1]);
    return m !== undefined && BETWEEN.test(text.slice(Math.max(0, m.start - 9), m.start));
  };
  for (let w = 1; w + 1 < start.length; w++) {
    if (!surnames.has(words[w - 1]) || text.slice(end[w - 1], start[w]) !== ' and ') continue;
    const last = runFrom(w);
    if (last === w || !(VERB_AFTER.test(text.slice(end[last], end[last] + 16)) || pairedAfterBetween(w)) || !unknown(w, last)) continue;
    push(w, last);
    w = last;
  }
  // ("talks between Murray X and Ratu Inoke Y": a full name no lexicon knows before "and" and a name found, after
  // "between".)
  const foundAt = new Set(found.map((m) => m.start));
  const foundSoonAfter = (at: number) => {
    for (let k = at; k <= at + HONORIFIC_CHARS; k++) if (foundAt.has(k)) return true;
    return false;
  };
  for (let w = 0; w + 1 < start.length; w++) {
    if (!BETWEEN.test(text.slice(Math.max(0, start[w] - 9), start[w]))) continue;
    const last = runFrom(w);
    if (last === w || text.slice(end[last], end[last] + 5) !== ' and ' || !foundSoonAfter(end[last] + 5) || !unknown(w, last)) continue;
    push(w, last);
    w = last;
  }
}
const BETWEEN = /\bbetween\s+$/;
/** How far after "and" a found name may start (a style of address between: "Ratu", "Dr."). */
const HONORIFIC_CHARS = 12;

/** An opening phrase of a participle or a preposition, closed by a comma, before the sentence's subject. */
const OPENER = /^(?:\p{Lu}\p{Ll}+ing|After|Before|During|Following|On|In|At|Upon)\s[^,.;:\n]{0,120}?,\s/u;
const MAX_OPENER = 140;

// ("Ivica X on Friday held ...": the day between the name and its verb.)
const VERB_AFTER = /^ (?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day |yesterday |today )?(?:also |then |later |has |had )?(?:\p{Ll}{2,}ed|said|says|told|tells|met|meets|spoke|speaks|held|holds|took|takes|gave|gives|made|makes|led|leads|sent|sends|wrote|writes|is|was|has|had|will)\b/u;

/** A word of a personal name: a capital, then lower-case letters ("O'Brien", apostrophes and hyphens inside). */
// ("McCully", "LaRocque": a capital inside after a short prefix.)
const NAME_WORD = /^\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+|\p{Ll}{1,2}\p{Lu}\p{Ll}+)(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
