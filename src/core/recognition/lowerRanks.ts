// "United States army general Laura Richardson", "a Chinese general Li Wei": wire copy writes a rank in lower
// case between a nationality and a full name. Only ranks that are no common noun in lower case count.
import ranksData from '../lexicons/ranks.json';
import type { TokenStream } from '../tokenize';
import { countryStartBefore } from './names';
import { CAP, WORD } from '../tokenize';

const RANK_HEADS = new Set(['general', 'admiral', 'colonel', 'marshal', 'brigadier', 'commodore']);
/** Words that may stand between the nationality and the rank ("army general", "retired air force general"). */
const SERVICES = new Set(['army', 'navy', 'naval', 'air', 'force', 'marine', 'marines', 'military', 'retired', 'police']);

let lowerRanks: Set<string> | undefined;
function ranks(): Set<string> {
  return (lowerRanks ??= new Set(ranksData.ranks.map((r) => r.toLowerCase()).filter((r) => /^[a-z -]+$/.test(r) && RANK_HEADS.has(r.slice(r.search(/\S+$/))))));
}

/**
 * The lower-case rank right before the name at token `i`, after a nationality: its offsets and text, and the
 * nationality's token range; null if there is none.
 */
export function lowerRankBefore(
  T: TokenStream, i: number, countryEnd: Int32Array, orgEndAt: Int32Array,
): { start: number; end: number; rank: string; countryStart: number; countryEnd: number } | null {
  // The lower-case tokens before the name (a run of unknown words is one token); a nationality or a service
  // must come before them, which is looked at first: most names follow no such thing.
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && T.kind[k] & WORD && !(T.kind[k] & CAP)) k--;
  if (k === i - 1 || k < 0 || !(T.kind[k] & CAP)) return null;
  let country = countryStartBefore(countryEnd, k + 1);
  let nationEnd = k + 1;
  // ("U.S. Air Force general X": a service named with its country.)
  for (let s = k; country < 0 && s >= 0 && s >= k - 6; s--) {
    if (orgEndAt[s] === k + 1 && countryEnd[s]) {
      country = s;
      nationEnd = countryEnd[s];
    }
  }
  if (country < 0) return null;
  const words: { text: string; start: number }[] = [];
  for (let j = k + 1; j < i; j++) {
    for (const m of T.written(j).matchAll(/\S+/g)) words.push({ text: m[0], start: T.start[j] + m.index! });
  }
  if (words.length === 0 || words.length > 5) return null;
  // A rank closing the words, the words before it all services.
  // (The shortest: "army general" is a general of the army named before.)
  for (let from = words.length - 1; from >= Math.max(0, words.length - 3); from--) {
    const rank = words.slice(from).map((w) => w.text).join(' ');
    if (!ranks().has(rank) || !words.slice(0, from).every((w) => SERVICES.has(w.text))) continue;
    const last = words[words.length - 1];
    return { start: words[from].start, end: last.start + last.text.length, rank, countryStart: country, countryEnd: nationEnd };
  }
  return null;
}
