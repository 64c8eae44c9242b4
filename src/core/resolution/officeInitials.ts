// An office by its initials standing for its holder: "EU Special Representative ... Toivo X", later "the EUSR had a
// series of meetings"; "Chief of Army Staff General Y", later "the COAS". Linked only where the initials fit exactly
// one named holder's office, and only where the text names no body by them.
import type { Entity, Person } from '../types';

/** "the EUSR", "The COAS", "the SRSG": initials of two to six letters after "the". */
const THE_INITIALS = /\b[Tt]he\s+(\p{Lu}{2,6})\b(?![-’'.]\p{L})/gu;
/** The same, asked once whether the text has any (a test that keeps no place between calls). */
const ANY_INITIALS = new RegExp(THE_INITIALS.source, 'u');
/** Words an office's initials skip, or take a small letter for ("Chief of Army Staff": CAS or COAS). */
const SMALL_WORDS = /^(?:of|for|and|the|on|to|in)$/;

/** The initials a reader may write for an office, with the body it is of when written in capitals ("EU"). */
export function initialsOf(position: string, organization: string | null): Set<string> {
  const out = new Set<string>();
  const words = position.split(/[\s-]+/).filter(Boolean);
  let caps = '';
  let withOf = '';
  let head = '';
  let inHead = true;
  // ("Special Representative of the Secretary-General for Somalia": SRSG, the brief after "for" left out.)
  let beforeBrief = '';
  let inBrief = false;
  for (const w of words) {
    if (SMALL_WORDS.test(w)) {
      inHead = false;
      if (w === 'of') withOf += 'O';
      if (w === 'for' || w === 'to' || w === 'in') inBrief = true;
      continue;
    }
    // (An office going on in lower case has initials for its head only.)
    if (!/^\p{Lu}/u.test(w)) {
      caps = withOf = '';
      if (!inBrief) beforeBrief = '';
      break;
    }
    // (A short form inside the office keeps all its letters: "UN Special Envoy", "Chief of the SANDF".)
    const letters = /^\p{Lu}{2,}$/u.test(w) ? w : w[0];
    caps += letters;
    withOf += letters;
    if (inHead) head += letters;
    if (!inBrief) beforeBrief += letters;
  }
  // ("Secretary General of BIMSTEC", later "The SG": the head of an office of a body stands alone too.)
  for (const a of [caps, withOf, beforeBrief, head]) if (a.length >= 2) out.add(a);
  // ("EU Special Representative for the South Caucasus": the body's short form and the head of the office.)
  if (organization && /^\p{Lu}{2,4}$/u.test(organization) && head.length >= 2) out.add(organization + head);
  return out;
}

/** The mentions "the INITIALS" make of the one official whose office they fit. `entities` are the recognizer's. */
export function officeInitials(text: string, entities: readonly Entity[], persons: readonly Person[]): Entity[] {
  const out: Entity[] = [];
  if (!ANY_INITIALS.test(text)) return out;
  const holders = new Map<string, Person | null>();
  for (const p of persons) {
    if (p.capacity !== 'official' || !p.position) continue;
    for (const a of initialsOf(p.position, p.organization)) holders.set(a, holders.has(a) && holders.get(a) !== p ? null : p);
  }
  if (holders.size === 0) return out;
  // (Where a body, country or name the recognizer read starts: looked up per match, not scanned.)
  const taken = new Set(entities.filter((e) => e.type === 'organization' || e.type === 'country' || e.type === 'official').map((e) => e.start));
  for (const m of text.matchAll(THE_INITIALS)) {
    const holder = holders.get(m[1]);
    if (!holder) continue;
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    // (Not a body or country the recognizer read there: "the UAE", "the AU".)
    if (taken.has(start)) continue;
    out.push({ type: 'official', start: m.index!, end, text: text.slice(m.index!, end), id: holder.id });
    (holder.references ??= []).push({ start: m.index!, end });
  }
  return out;
}
