// Person names as the recognizer reads them: which capitalized words may belong to a name, where a name
// ends (particles, suffixes, post-nominals, a surname that is also a country), and how it is written out.
import { lexicon, W, type Lexicon } from '../lexicon';
import type { LocalEntity, NameMention } from './localTypes';
import { CAP, DIGIT, GAP, type TokenStream, WORD } from '../tokenize';
import mediaData from '../lexicons/media.json';
import { regionOf } from './regions';

export const CAP_WORD = CAP | WORD;

/** The office, rank, body and country of a name read with none. */
export const NO_OFFICE = { rank: null, position: null, organization: null, country: null };
/** Tokens after which a name opens an item of a list or a sentence. */
export const LIST_OPENERS = new Set([',', ':', ';', 'and', '(', '.', '“', '"']);
/** Initials with their stops, written together ("K.P."). */
export const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
/** Particles in lower case inside a name ("Ursula von der Leyen"). */
export const INNER_PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|dos|das|du|la|le|ter|zu|e)$/;
/** News outlets by name, of two words or more (as a name is): never a person's name. */
export const OUTLET_NAMES = new Set<string>(mediaData.outlets.filter((o) => /\s/.test(o)));

/** Two to five capitals and nothing else ("RWP", "DSC"). */
export function isPostNominal(t: string): boolean {
  return t.length >= 2 && t.length <= 5 && /^[A-Z]+$/.test(t);
}

/** Capitals that read as a word, consonants and vowels alternating ("NJERU", "OTIENO"), not as initials ("RWP", "NDU"). */
const SPOKEN_CAPITALS = /^(?=.{4,5}$)[B-DF-HJ-NP-TV-Z]{0,2}(?:[AEIOU][B-DF-HJ-NP-TV-Z]{1,2}){1,2}[AEIOU][B-DF-HJ-NP-TV-Z]?$/;

/** The current paragraph's country phrases (end token by start token), so that "Costa Rica" is no name. */
let countryStarts: Int32Array | null = null;

export function setCountryStarts(countryEnd: Int32Array): void {
  countryStarts = countryEnd;
  givenCountries.clear();
}

/** The current paragraph's countries read as given names ("Foreign Minister Israel Katz"), by token. */
export const givenCountries = new Set<number>();

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** A capitalized word that may be part of a person's name. */
export function isName(T: TokenStream, i: number): boolean {
  const k = T.kind[i];
  if ((k & CAP_WORD) !== CAP_WORD || k & DIGIT) return false;
  // "Hosts", "Receives" in a title-case headline are the meeting, not a name.
  if (T.baseFlags[i] & (W.RESERVED | W.ORG_HEAD) || T.textFlags[i] & W.TRIGGER) return givenCountries.has(i) || givenNameTitle(T, i) || styledDayName(T, i) || monthGivenName(T, i) || familyNameWord(T, i) || closingTun(T, i) || rankWordSurname(T, i) || styledPortfolioName(T, i) || bareInitial(T, i) || shortFamilyName(T, i);
  if (countryStarts !== null && countryStarts[i] > i + 1) return false;
  if (regionBeforeOffice(T, i)) return false;
  // (Before a name: "Office for Kosovo-Metohija Petar X".)
  if (i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i + 1] & (W.RESERVED | W.ORG_HEAD)) && placeCompound(T.text[i])) return false;
  // ("PM SOGAVARE IN MALTA": a small word of a headline in capitals is none.)
  if (CAPS_SMALL_WORDS.has(T.text[i])) return false;
  // ("Foreign Minister II Dato X": an office's ordinal, not a name.)
  if (T.text[i].charCodeAt(0) === 73 && T.text[i].length <= 3 && OFFICE_ORDINAL.test(T.text[i]) && i > 0 && T.textFlags[i - 1] & W.TITLE) return false;
  // ("the Commander RFMF Major General X": a body's short form after an office, right before a rank, is no name.)
  if (i > 0 && T.textFlags[i - 1] & W.TITLE && i + 1 < T.n && T.textFlags[i + 1] & W.RANK && /^\p{Lu}{2,6}$/u.test(T.text[i])) return false;
  // ("the Director General NEMA Mustapha X": nor before the holder's name in title case.)
  if (i > 0 && T.textFlags[i - 1] & W.TITLE && i + 2 < T.n && /^\p{Lu}{3,6}$/u.test(T.text[i]) && !(T.textFlags[i] & W.HONORIFIC) && TITLE_CASE.test(T.text[i + 1]) && TITLE_CASE.test(T.text[i + 2]) && isName(T, i + 2)) return false;
  // ("HI (M), President NDU at National Defence University": a body's short form of three letters closing an office,
  // no name after.)
  if (i > 0 && T.textFlags[i - 1] & W.TITLE && /^\p{Lu}{3}$/u.test(T.text[i]) && !(i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD)) return false;
  if (i > 0 && T.textFlags[i - 1] & W.TITLE && officesOwnWord(T, i)) return false;
  return T.base[i].length >= 2 || T.text[i].endsWith('.') || bareInitial(T, i);
}
/**
 * "Florida Rep. Mike X", "Camarines Sur 1st district Rep. Y": a province the lexicon knows, right before an office or
 * a district's ordinal, is where the office is held, no part of a name.
 */
