// Entry point of the engine: text in, entities + persons + organizations + meetings out.
// Recognition is paragraph-local, and the incremental analyzer recognizes again only the paragraphs an edit
// touched; resolution and meetings are document-wide but linear in the number of mentions.
import { dayOfVisitBefore, dayToldNearby } from './meetings/dayNearby';
import { dayToldAnywhere } from './meetings/dayAnywhere';
import { placeToldNearby } from './meetings/placeNearby';
import { extractMeetings, finishMeetings, untoldHeadline } from './meetings/meetings';
import { inHonour } from './meetings/honours';
import { loneHeadlineCounterpart } from './meetings/loneCounterpart';
import { applyDefinitions } from './resolution/definitions';
import { bareNames } from './resolution/bareNames';
import { appointedOffices } from './resolution/appointments';
import { counterpartOffices } from './resolution/counterpartOffice';
import { possessedOffices } from './resolution/possessedOffice';
import { groupOffices } from './resolution/groupOffice';
import { ParagraphStore } from './recognition/paragraphs';
import { readingText } from './recognition/capsLead';
import { firstStartingAt } from './spans';
import { emptyResult, recognizeParagraph } from './recognition/recognize';
import type { LocalResult, NameMention } from './recognition/localTypes';
import { inferCountries, PROVINCE_KINDS } from './resolution/countries';
import { giveNamesakes, namesakesMeant } from './resolution/namesakes';
import { officesOnNextLine, resolveOfficeMentions } from './resolution/officeMentions';
import { officeInitials } from './resolution/officeInitials';
import { resolveDescriptors, resolveOrganizations, resolvePeople } from './resolution/resolve';
import type { Analysis, AnalyzeOptions, Correction, Entity, EntityType, Meeting, Organization, Person } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return createAnalyzer(false).analyze(text, options);
}

/** An analyzer for one document that reuses per-paragraph results between calls (the editor's incremental path). */
export interface DocumentAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** `reuse` keeps per-paragraph results for the next call; a one-shot analysis recognizes in place, without copies. */
export function createAnalyzer(reuse = true): DocumentAnalyzer {
  const store = reuse ? new ParagraphStore() : null;
  // The facts of the last analysis read the paragraphs' results, which the next update shifts and renumbers in
  // place: they are worked out before it, if nobody asked for them yet.
  let settle: (() => unknown) | undefined;
  return {
    analyze(written: string, options: AnalyzeOptions = {}): Analysis {
      const text = readingText(written);
      if (store) {
        settle?.();
        const analysis = assemble(text, flatten(store.update(text, options.isCancelled).results), options);
        settle = () => analysis.meetings;
        return analysis;
      }
      const all = emptyResult();
      let paragraph = 0;
      for (let pos = 0; pos <= text.length; paragraph++) {
        if (options.isCancelled?.()) break;
        let nl = text.indexOf('\n', pos);
        if (nl < 0) nl = text.length;
        if (nl > pos) recognizeParagraph(text, pos, nl, all, 0, paragraph);
        pos = nl + 1;
      }
      return assemble(text, all, options);
    },
  };
}

/** The document's results from its paragraphs' (which hold absolute offsets already): references, no copies. */
function flatten(results: readonly LocalResult[]): LocalResult {
  const all = emptyResult();
  results.forEach((r, paragraph) => {
    for (const e of r.entities) all.entities.push(e);
    for (const m of r.names) all.names.push(m);
    const cw = r.capWords;
    for (let k = 0; k < cw.start.length; k++) {
      all.capWords.start.push(cw.start[k]);
      all.capWords.end.push(cw.end[k]);
      all.capWords.text.push(cw.text[k]);
    }
    for (const t of r.triggers) all.triggers.push(t);
    for (const s of r.sentences) {
      s.paragraph = paragraph;
      all.sentences.push(s);
    }
    for (const d of r.dates) all.dates.push(d);
    for (const p of r.places) all.places.push(p);
    for (const d of r.descriptors) all.descriptors.push(d);
    for (const d of r.definitions) all.definitions.push(d);
  });
  return all;
}

