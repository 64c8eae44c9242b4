// Word tokens with UTF-16 offsets, scanned by hand (one pass, no regular expressions). Abbreviation dots are
// folded into their word so that "Lt. Gen." or "U.N." stay whole and a sentence ends only at a free-standing dot.
// The recognizer's scan writes into reusable typed arrays and looks words up in a vocabulary as it goes, so
// the common case (a word no lexicon knows) costs no allocation beyond the word's own string, and a run of
// lower-case words nobody looks at costs none at all.

export interface Token {
  start: number;
  end: number;
  /** The token as written, apostrophes normalized to "'". */
  text: string;
  /** Same text without a trailing possessive "'s". */
  base: string;
  /** End offset of `base` (differs from `end` for possessives). */
  baseEnd: number;
  cap: boolean;
  word: boolean;
}

/** Token kinds (bit flags of `TokenStream.kind`). */
export const CAP = 1;
export const WORD = 2;
/** A run of lower-case words the vocabulary does not know, collapsed into one token with empty text. */
export const GAP = 4;
export const DIGIT = 8;

/** Character classes, computed once per UTF-16 unit: 0 unknown, 1 other, 2 word (lower or digit), 3 upper-case letter. */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /[\p{Lu}\p{Lt}]/u;

function charClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    // Surrogate halves (emoji, mathematical letters) are treated as symbols.
    const ch = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c);
    k = ch && UPPER_CHAR.test(ch) ? 3 : ch && WORD_CHAR.test(ch) ? 2 : 1;
    CLASS[c] = k;
  }
  return k;
}
for (let c = 0; c < 128; c++) charClass(c);
/** A lower-case letter (digits and marks share class 2, so they are told apart here). */
const isLower = (c: number) => (c >= 97 && c <= 122) || (c > 127 && charClass(c) === 2 && /\p{Ll}/u.test(String.fromCharCode(c)));

/** Characters that join two runs of letters into one word: apostrophes, hyphens, dots (U.N.), ampersands. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 46 || c === 38;
}
/** The character a word is compared by: curly apostrophes as straight ones, typographic hyphens ("Secretary‐General") as "-". */
function plainChar(c: number): number {
  return c === 0x2019 ? 39 : c === 0x2010 || c === 0x2011 ? 45 : c;
}
/** A word with its curly apostrophes and typographic hyphens written plain. */
const plainWord = (w: string) => w.replace(/’/g, "'").replace(/[\u2010\u2011]/g, '-');

/** "then" or "ex" in lower case, before a hyphen. */
function isPrefix(cs: Uint16Array, start: number, end: number): boolean {
  if (end - start === 4) return cs[start] === 116 && cs[start + 1] === 104 && cs[start + 2] === 101 && cs[start + 3] === 110;
  return end - start === 2 && cs[start] === 101 && cs[start + 1] === 120;
}

/** "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul" before a hyphen: the Arabic article of a name. */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud', 'ul']);

function isArticle(cs: Uint16Array, start: number, end: number): boolean {
  return end - start <= 3 && ARTICLES.has(String.fromCharCode(...cs.subarray(start, end)));
}

/** Three to six capitals right after ", " that follows a letter: "Damascus, SANA" (the agency of a dateline). */
function agencyAfterComma(cs: Uint16Array, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 6 || start < 3 || cs[start - 1] !== 32 || cs[start - 2] !== 44 || charClass(cs[start - 3]) < 2 || (cs[start - 3] >= 48 && cs[start - 3] <= 57)) return false;
  for (let k = start; k < end; k++) if (cs[k] < 65 || cs[k] > 90) return false;
  return true;
}

