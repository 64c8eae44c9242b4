// Organizations view: country → organization → mentions across the workspace.
import { adopt, byLabel, IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { mentionNodes } from './mentionNodes';
import { UNKNOWN_COUNTRY } from './officialsTree';

export class OrganizationsTree extends IndexTree {
  protected build(): TreeNode[] {
    const byCountry = new Map<string, TreeNode[]>();
    for (const o of this.index.core.organizations()) {
      const country = o.country ?? UNKNOWN_COUNTRY;
      const node: TreeNode = {
        id: `organization:${o.id}`, kind: 'organization', key: o.id, label: o.name,
        description: o.parent ? `part of ${o.parent}` : undefined,
        tooltip: [o.name, o.parent && `Part of ${o.parent}`, o.country, `${o.mentionCount} mentions in ${o.files.length} texts`].filter(Boolean).join('\n'),
        icon: 'organization',
      };
      const first = this.index.core.firstMention(o.id);
      if (first) node.reveal = { uri: first.path, start: first.start, end: first.end };
      node.load = () => mentionNodes(this.index, node, this.index.core.mentionsOf(o.id), true);
      const list = byCountry.get(country) ?? [];
      list.push(node);
      byCountry.set(country, list);
    }
    return [...byCountry].map(([country, orgs]) => {
      const node: TreeNode = { id: `orgCountry:${country}`, kind: 'country', key: country, label: country, description: `${orgs.length}`, icon: 'globe', expanded: true };
      node.children = adopt(node, orgs.sort(byLabel));
      return node;
    }).sort(byLabel);
  }
}
