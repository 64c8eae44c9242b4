// Offices and ranks, and the way news introduces an official with them: "[POSITION [of ORG]] [RANK]
// [HONORIFIC] Name", lower-case offices, and the country an office's complement names.
import { W, type Lexicon } from '../lexicon';
import { bracketedShortForm, capitalAt, closedList, countryStartBefore, lineBreakBefore, endBodyAt, fullNameAt, givenNameTitle, initialsBeforeName, isName, joinTokens, nameEnd, OFFICE_ORDINAL, placeCompound, splitTrailingName, givenCountries } from './names';
import type { LocalEntity } from './localTypes';
import { CAP, DIGIT, GAP, type TokenStream, WORD } from '../tokenize';
import regionsData from '../lexicons/regions.json';
import { regionOf } from './regions';
import mediaData from '../lexicons/media.json';

/** Kinds of news outlet written in lower case after the outlet's name ("Nhan Dan newspaper"). */
const MEDIA_KINDS = /^(?:newspaper|daily|weekly|magazine|news agency|television|radio|channel|broadcaster|media group|news portal)$/;
/** News outlets, whose names after an office are a credit, not the office's body. */
const OUTLETS = new Set(mediaData.outlets);

/** Bodies an office is held in ("at the Embassy of ..."), as opposed to where a meeting took place. */
const SERVED_IN = /\b(?:Embassy|Embassies|Consulate|High Commission|Permanent Mission|Mission|Ministry|Delegation|Command|Department|Agency|Presidency|Office)\b/;
/** What joins stacked offices: "Deputy Prime Minister and Minister ...", "Chief of the General Staff – First Deputy Minister". */
const STACK_JOINERS = new Set([',', 'and', '&', '–', '—', '-', '/']);

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Titles that are also styles of address ("Senator the Hon", "Dr"). */
const STYLES = new Set(['Senator', 'Congressman', 'Congresswoman', 'Professor', 'Dr', 'Dr.']);
const COUNSELOR = /^Couns(?:el|ell)or$/;
/**
 * Styles a legislator or envoy is addressed by, which an office stated after the name replaces ("Senator X, Australian
 * Defence Minister,"); unlike STYLES, not "Dr" or "Professor", which no office after the name stands for.
 */
const STYLE_OF_ADDRESS = /^(?:Senator|Sen\.?|Congressman|Congresswoman|Ambassador|Counsellor|Counselor)$/;

/** Words that name an armed service by its kind ("Naval Forces", "Military Forces", "Air Force"). */
const SERVICE_WORDS = new Set(['Naval', 'Military', 'Air', 'Land', 'Ground', 'Armed', 'Forces', 'Force', 'Army', 'Navy', 'Airforce', 'Marines', 'Marine', 'Defence', 'Defense']);

function isServiceName(T: TokenStream, from: number, to: number, countryEnd: Int32Array): boolean {
  let k = from;
  if (countryEnd[k]) k = countryEnd[k];
  if (k >= to) return false;
  for (let m = k; m < to; m++) if (!SERVICE_WORDS.has(T.text[m])) return false;
  return /Forces?|Army|Navy|Airforce|Marines/.test(T.text[to - 1]);
}

/** Offices that say only what their holder does, named by the body before them as written. */
const BARE_HEADS = new Set(['director', 'secretary', 'commissioner', 'commandant', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'speaker', 'president', 'chairman', 'chairperson', 'chairwoman', 'governor']);

/** A bare head at token i, one word or a general's two ("BSF Director General X"), that is the whole office there. */
function bareHeadAt(T: TokenStream, i: number, titleEnd: Int32Array): boolean {
  if (titleEnd[i] === i + 1) return BARE_HEADS.has(T.text[i].toLowerCase());
  return titleEnd[i] === i + 2 && /^(?:Director|Inspector)$/.test(T.text[i]) && T.text[i + 1] === 'General';
}

/** Services named by one word, which may follow an office without "of" ("Commander Navy"). */
export const BARE_SERVICES = new Set(['Army', 'Navy', 'Airforce', 'Marines', 'Marine']);

/** "Army chief", "Air Force chief": the first token of the service named right before token i, or -1. */
export function serviceBefore(T: TokenStream, i: number): number {
  if (i >= 1 && BARE_SERVICES.has(T.text[i - 1])) return i - 1;
  return i >= 2 && T.text[i - 2] === 'Air' && T.text[i - 1] === 'Force' ? i - 2 : -1;
}
/** Offices whose brief may follow "on" ("Special Envoy on Climate Change"). */
const BRIEF_HEADS = /\b(?:Envoy|Adviser|Advisor|Representative|Rapporteur|Coordinator|Assistant)$/i;
/** Offices that serve another office ("Special Assistant to the President"). */
const AIDE = /\b(?:Assistant|Adviser|Advisor|Aide|Counsellor|Counselor|Secretary)\b[^,]*$/;
/** A verb in the past after a holder's one-word name ("received", "met", "said"). */
export const PAST_VERB = /^(?:\p{Ll}{3,}ed|met|said|told|spoke|held|paid|gave|made|led|took|sent|wrote)$/u;
/** A short form in capitals ("AFCENT", "CDF", "OAS"): the office's or body's own, in parentheses after it. */
const SHORT_FORM = /^[A-Z][A-Za-z-]*[A-Z]/;
/**
 * "(Ret.)", "(retd)", "(ret'd)", "(Pilot)", "(Navy)" at token `k`, a note on the rank before it ("Captain (Navy) Axel X"):
 * the token after its ")", else 0.
 */