/** Spaces of every kind are skipped; any other symbol is a one-character token. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/** Words that take an abbreviation dot (besides single capitals and dotted acronyms). */
const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Brig', 'Adm', 'Capt', 'Cmdr', 'Cdr', 'Sgt', 'Cpl', 'Pvt',
  'Jr', 'Sr', 'St', 'Hon', 'Rt', 'Sen', 'Rep', 'Gov', 'Smt', 'VAdm', 'RAdm', 'Vice', 'Rear', 'No', 'Jan', 'Feb', 'Mar',
  'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Inc', 'Co', 'Ltd', 'Corp', 'Dept', 'Ret', 'Retd', 'Lieut', 'Cdre',
  'Gp', 'Wg', 'Sqn', 'Ldr', 'Amb', 'Cmdt', 'Supt', 'Insp', 'Gens', 'Adms', 'Eng', 'Gral', 'Tte', 'Cnel', 'Almte',
  // (Styles of address with a dot, as the honorifics lexicon lists them: "H.E. Lic. Alicia X".)
  'Lic', 'Licda', 'Ing', 'Dra', 'Mtro', 'Mtra', 'Engr', 'Msgr', 'Mgr', 'Cllr', 'Alh', 'Shri', 'Ch',
  // ("HE. Hery X": His Excellency's letters with one stop.)
  'HE',
  // (A given name shortened in Philippine usage: "Ma. Theresa P. Lazaro", Maria.)
  'Ma',
  // (And Mohammad shortened in South and Southeast Asian usage: "Md. Jashim Uddin", "Mohd. Khaled".)
  'Md', 'Mohd', 'Muhd',
  // (A professor's style in lower case, as some institutions write it: "prof. Irena X held a meeting".)
  'prof',
];
const ABBREVIATION_SET = new Set(ABBREVIATIONS);
/** June's and July's short forms, which take a stop only before a date's number (see `scan`). */
const SUMMER_MONTH = /^(?:Jun|Jul)$/;
/** Vocabulary flag of the words above; the other bits are the lexicon's to define. */
export const ABBREVIATION = 1 << 30;

/** Hash of a word as the scanner computes it (curly apostrophes and typographic hyphens count as plain ones). */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = (Math.imul(h, 31) + plainChar(c)) | 0;
  }
  return h;
}

export interface VocabularyEntry {
  /** The word, apostrophes normalized: tokens found here share this one string. */
  readonly word: string;
  flags: number;
}

/**
 * Words the recognizer cares about, with bit flags; looked up by hash and compared in place, without slicing.
 * Open addressing over typed arrays: the scanner looks up nearly every word, and most are not here.
 */
export class Vocabulary {
  private hashes = new Int32Array(0);
  /** Index + 1 into `entries`; 0 marks an empty slot. */
  private slots = new Int32Array(0);
  private mask = 0;
  private readonly entries: VocabularyEntry[] = [];

  constructor() {
    this.resize(1024);
    for (const w of ABBREVIATIONS) this.add(w, ABBREVIATION);
  }

  add(word: string, flags = 0): void {
    const norm = plainWord(word);
    const found = this.get(norm);
    if (found) {
      found.flags |= flags;
      return;
    }
    this.entries.push({ word: norm, flags });
    // Kept at most a quarter full, so that a miss meets an empty slot at once.
    if (this.entries.length * 4 > this.slots.length) this.resize(this.slots.length * 2);
    else this.place(this.entries.length - 1);
  }

  get(word: string): VocabularyEntry | undefined {
    const norm = /[’\u2010\u2011]/.test(word) ? plainWord(word) : word;
    const h = hashWord(norm);
    for (let at = h & this.mask; this.slots[at] !== 0; at = (at + 1) & this.mask) {
      const e = this.entries[this.slots[at] - 1];
      if (this.hashes[at] === h && e.word === norm) return e;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  flags(word: string): number {
    return this.get(word)?.flags ?? 0;
  }

  /** The entry for the characters codes[start, end) whose hash is `h`. */
  find(h: number, codes: Uint16Array, start: number, end: number): VocabularyEntry | undefined {
    const { hashes, slots, mask } = this;
    outer: for (let at = h & mask; slots[at] !== 0; at = (at + 1) & mask) {
      if (hashes[at] !== h) continue;
      const e = this.entries[slots[at] - 1];
      const w = e.word;
      if (w.length !== end - start) continue;
      for (let k = 0; k < w.length; k++) {
        if (plainChar(codes[start + k]) !== w.charCodeAt(k)) continue outer;
      }
      return e;
    }
    return undefined;
  }

  private place(index: number): void {
    const h = hashWord(this.entries[index].word);
    let at = h & this.mask;
    while (this.slots[at] !== 0) at = (at + 1) & this.mask;
    this.hashes[at] = h;
    this.slots[at] = index + 1;
  }

  private resize(size: number): void {
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < this.entries.length; k++) this.place(k);
  }
}

/** Tokens as parallel arrays, reused from one scan to the next. Three empty sentinel tokens follow the last. */
export class TokenStream {
  n = 0;
  start = new Int32Array(0);
  end = new Int32Array(0);
  baseEnd = new Int32Array(0);
  kind = new Uint8Array(0);
  /** Vocabulary flags of `text`, and of `base` (the same unless the token is a possessive). */
  textFlags = new Int32Array(0);
  baseFlags = new Int32Array(0);
  text: string[] = [];
  base: string[] = [];
  /** The scanned text and the shift of stored offsets, so that collapsed runs can be read back. */
  source = '';
  shift = 0;

