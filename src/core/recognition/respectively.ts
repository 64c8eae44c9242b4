// "the ambassadors of Ukraine, the UK and Belgium; A, B and C respectively": a plural office over a list of
// countries, then as many names in the same order. Each name holds the office for its country.
import { W, type Lexicon } from '../lexicon';
import { CAP, GAP, WORD, type TokenStream } from '../tokenize';
import { countryStartBefore, fullNameAt, isName, joinTokens, lineBreakBefore } from './names';

export interface RespectiveHolder {
  /** Token range of the name. */
  start: number;
  end: number;
  position: string;
  country: string;
}

const LIST_GLUE = new Set([',', 'and']);
const DASHES = new Set(['–', '—', '-']);
const BEFORE_NAMES = new Set([';', ',', ':', '(', '–', '—', '-']);

/** The names a "respectively" at token `r` pairs with the countries and office before them; none if the counts differ. */
export function respectiveHolders(lex: Lexicon, T: TokenStream, r: number, countryEnd: Int32Array, titleEnd: Int32Array): RespectiveHolder[] {
  const tx = T.text;
  // The names, read backwards: full names (two words at least) joined by commas and "and".
  const names: { start: number; end: number }[] = [];
  let k = r - 1;
  if (tx[k] === ',') k--;
  while (k >= 0) {
    const end = k + 1;
    // (Not a body's words: "the Chilean and Colombian Foreign Ministries, A and B".)
    while (k >= 0 && (isName(T, k) || (/^\p{Lu}\.?$/u.test(tx[k]) && k + 1 < end)) && !countryEnd[k] && !(T.baseFlags[k] & W.RESERVED)) k--;
    // (No full name here: the names began after the glue.)
    if (end - (k + 1) < 2) { k = end; break; }
    names.unshift({ start: k + 1, end });
    if (k < 1 || !LIST_GLUE.has(tx[k])) break;
    // (The glue joins two names only: "Peru, Ana Lopez" is where the names begin.)
    const glue = k;
    k--;
    if (tx[k + 1] === 'and' && tx[k] === ',') k--;
    if (k < 0 || !isName(T, k) || countryEnd[k]) { k = glue; break; }
  }
  if (names.length < 2 || k < 0 || !BEFORE_NAMES.has(tx[k])) return [];
  // The countries, read backwards the same way ("the UK" keeps its article).
  const countries: string[] = [];
  k--;
  // ("of the Chilean and Colombian Foreign Ministries, A and B, respectively": the nationalities' bodies, in the plural.)
  if (k >= 0 && countryStartBefore(countryEnd, k + 1) < 0 && /\p{L}s$/u.test(T.written(k))) {
    for (let m = k - 1; m >= k - 3 && m >= 0; m--) {
      if (countryStartBefore(countryEnd, m + 1) >= 0) { k = m; break; }
      if (!/^\p{L}/u.test(T.written(m))) break;
    }
  }
  while (k >= 0) {
    const start = countryStartBefore(countryEnd, k + 1);
    if (start < 0) break;
    countries.unshift(joinTokens(T, start, k + 1));
    k = start - 1;
    if (k >= 0 && tx[k] === 'the') k--;
    if (k >= 0 && LIST_GLUE.has(tx[k])) k--;
    else break;
    if (tx[k + 1] === 'and' && tx[k] === ',') k--;
  }
  if (countries.length !== names.length || k < 1 || tx[k] !== 'of') return [];
  const position = pluralOffice(lex, T, k, titleEnd);
  if (!position) return [];
  return names.map((nm, j) => ({ ...nm, position, country: countries[j] }));
}

/** The office, in the singular, of a plural office word ending just before token `of` ("ambassadors", "Defence Ministers"). */
function pluralOffice(lex: Lexicon, T: TokenStream, of: number, titleEnd: Int32Array): string | null {
  for (let s = Math.max(0, of - 4); s < of; s++) {
    if (titleEnd[s] !== of) continue;
    const last = T.text[of - 1];
    const one = lex.pluralHeads.get(last);
    return one ? (of - 1 > s ? `${joinTokens(T, s, of - 1)} ${one}` : one) : null;
  }
  // ("Ministers of Foreign Affairs of Kyrgyzstan A and Tajikistan B": the plural before its portfolio.)
  const portfolio = pluralBeforePortfolio(lex, T, of);
  if (portfolio) return portfolio;
  // (An office no lexicon flags is kept in a run of lower-case words: its last words, "foreign ministers".)
  const words: string[] = [];
  let t = of - 1;
  for (; t >= 0 && t >= of - 3 && words.length < 3 && /^\p{Ll}/u.test(T.text[t] || T.written(t)); t--) words.unshift(...T.written(t).split(' '));
  // ("Foreign affairs ministers of Indonesia and Brazil, A and B": the office opens the sentence.)
  const opener = t >= 0 && words.length > 0 && words.length < 3 && (t === 0 || T.text[t - 1] === '.' || lineBreakBefore(T, t)) && /^\p{Lu}\p{Ll}+$/u.test(T.text[t]) ? T.text[t] : '';
  const last = words[words.length - 1];
  if (!/^\p{Ll}+s$/u.test(last)) return null;
  words[words.length - 1] = last.slice(0, -1);
  if (opener && lex.lowerTitles.longest(0, (j) => (j === 0 ? opener.toLowerCase() : words[j - 1]))?.end === words.length + 1) return [opener, ...words].join(' ');
  for (let w = Math.max(0, words.length - 3); w < words.length; w++) {
    const tail = words.slice(w);
    if (lex.lowerTitles.longest(0, (j) => tail[j])?.end === tail.length) return tail.join(' ');
  }
  return null;
}

