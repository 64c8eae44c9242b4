// Paragraph-local recognition: ranks, positions, organizations, names, countries, places, dates and
// meeting words, by structure ("POSITION of ORG RANK Name", head-word organization names, appositions).
// Everything here depends only on the paragraph's own text, so results can be cached per paragraph.
import { lexicon, type CountryInfo, type Lexicon } from './lexicon';
import { tokenize, type Token } from './tokenize';
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

export interface LocalResult {
  entities: LocalEntity[];
  names: NameMention[];
  triggers: TriggerHit[];
  /** Sentence boundaries [start, end) in paragraph offsets. */
  sentences: { start: number; end: number }[];
  /** Capitalized word tokens (start, baseEnd, base) for the document-wide name pass. */
  capWords: { start: number; end: number; text: string }[];
  dates: { start: number; end: number; text: string; iso: string | null }[];
  /** Countries and capitals with the country they stand for. */
  places: { start: number; end: number; text: string; country: string; capital: boolean }[];
}

const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'da', 'del', 'der', 'al', 'el', 'ibn', 'di', 'du', 'la', 'le', 'dos']);
const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV']);
const BYLINE_VERBS = new Set(['Translated', 'translated', 'Reported', 'reported', 'Written', 'written', 'Edited', 'edited', 'Compiled', 'compiled']);
const ORG_CONNECTORS = new Set(['of', 'for', 'the', 'de', '&']);
const SEGMENT_SPLIT = new Set(['of', 'for']);
const LOCATIVE_HEADS = new Set(['Embassy', 'Consulate', 'Office', 'Mission', 'Delegation', 'Representation']);

