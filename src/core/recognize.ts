// Paragraph-local recognition: ranks, positions, organizations, names, countries, places, dates and
// meeting words, by structure ("POSITION of ORG RANK Name", head-word organization names, appositions).
// Everything here depends only on the paragraph's own text, so results can be cached per paragraph.
import { lexicon, W, type CountryInfo, type Lexicon } from './lexicon';
import { CAP, DIGIT, scan, TokenStream, WORD } from './tokenize';
import type { EntityType } from './types';

export interface LocalEntity {
  type: EntityType;
  start: number;
  end: number;
}

/** A person's name as written, with what its immediate context says about them. */
export interface NameMention {
  start: number;
  end: number;
  name: string;
  tokens: string[];
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  /** True when the name stands in a structure that proves it is a person (after a rank, title, honorific). */
  anchored: boolean;
}

export interface TriggerHit {
  start: number;
  end: number;
  kind: string;
  phrase: string;
}

/** Capitalized word tokens (start, baseEnd, base) for the document-wide name pass, as parallel arrays. */
export interface CapWords {
  start: number[];
  end: number[];
  text: string[];
}

export interface LocalResult {
  entities: LocalEntity[];
  names: NameMention[];
  triggers: TriggerHit[];
  /** Sentence boundaries [start, end), with the index of their paragraph. */
  sentences: { start: number; end: number; paragraph: number }[];
  capWords: CapWords;
  dates: { start: number; end: number; text: string; iso: string | null }[];
  /** Countries and capitals with the country they stand for. */
  places: { start: number; end: number; text: string; country: string; capital: boolean }[];
  /** "the [Chinese] diplomat": descriptive references, resolved document-wide. */
  descriptors: DescriptorHit[];
  /** "Central Military Commission (CMC)": short forms defined in the text, found document-wide. */
  definitions: Definition[];
}

export interface Definition {
  /** The short form inside the parentheses. */
  start: number;
  end: number;
  short: string;
  /** What it stands for, as written before the parentheses. */
  long: string;
  type: 'organization' | 'position';
}

export interface DescriptorHit {
  start: number;
  end: number;
  adjective: string | null;
  noun: string;
}

const ORG_CONNECTORS = new Set(['of', 'for', 'the', 'de', '&']);
const SEGMENT_SPLIT = new Set(['of', 'for']);
const LOCATIVE_HEADS = new Set(['Embassy', 'Consulate', 'Office', 'Mission', 'Delegation', 'Representation', 'Commission', 'High Commission']);
const CAP_WORD = CAP | WORD;
const RETIRED = new Set(['ret', 'ret.', 'retd', 'retd.', 'retired', 'rtd', 'rtd.']);

/** Reused by every call: paragraphs are recognized one at a time. */
const stream = new TokenStream();
const countryPool: (CountryInfo | undefined)[] = [];

export function emptyResult(): LocalResult {
  return { entities: [], names: [], triggers: [], sentences: [], capWords: { start: [], end: [], text: [] }, dates: [], places: [], descriptors: [], definitions: [] };
}

/**
 * Recognizes the paragraph text[from, to), appending to `out` with offsets less `shift`: a whole document
 * analyzed once is recognized in place (shift 0), a paragraph to be cached with offsets of its own.
 */