/** "Ministers of Foreign Affairs" ending just before token `of`: the office in the singular, or null. */
function pluralBeforePortfolio(lex: Lexicon, T: TokenStream, of: number): string | null {
  let k = of - 1;
  while (k > 0 && of - k <= 4 && ((T.kind[k] & CAP) !== 0 || (T.text[k] === 'and' && k < of - 1))) k--;
  if (T.text[k] !== 'of' || k + 1 >= of || k < 1 || !(T.kind[of - 1] & CAP)) return null;
  const head = pluralHeadAt(lex, T, k - 1);
  return head && /^\p{Lu}/u.test(T.text[k - 1]) ? `${head} of ${joinTokens(T, k + 1, of)}` : null;
}

const PEERS = new Set(['peers', 'counterparts', 'colleagues']);

/** The words a list of holders hangs on: "respectively" after it, or "peers", "counterparts", "colleagues" before. */
export const PAIRING_WORDS: ReadonlySet<string> = new Set(['respectively', 'of', ...PEERS]);

/** The holders a pairing word at token `i` lists (see the three readers below). */
export function pairedHolders(lex: Lexicon, T: TokenStream, i: number, countryEnd: Int32Array, titleEnd: Int32Array): RespectiveHolder[] {
  const w = T.text[i];
  if (w === 'respectively') return respectiveHolders(lex, T, i, countryEnd, titleEnd);
  if (!PAIRING_WORDS.has(w)) return nationalPlural(lex, T, i, countryEnd);
  return w === 'of' ? pluralOfPairs(lex, T, i, countryEnd, titleEnd) : peersFrom(T, i, countryEnd);
}

/**
 * "the Presidents of Peru, Martín X; and Canada, Justin Y" and "the Secretaries of Foreign Affairs, Ana X;
 * Security, Rosa Y": a plural office over pairs of a country (or a portfolio) and a name. Each name holds the
 * office for its country, or the office of its portfolio.
 */
function pluralOfPairs(lex: Lexicon, T: TokenStream, of: number, countryEnd: Int32Array, titleEnd: Int32Array): RespectiveHolder[] {
  const tx = T.text;
  // ("Ambassadors Extraordinary and Plenipotentiary of": the plural before the envoy's style.)
  const styled = of >= 4 && tx[of - 3] === 'Extraordinary' && tx[of - 2] === 'and' && tx[of - 1] === 'Plenipotentiary' ? of - 3 : of;
  // (A plural office in lower case may be words no lexicon holds: "the foreign ministers of".)
  // ("the Ministers of Defence of": or a plural before its portfolio.)
  if (styled < 1) return [];
  const plural = /s$/.test(tx[styled - 1] || T.written(styled - 1)) ? pluralOffice(lex, T, styled, titleEnd) : pluralBeforePortfolio(lex, T, styled);
  if (!plural) return [];
  const office = styled < of ? `${plural} Extraordinary and Plenipotentiary` : plural;
  const out: RespectiveHolder[] = [];
  let semicolons = 0;
  let k = of + 1;
  // ("of a number of foreign states - the Czech Republic Vaclav X, ...": the list opened by a dash, each country
  // before its envoy's name with no comma between, or with a dash: "of Kazakhstan – Mukhtar X, the Kyrgyz Republic – Y".)
  if (tx[k] === 'a' && T.written(k + 1).trim() === 'number' && tx[k + 2] === 'of') {
    k += 3;
    while (k < T.n && k < of + 7 && !DASHES.has(tx[k]) && tx[k] !== ':' && /^\p{Ll}/u.test(T.written(k).trim())) k++;
    if (!DASHES.has(tx[k]) && tx[k] !== ':') return [];
  }
  const opened = DASHES.has(tx[k]) || tx[k] === ':';
  if (opened) k++;
  let dashed = opened;
  let bare = false;
  // (The list ends at the first item that is no pair: "; and Admiral X for the Navy".)
  for (;;) {
    // ("the foreign ministers of Spain José X, Latvia Baiba Y, and Switzerland Z": each country right before its
    // holder's name, once the first pair is written so.)
    const item = pairAt(T, k, office, countryEnd, opened || out.length === 0 || bare);
    if (!item) break;
    if (out.length === 0) bare = !opened && tx[item.start - 1] !== ',' && !DASHES.has(tx[item.start - 1]);
    out.push(item);
    dashed ||= DASHES.has(tx[item.start - 1]);
    k = item.end;
    const sep = tx[k];
    if (sep === ';') semicolons++;
    if (sep === ';' || sep === ',') k++;
    // ("..., Mongolia Dorji X and the Kingdom of the Netherlands Andre Y": the last pair after "and".)
    else if (sep === 'and' && (dashed || bare) && countryEnd[tx[k + 1] === 'the' ? k + 2 : k + 1]) k++;
    else break;
    if (tx[k] === 'and') k++;
    // ("the Ambassadors of Brazil, Ms A, and of Egypt, Mr B": "of" again before the next country.)
    if (tx[k] === 'of') k++;
    // (After a comma only a country goes on the list: "of Peru, A, and Chile, B".)
    if (sep === ',' && !countryEnd[tx[k] === 'the' ? k + 1 : k]) break;
  }
  // Portfolios need the semicolons that keep them apart from names; two pairs at least either way.
  // ("the Defence Ministers of Peru and Chile, A and B": the countries first, then the names in the same order.)
  if (out.length < 2 || (out.some((h) => !h.country) && semicolons === 0)) return countriesThenNames(T, of + 1, countryEnd, office);
  return out;
}