function retiredNoteEnd(T: TokenStream, k: number): number {
  if (T.text[k] !== '(') return 0;
  let word = '';
  for (let m = k + 1; m < T.n && m <= k + 4; m++) {
    if (T.text[m] === ')') return RETIRED.has(word.toLowerCase().replace(/['’]/g, '')) ? m + 1 : 0;
    word += T.text[m] === '.' ? '' : T.written(m);
  }
  return 0;
}
export const RETIRED = new Set(['ret', 'ret.', 'retd', 'retd.', 'retired', 'rtd', 'rtd.', 'r', 'pilot', 'navy', 'n']);

/** A word of what a lower-case office heads, before the comma and its holder: no meeting's word but a noun after "the". */
function headedWord(T: TokenStream, k: number): boolean {
  // ("the EU's special representative for dialogue between A and B, X": the brief "for" a meeting's noun.)
  // ("the head of the OSCE/ODIHR mission, X": a slash between a body and its office.)
  if (T.text[k] === '/' && T.kind[k - 1] & CAP && T.kind[k + 1] & CAP) return true;
  return (T.kind[k] & (WORD | GAP)) !== 0 && !(T.textFlags[k] & W.TRIGGER && T.text[k - 1] !== 'the' && !(T.text[k - 1] === 'for' && DOMAIN_NOUNS.has(T.text[k])) && !domainNoun(T, k));
}

/** "nuclear talks" in "coordinator for nuclear talks": a meeting's noun after a word of the domain is part of it. */
function domainNoun(T: TokenStream, k: number): boolean {
  return DOMAIN_NOUNS.has(T.text[k]) && k > 0 && (T.kind[k - 1] & WORD) !== 0 && !(T.kind[k - 1] & CAP) && !DOMAIN_STOP.has(T.text[k - 1]);
}
/** "Minister of Foreign and Caricom Affairs", "Minister for EU Affairs": a body's short form, in any case, as a domain before its word. */
function bodyPortfolio(lex: Lexicon, T: TokenStream, m: number): boolean {
  return m + 1 < T.n && (T.baseFlags[m + 1] & W.RESERVED) !== 0 && (T.kind[m + 1] & CAP) !== 0 &&
    lex.acronyms.longest(m, (y) => (y === m ? T.text[y].toUpperCase() : undefined))?.end === m + 1;
}
/** What a name before it names, not a person: "Kamyab Jawan Program", "Kofi Annan Foundation". */
export const NAMED_SCHEME = /^(?:Program|Programme|Scheme|Initiative|Project|Campaign|Award|Prize|Scholarship|Foundation|Fellowship)$/;
/** A unit's body word joined by a hyphen to what tells it apart ("Force-Bravo", "Group-Alpha", "Command-Pacific"). */
export const UNIT_WORD = /^(?:Force|Forces|Group|Command|Brigade|Division|Battalion|Fleet|Regiment|Squadron|Wing|Corps)-\p{Lu}/u;
/** A government's own body: a ministry, department, office, secretariat or directorate, perhaps after a few words. */
const GOVERNMENT_BODY = /^(?:[\p{Lu}][\p{L}.,&-]*\s+){0,3}(?:Ministry|Department|Office|Secretariat|Directorate)\b/u;
// ("OSCE/ODIHR": a body and its office joined by a slash.)
const BODY_JOINERS = new Set(['of', 'the', 'and', 'for', '/']);
/** A body's unit in lower case inside its name ("head of the international department of the Central Committee"). */
// (Lower-case words outside the vocabulary come as one token: "international department".)
const LOWER_UNIT = /^(?:international|foreign|external|political|liaison|department|division|directorate|bureau)(?:\s+(?:department|division|directorate|bureau))?$/;
/** Whether a comma at token `e`, then a full name, follows ("..., Femi X"). */
const nameFollowsComma = (T: TokenStream, e: number): boolean => T.text[e] === ',' && isName(T, e + 1) && isName(T, e + 2);
/** An envoy's or a representative's office in lower case, whose brief a country may be ("special envoy for North Korea"). */
const ENVOY_BRIEF = /\b(?:envoy|representative|coordinator|adviser|advisor)$/i;
const DOMAIN_NOUNS = new Set(['talks', 'negotiations', 'consultations', 'dialogue']);

/** Whether a country the lexicon knows (after "the" perhaps), then a full name, follows at token k ("Bangladesh Pierre X"). */
function countryThenName(lex: Lexicon, T: TokenStream, k: number): boolean {
  const at = T.text[k] === 'the' ? k + 1 : k;
  const held = lex.countries.longest(at, (x) => (x < T.n ? T.base[x] : undefined))?.end ?? 0;
  return held > 0 && isName(T, held) && isName(T, held + 1);
}
/** The last word of an envoy's office in lower case. */
const ENVOY_WORD = /^(?:ambassador|envoy|commissioner|consul|consul-general|representative|attach[ée])$/;
/** Whether a city the lexicons know as a capital, then a full name, follows at token k ("Tokyo Thanatip X"). */
function cityThenName(lex: Lexicon, T: TokenStream, k: number): boolean {
  const city = capitalAt(lex, T, k)?.end ?? 0;
  return city > 0 && isName(T, city) && isName(T, city + 1) && nameEnd(lex, T, city) - city >= 2;
}
/**
 * A lower-case office ("defense minister") is one only where news writes it so of a person: right before a
 * name, right after "Name," (an apposition), or after a nationality ("Chinese defense minister").
 */
export function lowerTitleCounts(lex: Lexicon, T: TokenStream, i: number, end: number, countryEnd: Int32Array, titleEnd?: Int32Array): boolean {
  // ("North Korean leader Kim Jong-un", "the delegation's leader, Major General X": a nation's or a group's leader is no
  // office an analyst records; a party's or a body's is, "Hezbollah leader X", "X, the leader of the Rapid Support Forces".)
  // ("China's visiting leader Xi Jinping", "Japan's new leader": past a word of the term.)
  if (end === i + 1 && T.text[i] === 'leader') {
    let k = i;
    while (k >= 1 && LEADER_TERM.test(T.text[k - 1])) k--;
    if ((k >= 1 && T.baseEnd[k - 1] !== T.end[k - 1]) || [1, 2, 3].some((b) => k - b >= 0 && countryEnd[k - b] === k)) return false;
  }
  // ("home minister Praful K Patel": an initial between the names.)
  // ("Human Rights Commission chief Awwad bin Saleh X": a particle after the given name.)
  if (isName(T, end) && (isName(T, end + 1) || (/^\p{Lu}\.?$/u.test(T.text[end + 1] ?? '') && isName(T, end + 2)) || (lex.nameParticles.has(T.text[end + 1] ?? '') && isName(T, end + 2)))) return true;
  // ("Foreign minister S Jaishankar": initials opening the name.)
  if (initialsBeforeName(T, end)) return true;
  // ("met former president of Armenia Levon X": the office "of" a country, right before its holder's full name.)
  // (The country after the office is not marked yet: read from the lexicon.)
  if (T.text[end] === 'of') {
    const k = T.text[end + 1] === 'the' ? end + 2 : end + 1;
    const nation = lex.countries.longest(k, (x) => (x < T.n ? T.base[x] : undefined))?.end ?? 0;
    if (nation && isName(T, nation) && isName(T, nation + 1)) return true;
    // ("the ambassador of Belgium to Bangladesh Pierre X": and where the office is held.)
    if (nation && (T.text[nation] === 'to' || T.text[nation] === 'in') && countryThenName(lex, T, nation + 1)) return true;
  }
  // ("EU ambassador to Bangladesh Charles X", "UN envoy to Yemen Hans Y": where an envoy is posted, then his full name.)
  // ("ambassador to Tokyo Thanatip X", "consul general in Canberra Y": or the capital of the posting.)
  const envoy = ENVOY_WORD.test(T.text[end - 1]) || (T.text[end - 1] === 'general' && T.text[end - 2] === 'consul');
  if ((T.text[end] === 'to' || T.text[end] === 'in') && envoy && (countryThenName(lex, T, end + 1) || cityThenName(lex, T, end + 1))) return true;
  // ("to head of the Azerbaijan Chamber of Accounts Vugar X with": the office "of" a body closed by its portfolio,
  // then its holder's full name.)
  // ("deputy head of Vietnamese Central Steering Committee for Judicial Reform Le Thi Thu Ba".)
  // ("The spokesperson for the Egyptian Foreign Ministry Ahmed X said": or "for" the body an office speaks for.)
  if (T.text[end] === 'of' || (T.text[end] === 'for' && AIDE_HEAD.test(T.text[end - 1]))) {
    const from = T.text[end + 1] === 'the' ? end + 2 : end + 1;
    // ("head of UNFICYP Elizabeth X": or a body the lexicon knows by its short form.)
    const short = (T.textFlags[from] & W.ACRONYM) !== 0 && lex.acronyms.longest(from, (y) => (y < T.n ? T.text[y] : undefined))?.end === from + 1;
    const named = (x: number) => isName(T, x) && !(T.textFlags[x] & W.PORTFOLIO) && !(T.baseFlags[x] & W.ORG_HEAD);
    let body = short;
    let k = from;
    for (; k < T.n && k < from + 16 && (T.kind[k] & CAP || BODY_JOINERS.has(T.text[k]) || LOWER_UNIT.test(T.written(k).trim())); k++) {
      if (T.baseFlags[k] & W.ORG_HEAD) body = true;
      if (body && k > from && (T.textFlags[k - 1] & W.PORTFOLIO || T.baseFlags[k - 1] & W.ORG_HEAD || (k - 1 === from && short)) && named(k) && named(k + 1)) {
        const e = nameEnd(lex, T, k);
        if (e - k >= 2 && !(T.kind[e] & CAP)) return true;
      }
    }
    // ("deputy head of the USAID mission in Moldova John X": the body's mission or delegation in lower case, perhaps
    // where it is, then the holder's full name.)
    if (k === from + 1 && short && (T.text[k] === 'mission' || T.text[k] === 'delegation' || T.text[k] === 'office')) {
      let h = k + 1;
      if (T.text[h] === 'in' || T.text[h] === 'to') h = lex.countries.longest(h + 1, (x) => (x < T.n ? T.base[x] : undefined))?.end ?? h;
      if (named(h) && named(h + 1) && nameEnd(lex, T, h) - h >= 2) return true;
    }
  }
  // ("X, deputy prime minister and minister of foreign trade,": a second office joined to one that counted.)
  if (titleEnd && T.text[i - 1] === 'and') for (let x = i - 2; x >= 0 && x >= i - 5; x--) if (titleEnd[x] === i - 1 && !(T.kind[x] & CAP)) return true;
  // ("on his appointment as the ninth prime minister of Malaysia": the office one was appointed to.)
  if (i > 0 && APPOINTED_TO.test(Array.from({ length: Math.min(i, 4) }, (_, x) => T.written(i - Math.min(i, 4) + x)).join(' ') + ' ')) return true;
  // "the Russian Foreign Ministry's spokeswoman, Maria Zakharova,": a body's possessive, the office, then its holder
  // set off by commas.
  // ("Peru's new ambassador, X,": "new" between.)
  const owner = TERM_WORDS.has(T.text[i - 1]) ? i - 2 : T.text[i - 1] === 'appointed' && APPOINTED_WHEN.has(T.text[i - 2]) ? i - 3 : i - 1;
  // ("Peru's new ambassador to Zimbabwe, Ms X,": where the office is held, and a style, between.)
  let close = end;
  // (The place's words are read as capitals: its country is not marked yet.)
  if (T.text[close] === 'to' || T.text[close] === 'in') {
    let k = T.text[close + 1] === 'the' ? close + 2 : close + 1;
    const from = k;
    while (k < T.n && k < from + 3 && T.kind[k] & CAP) k++;
    if (k > from && T.text[k] === ',') close = k;
  }
  // ("the Indian navy's chief of intelligence, Rear Admiral X,": a rank or a style between.)
  const ranked = T.text[close] === ',' ? pastRank(lex, T, close + 1) : close + 1;
  const holder = ranked > close + 1 ? ranked : T.text[close] === ',' && T.textFlags[close + 1] & W.HONORIFIC ? close + 2 : close + 1;
  // (Or a nation's service, possessive in lower case: "The Kenyan army's chief of staff, Lt. Gen. Y,".)
  const possessive = owner >= 0 && T.baseEnd[owner] !== T.end[owner] && (T.kind[owner] & CAP || (POSSESSIVE_SERVICES.has(T.base[owner]) && countryEnd[countryStartBefore(countryEnd, owner)] === owner));
  if (possessive && T.text[close] === ',' && isName(T, holder) && isName(T, holder + 1)) return true;
  // ("the Kenyan trade minister, Joseph X,": "the", a nationality, the office, then its holder set off by a comma.)
  if (T.text[close] === ',' && isName(T, holder) && isName(T, holder + 1)) {
    for (let c = owner; c >= 0 && c >= owner - 2; c--) if (countryEnd[c] === owner + 1 && /^the$/i.test(T.text[c - 1] ?? '')) return true;
    // ("according to his spokesperson, Ko X.", "the presidential spokesperson, Ko X,": "the" or a pronoun's possessive,
    // the office, then its holder's full name closing the apposition.)
    // ("welcomed by its president, Luis X.": "its" is read in a run of lower-case words.)
    if (owner >= 0 && /^(?:the|his|her|their|its)$/i.test(T.written(owner).split(' ').pop() ?? '') && end === close) {
      const e = nameEnd(lex, T, holder);
      if (e - holder >= 2 && (e >= T.n || /^[,.;)]$/.test(T.text[e]))) return true;
    }
  }
  // ("the chairman of the Committee on Foreign Affairs of the House of Representatives of Egypt, Karim X,", "the
  // chairman of the negotiations, Leonid Y,": "the" office "of" what it heads, then its holder set off by a comma.)
  // ("the coordinator for counterterrorism, Tina X,": or "for" the domain it covers.)
  // ("signed by Information Minister X and president of the Cuban Institute of Radio and Television (ICRT), Y": or
  // after "and", the second of two signatories.)
  if ((theBefore(T, i) || possessive || secondSignatory(T, i)) && (T.text[end] === 'of' || T.text[end] === 'for')) {
    let k = end + 1;
    while (k < T.n && k < end + 14 && headedWord(T, k)) k++;
    // ("the secretary general of the Andean Community (CAN), Pablo X,": the body's short form before the comma.)
    if (bracketedShortForm(T, k)) k += 3;
    const named = T.text[k] === ',' ? holderAfterComma(lex, T, k, (x) => (x < T.n ? T.text[x] : undefined)) : k + 1;
    // ("Naif bin Falah X": particles inside the name.)
    if (T.text[k] === ',' && isName(T, named) && nameEnd(lex, T, named) - named >= 2) return true;
    // ("the deputy speaker of the Iranian parliament Mojtaba X": a body in lower case closes what the office heads,
    // right before its holder's full name.)
    for (let b = end + 1; b < T.n && b < end + 5 && T.kind[b] & WORD; b++) {
      if (LOWER_BODY_CLOSE.test(T.text[b])) {
        if (isName(T, b + 1) && nameEnd(lex, T, b + 1) - b - 1 >= 2) return true;
        break;
      }
    }
  }
  // ("the governor of East Kazakhstan region Danial X": a local office, the province it is held over, then its holder;
  // "the president of the Puntland state of Somalia Said X": a head of a province's government, where the regions'
  // lexicon knows the province.)
  const local = LOWER_LOCAL_OFFICE.test(T.text[end - 1]);
  if (T.text[end] === 'of' && (local || LOWER_REGION_HEAD.test(T.text[end - 1]))) {
    const from = T.text[end + 1] === 'the' ? end + 2 : end + 1;
    // (A province the lexicon knows, perhaps its kind and country after it, then the holder.)
    let known = Math.min(T.n, from + 3);
    while (known > from && !(T.kind[known - 1] & CAP && regionOf(T.source.slice(T.start[from] + T.shift, T.end[known - 1] + T.shift)))) known--;
    if (known > from) {
      let h = known;
      if (placeKindAt(T, h)) h++;
      // (Countries are not marked yet here: the lexicon is asked.)
      if (T.text[h] === 'of') h = lex.countries.longest(h + 1, (x) => (x < T.n ? T.base[x] : undefined))?.end ?? h;
      if (isName(T, h) && isName(T, h + 1)) return true;
    }
    // (A local office's province, however little the lexicons know it.)
    if (local) {
      let k = from;
      while (k < T.n && k < from + 4 && T.kind[k] & CAP && !countryEnd[k] && !PLACE_KIND.test(T.text[k])) k++;
      if (k < from + 4 && countryEnd[k] && !(T.kind[countryEnd[k]] & CAP)) k = countryEnd[k];
      if (k > from && placeKindAt(T, k)) k++;
      if (k > from && isName(T, k) && isName(T, k + 1)) return true;
      // ("met with the mayor of the city Boris X": the place by its kind alone, named before.)
      if (k === from && T.text[from - 1] === 'the' && CITY_KIND.test(T.text[from]) && isName(T, from + 1) && isName(T, from + 2)) return true;
    }
  }
  // ("X, the Australian Defence Force chief, met": a body's name, its office closing the apposition.)
  if (i > 1 && T.kind[i - 1] & CAP && T.baseFlags[i - 1] & W.ORG_HEAD && T.text[end] === ',') {
    for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (T.text[k] === 'the' && T.text[k - 1] === ',') return true;
  }
  // ("South Korea's Defense Acquisition Program Administration (DAPA) chief, Wang X,": a body, its short form in
  // brackets, the office, then its holder set off by a comma.)
  if (i > 4 && bracketedShortForm(T, i - 3) && T.kind[i - 4] & CAP && T.baseFlags[i - 4] & W.ORG_HEAD && T.text[end] === ',' && isName(T, end + 1) && isName(T, end + 2)) return true;
  // ("William X, U.S. Army South commanding general, met": a name, then a body's capitalized words and its office.)
  if ((end >= T.n || /^[,.;]$/.test(T.text[end])) && i > 2 && T.kind[i - 1] & CAP) {
    let k = i - 1;
    while (k > 0 && k >= i - 6 && T.kind[k] & CAP) k--;
    const comma = T.text[k] === 'the' ? k - 1 : k;
    if (T.text[comma] === ',' && isName(T, comma - 1) && countryEnd[k + 1] !== i) return true;
  }
  // "spokesperson for the West Philippine Sea Rear Adm. X": a domain in capitals, then the holder's rank.
  let r = end;
  if (T.text[r] === 'for' && T.kind[T.text[r + 1] === 'the' ? r + 2 : r + 1] & CAP) {
    r = T.text[r + 1] === 'the' ? r + 2 : r + 1;
    for (let m = r; m < T.n && m < r + 6 && T.kind[m] & CAP && !(T.textFlags[m] & W.RANK); m++) r = m + 1;
    // ("EU special envoy for the Belgrade-Pristina dialogue Peter X": the process the brief is for, then its holder.)
    if (BRIEF_NOUNS.test(T.written(r).trim()) && isName(T, r + 1) && isName(T, r + 2)) return true;
  } else if (T.text[r] === 'for') {
    // ("minister delegate for foreign affairs Youssef Amrani": a domain in lower case, then the holder.)
    let m = r + 1;
    while (m < T.n && m < r + 4 && T.kind[m] & WORD && !(T.kind[m] & CAP) && !DOMAIN_STOP.has(T.text[m])) m++;
    // ("the minister of state for external affairs E Ahamed": or an initial opening the name.)
    if (m > r + 1 && ((isName(T, m) && isName(T, m + 1)) || initialsBeforeName(T, m))) return true;
  }
  // ("the minister of International Cooperation Edris X and": a portfolio in capitals after "of", then the holder.)
  if (T.text[end] === 'of') {
    let m = end + 1;
    while (m < T.n && m < end + 5 && T.kind[m] & CAP && T.textFlags[m] & W.PORTFOLIO && !(T.baseFlags[m] & W.COUNTRY)) m++;
    if (m > end + 1 && isName(T, m) && isName(T, m + 1)) return true;
  }
  // "Army chief Gen. Manoj Pande", "secretary-general Datuk Lokman Hakim Ali", "spokesperson Senior Colonel X".
  // ("The head of delegation, Lieutenant Colonel X,": after a comma too.)
  if (T.text[r] === ',' && T.kind[r + 1] & CAP && T.textFlags[r + 1] & W.RANK) r++;
  // ("Pentagon spokesman Navy Capt. X": the holder's service before his rank.)
  if (BARE_SERVICES.has(T.text[r]) && T.textFlags[r + 1] & W.RANK) r++;
  if (T.kind[r] & CAP && T.textFlags[r] & (W.RANK | W.HONORIFIC)) {
    const after = Math.max(pastRank(lex, T, r), r + 1);
    if (isName(T, after) || T.textFlags[after] & W.HONORIFIC || initialsBeforeName(T, after)) return true;
  }
  let k = i - 1;
  // "the head of the Peruvian Armed Forces Joint Command, Gen. Luis Howell": its body, then its holder.
  // ("with chief of the General Staff of the Turkish Armed Forces, Army General X" too.)
  if (T.text[end] === 'of') {
    let m = T.text[end + 1] === 'the' ? end + 2 : end + 1;
    const first = m;
    // ("and head of the FDFA Ignazio X": a body's short form alone, then a full name.)
    if (/^\p{Lu}{2,6}$/u.test(T.text[first] ?? '') && isName(T, first + 1) && isName(T, first + 2)) return true;
    // ("the director of the Agency for International Development (USAID) Marcia X": "for" inside the body's name too.)
    const joins = (x: number) => (T.text[x] === 'of' || T.text[x] === 'and' || T.text[x] === 'the' || T.text[x] === 'for') && (T.kind[x + 1] & CAP || (T.text[x + 1] === 'the' && T.kind[x + 2] & CAP));
    while (m < T.n && m - first < 12 && (T.kind[m] & CAP || joins(m))) {
      // ("with commander of the Royal Brunei Navy Haji X": its holder, introduced by an honorific or a rank.)
      if (m > first && T.textFlags[m] & (W.RANK | W.HONORIFIC) && isName(T, m + 1) && isName(T, m + 2)) return true;
      // ("The chief of the Malaysian Armed Forces Zulkifli Zainal X called on": the body's head word, then a full name.)
      // ("the head of the Brazilian Space Agency Carlos de Moura": a particle inside it.)
      if (m > first && T.baseFlags[m] & W.ORG_HEAD && (isName(T, m + 2) || lex.nameParticles.has(T.text[m + 2])) && fullNameAt(T, m + 1, countryEnd) > 0 && !(T.baseFlags[m + 1] & W.ORG_HEAD)) return true;
      // ("the head of the Ministry of Foreign Affairs of Iran Hussein Amir Abdollahian": a country, then a full name.)
      // (Countries after this office are not read yet: looked up here.)
      const c = m > first && T.text[m - 1] === 'of' && T.baseFlags[m] & W.COUNTRY ? lex.countries.longest(m, (x) => (x < T.n ? T.base[x] : undefined))?.end ?? 0 : 0;
      if (c && isName(T, c) && isName(T, c + 1)) return true;
      m++;
    }
    if (m > first && T.text[m] === ',' && (T.textFlags[m + 1] & (W.RANK | W.HONORIFIC) || (isName(T, m + 1) && isName(T, m + 2)))) return true;
    // ("the commander of US Central Command (CENTCOM) Robert J Hayes": the body's short form, then its holder.)
    if (m > first && T.text[m] === '(' && T.text[m + 2] === ')' && /^\p{Lu}{2,}/u.test(T.text[m + 1] ?? '') &&
      (T.textFlags[m + 3] & (W.RANK | W.HONORIFIC) || (isName(T, m + 3) && (isName(T, m + 4) || /^\p{Lu}\.?$/u.test(T.text[m + 4] ?? ''))))) return true;
  }
  // ("The UN envoy to Syria, Geir X, met": after "the" and perhaps a body, an office and where it is held, then its
  // holder set off by commas.)
  // ("announced its secretary, Lloyd J. X, held": or a possessive.)
  // ("the Egyptian ministry spokesman, Ahmed X,", "The foreign ministry spokesman, Y,": a body's words between.)
  // ("Day of meetings for defense minister, Guido X, today": or a preposition.)
  // ("UN secretary-general’s personal envoy to Cyprus, Maria X,": or the possessive of the envoy's principal.)
  const opener = i > 0 && /^(?:the|The|its|his|her|their|for|with)$/.test(T.written(i - 1).split(' ').pop() ?? '') ? i - 1 : T.kind[i - 1] & CAP && /^(?:the|The)$/.test(T.text[i - 2] ?? '') ? i - 2 :
    principalPossessive(T, i) >= 0 ? i - 1 : bodyWordsOpener(T, i);
  if (opener >= 0) {
    let e = end;
    if (T.text[e] === 'to' || T.text[e] === 'in') {
      const m = T.text[e + 1] === 'the' ? e + 2 : e + 1;
      e = T.baseFlags[m] & W.COUNTRY ? lex.countries.longest(m, (x) => (x < T.n ? T.base[x] : undefined))?.end ?? e : e;
    }
    // ("the director general for Europe, Ana X,": a domain in capitals after "for", then the holder.)
    else if (T.text[e] === 'for') {
      let m = T.text[e + 1] === 'the' ? e + 2 : e + 1;
      const from = m;
      while (m < T.n && m < from + 6 && (T.kind[m] & CAP || (m > from && /^(?:and|of|the)$/.test(T.text[m]) && (T.kind[m + 1] & CAP || T.text[m + 1] === 'the')))) m++;
      // ("the EU coordinator for nuclear talks with Iran, Enrique X,": or a domain in lower case, and who it is with.)
      if (m === from) {
        while (m < T.n && m < from + 5 && (lowerWord(T, m) || domainNoun(T, m))) m++;
        if (m > from && T.text[m] === 'with' && countryEnd[m + 1]) m = countryEnd[m + 1];
      }
      if (m > from) e = m;
    }
    if (T.text[e] === ',' && isName(T, e + 1) && (isName(T, e + 2) || initialsBeforeName(T, e + 2))) {
      const m = nameEnd(lex, T, e + 1);
      if (T.text[m] === ',') return true;
    }
    // ("the European Union ambassador to Iraq Martin X": where it is held, then the holder's full name.)
    if (e > end && isName(T, e) && isName(T, e + 1)) return true;
  }
  // ("Ton Thi X, the new ambassador of Vietnam to ASEAN": where the holder stands in the term.)
  // ("Cecil X, the visiting commander of the United States Pacific Fleet": or the visitor's word.)
  // ("Noh X, the ministry's special representative for ...,": a body named by its kind, possessive, before the office.)
  if (k >= 1 && POSSESSIVE_BODY_KINDS.test(T.written(k).trim()) && T.text[k - 1] === 'the') k--;
  // (A word the lexicon does not hold is read as written: "the current head of".)
  if (k >= 0 && TERM_WORDS.has(T.text[k] || T.written(k).trim())) k--;
  // ("Xu X, visiting vice chairman of ...,": or the visitor's word right after the comma.)
  if (k >= 1 && T.text[k] === 'visiting' && (T.text[k - 1] === 'the' || T.text[k - 1] === ',')) k--;
  if (k >= 0 && (T.text[k] === 'the' || T.text[k] === 'a' || T.text[k] === 'an')) k--;
  // ("Khaldoun X MP, head of the committee,": past the letters after the name.)
  if (k >= 1 && T.text[k] === ',' && (isName(T, k - 1) || (k >= 2 && T.textFlags[k - 1] & W.POST_NOMINAL && isName(T, k - 2)))) return true;
  // ("Canada's first ambassador to Armenia X": a word of the term between.)
  if ((i >= 1 && countryEnd[i - 1] === i) || (i >= 2 && countryEnd[i - 2] === i) || (i >= 2 && TERM_WORDS.has(T.text[i - 1]) && countryEnd[i - 2] === i - 1)) return true;
  // "The French Navy chief", "the Pakistani Air Force chief": a nationality, its service, then the office.
  const service = serviceBefore(T, i);
  return service >= 1 && countryEnd[service - 1] === service;
}

/** "the Egyptian ministry spokesman": "the" before one to three words of a body (a nationality, "foreign ministry"), or -1. */
function bodyWordsOpener(T: TokenStream, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = T.written(k).trim();
    const last = w.split(' ').pop() ?? '';
    if (/^(?:the|The)$/.test(last)) return k < i - 1 && (k === i - 2 || w === last) ? k : -1;
    if (!BODY_WORDS.test(w) && !(T.kind[k] & CAP)) return -1;
  }
  return -1;
}
const POSSESSIVE_BODY_KINDS = /^(?:ministry|agency|department|government|party|office|embassy|council|commission|organi[sz]ation)['’]s$/;

/** "wife of the", "the spouse of": where an apposition names whose spouse one is; the word and the office's token. */
export function spouseAt(T: TokenStream, k: number): { word: string; next: number } | null {
  if (T.text[k] === 'the') k++;
  const word = k < T.n ? T.written(k).trim() : '';
  if (!SPOUSES.test(word) || T.text[k + 1] !== 'of') return null;
  return { word, next: T.text[k + 2] === 'the' ? k + 3 : k + 2 };
}
/** Whose spouse the text says one is; "the wife of the Nigerian President, X" then holds no office of his own. */
const SPOUSES = /^(?:wife|spouse|husband|widow)$/;
/** "the wife of the Nigerian President, X": the spouse word before the office at token i (its nationality aside), or null. */
export function spouseBefore(T: TokenStream, i: number, countryEnd: Int32Array): string | null {
  let b = i;
  const nation = countryStartBefore(countryEnd, i);
  if (nation >= 0) b = nation;
  if (T.text[b - 1] === 'the') b--;
  if (b < 2 || T.text[b - 1] !== 'of') return null;
  const word = T.written(b - 2).trim();
  return SPOUSES.test(word) ? word : null;
}
/** The office of one named as the spouse of its holder ("wife of the President"). */
export function spouseOffice(word: string, position: string): string {
  return `${word} of the ${position}`;
}

/**
 * Where the office of an apposition starting at token k opens: past an article, and past a body named by its kind,
 * possessive, when an office follows it ("X, the ministry's special representative"); then past "newly".
 */
export function appositionOffice(T: TokenStream, k: number, titleEnd: Int32Array): number {
  if (T.text[k] === 'the' || T.text[k] === 'a' || T.text[k] === 'an') k++;
  // ("Liu X, the current head of the International Liaison Department": a word of when before the office.)
  if (T.text[k - 1] === 'the' && /^(?:current|then|incumbent|present|sitting)$/.test(T.written(k).trim()) && k + 1 < T.n) k++;
  if (T.text[k - 1] === 'the' && POSSESSIVE_BODY_KINDS.test(T.written(k).trim()) && titleEnd[k + 1]) k++;
  // ("Shri Dinsha X, Hon'ble Minister of Mines, Government of India": a style before the office, as India's releases write.)
  if (APPOSED_STYLE.test(T.written(k).trim()) && titleEnd[k + 1]) k++;
  const past = pastNewly(T, k, titleEnd);
  // ("X, the national security adviser,": a word of the term that opens the office itself is the office's.)
  return past > k && titleEnd[k] > 0 && !titleEnd[past] ? k : past;
}
/** Words of a leader's term before the word: "visiting", "new". */
const LEADER_TERM = /^(?:visiting|new|top|current|then|incoming|outgoing)$/;
/** Offices that speak or work for a body, named "for" it. */
const AIDE_HEAD = /^(?:spokesperson|spokesman|spokeswoman|adviser|advisor|secretary|representative|coordinator)$/;
const APPOSED_STYLE = /^(?:Hon['’]ble|Hon\.?|Honourable|Honorable)$/;
const BODY_WORDS = /^(?:(?:foreign|defen[cs]e|interior|ministry|ministry's|office|department|army|navy|military|presidential|government|embassy|party|state|mission|the)\s*)+$/;

/**
 * "(PTI)", "(the STAN)": a short form in brackets at token k, six letters at most, alone (as `bracketedShortForm` reads
 * one) or beside "the" or another.
 */
function bracketedTag(T: TokenStream, k: number): boolean {
  const short = (x: number) => /^\p{Lu}{2,6}$/u.test(T.text[x] ?? '');
  if (T.text[k + 2] === ')') return bracketedShortForm(T, k) && short(k + 1);
  return T.text[k] === '(' && T.text[k + 3] === ')' && (short(k + 1) || short(k + 2)) && [k + 1, k + 2].every((x) => T.text[x] === 'the' || short(x));
}

/** Past a US lawmaker's party and state in brackets after his name ("(R-Idaho)", "(D-N.J.)") at token k; else k. */
function pastPartyTag(T: TokenStream, k: number): number {
  if (T.text[k] !== '(') return k;
  let close = k + 1;
  while (close < T.n && close < k + 8 && T.text[close] !== ')') close++;
  return T.text[close] === ')' && /^\((?:R|D|I)\s*-\s*[A-Z][A-Za-z. ]*\)$/.test(joinTokens(T, k, close + 1)) ? close + 1 : k;
}

/**
 * "(Mexico)", "(European Union)" at token k, after a holder's name: the country or body in brackets (capitalized words,
 * read as a country or a body later) and the token past them, or null.
 */
function countryInBrackets(T: TokenStream, k: number, countryEnd: Int32Array): { country: string; end: number } | null {
  if (T.text[k] !== '(') return null;
  let e = countryEnd[k + 1];
  if (!e) for (e = k + 1; e < T.n && e < k + 5 && T.kind[e] & CAP && T.text[e] !== ')'; e++);
  return e > k + 1 && T.text[e] === ')' ? { country: joinTokens(T, k + 1, e), end: e + 1 } : null;
}

/** Offices of a state as a whole, held over no city. */
const STATE_HEAD = /\b(?:President|Vice President|Prime Minister|Premier|King|Queen|Emir|Sultan|Chancellor)$/;
/**
 * An envoy's office, or any posted "to" a country: no city stands between it and its holder (a deputy high
 * commissioner's may: "Deputy High Commissioner Kolkata X").
 */
const POSTED_ENVOY = /\b(?:Ambassador|Envoy|Charg[eé]|Nuncio)\b|\sto\s/i;

/** "of Vietnam", "of the Republic of Korea" at token k: the country named, or null. */
export function countryAfterOf(T: TokenStream, k: number, countryEnd: Int32Array, from = false): { country: number; end: number } | null {
  if (T.text[k] !== 'of' && !(from && T.text[k] === 'from')) return null;
  let at = T.text[k + 1] === 'the' ? k + 2 : k + 1;
  // ("Prime Minister of the friendly Republic of India": a courtesy before the country's name.)
  if (at < T.n && T.kind[at] & GAP && /^(?:friendly|brotherly|sisterly|fraternal)$/.test(T.written(at))) at++;
  return countryAt(T, at, countryEnd);
}

/**
 * "Celso X, special advisor to the president of Brazil": the principal after an aide's office ending at k (to its
 * "of", exclusive) and his country, which is the aide's; null if none.
 */
export function principalAfter(T: TokenStream, k: number, countryEnd: Int32Array): { end: number; country: string } | null {
  if (T.text[k] !== 'to') return null;
  let at = T.text[k + 1] === 'the' ? k + 2 : k + 1;
  if (/^(?:[Pp]resident|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]hancellor|[Pp]remier)$/.test(T.text[at])) at++;
  else if (/^[Pp]rime$/.test(T.text[at]) && /^[Mm]inister$/.test(T.text[at + 1])) at += 2;
  const nation = at > k + 2 ? countryAfterOf(T, at, countryEnd) : null;
  return nation ? { end: at, country: joinTokens(T, nation.country, countryEnd[nation.country]) } : null;
}

/** "Minister of National Defence, Mozambique;": a country closing an apposition, after the office ending at k. */
export function closingCountry(T: TokenStream, k: number, countryEnd: Int32Array): string | null {
  // ("Captain X, Defence Adviser (Australia), ...", "Military Attaché, (Iran)": the country in parentheses.)
  const open = T.text[k] === '(' ? k : T.text[k] === ',' && T.text[k + 1] === '(' ? k + 1 : -1;
  if (open >= 0 && countryEnd[open + 1] && T.text[countryEnd[open + 1]] === ')') return joinTokens(T, open + 1, countryEnd[open + 1]);
  // ("Deputy Foreign Minister, Department of Foreign Affairs in the Australian Government": the government served.)
  if (T.text[k] === 'in' && T.text[k + 1] === 'the' && countryEnd[k + 2] && /^[Gg]overnment$/.test(T.text[countryEnd[k + 2]] ?? '')) return joinTokens(T, k + 2, countryEnd[k + 2]);
  if (T.text[k] !== ',') return null;
  // ("Minister Martin Stropnicky, the Czech Republic, ...")
  const c = T.text[k + 1] === 'the' ? k + 2 : k + 1;
  if (!countryEnd[c]) return null;
  const e = countryEnd[c];
  // (A run of lower-case words the scanner collapsed has no text: "X, the Ghanaian delegation" goes on.)
  if (e >= T.n) return joinTokens(T, c, e);
  const after = T.text[e];
  // ("Chief of Navy, New Zealand (CNNZ)": a short form may follow.)
  return after === ';' || after === '.' || after === ',' || after === ')' || after === '(' || after === 'and' ? joinTokens(T, c, e) : null;
}

/**
 * Past the country opening an apposition at token k, and past a word of the term after its possessive ("Adm. X,
 * Australia's new chief of the defence force,"; not one that opens the office: "South Korea's first vice foreign minister").
 */
export function pastCountry(T: TokenStream, k: number, countryEnd: Int32Array, titleEnd: Int32Array): number {
  const e = countryEnd[k];
  return T.baseEnd[e - 1] !== T.end[e - 1] && !titleEnd[e] ? pastNewly(T, e) : e;
}

export function pastNewly(T: TokenStream, k: number, titleEnd?: Int32Array): number {
  // ("X, who is Foreign Minister of Ghana,": a relative clause stating the office.)
  if (T.kind[k] & GAP && /^who (?:is|was|serves as)(?: also| currently| now)?$/.test(T.written(k))) {
    k++;
    if (T.text[k] === 'the' || T.text[k] === 'a' || T.text[k] === 'an') k++;
  }
  if (APPOINTED_WHEN.has(T.text[k]) && (T.text[k + 1] === 'appointed' || T.text[k + 1] === 'accredited')) return k + 2;
  // ("X, the visiting Speaker of the Israeli Parliament,": the office after a visitor's word.)
  // ("Xu X, visiting vice chairman of China's Central Military Commission,": or right after the comma, where the
  // office follows.)
  if (T.text[k] === 'visiting' && (T.text[k - 1] === 'the' || (T.text[k - 1] === ',' && ((!!titleEnd && titleEnd[k + 1] > 0) || (T.textFlags[k + 1] & W.LOWER_TITLE) !== 0)))) return TERM_WORDS.has(T.text[k + 1]) ? k + 2 : k + 1;
  // ("X, the esteemed President of Iran,": a word the lexicon does not hold is read as written.)
  return TERM_WORDS.has(T.text[k] || T.written(k).trim()) ? k + 1 : k;
}
/** The parts of a country by the compass ("southern Laos", "in the northern city of"). */
export const COMPASS_PARTS = 'northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern';
const COUNTRY_PART = new RegExp(`^(?:${COMPASS_PARTS})$`);
/** "appointment as the new", "election as the ninth": the office one took follows (read here and in appointments.ts). */
export const APPOINTMENT_AS = String.raw`(?:appointment|election|re-election|promotion|nomination|designation)\s+as\s+(?:the\s+)?(?:new\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+)?`;
const APPOINTED_TO = new RegExp(String.raw`\b${APPOINTMENT_AS}$`, 'i');
/** "newly appointed", "recently appointed": how lately an office was taken. */
const APPOINTED_WHEN = new Set(['newly', 'recently']);
/**
 * Where an office holder stands in his term: "the outgoing Ambassador", "Lebanese caretaker Prime Minister"; and the
 * state's own force between the nationality and the office ("Indonesian national police chief General X").
 */
const TERM_WORDS = new Set(['new', 'incoming', 'outgoing', 'caretaker', 'interim', 'effective', 'first', 'former', 'current', 'national', 'federal', 'local', 'esteemed', 'distinguished', 'respected']);

/** An office's or a body's initials: two capitals or more ("COAS", "CDF", "Kasad" aside), with the office's hyphens too ("FOC-in-C"). */
const INITIALS = /^\p{Lu}(?:[\p{Lu}\p{Ll}]{0,6}|[\p{Lu}\p{Ll}-]{2,8})\p{Lu}$/u;

const STATE_FORMS = new Set(['Republic', 'Kingdom', 'Federation', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth', 'Confederation']);

/** A country at token k, named ("Vietnam", "Russian Federation") or by its state's form ("Republic of Belarus"). */
export function countryAt(T: TokenStream, k: number, countryEnd: Int32Array): { country: number; end: number } | null {
  if (countryEnd[k]) return { country: k, end: countryEnd[k] };
  for (let m = k; m < k + 4 && m < T.n && T.kind[m] & CAP; m++) {
    if (STATE_FORMS.has(T.text[m]) && T.text[m + 1] === 'of' && countryEnd[m + 2]) return { country: m + 2, end: countryEnd[m + 2] };
  }
  return null;
}

/** MODIFIER* HEAD, e.g. "Deputy Defense Minister"; returns the end token or 0. */
export function titleMatch(lex: Lexicon, T: TokenStream, i: number, key: (j: number) => string | undefined): number {
  const flags = (j: number) => T.textFlags[j] | T.baseFlags[j];
  const direct = flags(i) & W.TITLE ? lex.titles.longest(i, key) : null;
  let best = direct ? direct.end : 0;
  // ("U.S. Secretary of state Rex X", "Minister of defence Y": a capitalized title's later words in lower case.)
  const mixedFrom = (at: number) => lex.titles.longest(at, (j) => {
    const w = key(j);
    return w !== undefined && j > at && !TITLE_JOINERS.has(w) && /^\p{Ll}/u.test(w) ? w[0].toUpperCase() + w.slice(1) : w;
  });
  if (flags(i) & W.TITLE && T.text[best || i + 1] === 'of') {
    const mixed = mixedFrom(i);
    if (mixed && mixed.end > best) best = mixed.end;
  }
  let k = i;
  while (k < T.n && T.kind[k] & CAP && T.textFlags[k] & W.MODIFIER && k - i < 4) {
    // ("Air Force Chief": the service's two words modify the office as one.)
    k += T.text[k] === 'Air' && T.text[k + 1] === 'Force' ? 2 : 1;
    // ("Air Force Chief Air Chief Marshal X": a rank of several words opens after the office.)
    if (T.textFlags[k] & W.RANK && (lex.ranks.longest(k, (j) => (j < T.n ? T.text[j] : undefined))?.end ?? 0) > k + 1) break;
    const m = flags(k) & W.TITLE ? lex.titles.longest(k, key) : null;
    if (m && m.end > best) best = m.end;
    // ("Deputy Secretary of state Thomas X", "Deputy Minister of foreign Affairs Y": so after a modifier too.)
    const mixed = flags(k) & W.TITLE && T.text[m?.end ?? k + 1] === 'of' ? mixedFrom(k) : null;
    if (mixed && mixed.end > best) best = mixed.end;
  }
  return best;
}

export function validRank(lex: Lexicon, T: TokenStream, i: number, end: number, rank: string, countryEnd: Int32Array, key: (j: number) => string | undefined): boolean {
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
  // (Not "General Amir Hatami": a ruler's title that is a given name here.)
  if (kind[end] & CAP && (baseFlags[end] & W.ORG_HEAD || (textFlags[end] & W.TITLE && !givenNameTitle(T, end)))) return false;
  // "Attorney General", "Consul General", "Inspector General": a title that ends with the rank word.
  if (before >= 0 && kind[before] & CAP && textFlags[before] & W.TITLE && (lex.titles.longest(before, key)?.end ?? 0) > i) return false;
  // ("Brigadier (ret'd) Mark X": past the retirement's note.)
  const at = retiredNoteEnd(T, end) || end;
  // ("General Sir Henry X": a knight's style between the rank and the name.)
  // ("General the Honourable Sir Peter X": or "the" and the styles of a governor-general.)
  let styled = T.text[at] === 'the' && T.textFlags[at + 1] & W.HONORIFIC ? pastStyles(lex, T, at + 1, key) : at;
  // ("General (GEN) Manoj X": the rank's initials in brackets, then the name.)
  if (T.text[styled] === '(' && /^[A-Z]{2,4}$/.test(T.text[styled + 1] ?? '') && T.text[styled + 2] === ')') styled += 3;
  if (lex.ambiguousRanks.has(rank)) return styled < T.n && (isName(T, styled) || initialsBeforeName(T, styled) || (T.text[styled] === 'Sir' && isName(T, styled + 1)));
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

/** "(International Cooperation)" right after token `end`: the token after its ")" when it names a domain, else 0. */
function parenthesizedDomain(T: TokenStream, end: number): number {
  if (T.text[end] !== '(') return 0;
  let k = end + 1;
  let words = 0;
  for (; k < T.n && k <= end + 8 && T.text[k] !== ')'; k++) {
    const t = T.text[k];
    // Capitalized words of a name (not a short form in capitals), and the words that join them.
    if (T.kind[k] & CAP && /\p{Ll}/u.test(t)) words++;
    else if (!['and', 'of', 'for', '&', ','].includes(t)) return 0;
  }
  // (One word must be a domain: "(Kasad)" is the office's own short name.)
  if (words === 1 && k === end + 2 && !(T.textFlags[end + 1] & W.PORTFOLIO)) return 0;
  return T.text[k] === ')' && words > 0 ? k + 1 : 0;
}

/** The token after an acting holder's mark in parentheses at `j` ("(S)", "(ag)", "(a.i.)", "(acting)"), else `j`. */
function pastActingMark(T: TokenStream, j: number): number {
  // ("Charge d'Affaires a.i., X": the mark without parentheses.)
  if (/^a\.i\.?$/.test(T.written(j))) return T.text[j + 1] === '.' ? j + 2 : j + 1;
  // ("Charge d'Affaires ad interim of the U.S. to Georgia X": the mark written out.)
  if (T.written(j).trim() === 'ad' && T.written(j + 1).trim() === 'interim') return j + 2;
  if (T.text[j] !== '(') return j;
  let k = j + 1;
  while (k < T.n && k <= j + 5 && T.text[k] !== ')') k++;
  let mark = '';
  for (let m = j + 1; m < k; m++) mark += T.written(m);
  return T.text[k] === ')' && ACTING_MARK.test(mark) ? k + 1 : j;
}
// ("Permanent Secretary (Ag.), X": capitalized, with its stop.)
const ACTING_MARK = /^(?:S|s|[Aa]g\.?|a\.?i\.?|acting|Acting|interim|Interim|i)$/;

/** "Political-Military", "Politico-Military": a hyphenated domain whose every part is a word of the lexicons. */
function reservedCompound(lex: Lexicon, word: string): boolean {
  if (!word.includes('-')) return false;
  for (const part of word.split('-')) if (!part || !((lex.vocabulary.get(part)?.flags ?? 0) & W.RESERVED)) return false;
  return true;
}

/**
 * ", African Cooperation, and Moroccan Expatriates": a list of domains after an office's first one, each of capitalized
 * words of the lexicons (a nationality among them), closed by "and" and its last domain. The token after it, or 0.
 */
function domainListEnd(T: TokenStream, comma: number, rankEnd: Int32Array, titleEnd: Int32Array, countryEnd: Int32Array): number {
  const domainWord = (x: number) => isDomainWord(T, x, rankEnd, titleEnd, countryEnd, true);
  let x = comma;
  let closed = false;
  // ("Economy, Trade & Industry": an ampersand closes it as "and" does.)
  const and = (y: number) => T.text[y] === 'and' || T.text[y] === '&';
  for (let items = 0; items < 4 && !closed; items++) {
    if (T.text[x] === ',' && and(x + 1)) { x += 2; closed = true; }
    else if (and(x)) { x++; closed = true; }
    else if (T.text[x] === ',') x++;
    else return 0;
    // ("Minister of Fisheries, Oceans and the Canadian Coast Guard": the last a body, with its article.)
    if (closed && T.text[x] === 'the' && domainWord(x + 1)) x++;
    if (!domainWord(x)) return 0;
    while (domainWord(x)) x = countryEnd[x] || x + 1;
    // (Each domain ends in one of the lexicon's words, not a nationality alone: not ", Moroccan X".)
    if (countryEnd[x - 1] === x || !(T.baseFlags[x - 1] & W.RESERVED)) return 0;
    if (closed) break;
    // (An item not followed by another: a list with no "and" is no list of domains.)
    if (T.text[x] !== ',' && !and(x)) return 0;
  }
  return closed ? x : 0;
}

/** Past the rank at token `k` ("Rear Admiral", "Lt. Gen."), or `k` where none opens there. */
function pastRank(lex: Lexicon, T: TokenStream, k: number): number {
  return T.textFlags[k] & W.RANK ? lex.ranks.longest(k, (j) => (j < T.n ? T.text[j] : undefined))?.end ?? k : k;
}
/** A body's kind in lower case that an office may head ("Speaker of the council", "Chairman of the board"). */
const LOWER_BODY = /^(?:council|parliament|senate|assembly|chamber|committee|commission|board)$/;
/** A nation's services in lower case, written possessive before an office ("the Kenyan army's chief of staff"). */
const POSSESSIVE_SERVICES = new Set(['army', 'navy', 'military', 'government', 'ministry', 'police']);
/** Words after a nation's people in a ministry's name for its citizens abroad. */
const ABROAD = new Set(['Abroad', 'Overseas', 'Expatriates', 'Diaspora']);
/** "Senegalese Abroad", "Tunisians Abroad" at token `k`: the nation whose citizens abroad an office serves, or null. */
function citizensAbroad(lex: Lexicon, T: TokenStream, k: number): string | null {
  if (!ABROAD.has(T.text[k + 1] ?? '') || !(T.kind[k] & CAP)) return null;
  const nation = (w: string) => lex.countries.longest(0, (j) => (j === 0 ? w : undefined))?.value.name ?? null;
  return nation(T.text[k]) ?? (T.text[k].endsWith('s') ? nation(T.text[k].slice(0, -1)) : null);
}

/** The office's span as written, to `end`: the aide's principal and brief are part of it. */
function widenOffice(res: Introduction, start: number, end: number): void {
  const e = res.entities.find((x) => x.type === 'position' && x.start === start);
  if (e && e.end < end) e.end = end;
}

/** A capitalized word of the lexicons naming an office's domain (or, `withCountry`, a nationality), no rank, office or style. */
function isDomainWord(T: TokenStream, x: number, rankEnd: Int32Array, titleEnd: Int32Array, countryEnd: Int32Array, withCountry: boolean): boolean {
  return x < T.n && (T.kind[x] & CAP) !== 0 && !rankEnd[x] && !titleEnd[x] && !(T.textFlags[x] & W.HONORIFIC) &&
    // ("Moroccans Abroad", "Malians Abroad": a nation's people abroad.)
    (withCountry ? (T.baseFlags[x] & W.RESERVED) !== 0 || countryEnd[x] > 0 || T.text[x + 1] === 'Abroad' : !countryEnd[x] && (T.baseFlags[x] & W.RESERVED) !== 0);
}

/** "Communication and Coordination": a run of the lexicons' capitalized domain words, joined by "and". The token after it. */
function reservedRunEnd(T: TokenStream, k: number, rankEnd: Int32Array, titleEnd: Int32Array, countryEnd: Int32Array): number {
  const domainWord = (x: number) => isDomainWord(T, x, rankEnd, titleEnd, countryEnd, false);
  let x = k;
  while (domainWord(x) || (x > k && T.text[x] === 'and' && domainWord(x + 1))) x++;
  return x;
}

/** Monarchs an envoy may be styled as representing ("Ambassador of His Majesty the King of Morocco"). */
const MONARCHS = new Set(['King', 'Queen', 'Sultan', 'Emir', 'Amir', 'Grand']);

/** A lower-case word (or a run the scanner collapsed) that may name an office's domain, not a clause's next word. */
function lowerWord(T: TokenStream, m: number): boolean {
  if (m >= T.n) return false;
  // (Nor a verb in the past before its object: "The Chinese minister of water resources suggested the exchange".)
  if (m + 1 < T.n && OBJECT_OPENERS.has(T.text[m + 1]) && /[a-z]ed\s*$/.test(T.written(m))) return false;
  if (T.kind[m] & GAP) return true;
  const t = T.text[m];
  // (Nor a meeting's verb: "President of Uzbekistan receives Ministers ...".)
  // (Unless the brief "for" it: "special representative for dialogue between A and B".)
  return (T.kind[m] & WORD) !== 0 && !(T.kind[m] & CAP) && !(T.kind[m] & DIGIT) && !DOMAIN_STOP.has(t) && (!(T.textFlags[m] & W.TRIGGER) || (DOMAIN_NOUNS.has(t) && T.text[m - 1] === 'for'));
}
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'that', 'to', 'him', 'them']);

/** Whether the words before token i say that the one named there commands: "commanded by", "under the command of". */
export function commandingAt(T: TokenStream, i: number): boolean {
  return i > 2 && ((T.text[i - 1] === 'by' && /^commanded$/i.test(T.written(i - 2).trim())) ||
    (i > 4 && T.text[i - 1] === 'of' && T.written(i - 2).trim() === 'command' && T.text[i - 3] === 'the' && T.written(i - 4).trim() === 'under'));
}
/** Offices of a ship's officers, which may name the ship right after them ("Commanding Officer INS Delhi"). */
const SHIP_OFFICE = /\b(?:Commanding Officer|Executive Officer|Captain|Commander|CO)$/;
/** The level of a local body, told in lower case before its name ("the provincial People's Committee"). */
const LOCAL_LEVELS = new Set(['city', 'provincial', 'municipal', 'district', 'regional', 'prefectural', 'county', 'province', 'town']);
/** A party's standing, told before its name ("the ruling ZANU-PF party"). */
const PARTY_STANDING = new Set(['ruling', 'governing', 'opposition', 'main']);

/** Lower-case words that end an office's domain: a clause or another phrase starts. */
// ("The Algerian ambassador for his part expressed", "thanked the ambassador for his contribution": a possessive opens no
// domain.)
const DOMAIN_STOP = new Set(['and', 'the', 'a', 'an', 'of', 'for', 'in', 'to', 'at', 'on', 'with', 'by', 'from', 'who', 'which', 'that', 'said', 'says', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'as',
  'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** An office closed by "of" or "for" and one capitalized word ("President of the Transitional"). */
const OFFICE_CLOSED_BY_MODIFIER = /\b(?:of|for)(?:\s+the)?\s+(\p{Lu}[\p{L}-]*)$/u;
/** Words that qualify a noun to come: adjectives by their ending, and a few that are used so. */
const OFFICE_MODIFIER = /^(?:\p{Lu}\p{Ll}+(?:al|ive|an)|Foreign|Permanent|Border|Overseas|All|First|Training|Military|Arctic|South|North|East|West)$/u;

/** A monument right after a name: its statue, memorial or tomb. */
const MONUMENT_AFTER = /^\s*(?:statue|statues|memorial|mausoleum|monument|shrine|tomb|bust)\b/;

export interface Introduction {
  entities: LocalEntity[];
  name: { start: number; end: number } | null;
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  next: number;
  /** A second holder of an office in the plural ("Foreign Ministers A of Uruguay and B of Argentina"). */
  also?: { start: number; end: number; country: string | null };
  /** More holders of an office in the plural ("Foreign Ministers A, B, C and D"). */
  more?: { start: number; end: number; country?: string }[];
}

/** Past a short form in brackets at token k ("(KSA)"), else k. */
function pastShortForm(T: TokenStream, k: number): number {
  return T.text[k] === '(' && /^\p{Lu}{2,6}$/u.test(T.text[k + 1] ?? '') && T.text[k + 2] === ')' ? k + 3 : k;
}
/**
 * [POSITION [of ORG]] [RANK] [HONORIFIC] Name — the way news introduces officials. Parses from token i
 * and returns the entities found and the name's token range.
 */
export function introduction(
  lex: Lexicon, T: TokenStream, i: number, titleEnd: Int32Array, rankEnd: Int32Array, orgEndAt: Int32Array,
  countryEnd: Int32Array, key: (j: number) => string | undefined, entities: LocalEntity[],
): Introduction {
  const { text: tx, start: st, end: en, baseEnd: be, kind: kd, n } = T;
  const res: Introduction = { entities: [], name: null, rank: null, position: null, organization: null, country: null, next: i + 1 };
  const text = (a: number, b: number) => joinTokens(T, a, b);
  // ("INS Sahyadri, commanded by Captain X,", "INS Delhi and INS Satpura, under the command of Rear Admiral Y": the navy
  // of the ships he commands is his country.)
  if (commandingAt(T, i)) {
    for (let k = i - 3; k >= 0 && k >= i - 12; k--) {
      const flag = lex.vesselFlags.get(tx[k]);
      if (flag) { res.country = flag; break; }
      // ("Indian Naval Ship Sunayna, under the command of": a navy named by its nation.)
      if (countryEnd[k] && /^(?:Navy|Naval|Coast)$/.test(tx[countryEnd[k]] ?? '')) { res.country = text(k, countryEnd[k]); break; }
    }
  }
  // "his Rwandan counterpart Gen X", "his Russian counterpart, Foreign Minister X": the cue word before the office.
  const cueAt = lex.nameCues.has(tx[i - 1]) ? i - 1 : tx[i - 1] === ',' && lex.nameCues.has(tx[i - 2]) ? i - 2 : -1;
  // Country adjective right before ("Chinese Defense Attaché"), or before the cue.
  // ("Trinidad and Tobago Prime Minister X": a name of several words.)
  // ("Peru's new Foreign Minister X", "Peru's newly appointed Ambassador X": the nationality before "new".)
  let lead = i;
  // ("France (FR) Defence Attaché": a country's short form in brackets between it and the office.)
  // (Not a body's: "U.S. Forces Korea (USFK) Commander" is the United States' command in Korea.)
  if (lead >= 4 && tx[lead - 1] === ')' && tx[lead - 3] === '(' && /^\p{Lu}{2,3}$/u.test(tx[lead - 2]) && countryStartBefore(countryEnd, lead - 3) >= 0) lead -= 3;
  if (TERM_WORDS.has(tx[lead - 1])) lead--;
  else if (tx[lead - 1] === 'appointed' && APPOINTED_WHEN.has(tx[lead - 2])) lead -= 2;
  // ("The Kenyan army's chief of staff, Lt. Gen. X": a nation's service, possessive, before the office.)
  else if (lead >= 2 && !(kd[lead - 1] & CAP) && T.baseEnd[lead - 1] !== T.end[lead - 1] && POSSESSIVE_SERVICES.has(T.base[lead - 1])) lead--;
  const before = countryStartBefore(countryEnd, lead);
  if (before < 0) lead = i;
  // ("During his stay in Sudan President X met ...": a country after "in" is where, not whose.)
  const where = before >= 1 && (tx[before - 1] === 'in' || tx[before - 1] === 'at') && !/^[\p{Lu}.]+$/u.test(text(before, lead));
  const cueNation = cueAt > 0 ? countryStartBefore(countryEnd, cueAt) : -1;
  if (!where) {
    if (before >= 0 && (kd[before] & CAP || before === lead - 2)) res.country = text(before, lead);
    // ("his Sri Lankan counterpart Admiral X": a nationality of two words before the cue.)
    else if (cueNation >= 0) res.country = text(cueNation, cueAt);
  }
  // ("Nairobi’s Special Envoy X", "Moscow's ambassador": a capital's possessive before the office stands for its state.)
  if (!res.country && !where && i >= 1 && T.baseEnd[i - 1] !== T.end[i - 1] && T.baseFlags[i - 1] & W.CAPITAL) {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const capital = capitalAt(lex, T, k);
      if (capital?.end !== i) continue;
      // (Not an embassy's city: "The United States Embassy Harare's Charge D'Affaires" serves the embassy's state.)
      const state = !EMBASSY_WORD.test(tx[k - 1] ?? '') ? -1 : k >= 2 ? countryStartBefore(countryEnd, k - 1) : -2;
      if (state === -1) res.country = capital.value.name;
      else if (state >= 0) res.country = text(state, k - 1);
      break;
    }
  }
  // ("Scotland's First Minister X", "Tatarstan's President Y": a province's possessive before an office gives the
  // country it is part of.)
  // ("Northern Ireland's First Minister": a province's name of several words wins over the country inside it.)
  if (!where && i >= 1 && T.baseEnd[i - 1] !== T.end[i - 1] && kd[i - 1] & CAP) {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      if (!(kd[k] & CAP) || (res.country && k === i - 1) || EMBASSY_WORD.test(tx[k - 1] ?? '')) continue;
      const province = regionOf(text(k, i));
      if (province) {
        res.country = province;
        break;
      }
    }
  }
  // ("Arunachal Pradesh Governor X": a province's name before a local office gives its country.)
  // (The province is part of the office as stated: "Karnataka Chief Minister", "Lagos State Governor".)
  let provinceStart = -1;
  // ("Tatarstan President X", "Puntland State President Y": so is a province the lexicon knows before the head of its
  // government.)
  const local = titleEnd[i] > i && LOCAL_OFFICE.test(text(i, titleEnd[i]));
  if (!res.country && !where && titleEnd[i] > i && (local || REGION_HEAD.test(text(i, titleEnd[i])))) {
    for (let k = Math.max(0, i - 3); k < i && !res.country && provinceStart < 0; k++) {
      if (!(kd[k] & CAP)) continue;
      // ("Yerevan Mayor X": or a city the lexicon knows, before the mayor of it.)
      // ("Chiang Mai Governor X": or a city the lexicon knows, before the governor of its province.)
      const city = local && /(?:Mayor|Governor)$/.test(text(i, titleEnd[i])) && T.baseFlags[k] & W.CAPITAL ? lex.capitals.longest(k, key) : null;
      res.country = regionOf(text(k, i).replace(/ State$/, '')) ?? (city?.end === i ? city.value.name : null);
      // ("Punjab Chief Minister": a province of two countries is the office's all the same.)
      if (res.country || (local && AMBIGUOUS_REGIONS.has(text(k, i)))) provinceStart = k;
    }
  }
  // ("Sindh Chief Secretary X", "Jiangsu Deputy Director General of Public Security Y", "Lusaka Province Minister Z": a
  // province right before any other office is part of it as stated, and gives its country.)
  if (provinceStart < 0 && !where && titleEnd[i] > i && i > 0 && kd[i - 1] & CAP && !countryEnd[i - 1] && T.baseEnd[i - 1] === T.end[i - 1]) {
    for (let k = Math.max(0, i - 3); k < i && provinceStart < 0; k++) {
      // (Not where the meeting was, "in Samarkand Acting Foreign Minister X", nor a dateline's city opening a
      // paragraph, "Baghdad Deputy Chairman of ...".)
      if (k === 0 || /^(?:in|at|from)$/.test(tx[k - 1]) || lineBreakBefore(T, k)) continue;
      if (countryEnd[k] || rankEnd[k] || titleEnd[k] || T.textFlags[k] & (W.HONORIFIC | W.TITLE | W.MONTH | W.DAY)) continue;
      let capitalized = true;
      for (let x = k; x < i && capitalized; x++) capitalized = (kd[x] & CAP) !== 0;
      if (!capitalized) continue;
      const kindWord = i - 1 > k && placeKindAt(T, i - 1);
      const name = text(k, kindWord ? i - 1 : i);
      const country = regionOf(name) ?? (kindWord ? capitalAt(lex, T, k)?.value.name : undefined);
      if (country) {
        provinceStart = k;
        res.country ??= country;
      }
    }
  }
  // ("Acting Punjab Governor X": a word of tenure before the province opens the office as stated.)
  if (provinceStart > 0 && PROVINCE_TENURE.test(tx[provinceStart - 1])) provinceStart--;
  const cueCountry = res.country !== null && cueNation >= 0;
  // ("The United States Department of Defence announced its secretary, X,": the body the possessive stands for, the
  // clause's subject.)
  // ("Malaysia offered the proposal at a meeting between the country's Home Affairs Minister X": the country the
  // sentence named before, standing for itself.)
  // ("South Africa is committed to its relations with Zimbabwe, the country's Minister X has said": the country that
  // opens the sentence, its subject, over one named after it.)
  if (!res.country && i >= 2 && /^(?:the|The)\s+(?:country|nation|kingdom|republic)['’]s$/.test(joinTokens(T, i - 2, i))) {
    let nearest = -1;
    let k = i - 3;
    for (; k >= 0 && k >= i - 40 && tx[k] !== '.' && tx[k] !== ';'; k--) if (countryEnd[k] && countryEnd[k] <= i - 2 && nearest < 0) nearest = k;
    const opening = k + 1 + (tx[k + 1] === 'The' ? 1 : 0);
    // (The country itself, the verb after it: not a nationality opening an office, "Chinese Foreign Minister X has had
    // a meeting in Laos with the country's President".)
    // (Nor its possessive: "India's newly appointed ambassador to Bahrain ... met with the country's Minister" is Bahrain's.)
    const subject = (k < 0 || tx[k] === '.' || tx[k] === ';') && countryEnd[opening] && countryEnd[opening] <= i - 2 && countryEnd[opening] < tx.length && /^\s*\p{Ll}/u.test(T.written(countryEnd[opening])) &&
      T.baseEnd[countryEnd[opening] - 1] === T.end[countryEnd[opening] - 1] ? opening : -1;
    const chosen = subject >= 0 ? subject : nearest;
    if (chosen >= 0) res.country = text(chosen, countryEnd[chosen]);
  }
  // ("a delegation of the US-based International Republican Institute (IRI) led by its President X": the body the
  // delegation is of.)
  // ("received the delegation of the OSCE/ODIHR Election Observation Mission headed by Ambassador X": so without "its".)
  const ledByIts = i >= 4 && /\b(?:led|headed) by its$/.test(joinTokens(T, i - 3, i));
  const delegationLed = !ledByIts && i >= 3 && /\b(?:led|headed) by$/.test(joinTokens(T, i - 2, i));
  if (i >= 2 && ((!(kd[i] & CAP) && /(?:^| )its$/.test(T.written(i - 1))) || ledByIts || delegationLed)) {
    for (let k = i - 2; k >= 0 && k >= i - 14 && tx[k] !== '.' && tx[k] !== ';'; k--) {
      // ("a delegation of Moldova's Border Police led by ...": a country's possessive may open the body.)
      if (delegationLed && !(orgEndAt[k] && /\bdelegation (?:of|from) (?:the )?(?:\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?(?:\s?['’]s?)? )?$/u.test(`${joinTokens(T, Math.max(0, k - 5), k)} `))) continue;
      if (orgEndAt[k] && orgEndAt[k] <= i - 1 && orgEndAt[k] >= (ledByIts || delegationLed ? i - 8 : i - 3)) {
        res.organization = text(k, orgEndAt[k]);
        if (countryEnd[k]) res.country ??= text(k, countryEnd[k]);
        const owner = countryStartBefore(countryEnd, k);
        if (owner >= 0 && T.baseEnd[k - 1] !== T.end[k - 1]) res.country ??= text(owner, k);
        break;
      }
    }
  }
  // "AFP Chief of Staff Gen. X", "Japan Maritime Self-Defense Force (JMSDF) Chief of Staff": the body right
  // before an office is the holder's; so is the body before the cue ("his Royal Brunei Navy (RBN) counterpart,
  // First Admiral X").
  let close = cueAt > 0 ? cueAt : i;
  let serviceStart = -1;
  if (tx[close - 1] === ')' && tx[close - 3] === '(') close -= 3;
  for (let k = close - 1; k >= 0 && k >= close - 12; k--) {
    // ("PLA Navy Commander Admiral X": a body that runs into the office is the holder's too.)
    if (orgEndAt[k] === close || (close === i && cueAt < 0 && orgEndAt[k] > i && orgEndAt[k] < titleEnd[i])) {
      res.organization = text(k, orgEndAt[k]);
      // "Naval Forces Commander", "Republic of Fiji Military Forces Commander": a service named by its kind (a
      // nation's name aside) is part of the office as stated; a body's own name ("AFP", "Joint Staff") is not.
      if (close === i && isServiceName(T, k, close, countryEnd)) serviceStart = k;
      // ("Defence Ministry spokesman X", "SOUTHCOM Commander X": a bare head names its office by the body.)
      // (Not after the body's possessive: "the Defense Ministry's spokesperson".)
      // ("Chinese Defense Ministry spokesperson": the nationality opening the body is the holder's country.)
      // ("European Commission President X", "Senate President Y", "Iraqi Parliament Speaker Z" alike, not "OAS
      // Secretary for External Relations".)
      // ("Independent Election Commission (IEC) Chairman X": its short form in brackets between.)
      else if ((close === i || (close === i - 3 && cueAt < 0 && kd[i] & CAP)) && orgEndAt[k] === close && be[close - 1] === en[close - 1] && bareHeadAt(T, i, titleEnd) && !/^(?:for|of|to|at)$/.test(tx[i + 1] ?? '')) {
        serviceStart = countryEnd[k] > k && countryEnd[k] < i ? countryEnd[k] : k;
        if (serviceStart > k) res.country ??= text(k, serviceStart);
      }
      // ("Colombia's Armed Forces commander, General X": a nation's possessive before the body is the holder's.)
      if (!res.country && k > 0 && countryEnd[countryStartBefore(countryEnd, k)] === k) {
        const c = countryStartBefore(countryEnd, k);
        if (c >= 0 && T.baseEnd[k - 1] !== T.end[k - 1]) res.country = text(c, k);
      }
      break;
    }
  }
  // ("INEC Chairman Mahmood X": a short form in capitals the lexicons do not know, right before a bare head, names
  // the body whose head he is.)
  if (serviceStart < 0 && !res.organization && cueAt < 0 && i > 0 && bareHeadAt(T, i, titleEnd) && /^\p{Lu}{3,6}$/u.test(tx[i - 1]) &&
      !countryEnd[i - 1] && !rankEnd[i - 1] && !titleEnd[i - 1] && !(T.textFlags[i - 1] & (W.TITLE | W.HONORIFIC | W.MONTH | W.DAY)) && (i === 1 || !(kd[i - 2] & CAP) || tx[i - 2] === 'The')) {
    serviceStart = i - 1;
    res.organization = tx[i - 1];
  }
  if (serviceStart < 0) serviceStart = provinceStart;
  // ("UN secretary general's special envoy for humanitarian affairs X": an envoy named after his principal's
  // possessive; the principal is part of the office, and a Secretary-General no body is named with is the UN's.)
  const principal = serviceStart < 0 && ENVOY_HEAD.test(text(i, Math.max(titleEnd[i], i + 1))) ? principalPossessive(T, i) : -1;
  if (principal >= 0) {
    serviceStart = principal;
    const body = orgEndAt[principal - 2] === principal ? principal - 2 : orgEndAt[principal - 1] === principal ? principal - 1 : -1;
    if (body >= 0) res.organization ??= text(body, principal);
    else if (/^Secretary[- ]General$/.test(capitalized(text(principal, i)))) res.country ??= 'United Nations';
  }
  let j = i;
  // Several positions may be stacked ("Member of the Politburo, Defense Minister", "Deputy Prime Minister and
  // Minister of National Defense"): take them in turn; the person's office is the whole stack as written.
  const stackStart = i;
  for (let guard = 0; guard < 4 && j < n && titleEnd[j]; guard++) {
    // "Defence Minister Senator Marise Payne": after an office, a style of address before the name is no office.
    // ("Director General at the Ministry of Foreign Affairs, Ambassador X": so is "Ambassador" after a comma.)
    // ("Secretary-General Ambassador X", "Minister of foreign affairs Ambassador Y": a career diplomat's style.)
    // ("Spokesman for the Presidency, Counselor X": the style of a senior civil servant, after a comma.)
    if (guard > 0 && (STYLES.has(tx[j]) || tx[j] === 'Ambassador' || (tx[j - 1] === ',' && COUNSELOR.test(tx[j]))) && titleEnd[j] === j + 1 && isName(T, j + 1)) {
      res.entities.push({ type: 'position', start: st[j], end: en[j] });
      j++;
      break;
    }
    const start = j;
    const lowerOffice = !(kd[start] & CAP);
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
    // "Commander Australian Fleet": a body right after the office completes it.
    // ("Press Secretary Air Force Maj. Gen. Pat Ryder": a bare service before a rank belongs to the rank.)
    // ("Chairman Joint Chiefs of Staff Committee General X": a body that is no service goes with the office.)
    if (j > start && orgEndAt[j] && !orgEndAt[start] && (!rankEnd[orgEndAt[j]] || countryEnd[j] || (orgEndAt[j] - j >= 3 && !isServiceName(T, j, orgEndAt[j], countryEnd)))) {
      res.organization = text(j, orgEndAt[j]);
      j = orgEndAt[j];
    }
    // "Commander Airforce", "Commander Navy": a bare service right after the office completes it (not before a
    // rank or a name: "Press Secretary Navy Captain X").
    if (j > start && BARE_SERVICES.has(tx[j]) && !rankEnd[j + 1] && !isName(T, j + 1)) j++;
    // "Director Peace Support Operations", "Director Military Operations Major General X": domains right after
    // the office, without "of", complete it (two or more, or one closed by a comma).
    if (j > start && kd[start] & CAP) {
      let m = j;
      while (m < n && kd[m] & CAP && T.textFlags[m] & W.PORTFOLIO && !rankEnd[m] && !titleEnd[m] && !countryEnd[m] && !orgEndAt[m]) m++;
      // ("Secretary Interior Aftab Akbar Durrani": the South Asian style of a secretary's ministry, before the holder.)
      if (m - j >= 2 || (m - j === 1 && (tx[m] === ',' || tx[m] === '.' || (tx[j - 1] === 'Secretary' && isName(T, m) && isName(T, m + 1))))) j = m;
      else {
        // ("Director-General Inter-Services Intelligence Lieutenant General X": a body's words the lexicons do not
        // hold, closed by a domain, then the holder's rank.)
        let q = j;
        while (q < n && q < j + 4 && kd[q] & CAP && !rankEnd[q] && !titleEnd[q] && !countryEnd[q] && !(T.textFlags[q] & W.HONORIFIC)) q++;
        if (q > j + 1 && rankEnd[q] && T.textFlags[q - 1] & W.PORTFOLIO) j = q;
      }
    }
    // "of [the] ORG", "of [the] Portfolio", "for Defence of Australia" complete the office.
    // ("Chief of the Army Staff (COAS) of the Nepal Army": the office's initials may stand before a complement.)
    const complement = () => {
      if (j > start && tx[j] === '(' && tx[j + 2] === ')' && (tx[j + 3] === 'of' || tx[j + 3] === 'for') && INITIALS.test(tx[j + 1] ?? '')) j += 3;
      // ("Minister Delegate in charge of Cooperation with the Islamic World": the French form of a portfolio.)
      if (j > start && tx[j] === 'in' && tx[j + 1] === 'charge' && tx[j + 2] === 'of' && kd[tx[j + 3] === 'the' ? j + 4 : j + 3] & CAP) j += 2;
      // ("Special Envoy on Climate Change", "Special Adviser on Africa": an envoy's or adviser's brief after "on".)
      // ("Secretary to the Ministry of Defence", "Permanent Secretary to the Treasury": the body a secretary serves.)
      // ("Minister for Cooperation with Africa", "for Relations with Parliament": the partner of a portfolio of ties.)
      // ("coordinator for nuclear talks with Iran": or the party of the talks that are his brief.)
      if (j > start && tx[j] === 'with' && (TIES.has(tx[j - 1]) || domainNoun(T, j - 1)) && kd[tx[j + 1] === 'the' ? j + 2 : j + 1] & CAP) return true;
      // ("Minister in the Office of the Prime Minister": a minister seated in an office that serves another.)
      if (j > start && tx[j] === 'in' && tx[j + 1] === 'the' && OFFICE_OF_OFFICE.test(tx[j + 2]) && tx[j + 3] === 'of') return true;
      return tx[j] === 'of' || tx[j] === 'for' || (tx[j] === 'on' && kd[j + 1] & CAP && (briefHolder(text(start, j)) || (titleEnd[start] > start && BRIEF_HEADS.test(text(start, titleEnd[start]))))) ||
        (tx[j] === 'to' && /Secretary$/.test(tx[j - 1]) && orgEndAt[tx[j + 1] === 'the' ? j + 2 : j + 1] > 0);
    };
    // ("Chargé d'Affaires a.i. of the Embassy of the United States", "Chargé d'Affaires, a.i of the Embassy": an acting
    // holder's mark before the office's complement; the complement goes on after it.)
    if (j > start) {
      const c = tx[j] === ',' ? j + 1 : j;
      const m = pastActingMark(T, c);
      if (m > c && tx[m] === 'of') j = m;
    }
    let end = j;
    // (The principal an envoy is of: "Special Envoy of the Secretary-General".)
    let envoyOf: string | null = null;
    while (complement()) {
      let k = j + 1;
      if (tx[k] === 'the') k++;
      // ("special envoy for the Belgrade-Pristina dialogue Peter X": the process the brief is for, then its holder.)
      if (tx[j] === 'for') {
        let m = k;
        // ("Special Presidential Envoy for Somaliland Talks Abdikarim X": or the noun in capitals, closing the run.)
        while (m < n && m < k + 6 && kd[m] & CAP && !rankEnd[m] && !titleEnd[m] && !(m > k && briefBeforeHolder(T, m))) m++;
        if (m > k && briefBeforeHolder(T, m)) {
          j = end = m + 1;
          break;
        }
        // ("special envoy for North Korea Sung X": a country the brief is for, then the holder's full name.)
        if (tx[k - 1] !== 'the' && countryEnd[k] && ENVOY_BRIEF.test(text(start, j)) && isName(T, countryEnd[k]) && isName(T, countryEnd[k] + 1)) {
          j = end = countryEnd[k];
          break;
        }
        // ("Office for Kosovo-Metohija Petar X": a place of two names joined, then the holder.)
        if (placeCompound(tx[k]) && isName(T, k + 1) && isName(T, k + 2)) {
          j = end = k + 1;
          break;
        }
        // ("High Representative for Silencing the Guns, Mohamed X,": a brief in capitals with its small words, closed by
        // a comma before its holder.)
        let w = k;
        while (w < n && w < k + 8 && (kd[w] & CAP || ((tx[w] === 'the' || tx[w] === 'of' || tx[w] === 'and') && w > k && kd[w + 1] & CAP)) && !rankEnd[w] && !titleEnd[w]) w++;
        const holder = tx[w] === ',' ? holderAfterComma(lex, T, w, key) : -1;
        if (w > k + 2 && (tx.slice(k, w).includes('the') || tx.slice(k, w).includes('and')) && holder > 0 && isName(T, holder) && nameEnd(lex, T, holder) - holder >= 2) {
          j = end = w;
          break;
        }
      }
      // ("President of the ruling ZANU-PF party": a party told by its standing first.)
      // ("Vice Chairman of the city People's Committee": the level of a local body, in lower case, before its name.)
      // ("Chairman of municipal People's Committee X", "Secretary of the city's Party Committee Y": the level without
      // "the", or the place's own noun as a possessive.)
      const level = T.written(k).trim().replace(/['’]s$/, '');
      if ((tx[k - 1] === 'the' && (PARTY_STANDING.has(T.written(k).trim()) || LOCAL_LEVELS.has(level)) || (tx[k - 1] === 'of' && LOCAL_LEVELS.has(level))) && orgEndAt[k + 1]) k++;
      // ("of the northern port city of Hải Phòng Hoàng Minh X": a city told by its kind, then the holder's name.)
      const told = tx[k - 1] === 'the' ? cityToldByKind(T, k) : -1;
      if (told > 0) {
        // ("of the autonomous region of Somaliland Ahmed X": or a country, as the lexicon has it.)
        const city = countryEnd[told] ? null : lex.capitals.longest(told, key);
        const placeEnd = countryEnd[told] || (city?.end ?? 0);
        if (placeEnd && isName(T, placeEnd) && isName(T, placeEnd + 1)) {
          res.country ??= city ? city.value.name : text(told, placeEnd);
          j = end = placeEnd;
          break;
        }
        // ("of the southern province of Ba Ria-Vung Tau Dang Minh X": a place the lexicons do not know, then a name
        // that opens on a family name the lexicon knows.)
        const holder = placeEnd ? -1 : holderAfterUnknownPlace(lex, T, told);
        if (holder > 0) {
          j = end = holder;
          break;
        }
      }
      // ("Cooperation with the Islamic World": the partner's name in capitals, whatever the lexicons know of it; so
      // is what a minister is "in charge of": "Economic Revitalization".)
      if (tx[j] === 'with' || (tx[j - 1] === 'charge' && tx[j - 2] === 'in')) {
        let m = capitalsRun(T, k, k + 6, rankEnd, titleEnd);
        if (m === k) break;
        // ("in charge of the Francophonie Jean-Baptiste X": a run of three capitals or more, closed there, ends on its
        // holder's name.)
        if (endsOnHolder(T, k, m)) m -= 2;
        j = end = Math.min(m, k + 4);
        continue;
      }
      // ("Chief of the Office of the Minister of Foreign Affairs", "Deputy Director of the Private Office of the Secretary
      // General of NATO": an office serving another office, whose own complement follows.)
      const inner = (tx[k] === 'Private' ? k + 1 : k);
      if (OFFICE_OF_OFFICE.test(tx[inner]) && tx[inner + 1] === 'of') {
        const t = tx[inner + 2] === 'the' ? inner + 3 : inner + 2;
        if (titleEnd[t] > t) {
          j = end = titleEnd[t];
          continue;
        }
      }
      // ("Special Envoy of the Secretary-General for Myanmar", "Special Representative of the Chairperson of the AU
      // Commission": an envoy of a principal's office, whose own complement follows.)
      if (tx[j] === 'of' && titleEnd[k] > k && ENVOY_HEAD.test(text(start, j)) && PRINCIPAL.test(text(k, titleEnd[k]))) {
        envoyOf = text(k, titleEnd[k]);
        j = end = titleEnd[k];
        continue;
      }
      // ("Special Representative of the UN Secretary General for West Africa": or the principal of a body named first.)
      const principalAt = orgEndAt[k];
      if (tx[j] === 'of' && principalAt && titleEnd[principalAt] > principalAt && ENVOY_HEAD.test(text(start, j)) && PRINCIPAL.test(text(principalAt, titleEnd[principalAt]))) {
        res.organization = text(k, principalAt);
        envoyOf = text(principalAt, titleEnd[principalAt]);
        j = end = titleEnd[principalAt];
        continue;
      }
      // ("a member of the Palestinian group Hamas": a body the lexicons know, told by its kind and nation first.)
      const kindEnd = countryEnd[k] && GROUP_KINDS.test(T.written(countryEnd[k]).trim()) ? countryEnd[k] + 1 : 0;
      if (kindEnd && orgEndAt[kindEnd]) k = kindEnd;
      // "Commander of the 1st Infantry Battalion": a unit's ordinal opens its name.
      if (ORDINAL.test(tx[k]) && orgEndAt[k + 1]) {
        res.organization = text(k, orgEndAt[k + 1]);
        j = end = orgEndAt[k + 1];
        continue;
      }
      // (Not a body's short form as a domain: "Minister of State for Caricom Affairs".)
      if (orgEndAt[k] && !(orgEndAt[k] === k + 1 && bodyPortfolio(lex, T, k))) {
        // (Not a body the lexicon knows by its whole name: "the Association of National Olympic Committees".)
        const known = lex.bodyNames.longest(k, key)?.end;
        // ("Secretary General of the Organization of Arab Petroleum Exporting Countries Ali bin Sabt": a known body's
        // name, then the holder's given name before a particle of his name.)
        if (known && known < orgEndAt[k] && orgEndAt[k] - known <= 2 && lex.nameParticles.has(tx[orgEndAt[k]]) && isName(T, known)) endBodyAt(T, k, known, orgEndAt, entities);
        else if (known !== orgEndAt[k]) splitTrailingName(T, k, orgEndAt, entities, lex.nameParticles);
        // ("Minister of Defence and Armed Forces Logistics": a minister's portfolios, however they read, are no body.)
        if (!(tx[j - 1] === 'Minister' && tx[k - 1] === 'of' && T.textFlags[k] & W.PORTFOLIO && tx[k + 1] === 'and')) res.organization = text(k, orgEndAt[k]);
        else {
          const at = entities.findIndex((e) => e.type === 'organization' && e.start === st[k]);
          if (at >= 0) entities.splice(at, 1);
        }
        j = end = orgEndAt[k];
        // ("the People's Committee of Dong Nai province X": the kind of place, in lower case, closes the body's place.)
        if (j < n && PLACE_KIND.test(tx[j]) && !(kd[j] & CAP) && tx.slice(k, j).includes('of') && isName(T, j + 1)) j = end = j + 1;
        // ("Commander of Allied Joint Force Command Naples, Admiral X,": the city a command sits in closes its name.)
        const seat = kd[j] & CAP && !countryEnd[j] ? lex.capitals.longest(j, key) : null;
        if (seat && (tx[seat.end] === ',' || rankEnd[seat.end])) j = end = seat.end;
        // ("member of Hamas’s Political Bureau": the body's own organ after its possessive.)
        if (T.baseEnd[j - 1] !== T.end[j - 1] && orgEndAt[j]) j = end = orgEndAt[j];
        // ("head of the OSCE mission in Skopje": the body's mission, written in lower case, is part of the office.)
        if ((tx[j] === 'delegation' || tx[j] === 'mission' || (T.written(j).trim() === 'party' && tx[j + 1] === ',')) && (tx[k - 1] === 'the' || PARTY_STANDING.has(T.written(k - 1).trim()))) j = end = j + 1;
        // ("Minister of the Public Service and National Insurance X": a portfolio after the body, joined by "and".)
        if (tx[j] === 'and' && tx[start] === 'Minister' && kd[j + 1] & CAP && T.textFlags[j + 1] & W.PORTFOLIO) {
          let m = j + 1;
          while (m < n && kd[m] & CAP && (T.textFlags[m] & W.PORTFOLIO || T.baseFlags[m] & W.RESERVED) && !rankEnd[m] && !titleEnd[m] && !countryEnd[m]) m++;
          j = end = m;
        }
        continue;
      }
      // ("Chief-of-Staff of the GDF, Brigadier X": a body by a short form the lexicons do not hold, right before the
      // holder's rank.)
      // ("Secretary General of the XYZO Kairat X": or before the holder's full name.)
      // (Not a ship's prefix: "of the amphibious transport dock USS Green Bay" names a ship.)
      if (/^\p{Lu}{2,6}$/u.test(tx[k]) && !lex.vesselPrefixes.has(tx[k]) && !countryEnd[k] && !titleEnd[k] && !rankEnd[k] && (rankEnd[k + 1] || (tx[k + 1] === ',' && rankEnd[k + 2]) ||
          // ("Secretary General of the QOC Jassim bin Rashid X": a particle after the given name.)
          (isName(T, k + 1) && (isName(T, k + 2) || (lex.nameParticles.has(tx[k + 2] ?? '') && isName(T, k + 3))) && !(T.textFlags[k + 1] & W.HONORIFIC)))) {
        res.organization = text(k, k + 1);
        j = end = k + 1;
        break;
      }
      // ("The Speaker of the Sejm, Jan X", "The President of the Seimas, Mr Y", "the Commander of the PNGDF Maritime
      // Element, Captain Z": a body by one to three words the lexicons do not hold, closed by a comma before its holder.)
      {
        let m = k;
        while (m < n && m - k < 3 && kd[m] & CAP && !countryEnd[m] && !titleEnd[m] && !rankEnd[m] && !orgEndAt[m] && !(T.textFlags[m] & W.HONORIFIC) &&
          !STATE_FORMS.has(tx[m]) && !BARE_SERVICES.has(tx[m])) m++;
        const holder = tx[m] === ',' ? (T.textFlags[m + 1] & (W.HONORIFIC | W.RANK) ? m + 2 : m + 1) : -1;
        if (m > k && tx[k - 1] === 'the' && tx[k - 2] === 'of' && holder > 0 && isName(T, holder) && isName(T, holder + 1)) {
          res.organization = text(k, m);
          j = end = m;
          break;
        }
      }
      // ("The Commander of the visiting task group, Rear Admiral X": what the office heads, in lower case, closed by a
      // comma before its holder's rank or style.)
      if (tx[k - 1] === 'the' && tx[k - 2] === 'of') {
        let m = k;
        while (m < n && m - k < 4 && kd[m] & (WORD | GAP) && !(kd[m] & CAP) && !DOMAIN_STOP.has(tx[m]) && (!(T.textFlags[m] & W.TRIGGER) || tx[m] === 'visiting')) m++;
        if (m > k && tx[m] === ',' && (rankEnd[m + 1] || T.textFlags[m + 1] & W.HONORIFIC)) {
          j = end = m;
          break;
        }
        // ("a delegation representing the Iranian Shura Council headed by the Speaker of the council Ali X": a body
        // named before, its kind in lower case, then the holder's full name.)
        if (m === k + 1 && LOWER_BODY.test(T.written(k).trim()) && isName(T, m) && isName(T, m + 1)) {
          j = end = m;
          break;
        }
      }
      // ("Governor of Jigawa State, Alhaji X", "Mayor of Waitakere,", "Governor of Uruguay's Canelones province": the
      // province or town a local office is held over, however little the lexicons know it, when something closes it.)
      // (A province the lexicon knows gives its country, whatever the office: "Chief Minister of Madhya Pradesh X",
      // "the President of Tatarstan Y".)
      {
        const place = k < n && kd[k] & CAP ? localPlace(lex, T, k, rankEnd, titleEnd, countryEnd, key, text) : null;
        // (Not a province that opens a country's longer name: "Papua" in "Papua New Guinea".)
        // ("Minister of Southern Province X": or any office over a place its kind of place closes.)
        // ("the governor of Osaka prefecture Ichiro X": a local office in lower case counts as one in capitals.)
        const local = LOCAL_OFFICE.test(text(start, j)) || LOWER_LOCAL_OFFICE.test(tx[j - 1]) || LOCAL_BODY_END.test(text(start, j));
        if (place && countryEnd[k] <= place.end && ((place.country && (!place.ofCountry || local)) || local || (PLACE_KIND.test(tx[place.end - 1]) && (kd[place.end - 1] & CAP) !== 0))) {
          // ("Chief Executive of China's Hong Kong Special Administrative Region": the part a country's possessive holds,
          // which the lexicon knows as a country of its own.)
          const held = countryEnd[k] ? countryEnd[countryEnd[k]] : 0;
          if (countryEnd[k] && T.baseEnd[countryEnd[k] - 1] !== T.end[countryEnd[k] - 1]) res.country ??= held ? text(countryEnd[k], held) : text(k, countryEnd[k]);
          res.country ??= place.country;
          // ("the Mayor of Oslo, Eirik X": a city the lexicon knows, the whole place, gives its country.)
          if (!res.country && T.baseFlags[k] & W.CAPITAL) {
            const city = lex.capitals.longest(k, key);
            if (city?.end === place.end) res.country = city.value.name;
          }
          end = place.end;
          j = place.holderFrom ?? end;
          break;
        }
      }
      // "... of Vietnam", "... of the Russian Federation": the country is the official's, not part of the office.
      // "vice chairman of China's Central Military Commission": the country's body.
      // "Chairman of the Jordanian Joint Chiefs of Staff": a nationality before the body, part of the office as stated.
      // "Chief of the Defense Staff of the French Army General X": a service after the nationality is the body,
      // not the first word of the holder's rank ("Army General").
      const ce = countryEnd[k];
      if (ce && ce === k + 1 && BARE_SERVICES.has(tx[ce]) && rankEnd[ce] > ce + 1 && rankEnd[ce + 1] === rankEnd[ce]) {
        res.country ??= text(k, ce);
        res.organization = text(k, ce + 1);
        j = end = ce + 1;
        break;
      }
      // ("Chief of Staff of Army General X": so is a bare service, "General" being the rank.)
      if (!ce && BARE_SERVICES.has(tx[k]) && rankEnd[k] > k + 1 && rankEnd[k + 1] === rankEnd[k]) {
        res.organization = text(k, k + 1);
        j = end = k + 1;
        break;
      }
      // "the President of the Republic, X": the state by its form alone is part of the office, no country.
      if (!ce && tx[k - 1] === 'the' && STATE_FORMS.has(tx[k]) && tx[k + 1] !== 'of' && (!(kd[k + 1] & CAP) || isName(T, k + 1))) {
        j = end = k + 1;
        break;
      }
      // "Crown Prince of Abu Dhabi": a capital the office is held over gives the holder's country.
      const capital = ce ? null : capitalAt(lex, T, k);
      if (capital && !(kd[capital.end] & CAP)) {
        res.country ??= capital.value.name;
        j = end = capital.end;
        continue;
      }
      if (countryEnd[k] && orgEndAt[countryEnd[k]]) {
        res.country ??= text(k, countryEnd[k]);
        res.organization = text(countryEnd[k], orgEndAt[countryEnd[k]]);
        j = end = orgEndAt[countryEnd[k]];
        continue;
      }
      // ("Special Envoy for the Great Lakes region Charles X": an envoy's brief over a part of the world, "region"
      // after it or not.)
      // (Not where more of the brief follows: "for Indo-Pacific Security Affairs", "for Europe and Foreign Affairs".)
      // ("Special Envoy of the UN Secretary General on Great Lakes", "... for West Africa and the Sahel": an envoy of a
      // principal has a brief too, and a brief may join two parts of the world.)
      // (A region a country's word opens is the region: "Korean Peninsula".)
      let region = (tx[j] === 'for' || tx[j] === 'on') && briefHolder(text(start, j)) ? worldRegionEnd(lex, T, k) : 0;
      if (region && countryEnd[k] >= region) region = 0;
      let regionEnd = region && T.written(region).trim() === 'region' ? region + 1 : region;
      if (regionEnd && tx[regionEnd] === 'and') {
        const more = worldRegionEnd(lex, T, tx[regionEnd + 1] === 'the' ? regionEnd + 2 : regionEnd + 1);
        if (more) regionEnd = more;
      }
      if (regionEnd && (!(kd[regionEnd] & CAP) || (isName(T, regionEnd) && !(T.baseFlags[regionEnd] & W.RESERVED))) && tx[regionEnd] !== 'and') {
        // ("special representative for Korean Peninsula peace and security affairs,": the matters of the region, in
        // lower case, up to the comma.)
        let m = regionEnd;
        while (m < n && m < regionEnd + 6 && (lowerWord(T, m) || (tx[m] === 'and' && m > regionEnd && lowerWord(T, m + 1)))) m++;
        j = end = m > regionEnd && /^[,.;]$/.test(tx[m] ?? '') ? m : regionEnd;
        continue;
      }
      const nation = countryAt(T, k, countryEnd);
      // "senior director for China affairs": a country naming the office's domain, not the holder's country.
      // (After "of", only a word or two before the holder, "Defence Attaché of the US embassy Lt. Col. X": "Minister
      // of Defense of Uzbekistan also stressed ..." goes on with a verb.)
      // (Not a verb: "The Defence Minister of Uzbekistan thanked Arvind X".)
      const shortRun = (m: number) => lowerWord(T, m) && (T.kind[m + 1] & CAP || (lowerWord(T, m + 1) && T.kind[m + 2] & CAP)) && !(T.kind[m] & GAP && / \S+ /.test(T.written(m))) &&
        !VERB_AFTER_NATION.test(T.written(m).trim());
      // (Not a possessive: "thanked the Prime Minister for Canada's longstanding role".)
      const domain = nation !== null && lowerWord(T, nation.end) && (tx[j] === 'for' ? T.baseEnd[nation.end - 1] === T.end[nation.end - 1] : shortRun(nation.end));
      // ("Special Envoy of the Secretary-General for Myanmar", "the US Special Envoy for Yemen, X": the country an envoy
      // is sent about is his brief.)
      // ("UN Special Adviser on Libya, X": or on it.)
      if (nation && (tx[j] === 'for' || tx[j] === 'on') && (envoyOf || SENT_ABOUT.test(text(start, j)))) {
        j = end = nation.end;
        continue;
      }
      if (nation && !domain) {
        res.country ??= text(nation.country, countryEnd[nation.country]);
        // ("the Director of Ugandan Military Intelligence, Major General X": a body the lexicons do not hold, its
        // nationality first, closed by a comma before its holder's rank.)
        if (nation.country === k) {
          let m = nation.end;
          while (m < n && m - nation.end < 4 && kd[m] & CAP && !countryEnd[m] && !titleEnd[m] && !rankEnd[m] && !(T.textFlags[m] & W.HONORIFIC)) m++;
          // (Its words a body's, not a name's: "of Turkmenistan Vepa X, Ambassador ..." names the holder.)
          if (m > nation.end && tx[m] === ',' && rankEnd[m + 1] && (T.textFlags[m - 1] & W.PORTFOLIO || T.baseFlags[m - 1] & W.ORG_HEAD)) {
            res.organization = text(k, m);
            j = end = m;
            break;
          }
          // ("CEO of Iran Railways Jabbar X", "Head of Kenya Ports Y": the nation's domain words name the body, its
          // holder's full name right after.)
          let d = nation.end;
          while (d < n && d - nation.end < 3 && kd[d] & CAP && T.textFlags[d] & W.PORTFOLIO && !titleEnd[d] && !rankEnd[d]) d++;
          if (d > nation.end && isName(T, d) && isName(T, d + 1) && !(T.textFlags[d] & W.PORTFOLIO)) {
            res.organization = text(k, d);
            j = end = d;
            break;
          }
        }
        j = nation.end;
        // ("the President of the Portuguese government, X": the nation's government in lower case.)
        if (T.written(j).trim() === 'government' && tx[j + 1] === ',') j++;
        break;
      }
      // "undersecretary of defense for policy", "... for China affairs": a domain written in lower case.
      if (lowerOffice || domain) {
        let m = domain ? nation!.end : k;
        // ("minister of youth affairs and sports", "minister of foreign affairs, foreign employment and tourism": over
        // a list of domains the lexicon knows, in lower case.)
        const listed = (x: number) => x > k && (tx[x] === 'and' || tx[x] === ',') && x + 1 < n && !(kd[x + 1] & CAP) && lex.lowerPortfolios.has(tx[x + 1]);
        while (m < n && (lowerWord(T, m) || domainNoun(T, m) || listed(m))) m++;
        // ("special representative for dialogue between Belgrade and Pristina": the two sides of the brief.)
        if (m > k + 1 && T.written(m - 1).trim() === 'between') {
          let q = m;
          while (q < n && q < m + 3 && kd[q] & CAP) q++;
          let r = q + 1;
          while (tx[q] === 'and' && r < n && r < q + 4 && kd[r] & CAP) r++;
          if (q > m && r > q + 1) m = r;
        }
        if (m > k) {
          j = end = m;
          continue;
        }
      }
      let m = k;
      for (;;) {
        // ("Minister of People’s Power for Foreign Affairs": a possessive goes on with what it possesses.)
        const possessed = (x: number) => x > k && T.baseEnd[x - 1] !== T.end[x - 1] && T.baseFlags[x - 1] & W.RESERVED;
        // ("the UK's Minister for the Indo Pacific, X": a part of the world as the portfolio.)
        let region = 0;
        // (Not a country read as the holder's given name: "Vice Minister of Industry and Construction Iran X".)
        while (m < n && kd[m] & CAP && !rankEnd[m] && !titleEnd[m] && !(T.textFlags[m] & (W.HONORIFIC | W.HEADLINE_VERB)) && !givenCountries.has(m) &&
          (T.baseFlags[m] & W.RESERVED || countryEnd[m] || possessed(m) || reservedCompound(lex, T.text[m]) || (region = worldRegionEnd(lex, T, m)) > m ||
            bodyPortfolio(lex, T, m))) {
          if (countryEnd[m]) res.country ??= text(m, countryEnd[m]);
          m = countryEnd[m] || (region > m ? region : m + 1);
          region = 0;
        }
        // ("Minister of Cooperative Governance and Traditional Affairs X", "Minister of Small Business Development Y":
        // words the lexicons do not hold, inside a portfolio a known domain word closes, before its holder's full name.)
        if (tx[k - 1] === 'of' || tx[k - 1] === 'for' || m > k) {
          const from = m > k && tx[m] === 'and' ? m + 1 : m;
          let q = from;
          while (q < n && q < from + 2 && kd[q] & CAP && !(T.baseFlags[q] & W.RESERVED) && !rankEnd[q] && !titleEnd[q] && !countryEnd[q] && !(T.textFlags[q] & W.HONORIFIC) && !orgEndAt[q]) q++;
          let r = q;
          while (r < n && kd[r] & CAP && T.textFlags[r] & W.PORTFOLIO && !rankEnd[r] && !titleEnd[r] && !countryEnd[r]) r++;
          // ("the Minister of Amiri Diwan Affairs, Sheikh Ali X": or its holder set off by a comma, a style perhaps before him.)
          const setOff = q > from && r > q && tx[r] === ',' ? holderAfterComma(lex, T, r, key) : -1;
          if (q > from && r > q && ((isName(T, r) && isName(T, r + 1)) || (tx[r] === 'and' && kd[r + 1] & CAP) || (setOff > 0 && isName(T, setOff) && nameEnd(lex, T, setOff) - setOff >= 2))) {
            m = r;
            continue;
          }
          // ("Minister for Religious Affairs and Interfaith Harmony X Y held": after "and", one or two words the
          // lexicons lack, then a name of two words closing the run of capitals, a verb after it; not a name set off by
          // a comma, "Minister of Foreign Affairs and Hassan X Y, Minister of State".)
          if (from > m) {
            let run = from;
            while (run < n && run < from + 5 && kd[run] & CAP && !(T.baseFlags[run] & W.RESERVED) && !rankEnd[run] && !titleEnd[run] && !countryEnd[run] &&
              !(T.textFlags[run] & W.HONORIFIC) && !orgEndAt[run]) run++;
            const words = run - from;
            if ((words === 3 || words === 4) && run < n && kd[run] & WORD && !(kd[run] & CAP) && isName(T, run - 2) && isName(T, run - 1) && !(T.textFlags[run - 2] & W.PORTFOLIO)) {
              m = run - 2;
              break;
            }
          }
        }
        // "Minister for Defence Industry and Capability Delivery": a portfolio of several domains (an article after
        // "and" too: "Minister of Climate Change and the Environment").
        // ("Minister of Economy, Trade & Industry": or an ampersand.)
        const joined = tx[m] === 'and' || tx[m] === '&';
        const next = joined && tx[m + 1] === 'the' && T.textFlags[m + 2] & W.PORTFOLIO ? m + 2 : m + 1;
        if (m > k && joined && kd[next] & CAP && (T.baseFlags[next] & W.RESERVED || bodyPortfolio(lex, T, next)) && !rankEnd[next] && !titleEnd[next] &&
            !countryEnd[next] && !(T.textFlags[next] & W.HONORIFIC)) {
          m = next;
          continue;
        }
        // ("Minister of Foreign Affairs and Senegalese Abroad", "... and Tunisians Abroad": a nation's citizens abroad.)
        const people = m > k && tx[m] === 'and' ? citizensAbroad(lex, T, m + 1) : null;
        if (people) {
          res.country ??= people;
          m += 3;
          continue;
        }
        // ("Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, X": domains listed with commas,
        // the list closed by "and".)
        const listed = m > k && tx[m] === ',' ? domainListEnd(T, m, rankEnd, titleEnd, countryEnd) : 0;
        if (listed > m) {
          for (let x = m; x < listed; x++) res.country ??= countryEnd[x] ? text(x, countryEnd[x]) : citizensAbroad(lex, T, x);
          m = listed;
          continue;
        }
        break;
      }
      if (m === k) break;
      // ("Special Representative for the Dialogue between Belgrade and Priština, X": a brief between two parties.)
      const pair = T.written(m).trim() === 'between' && briefHolder(text(start, j)) ? pairEnd(T, m + 1) : 0;
      j = end = pair || m;
    }
    // ("EU Special Representative for the South Caucasus and the crisis in Georgia X": an envoy's second brief, a
    // matter in lower case in a place.)
    if (end > start && tx[end] === 'and' && tx[end + 1] === 'the' && lowerWord(T, end + 2) && tx[end + 3] === 'in' && countryEnd[end + 4] &&
        BRIEF_HEADS.test(text(start, titleEnd[start] > start ? titleEnd[start] : start + 1))) j = end = countryEnd[end + 4];
    // ("Special Envoy of the Secretary-General": the Secretary-General no body is named with is the UN's.)
    if (envoyOf && /^Secretary[- ]General$/.test(envoyOf) && !res.organization) res.country ??= 'United Nations';
    // ("Luis X, Chief of Social Policy UNICEF called on": the body's short form right after the office is the holder's.)
    const bodyAfter = end > start && j === end && !res.organization && orgEndAt[end] === end + 1 && /^\p{Lu}{2,}$/u.test(tx[end]) &&
      !countryEnd[end] && !isName(T, end + 1) ? end : -1;
    if (bodyAfter >= 0) res.organization = tx[bodyAfter];
    res.entities.push({ type: 'position', start: st[start], end: be[end - 1] });
    res.position = text(serviceStart >= 0 && start === stackStart ? serviceStart : stackStart, end);
    // ("meets Russian counterpart Chief of the General Staff of the Turkish Armed Forces X": a caption glued to a
    // headline; the office's own nationality outweighs the cue's.)
    // (Not where the office is held: "his US counterpart, Ambassador to China X".)
    if (cueCountry) {
      for (let k = start; k < end; k++) {
        const lead = tx[k - 1] === 'the' ? tx[k - 2] : tx[k - 1];
        if (countryEnd[k] && lead !== 'to' && lead !== 'in') { res.country = text(k, countryEnd[k]); break; }
      }
    }
    // "Joint Secretary (International Cooperation)": a domain in parentheses completes the office as stated.
    // (Not its holder: "Chief of Army (Lt. Gen. John Smith)".)
    const domainEnd = holderInParentheses(lex, T, end + 1, rankEnd, key) ? 0 : parenthesizedDomain(T, end);
    if (domainEnd) {
      res.position = text(stackStart, domainEnd);
      j = domainEnd;
    }
    // "Undersecretary of Foreign Affairs (S) X", "Chief of Staff (ag)": an acting holder's mark is no part of the office.
    j = pastActingMark(T, j);
    // "Defense Attaché Office": the title was the start of an organization already recognized.
    if (orgEndAt[start]) return { ...res, name: null, next: orgEndAt[start] };
    // ("Editor-in-Chief of Nhan Dan (People) newspaper Thuan X": a paper, an agency or a channel by its name and its
    // kind in lower case, then the holder.)
    if (tx[j] === 'of' && j > start) {
      let k = tx[j + 1] === 'the' ? j + 2 : j + 1;
      const from = k;
      while (k < n && k < from + 4 && kd[k] & CAP && !titleEnd[k] && !rankEnd[k] && !countryEnd[k]) k++;
      if (k > from && tx[k] === '(' && tx[k + 2] === ')') k += 3;
      if (k > from && k < n && kd[k] & GAP && MEDIA_KINDS.test(T.written(k).trim()) && isName(T, k + 1) && nameEnd(lex, T, k + 1) - k - 1 >= 2) {
        res.position = text(stackStart, k + 1);
        res.organization = text(from, k + 1);
        widenOffice(res, st[stackStart], be[k]);
        j = k + 1;
      }
    }
    // "Counsellor at the Embassy of the Russian Federation", "Attaché in the U.S. Embassy": the mission or ministry
    // the office is held in is the holder's body, and part of the office as stated.
    if ((tx[j] === 'at' || tx[j] === 'in') && j > start) {
      const k = tx[j + 1] === 'the' ? j + 2 : j + 1;
      // ("Cabinet Secretary in Kenya’s Ministry of Defence": or after its country's possessive, which gives the country.)
      const owned = !orgEndAt[k] && countryEnd[k] && T.baseEnd[countryEnd[k] - 1] !== T.end[countryEnd[k] - 1] ? countryEnd[k] : 0;
      const b = owned || k;
      // ("the Executive Director of Police Services at INTERPOL Stephen X": or, after "at", any body its holder's
      // name follows.)
      const e = orgEndAt[b];
      // (A full name in title case: not "at EUPOL HQ", "at the Royal Navy Minehunter HMS Middleton".)
      const holderAt = tx[e] === ',' ? e + 1 : e;
      const holderEnd = e > 0 && isName(T, holderAt) ? nameEnd(lex, T, holderAt) : 0;
      const named = holderEnd - holderAt >= 2 && tx[j] === 'at' && !owned && tx.slice(holderAt, holderEnd).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
      if (e && (SERVED_IN.test(text(b, e)) || named)) {
        res.organization = text(b, e);
        res.position = text(stackStart, e);
        if (owned) res.country ??= T.base.slice(k, owned).join(' ');
        j = e;
      }
    }
    // ("Republican Senator from Montana Steve X": a legislator's state or constituency in capitals, then his name.)
    if (tx[j] === 'from' && j > start && LEGISLATOR_FROM.test(text(stackStart, j))) {
      const m = capitalsRun(T, j + 1, j + 6, rankEnd, titleEnd);
      const place = tx[m] === ',' && m - j - 1 <= 3 ? m : m - j - 1 <= 4 && endsOnHolder(T, j + 1, m) ? m - 2 : 0;
      if (place) {
        j = place;
        res.position = text(stackStart, j);
      }
    }
    // ("X, the Special Envoy for the Pacific Island States from the Embassy of Germany in Canberra": the mission he
    // comes from is his body, not part of the office.)
    if (tx[j] === 'from' && j > start) {
      const k = tx[j + 1] === 'the' ? j + 2 : j + 1;
      if (orgEndAt[k] && SERVED_IN.test(text(k, orgEndAt[k]))) {
        res.organization = text(k, orgEndAt[k]);
        j = orgEndAt[k];
      }
    }
    // ("Ambassador of his Majesty the King of Morocco to Thailand": an envoy named for the monarch he represents.)
    if (tx[j] === 'of' && /^(?:[Hh]is|[Hh]er)$/.test(tx[j + 1] ?? '') && /^(?:Majesty|Highness)$/.test(tx[j + 2] ?? '') && tx[j + 3] === 'the' &&
      MONARCHS.has(tx[j + 4] ?? '') && tx[j + 5] === 'of' && countryEnd[j + 6] && ENVOY_HEAD.test(text(stackStart, j))) {
      res.country ??= text(j + 6, countryEnd[j + 6]);
      j = countryEnd[j + 6];
      res.position = text(stackStart, j);
    }
    // ("Ambassador of the United Arab Emirates (UAE) to the Federal Republic of Nigeria": past the country's short form.)
    if (j > start && tx[j] === '(' && tx[j + 2] === ')' && SHORT_FORM.test(tx[j + 1] ?? '') && (tx[j + 3] === 'to' || tx[j + 3] === 'in')) j += 3;
    // ("the State Minister of Defence in Sri Lanka Hon. X": the country a state's office is held in, right before its
    // holder, is the holder's; the office is as written before it.)
    if (tx[j] === 'in' && j > start && res.position && !POSTED_IN.test(text(stackStart, j))) {
      const k = tx[j + 1] === 'the' ? j + 2 : j + 1;
      const c = countryEnd[k];
      if (c && ((isName(T, c) && isName(T, c + 1)) || T.textFlags[c] & W.HONORIFIC)) {
        res.country ??= T.base.slice(k, c).join(' ');
        j = c;
      }
    }
    // "Ambassador to the Philippines", "Defence Attaché in Jakarta": where the office is held belongs to the office
    // as stated (not to its span, nor to the holder's country, which is the sending one).
    // (Not where a state's office met: "Dinesh X, Prime Minister of Sri Lanka in Colombo" was called on there.)
    if (tx[j] === 'to' || (tx[j] === 'in' && POSTED_IN.test(text(stackStart, j)))) {
      let k = tx[j + 1] === 'the' ? j + 2 : j + 1;
      // ("Consul General to southern Laos X": a part of the country.)
      if (kd[k] & GAP && COUNTRY_PART.test(T.written(k)) && countryEnd[k + 1]) k++;
      // ("Ambassador to the Kingdom Michael Ratney": the host state by its form alone.)
      // ("the United Kingdom’s ambassador to the country Belinda Lewis": the host state as "the country".)
      const stateForm = tx[k - 1] === 'the' && (STATE_FORMS.has(tx[k]) || (kd[k] & GAP && T.written(k) === 'country')) && tx[k + 1] !== 'of' ? k + 1 : 0;
      // ("the Cuban ambassador to this country, Emilio X": the host state as the text's own country.)
      const ours = ownCountryEnd(T, j + 1, OURS);
      let placeEnd = countryEnd[k] || stateForm || ours || (capitalAt(lex, T, k)?.end ?? 0);
      // ("Ambassador to Pakistan and Afghanistan, X", "Country Director to Liberia, Ghana and Sierra Leone, Y": an envoy
      // accredited to two countries or more, the list closed by a comma or by the holder's name.)
      if (placeEnd && countryEnd[k]) {
        let q = placeEnd;
        while (tx[q] === ',' && countryEnd[q + 1]) q = countryEnd[q + 1];
        const last = tx[q] === 'and' ? q + 1 : tx[q] === ',' && tx[q + 1] === 'and' ? q + 2 : -1;
        const listEnd = last > 0 ? countryEnd[last] : 0;
        if (listEnd && (tx[listEnd] === ',' || (isName(T, listEnd) && isName(T, listEnd + 1)))) placeEnd = listEnd;
      }
      // ("the Consul General of Hungary in Uzhgorod Jozsef X visited", "in Uzhgorod, Jozsef X,": a town the lexicons do
      // not know, one word, then the holder's full name.)
      if (!placeEnd && tx[j] === 'in') placeEnd = unknownTownEnd(T, k, rankEnd, titleEnd);
      // ("Ambassador of Chile to the OAS, X": an envoy accredited to a body.)
      if (!placeEnd && tx[j] === 'to' && orgEndAt[k] > k && ENVOY_HEAD.test(text(stackStart, j))) placeEnd = orgEndAt[k];
      // ("Senior Advisor to the Middle East John X", "Special Envoy to the Horn of Africa": a part of the world.)
      if (!placeEnd && tx[j] === 'to') placeEnd = worldRegionEnd(lex, T, k);
      // ("the US chief of diplomacy to Poland’s Podkarpacie region": a possessive place opens another phrase.)
      if (placeEnd && T.baseEnd[placeEnd - 1] === T.end[placeEnd - 1]) {
        // (The office as its holder's title, without "to this country", which names no state.)
        res.position = text(stackStart, ours && placeEnd === ours ? j : placeEnd);
        j = placeEnd;
        // ("Ambassador to South Africa who is also accredited to Zambia, Beka X": a second accreditation, then the name.)
        // (Lower-case words outside the vocabulary come as one token: "who is also".)
        const w = (x: number) => T.written(x).trim();
        const q = /^who is(?: also)?$/.test(w(j)) ? j + 1 : -1;
        if (q > 0 && w(q) === 'accredited' && w(q + 1) === 'to' && countryEnd[q + 2] && tx[countryEnd[q + 2]] === ',') {
          res.position = text(stackStart, countryEnd[q + 2]);
          j = countryEnd[q + 2];
        }
      }
    }
    // ("Special Assistant on Social Media to President Tinubu, Dada X", "Adviser to the President, Y": the office the
    // aide serves, and its holder's name, belong to the aide's office; the holder of this one comes after the comma.)
    if (tx[j] === 'to' && AIDE.test(res.position ?? text(stackStart, end))) {
      // ("Assistant to the Cambodian Premier": the principal's nationality before his office.)
      const k = countryEnd[tx[j + 1] === 'the' ? j + 2 : j + 1] || (tx[j + 1] === 'the' ? j + 2 : j + 1);
      // ("Adviser to His Majesty for Communication and Coordination X": the principal by his style, and the
      // aide's brief after it, before the holder's name.)
      let m = titleEnd[k] || (T.textFlags[k] & W.HONORIFIC ? (lex.honorifics.longest(k, key)?.end ?? 0) : 0);
      // ("Special Assistant on Media to the Minister of Defence, Musa X": the principal's office with its domain, up to
      // the comma before the aide's name.)
      if (m && (tx[m] === 'of' || tx[m] === 'for')) {
        let q = tx[m + 1] === 'the' ? m + 2 : m + 1;
        const from = q;
        while (q < n && q < from + 6 && kd[q] & CAP && !rankEnd[q] && !(T.textFlags[q] & W.HONORIFIC)) q++;
        if (q > from && tx[q] === ',' && isName(T, q + 1) && isName(T, q + 2)) m = q;
      }
      // ("Adviser to the Consulate General of the People's Republic of China Guo Yu": an aide to a body, then his name.)
      if (!m && orgEndAt[k] > k && tx[k - 1] === 'the') {
        if (lex.bodyNames.longest(k, key)?.end !== orgEndAt[k]) splitTrailingName(T, k, orgEndAt, entities, lex.nameParticles);
        const e = orgEndAt[k];
        if (isName(T, e) && isName(T, e + 1)) {
          res.position = text(stackStart, e);
          res.organization = text(k, e);
          widenOffice(res, st[start], be[e - 1]);
          j = e;
        }
      }
      if (m && isName(T, m) && !isName(T, m + 1) && tx[m + 1] === ',') m++;
      // ("the Assistant to the President and National Security Advisor, Ambassador X": a second office of the aide's
      // own, up to the comma before his style and name.)
      if (m && (tx[m] === 'and' || tx[m] === 'for') && kd[m + 1] & CAP) {
        let q = m + 1;
        while (q < n && q < m + 7 && kd[q] & CAP && !rankEnd[q] && !(T.textFlags[q] & W.HONORIFIC)) q++;
        const styled = tx[q] === ',' && (STYLES.has(tx[q + 1]) || tx[q + 1] === 'Ambassador') && isName(T, q + 2);
        if (styled) {
          res.position = text(stackStart, q);
          widenOffice(res, st[start], be[q - 1]);
          j = q + 1;
        }
      }
      // ("Special Adviser to the President on Media and Publicity, Femi X": the aide's brief after his principal, then his
      // name, a comma between or not.)
      if (m && (tx[m] === 'on' || tx[m] === 'for') && kd[m + 1] & CAP) {
        let q = m + 1;
        while (q < n && q < m + 8 && (kd[q] & CAP || (tx[q] === 'and' && kd[q + 1] & CAP)) && !rankEnd[q] && !titleEnd[q] && !(T.textFlags[q] & W.HONORIFIC) && !(isName(T, q) && isName(T, q + 1) && !(T.textFlags[q] & W.PORTFOLIO))) q++;
        const holder = tx[q] === ',' ? q + 1 : q;
        if (q > m + 1 && isName(T, holder) && isName(T, holder + 1)) {
          res.position = text(stackStart, q);
          widenOffice(res, st[start], be[q - 1]);
          m = q;
          if (holder === q) j = q;
        }
      }
      if (m && tx[m] === ',' && isName(T, m + 1) && isName(T, m + 2)) {
        res.position = text(stackStart, m);
        j = m;
      } else if (m && (tx[m] === ',' || tx[m] === '.' || tx[m] === ';') && stackStart >= 2 && tx[stackStart - 1] === ',' && isName(T, stackStart - 2)) {
        // ("H.E. X, Assistant to the Cambodian Premier, said": the aide's office closing his apposition.)
        res.position = text(stackStart, m);
        widenOffice(res, st[start], be[m - 1]);
        j = m;
      } else if (m && tx[k - 1] === 'the' && isName(T, m) && isName(T, m + 1) && !nameFollowsComma(T, nameEnd(lex, T, m))) {
        // ("Advisor to the King Ayman X": after "the" and the principal's office, the full name is the aide's, where no
        // other name follows it after a comma.)
        res.position = text(stackStart, m);
        widenOffice(res, st[start], be[m - 1]);
        j = m;
      } else if (m && tx[m] === 'for' && kd[m + 1] & CAP) {
        const d = reservedRunEnd(T, m + 1, rankEnd, titleEnd, countryEnd);
        if (d > m + 1 && isName(T, d) && isName(T, d + 1)) {
          res.position = text(stackStart, d);
          widenOffice(res, st[start], be[d - 1]);
          j = d;
        }
      }
    }
    // "Commander of US Air Forces Central (AFCENT) Lieutenant General X": a short form does not part the office
    // from its holder.
    // ("The Chief of the Defence Forces (CDF) General X": initials that are an office of their own stand for this one;
    // "Army Chief of Staff (Kasad) General X": so does a short name before a rank.)
    // ("Secretary General of the Gulf Cooperation Council (GCC) Dr. X": or a style of address; "United Nations High
    // Commissioner for Refugees (UNHCR) Paolo X": a body's short form is the holder's body; "(OAPEC) Ali bin X": a
    // name joined by a particle too.)
    // ("President of China's Xinhua News Agency (Xinhua) Cai X": or a body's one-word name the lexicons know.)
    if (tx[j] === '(' && tx[j + 2] === ')' && (SHORT_FORM.test(tx[j + 1]) || (/^\p{Lu}\p{Ll}+$/u.test(tx[j + 1]) && (rankEnd[j + 3] || orgEndAt[j + 1] === j + 2))) && (rankEnd[j + 3] || (tx[j + 3] === ',' && rankEnd[j + 4]) || (isName(T, j + 3) && (isName(T, j + 4) || /^\p{Lu}\.?$/u.test(tx[j + 4] ?? '') || nameEnd(lex, T, j + 3) - j - 3 >= 3)) || initialsBeforeName(T, j + 3) ||
      (T.textFlags[j + 3] & W.HONORIFIC && lex.honorifics.longest(j + 3, key)))) {
      if (titleEnd[j + 1]) res.entities.push({ type: 'position', start: st[j + 1], end: en[j + 1] });
      if (!res.organization && orgEndAt[j + 1] === j + 2) res.organization = tx[j + 1];
      j += 3;
    }
    // ("Chairman of the Advisory Council (Shura), Hassan bin Abdullah X": a one-word gloss in brackets, then the holder,
    // a comma between or not.)
    else if (tx[j] === '(' && tx[j + 2] === ')' && /^\p{Lu}\p{Ll}+$/u.test(tx[j + 1]) && !rankEnd[j + 1]) {
      const holder = tx[j + 3] === ',' ? j + 4 : j + 3;
      if (isName(T, holder) && nameEnd(lex, T, holder) - holder >= 2) j += 3;
    }
    // "Deputy Prime Minister and Defense Minister Tea Seiha": stacked offices.
    // (Not a lower-case office and a capitalized one: "the Swiss ambassador and Chief of Army Staff Gen X" are two.)
    // (Nor an apposition and the next holder's office: "Archbishop A, Secretary for Relations with States of the Holy
    // See and Foreign Minister B of Tajikistan".)
    // ("To His Excellency, A, the outgoing Ambassador of the State of Qatar, President B said": or after a comma, the
    // apposition's article and word of term before it.)
    let opened = stackStart - 1;
    while (opened > 0 && (tx[opened] === 'the' || (TERM_WORDS.has(tx[opened]) && !(kd[opened] & CAP)))) opened--;
    // (An apposition after a name and its comma: "X, the official spokesman and Director of the Public Diplomacy
    // Department at the Egyptian Ministry", a lower-case office and a capitalized one both his.)
    const appositive = tx[opened] === ',' && opened > 0 && isName(T, opened - 1);
    const nextHolder = (tx[j] === 'and' || (tx[j] === ',' && opened < stackStart - 1)) && appositive && (isName(T, titleEnd[j + 1]) || rankEnd[titleEnd[j + 1]] > 0);
    // ("First Deputy Prime Minister, Minister of Defence, and Minister of Interior": the last of a list after ", and";
    // not the second holder's office after one's own: "A, Deputy Minister of National Defence, and Secretary of ... B".)
    if (tx[j] === ',' && tx[j + 1] === 'and' && j + 2 < n && titleEnd[j + 2] && kd[stackStart] & CAP && kd[j + 2] & CAP && tx.slice(stackStart, j).includes(',')) j += 2;
    // ("Tajik defence minister, CJCSC Gen Nadeem X discuss bilateral ties": a title's two parties, the comma for "and",
    // before a verb that agrees with both.)
    // (Nor the object of a participle opening the sentence, then its subject: "Receiving the Georgian envoy, Foreign
    // Minister X pointed out".)
    else if (STACK_JOINERS.has(tx[j]) && j + 1 < n && titleEnd[j + 1] && !(tx[j] === 'and' && !(kd[stackStart] & CAP) && kd[j + 1] & CAP && !appositive) && !nextHolder &&
      !(tx[j] === ',' && (titlesTwo(lex, T, j + 1, titleEnd, rankEnd) || participleOpening(T, before >= 0 && !where ? before : i) || inOpeningPhrase(T, stackStart)))) j++;
    // "PN spokesperson Commander John Percie Alcos": after an office, a title that is also a rank before a name is
    // the rank.
    if (titleEnd[j]) {
      const r = T.textFlags[j] & W.RANK ? lex.ranks.longest(j, key) : null;
      if (r && r.end >= titleEnd[j] && (isName(T, r.end) || initialsBeforeName(T, r.end))) {
        rankEnd[j] = r.end;
        break;
      }
    }
  }
  // "Chief of Staff, Hungarian Defence Forces Command", "General Officer Commanding-in-Chief, Central Command,": the
  // body after a comma, closing the apposition, completes the office as analysts write it.
  // ("Chairman, Joint Chiefs of Staff Committee of the Islamic Republic of Pakistan.": the body's country after it.)
  // (Not a news agency's credit: "Director-General of the World Trade Organization, Kazinform reports".)
  // ("..., Workers' Party of Korea, Korean Central News Agency reported": nor any body a reporting verb follows.)
  const bodyEnd = res.position && tx[j] === ',' && orgEndAt[j + 1] && !OUTLETS.has(text(j + 1, orgEndAt[j + 1])) &&
    !/^(?:reported|reports|reporting|said|says|quoted|cited|informs|informed|learnt|learned)$/.test(T.written(orgEndAt[j + 1]).trim()) ? orgEndAt[j + 1] : 0;
  const ofAt = bodyEnd && tx[bodyEnd] === 'of' ? (tx[bodyEnd + 1] === 'the' ? bodyEnd + 2 : bodyEnd + 1) : 0;
  const ofCountry = ofAt && countryEnd[ofAt] && closesApposition(T, countryEnd[ofAt]) ? countryEnd[ofAt] : 0;
  // ("Chief of Staff, Japan Joint Staff Gen. X": or opening the holder's rank and name.)
  // ("Director General, International Organization for Migration (IOM) Amy X": or right before the holder's full name.)
  const holderAt = bodyEnd && bracketedShortForm(T, bodyEnd) ? bodyEnd + 3 : bodyEnd;
  const named = holderAt > 0 && isName(T, holderAt) && isName(T, holderAt + 1) && !titleEnd[holderAt];
  // ("Shri X, Foreign Secretary, Ministry of External Affairs and the British side": a ministry closed by "and".)
  const ministryClosed = bodyEnd > 0 && /^(?:and|while|whereas)$/.test(tx[bodyEnd]) && GOVERNMENT_BODY.test(text(j + 1, bodyEnd));
  // (Where a country set off after the office ends, past its short form in brackets; 0 where none is.)
  const setOffCountry = countryEnd[j + 1] ? pastShortForm(T, countryEnd[j + 1]) : 0;
  // ("Director General of Survey Department, Government of Nepal": a government of a country is the holder's country,
  // no part of his office.)
  const govOf = res.position && tx[j] === ',' && /^(?:Government|Govt)$/.test(tx[j + 1]) && tx[j + 2] === 'of' ? (tx[j + 3] === 'the' ? j + 4 : j + 3) : 0;
  // ("Director General of the International Atomic Energy Agency, IAEA, has met": the body's initials after the
  // office that names it are no more of it.)
  const alias = bodyEnd > 0 && bodyEnd === j + 2 && /^\p{Lu}{2,8}$/u.test(tx[j + 1]) && capitalInitials(res.position!).includes(tx[j + 1]);
  if (govOf && countryEnd[govOf] && closesApposition(T, countryEnd[govOf])) {
    res.country ??= text(govOf, countryEnd[govOf]);
    j = countryEnd[govOf];
  } else if (alias && closesApposition(T, bodyEnd)) {
    j = bodyEnd;
  } else if (res.position && tx[j] === ',' && setOffCountry > 0 && tx[setOffCountry] === ',' && rankEnd[setOffCountry + 1] && isName(T, rankEnd[setOffCountry + 1])) {
    // ("Chief of General Staff, Russian Federation, General Valery X": the holder's country between commas, then his
    // rank and name; "Assistant Minister of Defence, Kingdom of Saudi Arabia (KSA), Major General Y": its short form too.)
    res.country ??= text(j + 1, countryEnd[j + 1]);
    j = setOffCountry;
  } else if (bodyEnd && !rankEnd[j + 1] && (closesApposition(T, bodyEnd) || ofCountry || (rankEnd[bodyEnd] > bodyEnd && isName(T, rankEnd[bodyEnd])) || named || ministryClosed)) {
    const body = text(j + 1, bodyEnd);
    res.position = `${res.position}, ${body}`;
    res.organization ??= body;
    res.country ??= countryEnd[j + 1] ? text(j + 1, countryEnd[j + 1]) : ofCountry ? text(ofAt, ofCountry) : null;
    j = ofCountry || bodyEnd;
  }
  // "Minister for Defence, the Hon Richard Marles": an honorific after a comma still introduces the holder.
  // "the Chief of Air Force, Air Marshal Stephen Chappell", "the Secretary of the Department of Defence, Greg
  // Moriarty AO,": after a comma, a rank or a full name closed by punctuation is the holder.
  // (Not when the office is itself an apposition: "Lt Gen A, Commander of Land Forces, Lt Gen B, ...".)
  // ("Hamish X, UK Ambassador to the Sultanate, Dr. Y, Head of ...": past the office's nationality too, after a name
  // no office or rank introduced; not "Vice Chief Lt. Gen A, Kenya Airforce Commander, Maj. Gen B", whose office is B's.)
  let opensAt = stackStart;
  // ("Anu X, the U.S. Chargé d'Affaires, Jorn Y, the German Ambassador": or "the" before the nationality.)
  const articled = before >= 1 && tx[before - 1] === 'the' ? before - 1 : before;
  if (before >= 0 && !where && stackStart === i && tx[articled - 1] === ',' && isName(T, articled - 2)) {
    let ns = articled - 2;
    while (ns > 0 && isName(T, ns - 1)) ns--;
    let introduced = false;
    for (let x = Math.max(0, ns - 8); x < ns; x++) if (rankEnd[x] === ns || titleEnd[x] === ns) introduced = true;
    // ("The Spanish ambassador to Venezuela, Ramón X, the French ambassador, Romain Y": a list of offices, then holders.)
    if (articled < before && tx[ns - 1] === ',') for (let x = Math.max(0, ns - 8); x < ns - 1; x++) if (titleEnd[x] > x && titleEnd[x] < ns) introduced = true;
    if (!introduced) opensAt = articled;
  }
  const appositive = opensAt >= 2 && tx[opensAt - 1] === ',' && isName(T, opensAt - 2);
  // ("The Secretary General of the Organization of American States (OAS), José Miguel X, met": a short form before
  // the comma that introduces the holder.)
  // (Also with a style before the name: "(CDB), Dr Gene X".)
  // ("(EU EOM), Mr Barry X": a short form of two words too.)
  const shortLen = res.position ? bracketedShortLength(T, j) : 0;
  const shortFormThenComma = shortLen && tx[j + shortLen] === ',' ? holderAfterComma(lex, T, j + shortLen, key) : -1;
  // ("(QNA), Ahmed bin Saeed X": particles inside the name.)
  if (shortFormThenComma >= 0 && isName(T, shortFormThenComma) && (isName(T, shortFormThenComma + 1) || nameEnd(lex, T, shortFormThenComma) - shortFormThenComma >= 3)) j += shortLen;
  // ("the Administrator of the Agency for Rural Growth (ARG) Helen X": or right before the holder's full name.)
  else if (shortLen && isName(T, j + shortLen) && isName(T, j + shortLen + 1)) j += shortLen;
  // ("the chairman of the Committee on Foreign Affairs of the House of Representatives of Egypt, Karim X,", "the
  // chairman of the negotiations, Leonid Y,": a lower-case office after "the", what it heads up to the comma before
  // its holder (the country named last in it, his).)
  if (res.position && !appositive && !(kd[i] & CAP) && (theBefore(T, i) || secondSignatory(T, i)) && tx[j] !== ',') {
    let k = j;
    let nation: string | null = null;
    while (k < n && k < j + 14 && headedWord(T, k)) {
      if (countryEnd[k] && tx[k - 1] === 'of') nation = text(k, countryEnd[k]);
      k = countryEnd[k] || k + 1;
    }
    if (bracketedShortForm(T, k)) k += 3;
    const holder = tx[k] === ',' ? holderAfterComma(lex, T, k, key) : k + 1;
    if (k > j && tx[k] === ',' && isName(T, holder) && nameEnd(lex, T, holder) - holder >= 2) {
      res.position = text(stackStart, k);
      widenOffice(res, st[stackStart], be[k - 1]);
      res.country ??= nation;
      j = k;
    }
  }
  // ("the SWAPO Chief Whip in the National Assembly, Ben X,": the body an office is held in, then its holder.)
  if (res.position && tx[j] === 'in' && tx[j + 1] === 'the' && kd[j + 2] & CAP && !countryEnd[j + 2]) {
    let k = j + 2;
    while (k < n && k < j + 8 && kd[k] & CAP) k++;
    const holder = tx[k] === ',' ? holderAfterComma(lex, T, k, key) : -1;
    if (holder > 0 && T.baseFlags[k - 1] & W.ORG_HEAD && isName(T, holder) && nameEnd(lex, T, holder) - holder >= 2) {
      res.position = text(stackStart, k);
      widenOffice(res, st[stackStart], be[k - 1]);
      j = k;
    }
  }
  // ("The High Commissioner of Australia to New Zealand, resident in Wellington, H.E. X": where the envoy resides.)
  // ("..., with residence in Harare in Zimbabwe, Prof. X": so "with residence in", the city's country after "in".)
  // ("the Ambassador of Canada with residence in Moscow, Alison X": without the comma before it too.)
  const comma = tx[j] === ',' ? j + 1 : j;
  const residesAt = T.written(comma).trim() === 'resident' && tx[comma + 1] === 'in' && comma > j ? comma + 2 :
    tx[comma] === 'with' && T.written(comma + 1).trim() === 'residence' && tx[comma + 2] === 'in' ? comma + 3 : 0;
  if (res.position && residesAt) {
    let k = residesAt;
    while (k < n && k < residesAt + 6 && (kd[k] & CAP || ((tx[k] === ',' || tx[k] === 'in') && kd[k + 1] & CAP && countryEnd[k + 1]))) k++;
    if (k > residesAt && tx[k] === ',') j = k;
  }
  // ("the new Ambassador of the People's Republic of China accredited in Angola, Zhang X": where the envoy is accredited,
  // between the office and its holder, as the office's span and text leave it.)
  if (res.position && T.written(j).trim() === 'accredited' && (tx[j + 1] === 'to' || tx[j + 1] === 'in') && ENVOY_HEAD.test(res.position)) {
    const at = tx[j + 2] === 'the' ? j + 3 : j + 2;
    if (countryEnd[at] && tx[countryEnd[at]] === ',') j = countryEnd[at];
  }
  // ("Head of the Commonwealth Observer Mission currently in Guyana, and former Prime Minister of Barbados, Mr. X":
  // where a mission is, as where an envoy resides.)
  if (res.position && T.written(j).trim() === 'currently' && tx[j + 1] === 'in' && countryEnd[j + 2] && tx[countryEnd[j + 2]] === ',') j = countryEnd[j + 2];
  // ("Defence Attaché to the High Commission of Sri Lanka in London, the United Kingdom, Brigadier X": the country of
  // the city the office is held in, set off by commas.)
  if (res.position && tx[j] === ',' && / in \p{Lu}/u.test(res.position)) {
    const k = tx[j + 1] === 'the' ? j + 2 : j + 1;
    if (countryEnd[k] && tx[countryEnd[k]] === ',') j = countryEnd[k];
  }
  // ("the Chief of the Defence Staff (CDS) of the Ghana Armed Forces (GAF) – Lieutenant General (Lt Gen) X": a dash
  // before the holder's rank or style, as a comma.)
  const dash = res.position && !appositive ? (tx[j] === '(' && tx[j + 2] === ')' && SHORT_FORM.test(tx[j + 1]) ? j + 3 : j) : -1;
  if (dash >= 0 && (tx[dash] === '–' || tx[dash] === '—') && (rankEnd[dash + 1] || (T.textFlags[dash + 1] & W.HONORIFIC && lex.honorifics.longest(dash + 1, key)))) j = dash + 1;
  // ("Dr X, the diplomatic advisor to the UAE President, Y, Chairman of ...": an office named as another's object ends
  // there; the name after the comma is the next of a list, not its holder.)
  // (An office named as whose spouse one is introduces the spouse: "received the wife of the Nigerian President, X,".)
  // ("Receiving the Georgian envoy, Foreign Minister X": nor the subject's own office after a participle's object.)
  const opened = before >= 0 && !where ? before : i;
  if (res.position && tx[j] === ',' && !appositive && ((!objectOfOffice(T, opened) && !metInOpening(lex, T, opened, j) && !(titleEnd[j + 1] && participleOpening(T, opened))) || spouseBefore(T, i, countryEnd))) {
    // (", The Most Reverend X": the article before a style may be capitalized.)
    let k = tx[j + 1] === 'the' || (tx[j + 1] === 'The' && T.textFlags[j + 2] & W.HONORIFIC) ? j + 2 : j + 1;
    // ("the President-elect of the European Commission, the German Ursula X,": a nationality before the holder's name.)
    if (tx[j + 1] === 'the' && countryEnd[k] && isName(T, countryEnd[k]) && nameEnd(lex, T, countryEnd[k]) - countryEnd[k] >= 2 && !res.country) {
      // (A body's official serves the body, whatever his nationality.)
      if (!res.organization) res.country = text(k, countryEnd[k]);
      k = countryEnd[k];
    }
    // ("Senior Defence Official, U.S. Embassy Security Cooperation Office, Commander X": a title that is also a rank,
    // before a name, is the holder's rank.)
    const titleRank = titleEnd[k] && T.textFlags[k] & W.RANK ? lex.ranks.longest(k, key) : null;
    // (", and former Prime Minister of Barbados, Mr. X": a former office may follow "and" too.)
    const former = tx[k] === 'former' ? k : tx[k] === 'and' && tx[k + 1] === 'former' ? k + 1 : -1;
    if (T.textFlags[k] & W.HONORIFIC && lex.honorifics.longest(k, key)) j = k;
    else if (rankEnd[k]) j = k;
    else if (titleRank && titleRank.end >= titleEnd[k] && isName(T, titleRank.end) && isName(T, titleRank.end + 1)) {
      rankEnd[k] = titleRank.end;
      j = k;
    }
    else if (isName(T, k)) {
      const e = nameEnd(lex, T, k);
      const closer = tx[e];
      // ("US Secretary of Defence, Jim Mattis had a ... conversation": or a verb in lower case.)
      // ("High Commissioner for Refugees, Filippo X Monday called on": or a weekday, South Asian wires' way.)
      // ("Governor of the Central Bohemian Region, Petra X (the STAN) and": or a party's short name in brackets.)
      if (e - k >= 2 && (closer === ',' || closer === '.' || closer === ';' || closer === ')' || closer === 'and' || T.textFlags[e] & (W.POST_NOMINAL | W.DAY) || e >= n || bracketedTag(T, e) ||
          (kd[e] & WORD && !(kd[e] & CAP) && !(kd[e] & DIGIT)))) j = k;
      // ("The Hon Prime Minister, Hu’akavameiliku received": one word, then a verb in the past.)
      else if (e - k === 1 && PAST_VERB.test(closer ?? '')) j = k;
    } else if (former >= 0 && (titleEnd[former + 1] || titleEnd[countryEnd[former + 1]])) {
      // "Secretary-General of the League of Arab States, former Jordanian Foreign Minister X": an office he held
      // before; he holds the first, and serves its body rather than the nation he once did.
      k = former;
      const at = titleEnd[k + 1] ? k + 1 : countryEnd[k + 1];
      const more = introduction(lex, T, at, titleEnd, rankEnd, orgEndAt, countryEnd, key, entities);
      const nation = at > k + 1 ? text(k + 1, at) : null;
      if (more.name) {
        return { ...more, position: res.position, organization: res.organization ?? null, country: res.country ?? (res.organization ? null : more.country ?? nation),
          rank: more.rank ?? res.rank, entities: [...res.entities, ...more.entities] };
      }
    } else if (tx[j + 1] === 'the' && (titleEnd[k] || (kd[k] & CAP && titleEnd[k + 1]))) {
      // "Egyptian Minister of Defense and Military Production, the General Commander of the Armed Forces Marshal X":
      // a second office introducing the holder of both (the first, as the text puts it first).
      const more = introduction(lex, T, titleEnd[k] ? k : k + 1, titleEnd, rankEnd, orgEndAt, countryEnd, key, entities);
      // (Not where the second office has its own apposition: "sponsored by the US Secretary of the Treasury, the Foreign
      // Minister, X, and ...": X holds the second only; the first is someone unnamed.)
      if (more.name && !tx.slice(k, more.name.start).includes(',')) {
        return { ...more, position: res.position, organization: res.organization ?? more.organization, country: res.country ?? more.country,
          entities: [...res.entities, ...more.entities] };
      }
    }
  }
  // "Chief of Defence Forces Australia General X": the holder's country between the office and the rank.
  // ("Director General Counter Terrorism Japan Kenji X": or before a full name.)
  if (res.position && countryEnd[j] && (rankEnd[countryEnd[j]] || (isName(T, countryEnd[j]) && isName(T, countryEnd[j] + 1))) && !orgEndAt[j]) {
    res.country ??= text(j, countryEnd[j]);
    j = countryEnd[j];
  }
  // ("has met with Minister of Defense of this country Lieutenant General X", "Prime Minister of the country Y": the
  // host state as the text's own country, between the office and the rank or name; no part of the office as stated.)
  if (res.position && tx[j] === 'of' && j + 2 < n) {
    const ours = ownCountryEnd(T, j + 1, OURS_OR_THE);
    if (ours && ours < n && (rankEnd[ours] || (isName(T, ours) && isName(T, ours + 1)))) j = ours;
  }
  // ("Inspector General of Police (IGP) Islamabad Qazi X": the city an office is held over, between it and the holder.)
  // (Not a state's office, whose holder's given name may be a city's: "incoming President Santiago Peña Palacios".)
  // (Nor an envoy's, posted to a country: "the Ambassador of Cuba to Belarus Santiago Perez X".)
  if (res.position && j < n && T.baseFlags[j] & W.CAPITAL && !countryEnd[j] && !STATE_HEAD.test(res.position) && !POSTED_ENVOY.test(res.position)) {
    const city = lex.capitals.longest(j, key);
    if (city && isName(T, city.end) && isName(T, city.end + 1) && !rankEnd[city.end] && !titleEnd[city.end]) {
      res.position = `${res.position} ${text(j, city.end)}`;
      widenOffice(res, st[stackStart], be[city.end - 1]);
      res.country ??= city.value.name;
      j = city.end;
    }
  }
  // ("The Head of UNOCHA office in Nigeria Mr Trond X": a body's office in a country, between the office and its holder.)
  if (res.position && j + 2 < n && BODY_BRANCH.test(tx[j]) && kd[j - 1] & CAP && T.baseFlags[j - 1] & (W.ORG_HEAD | W.ACRONYM)) {
    let k = j + 1;
    if (tx[k] === 'in' || tx[k] === 'to') {
      const at = tx[k + 1] === 'the' ? k + 2 : k + 1;
      if (countryEnd[at]) k = countryEnd[at];
    }
    const styled = T.textFlags[k] & W.HONORIFIC ? lex.honorifics.longest(k, key)?.end ?? k : k;
    if (k > j + 1 && isName(T, styled) && isName(T, styled + 1)) {
      res.position = text(stackStart, k);
      widenOffice(res, st[stackStart], be[k - 1]);
      j = k;
    }
  }
  // ("Commanding Officer of INS Sumitra, Captain X": the ship an officer commands, its navy his country.)
  // ("Commanding Officer INS Delhi": or the ship right after the office.)
  const shipAt = res.position && tx[j] === 'of' ? j + 1 : res.position && SHIP_OFFICE.test(res.position) ? j : -1;
  if (shipAt >= 0 && lex.vesselFlags.has(tx[shipAt]) && shipAt + 1 < n && kd[shipAt + 1] & CAP) {
    // (Read as if "of" stood before the ship's prefix.)
    j = shipAt - 1;
    const k = capitalsRun(T, j + 2, j + 5, rankEnd, titleEnd);
    res.position = text(stackStart, k);
    widenOffice(res, st[stackStart], be[k - 1]);
    res.country ??= lex.vesselFlags.get(tx[j + 1])!;
    j = k;
    // (The holder set off by a comma: "The Commanding Officer of HMAS Anzac, Commander John X,".)
    if (tx[j] === ',' && (rankEnd[j + 1] || T.textFlags[j + 1] & W.HONORIFIC || (isName(T, j + 1) && isName(T, j + 2)))) j++;
    // (A ship's "Commander" before the name is the naval rank, not a second office.)
    else if (tx[j] === ',' && tx[j + 1] === 'Commander' && isName(T, j + 2) && isName(T, j + 3)) {
      res.entities.push({ type: 'rank', start: st[j + 1], end: en[j + 1] });
      res.rank = 'Commander';
      j += 2;
    }
  }
  // ("the Director General NEMA Mustapha X": a body's short form between an office and its holder's full name.)
  // (Three letters at least: "Prime Minister KP Sharma Oli" opens with initials.)
  // (Not after a minister, whose government needs no body: "Finance Minister AHM Mustafa X" opens with initials.)
  if (res.position && j + 2 < n && /^\p{Lu}{3,6}$/u.test(tx[j]) && !/\bMinister$/.test(res.position) && !lex.vesselPrefixes.has(tx[j]) && !countryEnd[j] && !titleEnd[j] && !rankEnd[j] && !(T.textFlags[j] & W.HONORIFIC) && isName(T, j + 1) && isName(T, j + 2) && nameEnd(lex, T, j + 1) - (j + 1) >= 2) {
    res.position = `${res.position} ${tx[j]}`;
    widenOffice(res, st[stackStart], be[j]);
    res.organization ??= tx[j];
    j++;
  }
  // ("Chief Minister Punjab Mohsin X", "Governor Kano State Y": the province a local office governs, between it and
  // the holder; a province of two countries is the office's all the same.)
  if (res.position && j < n && kd[j] & CAP && LOCAL_OFFICE.test(res.position) && !countryEnd[j]) {
    for (let e = Math.min(n, j + 3); e > j; e--) {
      const place = text(j, e);
      const bare = place.replace(/ (?:State|Province|Region|County|Prefecture|Governorate|Oblast)$/, '');
      const known = regionOf(bare) ?? (AMBIGUOUS_REGIONS.has(bare) ? null : undefined);
      if (known === undefined || !isName(T, e) || !isName(T, e + 1) || rankEnd[e] || titleEnd[e]) continue;
      res.position = `${res.position} ${place}`;
      widenOffice(res, st[stackStart], be[e - 1]);
      res.country ??= known;
      j = e;
      break;
    }
  }
  // "Ambassador of Oman (H.E. Said Al Bu Saidi)", "Chief of Army (Lt. Gen. John Smith)": the holder in parentheses.
  if (res.position && tx[j] === '(' && holderInParentheses(lex, T, j + 1, rankEnd, key)) j++;
  // ("The Chairman of the State Great Khural (parliament) Z.Enkhbold": a gloss in lower case between the office and
  // its holder.)
  else if (res.position && tx[j] === '(' && j + 3 < n && /^\p{Ll}[\p{Ll}\s-]*$/u.test(T.written(j + 1).trim()) && tx[j + 2] === ')' && isName(T, j + 3)) j += 3;
  // ("Foreign Minister II Dato X": the office's ordinal is part of it.)
  if (res.position && OFFICE_ORDINAL.test(tx[j]) && tx[j - 1] === res.position.split(' ').pop() && j + 1 < n && kd[j + 1] & CAP) {
    res.position = `${res.position} ${tx[j]}`;
    widenOffice(res, st[stackStart], be[j]);
    j++;
  }
  // "Defence Minister H.E. Gen. Wei Fenghe": a style of address between the office and the rank.
  if (res.position && T.textFlags[j] & W.HONORIFIC && !rankEnd[j]) {
    const h = lex.honorifics.longest(j, key);
    if (h && rankEnd[h.end]) j = h.end;
  }
  // "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder": the holder's service between the office and the rank.
  if (res.position && orgEndAt[j] && orgEndAt[j] - j <= 3 && rankEnd[orgEndAt[j]]) {
    j = orgEndAt[j];
  }
  // ("Joint Staff Spokesperson Navy Capt. X", "Pentagon spokesman Army Col. Y": a bare service word alike.)
  else if (res.position && !rankEnd[j] && BARE_SERVICES.has(tx[j]) && rankEnd[j + 1]) j++;
  // "Defense Minister Gen Nakatani": "Gen" without its dot after a civilian office, before one word, is a name
  // (after a comma it is the holder's rank: "As CDF, Gen Kainerugaba").
  // (Not after a military office: "Chief of Army Staff Gen Bajwa".)
  const givenGen = res.position !== null && tx[j - 1] !== ',' && rankEnd[j] === j + 1 && tx[j] === 'Gen' && isName(T, j + 1) && !isName(T, j + 2) && !(kd[j + 2] & CAP) &&
    !MILITARY_OFFICE.test(res.position);
  if (j < n && rankEnd[j] && !givenGen) {
    res.entities.push({ type: 'rank', start: st[j], end: en[rankEnd[j] - 1] });
    res.rank = text(j, rankEnd[j]);
    const rankFrom = j;
    j = rankEnd[j];
    // "Lieutenant General (Ret.) Sjafrie Sjamsoeddin".
    j = retiredNoteEnd(T, j) || j;
    // ("Chief of the Air Staff, Pakistan Air Force, Air Chief Marshal, Mujahid Anwar X": in a list of his office's
    // parts set off by commas, a rank of two words or more, its own comma, then the full name.)
    if (tx[j] === ',' && tx[rankFrom - 1] === ',' && j - rankFrom >= 2 && isName(T, j + 1) && nameEnd(lex, T, j + 1) - j - 1 >= 2) j++;
    // "Brigadier General (Brig Gen) Jurgen Schrodl": the rank's short form in brackets.
    if (tx[j] === '(' && rankEnd[j + 1] && tx[rankEnd[j + 1]] === ')') {
      res.entities.push({ type: 'rank', start: st[j + 1], end: en[rankEnd[j + 1] - 1] });
      j = rankEnd[j + 1] + 1;
    } else if (tx[j] === '(' && /^[A-Z]{2,4}$/.test(tx[j + 1] ?? '') && tx[j + 2] === ')' && isName(T, j + 3) && isName(T, j + 4)) {
      // ("Major General (MG) Dieter X": initials the lexicon does not hold as a rank, before the holder's name.)
      j += 3;
    }
  }
  // ("Command Sergeant-Major, Garric M. X, who is ...": a rank set off by a comma before its holder's name, closed by
  // a comma or a stop.)
  if (res.rank && tx[j] === ',' && isName(T, j + 1)) {
    const e = nameEnd(lex, T, j + 1);
    // (Or by "and": "the Head of the Sovereign Council, Lt-General, Abdul Fattah X and the accompanied delegation".)
    if (e - (j + 1) >= 2 && (tx[e] === ',' || tx[e] === '.' || tx[e] === 'and' || e >= n)) j++;
  }
  // ("Chairman of the Majlisi Namoyandagon (Tajikistan's lower chamber of parliament) Shukurjon X": a gloss in
  // brackets, in words of lower case, between the office and its holder's full name.)
  if (res.position && tx[j] === '(') {
    let close = j + 1;
    while (close < n && close < j + 25 && tx[close] !== ')' && tx[close] !== '(') close++;
    let gloss = false;
    for (let k = j + 1; k < close && !gloss; k++) gloss = (kd[k] & GAP) !== 0 || ((kd[k] & WORD) !== 0 && !(kd[k] & CAP));
    if (tx[close] === ')' && gloss && isName(T, close + 1) && isName(T, close + 2)) j = close + 1;
    // ("Human Rights Commissioner (Ombudsman) in the Republic of Kazakhstan Askar X": the office's other name in
    // brackets, then the country it is held in.)
    const at = tx[close + 2] === 'the' ? close + 3 : close + 2;
    if (tx[close] === ')' && close === j + 2 && T.textFlags[j + 1] & W.TITLE && (tx[close + 1] === 'in' || tx[close + 1] === 'of') && countryEnd[at] &&
        isName(T, countryEnd[at]) && isName(T, countryEnd[at] + 1)) j = countryEnd[at];
  }
  // ("Prime Minister the Grand Chief Sir Michael X": "the" before a style of address.)
  // ("General the Honourable Sir Peter X": or after a rank.)
  if ((res.position || res.rank) && tx[j] === 'the' && T.textFlags[j + 1] & W.HONORIFIC && lex.honorifics.longest(j + 1, key)) j++;
  // ("Ambassador of Kazakhstan in Argentina with residence in Brasilia Kairat X": a non-resident envoy's seat between
  // the office and its holder.)
  const seatAt = res.position && tx[j] === 'with' && T.written(j + 1).trim() === 'residence' && tx[j + 2] === 'in' ? j + 3 :
    res.position && /^(?:resident|residing|based)$/.test(T.written(j).trim()) && tx[j + 1] === 'in' ? j + 2 : 0;
  const seatEnd = seatAt ? countryEnd[seatAt] || (capitalAt(lex, T, seatAt)?.end ?? 0) : 0;
  if (seatEnd && isName(T, seatEnd) && isName(T, seatEnd + 1)) j = seatEnd;
  // ("Canadian Ambassador here Troy X": the place adverb of a local wire between the office and its holder.)
  if (res.position && j + 2 < n && T.written(j).trim() === 'here' && isName(T, j + 1) && nameEnd(lex, T, j + 1) - j - 1 >= 2) j++;
  // Honorifics may be stacked ("Tan Sri Dato' Sri").
  // ("NAB Chairman Justice (r) Javed X": a judge's style right after an office, a portfolio's word only after "of".)
  const judge = (res.position !== null || res.rank !== null) && tx[j] === 'Justice' && tx[j - 1] !== 'of' && tx[j - 1] !== 'for' && j + 1 < n &&
    (isName(T, j + 1) || tx[j + 1] === '(') ? j + 1 : j;
  const styled = pastStyles(lex, T, judge, key);
  const hon = styled > j;
  // ("NAB Chairman Justice (R) Javed X": a style of a retired judge or officer, its note in brackets.)
  j = (hon && retiredNoteEnd(T, styled)) || styled;
  // ("Foreign Minister al Sadiq al Mahdi": a name opening with the Arabic article in lower case.)
  const article = (res.rank !== null || res.position !== null) && (tx[j] === 'al' || tx[j] === 'el') && isName(T, j + 1);
  // ("commanding officer of the amphibious transport dock USS Green Bay": a ship's prefix opens its name, no holder's.)
  const ship = j + 1 < n && lex.vesselPrefixes.has(tx[j]) && (kd[j + 1] & CAP) !== 0 && !(kd[j + 1] & DIGIT);
  const end = givenGen ? j + 2 : article ? nameEnd(lex, T, j + 1) : j < n && !ship && (isName(T, j) || ((res.rank !== null || res.position !== null) && initialsBeforeName(T, j))) ? nameEnd(lex, T, j) : j;
  // ("... Centre for Prevention of COVID-19 Outbreak (NOCPCO)": one word before a short form closes a body's name.)
  const shortFormAfter = end === j + 1 && !res.rank && !hon && tx[end] === '(' && /^\p{Lu}{3,}$/u.test(tx[end + 1] ?? '') && tx[end + 2] === ')';
  // ("Emmanuel X, adviser to French President Y": an aide's office in lower case set off after a name is
  // that name's; the one named after it is the principal, whose own office opens after "to".)
  const aideTo = end > j && !res.rank && !hon ? aideAfterName(T, i) : -1;
  if (aideTo > 0) {
    res.next = tx[aideTo + 1] === 'the' ? aideTo + 2 : aideTo + 1;
    return res;
  }
  // ("a member of the Palestinian group Hamas": a body the lexicons know by name is no holder.)
  // ("Commander of Joint Task Force-Bravo, Col. X": nor a unit's name, its body word joined to its letter.)
  // (Nor a programme named for its words: "Prime Minister’s Kamyab Jawan Program".)
  // ("Secretary of the Party Committee of China's Yunnan Province, Mr X": nor a place's name, by the word closing it.)
  const body = (!hon && !res.rank && (orgEndAt[j] === end || UNIT_WORD.test(tx[end - 1] ?? '') || lex.meetingPhrases.placeEnds.has(tx[end - 1] ?? ''))) || NAMED_SCHEME.test(tx[end] ?? '');
  // ("the President of the Transitional Period of the Republic of Chad", "Minister of Social Action": one word after an
  // office closed by a modifier is the rest of the office, no one's name.)
  const modifier = end === j + 1 && !res.rank && !hon ? OFFICE_CLOSED_BY_MODIFIER.exec(res.position ?? '')?.[1] : undefined;
  const officeGoesOn = modifier !== undefined && OFFICE_MODIFIER.test(modifier) && !(countryEnd[j - 1] > 0) && tx[j - 1] === modifier;
  // ("met Battulga and Lord Buddha statue at Gandan Monastery": a monument named for one is no one met.)
  const monument = end > j && MONUMENT_AFTER.test(T.written(end) ?? '');
  if (end > j && (res.rank || res.position || hon) && !shortFormAfter && !body && !officeGoesOn && !monument) {
    res.name = { start: j, end };
    res.next = end;
    // "Minister Ri Yong Gil of the Democratic People's Republic of Korea".
    const nation = countryAfterOf(T, end, countryEnd);
    if (nation) res.country ??= text(nation.country, countryEnd[nation.country]);
    // "President David Maria Sassoli of the European Parliament": the body after the name completes a bare office.
    const bodyAt = !nation && tx[end] === 'of' ? (tx[end + 1] === 'the' ? end + 2 : end + 1) : -1;
    if (bodyAt > 0 && orgEndAt[bodyAt] && res.position && !res.organization && !/\bof\b/.test(res.position)) {
      res.organization = text(bodyAt, orgEndAt[bodyAt]);
      res.position = `${res.position} of ${text(end + 1, orgEndAt[bodyAt])}`;
    } else if (bodyAt > 0 && orgEndAt[bodyAt] && !res.position && res.rank && !res.organization) {
      // "Lieutenant General X of the People's Liberation Army": a ranked holder's service.
      res.organization = text(bodyAt, orgEndAt[bodyAt]);
    }
    // "Minister of National Defense Han Min-koo, Republic of Korea": the country closing the name.
    if (tx[end] === ',' && res.position) res.country ??= closingCountry(T, end, countryEnd);
    // ("Foreign Ministers A and B", "Deputy Secretaries of State A and B": the head in the plural, last or before
    // its complement.)
    const words = res.position?.split(' ') ?? [];
    // (Not the holders a body is named for: "Member of the Council of Ministers X", "of the Council of Foreign Ministers".)
    const ofBody = (x: number) => words[x - 1] === 'of' || (words[x - 2] === 'of' && /^\p{Lu}/u.test(words[x - 1] ?? '')) ||
      (words[x - 3] === 'of' && /^\p{Lu}/u.test(words[x - 2] ?? '') && /^\p{Lu}/u.test(words[x - 1] ?? ''));
    const at = words.findIndex((w, x) => lex.pluralHeads.has(w) && (x === words.length - 1 || words[x + 1] === 'of' || words[x + 1] === 'to' || words[x + 1] === 'in') && !ofBody(x));
    const plural = at >= 0 ? lex.pluralHeads.get(words[at]) : undefined;
    if (plural) {
      words[at] = plural;
      res.position = words.join(' ');
      // (After the first holder and perhaps "of Uruguay" or a US lawmaker's party and state, "(R-Idaho)": "and" and
      // the second.)
      // ("Ambassadors A (Mexico), B (Canada) and C (South Africa)": or his country in brackets.)
      const bracket = nation ? null : countryInBrackets(T, end, countryEnd);
      if (bracket) res.country ??= bracket.country;
      const k = pastPartyTag(T, nation ? nation.end : bracket ? bracket.end : end);
      // ("Mr A and Dr. B": the second after his style.)
      const second = tx[k] === 'and' ? pastStyles(lex, T, k + 1, key) : -1;
      if (second > 0 && isName(T, second)) {
        const e = nameEnd(lex, T, second);
        const theirs = countryAfterOf(T, e, countryEnd);
        if (e - second >= 2) res.also = { start: second, end: e, country: theirs && text(theirs.country, countryEnd[theirs.country]) };
        // ("the British and Canadian High Commissioners, Mr A and Dr. B": two nationalities before, one each.)
        const first = before >= 2 && !where && tx[before - 1] === 'and' ? countryStartBefore(countryEnd, before - 1) : -1;
        if (res.also && first >= 0 && !nation && !theirs && res.country) {
          res.also.country = res.country;
          res.country = text(first, before - 1);
        }
      }
      // ("Foreign Ministers A, B, C and D": a list of full names closed by "and".)
      if (!res.also && tx[k] === ',') {
        const list = listedNames(lex, T, k, countryEnd, key);
        if (list.length >= 2) {
          res.more = list;
          res.next = list[list.length - 1].end;
        }
      }
      // ("Belarusian, Russian Defense Ministers Discuss Security": an office in the plural names two holders or none.)
      if (!res.also && !res.more) {
        res.name = null;
        res.next = end;
      }
    }
    // "Hoang Xuan Chien, Deputy Minister of National Defense, received ...": an apposition completes the portrait.
    // ("Senator Linda X, Australian Defence Minister,": after a style of address, the apposition states the office.)
    const comma = pastNameLetters(T, end);
    if (tx[comma] === ',' && (!res.position || STYLE_OF_ADDRESS.test(res.position))) {
      let k = comma + 1;
      if (tx[k] === 'the') k++;
      // ("Mrs X, the spouse of the Prime Minister of Japan,": whose spouse she is.)
      const spouse = spouseAt(T, comma + 1);
      if (spouse) k = spouse.next;
      // ("Shri Dinsha X, Hon'ble Minister of Mines, Government of India": a style before the office.)
      if (APPOSED_STYLE.test(T.written(k).trim()) && titleEnd[k + 1]) k++;
      k = pastNewly(T, k);
      // ("Gen. X, U.S. Army South commanding general,": the body he serves, then his office.)
      const served = orgEndAt[k] > k && titleEnd[orgEndAt[k]] ? text(k, orgEndAt[k]) : null;
      const adjective = countryEnd[k] ? text(k, countryEnd[k]) : null;
      if (served) k = orgEndAt[k];
      else if (countryEnd[k]) k = pastCountry(T, k, countryEnd, titleEnd);
      if (titleEnd[k]) {
        const more = introduction(lex, T, k, titleEnd, rankEnd, orgEndAt, countryEnd, key, entities);
        // (Not an office that introduces a name of its own: "with Haji X, Vietnamese Minister of National Defense Y
        // praised ..." names two people.)
        if (more.name !== null && more.name.start > k) return res;
        // (Nor, in a title, the second of two subjects before a verb in the plural: "Sheikh Mohamed bin Zayed, King of
        // Spain discuss fostering ties".)
        if (more.name === null && TITLE_PLURAL_VERBS.has(tx[more.next]) && inFirstLine(T, i)) return res;
        for (const e of more.entities) res.entities.push(e);
        res.position = spouse && more.position ? spouseOffice(spouse.word, more.position) : more.position;
        res.organization ??= more.organization ?? served;
        res.country ??= adjective ?? more.country ?? (more.name ? null : closingCountry(T, more.next, countryEnd));
        // "Minister for Foreign Affairs, European Union and Cooperation of Spain.": portfolios listed with commas,
        // then the country closing the office.
        if (!res.country && !more.name && tx[more.next] === ',' && res.position) {
          let m = more.next + 1;
          while (m < n && m < more.next + 9 && (T.kind[m] & CAP || tx[m] === ',' || tx[m] === 'and') && tx[m] !== 'of') m++;
          const nation = m > more.next + 1 ? countryAfterOf(T, m, countryEnd) : null;
          const after = nation ? tx[countryEnd[nation.country]] : undefined;
          if (nation && (after === '.' || after === ',' || after === ';' || after === undefined || countryEnd[nation.country] >= n)) {
            res.country = text(nation.country, countryEnd[nation.country]);
            res.position = `${res.position}, ${text(more.next + 1, m)}`;
          }
        }
        if (!more.name) res.next = Math.max(end, more.next);
      }
    }
  } else {
    res.next = Math.max(j, i + 1);
  }
  return res;
}

/** "CJCSC Gen Nadeem X discuss", in a title: the office at k introduces a second party, before a verb of two. */
function titlesTwo(lex: Lexicon, T: TokenStream, k: number, titleEnd: Int32Array, rankEnd: Int32Array): boolean {
  if (!inFirstLine(T, k)) return false;
  const m = rankEnd[titleEnd[k]] || titleEnd[k];
  return isName(T, m) && TITLE_PLURAL_VERBS.has(T.text[nameEnd(lex, T, m)]);
}
/** Verbs in the plural a title puts after two subjects listed with a comma ("A, B discuss ties"). */
const TITLE_PLURAL_VERBS = new Set(['discuss', 'hold', 'meet', 'sign', 'review', 'exchange', 'agree', 'vow', 'pledge', 'reaffirm', 'explore', 'talk', 'stress', 'underline', 'emphasize', 'emphasise']);
/** Whether token i stands on the text's first line (a title). */
function inFirstLine(T: TokenStream, i: number): boolean {
  const nl = T.source.indexOf('\n');
  return nl >= 0 && T.start[i] + T.shift < nl;
}

// (In either case: "South African military chief Gen Maphwanya".)
const MILITARY_OFFICE = /\b(?:Army|Navy|Naval|Air|Staff|Commander|Commandant|Forces?|Marines|Chief|Corps|Military)\b/i;

/** A body's name ending at `e` closes an apposition: punctuation, the text's end, or a verb in lower case. */
function closesApposition(T: TokenStream, e: number): boolean {
  // ("Ministry of Foreign Affairs of Japan (MOFA), and": past the body's short form in brackets.)
  if (bracketedShortForm(T, e)) return e + 3 >= T.n || /^[,.;]$/.test(T.text[e + 3]);
  const t = T.text[e];
  return e >= T.n || t === ',' || t === '.' || t === ';' || t === ')' || ((T.kind[e] & WORD) !== 0 && !(T.kind[e] & (CAP | DIGIT)) && t !== 'and' && t !== 'of');
}

/** A verb right after an office's country: the office ends there ("... of Uzbekistan thanked X"). */
const VERB_AFTER_NATION = /^(?:\w+ed|said|met|held|told|spoke|made|gave|took|paid|sent|led|saw|was|is|has|had|will|would|also|sought|brought|began|came|went|laid|wrote|put|kept|left|stood|drew|chose|felt|thought|bade|won|read)$/;
/**
 * Whether the office opening at token k is the object of another's office or kin ("advisor to the UAE President",
 * "the wife of Singapore's Prime Minister"), not the office of a holder named after it.
 */
function objectOfOffice(T: TokenStream, k: number): boolean {
  const tx = T.text;
  const to = tx[k - 1] === 'to' ? k - 1 : tx[k - 1] === 'the' && tx[k - 2] === 'to' ? k - 2 : -1;
  const of = tx[k - 1] === 'of' ? k - 1 : tx[k - 1] === 'the' && tx[k - 2] === 'of' ? k - 2 : -1;
  return (to > 0 && AIDE_TO.test(T.written(to - 1).trim())) || (of > 0 && KIN_OF.test(T.written(of - 1).trim()));
}
/**
 * "During the meeting with the US Ambassador, CS X acknowledged": the office at k is the one met, in the phrase opening
 * the sentence; a name after its comma, then a verb, is the main clause's subject (not "In his meeting with Deputy
 * Prime Minister ..., Walid X, the Secretary-General raised", where the name closes an apposition).
 */
function metInOpening(lex: Lexicon, T: TokenStream, k: number, comma: number): boolean {
  const tx = T.text;
  if (!participleOpening(T, k)) {
    const w = tx[k - 1] === 'with' ? k - 1 : tx[k - 1] === 'the' && tx[k - 2] === 'with' ? k - 2 : -1;
    if (w < 2 || !MET_NOUN.test(tx[w - 1])) return false;
    const prep = /^(?:the|his|her|their)$/.test(tx[w - 2]) ? tx[w - 3] ?? '' : tx[w - 2];
    if (!OPENING_PREPOSITION.test(prep)) return false;
  }
  const name = pastRank(lex, T, comma + 1);
  const end = isName(T, name) ? nameEnd(lex, T, name) : name;
  if (end > name && (T.kind[end] & WORD) !== 0 && !(T.kind[end] & CAP)) return true;
  // ("In the meeting with Ambassador of Jordan, Zobaida X, Federal Minister for Defence Production said": the name's
  // own office after it, then the verb.)
  if (end > name && tx[end] === ',' && T.textFlags[end + 1] & (W.TITLE | W.MODIFIER)) {
    for (let x = end + 2; x < T.n && x < end + 16 && tx[x] !== ',' && tx[x] !== '.'; x++) if (SPEECH_VERB.test(T.written(x).trim())) return true;
  }
  return false;
}
const SPEECH_VERB = /^(?:said|says|stated|noted|added|stressed|underlined|emphasi[sz]ed|told|expressed|highlighted|observed|remarked)\b/;
/**
 * "In his conversation with the Ambassador, Speaker X recalled", "On behalf of the President ... and the head of the
 * Office of the Head of State, Deputy Head Y held": the office at k closes a phrase opening its sentence, no comma
 * before it, so the office after its comma is the subject's.
 */
function inOpeningPhrase(T: TokenStream, k: number): boolean {
  // (A preposition ties the office to the opening word: not "On 15 September 2015 Georgian Vice Prime Minister, Foreign
  // Minister X met", whose office is the subject's.)
  let tied = false;
  for (let x = k - 1; x >= 0 && x >= k - 20; x--) {
    const w = T.text[x];
    if (w === ',' || w === ';' || w === ':') return false;
    if (w === 'with' || w === 'of' || w === 'to') tied = true;
    if (x === 0 || /^[.“"—–]$/.test(T.text[x - 1])) return tied && OPENING_WORDS.test(w);
  }
  return false;
}
const OPENING_WORDS = /^(?:In|During|At|After|Following|Before|On|Upon|With|Receiving|Meeting|Welcoming|Talking|Speaking|Addressing)$/;
/** "Talking to the US ambassador, CM X said": a participle opening the sentence, then the office it reaches. */
function participleOpening(T: TokenStream, k: number): boolean {
  const tx = T.text;
  let p = k - 1;
  if (tx[p] === 'the') p--;
  if (tx[p] === 'to' || tx[p] === 'with') p--;
  return p < k - 1 && p >= 0 && OPENING_PARTICIPLE.test(tx[p]) && (p === 0 || /^[.:;“"—–]$/.test(tx[p - 1]));
}
const OPENING_PARTICIPLE = /^(?:Talking|Speaking|Meeting|Addressing|Welcoming|Receiving)$/;
const MET_NOUN = /^(?:meeting|talks|call|discussions?|conversation|audience)$/;
const OPENING_PREPOSITION = /^(?:During|At|In|After|Following|Before|Prior)$/;
/**
 * Where "to" stands after the office at i, if it is an aide's in lower case ("counselor to") in the apposition of a
 * name before it; else -1.
 */
function aideAfterName(T: TokenStream, i: number): number {
  // ("Mike X, the national security adviser to U.S. President Y": the office may be of several words.)
  let to = i + 1;
  while (to < T.n && to < i + 4 && T.text[to] !== 'to' && T.kind[to] & WORD && !(T.kind[to] & CAP)) to++;
  if (T.kind[i] & CAP || T.text[to] !== 'to' || !AIDE_TO.test(T.text[to - 1])) return -1;
  let c = i - 1;
  while (c >= i - 3 && c > 0 && T.kind[c] & WORD && !(T.kind[c] & CAP)) c--;
  return T.text[c] === ',' && c >= 1 && isName(T, c - 1) ? to : -1;
}
/** An aide's office, whose object ("advisor to the UAE President") is another office. */
const AIDE_TO = /(?:^|\s)(?:advis[eo]rs?|assistants?|aides?|counsel+ors?|consultants?|secretary|envoys?|spokes\w+)$/i;
const KIN_OF = /(?:^|\s)(?:wife|husband|spouse|widow|son|daughter|mother|father|brother|sister)$/i;
/** A mission's noun, before the city it is in ("Embassy Harare's Chargé d'Affaires"). */
const EMBASSY_WORD = /^(?:Embassy|Consulate|Commission|Mission)$/;
/** A body in lower case that may close what a lower-case office heads, before its holder ("of the Iranian parliament"). */
const LOWER_BODY_CLOSE = /^(?:parliament|senate|assembly|government|cabinet|majlis)$/;
/** A local office's last word in lower case. */
const LOWER_LOCAL_OFFICE = /^(?:governor|mayor|akim|k?hokim|premier|prefect)$/;
/** Heads of a province's government, in lower case, before a province the regions' lexicon knows ("president of Puntland"). */
const LOWER_REGION_HEAD = /^(?:president|leader|head|chief minister)$/;
/** Heads of a province's own government, whose province may stand before them ("Tatarstan President"). */
const REGION_HEAD = /^(?:President|State President|Prime Minister|First Minister|Head|Leader)$/;
/** "this country", "our country" (and, with `OURS_OR_THE`, "the country") from token k: the token after it, or 0.
 * (Lower-case words outside the vocabulary may come as one token: "this country".) */
function ownCountryEnd(T: TokenStream, k: number, opener: RegExp): number {
  const w = (x: number) => T.written(x).trim();
  if (T.kind[k] & GAP && w(k).endsWith(' country') && opener.test(w(k).slice(0, -' country'.length))) return k + 1;
  return opener.test(w(k)) && w(k + 1) === 'country' ? k + 2 : 0;
}
const OURS = /^(?:this|our)$/;
const OURS_OR_THE = /^(?:this|our|the)$/;
/**
 * A province's own body, closing an office held over the province after it ("Vice Chairman of the People's Committee of
 * Dong Nai province X").
 */
const LOCAL_BODY_END = /\bPeople['’]s (?:Committee|Council)$|\bParty Committee$/i;
/** Offices held over a province, state or town. */
const LOCAL_OFFICE = /\b(?:Governor|Mayor|Chief Minister|Premier|Prefect|Akim|K?hokim|Wali)$/;
/** Kinds of province and district, written after the name ("Osaka prefecture", "Khuvsgul aimag", "Tizi Ouzou wilaya"). */
const PLACE_KIND = /^(?:State|Province|Region|County|District|Prefecture|Governorate|Oblast|Municipality|Territory|City|state|province|region|county|district|prefecture|governorate|oblast|municipality|territory|[Aa]imag|[Ss]oum|[Oo]krug|[Kk]rai|[Kk]ray|[Rr]aion|[Rr]ayon|[Cc]anton|[Ww]ilaya|[Vv]oivodeship|[Pp]arish|[Aa]toll)$/;
/** Words of a state's own style, never a province's: "Independent State", "Federal Republic". */
const STATE_STYLE = /^(?:Federal|Independent|People['’]s|Plurinational|United|Islamic|Democratic|Socialist|Bolivarian|Hashemite|Cooperative|Republic|Kingdom)$/;
/** A kind of place at token x, read as written ("prefecture", a word the scanner collapsed, has no text of its own). */
function placeKindAt(T: TokenStream, x: number): boolean {
  return x < T.n && PLACE_KIND.test(T.written(x).trim());
}

/** Words of tenure, capitalized, that may open an office before its province ("Acting Punjab Governor"). */
const PROVINCE_TENURE = /^(?:Acting|Interim|Caretaker|Former)$/;
/** Provinces the regions' lexicon leaves without a country, as more than one country has one so named. */
const AMBIGUOUS_REGIONS = new Set<string>(regionsData.$ambiguous);

/**
 * A local office's place from token k ("Jigawa State", "Uruguay's Canelones province", "New South Wales"): one to
 * four capitalized words (after a country's possessive) and a kind of place, where the regions' lexicon knows them
 * or a comma, a stop, a style of address or a word in lower case closes them; null where nothing does ("Governor of
 * Lagoon Babajide X" is left as it was).
 */
function localPlace(lex: Lexicon, T: TokenStream, k: number, rankEnd: Int32Array, titleEnd: Int32Array, countryEnd: Int32Array,
  key: (j: number) => string | undefined, text: (a: number, b: number) => string): { end: number; country: string | null; ofCountry?: boolean; holderFrom?: number } | null {
  const { text: tx, kind: kd, n } = T;
  let m = countryEnd[k] && T.baseEnd[countryEnd[k] - 1] !== T.end[countryEnd[k] - 1] ? countryEnd[k] : k;
  // ("Governor of the Province of Chiang Mai X": the kind of place first.)
  if (PLACE_KIND.test(tx[m]) && tx[m + 1] === 'of' && kd[m + 2] & CAP) m += 2;
  const first = m;
  while (m < n && m - first < 4 && kd[m] & CAP && !rankEnd[m] && !titleEnd[m] && !(T.textFlags[m] & W.HONORIFIC) && !PLACE_KIND.test(tx[m])) m++;
  if (m === first) return null;
  // (The longest run the lexicon knows: "Madhya Pradesh" before "Madhya Pradesh Shivraj X".)
  // ("Governor of Punjab Muhammad Balighur X": or a province several countries have, which gives no country.)
  let known = m;
  while (known > first && !regionOf(text(first, known)) && !AMBIGUOUS_REGIONS.has(text(first, known))) known--;
  const country = known > first ? regionOf(text(first, known)) ?? null : null;
  const shared = !country && known > first && known < m && isName(T, known) && isName(T, known + 1);
  if (country || shared) m = known;
  // ("Mayor of Ulaanbaatar S.Batbold met", "Governor of Khovd Sergey X met": a capital the lexicon knows, or a run
  // ending in a full name before a verb, leaves the name out.)
  else {
    const city = T.baseFlags[first] & W.CAPITAL ? lex.capitals.longest(first, key) : null;
    if (city && city.end < m && isName(T, city.end)) return { end: city.end, country: null };
    if (m < n && !(kd[m] & CAP) && m - first >= 3 && isName(T, m - 1) && isName(T, m - 2)) return { end: m - 2, country: null };
    if (m - first >= 2 && GLUED_INITIAL_NAME.test(T.written(m - 1))) return { end: m - 1, country: null };
  }
  const kindAt = m < n && placeKindAt(T, m);
  if (kindAt) m++;
  // ("X, governor of the U.S. state of Indiana,": a country and its kind of province are no province's name; the
  // office is left as it was.)
  if (kindAt && countryEnd[first] === m - 1 && tx[m] === 'of') return null;
  // ("the Puntland state of Somalia Said X", "Governor of Kirsehir Province of the Republic of Türkiye Murat X": the
  // country the province is of.)
  // (Where the lexicon does not know the province, only for a local office: the caller asks.)
  const of = tx[m] === 'of' ? countryAfterOf(T, m, countryEnd) : null;
  // ("Minister of Central Province of Zambia X" too, any office before a kind of place; not a state's own style,
  // "the Independent State of Papua New Guinea".)
  if (of && (country || kindAt || isName(T, of.end))) {
    const province = kindAt && !tx.slice(first, m).some((w) => STATE_STYLE.test(w));
    return { end: of.end, country: country ?? text(of.country, of.end), ofCountry: !country && !province };
  }
  // ("The Mayor of Irkutsk, Russia R.N. X received": the country after a comma, then the holder; the office ends at
  // the town.)
  const apart = tx[m] === ',' ? countryEnd[m + 1] : 0;
  if (apart && apart - m <= 4 && T.baseEnd[apart - 1] === T.end[apart - 1] && isName(T, apart) && isName(T, apart + 1)) {
    return { end: m, country: country ?? text(m + 1, apart), holderFrom: apart };
  }
  if (country || shared) return { end: m, country };
  const closer = tx[m];
  if (m >= n || closer === ',' || closer === '.' || closer === ';' || closer === ')') return { end: m, country };
  if (T.textFlags[m] & W.HONORIFIC && lex.honorifics.longest(m, key)) return { end: m, country };
  if (kindAt && (kd[m] & CAP || rankEnd[m])) return { end: m, country };
  return kd[m] & WORD && !(kd[m] & CAP) && !(kd[m] & DIGIT) ? { end: m, country } : null;
}

/** The end of one capitalized word at k the holder's full name follows, closed by a comma or by a word in lower case; 0 if none. */
function unknownTownEnd(T: TokenStream, k: number, rankEnd: Int32Array, titleEnd: Int32Array): number {
  const { text: tx, kind: kd, n } = T;
  let m = k;
  while (m < n && m < k + 4 && kd[m] & CAP && !rankEnd[m] && !titleEnd[m] && !(T.textFlags[m] & W.HONORIFIC)) m++;
  if (m === k + 1 && tx[m] === ',' && isName(T, m + 1) && isName(T, m + 2)) return m;
  const closed = m < n && kd[m] & WORD && !(kd[m] & CAP);
  return m === k + 3 && closed && isName(T, k + 1) && isName(T, k + 2) ? k + 1 : 0;
}
/** "S.Batbold": an initial written against a name (as Mongolian names are written). */
const GLUED_INITIAL_NAME = /^\p{Lu}\.\p{Lu}\p{Ll}{2,}$/u;

/** The token after the styles of address stacked from `k` ("Tan Sri Dato' Sri", "H.E. Mr."), or `k` if none. */
function pastStyles(lex: Lexicon, T: TokenStream, k: number, key: (j: number) => string | undefined): number {
  for (let h = T.textFlags[k] & W.HONORIFIC ? lex.honorifics.longest(k, key) : null; h; h = T.textFlags[k] & W.HONORIFIC ? lex.honorifics.longest(k, key) : null) {
    k = h.end;
    // ("Her Excellency, Dr Grace X", "the Hon, Marcus Y": a comma after a style, before another or the name.)
    if (T.text[k] === ',' && (T.textFlags[k + 1] & W.HONORIFIC || (isName(T, k + 1) && isName(T, k + 2)))) k++;
    // ("Sen. the Hon. Marcia X": "the" before the next style.)
    else if (T.text[k] === 'the' && T.textFlags[k + 1] & W.HONORIFIC && lex.honorifics.longest(k + 1, key)) k++;
    // ("Hon. (Dr.) Peter X": a second style in brackets.)
    else if (T.text[k] === '(' && T.textFlags[k + 1] & W.HONORIFIC) {
      const inner = lex.honorifics.longest(k + 1, key);
      if (inner && T.text[inner.end] === ')') k = inner.end + 1;
    }
  }
  return k;
}

/** Whether the tokens from `k` are a holder closed by ")": styles of address, a rank, a name of two words or more. */
function holderInParentheses(lex: Lexicon, T: TokenStream, k: number, rankEnd: Int32Array, key: (j: number) => string | undefined): boolean {
  k = pastStyles(lex, T, k, key);
  const ranked = rankEnd[k] > k;
  if (ranked) k = rankEnd[k];
  if (!isName(T, k)) return false;
  const e = nameEnd(lex, T, k);
  return T.text[e] === ')' && (ranked || e - k >= 2);
}

/**
 * ", B, C and D" from token `k`: full names joined by commas, the last by "and"; none unless so closed.
 * ("the Vice Foreign Ministers Mr. A of Costa Rica, Mr. B of El Salvador, and Mrs. C of Nicaragua": each name after its
 * style, and the country each holds the office for.)
 */
function listedNames(lex: Lexicon, T: TokenStream, k: number, countryEnd: Int32Array, key: (j: number) => string | undefined): { start: number; end: number; country?: string }[] {
  const tx = T.text;
  let first = k;
  if (tx[first] === ',') first++;
  const closed = tx[first] === 'and';
  if (closed) first++;
  if (first === k) return [];
  return closedList(T, first, (at) => {
    const start = pastStyles(lex, T, at, key);
    const end = fullNameAt(T, start, countryEnd);
    if (end < 0) return null;
    const nation = countryAfterOf(T, end, countryEnd);
    const bracket = nation ? null : countryInBrackets(T, end, countryEnd);
    return nation ? { start, end, country: joinTokens(T, nation.country, countryEnd[nation.country]), next: nation.end } : bracket ? { start, end, country: bracket.country, next: bracket.end } : { start, end, next: end };
  }, closed, Infinity, (items) => items.every((it) => it.country));
}

/**
 * The token a lower-case office's holder starts at, after the comma at k: past one style of address and a rank ("The
 * secretary-general of the GCC, Dr. Naif X,", "the commander of the Dutch armed forces, General Onno X,").
 */
function holderAfterComma(lex: Lexicon, T: TokenStream, k: number, key: (j: number) => string | undefined): number {
  // ("(OIC), H.E. Dr. Yousef X": styles one after another.)
  return pastRank(lex, T, pastStyles(lex, T, k + 1, key));
}

/** The end of the run of words in capitals from token `from`, short of `last`, a rank, an office or a style. */
function capitalsRun(T: TokenStream, from: number, last: number, rankEnd: Int32Array, titleEnd: Int32Array): number {
  let m = from;
  while (m < T.n && m < last && T.kind[m] & CAP && !rankEnd[m] && !titleEnd[m] && !(T.textFlags[m] & W.HONORIFIC)) m++;
  return m;
}

/** Whether a run of three capitals or more, from `from` and closed at `end`, ends on a holder's name of two words. */
function endsOnHolder(T: TokenStream, from: number, end: number): boolean {
  return end - from >= 3 && !(T.kind[end] & CAP) && isName(T, end - 2) && isName(T, end - 1);
}

/** Legislators named for the state or constituency they sit for: "Senator from Montana". */
const LEGISLATOR_FROM = /\b(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Assemblyman|Assemblywoman|Assembly Member|Member of Parliament|MP|Deputy|Lawmaker|lawmaker|senator|congressman)$/;

/** What an envoy's brief is for, after its parties' names: "the Belgrade-Pristina dialogue", "the Middle East peace process". */
const BRIEF_NOUNS = /^(?:dialogue|talks|negotiations|process|peace process|affairs|region|issue)$/;
/** "... for Somaliland Talks Abdikarim X": the brief's noun at token m, in either case, then a full name. */
function briefBeforeHolder(T: TokenStream, m: number): boolean {
  return BRIEF_NOUNS.test(T.written(m).trim().toLowerCase()) && isName(T, m + 1) && isName(T, m + 2);
}

/** "northern port city of": lower-case words naming a kind of town, then "of"; the token after it, or -1. */
function cityToldByKind(T: TokenStream, k: number): number {
  let m = k;
  while (m < T.n && m < k + 4 && !(T.kind[m] & CAP) && T.kind[m] & WORD && !CITY_KIND.test(T.text[m])) m++;
  return CITY_KIND.test(T.text[m] ?? '') && T.text[m + 1] === 'of' && T.kind[m + 2] & CAP ? m + 2 : -1;
}
/**
 * Where a holder's name starts after a place from token k the lexicons do not know: the first family name the
 * lexicon knows, after one word of the place at least, that opens the run's last two to four words. -1 if none.
 */
function holderAfterUnknownPlace(lex: Lexicon, T: TokenStream, k: number): number {
  let m = k;
  while (m < T.n && m < k + 9 && ((T.kind[m] & (CAP | WORD)) === (CAP | WORD) || (/^[-–]$/.test(T.text[m]) && m > k && T.kind[m + 1] & CAP))) m++;
  for (let s = k + 1; s <= m - 2; s++) {
    if (m - s <= 4 && lex.surnameCountry.has(T.text[s]) && !/^[-–]$/.test(T.text[s - 1]) && isName(T, s) && isName(T, s + 1)) return s;
  }
  return -1;
}
const CITY_KIND = /^(?:city|town|capital|province|municipality|region|territory|republic|island)$/;

/** Portfolios of ties with a partner ("Cooperation with the Islamic World"). */
const TIES = new Set(['Cooperation', 'Co-operation', 'Relations', 'Liaison']);

/** "X and president of ...": a lower-case office after "and" and a name, the second of two named (no "the" needed). */
function secondSignatory(T: TokenStream, i: number): boolean {
  return T.text[i - 1] === 'and' && i > 2 && isName(T, i - 2);
}

/** "the" right before token i, or a word of term between ("The new inspector general of ..."). */
function theBefore(T: TokenStream, i: number): boolean {
  // ("the UN special envoy for Afghanistan, Roza X,": or a body's short form between.)
  return /^the$/i.test(T.text[i - 1] ?? '') || ((TERM_WORDS.has(T.text[i - 1]) || ((T.textFlags[i - 1] & W.ACRONYM) !== 0 && /^\p{Lu}{2,6}$/u.test(T.text[i - 1]))) && /^the$/i.test(T.text[i - 2] ?? ''));
}

/**
 * The token after a name ending at `end`, past the letters that follow it ("Julie X MP,", "Vikum X RWP RSP ndu,") and a
 * retired rank's mark ("Geraldine X (Rtd),"): where its apposition's comma stands, if it has one.
 */
export function pastNameLetters(T: TokenStream, end: number): number {
  let k = end;
  while (k < T.n && k < end + 6 && T.textFlags[k] & W.POST_NOMINAL) k++;
  // ("Vice-Admiral X, AVSM, YSM, VSM, Flag Officer ...": the letters each set off by a comma.)
  if (k === end) {
    let m = end;
    // ("Hon. X, E.G.H., Prime Cabinet Secretary": or an order's letters the lexicon does not hold, each with its stop.)
    while (m < T.n && m < end + 12 && T.text[m] === ',') {
      if (T.textFlags[m + 1] & W.POST_NOMINAL || DOTTED_LETTERS.test(T.text[m + 1] ?? '')) m += 2;
      // ("General X, NI (M), Chief of Army Staff": an award's letters with its military division.)
      else if (/^\p{Lu}{2,3}$/u.test(T.text[m + 1] ?? '') && T.text[m + 2] === '(' && T.text[m + 3] === 'M' && T.text[m + 4] === ')') m += 5;
      else break;
    }
    if (m > end && T.text[m] === ',') k = m;
  }
  if (T.text[k] === '(' && RETIRED.has((T.text[k + 1] ?? '').toLowerCase()) && T.text[k + 2] === ')') k += 3;
  // ("Dr Damas X (MP), Minister of Constitutional and Legal Affairs": or the letters in brackets.)
  else if (k === end && T.text[k] === '(' && T.textFlags[k + 1] & W.POST_NOMINAL && T.text[k + 2] === ')') k += 3;
  return k;
}

/** Two to four capitals, each with its stop ("E.G.H."). */
const DOTTED_LETTERS = /^(?:[A-Z]\.){2,4}$/;

/** The end of a part of the world named from token k ("Middle East", "Horn of Africa"), or 0. */
function worldRegionEnd(lex: Lexicon, T: TokenStream, k: number): number {
  if (!(T.kind[k] & CAP)) return 0;
  for (let e = Math.min(T.n, k + 4); e > k; e--) if (lex.worldRegions.has(joinTokens(T, k, e))) return e;
  return 0;
}

/** Tokens of a body's short form in brackets at k, of one word or two ("(ARG)", "(EU EOM)"); 0 if none. */
function bracketedShortLength(T: TokenStream, k: number): number {
  if (T.text[k] !== '(' || !SHORT_FORM.test(T.text[k + 1] ?? '')) return 0;
  if (T.text[k + 2] === ')') return 3;
  return T.text[k + 3] === ')' && SHORT_FORM.test(T.text[k + 2] ?? '') ? 4 : 0;
}
/** A body's branch in lower case after its name ("UNOCHA office in Nigeria"). */
const BODY_BRANCH = /^(?:office|mission|delegation|bureau)$/;
/** Bodies that serve an office ("Chief of the Office of the Minister"). */
const OFFICE_OF_OFFICE = /^(?:Office|Cabinet|Bureau|Secretariat|Chancellery)$/;
/** What a body is told to be between its nation and its name ("the Palestinian group Hamas"). */
const GROUP_KINDS = /^(?:group|movement|militia|faction|organi[sz]ation|party)$/;
/** "Belgrade and Priština," from token k: two parties in capitals joined by "and", closed by punctuation; its end, or 0. */
function pairEnd(T: TokenStream, k: number): number {
  let m = k;
  while (m < T.n && m < k + 3 && T.kind[m] & CAP) m++;
  if (m === k || T.text[m] !== 'and') return 0;
  const second = ++m;
  while (m < T.n && m < second + 3 && T.kind[m] & CAP) m++;
  return m > second && /^[,.;]$/.test(T.text[m] ?? '') ? m : 0;
}

/** Where the possessive of an envoy's principal before token i starts ("secretary general's" special envoy), or -1. */
function principalPossessive(T: TokenStream, i: number): number {
  if (i < 1 || T.baseEnd[i - 1] === T.end[i - 1]) return -1;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) if (PRINCIPAL.test(capitalized(joinTokens(T, k, i)))) return k;
  return -1;
}

/** "secretary general" → "Secretary General": an office compared as capitalized. */
const capitalized = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The first letters of a phrase's capitalized words ("DGIAEA" of "Director General of the International Atomic Energy Agency"). */
function capitalInitials(phrase: string): string {
  return phrase.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Offices with a brief after "on" or "for": "Special Envoy on Climate Change", and an envoy of a principal's office,
 * "Special Representative of the UN Secretary General for West Africa". */
function briefHolder(office: string): boolean {
  return BRIEF_HEADS.test(office) || ENVOY_OF_PRINCIPAL.test(office);
}
const ENVOY_OF_PRINCIPAL = /\b(?:Envoy|Representative|Adviser|Advisor|Coordinator) of (?:the )?(?:UN |United Nations |AU |African Union )?(?:Secretary[- ]General|Chairperson|President)$/;
/** Offices sent about a country or a crisis ("Special Envoy for Yemen", "Special Adviser on Libya"). */
const SENT_ABOUT = /\b(?:Envoy|Representative|Coordinator|Adviser|Advisor|Rapporteur)$/;
/** The principals envoys are sent by ("Special Envoy of the Secretary-General"). */
const PRINCIPAL = /^(?:Secretary[- ]General|President|Prime Minister|Chairperson|Chairman|Chair|King|Emir|Sultan)$/;
/** Offices accredited to a state or a body ("Ambassador ... to the OAS"). */
// (And a mission's staff: "Defence Attaché to the High Commission of Sri Lanka in London".)
const ENVOY_HEAD = /\b(?:Ambassador|Representative|Envoy|Delegate|Observer|High Commissioner|Attach[ée]|Counsell?or|Consul|Secretary)(?!\p{L})/iu;
const TITLE_JOINERS = new Set(['of', 'the', 'for', 'and', 'to']);

/** Offices held in a country not their own, or in one of its parts: "Defence Attaché in Jakarta", "Commander of the Army in the North". */
const POSTED_IN = /\b(?:Ambassador|Representative|Envoy|Delegate|Observer|Commissioner|Attach[ée]|Consul|Adviser|Advisor|Chargé|Charge|Counsell?or|Secretary|Coordinator|Head of Mission|Commander|Officer|Director|Chief|Head|Resident)(?!\p{L})/iu;
