// "He then went to the Centre for National Defence Studies, where its Director, Lieutenant General X, explained": an
// office told by "its" is the office of the body named before it in the sentence, as an analyst writes it down
// ("Director of the Centre for National Defence Studies").
import { firstStartingAt, spanHolding } from '../spans';
import { countryName } from './countryNames';
import type { Entity, Person } from '../types';

/** How far after the office its holder's name may start (past a comma, a rank or a style). */
const HOLDER_CHARS = 48;

/**
 * Gives each official introduced by "its OFFICE" (or "their OFFICE") the office of the body the sentence names last
 * before it, where the text gave him that office alone. `officials` and `bodies` are sorted by start.
 */
export function possessedOffices(
  text: string, sentences: readonly { start: number; end: number }[], officials: readonly Entity[], positions: readonly Entity[],
  bodies: readonly Entity[], personById: ReadonlyMap<string, Person>,
): void {
  for (const office of positions) {
    if (!/\b(?:its|their)\s$/.test(text.slice(Math.max(0, office.start - 6), office.start))) continue;
    const sent = spanHolding(sentences, office.start);
    if (!sent) continue;
    const o = officials[firstStartingAt(officials, office.end)];
    if (!o || o.start - office.end > HOLDER_CHARS || o.start > sent.end) continue;
    const holder = personById.get(o.id!);
    const named = text.slice(office.start, office.end);
    // (Not an office that says whose or where it is already: "Regional Representative for the Eastern Caribbean".)
    if (!holder || holder.capacity !== 'official' || holder.position !== named || /\s(?:of|for|to|in|at)\s/.test(named)) continue;
    const k = firstStartingAt(bodies, office.start) - 1;
    const body = k >= 0 ? bodies[k] : undefined;
    // (The body in the same sentence, before "its"; not a country's own name, which says whose the office is.)
    // (Nor a body by its short form, "TECC", "ADB", which analysts leave beside the office.)
    if (!body || body.start < sent.start || body.end > office.start || countryName(body.text) || !/\s/.test(body.text)) continue;
    // ("the Defence Ministry and its Minister": a ministry's own minister is its portfolio's, said otherwise.)
    if (/\bMinistry\b/i.test(body.text) && /\bMinister\b/i.test(named)) continue;
    const article = /\bthe\s$/i.test(text.slice(Math.max(0, body.start - 4), body.start)) ? 'the ' : '';
    holder.position = `${named} of ${article}${body.text}`;
    holder.organization ??= body.text;
  }
}
