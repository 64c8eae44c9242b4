// The corpus stage: one identity per real person and organization across texts, and one event per
// real meeting however many texts report it. Built from the per-text analyses (whose short mentions
// are already resolved within their text) and the analyst's identity rules, which win.
//
// Matching, as analysts expect it:
// - a person's full name matches across texts by its key (identityKey.ts: diacritics, initials,
//   suffixes, hyphenation and spacing of given names do not matter);
// - a name of one part ("Cuong", "Austin") is a family or given name only: it never joins anyone
//   outside its own text;
// - the same full name stated for two different countries is two people; a text that states no
//   country joins the name's only country, or stays apart when there are several;
// - an analyst rule takes every name it lists (in the texts it lists, for a split) and wins.
import type { Analysis, Capacity, Meeting, Organization, Person } from '../types';
import type { IdentityKind, IdentityRule } from './identityFile';
import { ruleCovers } from './identityFile';
import { organizationNameKey, personNameKey, nameParts, shortHash, slugify, syllableSlug } from './identityKey';

export interface CorpusDocument {
  /** The key the caller knows the text by (a uri in the editor, a file path in the CLI). */
  path: string;
  /** Workspace-relative path with '/': what the user reads, and what rules name unless `ruleRel` is given. */
  rel: string;
  /** The path relative to the identities file's folder, when that differs from `rel` (the CLI). */
  ruleRel?: string;
  analysis: Analysis;
}

/** One appearance of an identity in one text, with what that text states. */
export interface IdentityMember {
  path: string;
  /** The person's or organization's id within that text's analysis. */
  localId: string;
  name: string;
  /** What the person is in that text (an official, or a reporter, translator, … of the byline); null for bodies. */
  capacity: Capacity | null;
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  mentionCount: number;
  /** The first mention in that text, for links. */
  first: { start: number; end: number } | null;
}

export interface Identity {
  kind: IdentityKind;
  id: string;
  name: string;
  /** Every spelling the texts use, most frequent first. */
  names: string[];
  country: string | null;
  members: IdentityMember[];
  /** Paths of the texts that name it, in corpus order. */
  documents: string[];
  mentionCount: number;
  /** The analyst rule that made or shaped it. */
  rule?: IdentityRule;
}

export type Mode = 'in person' | 'remote';

export interface EventParticipant {
  identity: string;
  name: string;
  country: string | null;
  role: string;
  side: string | null;
  rank: string | null;
  position: string | null;
}

/** One text's report of a meeting: the sentence that reports it is [start, end) of `path`. */
export interface MeetingReport {
  path: string;
  rel: string;
  start: number;
  end: number;
  kind: string;
  date: string | null;
  isoDate: string | null;
  place: string | null;
  referenced: boolean;
  /** Told as to come, not as held (the text reports no meeting held). */
  announced: boolean;
  wording: string | null;
}

/** A real meeting: the reports of it across texts taken as one. */
export interface MeetingEvent {
  id: string;
  kind: string;
  mode: Mode;
  date: string | null;
  isoDate: string | null;
  place: string | null;
  participants: EventParticipant[];
  /** Countries taking part (participants' countries or sides), sorted. */
  countries: string[];
  reports: MeetingReport[];
  /** Every report only refers back to it (none is the text's own news). */
  referenced: boolean;
  /** Every report announces it to come; none tells it held. */
  announced: boolean;
}

const REMOTE = /phone|call|video|telephon|virtual|online|teleconference|vtc/i;

/** Remote contacts and meetings in person are never the same meeting, whatever the wording. */
export function modeOf(kind: string): Mode {
  // A "courtesy call" is a visit, not a phone call.
  return REMOTE.test(kind) && !/courtesy/i.test(kind) ? 'remote' : 'in person';
}

/** Two ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) may be the same day when one is a prefix of the other. */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function normDate(s: string | null): string | null {
  return s ? s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() || null : null;
}

interface Draft {
  kind: IdentityKind;
  key: string;
  rule?: IdentityRule;
  members: IdentityMember[];
  /** For name clusters split by country: the country suffix. */
  split?: string;
  /** A one-part name kept within its text: the text. */
  scope?: string;
}

export class Corpus {
  readonly documents: CorpusDocument[];
  private readonly byPath = new Map<string, CorpusDocument>();
  private readonly peopleList: Identity[] = [];
  private readonly orgList: Identity[] = [];
  private readonly byId = new Map<string, Identity>();
  private readonly local = new Map<string, Map<string, Identity>>();
  private eventList: MeetingEvent[] | undefined;
  private eventById: Map<string, MeetingEvent> | undefined;
  private eventsByIdentity: Map<string, MeetingEvent[]> | undefined;
  private readonly dates = new Map<string, string | null>();