export function recognizeParagraph(
  text: string, from = 0, to = text.length, out: LocalResult = emptyResult(), shift = from, paragraph = 0,
): LocalResult {
  const lex = lexicon();
  const T = scan(text, from, to, lex.vocabulary, stream, shift);
  const n = T.n;
  const { text: tx, start: st, end: en, baseEnd: be, kind: kd, textFlags: tf, baseFlags: bf } = T;
  const slice = (a: number, b: number) => text.slice(a + shift, b + shift);
  const capWords = out.capWords;
  const firstEntity = out.entities.length;
  const textKey = (j: number) => (j < n ? tx[j] : undefined);
  const baseKey = (j: number) => (j < n ? T.base[j] : undefined);
  const lowerKey = (j: number) => (j < n ? tx[j].toLowerCase() : undefined);

  // Per-token roles from the lexicons; indices are token positions. Scratch arrays are reused across calls.
  // The vocabulary flags say which lexicon a word may start a phrase of, so most words cost no lookup.
  const { rankEnd, titleEnd, countryEnd, orgEndAt, isHead, nameTaken, headAhead } = scratch(n);
  countryStarts = countryEnd;
  // Read only where countryEnd is set, so stale entries from an earlier paragraph do no harm.
  const countryAt = countryPool;
  let heads = 0;
  for (let i = 0; i < n; i++) {
    if (!(kd[i] & CAP)) {
      if (tf[i] & W.LOWER_TITLE) {
        const t = lex.lowerTitles.longest(i, textKey);
        if (t && lowerTitleCounts(T, i, t.end, countryEnd)) titleEnd[i] = t.end;
      }
      continue;
    }
    const b = bf[i];
    const t = tf[i];
    if (b & W.ORG_HEAD) { isHead[i] = 1; heads++; }
    if (b & W.COUNTRY) {
      const c = lex.countries.longest(i, baseKey);
      if (c) { countryAt[i] = c.value; countryEnd[i] = c.end; }
    }
    if (!(t & (W.TITLE | W.MODIFIER | W.RANK))) continue;
    const title = t & (W.TITLE | W.MODIFIER) ? titleMatch(lex, T, i, textKey) : 0;
    const rank = t & W.RANK ? lex.ranks.longest(i, textKey) : null;
    if (title && (!rank || title >= rank.end)) titleEnd[i] = title;
    else if (rank && validRank(lex, T, i, rank.end, rank.value, countryEnd, textKey)) rankEnd[i] = rank.end;
  }

  // Organizations: maximal capitalized chains holding a head word. A chain runs over capitalized words and
  // connectors only, so a start with no head ahead in its run cannot begin one.
  if (heads > 0) {
    for (let j = n - 1; j >= 0; j--) {
      const walkable = (kd[j] & CAP_WORD) === CAP_WORD || (tf[j] & W.CONNECTOR) !== 0 || tx[j] === '&';
      headAhead[j] = walkable && (isHead[j] || headAhead[j + 1]) ? 1 : 0;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!(kd[i] & CAP) || rankEnd[i] || orgEndAt[i]) continue;
    const acr = bf[i] & W.ACRONYM ? lex.acronyms.longest(i, baseKey) : null;
    // "PLA Army", "DND Public Affairs Service": a short form may open a longer name.
    const chain = headAhead[i] ? orgChain(lex, T, i, rankEnd, titleEnd, isHead, countryEnd) : null;
    if (acr && !(chain && chain.start === i && chain.end > acr.end && be[acr.end - 1] === en[acr.end - 1])) {
      orgEndAt[i] = acr.end;
      out.entities.push({ type: 'organization', start: st[i], end: be[acr.end - 1] });
      i = acr.end - 1;
      continue;
    }
    if (!headAhead[i]) continue;
    if (chain) {
      orgEndAt[chain.start] = chain.end;
      out.entities.push({ type: 'organization', start: st[chain.start], end: be[chain.end - 1] });
      i = chain.end - 1;
    } else if (titleEnd[i] > i + 1) {
      // No body after this office: none starts inside it either ("Chief of Staff of the AFP").
      i = titleEnd[i] - 1;
    }
  }

  // Positions, ranks and the names they introduce.
  for (let i = 0; i < n; i++) {
    if (!(kd[i] & CAP) && !titleEnd[i]) continue;
    // "Reporter: ...", "Editor: ...": a speaker's or a page's label, not an office held.
    if (titleEnd[i] && tx[titleEnd[i]] === ':') {
      i = titleEnd[i];
      continue;
    }
    if (titleEnd[i] || rankEnd[i] || (tf[i] & W.HONORIFIC && lex.honorifics.longest(i, textKey))) {
      const intro = introduction(lex, T, i, titleEnd, rankEnd, orgEndAt, countryEnd, textKey, out.entities);
      for (const e of intro.entities) out.entities.push(e);
      if (intro.name) {
        const { start, end } = intro.name;
        for (let k = start; k < end; k++) nameTaken[k] = 1;
        out.names.push(nameMention(T, start, end, intro, true));
      }
      i = Math.max(i, intro.next - 1);
    }
  }

  // Bylines ("Translated by Tran Hoai") and appositions ("Lloyd Austin, the U.S. Secretary of Defense").
  for (let i = 0; i < n; i++) {
    if (nameTaken[i] || !isName(T, i)) continue;
    const end = nameEnd(lex, T, i);
    if (end - i < 2 || end - i > 4) { i = end - 1; continue; }
    // "Translated by Tran Hoai", "Reporting by ...", and "By Nabilah Saleh" opening a line.
    const byline = (i >= 2 && tx[i - 1] === 'by' && lex.bylineVerbs.has(tx[i - 2])) || (i === 1 && tx[0] === 'By');
    let apposition = false;
    if (!byline && tx[end] === ',') {
      let k = end + 1;
      if (tx[k] === 'the') k++;
      if (countryEnd[k]) k = countryEnd[k];
      apposition = titleEnd[k] > 0 || rankEnd[k] > 0;
    }
    const honorific = i > 0 && (tf[i - 1] & W.HONORIFIC) !== 0 && lex.honorifics.longest(i - 1, textKey)?.end === i;
    // "his Chinese counterpart Dong Jun".
    const cued = i > 0 && lex.nameCues.has(tx[i - 1]);
    if (byline || apposition || honorific || cued) {
      for (let k = i; k < end; k++) nameTaken[k] = 1;
      out.names.push(nameMention(T, i, end, { rank: null, position: null, organization: null, country: null }, true));
    }
    i = end - 1;
  }

  // Countries, capitals, dates, meeting words, sentences, capitalized words.
  let sentenceStart = n > 0 ? st[0] : 0;
  for (let i = 0; i < n; i++) {
    const k = kd[i];
    if (!(k & WORD)) {
      const p = tx[i];
      if (p === '(' && i > 0 && kd[i + 1] & CAP && tx[i + 2] === ')') {
        const d = definition(lex, T, i, out.entities, firstEntity, countryEnd, slice);
        if (d) {
          out.definitions.push(d);
          if (!orgEndAt[i + 1]) out.entities.push({ type: d.type, start: d.start, end: d.end });
          i += 2;
          continue;
        }
      }
      if ((p === '.' || p === '!' || p === '?') && i + 1 < n) {
        out.sentences.push({ start: sentenceStart, end: en[i], paragraph });
        sentenceStart = st[i + 1];
      }
      continue;
    }
    if (k & CAP) {
      capWords.start.push(st[i]);
      capWords.end.push(be[i]);
      capWords.text.push(T.base[i]);
      const c = countryEnd[i] ? countryAt[i] : undefined;
      if (c) {
        // The phrase's other words too: "Costa" of "Costa Rican" runs on, so it is not Antonio Costa.
        for (let m = i + 1; m < countryEnd[i]; m++) {
          if (!(kd[m] & CAP)) continue;
          capWords.start.push(st[m]);
          capWords.end.push(be[m]);
          capWords.text.push(T.base[m]);
        }
        const end = be[countryEnd[i] - 1];
        out.entities.push({ type: 'country', start: st[i], end });
        out.places.push({ start: st[i], end, text: slice(st[i], end), country: c.name, capital: false });
        i = countryEnd[i] - 1;
        continue;
      }
      const cap = bf[i] & W.CAPITAL ? lex.capitals.longest(i, baseKey) : null;
      if (cap) {
        const end = be[cap.end - 1];
        out.entities.push({ type: 'place', start: st[i], end });
        out.places.push({ start: st[i], end, text: slice(st[i], end), country: cap.value.name, capital: true });
        i = cap.end - 1;
        continue;
      }
      if (tf[i] & W.MONTH) {
        const dot = tx[i].endsWith('.');
        const bare = dot ? tx[i].slice(0, -1) : tx[i];
        // "Jun" in "Dong Jun" is a name: abbreviated months count only with their dot or a day after them.
        const month = bare.length > 4 || dot || kd[i + 1] & DIGIT && /^\d/.test(tx[i + 1]) ? lex.months.get(bare) : undefined;
        const d = month ? dateAt(T, i, month) : null;
        if (d) {
          const start = st[d.start];
          const end = en[d.end - 1];
          out.entities.push({ type: 'date', start, end });
          out.dates.push({ start, end, text: slice(start, end), iso: d.iso });
          i = d.end - 1;
          continue;
        }
      }
    }
    if (k & DIGIT && tx[i].length === 4 && i > 0 && (tx[i - 1] === 'in' || tx[i - 1] === 'In') && /^(19|20)\d\d$/.test(tx[i])) {
      out.entities.push({ type: 'date', start: st[i], end: en[i] });
      out.dates.push({ start: st[i], end: en[i], text: tx[i], iso: tx[i] });
      continue;
    }
    // "on Wednesday", "yesterday": dated from the release, which the meeting knows.
    if (tf[i] & W.DAY && (!(k & CAP) || (i > 0 && (tx[i - 1] === 'on' || tx[i - 1] === 'On')))) {
      out.entities.push({ type: 'date', start: st[i], end: en[i] });
      out.dates.push({ start: st[i], end: en[i], text: tx[i], iso: null });
      continue;
    }
    if (k & DIGIT) {
      const d = numericDate(T, i);
      if (d) {
        const end = en[d.end - 1];
        out.entities.push({ type: 'date', start: st[i], end });
        out.dates.push({ start: st[i], end, text: slice(st[i], end), iso: d.iso });
        i = d.end - 1;
        continue;
      }
    }
    if (tf[i] & W.ARTICLE && kd[i + 1] & WORD) {
      const d = descriptor(T, i, text, shift);
      if (d) out.descriptors.push(d);
    }
    // "in Siem Reap", "at Cilangkap": a place name no lexicon knows, after a locative preposition.
    if (tf[i] & W.LOCATIVE && isName(T, i + 1) && !nameTaken[i + 1] && !countryEnd[i + 1] && !orgEndAt[i + 1] && !(bf[i + 1] & W.CAPITAL)) {
      let e = i + 1;
      while (e < n && e - i <= 3 && isName(T, e) && !nameTaken[e] && be[e] === en[e] && !(tf[e] & W.MONTH)) e++;
      if (e > i + 1 && !(kd[e] & CAP) && be[e - 1] === en[e - 1] && tx[e] !== "'") {
        out.entities.push({ type: 'place', start: st[i + 1], end: en[e - 1] });
        out.places.push({ start: st[i + 1], end: en[e - 1], text: slice(st[i + 1], en[e - 1]), country: '', capital: false });
        i = e - 1;
        continue;
      }
    }
    const trig = tf[i] & W.TRIGGER ? lex.triggers.longest(i, lowerKey) : null;
    if (trig) {
      const end = en[trig.end - 1];
      out.triggers.push({ start: st[i], end, kind: trig.value.kind, phrase: trig.value.phrase });
      i = trig.end - 1;
    }
  }
  if (n > 0) out.sentences.push({ start: sentenceStart, end: en[n - 1], paragraph });
  sortFrom(out.entities, firstEntity);
  return out;
}

