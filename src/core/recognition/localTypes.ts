// What recognition hands on to resolution and meetings: a paragraph's entities, name mentions, meeting
// words, sentences, dates, places, descriptive references and short-form definitions (absolute offsets).
import type { TriggerWord } from '../lexicon';
import type { Capacity, EntityType } from '../types';

export interface LocalEntity {
  type: EntityType;
  start: number;
  end: number;
}

/** A person's name as written, with what its immediate context says about them. */
export interface NameMention {
  start: number;
  end: number;
  name: string;
  tokens: string[];
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  /** True when the name stands in a structure that proves it is a person (after a rank, title, honorific). */
  anchored: boolean;
  /** A byline's person ("Translated by ...", "By ..."): a writer, not an official. */
  capacity?: Capacity;
}

/** A phrase that reports a meeting ("held talks", "paid a courtesy call on"), with its kind and voice. */
export interface TriggerHit extends TriggerWord {
  start: number;
  end: number;
}

/** Capitalized word tokens (start, baseEnd, base) for the document-wide name pass, as parallel arrays. */
export interface CapWords {
  start: number[];
  end: number[];
  text: string[];
}

export interface LocalResult {
  entities: LocalEntity[];
  names: NameMention[];
  triggers: TriggerHit[];
  /** Sentence boundaries [start, end), with the index of their paragraph. */
  sentences: { start: number; end: number; paragraph: number }[];
  capWords: CapWords;
  dates: { start: number; end: number; text: string; iso: string | null }[];
  /**
   * Countries, capitals and other places, with the country they stand for ('' if none is known); `name`: the city a
   * phrase stands for ("the Finnish capital": Helsinki), when not its own words.
   */
  places: { start: number; end: number; country: string; capital: boolean; name?: string }[];
  /** "the [Chinese] diplomat": descriptive references, resolved document-wide. */
  descriptors: DescriptorHit[];
  /** "Central Military Commission (CMC)": short forms defined in the text, found document-wide. */
  definitions: Definition[];
}

export interface Definition {
  /** The short form inside the parentheses. */
  start: number;
  end: number;
  short: string;
  /** What it stands for, as written before the parentheses. */
  long: string;
  type: 'organization' | 'position';
}

export interface DescriptorHit {
  start: number;
  end: number;
  adjective: string | null;
  noun: string;
}