  /** The text of token k as written (a collapsed run of lower-case words included). */
  written(k: number): string {
    return this.kind[k] & GAP ? this.raw(k) : this.text[k];
  }

  /** The source characters of token k, curly apostrophes and all. */
  raw(k: number): string {
    return this.source.slice(this.start[k] + this.shift, this.end[k] + this.shift);
  }

  constructor(capacity = 1024) {
    this.grow(capacity);
  }

  grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.baseEnd = copy(this.baseEnd, (n) => new Int32Array(n));
    this.kind = copy(this.kind, (n) => new Uint8Array(n));
    this.textFlags = copy(this.textFlags, (n) => new Int32Array(n));
    this.baseFlags = copy(this.baseFlags, (n) => new Int32Array(n));
    for (let k = this.text.length; k < capacity; k++) {
      this.text.push('');
      this.base.push('');
    }
  }
}

const SINGLE = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
/** A short form in capitals ("ICRC"), as square brackets may hold one. */
const BRACKETED_SHORT_FORM = /^\p{Lu}{2,8}$/u;

/**
 * The characters being scanned, copied out of the string first: reading a typed array stays fast whatever
 * the string's internal representation (sliced and concatenated strings make every `charCodeAt` slower).
 * Under Node the copy is Buffer's native UTF-16 write into the same memory, several times faster than a loop.
 */
let codes = new Uint16Array(4096);
const nativeCopy = typeof Buffer === 'function' && new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
let codeBytes = nativeCopy ? Buffer.from(codes.buffer) : null;

function copyCodes(text: string, from: number, len: number): Uint16Array {
  if (codes.length < len + 1) {
    codes = new Uint16Array(Math.max(len + 1, codes.length * 2));
    codeBytes = nativeCopy ? Buffer.from(codes.buffer) : null;
  }
  if (codeBytes && len > 16) codeBytes.write(text.slice(from, from + len), 0, 'utf16le');
  else for (let p = 0; p < len; p++) codes[p] = text.charCodeAt(from + p);
  codes[len] = 32;
  return codes;
}

/**
 * Scans text[from, to) into `out`. With a vocabulary, tokens carry its flags and interned strings, and
 * lower-case words it does not know are collapsed into GAP tokens (this keeps what is adjacent to what).
 * Offsets are stored less `shift`, so that a paragraph can be scanned in place with offsets of its own.
 */