export function recognizeParagraph(text: string): LocalResult {
  const lex = lexicon();
  const toks = tokenize(text, 0, text.length, lex.lowerWords);
  const n = toks.length;
  const out: LocalResult = { entities: [], names: [], triggers: [], sentences: [], capWords: [], dates: [], places: [] };
  const textKey = (j: number) => (j < n ? toks[j].text : undefined);
  const baseKey = (j: number) => (j < n ? toks[j].base : undefined);
  const lowerKey = (j: number) => (j < n ? toks[j].text.toLowerCase() : undefined);

  // Per-token roles from the lexicons; indices are token positions. Scratch arrays are reused across calls.
  const { rankEnd, titleEnd, countryEnd, orgEndAt, isHead, nameTaken } = scratch(n);
  const countryAt: (CountryInfo | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.cap) continue;
    if (lex.orgHeads.has(t.base)) isHead[i] = 1;
    const c = lex.countries.longest(i, baseKey);
    if (c) { countryAt[i] = c.value; countryEnd[i] = c.end; }
    const title = titleMatch(lex, toks, i, textKey);
    const rank = lex.ranks.longest(i, textKey);
    if (title && (!rank || title >= rank.end)) titleEnd[i] = title;
    else if (rank && validRank(lex, toks, i, rank.end, rank.value)) rankEnd[i] = rank.end;
  }

  // Organizations: maximal capitalized chains holding a head word.
  for (let i = 0; i < n; i++) {
    if (!toks[i].cap || rankEnd[i] || orgEndAt[i]) continue;
    const acr = lex.acronyms.longest(i, baseKey);
    if (acr) {
      orgEndAt[i] = acr.end;
      out.entities.push({ type: 'organization', start: toks[i].start, end: toks[acr.end - 1].baseEnd });
      i = acr.end - 1;
      continue;
    }
    const chain = orgChain(lex, toks, i, rankEnd, titleEnd, isHead, countryEnd);
    if (chain) {
      orgEndAt[chain.start] = chain.end;
      out.entities.push({ type: 'organization', start: toks[chain.start].start, end: toks[chain.end - 1].baseEnd });
      i = chain.end - 1;
    }
  }

  // Positions, ranks and the names they introduce.
  for (let i = 0; i < n; i++) {
    if (!toks[i].cap) continue;
    if (titleEnd[i] || rankEnd[i] || lex.honorifics.longest(i, textKey)) {
      const intro = introduction(lex, toks, i, titleEnd, rankEnd, orgEndAt, countryEnd, textKey);
      for (const e of intro.entities) out.entities.push(e);
      if (intro.name) {
        const { start, end } = intro.name;
        for (let k = start; k < end; k++) nameTaken[k] = 1;
        out.names.push(nameMention(toks, start, end, intro, true));
      }
      i = Math.max(i, intro.next - 1);
    }
  }

  // Bylines ("Translated by Tran Hoai") and appositions ("Lloyd Austin, the U.S. Secretary of Defense").
  for (let i = 0; i < n; i++) {
    if (nameTaken[i] || !isNameToken(lex, toks[i])) continue;
    const end = nameEnd(lex, toks, i);
    if (end - i < 2 || end - i > 4) { i = end - 1; continue; }
    const prev = toks[i - 1];
    const byline = prev && prev.text === 'by' && toks[i - 2] !== undefined && BYLINE_VERBS.has(toks[i - 2].text);
    let apposition = false;
    if (!byline && toks[end]?.text === ',') {
      let k = end + 1;
      if (toks[k]?.text === 'the') k++;
      if (countryEnd[k]) k = countryEnd[k];
      apposition = titleEnd[k] > 0 || rankEnd[k] > 0;
    }
    const honorific = prev !== undefined && lex.honorifics.longest(i - 1, textKey)?.end === i;
    if (byline || apposition || honorific) {
      for (let k = i; k < end; k++) nameTaken[k] = 1;
      out.names.push(nameMention(toks, i, end, { rank: null, position: null, organization: null, country: null }, true));
    }
    i = end - 1;
  }

  // Countries, capitals, dates, meeting words, sentences, capitalized words.
  let sentenceStart = n > 0 ? toks[0].start : 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.word) {
      if ((t.text === '.' || t.text === '!' || t.text === '?') && i + 1 < n) {
        out.sentences.push({ start: sentenceStart, end: t.end });
        sentenceStart = toks[i + 1].start;
      }
      continue;
    }
    if (t.cap) {
      out.capWords.push({ start: t.start, end: t.baseEnd, text: t.base });
      const c = countryAt[i];
      if (c) {
        const end = toks[countryEnd[i] - 1].baseEnd;
        out.entities.push({ type: 'country', start: t.start, end });
        out.places.push({ start: t.start, end, text: text.slice(t.start, end), country: c.name, capital: false });
        i = countryEnd[i] - 1;
        continue;
      }
      const cap = lex.capitals.longest(i, baseKey);
      if (cap) {
        const end = toks[cap.end - 1].baseEnd;
        out.entities.push({ type: 'place', start: t.start, end });
        out.places.push({ start: t.start, end, text: text.slice(t.start, end), country: cap.value.name, capital: true });
        i = cap.end - 1;
        continue;
      }
      const bare = t.text.endsWith('.') ? t.text.slice(0, -1) : t.text;
      // "Jun" in "Dong Jun" is a name: abbreviated months count only with their dot or a day after them.
      const month = bare.length > 4 || t.text.endsWith('.') || /^\d/.test(toks[i + 1]?.text ?? '') ? MONTHS.get(bare) : undefined;
      const d = month ? dateAt(toks, i, month) : null;
      if (d) {
        out.entities.push({ type: 'date', start: t.start, end: toks[d.end - 1].end });
        out.dates.push({ start: t.start, end: toks[d.end - 1].end, text: text.slice(t.start, toks[d.end - 1].end), iso: d.iso });
        i = d.end - 1;
        continue;
      }
    }
    if (t.text.length === 4 && /^(19|20)\d\d$/.test(t.text) && (toks[i - 1]?.text === 'in' || toks[i - 1]?.text === 'In')) {
      out.entities.push({ type: 'date', start: t.start, end: t.end });
      out.dates.push({ start: t.start, end: t.end, text: t.text, iso: t.text });
      continue;
    }
    const first = t.cap ? t.text.toLowerCase() : t.text;
    const trig = lex.triggers.root.next.has(first) ? lex.triggers.longest(i, lowerKey) : null;
    if (trig) {
      const phrase = text.slice(t.start, toks[trig.end - 1].end);
      out.triggers.push({ start: t.start, end: toks[trig.end - 1].end, kind: trig.value, phrase: phrase.toLowerCase() });
      i = trig.end - 1;
    }
  }
  if (n > 0) out.sentences.push({ start: sentenceStart, end: toks[n - 1].end });
  return out;
}