function assemble(text: string, c: LocalResult, options: AnalyzeOptions): Analysis {
  const corrections = options.corrections ?? [];
  const isRejected = overlapTest(corrections.filter((k) => k.label === 'reject'));

  // Analyst labels add to what the recognizer found, never subtract: a label of another entity type at a
  // recognized span is a type correction and replaces that entity; the same type keeps it with all its facts;
  // an `official` label with other boundaries keeps the facts of the name it overlaps; custom labels are tags.
  const labelled = corrections.filter((k) => k.label !== 'reject');
  const retyped = new Map(labelled.filter((k) => TYPE_LABELS.has(k.label)).map((k) => [`${k.start}:${k.end}`, k.label] as const));
  const overridden = (s: { start: number; end: number }, type: string) => {
    const label = retyped.size > 0 ? retyped.get(`${s.start}:${s.end}`) : undefined;
    return label !== undefined && label !== type;
  };
  const defined = applyDefinitions(text, c);
  // ("Chairman JCSC said", "Director IDCPC, Ms Y": a body's short form after an office, which the text defines or names
  // as a body elsewhere, is no holder's name.)
  const bodies = defined.entities.filter((e) => e.type === 'organization');
  const bodyForms = new Set([...defined.aliases.keys(), ...bodies.map((e) => text.slice(e.start, e.end))]);
  const bodyShortForm = (m: NameMention) => m.tokens.length === 1 && /^\p{Lu}{3,}$/u.test(m.tokens[0]) && bodyForms.has(m.tokens[0]);
  const names = defined.names.filter((m) => !isRejected(m) && !overridden(m, 'official') && !bodyShortForm(m));
  for (const k of labelled) if (k.label === 'official') labelName(text, k, names);
  for (const m of bareNames(text, c.sentences, c.capWords, overlapTest(names), names)) if (!isRejected(m)) names.push(m);
  names.sort((a, b) => a.start - b.start);

  const people = resolvePeople(text, names, c.capWords, options.knownOfficials, defined.aliases);
  const orgSpans = bodies.filter((e) => !isRejected(e) && !overridden(e, 'organization'));
  const orgs = resolveOrganizations(text, orgSpans, defined.aliases);

  const entities: Entity[] = [];
  for (const e of defined.entities) {
    if (e.type === 'organization' || isRejected(e) || overridden(e, e.type)) continue;
    entities.push({ type: e.type, start: e.start, end: e.end, text: text.slice(e.start, e.end), source: 'recognizer' });
  }
  for (const e of people.officials) if (!isRejected(e) && !overridden(e, 'official') || e.source === 'annotation') entities.push(e);
  for (const e of orgs.entities) if (!isRejected(e)) entities.push(e);
  for (const k of labelled) entities.push(labelledEntity(text, k, [...people.officials, ...orgs.entities]));
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  dedupe(entities);

  // Mention indices for persons and organizations.
  const personIndex = new Map(people.persons.map((p) => [p.id, p] as const));
  const orgIndex = new Map(orgs.organizations.map((o) => [o.id, o] as const));
  entities.forEach((e, i) => {
    if (e.type === 'official' && e.id) personIndex.get(e.id)?.mentions.push(i);
    if (e.type === 'organization' && e.id) orgIndex.get(e.id)?.mentions.push(i);
  });
  const persons = people.persons.filter((p) => p.mentions.length > 0);
  resolveDescriptors(c.descriptors, persons, text, (i) => entities[i].start);
  const organizations = orgs.organizations.filter((o) => o.mentions.length > 0);
  // The facts (countries inferred from the meetings, the meetings themselves) are document-wide and cost more than
  // the highlights: they are worked out when first asked for, so an edit re-highlights before the trees ask.
  let facts: { persons: Person[]; meetings: Meeting[] } | undefined;
  const factsOf = () => (facts ??= resolveFacts(text, c, entities, persons, personIndex, (p) => !isRejected(p)));
  return lazyAnalysis(entities, organizations, factsOf);
}

/** A province's name, by the kind of place closing it ("Novosibirsk Oblast", "Primorsky Krai"). */
const PROVINCE_KIND_LAST = new RegExp(` (?:${PROVINCE_KINDS})$`);