/**
 * Sorts list[from..] by span (start, then longer first), stably. The passes above find entities kind by kind;
 * sorted paragraphs make the document's entities one sorted run, which the document-wide sort then merges cheaply.
 */
function sortFrom(list: LocalEntity[], from: number): void {
  let sorted = true;
  for (let k = from + 1; k < list.length && sorted; k++) {
    const a = list[k - 1];
    const b = list[k];
    sorted = a.start < b.start || (a.start === b.start && a.end >= b.end);
  }
  if (sorted) return;
  const part = list.slice(from).sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k < part.length; k++) list[from + k] = part[k];
}

/**
 * "Tentara Nasional Indonesia (TNI)", "Army Chief of Staff (Kasad)": a short form in parentheses right after an
 * organization or office defines it. Countries, capitals and words like "(Ret.)" in parentheses define nothing.
 */
function definition(
  lex: Lexicon, T: TokenStream, open: number, entities: LocalEntity[], from: number, countryEnd: Int32Array,
  slice: (a: number, b: number) => string,
): Definition | null {
  const k = open + 1;
  const short = T.base[k];
  if (short.length > 12 || countryEnd[k] || T.baseFlags[k] & (W.CAPITAL | W.RESERVED) || RETIRED.has(short.toLowerCase())) return null;
  const before = T.baseEnd[open - 1];
  // An office and its body may end together ("Commander of the ... Military Forces (RFMF)"): the body's.
  for (const type of ['organization', 'position'] as const) {
    for (let e = entities.length - 1; e >= from; e--) {
      const x = entities[e];
      if (x.type === type && (x.end === before || x.end === T.end[open - 1])) {
        return { start: T.start[k], end: T.baseEnd[k], short, long: slice(x.start, x.end), type };
      }
    }
  }
  // No body recognized before it, but capitalized words whose initials spell it: a body all the same
  // ("Inter-Services Public Relations (ISPR)"), unless the last word names an agreement or an event.
  const first = spelledBy(T, open, short);
  if (first < 0 || lex.notBodies.has(T.base[open - 1])) return null;
  const start = T.start[first];
  for (let e = from; e < entities.length; e++) if (entities[e].start < before && start < entities[e].end) return null;
  entities.push({ type: 'organization', start, end: before });
  return { start: T.start[k], end: T.baseEnd[k], short, long: slice(start, before), type: 'organization' };
}