/** MODIFIER* HEAD, e.g. "Deputy Defense Minister"; returns the end token or 0. */
function titleMatch(lex: Lexicon, toks: Token[], i: number, key: (j: number) => string | undefined): number {
  const direct = lex.titles.longest(i, key);
  let best = direct ? direct.end : 0;
  let k = i;
  while (k < toks.length && toks[k].cap && lex.titleModifiers.has(toks[k].text) && k - i < 4) {
    k++;
    const m = lex.titles.longest(k, key);
    if (m && m.end > best) best = m.end;
  }
  return best;
}

function validRank(lex: Lexicon, toks: Token[], i: number, end: number, rank: string): boolean {
  const next = toks[end];
  const before = toks[i - 1];
  // "... People's Army General Luong Cuong": the army closes an organization name, the rank starts after it.
  if (lex.orgHeads.has(toks[i].base) && before && before.cap) return false;
  // "General Department", "General Secretary", "General Staff": an office or body, not a rank.
  if (next && next.cap && (lex.orgHeads.has(next.base) || lex.titles.root.next.has(next.text))) return false;
  // "Attorney General", "Consul General", "Inspector General".
  if (before && before.cap && lex.titles.root.next.has(before.text) && end - i === 1) return false;
  if (lex.ambiguousRanks.has(rank)) return next !== undefined && isNameToken(lex, next);
  return true;
}

export function isNameToken(lex: Lexicon, t: Token): boolean {
  if (!t.cap || !t.word) return false;
  if (lex.reserved.has(t.base) || lex.orgHeads.has(t.base)) return false;
  if (t.base.length < 2 && !t.text.endsWith('.')) return false;
  return !/\d/.test(t.text);
}

