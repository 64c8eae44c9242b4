// Hand-built analyses for the corpus stage's tests: texts whose persons, organizations and meetings
// are exactly what each test states (the recognizer's own output is tested elsewhere).
import type { Analysis, Entity, Meeting } from '../../src/core/types';
import type { CorpusDocument } from '../../src/core/corpus';
import { slugify } from '../../src/core/corpus';

export interface PersonSpec {
  name: string;
  country?: string;
  rank?: string;
  position?: string;
  organization?: string;
}

export interface MeetingSpec {
  kind: string;
  isoDate?: string;
  date?: string;
  place?: string;
  referenced?: boolean;
  /** Participant names (as in `persons`) and roles. */
  who: [string, string][];
}

/** A text naming `persons` (each mentioned once, in order) and reporting `meetings`. */
export function doc(rel: string, persons: PersonSpec[], meetings: MeetingSpec[] = [], organizations: { name: string; country?: string }[] = []): CorpusDocument {
  const entities: Entity[] = [];
  let at = 0;
  const ids = new Map<string, string>();
  const analysis: Analysis = { entities, persons: [], organizations: [], meetings: [] };
  for (const p of persons) {
    const id = slugify(p.name);
    ids.set(p.name, id);
    entities.push({ type: 'official', text: p.name, start: at, end: at + p.name.length, id });
    // Built loosely (cast through unknown): the engine's Person gains fields (capacity) the corpus stage does not read.
    analysis.persons.push({
      id, name: p.name, capacity: 'official', rank: p.rank ?? null, position: p.position ?? null, organization: p.organization ?? null, country: p.country ?? null, mentions: [entities.length - 1],
    } as unknown as Analysis['persons'][number]);
    at += p.name.length + 50;
  }
  for (const o of organizations) {
    const id = slugify(o.name);
    entities.push({ type: 'organization', text: o.name, start: at, end: at + o.name.length, id });
    analysis.organizations.push({ id, name: o.name, country: o.country ?? null, parent: null, mentions: [entities.length - 1] });
    at += o.name.length + 50;
  }
  meetings.forEach((m, i) => {
    const meeting = {
      kind: m.kind, wording: m.kind, headline: i === 0 && !m.referenced, date: m.date ?? m.isoDate ?? null, isoDate: m.isoDate ?? null, place: m.place ?? null, referenced: m.referenced ?? false,
      start: 1000 + i * 200, end: 1100 + i * 200,
      participants: m.who.map(([name, role]) => {
        const p = persons.find((x) => x.name === name)!;
        return {
          id: ids.get(name)!, name, rank: p.rank ?? null, position: p.position ?? null, organization: p.organization ?? null,
          country: p.country ?? null, role, side: p.country ?? null,
        };
      }),
    } as unknown as Meeting;
    analysis.meetings.push(meeting);
  });
  return { path: `/ws/${rel}`, rel, analysis };
}