/** Where a lazy analysis keeps the function that works its facts out (not enumerable: JSON and spreads skip it). */
const FACTS = Symbol('facts');

type Facts = { persons: Person[]; meetings: Meeting[] };

// One getter and setter per key, shared by every analysis: accessors made per object (closures) give each analysis
// a hidden class of its own, which the engine keeps in old space with the closures and everything they hold (the
// text, the recognizer's results): young-generation collections then copy and promote megabytes they should drop.
const ACCESSORS = Object.fromEntries((['persons', 'meetings'] as const).map((key) => [key, {
  enumerable: true,
  configurable: true,
  get(this: Analysis & { [FACTS]?: () => Facts }) {
    // Worked out once: both become plain properties, and the closure (with the text and the recognizer's results
    // it holds) is let go, so that an index keeping thousands of analyses does not keep those.
    const facts = this[FACTS]!();
    for (const k of ['persons', 'meetings'] as const) {
      // (One set meanwhile keeps its value.)
      if (Object.getOwnPropertyDescriptor(this, k)?.get) Object.defineProperty(this, k, { value: facts[k], enumerable: true, writable: true, configurable: true });
    }
    this[FACTS] = undefined;
    return facts[key];
  },
  set(this: Analysis, value: never) {
    Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
  },
}])) as Record<'persons' | 'meetings', PropertyDescriptor>;

/** An analysis whose `persons` and `meetings` are computed on first read (plain, enumerable properties after). */
function lazyAnalysis(entities: Entity[], organizations: Organization[], factsOf: () => Facts): Analysis {
  const analysis = { entities, organizations } as Analysis;
  Object.defineProperty(analysis, FACTS, { value: factsOf, writable: true });
  Object.defineProperty(analysis, 'persons', ACCESSORS.persons);
  Object.defineProperty(analysis, 'meetings', ACCESSORS.meetings);
  return analysis;
}