function regionBeforeOffice(T: TokenStream, i: number): boolean {
  for (let a = Math.max(0, i - 2); a <= i; a++) {
    for (let b = i + 1; b <= Math.min(T.n - 1, a + 3); b++) {
      const office = (T.textFlags[b] & W.TITLE && T.text[b] === T.base[b]) || (T.kind[b] & DIGIT && T.text[b + 1] === 'district');
      if (office && regionOf(T.source.slice(T.start[a] + T.shift, T.end[b - 1] + T.shift))) return true;
    }
  }
  return false;
}
/**
 * "Commissioner Lahore and the CEO", "calls on Governor Sindh", "Chairman P&D and": a place, or a short form with an
 * ampersand, right after an office, is where or what the office is of. (A place only after an office held over one,
 * closing the phrase: "Minister Ishikawa and", "Minister Logar was received" are names.)
 */
function officesOwnWord(T: TokenStream, i: number): boolean {
  if (T.text[i].includes('&')) return true;
  return closesPlace(T, i) && PLACE_OFFICE_END.test(T.source.slice(Math.max(0, T.start[i] + T.shift - 16), T.start[i] + T.shift)) && placeWord(T, i);
}
/** The end of an office held over a city or a province ("Governor ", "Chief Minister ", "Commissioner "). */
const PLACE_OFFICE_END = /(?:\bGovernor|\bCommissioner|\bMayor|\bPremier|\bAdministrator|\bChief Minister)\s+$/;
/** Whether the words after token i leave it a place: the line's end, "and", a comma or a stop. */
function closesPlace(T: TokenStream, i: number): boolean {
  return i + 1 >= T.n || /^(?:and|,|\.|;)$/.test(T.text[i + 1]) || lineBreakBefore(T, i + 1);
}
/** Whether token i alone is a city or a province the lexicons know. */
function placeWord(T: TokenStream, i: number): boolean {
  return capitalAt(lexicon(), T, i)?.end === i + 1 || regionOf(T.text[i]) !== undefined;
}
/** Whether a line ends between token k and the one before it. */
export function lineBreakBefore(T: TokenStream, k: number): boolean {
  return k > 0 && T.source.slice(T.end[k - 1] + T.shift, T.start[k] + T.shift).includes('\n');
}
/** The capital the lexicon knows opening at token k, read by its base ("Nairobi’s" is Nairobi), or null. */
export function capitalAt(lex: Lexicon, T: TokenStream, k: number) {
  return T.baseFlags[k] & W.CAPITAL ? lex.capitals.longest(k, (x) => (x < T.n ? T.base[x] : undefined)) : null;
}

/**
 * "Vice Admiral A K X", "Rear Admiral J X": a capital letter with no stop after a rank, an office or a style (or
 * after another such initial), before more of the name.
 */
function bareInitial(T: TokenStream, i: number): boolean {
  if (!/^[A-Z]$/.test(T.text[i]) || i + 1 >= T.n || (T.kind[i + 1] & CAP_WORD) !== CAP_WORD || T.baseFlags[i + 1] & (W.RESERVED | W.ORG_HEAD)) return false;
  if (!/^[A-Z]$/.test(T.text[i + 1]) && !TITLE_CASE.test(T.text[i + 1])) return false;
  const j = i > 0 && /^[A-Z]$/.test(T.text[i - 1]) ? i - 1 : i;
  // ("High Commissioner to Pakistan, M Madikiza, called on": after a comma, a letter that is no word, before a family
  // name the next comma or stop closes.)
  if (j === i && i > 0 && T.text[i - 1] === ',' && !/^[AI]$/.test(T.text[i]) && /^[,.;]$/.test(T.text[i + 2] ?? '')) return true;
  return j > 0 && (T.kind[j - 1] & CAP) !== 0 && (T.textFlags[j - 1] & (W.RANK | W.TITLE | W.HONORIFIC)) !== 0;
}

/** "Kosovo-Metohija", "Belgrade-Pristina": a compound opened by a country's or a capital's name is a place, no one's name. */
export function placeCompound(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash <= 0) return false;
  const part = [w.slice(0, dash)];
  const lex = lexicon();
  return lex.countries.whole(part) !== undefined || lex.capitals.whole(part) !== undefined;
}

