// The network of people (or countries) linked by their meetings, filtered by country, kind and date
// range. The page draws what it is sent (at most `limit` nodes, the most connected); the full,
// filtered network goes to the exports.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { engine } from '../lazyEngine';
import { FilteredPanel } from './filteredPanel';
import type { FromWebview, NetworkQuery } from './protocol';

export const DEFAULT_NETWORK_QUERY: NetworkQuery = { mode: 'people', limit: 100, countries: [], kinds: [], from: '', to: '', referenced: true };

export class NetworkPanel extends FilteredPanel<NetworkQuery> {
  constructor(extensionUri: vscode.Uri, service: CorpusService, query?: Partial<NetworkQuery>) {
    super(extensionUri, service, 'diplomatic.network', 'Meeting Network', 'network', DEFAULT_NETWORK_QUERY, query);
  }

  refresh(): void {
    const corpus = this.service.corpus();
    const e = engine();
    const q = this.query;
    const network = e.buildNetwork(corpus, {
      mode: q.mode, limit: Math.max(1, Math.min(2000, q.limit)), countries: q.countries, kinds: q.kinds, from: q.from || null, to: q.to || null,
      referenced: q.referenced, linkedOnly: true,
    });
    this.post({ type: 'network', network, query: q, choices: e.filterChoices(corpus.events()) });
  }

  protected override async handleOther(m: FromWebview): Promise<void> {
    // The page's button: the analyst picks the format and the file.
    if (m.type === 'export') await vscode.commands.executeCommand('diplomatic.exportNetwork', { query: this.query, interactive: true });
  }
}
