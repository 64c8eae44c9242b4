// Officials view: country → person → mentions across the workspace.
import { IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { groupByCountry, withMentions } from './countryGroups';

export class OfficialsTree extends IndexTree {
  protected build(): TreeNode[] {
    return groupByCountry(this.index.core.persons().map((p) => ({
      country: p.country,
      node: withMentions(this.index, {
        id: `official:${p.id}`, kind: 'official', key: p.id, label: p.name,
        description: [p.rank, p.position].filter(Boolean).join(', ') || undefined,
        tooltip: [p.name, p.rank, p.position, p.organization, p.country, `${p.mentionCount} mentions in ${p.files.length} texts`].filter(Boolean).join('\n'),
        icon: 'person',
      }, p.id),
    })), 'country');
  }
}
