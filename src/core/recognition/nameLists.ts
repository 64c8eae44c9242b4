// Names listed beside a person's name: "Wang Huning, Liu Yandong and President Xi Jinping", "members of the Shura: A,
// B, C, and Maj. Gen. D". Read after the names of a paragraph, from each one already read as a person's.
import { W, type Lexicon } from '../lexicon';
import { CAP, WORD, type TokenStream } from '../tokenize';
import type { NameMention } from './localTypes';
import { bracketedAsideEnd, DOTTED_INITIALS, INNER_PARTICLE, isName, joinTokens, LIST_OPENERS, nameEnd, nameMention, NO_OFFICE, OUTLET_NAMES } from './names';
import { regionOf } from './regions';

/** Small words that tie a name to a body or a place before it ("Convention on X"), opening no list. */
const LOCATIVE_LINKS = new Set(['on', 'in', 'at', 'of', 'for', 'to', 'from', 'the']);
/** What may close an item of a list of names. */
const LIST_ITEM_CLOSERS = new Set([',', 'and', '.', ';', ')', '(']);
/**
 * Office, rank and style words, and words of bodies and places: an item holding one is read by the rules of offices,
 * bodies or places, not as a bare name ("Hunan Province", "Red Cross", "Islamic World").
 */
const NOT_BARE = W.TITLE | W.RANK | W.HONORIFIC | W.ORG_HEAD | W.ORG_SINGLE | W.COUNTRY | W.CAPITAL | W.PLACE_NOUN | W.PORTFOLIO | W.RESERVED | W.MONTH | W.DAY;
/** Words of places and things a list of names may hold besides persons. */
export const PLACE_OR_THING = /^(?:Province|Region|State|City|County|District|World|Cross|Crescent|Monastery|Church|Cathedral|Mosque|Temple|Palace|House|Hall|Square|Street|Avenue|Road|Park|Airport|Island|Islands|Republic|Kingdom|Valley|Mountains?|River|Lake|Sea|Ocean|Gulf|Bay|Coast|Cup|Games|Forum|Summit|Week|Centre|Center|Group|Bank|Fund|Foundation|Party|Company|Airlines?|Media|News|Times|Post)$/;

/**
 * "Wang Huning, Liu Yandong, Wang Yang and others", "accompanied by A, B and C": full names listed beside a name
 * already read as a person's, each set off by a comma or "and", are persons too. Only title-case names of two words
 * or more (eight tokens at most), none a place, a body, an outlet or holding an office's word, with the list going on
 * after each.
 */
export function listedBesideNames(lex: Lexicon, T: TokenStream, names: NameMention[], first: number, nameTaken: Uint8Array, orgEndAt: Int32Array, countryEnd: Int32Array): void {
  const { text: tx, n } = T;
  if (names.length === first) return;
  /** The token starting at offset `at` (tokens are in text order), or -1. */
  const tokenAt = (at: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (T.start[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo < n && T.start[lo] === at ? lo : -1;
  };
  /** The end of a bare name listed from token k, or -1. */
  const item = (k: number, last = false): number => {
    if (k < 0 || k >= n || nameTaken[k] || orgEndAt[k] || countryEnd[k] || !isName(T, k)) return -1;
    const e = nameEnd(lex, T, k);
    if (e - k < 2 || e - k > 8 || (e < n && !LIST_ITEM_CLOSERS.has(tx[e]) && !(last && T.kind[e] & WORD && !(T.kind[e] & CAP)))) return -1;
    for (let j = k; j < e; j++) {
      if (nameTaken[j] || orgEndAt[j] || countryEnd[j] || T.textFlags[j] & NOT_BARE || T.baseFlags[j] & NOT_BARE || PLACE_OR_THING.test(tx[j]) || /^\p{Lu}{2,}$/u.test(tx[j])) return -1;
      // (Title case, or a particle inside: "Nasih bin Nasih Al-Baqami", or initials before the last word.)
      const inside = j > k && j < e - 1;
      if (!/^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(tx[j]) && !(inside && (INNER_PARTICLE.test(tx[j]) || lex.nameParticles.has(tx[j]))) && !(j < e - 1 && DOTTED_INITIALS.test(tx[j]))) return -1;
    }
    const written = joinTokens(T, k, e);
    return regionOf(written) || OUTLET_NAMES.has(written) ? -1 : e;
  };
  const take = (k: number, e: number) => {
    for (let j = k; j < e; j++) nameTaken[j] = 1;
    names.push(nameMention(T, k, e, NO_OFFICE, false));
  };
  const anchors = names.slice(first).filter((m) => !m.capacity);
  for (const m of anchors) {
    const s = tokenAt(m.start);
    if (s < 0) continue;
    // (The name's last token is the one whose base ends where the mention does.)
    let e = s;
    while (e < n && T.baseEnd[e] < m.end) e++;
    if (e >= n || T.baseEnd[e] !== m.end) continue;
    e++;
    e = bracketedAsideEnd(T, e);
    // Where its item opens, before its office ("A, and Maj. Gen. B").
    let k = s;
    while (k > 0 && s - k < 5 && (T.textFlags[k - 1] & NOT_BARE || T.baseFlags[k - 1] & NOT_BARE || tx[k - 1] === '.')) k--;
    // Onwards: ", B", ", and B", "and B"; not from an item after words that are no name ("Climate, Net Zero and").
    const sepBefore = k >= 2 && (tx[k - 1] === ',' || tx[k - 1] === 'and') ? (tx[k - 1] === 'and' && tx[k - 2] === ',' ? k - 3 : k - 2) : -1;
    const onwards = sepBefore < 0 || nameTaken[sepBefore] === 1 || tx[sepBefore] === ')';
    for (let guard = 0; onwards && guard < 12 && e < n; guard++) {
      const next = tx[e] === ',' ? (tx[e + 1] === 'and' ? e + 2 : e + 1) : tx[e] === 'and' ? e + 1 : -1;
      const itemEnd = item(next, tx[next - 1] === 'and');
      if (itemEnd < 0) break;
      take(next, itemEnd);
      e = bracketedAsideEnd(T, itemEnd);
    }
    // Backwards: "A, " or "A and " before it (or before its office: "A, and Maj. Gen. B"), the list opening after a
    // list's opener or a lower-case word: not "the Convention on Biological Diversity, X", "Commissioner for Climate,
    // Net Zero and Clean Growth, X" (a body's or a portfolio's words).
    const pending: [number, number][] = [];
    for (let guard = 0; guard < 12 && k > 1; guard++) {
      const before = tx[k - 1] === ',' ? k - 1 : tx[k - 1] === 'and' ? (tx[k - 2] === ',' ? k - 2 : k - 1) : -1;
      if (before < 2) break;
      let from = -1;
      for (let b = Math.max(0, before - 8); b <= before - 2; b++) {
        if (item(b) === before) { from = b; break; }
      }
      if (from < 0) break;
      pending.push([from, before]);
      k = from;
    }
    // (A list going on before with no name, "Climate, Net Zero and Clean Growth", is no list of names.)
    const goesOn = tx[k - 1] === ',' || tx[k - 1] === 'and';
    const opener = k === 0 || (!goesOn && (LIST_OPENERS.has(tx[k - 1]) || (!(T.kind[k - 1] & CAP) && !(T.textFlags[k - 1] & W.CONNECTOR) && !LOCATIVE_LINKS.has(tx[k - 1]))));
    if (pending.length > 0 && opener) for (const [from, to] of pending) take(from, to);
  }
}