  constructor(documents: Iterable<CorpusDocument>, rules: readonly IdentityRule[] = []) {
    this.documents = [...documents];
    for (const d of this.documents) this.byPath.set(d.path, d);
    this.build('person', rules.filter((r) => r.kind === 'person'));
    this.build('organization', rules.filter((r) => r.kind === 'organization'));
  }

  people(): readonly Identity[] {
    return this.peopleList;
  }

  organizations(): readonly Identity[] {
    return this.orgList;
  }

  identity(id: string): Identity | undefined {
    return this.byId.get(id);
  }

  document(path: string): CorpusDocument | undefined {
    return this.byPath.get(path);
  }

  /** The identity a text's own person or organization id stands for. */
  identityOf(path: string, localId: string): Identity | undefined {
    return this.local.get(path)?.get(localId);
  }

  /**
   * The date of a text: the date of the meeting it reports (its headline meeting), else of any
   * meeting it dates; null when it dates none. The texts carry no other date the engine reads.
   */
  documentDate(path: string): string | null {
    let d = this.dates.get(path);
    if (d === undefined) {
      const meetings = this.byPath.get(path)?.analysis.meetings ?? [];
      d = meetings.find((m) => !m.referenced && m.isoDate)?.isoDate ?? meetings.find((m) => m.isoDate)?.isoDate ?? null;
      this.dates.set(path, d);
    }
    return d;
  }

  /** Meetings across the corpus, duplicates taken as one, in date order (undated last). */
  events(): readonly MeetingEvent[] {
    if (!this.eventList) this.buildEvents();
    return this.eventList!;
  }

  event(id: string): MeetingEvent | undefined {
    if (!this.eventById) this.buildEvents();
    return this.eventById!.get(id);
  }

  /** Meetings the identity took part in. */
  eventsOf(identityId: string): readonly MeetingEvent[] {
    if (!this.eventsByIdentity) this.buildEvents();
    return this.eventsByIdentity!.get(identityId) ?? [];
  }

  // ---- identities ----