/** The first of the capitalized words before token `open` whose initials spell `short`'s capitals, or -1. */
function spelledBy(T: TokenStream, open: number, short: string): number {
  const letters = short.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters.length > 8) return -1;
  let need = letters.length;
  let start = -1;
  for (let k = open - 1; k >= 0 && need > 0; k--) {
    const t = T.text[k];
    if (T.kind[k] & CAP) {
      let initials = t[0];
      for (let c = 1; c < t.length - 1; c++) if (t[c] === '-' && /\p{Lu}/u.test(t[c + 1])) initials += t[c + 1];
      if (initials.length > need || letters.slice(need - initials.length, need) !== initials.toUpperCase()) return -1;
      need -= initials.length;
      start = k;
    } else if (!(T.textFlags[k] & W.CONNECTOR)) {
      return -1;
    }
  }
  return need === 0 ? start : -1;
}

/** "the diplomat", "the Chinese diplomat" (single spaces, a possessive allowed) from the "the" at token i. */
function descriptor(T: TokenStream, i: number, text: string, shift: number): DescriptorHit | null {
  const spaced = (k: number) => k + 1 < T.n && T.start[k + 1] === T.end[k] + 1 && text.charCodeAt(T.end[k] + shift) === 32;
  if (!spaced(i)) return null;
  let k = i + 1;
  let adjective: string | null = null;
  if (T.kind[k] & CAP && /^[A-Z][\p{L}-]+$/u.test(T.text[k]) && spaced(k)) {
    adjective = T.text[k];
    k++;
  }
  if (!(T.baseFlags[k] & W.DESCRIPTOR) || (T.kind[k] & CAP)) return null;
  return { start: T.start[i], end: T.baseEnd[k], adjective, noun: T.base[k] };
}

/**
 * A lower-case office ("defense minister") is one only where news writes it so of a person: right before a
 * name, right after "Name," (an apposition), or after a nationality ("Chinese defense minister").
 */
function lowerTitleCounts(T: TokenStream, i: number, end: number, countryEnd: Int32Array): boolean {
  if (isName(T, end) && isName(T, end + 1)) return true;
  // "Army chief Gen. Manoj Pande", "secretary-general Datuk Lokman Hakim Ali".
  if (T.kind[end] & CAP && T.textFlags[end] & (W.RANK | W.HONORIFIC) && (isName(T, end + 1) || T.textFlags[end + 1] & W.HONORIFIC)) return true;
  let k = i - 1;
  if (k >= 0 && T.text[k] === 'the') k--;
  if (k >= 1 && T.text[k] === ',' && isName(T, k - 1)) return true;
  return (i >= 1 && countryEnd[i - 1] === i) || (i >= 2 && countryEnd[i - 2] === i);
}

