// What the dossier page shows, as plain data (the webview renders it; tests assert it): for a person,
// the names used, country, every rank and position each text gives with that text's date and a link,
// the meetings with counterparts and sources, the organizations they are tied to and the analysts'
// notes; for an organization, the heads the texts name, its people and their meetings.
import type { Corpus, Identity, MeetingEvent } from './corpus';
import { organizationNameKey } from './identityKey';

export interface SourceLink {
  path: string;
  rel: string;
  start: number;
  end: number;
}

export interface DossierPosition extends SourceLink {
  date: string | null;
  rank: string | null;
  position: string | null;
  organization: string | null;
}

export interface DossierMeeting {
  id: string;
  kind: string;
  date: string | null;
  isoDate: string | null;
  place: string | null;
  role: string | null;
  counterparts: { id: string; name: string; country: string | null }[];
  sources: (SourceLink & { referenced: boolean })[];
}

export interface DossierNote extends SourceLink {
  text: string;
  /** Where the note lives: a sidecar annotation, or the identities file. */
  from: 'annotation' | 'identities';
}

export interface DossierTie {
  id: string | null;
  name: string;
  /** How many texts state the tie. */
  count: number;
}

export interface DossierDocument extends SourceLink {
  date: string | null;
  mentions: number;
}

export interface PersonDossier {
  kind: 'person';
  id: string;
  name: string;
  names: string[];
  country: string | null;
  positions: DossierPosition[];
  meetings: DossierMeeting[];
  organizations: DossierTie[];
  documents: DossierDocument[];
  notes: DossierNote[];
}

export interface OrganizationDossier {
  kind: 'organization';
  id: string;
  name: string;
  names: string[];
  country: string | null;
  parents: string[];
  heads: (DossierPosition & { id: string; name: string })[];
  people: (DossierTie & { position: string | null })[];
  meetings: DossierMeeting[];
  documents: DossierDocument[];
  notes: DossierNote[];
}

export type Dossier = PersonDossier | OrganizationDossier;

/** An analyst's note from a sidecar: on a span of a text, optionally linked to an entity id. */
export interface AnalystNote {
  path: string;
  start: number;
  end: number;
  note: string;
  entity?: string;
}

/** Offices that head the body they belong to; deputies and acting holders do not. */
const HEAD = /\b(minister|chief|director|head|commander|chairman|chairwoman|chair|president|secretary|ambassador|attach[eé]|governor|commandant|superintendent|leader|editor-in-chief)\b/i;
const NOT_HEAD = /\b(deputy|vice|assistant|acting|under|former)\b/i;

export function isHeadPosition(position: string): boolean {
  return HEAD.test(position) && !NOT_HEAD.test(position.split(/\s+of\s+/i)[0]);
}

const byDate = (a: { date: string | null; rel: string; start: number }, b: { date: string | null; rel: string; start: number }) =>
  (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0) || a.rel.localeCompare(b.rel) || a.start - b.start;

export function dossierOf(corpus: Corpus, id: string, notes: readonly AnalystNote[] = []): Dossier | undefined {
  const identity = corpus.identity(id);
  if (!identity) return undefined;
  return identity.kind === 'person' ? personDossier(corpus, identity, notes) : organizationDossier(corpus, identity, notes);
}

function documentsOf(corpus: Corpus, identity: Identity): DossierDocument[] {
  const out = new Map<string, DossierDocument>();
  for (const m of identity.members) {
    const doc = corpus.document(m.path)!;
    const d = out.get(m.path);
    if (d) d.mentions += m.mentionCount;
    else out.set(m.path, { path: m.path, rel: doc.rel, start: m.first?.start ?? 0, end: m.first?.end ?? 0, date: corpus.documentDate(m.path), mentions: m.mentionCount });
  }
  return [...out.values()].sort(byDate);
}

function meetingOf(e: MeetingEvent, self: (id: string) => boolean): DossierMeeting {
  const me = e.participants.find((p) => self(p.identity));
  return {
    id: e.id, kind: e.kind, date: e.date, isoDate: e.isoDate, place: e.place, role: me?.role ?? null,
    counterparts: e.participants.filter((p) => !self(p.identity)).map((p) => ({ id: p.identity, name: p.name, country: p.country })),
    sources: e.reports.map((r) => ({ path: r.path, rel: r.rel, start: r.start, end: r.end, referenced: r.referenced })),
  };
}

/** Mentions of the identity's members, per text: the spans notes may sit on. */
function spansOf(corpus: Corpus, identity: Identity): Map<string, { start: number; end: number }[]> {
  const out = new Map<string, { start: number; end: number }[]>();
  for (const m of identity.members) {
    const a = corpus.document(m.path)!.analysis;
    const x = identity.kind === 'person' ? a.persons.find((p) => p.id === m.localId) : a.organizations.find((o) => o.id === m.localId);
    const list = out.get(m.path) ?? [];
    for (const i of x?.mentions ?? []) {
      const e = a.entities[i];
      if (e) list.push({ start: e.start, end: e.end });
    }
    out.set(m.path, list);
  }
  return out;
}

function notesOf(corpus: Corpus, identity: Identity, notes: readonly AnalystNote[]): DossierNote[] {
  const out: DossierNote[] = [];
  if (identity.rule?.note) out.push({ path: '', rel: 'diplomatic.identities.yaml', start: 0, end: 0, text: identity.rule.note, from: 'identities' });
  const spans = spansOf(corpus, identity);
  const localIds = new Set(identity.members.map((m) => `${m.path}\u0000${m.localId}`));
  for (const n of notes) {
    const inText = spans.get(n.path);
    const linked = n.entity !== undefined && (n.entity === identity.id || localIds.has(`${n.path}\u0000${n.entity}`));
    const onMention = !!inText?.some((s) => s.start < n.end && n.start < s.end);
    if (!linked && !onMention) continue;
    const doc = corpus.document(n.path);
    out.push({ path: n.path, rel: doc?.rel ?? n.path, start: n.start, end: n.end, text: n.note, from: 'annotation' });
  }
  return out;
}