/** Family names that are also English words ("To Lam", "An Le"). */
const SHORT_FAMILY_NAMES = new Set(['To', 'An']);
/** Verbs an infinitive after such a word takes, no name ("The Minister To Be Named"). */
const ENGLISH_VERB = /^(?:Be|Have|Do|Go|Come|Take|Make|Serve|Lead|Follow)$/;
/** "State President To Lam", "Minister An Le": a family name that is also an English word, right after an office, before
 * a name's word. */
function shortFamilyName(T: TokenStream, i: number): boolean {
  return SHORT_FAMILY_NAMES.has(T.text[i]) && i > 0 && (T.textFlags[i - 1] & W.TITLE) !== 0 && i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD &&
    !(T.baseFlags[i + 1] & (W.RESERVED | W.ORG_HEAD)) && !(T.textFlags[i + 1] & (W.TRIGGER | W.FUNCTION)) && !ENGLISH_VERB.test(T.text[i + 1]);
}
/** "the Kuwaiti Amir, Sheikh X": "the", a nationality, then the title, its holder set off by a comma. */
function nationsAmir(T: TokenStream, i: number): boolean {
  return i > 1 && T.text[i + 1] === ',' && (T.baseFlags[i - 1] & W.COUNTRY) !== 0 && /^(?:the|The)$/.test(T.text[i - 2]);
}
/** "Sultan bin Saad Al X", "Sultan Al Khater": a ruler's title that is a given name, right before a name's particle. */
export function givenNameTitle(T: TokenStream, i: number): boolean {
  // ("HH the Amir Sheikh X" but "Defense Minister Amir Peretz": a ruler's title that is a common given name is the
  // title only after "the" or a highness, or before a style or "of".)
  if (T.text[i] === 'Amir' && !(i > 0 && /^(?:the|The|HH|Highness)$/.test(T.text[i - 1])) && !nationsAmir(T, i) && !(i + 1 < T.n && /^(?:Sheikh|Shaikh|of)$/.test(T.text[i + 1]))) return true;
  if (!GIVEN_NAME_TITLES.has(T.text[i]) || i + 1 >= T.n) return false;
  // ("First Public Prosecutor Sultan Bujarwa": right after another office, before a name, it is the holder's given name.)
  if (i > 0 && T.textFlags[i - 1] & W.TITLE && T.kind[i - 1] & CAP && !GIVEN_NAME_TITLES.has(T.text[i - 1]) && isName(T, i + 1)) return true;
  // ("Speaker of Parliament Sultan al-Barakani": before a family name joined to its particle, as before the particle,
  // after the words of an office; in a list, "A, Sultan Al-Arada, B", a list's rule reads it.)
  return GIVEN_NAME_NEXT.has(T.text[i + 1]) || (i > 0 && (T.kind[i - 1] & CAP_WORD) === CAP_WORD && /^(?:[Aa]l|[Ee]l)-\p{Lu}/u.test(T.text[i + 1]));
}
/**
 * "his Tanzanian counterpart January Makamba": a month's name after "counterpart", an office or a style, before a
 * family name (and no day), is a given name.
 */
function monthGivenName(T: TokenStream, i: number): boolean {
  return (T.textFlags[i] & W.MONTH) !== 0 && i > 0 && ((T.textFlags[i - 1] & (W.TITLE | W.HONORIFIC)) !== 0 || /^counterparts?$/.test(T.written(i - 1).trim())) &&
    i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i + 1] & (W.RESERVED | W.ORG_HEAD)) && !(T.kind[i + 1] & DIGIT);
}
/** "Amb. Monday Semaya X": a weekday after a style of address, before two words of a name, is a given name. */
function styledDayName(T: TokenStream, i: number): boolean {
  return (T.textFlags[i] & W.DAY) !== 0 && i > 0 && (T.textFlags[i - 1] & W.HONORIFIC) !== 0 && i + 2 < T.n &&
    (T.kind[i + 1] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i + 1] & W.RESERVED) && (T.kind[i + 2] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i + 2] & W.RESERVED);
}
/** "Construction Minister Han Tun": the Malay style "Tun" closing a name, after a name's word, is a Burmese name's word. */
function closingTun(T: TokenStream, i: number): boolean {
  return T.text[i] === 'Tun' && i > 0 && (T.kind[i - 1] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i - 1] & W.RESERVED) && !(i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD);
}
/**
 * "Vice Premier He Lifeng", "Senior Chinese official He Lifeng": a family name that is also an English word, between
 * a capitalized title (or the word "official") and a name.
 */
