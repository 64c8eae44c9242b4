// Entry point of the engine: text in, entities + persons + organizations + meetings out.
// Recognition is paragraph-local and cached per paragraph text; resolution and meetings are document-wide
// but linear in the number of mentions, so re-analysis after a keystroke costs one paragraph plus a cheap pass.
import { extractMeetings } from './meetings';
import { emptyResult, recognizeParagraph, type LocalResult } from './recognize';
import { resolveDescriptors, resolveOrganizations, resolvePeople } from './resolve';
import type { Analysis, AnalyzeOptions, Correction, Entity, EntityType } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return createAnalyzer(false).analyze(text, options);
}

/** An analyzer for one document that reuses per-paragraph results between calls (the editor's incremental path). */
export interface DocumentAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** `reuse` keeps per-paragraph results for the next call; a one-shot analysis recognizes in place, without copies. */
export function createAnalyzer(reuse = true): DocumentAnalyzer {
  let cache = new Map<string, LocalResult>();
  return {
    analyze(text: string, options: AnalyzeOptions = {}): Analysis {
      const next = new Map<string, LocalResult>();
      const all = emptyResult();
      let paragraph = 0;
      for (let pos = 0; pos <= text.length; paragraph++) {
        if (options.isCancelled?.()) break;
        let nl = text.indexOf('\n', pos);
        if (nl < 0) nl = text.length;
        if (nl > pos) {
          if (reuse) {
            const para = text.slice(pos, nl);
            let r = next.get(para) ?? cache.get(para);
            if (!r) r = recognizeParagraph(text, pos, nl);
            next.set(para, r);
            append(all, r, pos, paragraph);
          } else {
            recognizeParagraph(text, pos, nl, all, 0, paragraph);
          }
        }
        pos = nl + 1;
      }
      cache = next;
      return assemble(text, all, options);
    },
  };
}

/** Copies a cached paragraph's results into the document's, at offset `at`. */
function append(all: LocalResult, r: LocalResult, at: number, paragraph: number): void {
  // Explicit literals rather than spreads: this runs over every mention on every keystroke.
  for (const e of r.entities) all.entities.push({ type: e.type, start: e.start + at, end: e.end + at });
  for (const m of r.names) {
    all.names.push({ start: m.start + at, end: m.end + at, name: m.name, tokens: m.tokens, rank: m.rank, position: m.position,
      organization: m.organization, country: m.country, anchored: m.anchored });
  }
  const cw = r.capWords;
  for (let k = 0; k < cw.start.length; k++) {
    all.capWords.start.push(cw.start[k] + at);
    all.capWords.end.push(cw.end[k] + at);
    all.capWords.text.push(cw.text[k]);
  }
  for (const t of r.triggers) all.triggers.push({ start: t.start + at, end: t.end + at, kind: t.kind, phrase: t.phrase });
  for (const s of r.sentences) all.sentences.push({ start: s.start + at, end: s.end + at, paragraph });
  for (const d of r.dates) all.dates.push({ start: d.start + at, end: d.end + at, text: d.text, iso: d.iso });
  for (const p of r.places) all.places.push({ start: p.start + at, end: p.end + at, text: p.text, country: p.country, capital: p.capital });
  for (const d of r.descriptors) all.descriptors.push({ start: d.start + at, end: d.end + at, adjective: d.adjective, noun: d.noun });
}

function assemble(text: string, c: LocalResult, options: AnalyzeOptions): Analysis {
  const corrections = options.corrections ?? [];
  const rejected = corrections.filter((k) => k.label === 'reject');
  const isRejected = (s: { start: number; end: number }) => rejected.some((r) => r.start < s.end && s.start < r.end);

  // Analyst labels: an `official` label adds a name mention; any label replaces what the recognizer said there.
  const labelled = corrections.filter((k) => k.label !== 'reject');
  const overridden = (s: { start: number; end: number }) => labelled.some((k) => k.start === s.start && k.end === s.end);
  const names = c.names.filter((m) => !isRejected(m) && !overridden(m));
  for (const k of labelled) {
    if (k.label !== 'official') continue;
    const quote = text.slice(k.start, k.end);
    const tokens = quote.split(/\s+/).filter(Boolean);
    names.push({ start: k.start, end: k.end, name: tokens.join(' '), tokens, rank: null, position: null, organization: null, country: null, anchored: true });
  }
  names.sort((a, b) => a.start - b.start);

  const people = resolvePeople(text, names, c.capWords, options.knownOfficials);
  const orgSpans = c.entities.filter((e) => e.type === 'organization' && !isRejected(e) && !overridden(e));
  const orgs = resolveOrganizations(text, orgSpans);

  const entities: Entity[] = [];
  for (const e of c.entities) {
    if (e.type === 'organization' || isRejected(e) || overridden(e)) continue;
    entities.push({ type: e.type, start: e.start, end: e.end, text: text.slice(e.start, e.end), source: 'recognizer' });
  }
  for (const e of people.officials) if (!isRejected(e) && !overridden(e) || e.source === 'annotation') entities.push(e);
  for (const e of orgs.entities) if (!isRejected(e)) entities.push(e);
  for (const k of labelled) entities.push(labelledEntity(text, k, people.officials));
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
  resolveDescriptors(c.descriptors, persons);
  const officials = entities.filter((e) => e.type === 'official' && e.id && personIndex.has(e.id));
  const meetings = extractMeetings({
    text,
    sentences: c.sentences,
    triggers: c.triggers,
    officials,
    persons,
    dates: c.dates,
    places: c.places.filter((p) => !isRejected(p)),
  });
  return { entities, persons, organizations: orgs.organizations.filter((o) => o.mentions.length > 0), meetings };
}

function labelledEntity(text: string, k: Correction, officials: readonly Entity[]): Entity {
  // Custom labels (diplomatic.labels) pass through as entity types of their own.
  const type = k.label as EntityType;
  const same = officials.find((o) => o.start === k.start && o.end === k.end);
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
