// A decoration conferred: "X conferred the Grand Commander of the Order of the Niger (GCON) on Y", "X presented the
// Order of Friendship to Y", "X decorated Y with the Order of ...". The one conferring receives the one honoured, in a
// ceremony the text tells by the honour's name, which no phrase list could spell out. "X awarded Y the Order of Merit"
// names the one honoured before the honour.
import type { TriggerHit } from '../recognition/localTypes';

/** The head words of a decoration's name. */
const DECORATIONS = 'Order|Medal|Cross|Star|Collar|Sash';

/** The verb, the honour's name in capitals (an order, a medal, a prize ...), then "on", "upon" or "to". */
// (Its class or degree may follow, set off by a comma: "the Stara Planina Order, 1st Degree, to", "the Order of the
// Serbian Flag, 2nd class to".)
const CONFERRED = /\b(?:conferred|confers|conferring|bestowed|bestows|bestowing|presented|presents|presenting|awarded|awards|awarding)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for|de),?\s+){1,12}?(?:\d+(?:st|nd|rd|th)\s+(?:[Cc]lass|[Dd]egree|[Gg]rade),?\s+)?(?:\(\p{Lu}{2,8}\)\s+)?(?:on|upon|to)\s+(?=(?:the\s+)?\p{Lu})/gu;
/** An honour named in quotes, then its kind: presented the “For the Cause of Natural Resources ...” insignia to Y. */
// (Or the quotes hold the honour's kind too: conferred the "Order of Nishan Izzuddeen” on Y.)
const QUOTED = /\b(?:conferred|confers|conferring|bestowed|bestows|bestowing|presented|presents|presenting|awarded|awards|awarding)\s+(?:the|a|an|its|his|her|their)\s+(?:["“][^"”]{3,100}["”]\s+(?:insignia|medal|award|badge|decoration|order|prize)|["“](?:the\s+)?(?:Order|Medal)\b[^"”]{3,100}["”])\s+(?:on|upon|to)\s+(?=(?:the\s+)?\p{Lu})/gu;
/** "decorated Y with the Order of ...": the one honoured between the verb and the honour. */
// ("X awarded Ambassador Y with the medal of the Knight Grand Cross of the Order of Pius IX": so after "awarded".)
const DECORATED = new RegExp(String.raw`\b(?:decorated|decorates|decorating|awarded|awards)\b(?=[^.;]{3,80}?\bwith\s+(?:the|a|an)\s+(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:${DECORATIONS})|medal\s+of)\b)`, 'gu');
/** "awarded Y the Syrian Order of Merit", "awarded the former Russian Ambassador Y the Order": the one honoured, by name, between the verb and the honour. */
const AWARDED_NAMED = new RegExp(String.raw`\b(?:awarded|awards|presented|presents)\b(?=\s+(?:the\s+(?:former|outgoing|new|visiting)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,6}(?:the|a|an)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:${DECORATIONS})\b)`, 'gu');
/** An honour's word, somewhere in its name ("the Order of Friendship", "the Nobel Peace Prize"). */
const HONOUR = new RegExp(String.raw`\b(?:${DECORATIONS}|Decoration|Prize|Award|Honour|Honor)\b`);
/** A decoration's name before its "of": "the Order of the Niger", "the Legion of Honour". */
const HONOUR_OF = new RegExp(String.raw`\b(?:${DECORATIONS}|Legion)\s+of\s+(?:the\s+)?$`);

/** The triggers of the text, with a reception added for each decoration conferred on someone. */
export function honours(text: string, triggers: readonly TriggerHit[]): readonly TriggerHit[] {
  const added: TriggerHit[] = [];
  for (const m of text.matchAll(CONFERRED)) {
    if (!HONOUR.test(m[0])) continue;
    added.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'reception', voice: 'hostFirst', phrase: 'conferred the honour on' });
  }
  for (const m of text.matchAll(QUOTED)) added.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'reception', voice: 'hostFirst', phrase: 'conferred the honour on' });
  for (const m of text.matchAll(DECORATED)) added.push({ start: m.index, end: m.index + m[0].length, kind: 'reception', voice: 'hostFirst', phrase: 'decorated' });
  for (const m of text.matchAll(AWARDED_NAMED)) added.push({ start: m.index, end: m.index + m[0].length, kind: 'reception', voice: 'hostFirst', phrase: 'decorated' });
  if (added.length === 0) return triggers;
  // (A phrase list's own word inside the span gives way to it: "presented ... to" is one act.)
  const kept = triggers.filter((t) => !added.some((a) => t.start >= a.start && t.end <= a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** "conferred the Grand Commander of the Order of the Niger on X": a country in a decoration's name is no place or side. */
export function inHonour(text: string, p: { start: number; end: number }): boolean {
  return HONOUR_OF.test(text.slice(Math.max(0, p.start - 24), p.start));
}