function familyNameWord(T: TokenStream, i: number): boolean {
  if (!(FAMILY_NAME_WORDS.has(T.text[i]) || vietMiddleName(T, i)) || i + 1 >= T.n) return false;
  return i > 0 && ((T.kind[i - 1] & CAP_WORD) === CAP_WORD || T.text[i - 1] === 'official') &&
    (T.kind[i + 1] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i + 1] & (W.RESERVED | W.ORG_HEAD));
}
/** "Secretary Tran The Ngoc": "The" is a common Vietnamese middle name, right after a Vietnamese family name. */
function vietMiddleName(T: TokenStream, i: number): boolean {
  return T.text[i] === 'The' && i > 0 && (lexicon().surnameCountry.get(T.text[i - 1])?.includes('Vietnam') ?? false);
}
const FAMILY_NAME_WORDS = new Set(['He']);
/**
 * "H.E. Mark Field underlined", "Prime Minister John Major", "High Commissioner Harriet King has paid": a family name
 * that opens a rank or is a title ("Field Marshal", "Major General", "King", "Pope"), closing a name after a given name, with
 * no more of the rank or a holder's name after it.
 */
function rankWordSurname(T: TokenStream, i: number): boolean {
  return RANK_WORD_SURNAMES.has(T.text[i]) && i > 0 && (T.kind[i - 1] & CAP_WORD) === CAP_WORD && !(T.baseFlags[i - 1] & (W.RESERVED | W.ORG_HEAD | W.TITLE)) &&
    !(i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD && !(T.textFlags[i + 1] & W.DAY));
}
// ("Samantha Power, the administrator": so is a portfolio's word that is a common family name.)
// ("Syed Fakhar Imam": or a cleric's title that is a common family name.)
const RANK_WORD_SURNAMES = new Set(['Field', 'Major', 'King', 'Bishop', 'Pope', 'Power', 'Imam', 'Mufti']);
/** "H.E. Urban X": a portfolio's word that is also a given name, right after a style and before a family name. */
function styledPortfolioName(T: TokenStream, i: number): boolean {
  return (T.textFlags[i] & W.PORTFOLIO) !== 0 && i > 0 && (T.textFlags[i - 1] & W.HONORIFIC) !== 0 && i + 1 < T.n && (T.kind[i + 1] & CAP_WORD) === CAP_WORD &&
    !(T.baseFlags[i + 1] & (W.RESERVED | W.ORG_HEAD | W.TITLE | W.COUNTRY)) && !(T.textFlags[i + 1] & (W.TITLE | W.RANK));
}
/** "ibni Almarhum", "Al-Marhum": the words of a Malay ruler's patronymic ("son of the late"). */
const PATRONYMIC = /^(?:ibni|binti|Almarhum|Al-Marhum|Almarhumah|almarhum)$/;
const REPEATED_STYLE = /^(Sultan|Emir|King|Raja|Sheikh)(\s+of\s+[^,]+?),?\s+\1$/;
// ("Hassan Sheikh Mohamud": Somali names carry "Sheikh" between their parts too.)
const MID_NAME_STYLES = new Set(['Tun', 'Pehin', 'Sheikh', 'Haji', 'Hajji']);
const RULER_STYLES = new Set(['Sultan', 'Tuanku', 'Raja', 'Tunku', 'Tengku', 'Sheikh', 'Yang']);
/** Prepositions and joining words as a headline in capitals writes them (not "TO", "AN": Vietnamese family names). */
const CAPS_SMALL_WORDS = new Set(['IN', 'FOR', 'OF', 'AND', 'AT', 'ON', 'WITH', 'THE', 'FROM', 'BY', 'OVER', 'AFTER', 'AMID', 'INTO', 'DURING', 'VIA']);
/** An office's ordinal ("Foreign Minister II"), never a name after an office. */
export const OFFICE_ORDINAL = /^(?:II|III|IV)$/;
/** A ruler's numeral closing his name ("Mutebi II", "Harald V"). */
export const REGNAL_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX)$/;
/** A weekday's name, which may close a name ("Dr. Godwin Friday"). */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Rulers' titles that are also given names in the Gulf, and the particles that mark them as names. */
const GIVEN_NAME_TITLES = new Set(['Sultan', 'Amir', 'Emir']);
const GIVEN_NAME_NEXT = new Set(['bin', 'Bin', 'Al', 'al', 'Al-', 'bint']);

/**
 * "General SM Shafiuddin Ahmed", "Gen. MM Naravane": two or three capitals opening a name after a rank or an office
 * are initials, even where they also spell a rank or a post-nominal.
 */
export function initialsBeforeName(T: TokenStream, i: number): boolean {
  return initialsEnd(T, i) > i;
}

