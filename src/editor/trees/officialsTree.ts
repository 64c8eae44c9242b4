// Officials view: country → person → mentions across the workspace. Once the corpus is built, a
// person is an identity (spellings merged, the analyst's merges and splits applied); before, the
// index's persons (one per name slug) stand in.
import type { CorpusService } from '../corpus/corpusService';
import type { WorkspaceIndex } from '../workspaceIndex';
import { IndexTree } from './treeBase';
import type { TreeNode } from './treeBase';
import { CREDITS_GROUP, groupByCountry, withMentions } from './countryGroups';
import type { Capacity } from '../../core';
import { mentionNodes } from './mentionNodes';

export class OfficialsTree extends IndexTree {
  private readonly corpusListener: { dispose(): void } | undefined;

  constructor(index: WorkspaceIndex, private readonly corpus?: CorpusService) {
    super(index);
    // Identity decisions change who is who without the index changing.
    this.corpusListener = corpus?.onDidChange(() => this.refresh());
  }

  override dispose(): void {
    this.corpusListener?.dispose();
    super.dispose();
  }

  protected build(): TreeNode[] {
    if (this.corpus && this.index.isReady) return this.identities(this.corpus);
    return groupByCountry(this.index.core.persons().map((p) => ({
      country: groupOf(p.capacity, p.country),
      node: withMentions(this.index, {
        id: `official:${p.id}`, kind: 'official', key: p.id, label: p.name,
        description: [credit(p.capacity), p.rank, p.position].filter(Boolean).join(', ') || undefined,
        tooltip: [p.name, credit(p.capacity), p.rank, p.position, p.organization, p.country, `${p.mentionCount} mentions in ${p.files.length} texts`].filter(Boolean).join('\n'),
        icon: 'person',
      }, p.id),
    })), 'country');
  }

  private identities(service: CorpusService): TreeNode[] {
    return groupByCountry(service.corpus().people().map((p) => {
      const stated = p.members.find((m) => m.rank || m.position);
      // An official in any text is an official; a name only ever in bylines is a reporter, translator, ...
      const capacity = p.members.some((m) => m.capacity === 'official') ? 'official' : p.members[0]?.capacity ?? null;
      const node: TreeNode = {
        id: `official:${p.id}`, kind: 'official', key: p.id, label: p.name,
        description: [credit(capacity), stated?.rank, stated?.position].filter(Boolean).join(', ') || undefined,
        tooltip: [p.name, p.names.length > 1 ? `Also: ${p.names.filter((n) => n !== p.name).join('; ')}` : '', credit(capacity), stated?.rank, stated?.position, stated?.organization, p.country,
          `${p.mentionCount} mentions in ${p.documents.length} texts`].filter(Boolean).join('\n'),
        icon: 'person',
      };
      const first = p.members.find((m) => m.first);
      if (first?.first) node.reveal = { uri: first.path, start: first.first.start, end: first.first.end };
      node.load = () => mentionNodes(this.index, node, p.members.flatMap((m) => this.index.core.mentionsInFile(m.path, m.localId)), true);
      return { country: groupOf(capacity, p.country), node };
    }), 'country');
  }

  /** Also finds a person by the id a text's analysis gives them (Reveal Entity in Side Bar passes that). */
  override find(kind: string, key: string, maxDepth = 3): TreeNode | undefined {
    const found = super.find(kind, key, maxDepth);
    if (found || kind !== 'official' || !this.corpus || !this.index.isReady) return found;
    const identity = this.corpus.corpus().people().find((p) => p.members.some((m) => m.localId === key));
    return identity ? super.find(kind, identity.id, maxDepth) : undefined;
  }
}

/** People of bylines and credits stand apart from the countries' officials. */
function groupOf(capacity: Capacity | null | undefined, country: string | null): string | null {
  return capacity && capacity !== 'official' ? CREDITS_GROUP : country;
}

function credit(capacity: Capacity | null | undefined): string | undefined {
  return capacity && capacity !== 'official' ? capacity : undefined;
}
