// The phrase lists of lexicons/meetings.json, each compiled once into one word-bounded, case-blind pattern: a
// sentence is searched once per list, not once per phrase.
import { lexicon } from '../lexicon';

export class PhraseSet {
  private readonly re: RegExp;
  /** The longest word of each phrase: a text holding none of them holds no phrase. */
  private readonly anchors: string[];
  private readonly anchorPattern: RegExp;

  constructor(phrases: readonly string[], private readonly empty = false) {
    const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const escaped = [...phrases].sort((a, b) => b.length - a.length).map(escape);
    this.re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    this.anchors = [...new Set(phrases.map((p) => p.toLowerCase().split(/\s+/).sort((a, b) => b.length - a.length)[0]))];
    this.anchorPattern = new RegExp(this.anchors.map(escape).sort((a, b) => b.length - a.length).join('|'), 'gi');
  }

  /** The leftmost phrase in `text` (lower case) and where it starts, or null. */
  find(text: string): { phrase: string; index: number } | null {
    if (this.empty) return null;
    const m = this.re.exec(text);
    return m ? { phrase: m[0].toLowerCase(), index: m.index } : null;
  }

  has(text: string): boolean {
    return !this.empty && this.re.test(text);
  }

  /** The set as one document needs it: none at all when the document holds none of the phrases' words (one pass). */
  within(document: string): PhraseSet {
    this.anchorPattern.lastIndex = 0;
    return this.anchorPattern.test(document) ? this : NONE;
  }
}

const NONE = new PhraseSet(['\u0000'], true);

export interface MeetingPhraseSets {
  remote: PhraseSet;
  attendance: PhraseSet;
  cohostBy: PhraseSet;
  initiative: PhraseSet;
}

let compiled: MeetingPhraseSets | undefined;

/** The sets as one document needs them (most documents hold the words of few of them). */
export function phraseSetsFor(document: string): MeetingPhraseSets {
  const all = meetingPhraseSets();
  return {
    remote: all.remote.within(document),
    attendance: all.attendance.within(document),
    cohostBy: all.cohostBy.within(document),
    initiative: all.initiative.within(document),
  };
}

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