function personDossier(corpus: Corpus, identity: Identity, notes: readonly AnalystNote[]): PersonDossier {
  const positions: DossierPosition[] = [];
  const ties = new Map<string, DossierTie>();
  for (const m of identity.members) {
    const doc = corpus.document(m.path)!;
    if (m.rank || m.position || m.organization) {
      positions.push({
        path: m.path, rel: doc.rel, start: m.first?.start ?? 0, end: m.first?.end ?? 0, date: corpus.documentDate(m.path),
        rank: m.rank, position: m.position, organization: m.organization,
      });
    }
    if (m.organization) {
      const org = organizationIn(corpus, m.path, m.organization);
      const key = org?.id ?? `name:${organizationNameKey(m.organization)}`;
      const tie = ties.get(key);
      if (tie) tie.count++;
      else ties.set(key, { id: org?.id ?? null, name: org?.name ?? m.organization, count: 1 });
    }
  }
  const self = (id: string) => id === identity.id;
  return {
    kind: 'person', id: identity.id, name: identity.name, names: identity.names, country: identity.country,
    positions: positions.sort(byDate),
    meetings: corpus.eventsOf(identity.id).map((e) => meetingOf(e, self)),
    organizations: [...ties.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    documents: documentsOf(corpus, identity),
    notes: notesOf(corpus, identity, notes),
  };
}

/** The organization a text means by `name`: one of that text's own organizations, else the corpus's. */
export function organizationIn(corpus: Corpus, path: string, name: string): Identity | undefined {
  const key = organizationNameKey(name);
  const doc = corpus.document(path);
  const local = doc?.analysis.organizations.find((o) => organizationNameKey(o.name) === key);
  if (local) return corpus.identityOf(path, local.id);
  let byKey = orgKeyCache.get(corpus);
  if (!byKey) {
    byKey = new Map();
    for (const o of corpus.organizations()) for (const n of o.names) if (!byKey.has(organizationNameKey(n))) byKey.set(organizationNameKey(n), o);
    orgKeyCache.set(corpus, byKey);
  }
  return byKey.get(key);
}

const orgKeyCache = new WeakMap<Corpus, Map<string, Identity>>();

/** Per corpus: organization name key → the person members whose text ties them to it. */
const tiesCache = new WeakMap<Corpus, Map<string, { person: Identity; member: Identity['members'][number] }[]>>();

/**
 * A person is tied to the organization their text names as theirs, and to the bodies their office
 * is "of" ("Chief of the General Department of Politics of the Vietnam People's Army").
 */
function tiesIndex(corpus: Corpus): Map<string, { person: Identity; member: Identity['members'][number] }[]> {
  let index = tiesCache.get(corpus);
  if (index) return index;
  index = new Map();
  for (const person of corpus.people()) {
    for (const member of person.members) {
      const keys = new Set<string>();
      if (member.organization) keys.add(organizationNameKey(member.organization));
      if (member.position) {
        const parts = member.position.split(/\s+of\s+/i);
        for (let i = 1; i < parts.length; i++) keys.add(organizationNameKey(parts.slice(i).join(' of ')));
      }
      for (const k of keys) {
        if (!k) continue;
        const list = index.get(k) ?? [];
        list.push({ person, member });
        index.set(k, list);
      }
    }
  }
  tiesCache.set(corpus, index);
  return index;
}

function organizationDossier(corpus: Corpus, identity: Identity, notes: readonly AnalystNote[]): OrganizationDossier {
  const keys = new Set(identity.names.map(organizationNameKey));
  const inOrg = new Set(identity.documents);
  const heads: OrganizationDossier['heads'] = [];
  const people = new Map<string, DossierTie & { position: string | null }>();
  const index = tiesIndex(corpus);
  const seenMembers = new Set<unknown>();
  for (const k of keys) {
    for (const { person, member: m } of index.get(k) ?? []) {
      // Only where the text names the organization too: a same-named body elsewhere may be another.
      if (!inOrg.has(m.path) || seenMembers.has(m)) continue;
      seenMembers.add(m);
      const doc = corpus.document(m.path)!;
      const p = people.get(person.id);
      if (p) p.count++;
      else people.set(person.id, { id: person.id, name: person.name, count: 1, position: m.position });
      if (m.position && isHeadPosition(m.position)) {
        heads.push({
          id: person.id, name: person.name, path: m.path, rel: doc.rel, start: m.first?.start ?? 0, end: m.first?.end ?? 0,
          date: corpus.documentDate(m.path), rank: m.rank, position: m.position, organization: m.organization,
        });
      }
    }
  }
  const memberIds = new Set(people.keys());
  const seen = new Set<string>();
  const meetings: DossierMeeting[] = [];
  for (const id of memberIds) {
    for (const e of corpus.eventsOf(id)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      meetings.push(meetingOf(e, (x) => memberIds.has(x)));
    }
  }
  meetings.sort((a, b) => (a.isoDate && b.isoDate ? a.isoDate.localeCompare(b.isoDate) : a.isoDate ? -1 : b.isoDate ? 1 : 0));
  const parents = [...new Set(identity.members.map((m) => m.organization).filter((x): x is string => !!x))];
  return {
    kind: 'organization', id: identity.id, name: identity.name, names: identity.names, country: identity.country, parents,
    heads: heads.sort(byDate),
    people: [...people.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    meetings,
    documents: documentsOf(corpus, identity),
    notes: notesOf(corpus, identity, notes),
  };
}
