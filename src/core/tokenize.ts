// Word tokens with UTF-16 offsets. One regex pass; abbreviation dots are folded into their word so
// that "Lt. Gen." or "U.N." stay whole and a sentence ends only at a free-standing dot.

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

/** Characters that join two runs of letters into one word: apostrophes, hyphens, dots (U.N.), ampersands. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2013 || c === 46 || c === 38;
}

/** Words that take an abbreviation dot (besides single capitals and dotted acronyms). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Brig', 'Adm', 'Capt', 'Cmdr', 'Cdr', 'Sgt', 'Cpl', 'Pvt',
  'Jr', 'Sr', 'St', 'Hon', 'Rt', 'Sen', 'Rep', 'Gov', 'Smt', 'VAdm', 'RAdm', 'Vice', 'Rear', 'No', 'Jan', 'Feb', 'Mar',
  'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Inc', 'Co', 'Ltd', 'Corp', 'Dept',
]);

/**
 * Lower-case words the recognizer looks at (connectors, meeting words); every other run of lower-case
 * words becomes one anonymous gap token, which keeps long texts cheap without changing what is adjacent to what.
 */
export interface WordFilter {
  hashes: Set<number>;
  words: Set<string>;
}

export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

export function wordFilter(words: Iterable<string>): WordFilter {
  const set = new Set(words);
  return { words: set, hashes: new Set([...set].map(hashWord)) };
}

const SINGLE = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

export function tokenize(text: string, offset = 0, end = text.length, keep?: WordFilter): Token[] {
  const tokens: Token[] = [];
  let gap: Token | null = null;
  let i = offset;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c] : charClass(c);
    if (k === 1) {
      // Spaces are skipped; any other symbol is a one-character token.
      if (c > 32 && c !== 160 && !(c >= 0x2000 && c <= 0x200b) && c !== 0x3000 && c !== 0xfeff) {
        const ch = c < 128 ? SINGLE[c] : text[i];
        tokens.push({ start: i, end: i + 1, text: ch, base: ch, baseEnd: i + 1, cap: false, word: false });
        gap = null;
      }
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    let h = c;
    i++;
    for (;;) {
      while (i < end) {
        const d = text.charCodeAt(i);
        if ((d < 128 ? CLASS[d] : charClass(d)) < 2) break;
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      }
      if (i + 1 < end) {
        const j = text.charCodeAt(i);
        const after = text.charCodeAt(i + 1);
        if (isJoiner(j) && (after < 128 ? CLASS[after] : charClass(after)) >= 2) {
          if (j === 0x2019) curly = true;
          h = (Math.imul(h, 31) + j) | 0;
          i += 2;
          h = (Math.imul(h, 31) + after) | 0;
          continue;
        }
      }
      break;
    }
    if (keep && k === 2 && (c < 48 || c > 57) && !(keep.hashes.has(h) && keep.words.has(text.slice(start, i)))) {
      if (gap) gap.end = gap.baseEnd = i;
      else {
        gap = { start, end: i, text: '', base: '', baseEnd: i, cap: false, word: true };
        tokens.push(gap);
      }
      continue;
    }
    gap = null;
    let raw = text.slice(start, i);
    if (i < end && text.charCodeAt(i) === 46 && needsDot(raw)) {
      raw += '.';
      i++;
    }
    const norm = curly ? raw.replace(/’/g, "'") : raw;
    let base = norm;
    let baseEnd = i;
    const n = norm.length;
    if (n > 2 && norm.charCodeAt(n - 2) === 39 && (norm.charCodeAt(n - 1) === 115 || norm.charCodeAt(n - 1) === 83)) {
      base = norm.slice(0, -2);
      baseEnd = i - 2;
    }
    tokens.push({ start, end: i, text: norm, base, baseEnd, cap: k === 3, word: true });
  }
  return tokens;
}

function needsDot(raw: string): boolean {
  if (raw.length === 1) return charClass(raw.charCodeAt(0)) === 3;
  if (raw.indexOf('.') > 0) return true;
  return ABBREVIATIONS.has(raw);
}
