// Organization names: capitalized chains holding a head word, split at of/for, and short forms a text
// defines in parentheses.
import { W, type Lexicon } from '../lexicon';
import { CAP_WORD, FILIAL, isName, joinTokens, trailingNameStart } from './names';
import { BARE_SERVICES, RETIRED } from './offices';
import type { Definition, LocalEntity } from './localTypes';
import { CAP, DIGIT, type TokenStream } from '../tokenize';

const ORG_CONNECTORS = new Set(['of', 'for', 'the', 'de', '&']);
const SEGMENT_SPLIT = new Set(['of', 'for']);
/** What a mission may be sent "to" do, in its name. */
const MISSION_TASK = /^(?:Support|Promote|Monitor|Assist|Verify|Observe)$/;
/** What a body may be "for" with others ("for Friendship with Foreign Countries"). */
const TIES = /^(?:Friendship|Relations|Cooperation|Co-operation|Solidarity|Exchanges?)$/;
/** Bodies named for a brief after "on" ("Committee on Foreign Affairs"). */
const BRIEF_BODIES = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Panel', 'Caucus']);
/** Plural offices that name a body of their holders ("Joint Chiefs of Staff Committee"). */
const PEOPLE_BODIES = new Set(['Chiefs', 'Heads', 'Ministers', 'Commanders', 'Governors', 'Directors', 'Secretaries', 'Commissioners', 'Trustees', 'Judges']);
/** Bodies in the plural, that end a body's name rather than a person's ("Association of National Olympic Committees"). */
const PLURAL_BODIES = /^(?:Committees|Councils|Commissions|Associations|Unions|Federations|Organizations|Organisations|Societies|Institutions|Agencies|Authorities|Forces|Services|Companies|Corporations|Chambers|Parties|Courts|Assemblies|Boards|Bodies|Groups|Communities|Nations|States|Institutes|Centres|Centers|Banks|Funds)$/u;
const MINISTRY_HEADS = new Set(['Ministry', 'Department', 'Directorate']);
const LOCATIVE_HEADS = new Set(['Embassy', 'Consulate', 'Office', 'Mission', 'Delegation', 'Representation', 'Commission', 'High Commission']);

// (An initial joined to a name, "O.Enkhtsetseg", is a person's.)
const JOINED_INITIAL = /^\p{Lu}\.\p{Lu}\p{Ll}/u;

/** ("the UAE Emir Sheikh Khalifa Bin Zayed and Arab League Secretary General"): a style or a patronymic makes the words before "and" a person's name. */
const PATRONYMIC = /^(?:bin|Bin|bint|Bint|ibn|Ibn)$/;
function personBefore(T: TokenStream, from: number, to: number): boolean {
  if (T.textFlags[from] & W.HONORIFIC) return true;
  // ("Mr Jüri X and ACP Secretariat": or a name after one, whole.)
  for (let k = Math.max(0, from - 3); k < from; k++) {
    if (!(T.textFlags[k] & W.HONORIFIC)) continue;
    let m = k + 1;
    while (m < to && isName(T, m)) m++;
    if (m === to && to > k + 1) return true;
  }
  for (let k = Math.max(0, from - 2); k < to; k++) if (PATRONYMIC.test(T.text[k])) return true;
  return false;
}

/** Whether capitalized portfolio words from `k`, listed with commas, close with "and" and one more ("Information and Tourism"). */
function portfolioListCloses(T: TokenStream, k: number): boolean {
  const portfolio = (x: number) => x < T.n && (T.kind[x] & CAP) !== 0 && (T.textFlags[x] & W.PORTFOLIO) !== 0;
  for (let items = 0; items < 4 && portfolio(k); items++) {
    while (portfolio(k)) k++;
    if (T.text[k] === 'and') return portfolio(k + 1);
    if (T.text[k] !== ',') return false;
    k++;
  }
  return false;
}

/** Whether an office starting within the six tokens before `i` ends right at it. */
export function officeEndsAt(titleEnd: Int32Array, i: number): boolean {
  return titleClosingAt(titleEnd, i) >= 0;
}

