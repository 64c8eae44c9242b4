// Workspace-wide view over per-file analyses: persons merged by id across files, mentions,
// meetings, position holders and symbol search. Pure (no vscode, no I/O): the editor adapter feeds
// it one file at a time, keyed by path, and skips re-indexing when the content hash is unchanged.
import type { Analysis, Entity, Meeting, Organization, Person } from './types';

/** One mention somewhere in the corpus. */
export interface CorpusMention {
  path: string;
  start: number;
  end: number;
  text: string;
  type: Entity['type'];
}

/** Where an entity stands in the corpus: the files that mention it, in index order, and how often. */
interface CorpusPresence {
  files: string[];
  mentionCount: number;
}

/** A person as known across the whole corpus: the first non-null value wins per attribute. */
export interface CorpusPerson extends Omit<Person, 'mentions' | 'references'>, CorpusPresence {}

export interface CorpusOrganization extends Omit<Organization, 'mentions'>, CorpusPresence {}

export interface CorpusMeeting {
  path: string;
  meeting: Meeting;
}

export type SymbolKind = 'official' | 'organization' | 'meeting';

export interface CorpusSymbol {
  kind: SymbolKind;
  /** Person or organization id; for meetings `path#start`. */
  id: string;
  name: string;
  /** Where the symbol is introduced: its first mention (or the meeting's span). */
  path: string;
  start: number;
  end: number;
  /** Higher is a better match. */
  score: number;
}

interface FileEntry {
  hash: string;
  analysis: Analysis;
}

interface Aggregate {
  persons: Map<string, CorpusPerson>;
  organizations: Map<string, CorpusOrganization>;
  /** First mention per person/organization id, found in the same pass (trees and search ask for every id). */
  first: Map<string, CorpusMention>;
}