  private build(kind: IdentityKind, rules: IdentityRule[]): void {
    const keyOf = kind === 'person' ? personNameKey : organizationNameKey;
    // Every name a rule lists (and its id and display name) points to it; rules limited to texts first.
    const ruleKeys = new Map<string, IdentityRule[]>();
    for (const r of rules) {
      const keys = new Set([...r.names, r.id, ...(r.name ? [r.name] : [])].map((n) => keyOf(kind === 'organization' ? n.replace(/-/g, ' ') : n)));
      for (const k of keys) {
        if (!k) continue;
        const list = ruleKeys.get(k) ?? [];
        list.push(r);
        ruleKeys.set(k, list);
      }
    }
    for (const list of ruleKeys.values()) list.sort((a, b) => (b.documents.length > 0 ? 1 : 0) - (a.documents.length > 0 ? 1 : 0));
    // Three kinds of draft, each in its own table (no composite keys to build per person).
    const byRule = new Map<IdentityRule, Draft>();
    const byName = new Map<string, Draft>();
    const inText: Draft[] = [];
    for (const r of rules) byRule.set(r, { kind, key: `rule:${r.id}`, rule: r, members: [] });
    for (const doc of this.documents) {
      const items: (Person | Organization)[] = kind === 'person' ? doc.analysis.persons : doc.analysis.organizations;
      const members = membersOf(doc, items);
      let local: Map<string, Draft> | undefined;
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        const m = members[i];
        const key = keyOf(x.name);
        const candidates = ruleKeys.size > 0 ? ruleKeys.get(key) : undefined;
        const rule = candidates?.find((r) => ruleCovers(r, doc.ruleRel ?? doc.rel));
        let d: Draft | undefined;
        if (rule) d = byRule.get(rule)!;
        else if (kind === 'person' && nameParts(x.name).length < 2) {
          local ??= new Map();
          d = local.get(key);
          if (!d) {
            local.set(key, (d = { kind, key, scope: doc.rel, members: [] }));
            inText.push(d);
          }
        } else {
          d = byName.get(key);
          if (!d) byName.set(key, (d = { kind, key, members: [] }));
        }
        d.members.push(m);
      }
    }
    // The same name for different countries: different identities.
    const finalDrafts: Draft[] = [];
    for (const d of [...byRule.values(), ...byName.values(), ...inText]) {
      if (d.rule || d.scope !== undefined) {
        finalDrafts.push(d);
        continue;
      }
      const countries = new Set(d.members.map((m) => m.country).filter((c): c is string => !!c));
      if (countries.size <= 1) {
        finalDrafts.push(d);
        continue;
      }
      const parts = new Map<string, Draft>();
      for (const m of d.members) {
        const c = m.country ?? '';
        let p = parts.get(c);
        if (!p) parts.set(c, (p = { kind, key: d.key, members: [], split: c || 'country not stated' }));
        p.members.push(m);
      }
      finalDrafts.push(...parts.values());
    }
    const out = kind === 'person' ? this.peopleList : this.orgList;
    // Deterministic ids: rules first (theirs are given), then by key.
    finalDrafts.sort((a, b) => (a.rule ? 0 : 1) - (b.rule ? 0 : 1) || cmp(a.key, b.key) || cmp(a.split ?? '', b.split ?? '') || cmp(a.scope ?? '', b.scope ?? ''));
    for (const d of finalDrafts) {
      if (d.members.length === 0) continue;
      const identity = this.finish(d);
      out.push(identity);
      for (const m of d.members) {
        let map = this.local.get(m.path);
        if (!map) this.local.set(m.path, (map = new Map()));
        map.set(m.localId, identity);
      }
    }
    out.sort((a, b) => collator.compare(a.name, b.name) || cmp(a.id, b.id));
  }

  private finish(d: Draft): Identity {
    const counts = new Map<string, number>();
    const countries = new Map<string, number>();
    let mentionCount = 0;
    const docs: string[] = [];
    const seenDocs = new Set<string>();
    for (const m of d.members) {
      counts.set(m.name, (counts.get(m.name) ?? 0) + m.mentionCount);
      if (m.country) countries.set(m.country, (countries.get(m.country) ?? 0) + 1);
      mentionCount += m.mentionCount;
      if (!seenDocs.has(m.path)) {
        seenDocs.add(m.path);
        docs.push(m.path);
      }
    }
    // The fullest spelling is what an analyst wants to read ("Lloyd J. Austin III", "Lương Cường").
    const names = counts.size === 1 ? [...counts.keys()] : [...counts.keys()].sort((a, b) => richness(b) - richness(a) || counts.get(b)! - counts.get(a)! || cmp(a, b));
    let country: string | null = d.rule?.country ?? null;
    if (!country) {
      let best = 0;
      for (const [c, n] of countries) if (n > best || (n === best && country !== null && c < country)) [country, best] = [c, n];
    }
    let id: string;
    if (d.rule) id = d.rule.id;
    else {
      let base: string;
      if (d.kind === 'person') {
        // The spelling with the most parts gives the id ("Kim Jong-un" → kim-jong-un), the same whichever text came first.
        base = syllableSlug(names[0]);
        for (const n of names) {
          const s = syllableSlug(n);
          const parts = s.split('-').length;
          const bestParts = base.split('-').length;
          if (parts > bestParts || (parts === bestParts && s < base)) base = s;
        }
      } else base = slugify(names[0]);
      id = base || 'unnamed';
      if (d.split) id += `-${slugify(d.split)}`;
      if (d.scope !== undefined) id += `~${shortHash(d.scope)}`;
    }
    let unique = id;
    for (let n = 2; this.byId.has(unique); n++) unique = `${id}-${n}`;
    const identity: Identity = {
      kind: d.kind, id: unique, name: d.rule?.name ?? names[0], names, country, members: d.members, documents: docs, mentionCount, rule: d.rule,
    };
    if (d.rule?.name && !names.includes(d.rule.name)) identity.names = [d.rule.name, ...names];
    this.byId.set(unique, identity);
    return identity;
  }

  // ---- meetings ----

  private buildEvents(): void {
    const buckets = new Map<string, MeetingEvent[]>();
    const events: MeetingEvent[] = [];
    const ids = new Set<string>();
    for (const doc of this.documents) {
      for (const m of doc.analysis.meetings) {
        const participants = this.participantsOf(doc, m);
        const report: MeetingReport = {
          path: doc.path, rel: doc.rel, start: m.start, end: m.end, kind: String(m.kind), date: m.date, isoDate: m.isoDate, place: m.place,
          referenced: m.referenced, announced: m.announced === true, wording: typeof (m as { wording?: unknown }).wording === 'string' ? (m as { wording?: string }).wording! : null,
        };
        const mode = modeOf(report.kind);
        const who = [...new Set(participants.filter((p) => p.role !== 'mentioned').map((p) => p.identity))].sort();
        const key = who.length > 0 ? `${mode}|${who.join('|')}` : undefined;
        const bucket = key ? buckets.get(key) : undefined;
        const same = bucket?.find((e) => sameDay(e, report));
        if (same) {
          merge(same, report, participants);
          continue;
        }
        let id = `m${shortHash(`${doc.rel}#${m.start}`)}`;
        for (let n = 2; ids.has(id); n++) id = `m${shortHash(`${doc.rel}#${m.start}#${n}`)}`;
        ids.add(id);
        const event: MeetingEvent = {
          id, kind: report.kind, mode, date: m.date, isoDate: m.isoDate, place: m.place, participants, countries: [],
          reports: [report], referenced: m.referenced, announced: report.announced,
        };
        events.push(event);
        if (key) {
          if (bucket) bucket.push(event);
          else buckets.set(key, [event]);
        }
      }
    }
    const byIdentity = new Map<string, MeetingEvent[]>();
    const byId = new Map<string, MeetingEvent>();
    for (const e of events) {
      e.countries = [...new Set(e.participants.map((p) => p.country ?? p.side).filter((c): c is string => !!c))].sort();
      byId.set(e.id, e);
      for (const id of new Set(e.participants.map((p) => p.identity))) {
        const list = byIdentity.get(id) ?? [];
        list.push(e);
        byIdentity.set(id, list);
      }
    }
    events.sort(compareEvents);
    for (const list of byIdentity.values()) list.sort(compareEvents);
    this.eventList = events;
    this.eventById = byId;
    this.eventsByIdentity = byIdentity;
  }

  private participantsOf(doc: CorpusDocument, m: Meeting): EventParticipant[] {
    return m.participants.map((p) => {
      const identity = this.identityOf(doc.path, p.id);
      return {
        identity: identity?.id ?? `${p.id}~${shortHash(doc.rel)}`,
        name: identity?.name ?? p.name,
        country: p.country ?? identity?.country ?? null,
        role: String(p.role),
        side: p.side,
        rank: p.rank,
        position: p.position,
      };
    });
  }
}