/** End (exclusive) of a personal name starting at token i. */
function nameEnd(lex: Lexicon, toks: Token[], i: number): number {
  let j = i;
  while (j < toks.length && j - i < 6) {
    const t = toks[j];
    if (isNameToken(lex, t)) {
      j++;
      if (t.base !== t.text) break; // possessive ends the name
      continue;
    }
    if (j > i && NAME_SUFFIXES.has(t.text)) { j++; break; }
    // "Tran Van An": a given name that is also an article, only inside a name.
    if (j > i && t.text === 'An' && !(toks[j + 1]?.cap)) { j++; break; }
    if (j > i && NAME_PARTICLES.has(t.text) && toks[j + 1] && isNameToken(lex, toks[j + 1])) { j++; continue; }
    break;
  }
  // Never end on a lone initial.
  while (j > i + 1 && /^\p{Lu}\.$/u.test(toks[j - 1].text)) j--;
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
  lex: Lexicon, toks: Token[], i: number, titleEnd: Int32Array, rankEnd: Int32Array, orgEndAt: Int32Array,
  countryEnd: Int32Array, key: (j: number) => string | undefined,
): Introduction {
  const res: Introduction = { entities: [], name: null, rank: null, position: null, organization: null, country: null, next: i + 1 };
  const text = (a: number, b: number) => joinTokens(toks, a, b);
  // Country adjective right before ("Chinese Defense Attaché").
  let c = i - 1;
  if (c >= 0 && toks[c].cap && countryEnd[c] === i) res.country = text(c, i);
  else if (c >= 1 && countryEnd[c - 1] === i) res.country = text(c - 1, i);
  let j = i;
  // Several positions may be stacked ("Member of the Politburo, Defense Minister"): take them in turn.
  for (let guard = 0; guard < 4 && j < toks.length && titleEnd[j]; guard++) {
    const start = j;
    j = titleEnd[j];
    // "of [the] ORG", "of [the] Portfolio", "for Defence of Australia" complete the office.
    while (toks[j]?.text === 'of' || toks[j]?.text === 'for') {
      let k = j + 1;
      if (toks[k]?.text === 'the') k++;
      if (orgEndAt[k]) {
        res.organization = text(k, orgEndAt[k]);
        j = orgEndAt[k];
        continue;
      }
      let m = k;
      while (m < toks.length && toks[m].cap && !rankEnd[m] && !titleEnd[m] && (lex.reserved.has(toks[m].base) || countryEnd[m])) {
        if (countryEnd[m]) res.country ??= text(m, countryEnd[m]);
        m = countryEnd[m] || m + 1;
      }
      if (m === k) break;
      j = m;
    }
    res.entities.push({ type: 'position', start: toks[start].start, end: toks[j - 1].baseEnd });
    res.position = text(start, j);
    // "Defense Attaché Office": the title was the start of an organization already recognized.
    if (orgEndAt[start]) return { ...res, name: null, next: orgEndAt[start] };
    // Skip "to Vietnam" / "of Vietnam" after an office, and a country adjective before a rank.
    if (toks[j]?.text === 'to' || toks[j]?.text === 'in') {
      const k = toks[j + 1]?.text === 'the' ? j + 2 : j + 1;
      if (countryEnd[k]) {
        res.country ??= text(k, countryEnd[k]);
        j = countryEnd[k];
      }
    }
    // "Deputy Prime Minister and Defense Minister Tea Seiha": stacked offices.
    if ((toks[j]?.text === ',' || toks[j]?.text === 'and') && toks[j + 1] && titleEnd[j + 1]) j++;
  }
  if (j < toks.length && rankEnd[j]) {
    res.entities.push({ type: 'rank', start: toks[j].start, end: toks[rankEnd[j] - 1].end });
    res.rank = text(j, rankEnd[j]);
    j = rankEnd[j];
  }
  const hon = lex.honorifics.longest(j, key);
  if (hon) j = hon.end;
  const end = j < toks.length && isNameToken(lex, toks[j]) ? nameEnd(lex, toks, j) : j;
  if (end > j && (res.rank || res.position || hon)) {
    res.name = { start: j, end };
    res.next = end;
    // "Hoang Xuan Chien, Deputy Minister of National Defense, received ...": an apposition completes the portrait.
    if (toks[end]?.text === ',' && !res.position) {
      let k = end + 1;
      if (toks[k]?.text === 'the') k++;
      const adjective = countryEnd[k] ? text(k, countryEnd[k]) : null;
      if (countryEnd[k]) k = countryEnd[k];
      if (titleEnd[k]) {
        const more = introduction(lex, toks, k, titleEnd, rankEnd, orgEndAt, countryEnd, key);
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

function nameMention(
  toks: Token[], start: number, end: number,
  ctx: { rank: string | null; position: string | null; organization: string | null; country: string | null }, anchored: boolean,
): NameMention {
  const parts: string[] = [];
  for (let k = start; k < end; k++) parts.push(toks[k].base);
  return {
    start: toks[start].start,
    end: toks[end - 1].baseEnd,
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
  lex: Lexicon, toks: Token[], i: number, rankEnd: Int32Array, titleEnd: Int32Array, isHead: Uint8Array, countryEnd: Int32Array,
): { start: number; end: number } | null {
  const n = toks.length;
  if (lex.reserved.has(toks[i].text) && !isHead[i] && !countryEnd[i] && !lex.titleModifiers.has(toks[i].text) && !lex.titles.root.next.has(toks[i].text)) {
    // Sentence-initial function words ("The", "At") never start a name.
    if (FUNCTION_WORDS.has(toks[i].text)) return null;
  }
  let j = i;
  let lastCap = -1;
  let segStart = i;
  let firstHeadSeg = -1;
  let sawHead = false;
  let lastHeadTok = -1;
  while (j < n) {
    const t = toks[j];
    if (t.cap && t.word) {
      if (j > i && rankEnd[j]) break;
      // A title after the body's name starts a new phrase ("Commission Vice Chairman X").
      if (j > i && sawHead && titleEnd[j] && !isHead[titleEnd[j]] && !isHead[j]) break;
      if (j > i && !sawHead && FUNCTION_WORDS.has(t.text)) break;
      if (isHead[j]) {
        sawHead = true;
        lastHeadTok = j;
        if (firstHeadSeg < 0) firstHeadSeg = segStart;
      }
      lastCap = j;
      j++;
      if (t.base !== t.text && !(toks[j]?.cap)) break; // "Newspaper's reporter"
      continue;
    }
    if (ORG_CONNECTORS.has(t.text) && lastCap === j - 1 || (t.text === 'the' && toks[j - 1]?.text && SEGMENT_SPLIT.has(toks[j - 1].text))) {
      if (SEGMENT_SPLIT.has(t.text)) segStart = j + 1;
      j++;
      continue;
    }
    // "Embassy in Vietnam": a locative complement of a mission abroad.
    if ((t.text === 'in' || t.text === 'to') && lastCap === j - 1 && LOCATIVE_HEADS.has(toks[j - 1].base) && countryEnd[j + 1]) {
      lastCap = countryEnd[j + 1] - 1;
      j = countryEnd[j + 1];
      break;
    }
    break;
  }
  if (!sawHead || lastCap < 0) return null;
  let start = firstHeadSeg;
  while (start < n && !toks[start].cap) start++;
  let end = lastCap + 1;
  // "... of the Russian Federation Andrei Belousov": capitals after the last head of the last part are a name.
  if (lastHeadTok >= segStart && lastHeadTok < lastCap) {
    let names = true;
    for (let k = lastHeadTok + 1; k <= lastCap && names; k++) names = isNameToken(lex, toks[k]);
    if (names) end = lastHeadTok + 1;
  }
  if (end <= start) return null;
  const single = end - start === 1;
  if (single && !lex.orgSingleWord.has(toks[start].base)) return null;
  if (lastHeadTok < start) return null;
  return { start, end };
}

const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'At', 'In', 'On', 'During', 'After', 'Before', 'As', 'For', 'With', 'By', 'From',
  'To', 'Of', 'And', 'But', 'He', 'She', 'They', 'It', 'We', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its',
  'Our', 'Both', 'All', 'Also', 'While', 'When', 'Under', 'Over', 'Regarding', 'Talking', 'Expressing', 'Notably', 'Meanwhile',
  'However', 'Together', 'According', 'Translated', 'Photo', 'Mr', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Between', 'Through', 'Within', 'Since']);

function joinTokens(toks: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const t = toks[k];
    const part = k === b - 1 ? t.base : t.text;
    if (k > a) s += toks[k - 1].end === t.start ? '' : ' ';
    s += part;
  }
  return s;
}

const MONTHS = new Map<string, number>([
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7], ['August', 8],
  ['September', 9], ['October', 10], ['November', 11], ['December', 12], ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4],
  ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
]);

/** "November 6", "November 6, 2022", "November, 2022", "December 2021"; also "6 November 2022" is caught by the day before. */
function dateAt(toks: Token[], i: number, month: number): { end: number; iso: string | null } | null {
  let j = i + 1;
  let day: number | null = null;
  let year: number | null = null;
  const isDay = (t?: Token) => t !== undefined && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
  const isYear = (t?: Token) => t !== undefined && /^(1[89]|20)\d\d$/.test(t.text);
  if (isDay(toks[j])) { day = +toks[j].text; j++; }
  if (toks[j]?.text === ',' && isYear(toks[j + 1])) j++;
  if (isYear(toks[j])) { year = +toks[j].text; j++; }
  if (day === null && year === null && i > 0 && isDay(toks[i - 1])) day = +toks[i - 1].text;
  if (year === null && day === null && toks[i].text === 'May') return null; // the verb
  const pad = (x: number) => String(x).padStart(2, '0');
  const iso = year === null ? null : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { end: j, iso };
}

interface Scratch {
  rankEnd: Int32Array;
  titleEnd: Int32Array;
  countryEnd: Int32Array;
  orgEndAt: Int32Array;
  isHead: Uint8Array;
  nameTaken: Uint8Array;
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
    };
  } else {
    pool.rankEnd.fill(0, 0, n); pool.titleEnd.fill(0, 0, n); pool.countryEnd.fill(0, 0, n);
    pool.orgEndAt.fill(0, 0, n); pool.isHead.fill(0, 0, n); pool.nameTaken.fill(0, 0, n);
  }
  return pool;
}
