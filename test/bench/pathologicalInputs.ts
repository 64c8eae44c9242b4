// Inputs that are catastrophic for naive regex recognizers (backtracking, unbounded lookaround,
// quadratic re-scans). Each maker returns a deterministic string of about `chars` characters.
import { Rng } from './prng';

const CAPS = ['Ministry', 'Department', 'Of', 'The', 'General', 'Staff', 'Senior', 'Lieutenant', 'Colonel', 'National', 'Defense', 'People’s', 'Army', 'Central', 'Military', 'Commission', 'Embassy', 'Newspaper', 'Office', 'Director', 'Chief', 'Nguyen', 'Van', 'Zhang', 'Major'];

function fill(chars: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = piece(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, chars);
}

export const PATHOLOGICAL: Record<string, (chars: number) => string> = {
  /** Ordinary sentences, but no newline at all: one line of `chars` characters. */
  oneLine: (chars) => {
    const r = new Rng(11);
    const s = ['Senior Lieutenant General Phung Si Tan received Major General Zhang Baoqun in Hanoi on November 6.', 'The two sides highly appreciated the results of the talks between the Department of External Relations of the Ministry of National Defense of Vietnam and the Office for International Military Cooperation.', 'Defense cooperation is an important pillar of the partnership.'];
    return fill(chars, () => r.pick(s) + ' ');
  },
  /** Capitalized words without a stop, comma or newline ("Ministry Department Of The General ..."). */
  capitalRun: (chars) => {
    const r = new Rng(12);
    return fill(chars, () => r.pick(CAPS) + ' ');
  },
  /** Organization chains that never end: "Department of X of the Ministry of Y of the Department ...". */
  nestedOf: (chars) => {
    const r = new Rng(13);
    return fill(chars, () => `${r.pick(['Department', 'Ministry', 'Office', 'Embassy', 'Commission'])} of ${r.pick(['External Relations', 'National Defense', 'the General Staff', 'Vietnam'])} of the `);
  },
  /** Apostrophes, quotes and dashes everywhere: People’s'-’'–—''O'Neill-’s. */
  apostrophesDashes: (chars) => {
    const r = new Rng(14);
    const bits = ["'", '’', '‘', '-', '–', '—', '“', '”', '"', "People's", 'People’s', "O'Neill", 'Min-jun', "'s", '’s', ' ', ' ', 'Army', '--', "''"];
    return fill(chars, () => r.pick(bits));
  },
  /** One "word" of letters with no space at all. */
  noSpaces: (chars) => fill(chars, (i) => (i % 2 ? 'Nguyen' : 'General')),
  /** Many tiny paragraphs, each a lone rank or name. */
  manyLines: (chars) => {
    const r = new Rng(15);
    return fill(chars, () => r.pick(CAPS) + (r.chance(0.5) ? '\n' : '\n\n'));
  },
  /** Long runs of whitespace and punctuation. */
  whitespace: (chars) => {
    const r = new Rng(16);
    return fill(chars, () => r.pick([' ', '  ', '\t', '.', ',', ' . ', '\u00a0', '\r\n']));
  },
};
