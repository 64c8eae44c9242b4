// How two spellings of one name are recognized as the same name across texts. A name's key ignores
// diacritics ("Lương Cường" = "Luong Cuong"), case, middle initials and generational suffixes
// ("Lloyd J. Austin III" = "Lloyd Austin"), and where the given name is split ("Kim Jong-un" =
// "Kim Jong Un" = "Kim Jongun": the key joins all parts). A single-part name ("Cuong") is only a
// family or given name, never enough to say who someone is across texts (see identities.ts).

/** Letters that NFD does not decompose into a base letter plus marks. */
const FOLD: Record<string, string> = { đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', ð: 'd' };

/** Lower-case ASCII-ish form: diacritics dropped, apostrophes and dots removed, other punctuation a space. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐłŁøØßæÆœŒıþð]/g, (c) => FOLD[c] ?? c)
    .toLowerCase()
    .replace(/['’ʼ`.]/g, '');
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Names repeat across a corpus: each is worked out once (bounded, so a huge corpus cannot grow it without end). */
function memo<T>(compute: (s: string) => T, limit = 200_000): (s: string) => T {
  const table = new Map<string, T>();
  return (s) => {
    let v = table.get(s);
    if (v === undefined) {
      v = compute(s);
      if (table.size >= limit) table.clear();
      table.set(s, v);
    }
    return v;
  };
}

/**
 * The parts of a name that identify the person, folded: initials ("J.") and generational suffixes
 * dropped when enough else remains; a hyphenated part ("Jong-un") stays one part.
 */
export const nameParts: (name: string) => readonly string[] = memo(computeNameParts);

function computeNameParts(name: string): string[] {
  // Initials are judged on the written form: "J." or a lone capital, not a one-letter word in general.
  const written = name.normalize('NFC').split(/[\s,]+/).filter(Boolean);
  const parts: string[] = [];
  const initial: boolean[] = [];
  for (const w of written) {
    const f = fold(w).replace(/[^\p{L}\p{N}-]+/gu, '').replace(/^-+|-+$/g, '');
    if (!f) continue;
    parts.push(f);
    initial.push(/^\p{Lu}\.?$/u.test(w));
  }
  let core = parts.filter((p, i) => !(initial[i] && parts.length > 2));
  if (core.length > 2 && SUFFIXES.has(core[core.length - 1])) core = core.slice(0, -1);
  return core.length > 0 ? core : parts;
}

/** The comparison key of a person's name: its identifying parts joined without separators. */
export const personNameKey: (name: string) => string = memo((name) => nameParts(name).join('').replace(/-/g, ''));

/** How many parts the name has once syllables split by hyphens are counted apart ("Kim Jong-un" = 3). */
export const syllableSlug: (name: string) => string = memo((name) => nameParts(name).join('-').replace(/-+/g, '-'));

const ORG_STOP = new Set(['the', 'of', 'and', 'for', '&']);

/** The comparison key of an organization's name: folded words, articles and connectives dropped ("U.N." = "UN"). */
export const organizationNameKey: (name: string) => string = memo((name) => fold(name)
  .split(/[^\p{L}\p{N}]+/u)
  .filter((w) => w && !ORG_STOP.has(w))
  .join(' '));

/** A URL- and file-safe id from any text ("Lương Cường" → "luong-cuong"). */
export function slugify(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

/** Short stable hash (FNV-1a, base 36) used to keep per-text identities apart. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-6);
}