/** A capital standing alone as an initial, without its stop (not the article "A" nor "I"). */
export const LONE_INITIAL = /^[B-HJ-Z]$/;
export const DIGRAPH_INITIAL = /^(?:Ts|Ch|Sh|Kh|Zh|Ya|Yu|Ye|Sch|Dz)$/;
/** Past the initials opening a name at token i ("SM", "S", "V R"): the name's next word, or i where there are none. */
function initialsEnd(T: TokenStream, i: number): number {
  // ("SM Shafiuddin Ahmed", "S Jaishankar", "V R Chaudhari"; not the article "A" nor "I".)
  const initials = (k: number) => k + 1 < T.n && !(T.baseFlags[k] & (W.ACRONYM | W.COUNTRY)) && T.end[k] + 1 === T.start[k + 1];
  // ("Ts. Elbegdorj", "Kh. Battulga": a patronymic's initial of two letters, a Cyrillic sound's, before a Mongolian name.)
  if (DIGRAPH_INITIAL.test(T.text[i]) && T.text[i + 1] === '.' && T.end[i] === T.start[i + 1] && isName(T, i + 2)) return i + 2;
  if (!initials(i) || !/^(?:[A-Z]{2,3}|[B-HJ-Z])$/.test(T.text[i])) return i;
  if (isName(T, i + 1)) return i + 1;
  // (Two or three letters standing apart.)
  let k = i + 1;
  while (k < i + 3 && LONE_INITIAL.test(T.text[i]) && /^[A-Z]$/.test(T.text[k]) && initials(k)) {
    if (isName(T, k + 1)) return k + 1;
    k++;
  }
  return i;
}

/** "Abdul", "Abdel", "Abd": the first word of a compound given name ("Abdul Aziz"), one name with the next. */
export const ABD_COMPOUND = /^Ab(?:d|du|de)l?$/;
/** End (exclusive) of a personal name starting at token i. */
const FATHER_TITLES = new Set(['Haji', 'Hj', 'Hj.', 'Pengiran', 'Awang', 'Dato', "Dato'", 'Datuk', 'Tan', 'Sheikh', 'Sayyid']);

