// Shared by the officials and organizations trees: entity nodes that reveal their first mention and list
// every mention when expanded, grouped under their country.
import type { WorkspaceIndex } from '../workspaceIndex';
import { mentionNodes } from './mentionNodes';
import { adopt, byLabel, type TreeNode } from './treeBase';

export const UNKNOWN_COUNTRY = 'Country not stated';
/** Reporters, translators, photographers and editors of bylines and credits: people, but no country's officials. */
export const CREDITS_GROUP = 'Bylines and credits';

/** Clicking reveals where the entity is introduced; expanding lists its mentions across the workspace. */
export function withMentions(index: WorkspaceIndex, node: TreeNode, id: string): TreeNode {
  const first = index.core.firstMention(id);
  if (first) node.reveal = { uri: first.path, start: first.start, end: first.end };
  node.load = () => mentionNodes(index, node, index.core.mentionsOf(id), true);
  return node;
}

/** Expanded country groups, sorted by name, each holding its nodes sorted by label. */
export function groupByCountry(entries: Iterable<{ country: string | null; node: TreeNode }>, idPrefix: string): TreeNode[] {
  const byCountry = new Map<string, TreeNode[]>();
  for (const { country, node } of entries) {
    const key = country ?? UNKNOWN_COUNTRY;
    const list = byCountry.get(key) ?? [];
    list.push(node);
    byCountry.set(key, list);
  }
  const groups = [...byCountry].map(([country, members]) => {
    const credits = country === CREDITS_GROUP;
    const group: TreeNode = { id: `${idPrefix}:${country}`, kind: 'country', key: country, label: country, description: `${members.length}`, icon: credits ? 'edit' : 'globe', expanded: !credits };
    group.children = adopt(group, members.sort(byLabel));
    return group;
  }).sort(byLabel);
  // Bylines and credits come after the countries.
  return groups.filter((g) => g.key !== CREDITS_GROUP).concat(groups.filter((g) => g.key === CREDITS_GROUP));
}