/** Reports of the same participants are one meeting when their dates can be the same day. */
function sameDay(e: MeetingEvent, r: MeetingReport): boolean {
  return e.reports.some((x) => {
    if (x.path === r.path) return false; // one text's two reports are two meetings (the engine already merged its own)
    if (x.isoDate && r.isoDate) return datesCompatible(x.isoDate, r.isoDate);
    if (!x.isoDate && !r.isoDate) {
      const a = normDate(x.date);
      return !!a && a === normDate(r.date);
    }
    return false;
  });
}

function merge(e: MeetingEvent, r: MeetingReport, participants: EventParticipant[]): void {
  e.reports.push(r);
  // The most precise date and the text's own (headline) report describe the meeting best.
  if (r.isoDate && (!e.isoDate || r.isoDate.length > e.isoDate.length)) {
    e.isoDate = r.isoDate;
    e.date = r.date;
  }
  if (!e.place && r.place) e.place = r.place;
  // (One text telling it held outweighs the releases that announced it.)
  if (!r.announced) e.announced = false;
  if (e.referenced && !r.referenced) {
    e.referenced = false;
    e.kind = r.kind;
  }
  for (const p of participants) {
    const have = e.participants.find((q) => q.identity === p.identity);
    if (!have) e.participants.push(p);
    else {
      have.rank ??= p.rank;
      have.position ??= p.position;
      have.country ??= p.country;
      have.side ??= p.side;
    }
  }
}

export function compareEvents(a: MeetingEvent, b: MeetingEvent): number {
  if (a.isoDate && b.isoDate) return cmp(a.isoDate, b.isoDate) || cmp(a.id, b.id);
  if (a.isoDate) return -1;
  if (b.isoDate) return 1;
  return cmp(a.reports[0].rel, b.reports[0].rel) || a.reports[0].start - b.reports[0].start;
}

/** Code-unit order: deterministic and fast (keys, ids, ISO dates, paths). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('en');

/**
 * Members per analysis and path, kept while the analysis lives: after one text changed, a rebuild
 * makes new members for that text only (the index keeps the other analyses as they were).
 */
const memberCache = new WeakMap<object, { path: string; members: IdentityMember[] }>();

function membersOf(doc: CorpusDocument, items: (Person | Organization)[]): IdentityMember[] {
  const hit = memberCache.get(items);
  if (hit && hit.path === doc.path) return hit.members;
  const members = items.map((x) => memberOf(doc, x));
  memberCache.set(items, { path: doc.path, members });
  return members;
}

function memberOf(doc: CorpusDocument, x: Person | Organization): IdentityMember {
  let first: IdentityMember['first'] = null;
  for (const i of x.mentions) {
    const e = doc.analysis.entities[i];
    if (e && (!first || e.start < first.start)) first = { start: e.start, end: e.end };
  }
  const isPerson = 'rank' in x;
  return {
    path: doc.path,
    localId: x.id,
    name: x.name,
    capacity: isPerson ? x.capacity : null,
    rank: isPerson ? x.rank : null,
    position: isPerson ? x.position : null,
    organization: isPerson ? x.organization : (x as Organization).parent,
    country: x.country,
    mentionCount: x.mentions.length,
    first,
  };
}

/** How much a spelling says: more parts, then diacritics kept, then length. */
function richness(name: string): number {
  const parts = name.split(/[\s-]+/).filter(Boolean).length;
  // eslint-disable-next-line no-control-regex
  const marks = /[^\x00-\x7f]/.test(name) ? 1 : 0;
  return parts * 1000 + marks * 100 + Math.min(name.length, 99);
}