export function nameEnd(lex: Lexicon, T: TokenStream, i: number): number {
  const { text, kind, n } = T;
  let j = initialsEnd(T, i);
  // Six parts at most, more where particles join them ("Salem bin Hamad bin Mohammed bin Aqeel Al Nabit").
  let most = 6;
  while (j < n && j - i < most) {
    // "Lasantha Rodrigo RWP RSP USP": capitals after a full name are post-nominals (unless the name is in capitals).
    // (Not a family name set in capitals as some missions write it, "Zacharia Mwangi NJERU": a word of four or five
    // letters read as syllables, no post-nominal the lexicon knows.)
    if (j >= i + 2 && isPostNominal(text[j]) && !lex.nameSuffixes.has(text[j]) && !isPostNominal(text[i]) && !isPostNominal(text[i + 1]) &&
      !(SPOKEN_CAPITALS.test(text[j]) && !(T.textFlags[j] & W.POST_NOMINAL))) break;
    // ("Captain Vikas Sood Nov: (16)": a month before its day closes the name.)
    if (j >= i + 2 && T.textFlags[j] & W.MONTH && /^[:.(\d]/.test(text[j + 1] ?? '')) break;
    // ("Sultan Ibrahim ibni Almarhum Sultan Iskandar": a Malay ruler's patronymic, his late father's style and name,
    // is part of his name.)
    if (j > i && j < n && PATRONYMIC.test(T.written(j).trim())) {
      let k = j + 1;
      if (k < n && PATRONYMIC.test(T.written(k).trim())) k++;
      if (RULER_STYLES.has(text[k] ?? '')) k++;
      if (k < n && isName(T, k)) {
        j = k;
        most = j - i + 4;
        continue;
      }
    }
    // ("Rahman Pehin Latif", "Hishammuddin Tun Hussein": a Malay style between the parts of a name is part of it.)
    if (j > i && MID_NAME_STYLES.has(text[j]) && j + 1 < n && isName(T, j + 1)) {
      j++;
      continue;
    }
    if (isName(T, j)) {
      // ("Khalid Ibrahim Abdul Aziz Shuhail Al Qahtani": an Arabic family's "Al" is never a name's last word.)
      // (Only after a name compounded with "Abd", whose two words are one.)
      if (j - i === most - 1 && text[j] === 'Al' && most < 12 && j + 1 < n && isName(T, j + 1) && text.slice(i, j).some((w) => ABD_COMPOUND.test(w))) most++;
      j++;
      if (T.baseEnd[j - 1] !== T.end[j - 1]) break; // possessive ends the name
      continue;
    }
    // ("Walid al-Khuraiji greeted": an Arabic family name with its article joined in lower case closes the name.)
    if (j > i && JOINED_ARTICLE.test(T.written(j).trim())) { j++; break; }
    // (A one-letter numeral before a name is a middle initial: "Alexander V Fomin".)
    if (j > i && lex.nameSuffixes.has(text[j]) && !(text[j].length === 1 && j + 1 < n && isName(T, j + 1))) { j++; if (j < n && PATRONYMIC.test(T.written(j).trim())) continue; break; }
    // "Charles (Chip) Brown": a nickname in parentheses between the given name and the surname.
    if (j > i && text[j] === '(' && text[j + 2] === ')' && isName(T, j + 1) && j + 3 < n && isName(T, j + 3)) { j += 3; continue; }
    // "Jedidiah P Royal": a middle initial written without its dot.
    if (j > i && /^\p{Lu}$/u.test(text[j]) && j + 1 < n && isName(T, j + 1) && T.start[j + 1] === T.end[j] + 1) { j++; continue; }
    // ("Saleh Mohsin A R Fetais": two such initials.)
    if (j >= i + 2 && /^\p{Lu}$/u.test(text[j]) && /^\p{Lu}$/u.test(text[j + 1] ?? '') && j + 2 < n && isName(T, j + 2) && T.start[j + 1] === T.end[j] + 1 && T.start[j + 2] === T.end[j + 1] + 1) { j += 2; continue; }
    // "Roy Vincent Trinidad", "Derek France": a one-word country closing a full name, before lower case.
    // (After one given name only before punctuation: "Lieutenant General Derek France.")
    // ("Prime Minister Luís Montenegro travels": or after an office and one given name, before a verb.)
    if ((j >= i + 2 || (j === i + 1 && (/^[.,;)]$/.test(text[j + 1] ?? '.') || (i > 0 && T.textFlags[i - 1] & W.TITLE && /^\p{Ll}{3,}$/u.test(T.written(j + 1).trim()) && !/^(?:of|in|to|on|at|for|from|and|visit|talks)$/.test(T.written(j + 1).trim()))))) && T.baseFlags[j] & W.COUNTRY && T.kind[j] & CAP && T.baseEnd[j] === T.end[j] && !(T.kind[j + 1] & CAP) &&
        T.text[j + 1] !== "'" && (countryStarts === null || countryStarts[j] === j + 1)) { j++; break; }
    // ("Lt-Gen Moe Myint Tun and ...": a one-word style closing a name of two words or more, before no name, is its
    // last part.)
    if (j >= i + 2 && T.textFlags[j] & W.HONORIFIC && !((T.textFlags[j] | T.baseFlags[j]) & (W.TITLE | W.RANK)) && T.kind[j] & CAP && /^\p{Lu}\p{Ll}+$/u.test(text[j]) && !isName(T, j + 1) && !(T.kind[j + 1] & CAP) && lex.honorifics.longest(j, (x) => (x < n ? text[x] : undefined))?.end === j + 1) { j++; break; }
    // ("Dr. Godwin Friday,", "Hon. Curtis King,": after a style and a given name, a weekday or an office word closed
    // by punctuation is the surname.)
    if (j === i + 1 && i > 0 && T.textFlags[i - 1] & W.HONORIFIC && T.kind[j] & CAP && /^[,.;]$/.test(text[j + 1] ?? '') &&
        (WEEKDAY.test(text[j]) || T.baseFlags[j] & W.RESERVED) && !(T.textFlags[j] & W.RANK)) { j++; break; }
    // "CQ Brown, Jr.".
    if (j > i + 1 && text[j] === ',' && lex.nameSuffixes.has(text[j + 1])) { j += 2; break; }
    // ("Ri In Sok", "Kim In Chol": a Korean syllable that is also a preposition, between two short syllables of a name.)
    if (j === i + 1 && text[j] === 'In' && KOREAN_SYLLABLE.test(text[i]) && KOREAN_SYLLABLE.test(text[j + 1] ?? '') && isName(T, j + 1) &&
      !(T.baseFlags[j + 1] & (W.CAPITAL | W.COUNTRY)) && !(kind[j + 2] & CAP)) { j += 2; break; }
    // "Tran Van An": a given name that is also an article, only inside a name.
    if (j > i && text[j] === 'An' && !(kind[j + 1] & CAP)) { j++; break; }
    // "Theresa May": a month closing a name, with no day or year after it.
    if (j > i && text[j] === 'May' && !(kind[j + 1] & DIGIT) && !(kind[j + 1] & CAP)) { j++; break; }
    if (j > i && lex.nameParticles.has(text[j]) && j + 1 < n && isName(T, j + 1)) { j++; most = Math.min(most + 2, 12); continue; }
    // ("Hishamuddin bin Tun Hussein": the father's style after "bin", then his name.)
    if (j > i && FILIAL.test(text[j]) && (FATHER_TITLES.has(text[j + 1] ?? '') || MID_NAME_STYLES.has(text[j + 1] ?? '')) && j + 2 < n && isName(T, j + 2)) { j += 2; most = Math.min(most + 2, 12); continue; }
    // ("Fernando Azevedo e Silva": Portuguese joins two family names with "e", after a given name and the first.)
    if (j >= i + 2 && T.written(j).trim() === 'e' && j + 1 < n && isName(T, j + 1) && T.start[j] === T.end[j - 1] + 1) { j++; continue; }
    // "Norazmi Bin Pengiran Haji Muhammad": a title of the father's name, after "bin", stays in the name.
    if (j > i + 1 && FATHER_TITLES.has(text[j]) && [text[j - 1], text[j - 2]].some((w) => lex.nameParticles.has(w) || w === 'Bin' || w === 'Binti') && j + 1 < n && isName(T, j + 1)) { j++; continue; }
    // ("Minister of Foreign Affairs Kang, Kyung-wha": a Korean family name, a comma, the given name, as Seoul's ministry
    // writes them.)
    if (j === i + 1 && text[j] === ',' && KOREAN_GIVEN.test(text[j + 1] ?? '') && lex.surnameCountry.get(text[i])?.includes('South Korea')) { j += 2; break; }
    // ("Vice Premier Liu He held": a Chinese given name that is also the pronoun, right after the family name.)
    // ("Vice Premier Liu He, U.S. Trade Representative X and ...": or before a comma closing it.)
    if (j === i + 1 && text[j] === 'He' && T.start[j] === T.end[i] + 1 && lex.surnameCountry.get(text[i])?.includes('China') && j + 1 < n &&
      ((T.kind[j + 1] & WORD && !(T.kind[j + 1] & CAP)) || /^[,;)]$/.test(text[j + 1]))) { j++; break; }
    // "Ursula von der Leyen", "Charles de la Fuente": two particles in a row.
    if (j > i && lex.nameParticles.has(text[j]) && lex.nameParticles.has(text[j + 1]) && j + 2 < n && isName(T, j + 2)) { j += 2; most = Math.min(most + 2, 12); continue; }
    break;
  }
  // Never end on a lone initial.
  while (j > i + 1 && /^\p{Lu}\.$/u.test(text[j - 1])) j--;
  return j;
}

