// Officials view: country → person → mentions across the workspace.
import { adopt, byLabel, IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { mentionNodes } from './mentionNodes';

export const UNKNOWN_COUNTRY = 'Country not stated';

export class OfficialsTree extends IndexTree {
  protected build(): TreeNode[] {
    const byCountry = new Map<string, TreeNode[]>();
    for (const p of this.index.core.persons()) {
      const country = p.country ?? UNKNOWN_COUNTRY;
      const node: TreeNode = {
        id: `official:${p.id}`, kind: 'official', key: p.id, label: p.name,
        description: [p.rank, p.position].filter(Boolean).join(', ') || undefined,
        tooltip: [p.name, p.rank, p.position, p.organization, p.country, `${p.mentionCount} mentions in ${p.files.length} texts`].filter(Boolean).join('\n'),
        icon: 'person',
      };
      const first = this.index.core.firstMention(p.id);
      if (first) node.reveal = { uri: first.path, start: first.start, end: first.end };
      node.load = () => mentionNodes(this.index, node, this.index.core.mentionsOf(p.id), true);
      const list = byCountry.get(country) ?? [];
      list.push(node);
      byCountry.set(country, list);
    }
    return [...byCountry].map(([country, people]) => {
      const node: TreeNode = { id: `country:${country}`, kind: 'country', key: country, label: country, description: `${people.length}`, icon: 'globe', expanded: true };
      node.children = adopt(node, people.sort(byLabel));
      return node;
    }).sort(byLabel);
  }
}