/**
 * "Peru, Martín X", "Kazakhstan – Mukhtar X" or "Foreign Affairs, Ana X" at token `k`: the name, with its country or its
 * portfolio's office; with `nameRightAfter`, a country right before its holder's name too ("Spain José X").
 */
function pairAt(T: TokenStream, k: number, office: string, countryEnd: Int32Array, nameRightAfter = false): RespectiveHolder | null {
  const tx = T.text;
  if (tx[k] === 'the') k++;
  let country = '';
  let position = office;
  let e = countryEnd[k];
  if (e) country = joinTokens(T, k, e);
  else {
    // A portfolio: capitalized words, "and" and "of" between them ("Foreign Affairs", "Trade and Industry").
    e = k;
    while (e < T.n && e - k < 5 && (/^\p{Lu}/u.test(tx[e]) || ((tx[e] === 'and' || tx[e] === 'of') && e > k))) e++;
    if (e === k || !/^\p{Lu}/u.test(tx[e - 1])) return null;
    position = `${office} of ${joinTokens(T, k, e)}`;
  }
  // ("Kazakhstan – Mukhtar X"; in a list a dash opened, "the Czech Republic Vaclav X" too: a country's only.)
  const dash = country !== '' && DASHES.has(tx[e]);
  if (tx[e] !== ',' && !dash && !(nameRightAfter && country !== '')) return null;
  // ("of Brazil, Ms Maria X,": a style before the name.)
  let at = tx[e] === ',' || dash ? e + 1 : e;
  while (at < T.n && at < e + 4 && T.textFlags[at] & W.HONORIFIC && (T.kind[at] & CAP) !== 0) at += tx[at + 1] === '.' ? 2 : 1;
  const end = fullNameAt(T, at, countryEnd);
  return end < 0 ? null : { start: at, end, position, country };
}

/**
 * "met his peers from Argentina and Brazil, Jorge X and Aloysio Y": counterparts from a list of countries, then as
 * many names in the same order, each of its country (the office is the one the text gives them elsewhere).
 */
export function peersFrom(T: TokenStream, c: number, countryEnd: Int32Array): RespectiveHolder[] {
  const tx = T.text;
  if (!PEERS.has(tx[c]) || (tx[c + 1] !== 'from' && tx[c + 1] !== 'of')) return [];
  return countriesThenNames(T, c + 2, countryEnd, '');
}

/** "Argentina and Brazil, Jorge X and Aloysio Y" from token `k`: as many names as countries, each of its own. */
function countriesThenNames(T: TokenStream, k: number, countryEnd: Int32Array, position: string): RespectiveHolder[] {
  const tx = T.text;
  const countries: string[] = [];
  for (;;) {
    if (tx[k] === 'the') k++;
    const e = countryEnd[k];
    if (!e) return [];
    countries.push(joinTokens(T, k, e));
    k = e;
    if (tx[k] === ',' && tx[k + 1] === 'and') k += 2;
    else if (tx[k] === 'and' || (tx[k] === ',' && countryEnd[tx[k + 1] === 'the' ? k + 2 : k + 1])) k++;
    else break;
  }
  // ("Defense Ministers of Armenia and Russia Armen X and Oleg Y discussed", "counterparts from the US, UK and France
  // Lloyd X, Ben Y and Florence Z": the names may follow with no comma.)
  if (countries.length < 2) return [];
  if (tx[k] === ',') k++;
  return namesInTurn(T, k, countries, position, countryEnd);
}

