// Talks an article goes on to call a reception: "X met with Ambassador Y. During the courtesy call, the Ambassador
// congratulated ...", "X met with Ambassador Y ... At the reception, X affirmed". The envoy called on the other.
// (Not "a farewell meeting", "a protocol meeting", "an introductory meeting": the articles call those talks.)
import { ENVOY_OFFICES } from '../resolution/countries';

/** The meeting's own words, or the opening of a sentence right after it, naming it a call paid or an audience given. */
const OWN_WORDS = /\b(?:courtesy|farewell|protocol|introductory)\s+(?:call|visit)\b|\bcourtesy\s+meeting\b|\bcame\s+on\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:courtesy|farewell|protocol|introductory)\s+visit\b/u;
const NEXT_OPENS = /(?:^\s*|[.!?]["”]?\s+)(?:At|During|In the course of)\s+the\s+(?:courtesy\s+call|courtesy\s+visit|farewell\s+(?:call|visit)|protocol\s+visit|reception|audience)(?:\s*,|\s+(?:the|he|she)\b)/u;
/** How far past the meeting's sentence a sentence naming it so may open. */
const NEXT_CHARS = 320;

/** Whether the text names the talks told at `start`–`end` a call paid or an audience given. */
export function toldAsReception(text: string, start: number, end: number): boolean {
  if (OWN_WORDS.test(text.slice(start, end))) return true;
  // (Only in the sentences right after it: "... in Hanoi.\n\nAt the reception, X affirmed".)
  return NEXT_OPENS.test(text.slice(end, end + NEXT_CHARS));
}

/** An envoy's or a consul's office. */
export const ENVOY = new RegExp(String.raw`\b(?:${ENVOY_OFFICES}|[Cc]onsul)`, 'u');
/** A delegation's head abroad: "Head of EU Delegation to Georgia". */
const DELEGATION_HEAD = /\bHead of (?:the\s+)?(?:[\p{L}()]+\s+){0,4}?[Dd]elegation\b/u;
/** Whether an office is an envoy's, a consul's or a delegation head's abroad. */
export function envoyLike(position: string | null): boolean {
  return position !== null && (ENVOY.test(position) || DELEGATION_HEAD.test(position));
}
