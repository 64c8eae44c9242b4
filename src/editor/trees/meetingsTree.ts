// Meetings view, grouped as the analyst chooses (diplomatic.meetings.groupBy, or the view's title
// button): by document → meeting → participants → mentions, or across the corpus by month, by pair
// of countries or by person. A meeting several texts report is one node listing all its sources.
import * as path from 'path';
import * as vscode from 'vscode';
import type { Meeting, Participant } from '../../core';
import type { MeetingEvent } from '../../core/corpus';
import type { CorpusService } from '../corpus/corpusService';
import type { WorkspaceIndex } from '../workspaceIndex';
import { adopt, IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { mentionNodes } from './mentionNodes';

export type MeetingsGrouping = 'document' | 'month' | 'countries' | 'person';
export const MEETINGS_GROUPINGS: readonly MeetingsGrouping[] = ['document', 'month', 'countries', 'person'];

export function readGrouping(): MeetingsGrouping {
  const raw = vscode.workspace.getConfiguration('diplomatic').get<unknown>('meetings.groupBy');
  return MEETINGS_GROUPINGS.includes(raw as MeetingsGrouping) ? (raw as MeetingsGrouping) : 'document';
}

/** Kind · date · place; the date resolved (2022-02-14 for "on Monday") where the text allows it, else as written. */
export function meetingLabel(m: { kind: string; date: string | null; isoDate?: string | null; place: string | null }): string {
  return [m.kind, m.isoDate ?? m.date, m.place].filter((x): x is string => !!x).join(' · ');
}

export function participantLabel(p: { name: string; rank: string | null; role: string }): string {
  const rank = p.rank ? `${p.rank}, ` : '';
  return `${p.name} — ${rank}${p.role}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthLabel(iso: string | null): string {
  if (!iso) return 'Undated';
  if (iso.length < 7) return `${iso} (month not stated)`;
  return `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7)} ${iso.slice(0, 4)}`;
}

export class MeetingsTree extends IndexTree {
  private grouping: MeetingsGrouping = readGrouping();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(index: WorkspaceIndex, private readonly corpus?: CorpusService) {
    super(index);
    this.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('diplomatic.meetings.groupBy')) this.setGrouping(readGrouping());
    }));
    // Identity decisions change who is who (person groups, duplicates) without the index changing.
    if (corpus) this.subscriptions.push(corpus.onDidChange(() => this.refresh()));
  }

  get groupBy(): MeetingsGrouping {
    return this.grouping;
  }

  setGrouping(grouping: MeetingsGrouping): void {
    if (grouping === this.grouping) return;
    this.grouping = grouping;
    this.refresh();
  }

  override dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    super.dispose();
  }

  protected build(): TreeNode[] {
    if (this.grouping === 'document' || !this.corpus) return this.byDocument();
    const events = this.corpus.corpus().events();
    if (this.grouping === 'month') return this.groups(events, (e) => [e.isoDate ? e.isoDate.slice(0, 7) : ''], (k) => monthLabel(k || null), 'calendar', (a, b) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)));
    if (this.grouping === 'countries') {
      return this.groups(events, (e) => [e.countries.length > 1 ? e.countries.join(' – ') : e.countries.length === 1 ? `${e.countries[0]} (one side)` : 'Countries not stated'], (k) => k, 'globe');
    }
    return this.groups(events, (e) => [...new Set(e.participants.filter((p) => p.role !== 'mentioned').map((p) => p.identity))], (k) => this.corpus!.corpus().identity(k)?.name ?? k, 'person');
  }

  private byDocument(): TreeNode[] {
    const byDoc = new Map<string, Meeting[]>();
    for (const { path: p, meeting } of this.index.core.meetings()) {
      const list = byDoc.get(p) ?? [];
      list.push(meeting);
      byDoc.set(p, list);
    }
    // Which events other texts report too: each document's node says so and lists every source.
    const corpus = this.corpus && this.index.isReady ? this.corpus.corpus() : undefined;
    const eventOf = new Map<string, MeetingEvent>();
    if (corpus) for (const e of corpus.events()) if (e.reports.length > 1) for (const r of e.reports) eventOf.set(`${r.path}#${r.start}`, e);
    const docs: TreeNode[] = [];
    for (const [key, meetings] of byDoc) {
      const rel = this.index.relativePath(key);
      const doc: TreeNode = {
        id: `doc:${key}`, kind: 'meetingDocument', key, label: path.basename(rel),
        description: path.dirname(rel) === '.' ? undefined : path.dirname(rel), tooltip: rel, icon: 'file-text', expanded: true,
      };
      // (Separate meetings one sentence tells start where it does: the second and later of them are numbered, as
      // a tree's ids must differ.)
      const sorted = meetings.sort((a, b) => a.start - b.start);
      let nth = 0;
      doc.children = adopt(doc, sorted.map((m, k) => {
        nth = k > 0 && sorted[k - 1].start === m.start ? nth + 1 : 0;
        return this.meetingNode(key, m, eventOf.get(`${key}#${m.start}`), nth);
      }));
      docs.push(doc);
    }
    return docs.sort((a, b) => (a.tooltip ?? '').localeCompare(b.tooltip ?? ''));
  }

  private meetingNode(key: string, m: Meeting, event: MeetingEvent | undefined, nth = 0): TreeNode {
    const others = event ? event.reports.length - 1 : 0;
    const node: TreeNode = {
      id: `meeting:${key}#${m.start}${nth > 0 ? `~${nth}` : ''}`, kind: 'meeting', key: `${key}#${m.start}`, label: meetingLabel(m),
      description: [m.referenced ? 'referenced' : '', m.announced ? 'announced' : '', others ? `also in ${others} other text${others === 1 ? '' : 's'}` : ''].filter(Boolean).join(' · ') || undefined,
      // The words of the text: how it told the meeting and its date.
      tooltip: [`“${m.wording}”${m.date ? `, ${m.date}` : ''}`, m.participants.map((p) => p.name).join(', ')].join('\n'), icon: 'comment-discussion',
      reveal: { uri: key, start: m.start, end: m.end },
    };
    const participants = m.participants.map((p) => this.participantNode(node, key, p));
    node.children = adopt(node, event ? [...participants, this.sourcesNode(node, event)] : participants);
    return node;
  }

  private participantNode(parent: TreeNode, key: string, p: Participant | (Pick<Participant, 'name' | 'rank' | 'position' | 'country'> & { id: string; role: string; organization?: string | null })): TreeNode {
    const mentions = this.index.core.mentionsInFile(key, p.id);
    const first = mentions[0];
    const participant: TreeNode = {
      id: `${parent.id}/participant:${p.id}`, kind: 'participant', key: p.id, label: participantLabel(p),
      description: [p.position, p.country].filter(Boolean).join(' · ') || undefined,
      tooltip: [p.name, p.rank, p.position, p.organization, p.country].filter(Boolean).join('\n'), icon: 'person',
      reveal: first ? { uri: key, start: first.start, end: first.end } : undefined,
    };
    participant.load = () => mentionNodes(this.index, participant, mentions, false);
    return participant;
  }

  /** "Reported by 2 texts" → one leaf per report, revealing its sentence. */
  private sourcesNode(parent: TreeNode, e: MeetingEvent): TreeNode {
    const node: TreeNode = {
      id: `${parent.id}/sources`, kind: 'meetingSources', label: `Reported by ${e.reports.length} text${e.reports.length === 1 ? '' : 's'}`,
      icon: 'references', expanded: e.reports.length > 1 && this.grouping !== 'document',
    };
    node.children = adopt(node, e.reports.map((r) => {
      const line = this.index.lineOf(r.path, r.start) + 1;
      return {
        id: `${node.id}/${r.path}#${r.start}`, kind: 'meetingSource', key: `${r.path}#${r.start}`,
        label: `${path.basename(r.rel)}:${line}`, description: [r.kind, r.date, r.referenced ? 'referenced' : '', r.announced ? 'announced' : ''].filter(Boolean).join(' · '),
        tooltip: r.rel, icon: 'quote', reveal: { uri: r.path, start: r.start, end: r.end },
      };
    }));
    return node;
  }

  /** Groups of corpus-wide meetings (an event in several groups, e.g. each participant's, appears in each). */
  private groups(events: readonly MeetingEvent[], keysOf: (e: MeetingEvent) => string[], label: (k: string) => string, icon: string, order?: (a: string, b: string) => number): TreeNode[] {
    const groups = new Map<string, MeetingEvent[]>();
    for (const e of events) for (const k of keysOf(e)) {
      const list = groups.get(k) ?? [];
      list.push(e);
      groups.set(k, list);
    }
    const keys = [...groups.keys()].sort(order ?? ((a, b) => groups.get(b)!.length - groups.get(a)!.length || label(a).localeCompare(label(b))));
    return keys.map((k) => {
      const list = groups.get(k)!;
      const group: TreeNode = {
        id: `group:${this.grouping}:${k}`, kind: 'meetingGroup', key: k, label: label(k),
        description: `${list.length} meeting${list.length === 1 ? '' : 's'}`, icon,
      };
      // Big corpora: children are built when the group is opened.
      group.load = () => adopt(group, list.map((e) => this.eventNode(group, e)));
      return group;
    });
  }

  private eventNode(parent: TreeNode, e: MeetingEvent): TreeNode {
    const first = e.reports[0];
    const who = e.participants.filter((p) => p.role !== 'mentioned').map((p) => p.name).join(', ');
    const date = e.isoDate ?? e.date;
    const node: TreeNode = {
      id: `${parent.id}/event:${e.id}`, kind: 'meetingEvent', key: e.id,
      label: [e.kind, date, e.place].filter(Boolean).join(' · '),
      description: [who, e.reports.length > 1 ? `${e.reports.length} texts` : '', e.referenced ? 'referenced' : '', e.announced ? 'announced' : ''].filter(Boolean).join(' · ') || undefined,
      tooltip: `${who}\n${e.reports.map((r) => r.rel).join('\n')}`, icon: 'comment-discussion',
      reveal: { uri: first.path, start: first.start, end: first.end },
    };
    node.load = () => {
      const participants = e.participants.map((p) => this.participantNode(node, first.path, {
        id: this.localIdIn(first.path, p.identity) ?? p.identity, name: p.name, rank: p.rank, position: p.position, country: p.country, role: p.role,
      }));
      return adopt(node, [...participants, this.sourcesNode(node, e)]);
    };
    return node;
  }

  /** The id a text's own analysis gives the identity (for its mentions in that text). */
  private localIdIn(pathKey: string, identityId: string): string | undefined {
    return this.corpus?.corpus().identity(identityId)?.members.find((m) => m.path === pathKey)?.localId;
  }
}