/** A family name with its Arabic article joined in lower case ("al-Khuraiji"). */
export const JOINED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}[\p{L}'’]+$/u;
const KOREAN_SYLLABLE = /^\p{Lu}\p{Ll}{1,3}$/u;
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * "Secretary of the Department of Defence Greg Moriarty": when an office's organization ends in a person's name
 * (two or more name words after a word that is not one) and no name follows, the name is the holder's.
 */
export function splitTrailingName(T: TokenStream, k: number, orgEndAt: Int32Array, entities: LocalEntity[], particles?: ReadonlySet<string>): void {
  const end = orgEndAt[k];
  if (isName(T, end)) return;
  // ("the United Nations Office for Disaster Risk Reduction (UNDRR)": the body's short form closes its name.)
  if (bracketedShortForm(T, end)) return;
  const x = trailingNameStart(T, k, end, particles);
  if (x >= 0) endBodyAt(T, k, x, orgEndAt, entities);
}

/** The words joining a given name to the father's ("bin", "bint"), as written. */
export const FILIAL = /^(?:bin|bint|binti|ibn)$/;
/** Ends the body's name starting at token k at token x, its entity too (what follows is a person's). */
export function endBodyAt(T: TokenStream, k: number, x: number, orgEndAt: Int32Array, entities: LocalEntity[]): void {
  orgEndAt[k] = x;
  for (let e = entities.length - 1; e >= 0; e--) {
    if (entities[e].type === 'organization' && entities[e].start === T.start[k]) {
      entities[e].end = T.baseEnd[x - 1];
      break;
    }
  }
}

/** "(IGAD)" at token k: a short form in capitals, one word, in brackets. */
export function bracketedShortForm(T: TokenStream, k: number): boolean {
  return T.text[k] === '(' && T.text[k + 2] === ')' && /^\p{Lu}{2,}$/u.test(T.text[k + 1] ?? '');
}

/**
 * Where a full name closing the tokens k..end starts (two name words at least, after a capitalized word that is no
 * name's), or -1. ("Chamber of Accounts Vugar X": a portfolio word closes the body's name.)
 */
export function trailingNameStart(T: TokenStream, k: number, end: number, particles?: ReadonlySet<string>): number {
  const nameWord = (x: number) => isName(T, x) && !(T.textFlags[x] & W.PORTFOLIO);
  let x = end;
  // ("the Brazilian Space Agency Carlos de Moura": a particle inside the name.)
  while (x - 1 > k && (nameWord(x - 1) || (particles?.has(T.text[x - 1]) && x < end && x - 2 > k && nameWord(x - 2)))) x--;
  return end - x < 2 || x <= k + 1 || nameWord(x - 1) || !(T.kind[x - 1] & CAP) ? -1 : x;
}

// ("Kh.Battulga.": a Mongolian initial of two letters too.)
const GLUED_STOP = /^(\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,})\.$/u;
const GLUED_STYLE = /^(?:Dr|Mr|Mrs|Ms|Prof|Amb|Hon)\.(?=\p{Lu}\p{Ll})/u;
export function nameMention(
  T: TokenStream, start: number, end: number,
  ctx: { rank: string | null; position: string | null; organization: string | null; country: string | null }, anchored: boolean,
): NameMention {
  const parts: string[] = [];
  let name = '';
  for (let k = start; k < end; k++) {
    // (A lower-case word inside a name, "ibni", is read as written.)
    // ("H.E Dr.Tax": a style of address glued to the name is no part of it.)
    // ("added Minister D.Sumiyabazar.": nor the sentence's stop after a name glued to its initial.)
    const part = (T.kind[k] & GAP ? T.written(k).trim() : T.base[k]).replace(GLUED_STYLE, '').replace(GLUED_STOP, '$1');
    parts.push(part);
    // ("Ri’ayatuddin": the name as written, its curly apostrophe kept; the parts are read plain.)
    const shown = part.includes("'") && T.raw(k).includes('’') ? part.replace(/'/g, '’') : part;
    // ("Carlito Galvez, Jr.": punctuation keeps its place.)
    name += (k > start && T.end[k - 1] !== T.start[k] ? ' ' : '') + shown;
  }
  return {
    start: T.start[start],
    end: T.baseEnd[end - 1] - (GLUED_STOP.test(T.base[end - 1]) ? 1 : 0),
    name,
    tokens: parts,
    rank: ctx.rank,
    // ("Sultan of Johor Sultan Ibrahim": a ruler's style repeated before his name is no second office.)
    position: ctx.position?.replace(REPEATED_STYLE, '$1$2') ?? null,
    organization: ctx.organization,
    country: ctx.country,
    anchored,
  };
}

/**
 * Items read from token `k` on, joined by commas, the last by "and" or ", and"; none unless so closed (within `most`).
 * `closed`: the first item is already the last. `item` reads one at a token (its `next`: the token after it), or null.
 */
export function closedList<I extends { next: number }>(T: TokenStream, k: number, item: (at: number) => I | null, closed = false, most = Infinity, endsOpen?: (items: I[]) => boolean): I[] {
  const tx = T.text;
  const out: I[] = [];
  for (let x = k; out.length < most;) {
    const it = item(x);
    if (!it) return [];
    out.push(it);
    if (closed) return out;
    // ("Joseph X (not in picture), and Grace Y": past a short aside in brackets after an item.)
    const next = bracketedAsideEnd(T, it.next);
    if (tx[next] === 'and') { x = next + 1; closed = true; }
    else if (tx[next] === ',' && tx[next + 1] === 'and') { x = next + 2; closed = true; }
    else if (tx[next] === ',') x = next + 1;
    // (A list the sentence closes with no "and", where the caller allows it.)
    else if (tx[next] === '.' && out.length >= 2 && endsOpen?.(out)) return out;
    else return [];
  }
  return [];
}

/** Past a short aside in brackets at token `k` ("(not in picture)", "(MR)", "(Italy)"): the token after its ")", else `k`. */
export function bracketedAsideEnd(T: TokenStream, k: number): number {
  if (T.text[k] !== '(') return k;
  for (let j = k + 1; j < T.n && j <= k + 8 && T.text[j] !== '('; j++) if (T.text[j] === ')') return j + 1;
  return k;
}

/** The small words that join the parts of a name in a list ("von", "de la", "bin"). */
const LIST_PARTICLE = /^(?:von|van|der|den|de|la|le|da|di|du|del|della|dos|das|bin|binti|ibn|al)$/;

/** A full name (two words at least, a middle initial allowed) starting at token `k` and holding no country: its end, or -1. */
export function fullNameAt(T: TokenStream, k: number, countryEnd: Int32Array): number {
  const tx = T.text;
  if (!isName(T, k) || countryEnd[k]) return -1;
  let e = k;
  // ("Rudiger von Fritsch": a particle in lower case between name words.)
  while (e < T.n && (isName(T, e) || (/^\p{Lu}\.?$/u.test(tx[e]) && isName(T, e + 1)) || (e > k && LIST_PARTICLE.test(T.written(e).trim()) && isName(T, e + 1))) && !countryEnd[e]) e++;
  return e - k >= 2 ? e : -1;
}

/**
 * The first token of a country's name that ends right before token `end` ("the UK", "United States"), or -1.
 * (The longest name: "Papua New Guinea", not "Guinea".)
 */
export function countryStartBefore(countryEnd: Int32Array, end: number): number {
  for (let s = Math.max(0, end - 5); s < end; s++) if (countryEnd[s] === end) return s;
  return -1;
}

export function joinTokens(T: TokenStream, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const part = k === b - 1 && !(T.kind[k] & GAP) ? T.base[k] : T.written(k);
    if (k > a) s += T.end[k - 1] === T.start[k] ? '' : ' ';
    s += part;
  }
  return s;
}