/** Countries and meetings: offices standing for their holder, the meetings told, the countries they imply. */
function resolveFacts(
  text: string, c: LocalResult, entities: Entity[], persons: Person[], personIndex: ReadonlyMap<string, Person>,
  kept: (p: { start: number; end: number }) => boolean,
): { persons: Person[]; meetings: Meeting[] } {
  officesOnNextLine(text, entities, persons);
  const meant = namesakesMeant(text);
  giveNamesakes(persons, meant);
  giveNamesakes(c.places, meant);
  // Offices standing for their holder ("The Secretary-General met with ...") take part in meetings as the holder.
  const offices = resolveOfficeMentions(text, entities, persons);
  const named = entities.filter((e) => e.type === 'official' && e.id && personIndex.has(e.id));
  // ("In a telephone conversation with the South African leader, President X": a nationality and a common noun
  // standing for the one official they fit takes part as that official too.)
  // ("the EUSR", "the COAS": an office by its initials.)
  const referred = offices.concat(describedOfficials(text, persons, offices), officeInitials(text, entities, persons));
  const officials = referred.length ? named.concat(referred).sort((a, b) => a.start - b.start) : named;
  const personById = new Map(persons.map((p) => [p.id, p] as const));
  const positions = entities.filter((e) => e.type === 'position');
  // ("the Shanghai Cooperation Organization summit in Astana", "the Co-Chair of the OSCE Minsk Group": a city inside a
  // body's name is not where it met.)
  const bodies = entities.filter((e) => e.type === 'organization');
  const bodyEnds = new Map<number, number>();
  // (Not a province, whose name is a place: "paid a visit to Novosibirsk Oblast".)
  for (const e of bodies) if (!PROVINCE_KIND_LAST.test(e.text)) bodyEnds.set(e.start, Math.max(e.end, bodyEnds.get(e.start) ?? 0));
  const opensBody = (p: { start: number; end: number }) => (bodyEnds.get(p.start) ?? 0) > p.end;
  // (A city within it, "OSCE Minsk Group", names no side either.)
  const cityInBody = (p: { start: number; end: number; capital?: boolean }) => !!p.capital && bodies.some((b) => b.start < p.start && p.end < b.end);
  appointedOffices(text, c.sentences, named, positions, personById);
  possessedOffices(text, c.sentences, named, positions, bodies, personById);
  const meetingInput = {
    text,
    sentences: c.sentences,
    triggers: c.triggers,
    officials,
    persons: personById,
    dates: c.dates,
    places: c.places.filter((p) => kept(p) && !opensBody(p) && !cityInBody(p) && !inEventName(text, p) && !inHonour(text, p) && !eventToCome(text, p) && !residence(text, p)),
    positions,
  };
  let extracted = extractMeetings(meetingInput);
  // A text reporting no meeting held may announce one ("Minister X will meet his Russian counterpart Y on Monday"):
  // read again, meetings to come included, and say so on each.
  let announced = extracted.drafts.length === 0 && officials.length >= 2;
  if (announced) extracted = extractMeetings({ ...meetingInput, planned: true });
  announced &&= extracted.drafts.length > 0;
  untoldHeadline(meetingInput, extracted);
  // (A headline told with one official only: the one across, named in its sentence.)
  loneHeadlineCounterpart(text, extracted.drafts, officials, personById, c.sentences, extracted.context.bodyStart);
  // (A headline its words leave undated: the day the next sentences tell of it.)
  dayToldNearby(text, extracted.drafts, extracted.dates, c.sentences, officials, extracted.context.release);
  // (Or the day of the visit told right before it.)
  dayOfVisitBefore(text, extracted.drafts, extracted.dates, c.sentences, extracted.context.release);
  // (Else the one day the whole text names, outside reports and what is to come.)
  dayToldAnywhere(text, extracted.drafts, c.sentences, officials, extracted.context.release);
  inferCountries(persons, extracted.drafts, {
    text,
    sentences: c.sentences,
    places: c.places.filter((p) => !cityInBody(p) && !inHonour(text, p) && !eventToCome(text, p)),
    officials,
    dateline: extracted.context.dateline,
    bodyStart: extracted.context.bodyStart,
    definitions: c.definitions,
  });
  giveNamesakes(persons, meant);
  // (One of no stated office named as another's counterpart holds that office; read after the countries and meetings,
  // which would take the two for one office's holders.)
  counterpartOffices(text, c.sentences, officials, personById);
  // (Likewise one named, with his country, after a plural office of several countries: "the foreign ministers of A, B and C".)
  groupOffices(text, c.sentences, officials, personById);
  // (An unplaced headline: the city the next sentences hold the meeting in; read after the countries, which a city
  // abroad, "a meeting in Doha", says nothing of.)
  placeToldNearby(text, extracted.drafts, extracted.places, c.sentences, officials);
  const meetings = finishMeetings(extracted, personById, text);
  return { persons, meetings: announced ? meetings.map((m) => ({ ...m, announced: true })) : meetings };
}

/** "at Aero India 2023": a place closing an event's name, a word in capitals before it and the year after. */
function inEventName(text: string, p: { start: number; end: number }): boolean {
  if (!/^\s(?:19|20)\d\d\b/.test(text.slice(p.end, p.end + 6))) return false;
  const before = /(^|[^\s])(\s+)(\p{Lu}[\p{L}-]+)\s$/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
  return before !== null && !/[.!?:\n]/.test(before[1] + before[2]) && !/^(?:The|In|At|On|For|To|From|With|And)$/.test(before[3]);
}

/**
 * "during the upcoming NATO Summit in Washington", "the conference to be held in Baku": the city of an event to come is
 * neither where a meeting was held nor any side's country.
 */
function eventToCome(text: string, p: { start: number; end: number; capital?: boolean }): boolean {
  return !!p.capital && EVENT_TO_COME.test(text.slice(Math.max(0, p.start - 64), p.start));
}
const EVENT_TO_COME = /\b(?:upcoming|forthcoming)\s+(?:[\p{L}-]+\s+){1,5}in\s+$|\b(?:to be held|will be held|will take place)\s+in\s+$/u;

/**
 * "Ambassador of Canada with residence in Moscow", "(residence in Buenos Aires)", "whose residence locates in Brasilia",
 * "based in Nairobi": where an envoy sits, no meeting's place.
 */