/** Where a title closing right before token `i` opens; -1 if none does within six tokens. */
export function titleClosingAt(titleEnd: Int32Array, i: number): number {
  for (let k = Math.max(0, i - 6); k < i; k++) if (titleEnd[k] === i) return k;
  return -1;
}

/** The end of a name the lexicon knows whole with "and" inside ("US Army Europe and Africa"), starting at token j; else -1. */
function wholeName(lex: Lexicon, j: number, word: (k: number) => string | undefined): number {
  const e = lex.acronyms.longest(j, word)?.end ?? -1;
  for (let k = j + 1; k < e - 1; k++) if (word(k) === 'and') return e;
  return -1;
}

/**
 * Capitalized chain from token i (connectors of/for/the inside), split into segments at of/for.
 * Leading segments without a head word are titles ("Chief of the ..."): dropped. Returns null when no head.
 */
export function orgChain(
  lex: Lexicon, T: TokenStream, i: number, rankEnd: Int32Array, titleEnd: Int32Array, isHead: Uint8Array, countryEnd: Int32Array,
): { start: number; end: number } | null {
  const { text: tx, kind: kd, textFlags: tf, n } = T;
  // Sentence-initial function words ("The", "At") never start a name.
  if (tf[i] & W.FUNCTION && tf[i] & W.RESERVED && !isHead[i] && !countryEnd[i] && !(tf[i] & (W.MODIFIER | W.TITLE))) return null;
  // ("received on Tuesday U.S. Central Command Commander General X": nor does a day.)
  if (tf[i] & W.DAY && !isHead[i]) return null;
  // ("Additional Secretary Ministry of Foreign Affairs X": an office written right before its ministry is no part of it.)
  // (Nor, there, is its holder's name after the ministry's portfolio.)
  if (titleEnd[i] > i && titleEnd[i] < n && !isHead[i] && MINISTRY_HEADS.has(tx[titleEnd[i]]) && tx[titleEnd[i] + 1] === 'of') {
    const body = orgChain(lex, T, titleEnd[i], rankEnd, titleEnd, isHead, countryEnd);
    const x = body ? trailingNameStart(T, body.start, body.end) : -1;
    if (body && x > 0 && tf[x - 1] & W.PORTFOLIO) body.end = x;
    return body;
  }
  /** The lexicons' key for token k: its text as written. */
  const word = (k: number) => (k < n ? tx[k] : undefined);
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
  // ("the Head of the International Committee of the Red Cross Peter X": a body the lexicon knows by name ends before
  // a full name.)
  let knownEnd = -1;
  let officeEnd = titleEnd[i];
  for (let k = i; k < officeEnd; k++) if (tx[k] === 'the') officeEnd = 0;
  while (j < n) {
    const t = tx[j];
    // ("the United Nations Educational, Scientific and Cultural Organisation": the commas and "and" of a body the
    // lexicon knows by its whole name are the name's.)
    if (j < knownEnd && (kd[j] & CAP_WORD) !== CAP_WORD) {
      j++;
      continue;
    }
    if ((kd[j] & CAP_WORD) === CAP_WORD) {
      if (j > i && rankEnd[j]) {
        // "of the French Army General X": the service after a nationality closes the body; the rank is "General".
        if (BARE_SERVICES.has(tx[j]) && rankEnd[j] > j + 1 && rankEnd[j + 1] === rankEnd[j] && countryEnd[j - 1] === j) {
          sawHead = true;
          lastHeadTok = lastCap = j;
          if (firstHeadSeg < 0) firstHeadSeg = segStart;
        }
        break;
      }
      // ("Governor General Welcomed New Heads of Mission", "Defence Staff Signs Charter": a title-case headline's verb
      // is no body's word.)
      if ((tf[j] & W.TRIGGER && !isHead[j] && /(?:ed|es|ets|sts|lds|lls)$/.test(tx[j])) || (tf[j] & W.HEADLINE_VERB && !isHead[j])) {
        if (j === i) return null;
        break;
      }
      // A title after the body's name starts a new phrase ("Commission Vice Chairman X").
      // ("Joint Staff Spokesperson Navy Capt. X": nor a bare service that goes with the rank after it.)
      // ("Council of Ministers", "Council of Foreign Ministers": holders in the plural after "of" are the body's own.)
      if (j > i && sawHead && titleEnd[j] && (!isHead[titleEnd[j]] || (BARE_SERVICES.has(tx[titleEnd[j]]) && rankEnd[titleEnd[j] + 1])) && !isHead[j] &&
        // ("Council of Arab Interior Ministers": two capitalized words between.)
        !((tx[j - 1] === 'of' || (tx[j - 2] === 'of' && lastCap === j - 1) || (tx[j - 3] === 'of' && kd[j - 2] & CAP && lastCap === j - 1)) && PEOPLE_BODIES.has(tx[titleEnd[j] - 1]))) break;
      if (j > i && !sawHead && tf[j] & W.FUNCTION) break;
      // "Royal Australian Air Force C-17A": a model number is not part of the name.
      if (j > i && kd[j] & DIGIT) break;
      // ("Ministry of Foreign Affairs O.Enkhtsetseg": an initial joined to a name is a person's, as Mongolian names are written.)
      if (j > i && JOINED_INITIAL.test(t)) break;
      // "... of the People's Republic of China Mr Deng Xijun".
      if (j > i && tf[j] & W.HONORIFIC && lex.honorifics.longest(j, word)) break;
      // ("People's Committee of Hai Phong Hoang Minh X", "Committee on International Affairs of the Milli Majlis Samad
      // Y": a city or a body known by its one name after "of", then a full name, closes the body.)
      if (j > i && sawHead && (tx[j - 1] === 'of' || (tx[j - 1] === 'the' && tx[j - 2] === 'of'))) {
        const known = (tf[j] & W.ACRONYM ? lex.acronyms.longest(j, word)?.end : 0) ||
          (T.baseFlags[j] & W.CAPITAL ? lex.capitals.longest(j, (k) => (k < n ? T.base[k] : undefined))?.end : 0) || 0;
        if (known && isName(T, known) && isName(T, known + 1) && !isHead[known] && !isHead[known + 1] && !titleEnd[known]) {
          lastCap = known - 1;
          break;
        }
      }
      // ("Chairman Sri Lanka Bureau of Foreign Employment Kamal X": a full name after the body's domain closes it.)
      // ("Ministry of Foreign Affairs Lolwah bint Rashid X": a given name, then "bint" and the father's.)
      if (j > i && sawHead && tf[j - 1] & W.PORTFOLIO && isName(T, j) && (isName(T, j + 1) || (FILIAL.test(T.written(j + 1).trim()) && isName(T, j + 2))) && !isHead[j] && !isHead[j + 1] && !isHead[j + 2] &&
        !titleEnd[j] && !countryEnd[j] && !(tf[j] & W.PORTFOLIO) && !(tf[j + 1] & W.PORTFOLIO) && !PLURAL_BODIES.test(tx[j + 1])) break;
      // (So are those of a national body the lexicon knows by a name with "and" inside: "US Army Europe and Africa".)
      if (j > knownEnd) knownEnd = Math.max(lex.bodyNames.longest(j, word)?.end ?? -1, wholeName(lex, j, word));
      else if (j === knownEnd && isName(T, j) && isName(T, j + 1) && !isHead[j] && !titleEnd[j]) break;
      // "Republic of Korea Navy": a country's name with "of" inside does not split the chain.
      if (countryEnd[j] > j + 2 && !isHead[j]) {
        lastCap = countryEnd[j] - 1;
        j = countryEnd[j];
        // ("Adviser to the Consulate General of the People's Republic of China Guo Yu": a full name after closes the body.)
        if (sawHead && isName(T, j) && isName(T, j + 1) && !isHead[j] && !isHead[j + 1] && !titleEnd[j] && !countryEnd[j]) break;
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
      // "Newspaper's reporter"; "the Defence Ministry’s Military Liaison Officer": a body's possessive ends it,
      // unless a body of its own follows ("the China Defence Ministry’s Foreign Affairs Office").
      if (T.baseEnd[j - 1] !== T.end[j - 1] && (!(kd[j] & CAP) || (isHead[j - 1] && j - 1 >= officeEnd && !bodyFollows(T, j, isHead)))) break;
      continue;
    }
    // "African Union (AU) Commission", "ECOWAS (the Community) Commission": a short form inside the name, which
    // goes on with a head word.
    if (t === '(' && sawHead && lastCap === j - 1 && j + 3 < n && tx[j + 2] === ')' && kd[j + 1] & CAP && isHead[j + 3] && T.end[j + 2] + 1 === T.start[j + 3]) {
      j += 3;
      continue;
    }
    // ("the National Defence College – Uganda (NDC-U)": the country a body of a common name is told by, after a dash.)
    if ((t === '–' || t === '—') && sawHead && lastCap === j - 1 && countryEnd[j + 1] && /^[(),.;]$/.test(tx[countryEnd[j + 1]] ?? '')) {
      lastCap = countryEnd[j + 1] - 1;
      break;
    }
    // ("the Ministry of Culture, Information and Tourism of Laos": a ministry's portfolios listed with commas, the list
    // closed by "and".)
    // ("the State Committee for Family, Woman and Children Problems", "the Committee on Foreign Affairs, Defense and
    // Security": so are a committee's after "for" or "on".)
    if (t === ',' && sawHead && lastCap === j - 1 && tf[j - 1] & W.PORTFOLIO && (/^(?:Ministry|Department)$/.test(tx[lastHeadTok]) ||
        (/^(?:Committee|Commission|Council|Agency|Authority)$/.test(tx[lastHeadTok]) && (tx[lastHeadTok + 1] === 'for' || tx[lastHeadTok + 1] === 'on'))) && portfolioListCloses(T, j + 1)) {
      j++;
      continue;
    }
    // ("United Nations Office for West Africa and the Sahel (UNOWAS)": a last part after "and" that the short form
    // closing it spells with the rest.)
    if (t === 'and' && sawHead && lastCap === j - 1) {
      const open = shortFormAfter(T, j + 1);
      if (open > 0 && spelledBy(T, open, T.text[open + 1]) >= i) {
        lastCap = open - 1;
        break;
      }
    }
    if (t === 'and' && holderAfterOffice(T, segStart, j, titleEnd, rankEnd)) break;
    // ("the Committee on International Affairs": a committee's brief after "on".)
    // (Not a day: "the Iraqi National Olympic Committee on Sunday".)
    const brief = t === 'on' && lastCap === j - 1 && lastHeadTok === j - 1 && BRIEF_BODIES.has(tx[j - 1]) && (kd[j + 1] & CAP_WORD) === CAP_WORD && !(tf[j + 1] & (W.DAY | W.MONTH));
    if (ORG_CONNECTORS.has(t) && lastCap === j - 1 || brief || (t === 'the' && j > 0 && SEGMENT_SPLIT.has(tx[j - 1]))) {
      // (A committee's brief is a segment too: "Committee on Foreign Affairs, Defense and Security".)
      if (SEGMENT_SPLIT.has(t) || brief) {
        segStart = j + 1;
        segHead = false;
        segFor = t === 'for' ? j : -1;
      }
      j++;
      continue;
    }
    // ("Chinese People's Association for Friendship with Foreign Countries", "Committee for Cultural Relations with
    // Foreign Countries": ties "with" others, after "for", go on in the name.)
    if (t === 'with' && lastCap === j - 1 && segFor >= 0 && TIES.test(tx[j - 1]) && (kd[j + 1] & CAP_WORD) === CAP_WORD && !(tf[j + 1] & W.FUNCTION)) {
      j++;
      continue;
    }
    // "Department of Logistics and Technology": domains joined by "and" after of/for, no body on either side.
    // (Not a holder's name after an office: "Defense Secretary Voltaire Gazmin and Armed Forces chief-of-staff".)
    // ("Council for Foreign and Community Relations": a head word qualifying the domain that follows is no body.)
    const headAsDomain = () => j + 2 < n && (tf[j + 2] & W.PORTFOLIO) !== 0 && !isHead[j + 2] && !titleEnd[j + 2] && T.end[j + 1] + 1 === T.start[j + 2];
    if (t === 'and' && !segHead && lastCap === j - 1 && !countryEnd[segStart] && (kd[j + 1] & CAP_WORD) === CAP_WORD && (!isHead[j + 1] || headAsDomain()) &&
        !rankEnd[j + 1] && !titleEnd[j + 1] && !(tf[j + 1] & (W.FUNCTION | W.HONORIFIC)) && !countryEnd[j + 1] && !holderAfterOffice(T, segStart, j, titleEnd, rankEnd) &&
        !personBefore(T, segStart, j)) {
      j++;
      continue;
    }
    // ("United Nations Mission to Support the Hodeida Agreement": a mission named for what it is sent to do.)
    if (t === 'to' && lastCap === j - 1 && mission && MISSION_TASK.test(tx[j + 1] ?? '')) {
      j++;
      continue;
    }
    // "Embassy in Vietnam", "Embassy of Japan in Manila": a locative complement of a mission abroad.
    // ("SADC Mission in the Democratic Republic of Congo": a country named with its article.)
    if ((t === 'in' || t === 'to') && lastCap === j - 1 && mission) {
      const at = tx[j + 1] === 'the' && countryEnd[j + 2] ? j + 2 : j + 1;
      const place = countryEnd[at] || (T.baseFlags[at] & W.CAPITAL ? lex.capitals.longest(at, (k) => (k < n ? T.base[k] : undefined))?.end ?? 0 : 0);
      if (place) lastCap = place - 1;
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
  // "Chairman (of the) Joint Chiefs of Staff Committee": a body of people ("Chiefs", "Heads") before "of" names
  // the body with what follows.
  if (start > i + 1 && tx[start - 1] === 'of' && PEOPLE_BODIES.has(tx[start - 2])) {
    let k = start - 2;
    while (k - 1 > i && k - 1 >= officeEnd && kd[k - 1] & CAP && !titleEnd[k - 1]) k--;
    start = k;
  }
  // "Commander Australian Fleet": the office opening the chain is not part of the body, which has a name of
  // its own (not so "Defense Attaché Office", a body named after the office).
  // ("Commander Navy": a bare service after the office is the office's, not a body named after it.)
  // ("Chairman Senate X": nor a body known by its one word.)
  if (officeEnd > start && officeEnd <= lastHeadTok && (!isHead[officeEnd] || BARE_SERVICES.has(tx[officeEnd]) || (T.baseFlags[officeEnd] & W.ORG_SINGLE && officeEnd === lastHeadTok))) start = officeEnd;
  while (start < n && !(kd[start] & CAP)) start++;
  // "Japan’s Joint Staff": a country's possessive before the name is not part of it.
  while (start < lastCap && T.baseEnd[start] !== T.end[start] && countryEnd[start] === start + 1) start++;
  let end = lastCap + 1;
  // "... of the Russian Federation Andrei Belousov": capitals after the last head of the last part are a name.
  if (lastHeadTok >= segStart && lastHeadTok < lastCap) {
    let names = true;
    for (let k = lastHeadTok + 1; k <= lastCap && names; k++) names = isName(T, k);
    // ("of the Navy Kenneth J Braithwaite", "of the Chilean Army Oscar Izurieta Tuesday": a name of two words or more,
    // a bare initial inside it, whatever capital follows.)
    let run = lastHeadTok + 1;
    // ("of the Indian Coast Guard V S Pathania": initials may open it.)
    while (run < lastCap && /^\p{Lu}\.?$/u.test(tx[run]) && !isHead[run]) run++;
    while (run <= lastCap && (isName(T, run) || (run > lastHeadTok + 1 && run < lastCap && /^\p{Lu}$/u.test(tx[run]) && isName(T, run + 1)))) run++;
    if (names || run - lastHeadTok - 1 >= 2) end = lastHeadTok + 1;
  }
  // "Ministry of Foreign Affairs of Iran Hussein Amir Abdollahian": a country closing the last part, then a full name.
  const closing = countryEnd[segStart];
  if (segStart > lastHeadTok && closing && closing <= lastCap && lastCap + 1 - closing >= 2) {
    let names = true;
    for (let k = closing; k <= lastCap && names; k++) names = isName(T, k);
    if (names) end = closing;
  }
  if (end <= start) return null;
  // "Russian Federation", "United Arab Emirates": a country, though its last word heads bodies.
  if (countryEnd[start] === end) return null;
  const single = end - start === 1;
  if (single && !(T.baseFlags[start] & W.ORG_SINGLE)) return null;
  if (lastHeadTok < start) return null;
  if (end - start <= 4 && lex.notOrganizations.has(joinTokens(T, start, end))) return null;
  // ("Commerce Minister William Duma": right after an office, a word no lexicon knows before a body's one-word name is
  // its holder's given name.)
  // (The given name inside the chain, "William Duma", or right before the body's word alone.)
  const given = single ? start - 1 : end === start + 2 && lex.orgSingleWord.has(tx[start + 1]) ? start : -1;
  if (given >= 0 && (kd[given] & CAP_WORD) === CAP_WORD && !T.baseFlags[given] && !countryEnd[given] && officeEndsAt(titleEnd, given)) return null;
  return { start, end };
}

/**
 * "Tentara Nasional Indonesia (TNI)", "Army Chief of Staff (Kasad)": a short form in parentheses right after an
 * organization or office defines it. Countries, capitals and words like "(Ret.)" in parentheses define nothing.
 */
export function definition(
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
  // "Chief of Navy, New Zealand (CNNZ)": an office closed by its country, then the short form of both.
  for (let c = open - 2; c >= Math.max(0, open - 5); c--) {
    if (countryEnd[c] !== open || T.text[c - 1] !== ',') continue;
    const comma = T.start[c - 1];
    for (let e = entities.length - 1; e >= from; e--) {
      const x = entities[e];
      if (x.type === 'position' && x.end === comma) return { start: T.start[k], end: T.baseEnd[k], short, long: slice(x.start, T.baseEnd[open - 1]), type: 'position' };
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

/** The "(" of a short form after a few capitalized words from token k ("the Sahel (UNOWAS)"), or 0. */
function shortFormAfter(T: TokenStream, k: number): number {
  let m = T.text[k] === 'the' ? k + 1 : k;
  const from = m;
  while (m < T.n && m < from + 4 && (T.kind[m] & CAP_WORD) === CAP_WORD) m++;
  return m > from && T.text[m] === '(' && T.text[m + 2] === ')' ? m : 0;
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

/** Whether tokens before `to` (from `from` on) end with a name right after an office or a rank ("Defense Secretary Voltaire Gazmin"). */
function holderAfterOffice(T: TokenStream, from: number, to: number, titleEnd: Int32Array, rankEnd: Int32Array): boolean {
  let m = to;
  // (The name may begin before the chain: "Gazmin and Armed Forces" after "Defense Secretary Voltaire".)
  while (m > Math.max(0, from - 4) && isName(T, m - 1)) m--;
  if (to - m < 2) return false;
  // (Or after a rank: "Captain Abu Bakar Hashim and RBN Fleet Commander".)
  for (let k = Math.max(0, m - 8); k < m; k++) if (titleEnd[k] === m || rankEnd[k] === m) return true;
  return false;
}

/** Whether the capitalized words from `k` end on a body's head word ("Foreign Affairs Office"). */
function bodyFollows(T: TokenStream, k: number, isHead: Uint8Array): boolean {
  let m = k;
  while (m < T.n && m < k + 5 && (T.kind[m] & CAP_WORD) === CAP_WORD) m++;
  return m > k && isHead[m - 1] === 1;
}
