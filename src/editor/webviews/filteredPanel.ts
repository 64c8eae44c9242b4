// What the network and the timeline share: a query of filters the page may change, and the meetings a
// link or an item stands for, sent back with every report's sentence.
import type * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { CorpusPanel } from './panel';
import type { FromWebview, MeetingSummary } from './protocol';

export abstract class FilteredPanel<Q extends object> extends CorpusPanel {
  query: Q;

  constructor(
    extensionUri: vscode.Uri, protected readonly service: CorpusService, viewType: string, title: string, script: 'network' | 'timeline',
    defaults: Q, query?: Partial<Q>,
  ) {
    super(extensionUri, viewType, title, script);
    this.query = { ...defaults, ...query };
  }

  setQuery(query: Partial<Q>): void {
    this.query = { ...this.query, ...query };
    this.refresh();
  }

  protected async handle(m: FromWebview): Promise<void> {
    if (m.type === 'query') this.setQuery(m.query as Q);
    else if (m.type === 'meetings') this.post({ type: 'meetings', title: m.title, meetings: summaries(this.service, m.ids) });
    else await this.handleOther(m);
  }

  /** Messages only this view's page sends. */
  protected handleOther(_m: FromWebview): void | Promise<void> {}
}

/** The one panel of a kind: opening it again shows it (with the new filters, if any) rather than a second one. */
export class SinglePanel<Q extends object, P extends FilteredPanel<Q>> {
  current: P | undefined;

  constructor(private readonly create: (query?: Partial<Q>) => P) {}

  open(args?: Partial<Q>): P {
    const query = args && typeof args === 'object' ? args : undefined;
    const shown = this.current && !this.current.isDisposed ? this.current : undefined;
    if (shown) {
      shown.panel.reveal();
      if (query) shown.setQuery(query);
      return shown;
    }
    const panel = this.create(query);
    this.current = panel;
    panel.panel.onDidDispose(() => { if (this.current === panel) this.current = undefined; });
    return panel;
  }
}

/** The meetings a link or an item stands for, with every report's sentence. */
function summaries(service: CorpusService, ids: readonly string[]): MeetingSummary[] {
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