export function scan(text: string, from: number, to: number, vocab: Vocabulary | null, out: TokenStream, shift = 0): TokenStream {
  const len = to - from;
  const cs = copyCodes(text, from, len);
  // Positions below are relative to `from`; stored offsets add `off`.
  const off = from - shift;
  let n = 0;
  let gapOpen = false;
  let cap = out.start.length;
  let i = 0;
  while (i < len) {
    if (n + 4 >= cap) {
      out.grow(cap * 2);
      cap = out.start.length;
    }
    const c = cs[i];
    const k = c < 128 ? CLASS[c] : charClass(c);
    if (k === 1) {
      if (!isSpace(c)) {
        out.start[n] = i + off;
        out.end[n] = out.baseEnd[n] = i + 1 + off;
        out.kind[n] = 0;
        out.textFlags[n] = out.baseFlags[n] = 0;
        out.text[n] = out.base[n] = c < 128 ? SINGLE[c] : String.fromCharCode(c);
        // ("President of the International Committee of the Red Cross [ICRC] X": a short form in square brackets is read
        // as in parentheses; other bracketed words, a reporter's own, keep their brackets. Offsets keep the source.)
        if (c === 93 && n >= 2 && out.text[n - 2] === '[' && BRACKETED_SHORT_FORM.test(out.text[n - 1])) {
          out.text[n] = out.base[n] = ')';
          out.text[n - 2] = out.base[n - 2] = '(';
        }
        n++;
        gapOpen = false;
      }
      i++;
      continue;
    }
    const start = i;
    let h = c;
    let hBeforeJoin = 0;
    let lastJoin = -1;
    let lastJoiner = 0;
    let dotted = false;
    let typographic = false;
    let digit = c >= 48 && c <= 57;
    let article = false;
    i++;
    for (;;) {
      // cs[len] is a space, so this loop needs no bound check.
      let d = cs[i];
      while ((d < 128 ? CLASS[d] : charClass(d)) >= 2) {
        if (d >= 48 && d <= 57) digit = true;
        h = (Math.imul(h, 31) + d) | 0;
        d = cs[++i];
      }
      if (i + 1 < len && isJoiner(d)) {
        const after = cs[i + 1];
        const ak = after < 128 ? CLASS[after] : charClass(after);
        // "then-Minister", "ex-President", "then-foreign minister": the prefix is a word of its own, so the office is recognized.
        if (plainChar(d) === 45 && ak >= 2 && isPrefix(cs, start, i)) break;
        // "Damascus, SANA-President X received": an agency's name in capitals after a dateline's comma, run into the
        // lead's first word, is a word of its own.
        if (plainChar(d) === 45 && ak === 3 && lastJoin < 0 && agencyAfterComma(cs, start, i) && i + 2 < len && isLower(cs[i + 2])) break;
        // "al-Da’iry", "el-Sisi": an Arabic article joined to a capitalized name makes a name's word.
        if (plainChar(d) === 45 && ak === 3 && lastJoin < 0 && isArticle(cs, start, i)) article = true;
        // "in London.This is": a stop with no space after a word of three letters or more, before a capitalized word,
        // ends a sentence (not "U.S.", "H.E", "Ph.D", "www.gov.ph").
        if (d === 46 && ak === 3 && !dotted && i - start >= 3 && isLower(cs[i - 1]) && i + 2 < len && isLower(cs[i + 2])) break;
        if (ak >= 2) {
          hBeforeJoin = h;
          lastJoin = i;
          lastJoiner = plainChar(d);
          if (lastJoiner !== d) typographic = true;
          if (d === 46) dotted = true;
          if (after >= 48 && after <= 57) digit = true;
          h = (Math.imul(Math.imul(h, 31) + lastJoiner, 31) + after) | 0;
          i += 2;
          continue;
        }
      }
      break;
    }
    let entry = vocab ? vocab.find(h, cs, start, i) : undefined;
    // A possessive of a known word is kept too ("Côte d'Ivoire's").
    const possessiveBase = vocab && lastJoin === i - 2 && lastJoiner === 39 ? vocab.find(hBeforeJoin, cs, start, i - 2) : undefined;
    const known = entry || possessiveBase;
    if (vocab && k === 2 && (c < 48 || c > 57) && !known && !article) {
      if (gapOpen) out.end[n - 1] = out.baseEnd[n - 1] = i + off;
      else {
        out.start[n] = start + off;
        out.end[n] = out.baseEnd[n] = i + off;
        out.kind[n] = WORD | GAP;
        out.textFlags[n] = out.baseFlags[n] = 0;
        out.text[n] = out.base[n] = '';
        n++;
        gapOpen = true;
      }
      continue;
    }
    gapOpen = false;
    if (i < len && cs[i] === 46) {
      // ("08 Jul. 2025", "Jun. 8": June's and July's short forms take the stop only before a date's number, "Dong Jun."
      // closing a sentence being a name.)
      const abbreviation = (vocab ? entry !== undefined && (entry.flags & ABBREVIATION) !== 0 : ABBREVIATION_SET.has(text.slice(start + from, i + from))) ||
        (i - start === 3 && SUMMER_MONTH.test(text.slice(start + from, i + from)) && /^\s\d/.test(text.slice(i + from + 1, i + from + 3)));
      // ("M.V.Kalmykov.": a name run into its initials keeps no sentence's stop; "U.S.", "Ph.D." keep theirs.)
      if ((i - start === 1 && k === 3) || (dotted && i - lastJoin <= 3) || abbreviation) {
        i++;
        h = (Math.imul(h, 31) + 46) | 0;
        entry = vocab ? vocab.find(h, cs, start, i) : undefined;
        lastJoin = -1;
      }
    }
    let word: string;
    if (entry) word = entry.word;
    else {
      word = text.slice(start + from, i + from);
      if (typographic) word = plainWord(word);
    }
    out.start[n] = start + off;
    out.end[n] = i + off;
    out.kind[n] = (k === 3 || article ? CAP : 0) | WORD | (digit ? DIGIT : 0);
    out.text[n] = word;
    const flags = entry ? entry.flags : 0;
    out.textFlags[n] = flags;
    // A possessive "'s" (not a lone "s'…"): the base is the word without it.
    const last = cs[i - 1];
    const quote = cs[i];
    const closed = (quote === 39 || quote === 0x2019) && lastJoin !== i - 2 && (i + 1 >= len || (cs[i + 1] < 128 ? CLASS[cs[i + 1]] : charClass(cs[i + 1])) < 2);
    const quoted = closed && vocab ? vocab.find((Math.imul(h, 31) + 39) | 0, cs, start, i + 1) : undefined;
    // Without a vocabulary (phrases of the lexicons themselves) a closing apostrophe always stays with its word.
    if (closed && ((last === 115 && i - start > 2) || quoted || !vocab)) {
      // "Officers’ College", "Dato’ Sri": a plural possessive or a word written with its apostrophe keeps it.
      out.base[n] = word;
      out.baseEnd[n] = i + off;
      out.baseFlags[n] = flags;
      i++;
      out.end[n] = i + off;
      out.text[n] = quoted ? quoted.word : `${word}'`;
      out.textFlags[n] = quoted ? quoted.flags : 0;
    } else if (lastJoin === i - 2 && lastJoiner === 39 && (last === 115 || last === 83) && i - start > 2) {
      // Looked up above: no dot was added (that clears lastJoin), so this is the same word.
      const baseEntry = possessiveBase;
      out.base[n] = baseEntry ? baseEntry.word : word.slice(0, -2);
      out.baseEnd[n] = i - 2 + off;
      out.baseFlags[n] = baseEntry ? baseEntry.flags : 0;
    } else {
      out.base[n] = word;
      out.baseEnd[n] = i + off;
      out.baseFlags[n] = flags;
    }
    n++;
  }
  if (n + 3 >= cap) out.grow(cap * 2);
  for (let s = n; s < n + 3; s++) {
    out.start[s] = out.end[s] = out.baseEnd[s] = len + off;
    out.kind[s] = 0;
    out.textFlags[s] = out.baseFlags[s] = 0;
    out.text[s] = out.base[s] = '';
  }
  out.n = n;
  out.source = text;
  out.shift = shift;
  return out;
}

let phraseStream: TokenStream | undefined;

/** Tokens as objects, for phrases and lexicon entries (not for long texts: see `scan`). */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const s = scan(text, offset, end, null, (phraseStream ??= new TokenStream(64)));
  const tokens: Token[] = [];
  for (let k = 0; k < s.n; k++) {
    tokens.push({
      start: s.start[k], end: s.end[k], text: s.text[k], base: s.base[k], baseEnd: s.baseEnd[k],
      cap: (s.kind[k] & CAP) !== 0, word: (s.kind[k] & WORD) !== 0,
    });
  }
  return tokens;
}