/** FNV-1a over UTF-16 code units plus the length: cheap, dependency-free change detection. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

/** Case- and space-insensitive key for comparing positions as written in different texts. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

export class CorpusIndex {
  private readonly files = new Map<string, FileEntry>();
  private aggregate: Aggregate | undefined;
  /** Person/organization id → the files that mention it; lets one file's change touch only its ids. */
  private readonly idFiles = new Map<string, Set<string>>();
  /** Ids whose merged record must be rebuilt before the aggregate is read again. */
  private readonly dirty = new Set<string>();
  /** Position of each path in `files` iteration order (a re-added path moves to the end, as in a Map). */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  /** Bumped on every change, so callers can memoize derived views. */
  private gen = 0;

  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.files.size;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  analysis(path: string): Analysis | undefined {
    return this.files.get(path)?.analysis;
  }

  /** True when `hash` differs from what is indexed for `path` (or the path is new). */
  isStale(path: string, hash: string): boolean {
    return this.files.get(path)?.hash !== hash;
  }

  /** Adds or replaces one file. Returns false (and changes nothing) when the hash is unchanged. */
  set(path: string, hash: string, analysis: Analysis): boolean {
    const old = this.files.get(path);
    if (old && old.hash === hash && old.analysis === analysis) return false;
    if (old) this.untrack(path, old.analysis);
    else this.order.set(path, this.nextOrder++);
    this.files.set(path, { hash, analysis });
    this.track(path, analysis);
    this.gen++;
    return true;
  }

  remove(path: string): boolean {
    const old = this.files.get(path);
    if (!old) return false;
    this.untrack(path, old.analysis);
    this.files.delete(path);
    this.order.delete(path);
    this.gen++;
    return true;
  }

  clear(): void {
    if (this.files.size === 0) return;
    this.files.clear();
    this.idFiles.clear();
    this.order.clear();
    this.dirty.clear();
    this.changed();
  }

  private track(path: string, analysis: Analysis): void {
    for (const x of [...analysis.persons, ...analysis.organizations]) {
      let set = this.idFiles.get(x.id);
      if (!set) this.idFiles.set(x.id, (set = new Set()));
      set.add(path);
      this.dirty.add(x.id);
    }
  }

  private untrack(path: string, analysis: Analysis): void {
    for (const x of [...analysis.persons, ...analysis.organizations]) {
      const set = this.idFiles.get(x.id);
      set?.delete(path);
      if (set && set.size === 0) this.idFiles.delete(x.id);
      this.dirty.add(x.id);
    }
  }

  persons(): CorpusPerson[] {
    return [...this.agg().persons.values()];
  }

  person(id: string): CorpusPerson | undefined {
    return this.agg().persons.get(id);
  }

  organizations(): CorpusOrganization[] {
    return [...this.agg().organizations.values()];
  }

  organization(id: string): CorpusOrganization | undefined {
    return this.agg().organizations.get(id);
  }

  /** Every mention of a person or organization id, file by file in index order, by offset. */
  mentionsOf(id: string): CorpusMention[] {
    const out: CorpusMention[] = [];
    for (const [path, { analysis }] of this.files) out.push(...mentionsIn(path, analysis, id));
    return out;
  }

  /** Mentions of `id` in one file. */
  mentionsInFile(path: string, id: string): CorpusMention[] {
    const entry = this.files.get(path);
    return entry ? mentionsIn(path, entry.analysis, id) : [];
  }

  /** The first mention in index order: where the entity is introduced. */
  firstMention(id: string): CorpusMention | undefined {
    const known = this.agg().first.get(id);
    if (known) return known;
    // Ids that only appear on entities (no person/organization record).
    for (const [path, { analysis }] of this.files) {
      const found = mentionsIn(path, analysis, id);
      if (found.length > 0) return found[0];
    }
    return undefined;
  }

  meetings(path?: string): CorpusMeeting[] {
    const out: CorpusMeeting[] = [];
    for (const [p, { analysis }] of this.files) {
      if (path !== undefined && p !== path) continue;
      for (const meeting of analysis.meetings) out.push({ path: p, meeting });
    }
    return out;
  }

  /** Meetings in which the person took part (any role). */
  meetingsOf(personId: string): CorpusMeeting[] {
    return this.meetings().filter((m) => m.meeting.participants.some((p) => p.id === personId));
  }

  /** Persons whose stated position matches `position` (case-insensitive, either contains the other). */
  holdersOf(position: string): CorpusPerson[] {
    const key = normalize(position);
    if (!key) return [];
    return this.persons().filter((p) => {
      if (!p.position) return false;
      const held = normalize(p.position);
      return held === key || held.includes(key) || key.includes(held);
    });
  }

  /**
   * Officials, organizations and meetings whose name matches `query`: prefix of a word beats
   * substring beats in-order subsequence (what a symbol picker expects). Empty query lists all.
   */
  searchSymbols(query: string, limit = 200): CorpusSymbol[] {
    const q = normalize(query);
    const out: CorpusSymbol[] = [];
    const consider = (kind: SymbolKind, id: string, name: string, at: { path: string; start: number; end: number } | undefined) => {
      if (!at) return;
      const score = matchScore(normalize(name), q);
      if (score > 0) out.push({ kind, id, name, path: at.path, start: at.start, end: at.end, score });
    };
    for (const p of this.persons()) consider('official', p.id, p.name, this.firstMention(p.id));
    for (const o of this.organizations()) consider('organization', o.id, o.name, this.firstMention(o.id));
    for (const { path, meeting } of this.meetings()) {
      const who = meeting.participants.map((p) => p.name).join(', ');
      consider('meeting', `${path}#${meeting.start}`, `${meeting.kind}: ${who}`, { path, start: meeting.start, end: meeting.end });
    }
    out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return out.slice(0, limit);
  }

  private changed(): void {
    this.gen++;
    this.aggregate = undefined;
  }

  /** Merged persons/organizations, rebuilt lazily after a change (one pass over all files). */
  private agg(): Aggregate {
    if (this.aggregate && this.dirty.size === 0) return this.aggregate;
    // Few ids changed (one file edited): rebuild only their records, from the files that mention them.
    if (this.aggregate && this.dirty.size < 5000) {
      const { persons, organizations, first } = this.aggregate;
      for (const id of this.dirty) {
        persons.delete(id);
        organizations.delete(id);
        first.delete(id);
        const paths = [...(this.idFiles.get(id) ?? [])].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
        for (const path of paths) {
          const analysis = this.files.get(path)!.analysis;
          const p = analysis.persons.find((x) => x.id === id);
          if (p) {
            mergePerson(persons, path, p);
            noteFirst(first, path, analysis, id, p.mentions);
          }
          const o = analysis.organizations.find((x) => x.id === id);
          if (o) {
            mergeOrganization(organizations, path, o);
            noteFirst(first, path, analysis, id, o.mentions);
          }
        }
      }
      this.dirty.clear();
      return this.aggregate;
    }
    this.dirty.clear();
    const persons = new Map<string, CorpusPerson>();
    const organizations = new Map<string, CorpusOrganization>();
    const first = new Map<string, CorpusMention>();
    for (const [path, { analysis }] of this.files) {
      for (const p of analysis.persons) {
        mergePerson(persons, path, p);
        noteFirst(first, path, analysis, p.id, p.mentions);
      }
      for (const o of analysis.organizations) {
        mergeOrganization(organizations, path, o);
        noteFirst(first, path, analysis, o.id, o.mentions);
      }
    }
    this.aggregate = { persons, organizations, first };
    return this.aggregate;
  }
}

