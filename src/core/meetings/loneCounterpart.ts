// The one across from a headline meeting the text told with one official only: "Xu Qiliang, visiting vice chairman of
// China's Central Military Commission, and Malaysian Defense Minister Hishammuddin Hussein discussed ... at a meeting"
// reads one party; the other is an official of another country named in the same sentence.
import type { Entity, Person } from '../types';
import type { MeetingDraft } from './meetings';

/** Offices that speak of a meeting rather than take part: "spokesman Y said after the meeting". */
const SPEAKS_OF = /spokes|press secretary|press officer/i;
/** One who held the office once, or has died: named in passing ("former Prime Minister X's legacy"). */
const NOT_SERVING = /^(?:former|late|then)\b/i;

/** Right before a name, one it belongs to: "the special envoy of Russian President X", "who represented Vice Admiral X". */
const BELONGS_TO = /(?:\b(?:represent(?:s|ed|ing)|on behalf of)\s+(?:[\p{L}][\p{L}.'’-]*\s+){0,6}|\b(?:envoy|emissary|representative|message|letter|greetings)\s+(?:of|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*,?\s+){0,4})$/u;
/** Right after a name, what is his: "Donald X's former chief diplomat". */
const POSSESSIVE = /^['’]s?\b/;
/** An opening phrase of another occasion: "Prior to his meeting with X, the visitor ...". */
const OTHER_OCCASION = /^\s*(?:Prior to|Ahead of|Before|After|Following|Besides|Apart from)\b[^,]*$/;
/** A sentence saying one was not there: "which X did not attend". */
const NOT_THERE = /\b(?:not|never)\b|n['’]t\b/;

/** The speaker's verb right after his name, or after his office set off by commas. */
const SPEAKS_NEXT = /^(?:,[^.;]{0,100}?,)?\s+(?:said|says|stressed|noted|stated|added|expressed|welcomed|thanked|hailed|praised|pledged|underlined|emphasized|emphasised|affirmed|reiterated|told)\b/;

/** Right before a name, the lone party as one of two: "he and", "she and Chinese Ambassador". */
const HE_AND = /\b(?:he|she)\s+and\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** After the second of two, what they did together: "Y, the party chief of Fujian, agreed". */
const JOINT_VERB = /^(?:,[^.;]{0,80}?,)?\s+(?:had\s+)?(?:agreed|discussed|exchanged|signed|reviewed|reaffirmed|talked|spoke)\b/;

const ACROSS: Record<string, MeetingDraft['parties'][number]['role']> = { host: 'guest', guest: 'host', caller: 'callee', callee: 'caller' };

/**
 * Adds to a lone headline (talks, a reception or a call, not a visit, an interview or a meeting of several sides) the
 * official of another country (or of none stated) named in its sentence nearest its word, in the role across from
 * the one it has. Drafts are changed in place.
 */
export function loneHeadlineCounterpart(
  text: string, drafts: MeetingDraft[], officials: readonly Entity[], persons: ReadonlyMap<string, Person>, sentences: readonly { start: number; end: number }[],
  bodyStart: number,
): void {
  const d = drafts.find((x) => x.headline);
  if (!d || d.kind === 'visit' || d.kind === 'multilateral' || d.kind === 'interview') return;
  const ids = new Set(d.parties.map((x) => x.id));
  if (ids.size !== 1) return;
  const lone = persons.get(d.parties[0].id);
  const told = sentences[d.sentence];
  if (lone?.capacity !== 'official' || !told || NOT_THERE.test(text.slice(told.start, told.end))) return;
  // (One who may stand across: an official in office, not speaking for either, of another country; where `stated`, both
  // countries are known.)
  const across = (o: Entity, stated: boolean) => {
    const p = o.id && !ids.has(o.id) ? persons.get(o.id) : undefined;
    if (p?.capacity !== 'official' || SPEAKS_OF.test(p.position ?? '') || NOT_SERVING.test(p.position ?? '')) return false;
    return stated ? p.country !== null && lone.country !== null && p.country !== lone.country : lone.country === null || p.country !== lone.country;
  };
  // (Named in a sentence opening at `from`, as no one's envoy, possession or other occasion.)
  const namedFree = (o: Entity, from: number) => {
    const before = text.slice(from, o.start);
    return !BELONGS_TO.test(before) && !POSSESSIVE.test(text.slice(o.end, o.end + 3)) && !OTHER_OCCASION.test(before);
  };
  let best: Entity | null = null;
  for (const o of officials) {
    if (o.start < told.start || o.end > told.end || !across(o, false) || !namedFree(o, told.start)) continue;
    if (!best || Math.abs(o.start - d.start) < Math.abs(best.start - d.start)) best = o;
  }
  // (Else one of another country who speaks in the next two sentences: "Chinese military officials met with visiting
  // Thai Defense Minister X on Wednesday. ... Defense Minister Y said that ...".)
  if (!best) {
    for (let k = d.sentence + 1; k <= d.sentence + 2 && k < sentences.length && !best; k++) {
      const s = sentences[k];
      for (const o of officials) {
        if (o.start < s.start || o.end > s.end || !across(o, true)) continue;
        if (!SPEAKS_NEXT.test(text.slice(o.end, Math.min(s.end, o.end + 120)))) continue;
        best = o;
        break;
      }
    }
  }
  // (Else one named as the lone party's partner in what the next two sentences say they did together: "X met with the
  // top official of the province. X later told reporters that he and Y, the party chief of Fujian, agreed ...".)
  if (!best) {
    for (let k = d.sentence + 1; k <= d.sentence + 2 && k < sentences.length && !best; k++) {
      const s = sentences[k];
      best = officials.find((o) => o.start >= s.start && o.end <= s.end && across(o, false) && HE_AND.test(text.slice(Math.max(s.start, o.start - 60), o.start)) &&
        JOINT_VERB.test(text.slice(o.end, Math.min(s.end, o.end + 100)))) ?? null;
    }
  }
  // (Else the one official across that the sentence before names with the lone party: "Lee congratulated Mr Ismail
  // Sabri ... In a telephone call that Mr Lee made"; a caption "X shakes hands with Chinese Ambassador Y" above "X met
  // with China's top envoy".)
  const before = d.sentence > 0 ? sentences[d.sentence - 1] : undefined;
  if (!best && before && before.start >= bodyStart && !NOT_THERE.test(text.slice(before.start, before.end))) {
    const named = (o: Entity) => o.start >= before.start && o.end <= before.end;
    const candidates = officials.filter((o) => named(o) && across(o, false) && namedFree(o, before.start));
    if (new Set(candidates.map((o) => o.id)).size === 1 && officials.some((o) => named(o) && o.id === lone.id)) best = candidates[0];
  }
  // (Else one of another country the title names with the lone party: "X meets NATO Rear Admiral Y" above "X met with
  // the Deputy Chief of Staff".)
  if (!best && bodyStart > 0 && d.start >= bodyStart) {
    best = officials.find((o) => o.end <= bodyStart && across(o, true)) ?? null;
  }
  if (best) d.parties.push({ id: best.id!, role: ACROSS[d.parties[0].role] ?? 'participant', start: best.start });
}
