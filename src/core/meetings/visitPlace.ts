// Where a headline meeting the text places by no word of its own was held: where the text says one of its parties is
// visiting or staying ("Grossi is on a two-day visit to Pakistan", "Cavusoglu, who is on an official visit to Pakistan",
// "Shoukry, who is currently in Islamabad", "Jaishankar, who arrived in Malaysia"), when another of them serves that
// country.
import type { PlaceHit } from './mentions';

/** Right before a place: a visit under way, not one to come or one past ("will visit", "visited Ethiopia two months ago"). */
const VISITING = /(?:\b(?:is|are)\s+(?:currently\s+|now\s+)?visiting|\b(?:is|are)\s+(?:currently|now)\s+in|\bwho\s+(?:is|are)\s+in|\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:on|paying)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}visit\s+to|\b(?:during|as part of|in the course of)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}visit\s+to|\bwho\s+(?:has\s+|had\s+)?(?:arrived|landed)\s+(?:here\s+)?in)\s+(?:the\s+)?$/i;

/** A visit of another time: "during the 2013 state visit to Austria", "on his previous visit to". */
const ANOTHER_TIME = /\b(?:1[89]|20)\d\d\b|\b(?:previous|last|earlier|past|former|before|next|upcoming|forthcoming)\b/i;

/** After the place, in its clause: a visit still to come ("to New York for the General Assembly later this month"). */
export const STILL_TO_COME = /\b(?:later\s+this\s+(?:month|week|year)|next\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months))\b/;

/**
 * The place (a city as written, or a country by its name) one party of a meeting is said to be visiting, where
 * another party serves; null if none, or if the text says so of two places.
 */
export function visitedPlace(text: string, places: readonly PlaceHit[], sides: ReadonlySet<string>): string | null {
  const found = new Set<string>();
  for (const p of places) {
    const visit = VISITING.exec(text.slice(Math.max(0, p.start - 80), p.start));
    if (!sides.has(p.country) || !visit || ANOTHER_TIME.test(visit[0]) || STILL_TO_COME.test(text.slice(p.end, p.end + 100).split(/[,;.]/)[0])) continue;
    found.add(p.capital ? p.name ?? text.slice(p.start, p.end) : p.country);
  }
  return found.size === 1 ? [...found][0] : null;
}