const STATE_FORMS = new Set(['Republic', 'Kingdom', 'Federation', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth', 'Confederation']);

/** A country at token k, named ("Vietnam", "Russian Federation") or by its state's form ("Republic of Belarus"). */
function countryAt(T: TokenStream, k: number, countryEnd: Int32Array): { country: number; end: number } | null {
  if (countryEnd[k]) return { country: k, end: countryEnd[k] };
  for (let m = k; m < k + 4 && m < T.n && T.kind[m] & CAP; m++) {
    if (STATE_FORMS.has(T.text[m]) && T.text[m + 1] === 'of' && countryEnd[m + 2]) return { country: m + 2, end: countryEnd[m + 2] };
  }
  return null;
}

/** MODIFIER* HEAD, e.g. "Deputy Defense Minister"; returns the end token or 0. */
function titleMatch(lex: Lexicon, T: TokenStream, i: number, key: (j: number) => string | undefined): number {
  const direct = T.textFlags[i] & W.TITLE ? lex.titles.longest(i, key) : null;
  let best = direct ? direct.end : 0;
  let k = i;
  while (k < T.n && T.kind[k] & CAP && T.textFlags[k] & W.MODIFIER && k - i < 4) {
    k++;
    const m = T.textFlags[k] & W.TITLE ? lex.titles.longest(k, key) : null;
    if (m && m.end > best) best = m.end;
  }
  return best;
}

function validRank(lex: Lexicon, T: TokenStream, i: number, end: number, rank: string, countryEnd: Int32Array, key: (j: number) => string | undefined): boolean {
  const { kind, textFlags, baseFlags } = T;
  const before = i - 1;
  // "... People's Army General Luong Cuong", "Russian Army General": the army closes an organization name and
  // the rank starts after it; but after an office ("First Deputy Minister of Defence Army General") it is the rank.
  if (baseFlags[i] & W.ORG_HEAD && before >= 0 && kind[before] & CAP &&
      (T.baseEnd[before] !== T.end[before] || !(baseFlags[before] & W.RESERVED) || countryEnd[before] || (before > 0 && countryEnd[before - 1] === i)) &&
      !afterCountryComplement(T, i, countryEnd)) {
    return false;
  }
  // "General Department", "General Secretary", "General Staff": an office or body, not a rank.
  if (kind[end] & CAP && (baseFlags[end] & W.ORG_HEAD || textFlags[end] & W.TITLE)) return false;
  // "Attorney General", "Consul General", "Inspector General": a title that ends with the rank word.
  if (before >= 0 && kind[before] & CAP && textFlags[before] & W.TITLE && (lex.titles.longest(before, key)?.end ?? 0) > i) return false;
  if (lex.ambiguousRanks.has(rank)) return end < T.n && isName(T, end);
  return true;
}

/** "... of the Russian Federation Army General": a country closing an "of" complement ends just before token i. */
function afterCountryComplement(T: TokenStream, i: number, countryEnd: Int32Array): boolean {
  for (let c = i - 1; c >= 0 && c >= i - 4; c--) {
    if (countryEnd[c] !== i) continue;
    const k = T.text[c - 1] === 'the' ? c - 2 : c - 1;
    return k >= 0 && T.text[k] === 'of';
  }
  return false;
}

/** Two to five capitals and nothing else ("RWP", "DSC"). */
function isPostNominal(t: string): boolean {
  return t.length >= 2 && t.length <= 5 && /^[A-Z]+$/.test(t);
}

/** The current paragraph's country phrases (end token by start token), so that "Costa Rica" is no name. */
let countryStarts: Int32Array | null = null;

/** A capitalized word that may be part of a person's name. */
function isName(T: TokenStream, i: number): boolean {
  const k = T.kind[i];
  if ((k & CAP_WORD) !== CAP_WORD || k & DIGIT) return false;
  // "Hosts", "Receives" in a title-case headline are the meeting, not a name.
  if (T.baseFlags[i] & (W.RESERVED | W.ORG_HEAD) || T.textFlags[i] & W.TRIGGER) return false;
  if (countryStarts !== null && countryStarts[i] > i + 1) return false;
  return T.base[i].length >= 2 || T.text[i].endsWith('.');
}

/** End (exclusive) of a personal name starting at token i. */
function nameEnd(lex: Lexicon, T: TokenStream, i: number): number {
  const { text, kind, n } = T;
  let j = i;
  while (j < n && j - i < 6) {
    // "Lasantha Rodrigo RWP RSP USP": capitals after a full name are post-nominals (unless the name is in capitals).
    if (j >= i + 2 && isPostNominal(text[j]) && !lex.nameSuffixes.has(text[j]) && !isPostNominal(text[i]) && !isPostNominal(text[i + 1])) break;
    if (isName(T, j)) {
      j++;
      if (T.baseEnd[j - 1] !== T.end[j - 1]) break; // possessive ends the name
      continue;
    }
    if (j > i && lex.nameSuffixes.has(text[j])) { j++; break; }
    // "Roy Vincent Trinidad", "Derek France": a one-word country closing a full name, before lower case.
    if (j >= i + 2 && T.baseFlags[j] & W.COUNTRY && T.kind[j] & CAP && T.baseEnd[j] === T.end[j] && !(T.kind[j + 1] & CAP) &&
        T.text[j + 1] !== "'" && (countryStarts === null || countryStarts[j] === j + 1)) { j++; break; }
    // "CQ Brown, Jr.".
    if (j > i + 1 && text[j] === ',' && lex.nameSuffixes.has(text[j + 1])) { j += 2; break; }
    // "Tran Van An": a given name that is also an article, only inside a name.
    if (j > i && text[j] === 'An' && !(kind[j + 1] & CAP)) { j++; break; }
    if (j > i && lex.nameParticles.has(text[j]) && j + 1 < n && isName(T, j + 1)) { j++; continue; }
    break;
  }
  // Never end on a lone initial.
  while (j > i + 1 && /^\p{Lu}\.$/u.test(text[j - 1])) j--;
  return j;
}

interface Introduction {
  entities: LocalEntity[];
  name: { start: number; end: number } | null;
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  next: number;
}

/**
 * [POSITION [of ORG]] [RANK] [HONORIFIC] Name — the way news introduces officials. Parses from token i
 * and returns the entities found and the name's token range.
 */
function introduction(
  lex: Lexicon, T: TokenStream, i: number, titleEnd: Int32Array, rankEnd: Int32Array, orgEndAt: Int32Array,
  countryEnd: Int32Array, key: (j: number) => string | undefined, entities: LocalEntity[],
): Introduction {
  const { text: tx, start: st, end: en, baseEnd: be, kind: kd, n } = T;
  const res: Introduction = { entities: [], name: null, rank: null, position: null, organization: null, country: null, next: i + 1 };
  const text = (a: number, b: number) => joinTokens(T, a, b);
  // Country adjective right before ("Chinese Defense Attaché").
  const c = i - 1;
  if (c >= 0 && kd[c] & CAP && countryEnd[c] === i) res.country = text(c, i);
  else if (c >= 1 && countryEnd[c - 1] === i) res.country = text(c - 1, i);
  let j = i;
  // Several positions may be stacked ("Member of the Politburo, Defense Minister"): take them in turn.
  for (let guard = 0; guard < 4 && j < n && titleEnd[j]; guard++) {
    const start = j;
    j = titleEnd[j];
    // "Chief of the General Staff of the Vietnam People's Army": a body that starts inside the office and
    // goes on past it completes the office.
    for (let m = start + 1; m < j; m++) {
      if (orgEndAt[m] > j) {
        res.organization = text(m, orgEndAt[m]);
        j = orgEndAt[m];
        break;
      }
    }
    // "of [the] ORG", "of [the] Portfolio", "for Defence of Australia" complete the office.
    let end = j;
    while (tx[j] === 'of' || tx[j] === 'for') {
      let k = j + 1;
      if (tx[k] === 'the') k++;
      if (orgEndAt[k]) {
        splitTrailingName(T, k, orgEndAt, entities);
        res.organization = text(k, orgEndAt[k]);
        j = end = orgEndAt[k];
        continue;
      }
      // "... of Vietnam", "... of the Russian Federation": the country is the official's, not part of the office.
      // "vice chairman of China's Central Military Commission": the country's body.
      if (countryEnd[k] && T.baseEnd[countryEnd[k] - 1] !== T.end[countryEnd[k] - 1] && orgEndAt[countryEnd[k]]) {
        res.country ??= text(k, countryEnd[k]);
        res.organization = text(countryEnd[k], orgEndAt[countryEnd[k]]);
        j = end = orgEndAt[countryEnd[k]];
        continue;
      }
      const nation = countryAt(T, k, countryEnd);
      if (nation) {
        res.country ??= text(nation.country, countryEnd[nation.country]);
        j = nation.end;
        break;
      }
      let m = k;
      for (;;) {
        while (m < n && kd[m] & CAP && !rankEnd[m] && !titleEnd[m] && !(T.textFlags[m] & W.HONORIFIC) && (T.baseFlags[m] & W.RESERVED || countryEnd[m])) {
          if (countryEnd[m]) res.country ??= text(m, countryEnd[m]);
          m = countryEnd[m] || m + 1;
        }
        // "Minister for Defence Industry and Capability Delivery": a portfolio of several domains.
        if (m > k && tx[m] === 'and' && kd[m + 1] & CAP && T.baseFlags[m + 1] & W.RESERVED && !rankEnd[m + 1] && !titleEnd[m + 1] &&
            !countryEnd[m + 1]) {
          m++;
          continue;
        }
        break;
      }
      if (m === k) break;
      j = end = m;
    }
    res.entities.push({ type: 'position', start: st[start], end: be[end - 1] });
    res.position = text(start, end);
    // "Defense Attaché Office": the title was the start of an organization already recognized.
    if (orgEndAt[start]) return { ...res, name: null, next: orgEndAt[start] };
    // Skip "to Vietnam" / "of Vietnam" after an office, and a country adjective before a rank.
    if (tx[j] === 'to' || tx[j] === 'in') {
      const k = tx[j + 1] === 'the' ? j + 2 : j + 1;
      if (countryEnd[k]) {
        res.country ??= text(k, countryEnd[k]);
        j = countryEnd[k];
      }
    }
    // "Deputy Prime Minister and Defense Minister Tea Seiha": stacked offices.
    if ((tx[j] === ',' || tx[j] === 'and') && j + 1 < n && titleEnd[j + 1]) j++;
  }
  // "Minister for Defence, the Hon Richard Marles": an honorific after a comma still introduces the holder.
  // "the Chief of Air Force, Air Marshal Stephen Chappell", "the Secretary of the Department of Defence, Greg
  // Moriarty AO,": after a comma, a rank or a full name closed by punctuation is the holder.
  if (res.position && tx[j] === ',') {
    const k = tx[j + 1] === 'the' ? j + 2 : j + 1;
    if (T.textFlags[k] & W.HONORIFIC && lex.honorifics.longest(k, key)) j = k;
    else if (rankEnd[k]) j = k;
    else if (isName(T, k)) {
      const e = nameEnd(lex, T, k);
      const closer = tx[e];
      if (e - k >= 2 && (closer === ',' || closer === '.' || closer === ';' || closer === ')' || closer === 'and' || T.textFlags[e] & W.POST_NOMINAL || e >= n)) j = k;
    }
  }
  // "Defense Minister Gen Nakatani": "Gen" without its dot after a civilian office, before one word, is a name.
  const givenGen = res.position !== null && rankEnd[j] === j + 1 && tx[j] === 'Gen' && isName(T, j + 1) && !isName(T, j + 2) && !(kd[j + 2] & CAP);
  if (j < n && rankEnd[j] && !givenGen) {
    res.entities.push({ type: 'rank', start: st[j], end: en[rankEnd[j] - 1] });
    res.rank = text(j, rankEnd[j]);
    j = rankEnd[j];
    // "Lieutenant General (Ret.) Sjafrie Sjamsoeddin".
    if (tx[j] === '(' && RETIRED.has(tx[j + 1].toLowerCase())) {
      let k = j + 2;
      if (tx[k] === '.') k++;
      if (tx[k] === ')') j = k + 1;
    }
  }
  // Honorifics may be stacked ("Tan Sri Dato' Sri").
  let hon: { end: number } | null = null;
  for (let h = T.textFlags[j] & W.HONORIFIC ? lex.honorifics.longest(j, key) : null; h; h = T.textFlags[j] & W.HONORIFIC ? lex.honorifics.longest(j, key) : null) {
    hon = h;
    j = h.end;
  }
  const end = givenGen ? j + 2 : j < n && isName(T, j) ? nameEnd(lex, T, j) : j;
  if (end > j && (res.rank || res.position || hon)) {
    res.name = { start: j, end };
    res.next = end;
    // "Minister Ri Yong Gil of the Democratic People's Republic of Korea".
    if (tx[end] === 'of') {
      const nation = countryAt(T, tx[end + 1] === 'the' ? end + 2 : end + 1, countryEnd);
      if (nation) res.country ??= text(nation.country, countryEnd[nation.country]);
    }
    // "Hoang Xuan Chien, Deputy Minister of National Defense, received ...": an apposition completes the portrait.
    if (tx[end] === ',' && !res.position) {
      let k = end + 1;
      if (tx[k] === 'the') k++;
      const adjective = countryEnd[k] ? text(k, countryEnd[k]) : null;
      if (countryEnd[k]) k = countryEnd[k];
      if (titleEnd[k]) {
        const more = introduction(lex, T, k, titleEnd, rankEnd, orgEndAt, countryEnd, key, entities);
        for (const e of more.entities) res.entities.push(e);
        res.position = more.position;
        res.organization ??= more.organization;
        res.country ??= adjective ?? more.country;
        if (!more.name) res.next = Math.max(end, more.next);
      }
    }
  } else {
    res.next = Math.max(j, i + 1);
  }
  return res;
}

/**
 * "Secretary of the Department of Defence Greg Moriarty": when an office's organization ends in a person's name
 * (two or more name words after a word that is not one) and no name follows, the name is the holder's.
 */
function splitTrailingName(T: TokenStream, k: number, orgEndAt: Int32Array, entities: LocalEntity[]): void {
  const end = orgEndAt[k];
  if (isName(T, end)) return;
  let x = end;
  while (x - 1 > k && isName(T, x - 1)) x--;
  if (end - x < 2 || x <= k + 1 || isName(T, x - 1) || !(T.kind[x - 1] & CAP)) return;
  orgEndAt[k] = x;
  for (let e = entities.length - 1; e >= 0; e--) {
    if (entities[e].type === 'organization' && entities[e].start === T.start[k]) {
      entities[e].end = T.baseEnd[x - 1];
      break;
    }
  }
}

function nameMention(
  T: TokenStream, start: number, end: number,
  ctx: { rank: string | null; position: string | null; organization: string | null; country: string | null }, anchored: boolean,
): NameMention {
  const parts: string[] = [];
  for (let k = start; k < end; k++) parts.push(T.base[k]);
  return {
    start: T.start[start],
    end: T.baseEnd[end - 1],
    name: parts.join(' '),
    tokens: parts,
    rank: ctx.rank,
    position: ctx.position,
    organization: ctx.organization,
    country: ctx.country,
    anchored,
  };
}

/**
 * Capitalized chain from token i (connectors of/for/the inside), split into segments at of/for.
 * Leading segments without a head word are titles ("Chief of the ..."): dropped. Returns null when no head.
 */
function orgChain(
  lex: Lexicon, T: TokenStream, i: number, rankEnd: Int32Array, titleEnd: Int32Array, isHead: Uint8Array, countryEnd: Int32Array,
): { start: number; end: number } | null {
  const { text: tx, kind: kd, textFlags: tf, n } = T;
  // Sentence-initial function words ("The", "At") never start a name.
  if (tf[i] & W.FUNCTION && tf[i] & W.RESERVED && !isHead[i] && !countryEnd[i] && !(tf[i] & (W.MODIFIER | W.TITLE))) return null;
  let j = i;
  let lastCap = -1;
  let segStart = i;
  let firstHeadSeg = -1;
  let sawHead = false;
  let lastHeadTok = -1;
  let segHead = false;
  let segFor = -1;
  let mission = false;
  // Head words inside an office that starts the chain are the office's ("Chief of Defence Force of the ..."),
  // unless the office names a body with an article ("Chief of the General Staff").
  let officeEnd = titleEnd[i];
  for (let k = i; k < officeEnd; k++) if (tx[k] === 'the') officeEnd = 0;
  while (j < n) {
    const t = tx[j];
    if ((kd[j] & CAP_WORD) === CAP_WORD) {
      if (j > i && rankEnd[j]) break;
      // A title after the body's name starts a new phrase ("Commission Vice Chairman X").
      if (j > i && sawHead && titleEnd[j] && !isHead[titleEnd[j]] && !isHead[j]) break;
      if (j > i && !sawHead && tf[j] & W.FUNCTION) break;
      // "Royal Australian Air Force C-17A": a model number is not part of the name.
      if (j > i && kd[j] & DIGIT) break;
      // "... of the People's Republic of China Mr Deng Xijun".
      if (j > i && tf[j] & W.HONORIFIC && lex.honorifics.longest(j, (k) => (k < n ? tx[k] : undefined))) break;
      // "Republic of Korea Navy": a country's name with "of" inside does not split the chain.
      if (countryEnd[j] > j + 2 && !isHead[j]) {
        lastCap = countryEnd[j] - 1;
        j = countryEnd[j];
        continue;
      }
      if (isHead[j] && j >= officeEnd) {
        segHead = true;
        if (LOCATIVE_HEADS.has(T.base[j])) mission = true;
        sawHead = true;
        lastHeadTok = j;
        if (firstHeadSeg < 0) firstHeadSeg = segStart;
      }
      lastCap = j;
      j++;
      if (T.baseEnd[j - 1] !== T.end[j - 1] && !(kd[j] & CAP)) break; // "Newspaper's reporter"
      continue;
    }
    if (ORG_CONNECTORS.has(t) && lastCap === j - 1 || (t === 'the' && j > 0 && SEGMENT_SPLIT.has(tx[j - 1]))) {
      if (SEGMENT_SPLIT.has(t)) {
        segStart = j + 1;
        segHead = false;
        segFor = t === 'for' ? j : -1;
      }
      j++;
      continue;
    }
    // "Department of Logistics and Technology": domains joined by "and" after of/for, no body on either side.
    if (t === 'and' && !segHead && lastCap === j - 1 && !countryEnd[segStart] && (kd[j + 1] & CAP_WORD) === CAP_WORD && !isHead[j + 1] &&
        !rankEnd[j + 1] && !titleEnd[j + 1] && !(tf[j + 1] & (W.FUNCTION | W.HONORIFIC)) && !countryEnd[j + 1]) {
      j++;
      continue;
    }
    // "Embassy in Vietnam", "Embassy of Japan in Manila": a locative complement of a mission abroad.
    if ((t === 'in' || t === 'to') && lastCap === j - 1 && mission) {
      const place = countryEnd[j + 1] || (T.baseFlags[j + 1] & W.CAPITAL ? lex.capitals.longest(j + 1, (k) => (k < n ? T.base[k] : undefined))?.end ?? 0 : 0);
      if (place) {
        lastCap = place - 1;
        j = place;
      }
      break;
    }
    break;
  }
  if (!sawHead || lastCap < 0) return null;
  // "Government of India for the Dornier": a last "for" part of words no lexicon knows is what the body does.
  if (segFor > 0 && lastHeadTok < segStart) {
    let unknown = true;
    for (let k = segStart; k <= lastCap && unknown; k++) {
      if (kd[k] & CAP && (T.baseFlags[k] & (W.RESERVED | W.ORG_HEAD | W.COUNTRY | W.ACRONYM) || countryEnd[k])) unknown = false;
    }
    if (unknown) {
      lastCap = segFor - 1;
      while (lastCap > i && !(kd[lastCap] & CAP)) lastCap--;
    }
  }
  let start = firstHeadSeg;
  while (start < n && !(kd[start] & CAP)) start++;
  // "Japan’s Joint Staff": a country's possessive before the name is not part of it.
  while (start < lastCap && T.baseEnd[start] !== T.end[start] && countryEnd[start] === start + 1) start++;
  let end = lastCap + 1;
  // "... of the Russian Federation Andrei Belousov": capitals after the last head of the last part are a name.
  if (lastHeadTok >= segStart && lastHeadTok < lastCap) {
    let names = true;
    for (let k = lastHeadTok + 1; k <= lastCap && names; k++) names = isName(T, k);
    if (names) end = lastHeadTok + 1;
  }
  if (end <= start) return null;
  // "Russian Federation", "United Arab Emirates": a country, though its last word heads bodies.
  if (countryEnd[start] === end) return null;
  const single = end - start === 1;
  if (single && !(T.baseFlags[start] & W.ORG_SINGLE)) return null;
  if (lastHeadTok < start) return null;
  if (end - start <= 4 && lex.notOrganizations.has(joinTokens(T, start, end))) return null;
  return { start, end };
}

function joinTokens(T: TokenStream, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const part = k === b - 1 ? T.base[k] : T.text[k];
    if (k > a) s += T.end[k - 1] === T.start[k] ? '' : ' ';
    s += part;
  }
  return s;
}

/** "November 6", "November 6, 2022", "November, 2022", "December 2021"; also "6 November 2022" is caught by the day before. */
function dateAt(T: TokenStream, i: number, month: number): { start: number; end: number; iso: string | null } | null {
  const tx = T.text;
  let j = i + 1;
  let day: number | null = null;
  let year: number | null = null;
  const isDay = (k: number) => k >= 0 && k < T.n && /^\d{1,2}$/.test(tx[k]) && +tx[k] >= 1 && +tx[k] <= 31;
  const isYear = (k: number) => k < T.n && /^(1[89]|20)\d\d$/.test(tx[k]);
  if (isDay(j)) { day = +tx[j]; j++; }
  if (tx[j] === ',' && isYear(j + 1)) j++;
  if (isYear(j)) { year = +tx[j]; j++; }
  // "7 February 2024", "07 February": the day before the month.
  let start = i;
  if (day === null && isDay(i - 1)) {
    day = +tx[i - 1];
    start = i - 1;
  }
  if (year === null && day === null && tx[i] === 'May') return null; // the verb
  const pad = (x: number) => String(x).padStart(2, '0');
  const iso = year === null ? null : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { start, end: j, iso };
}

/**
 * "2022-11-22", "14.03.2023", "15/1/2024": numeric dates, day first as outside the United States (a first
 * number above 12 settles it either way).
 */
function numericDate(T: TokenStream, i: number): { end: number; iso: string } | null {
  const pad = (x: number) => String(x).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const t = T.text[i];
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m && valid(+m[1], +m[2], +m[3])) return { end: i + 1, iso: `${m[1]}-${m[2]}-${m[3]}` };
  let parts: string[] | null = null;
  let end = i + 1;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) parts = [m[1], m[2], m[3]];
  else if (/^\d{1,2}$/.test(t) && T.text[i + 1] === '/' && /^\d{1,2}$/.test(T.text[i + 2]) && T.text[i + 3] === '/' && /^\d{4}$/.test(T.text[i + 4]) &&
    T.start[i + 1] === T.end[i] && T.start[i + 4] === T.end[i + 3]) {
    parts = [t, T.text[i + 2], T.text[i + 4]];
    end = i + 5;
  }
  if (!parts) return null;
  let [d, mo] = [+parts[0], +parts[1]];
  const y = +parts[2];
  if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  return valid(y, mo, d) ? { end, iso: `${y}-${pad(mo)}-${pad(d)}` } : null;
}