function noteFirst(first: Map<string, CorpusMention>, path: string, analysis: Analysis, id: string, mentions: number[]): void {
  if (first.has(id)) return;
  let best: Entity | undefined;
  for (const i of mentions) {
    const e = analysis.entities[i];
    if (e && (!best || e.start < best.start)) best = e;
  }
  if (best) first.set(id, { path, start: best.start, end: best.end, text: best.text, type: best.type });
}

function mergePerson(into: Map<string, CorpusPerson>, path: string, p: Person): void {
  const cur = into.get(p.id);
  if (!cur) {
    into.set(p.id, {
      id: p.id, name: p.name, capacity: p.capacity, rank: p.rank, position: p.position, organization: p.organization,
      country: p.country, files: [path], mentionCount: p.mentions.length,
    });
    return;
  }
  // The longest name is usually the full one ("Luong Cuong" over "Cuong").
  if (p.name.length > cur.name.length) cur.name = p.name;
  cur.rank ??= p.rank;
  cur.position ??= p.position;
  cur.organization ??= p.organization;
  cur.country ??= p.country;
  if (!cur.files.includes(path)) cur.files.push(path);
  cur.mentionCount += p.mentions.length;
}

function mergeOrganization(into: Map<string, CorpusOrganization>, path: string, o: Organization): void {
  const cur = into.get(o.id);
  if (!cur) {
    into.set(o.id, { id: o.id, name: o.name, country: o.country, parent: o.parent, files: [path], mentionCount: o.mentions.length });
    return;
  }
  if (o.name.length > cur.name.length) cur.name = o.name;
  cur.country ??= o.country;
  cur.parent ??= o.parent;
  if (!cur.files.includes(path)) cur.files.push(path);
  cur.mentionCount += o.mentions.length;
}

/** Mentions of `id` in one analysis: through the person/organization mention lists, else entity ids. */
function mentionsIn(path: string, analysis: Analysis, id: string): CorpusMention[] {
  const owner = analysis.persons.find((p) => p.id === id) ?? analysis.organizations.find((o) => o.id === id);
  const indices = owner
    ? owner.mentions
    : analysis.entities.flatMap((e, i) => (e.id === id ? [i] : []));
  const out: CorpusMention[] = [];
  for (const i of indices) {
    const e = analysis.entities[i];
    if (e) out.push({ path, start: e.start, end: e.end, text: e.text, type: e.type });
  }
  return out.sort((a, b) => a.start - b.start);
}

function matchScore(name: string, q: string): number {
  if (!q) return 1;
  if (name.startsWith(q)) return 4;
  if (name.split(/[\s\-—]+/).some((w) => w.startsWith(q))) return 3;
  if (name.includes(q)) return 2;
  // In-order subsequence ("lcuong" finds "luong cuong").
  let i = 0;
  for (const ch of name) if (ch === q[i]) i++;
  return i === q.length ? 1 : 0;
}
