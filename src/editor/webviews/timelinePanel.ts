// The timeline of meetings on rows by pair of countries (or kind), with the same filters as the
// network; past a few hundred meetings it shows months, which open on a click.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { engine } from '../lazyEngine';
import { summaries } from './networkPanel';
import { CorpusPanel } from './panel';
import type { FromWebview, TimelineQuery } from './protocol';

export const DEFAULT_TIMELINE_QUERY: TimelineQuery = { grouping: 'countries', countries: [], kinds: [], from: '', to: '', referenced: true };

export class TimelinePanel extends CorpusPanel {
  query: TimelineQuery;

  constructor(extensionUri: vscode.Uri, private readonly service: CorpusService, query?: Partial<TimelineQuery>) {
    super(extensionUri, 'diplomatic.timeline', 'Meeting Timeline', 'timeline');
    this.query = { ...DEFAULT_TIMELINE_QUERY, ...query };
  }

  setQuery(query: Partial<TimelineQuery>): void {
    this.query = { ...this.query, ...query };
    this.refresh();
  }

  refresh(): void {
    const corpus = this.service.corpus();
    const e = engine();
    const q = this.query;
    const timeline = e.buildTimeline(corpus, { grouping: q.grouping, countries: q.countries, kinds: q.kinds, from: q.from || null, to: q.to || null, referenced: q.referenced });
    this.post({ type: 'timeline', timeline, query: q, choices: e.filterChoices(corpus.events()) });
  }

  protected handle(m: FromWebview): void {
    if (m.type === 'query') this.setQuery(m.query as TimelineQuery);
    else if (m.type === 'meetings') this.post({ type: 'meetings', title: m.title, meetings: summaries(this.service, m.ids) });
  }
}
