// Organizations view: country → organization → mentions across the workspace.
import { IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { groupByCountry, withMentions } from './countryGroups';

export class OrganizationsTree extends IndexTree {
  protected build(): TreeNode[] {
    return groupByCountry(this.index.core.organizations().map((o) => ({
      country: o.country,
      node: withMentions(this.index, {
        id: `organization:${o.id}`, kind: 'organization', key: o.id, label: o.name,
        description: o.parent ? `part of ${o.parent}` : undefined,
        tooltip: [o.name, o.parent && `Part of ${o.parent}`, o.country, `${o.mentionCount} mentions in ${o.files.length} texts`].filter(Boolean).join('\n'),
        icon: 'organization',
      }, o.id),
    })), 'orgCountry');
  }
}