function residence(text: string, p: { start: number }): boolean {
  const before = text.slice(Math.max(0, p.start - RESIDENT_IN_CHARS), p.start);
  // ("with residence in Harare in Zimbabwe": the city's country after it too.)
  return RESIDENT_IN.test(before) || RESIDENT_IN.test(before.replace(CITY_IN, ' '));
}
const RESIDENT_IN = /(?:\bwith\s+(?:(?:his|her|its|the)\s+)?residence|\(\s*residence|\bwhose\s+residence(?:\s+(?:is|locates|located|lies))?|\bresident|\bresiding|\bbased)\s+(?:in|at)\s+$/i;
const RESIDENT_IN_CHARS = 64;
/** A city named before its country: " Harare in ", " Harare, ". */
const CITY_IN = /\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s+in|,)\s+$/u;

/** Whether a span overlaps any of `spans`: a binary search over them sorted by start, with running maximum ends. */
function overlapTest(spans: readonly { start: number; end: number }[]): (s: { start: number; end: number }) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const r of sorted) maxEnd.push(Math.max(r.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity));
  return (s) => {
    // The last span starting before s.end; any overlap is at or before it, and reaches past s.start.
    const last = firstStartingAt(sorted, s.end) - 1;
    return last >= 0 && maxEnd[last] > s.start;
  };
}

/** Entity types a label can correct to; other labels (diplomatic.labels) are the analyst's own tags. */
const TYPE_LABELS: ReadonlySet<string> = new Set<EntityType>(['official', 'rank', 'position', 'organization', 'country', 'place', 'date']);

/**
 * An `official` label as a name mention. A recognized name at the same span stays as it is; names it
 * overlaps give way to its boundaries but lend it their rank, position, organization and country.
 */
function labelName(text: string, k: Correction, names: NameMention[]): void {
  const overlapping = names.filter((m) => m.start < k.end && k.start < m.end);
  if (overlapping.some((m) => m.start === k.start && m.end === k.end)) return;
  const facts = (f: 'rank' | 'position' | 'organization' | 'country') => overlapping.find((m) => m[f])?.[f] ?? null;
  const tokens = text.slice(k.start, k.end).split(/\s+/).filter(Boolean);
  const mention: NameMention = {
    start: k.start, end: k.end, name: tokens.join(' '), tokens,
    rank: facts('rank'), position: facts('position'), organization: facts('organization'), country: facts('country'), anchored: true,
  };
  for (const m of overlapping) names.splice(names.indexOf(m), 1);
  names.push(mention);
}

function labelledEntity(text: string, k: Correction, recognized: readonly Entity[]): Entity {
  // Custom labels (diplomatic.labels) pass through as entity types of their own.
  const type = k.label as EntityType;
  const same = recognized.find((o) => o.start === k.start && o.end === k.end && o.type === type);
  const id = k.entity ?? same?.id;
  return { type, start: k.start, end: k.end, text: text.slice(k.start, k.end), ...(id ? { id } : {}), source: 'annotation' };
}

/**
 * Same type, same span: keep one, the analyst's annotation when there is one. Entities are sorted by
 * span, so duplicates sit among the few kept entries with the same start and end just before.
 */
function dedupe(entities: Entity[]): void {
  let w = 0;
  outer: for (const e of entities) {
    for (let k = w - 1; k >= 0 && entities[k].start === e.start && entities[k].end === e.end; k--) {
      if (entities[k].type !== e.type) continue;
      if (e.source === 'annotation') entities[k] = e;
      continue outer;
    }
    entities[w++] = e;
  }
  entities.length = w;
}

/** The references a nationality and a common noun make to one official ("the South African leader"), as official
 * mentions for the meetings, where no office mention covers them already. */
function describedOfficials(text: string, persons: readonly Person[], offices: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const p of persons) {
    for (const r of p.references ?? []) {
      // (Or a sentence's subject by its service: "The Air chief called on X".)
      if (!/^the\s+\p{Lu}|^The\s+(?:Air|Army|Navy|Naval|Police|Marine)\s/u.test(text.slice(r.start, r.end)) || offices.some((o) => o.start < r.end && r.start < o.end)) continue;
      out.push({ type: 'official', start: r.start, end: r.end, text: text.slice(r.start, r.end), id: p.id });
    }
  }
  return out;
}