interface Scratch {
  rankEnd: Int32Array;
  titleEnd: Int32Array;
  countryEnd: Int32Array;
  orgEndAt: Int32Array;
  isHead: Uint8Array;
  nameTaken: Uint8Array;
  headAhead: Uint8Array;
}

let pool: Scratch | undefined;
let poolSize = 0;

/** Zeroed per-token arrays; allocated once and grown, since paragraphs are analyzed one at a time. */
function scratch(n: number): Scratch {
  n += 2; // lookups may peek one or two past the last token
  if (!pool || poolSize < n) {
    poolSize = Math.max(n, poolSize * 2, 1024);
    pool = {
      rankEnd: new Int32Array(poolSize), titleEnd: new Int32Array(poolSize), countryEnd: new Int32Array(poolSize),
      orgEndAt: new Int32Array(poolSize), isHead: new Uint8Array(poolSize), nameTaken: new Uint8Array(poolSize),
      headAhead: new Uint8Array(poolSize),
    };
  } else {
    pool.rankEnd.fill(0, 0, n); pool.titleEnd.fill(0, 0, n); pool.countryEnd.fill(0, 0, n);
    pool.orgEndAt.fill(0, 0, n); pool.isHead.fill(0, 0, n); pool.nameTaken.fill(0, 0, n); pool.headAhead.fill(0, 0, n);
  }
  return pool;
}
