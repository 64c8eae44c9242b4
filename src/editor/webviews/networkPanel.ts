// The network of people (or countries) linked by their meetings, filtered by country, kind and date
// range. The page draws what it is sent (at most `limit` nodes, the most connected); the full,
// filtered network goes to the exports.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { engine } from '../lazyEngine';
import { CorpusPanel } from './panel';
import type { FromWebview, MeetingSummary, NetworkQuery } from './protocol';

export const DEFAULT_NETWORK_QUERY: NetworkQuery = { mode: 'people', limit: 100, countries: [], kinds: [], from: '', to: '', referenced: true };

export class NetworkPanel extends CorpusPanel {
  query: NetworkQuery;

  constructor(extensionUri: vscode.Uri, private readonly service: CorpusService, query?: Partial<NetworkQuery>) {
    super(extensionUri, 'diplomatic.network', 'Meeting Network', 'network');
    this.query = { ...DEFAULT_NETWORK_QUERY, ...query };
  }

  setQuery(query: Partial<NetworkQuery>): void {
    this.query = { ...this.query, ...query };
    this.refresh();
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

  protected async handle(m: FromWebview): Promise<void> {
    if (m.type === 'query') this.setQuery(m.query as NetworkQuery);
    else if (m.type === 'meetings') this.post({ type: 'meetings', title: m.title, meetings: summaries(this.service, m.ids) });
    // The page's button: the analyst picks the format and the file.
    else if (m.type === 'export') await vscode.commands.executeCommand('diplomatic.exportNetwork', { query: this.query, interactive: true });
  }
}

/** The meetings a link or an item stands for, with every report's sentence. */
export function summaries(service: CorpusService, ids: readonly string[]): MeetingSummary[] {
  const corpus = service.corpus();
  const out: MeetingSummary[] = [];
  for (const id of ids) {
    const e = corpus.event(id);
    if (!e) continue;
    out.push({
      id: e.id, kind: e.kind, date: e.date, isoDate: e.isoDate, place: e.place,
      participants: e.participants.map((p) => ({ id: p.identity, name: p.name, country: p.country, role: p.role })),
      sources: e.reports.map((r) => ({ path: r.path, start: r.start, end: r.end, rel: r.rel, referenced: r.referenced })),
    });
  }
  return out;
}
