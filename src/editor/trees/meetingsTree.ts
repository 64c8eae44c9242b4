// Meetings view: document → meeting "kind · date · place" → participant "Name — Rank, role" → mentions.
import * as path from 'path';
import type { Meeting, Participant } from '../../core';
import { adopt, IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { mentionNodes } from './mentionNodes';

export function meetingLabel(m: Meeting): string {
  return [m.kind, m.date, m.place].filter((x): x is string => !!x).join(' · ');
}

export function participantLabel(p: Participant): string {
  const rank = p.rank ? `${p.rank}, ` : '';
  return `${p.name} — ${rank}${p.role}`;
}

export class MeetingsTree extends IndexTree {
  protected build(): TreeNode[] {
    const byDoc = new Map<string, Meeting[]>();
    for (const { path: p, meeting } of this.index.core.meetings()) {
      const list = byDoc.get(p) ?? [];
      list.push(meeting);
      byDoc.set(p, list);
    }
    const docs: TreeNode[] = [];
    for (const [key, meetings] of byDoc) {
      const rel = this.index.relativePath(key);
      const doc: TreeNode = {
        id: `doc:${key}`, kind: 'meetingDocument', key, label: path.basename(rel),
        description: path.dirname(rel) === '.' ? undefined : path.dirname(rel), tooltip: rel, icon: 'file-text', expanded: true,
      };
      doc.children = adopt(doc, meetings.sort((a, b) => a.start - b.start).map((m) => this.meetingNode(key, m)));
      docs.push(doc);
    }
    return docs.sort((a, b) => (a.tooltip ?? '').localeCompare(b.tooltip ?? ''));
  }

  private meetingNode(key: string, m: Meeting): TreeNode {
    const node: TreeNode = {
      id: `meeting:${key}#${m.start}`, kind: 'meeting', key: `${key}#${m.start}`, label: meetingLabel(m),
      description: m.referenced ? 'referenced' : undefined,
      tooltip: m.participants.map((p) => p.name).join(', '), icon: 'comment-discussion',
      reveal: { uri: key, start: m.start, end: m.end },
    };
    node.children = adopt(node, m.participants.map((p) => {
      const mentions = this.index.core.mentionsInFile(key, p.id);
      const first = mentions[0];
      const participant: TreeNode = {
        id: `${node.id}/participant:${p.id}`, kind: 'participant', key: p.id, label: participantLabel(p),
        description: [p.position, p.country].filter(Boolean).join(' · ') || undefined,
        tooltip: [p.name, p.rank, p.position, p.organization, p.country].filter(Boolean).join('\n'), icon: 'person',
        reveal: first ? { uri: key, start: first.start, end: first.end } : undefined,
      };
      participant.load = () => mentionNodes(this.index, participant, mentions, false);
      return participant;
    }));
    return node;
  }
}
