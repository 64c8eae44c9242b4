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

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-–.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words that take an abbreviation dot (besides single capitals and dotted acronyms). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Brig', 'Adm', 'Capt', 'Cmdr', 'Cdr', 'Sgt', 'Cpl', 'Pvt',
  'Jr', 'Sr', 'St', 'Hon', 'Rt', 'Sen', 'Rep', 'Gov', 'Smt', 'VAdm', 'RAdm', 'Vice', 'Rear', 'No', 'Jan', 'Feb', 'Mar',
  'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Inc', 'Co', 'Ltd', 'Corp', 'Dept',
]);

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = offset;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < end) {
    let raw = m[0];
    let stop = m.index + raw.length;
    const word = LETTER_OR_DIGIT.test(raw[0]);
    if (word && text.charCodeAt(stop) === 46 /* . */ && needsDot(raw)) {
      raw += '.';
      stop += 1;
      TOKEN.lastIndex = stop;
    }
    const norm = raw.indexOf('’') >= 0 ? raw.replace(/’/g, "'") : raw;
    let base = norm;
    let baseEnd = stop;
    if (norm.length > 2 && (norm.endsWith("'s") || norm.endsWith("'S"))) {
      base = norm.slice(0, -2);
      baseEnd = stop - 2;
    }
    tokens.push({ start: m.index, end: stop, text: norm, base, baseEnd, cap: word && UPPER.test(raw[0]), word });
  }
  return tokens;
}

function needsDot(raw: string): boolean {
  if (raw.length === 1) return UPPER.test(raw);
  if (raw.indexOf('.') > 0) return true;
  return ABBREVIATIONS.has(raw);
}