/** The singular of an office in the plural at token `i`, in any case ("ambassadors", "Ministers"), or null. */
export function pluralHeadAt(lex: Lexicon, T: TokenStream, i: number): string | null {
  const word = T.written(i).trim();
  // (Lower-case words outside the vocabulary come as one token: "prime ministers", read as "Prime Ministers".)
  return lex.pluralHeads.get(word.charAt(0).toUpperCase() + word.slice(1)) ?? lex.pluralHeads.get(word.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase())) ?? null;
}

/**
 * "the French and German ambassadors to Russia, A and B": nationalities before an office in the plural at token `i`,
 * then as many names, each holding the office for the nationality in turn.
 */
function nationalPlural(lex: Lexicon, T: TokenStream, i: number, countryEnd: Int32Array): RespectiveHolder[] {
  const tx = T.text;
  const head = pluralHeadAt(lex, T, i);
  const opens = pluralOfficeStart(T, i, countryEnd);
  if (!head || opens < 0) return [];
  // ("Czech and Hungarian prime ministers, A and B": the office's words in lower case before its head.)
  const one = opens < i ? `${joinTokens(T, opens, i)} ${head.toLowerCase()}` : head;
  const countries: string[] = [];
  let k = opens;
  for (;;) {
    const start = countryStartBefore(countryEnd, k);
    if (start < 0 || countryEnd[start] !== k) break;
    countries.unshift(joinTokens(T, start, k));
    k = start;
    if (tx[k - 1] !== 'and' && tx[k - 1] !== ',') break;
    k -= tx[k - 1] === 'and' && tx[k - 2] === ',' ? 2 : 1;
  }
  if (countries.length < 2) return [];
  let j = i + 1;
  let position = one;
  // ("... ambassadors to Russia, A and B": where they are posted.)
  if (tx[j] === 'to') {
    const at = tx[j + 1] === 'the' ? j + 2 : j + 1;
    if (!countryEnd[at]) return [];
    position = `${one} ${joinTokens(T, j, countryEnd[at])}`;
    j = countryEnd[at];
  }
  // ("The Czech and Slovak foreign ministers Karel X and Miroslav Y": or the names right after the office.)
  return tx[j] === ',' ? namesInTurn(T, j + 1, countries, position, countryEnd) : isName(T, j) ? namesInTurn(T, j, countries, position, countryEnd) : [];
}

/** Where an office in the plural at token `i` opens after nationalities: before up to two words in lower case
 * ("Hungarian prime ministers", "Slovak foreign ministers"), or -1 where no nationality comes before it. */
export function pluralOfficeStart(T: TokenStream, i: number, countryEnd: Int32Array): number {
  let m = i;
  for (let x = 0; x < 2 && countryStartBefore(countryEnd, m) < 0 && m > 0; x++) {
    const w = T.text[m - 1];
    if (!(T.kind[m - 1] & WORD) || T.kind[m - 1] & CAP || LIST_GLUE.has(w) || w === 'the') return -1;
    m--;
  }
  return countryStartBefore(countryEnd, m) >= 0 ? m : -1;
}

/** From token `k`, as many full names as `countries`, joined by commas and "and": each of its country in turn. */
function namesInTurn(T: TokenStream, k: number, countries: readonly string[], position: string, countryEnd: Int32Array): RespectiveHolder[] {
  const tx = T.text;
  const names: { start: number; end: number }[] = [];
  while (names.length < countries.length) {
    // ("..., Prince Faisal bin Farhan X and Hossein Y": a style of address before a name is not its part.)
    while (k < T.n && T.textFlags[k] & W.HONORIFIC && (T.kind[k] & CAP) !== 0 && isName(T, k + 1)) k++;
    const e = fullNameAt(T, k, countryEnd);
    if (e < 0) return [];
    names.push({ start: k, end: e });
    k = e;
    if (tx[k] === ',' && tx[k + 1] === 'and') k += 2;
    else if (tx[k] === 'and' || tx[k] === ',') k++;
    else break;
  }
  const after = names.length > 0 ? names[names.length - 1].end : k;
  const closer = tx[after];
  // (Or a verb in lower case: "... Almaz X and Serik Y met in Bishkek".)
  const verb = after < T.n && T.kind[after] & (WORD | GAP) && !(T.kind[after] & CAP) && !LIST_GLUE.has(closer) && closer !== 'or';
  if (names.length !== countries.length || !(closer === '.' || closer === ';' || closer === ',' || closer === undefined || verb)) return [];
  return names.map((nm, j) => ({ ...nm, position, country: countries[j] }));
}

