// "Where mentioned" leaves, shared by the three trees: one per mention, "file:line" and the quote.
import * as path from 'path';
import type { CorpusMention } from '../../core/corpusIndex';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { TreeNode } from './treeBase';

export function mentionNodes(index: WorkspaceIndex, parent: TreeNode, mentions: CorpusMention[], showFile: boolean): TreeNode[] {
  return mentions.map((m) => {
    const line = index.lineOf(m.path, m.start) + 1;
    const rel = index.relativePath(m.path);
    return {
      id: `${parent.id}/mention:${m.path}#${m.start}`,
      kind: 'mention',
      label: showFile ? `${path.basename(rel)}:${line}` : `line ${line}`,
      description: m.text,
      tooltip: `${rel}:${line}`,
      icon: 'quote',
      parent,
      reveal: { uri: m.path, start: m.start, end: m.end },
    };
  });
}
