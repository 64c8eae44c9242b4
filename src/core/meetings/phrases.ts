// The phrase lists of lexicons/meetings.json, each compiled once into one word-bounded, case-blind pattern: a
// sentence is searched once per list, not once per phrase.
import { lexicon, literalAlternation } from '../lexicon';

export class PhraseSet {
  private readonly re: RegExp;
  /** The longest word of each phrase (none inside another): a text holding none of them holds no phrase. */
  private readonly anchors: string[];
  /** Any of the anchors, as one pattern (one pass over a text instead of one search per anchor). */
  private readonly anchorPattern: RegExp;
  /**
   * Whether the pattern is case-blind and read on the text as written, no lower-cased copy made. That finds what
   * the lower-cased copy would when the anchors are ASCII without a "k" (the Kelvin sign lower-cases to one) and
   * none ends in "i" ("İ" lower-cases to "i" and a combining dot): the case-blind pattern matches only ASCII
   * letters, of either case, to ASCII letters.
   */
  private readonly direct: boolean;

  constructor(phrases: readonly string[]) {
    this.re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${literalAlternation(phrases)})(?![\\p{L}\\p{N}])`, 'iu');
    const longest = [...new Set(phrases.map((p) => p.toLowerCase().split(/\s+/).sort((a, b) => b.length - a.length)[0]))];
    this.anchors = longest.filter((a) => !longest.some((b) => b !== a && a.includes(b)));
    this.direct = this.anchors.every((a) => [...a].every((c) => c.charCodeAt(0) < 128) && !a.includes('k') && !a.endsWith('i'));
    this.anchorPattern = new RegExp(this.anchors.map(escape).join('|'), this.direct ? 'i' : '');
  }

  /** Whether a text may hold a phrase (whether its lower-cased copy holds an anchor: far cheaper than the pattern). */
  private mayHold(text: string): boolean {
    return this.anchorPattern.test(this.direct ? text : text.toLowerCase());
  }

  /** The leftmost phrase in `text` (lower case) and where it starts, or null. */
  find(text: string): { phrase: string; index: number } | null {
    if (!this.mayHold(text)) return null;
    const m = this.re.exec(text);
    return m ? { phrase: m[0].toLowerCase(), index: m.index } : null;
  }

  has(text: string): boolean {
    return this.mayHold(text) && this.re.test(text);
  }
}

export interface MeetingPhraseSets {
  remote: PhraseSet;
  attendance: PhraseSet;
  cohostBy: PhraseSet;
  initiative: PhraseSet;
}

let compiled: MeetingPhraseSets | undefined;

export function meetingPhraseSets(): MeetingPhraseSets {
  if (!compiled) {
    const p = lexicon().meetingPhrases;
    compiled = {
      remote: new PhraseSet(p.remote),
      attendance: new PhraseSet(p.attendance),
      cohostBy: new PhraseSet(p.cohost.map((c) => `${c} by`)),
      initiative: new PhraseSet(p.initiative),
    };
  }
  return compiled;
}

