// The timeline of meetings on rows by pair of countries (or kind), with the same filters as the
// network; past a few hundred meetings it shows months, which open on a click.
import type * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { engine } from '../lazyEngine';
import { FilteredPanel } from './filteredPanel';
import type { TimelineQuery } from './protocol';

export const DEFAULT_TIMELINE_QUERY: TimelineQuery = { grouping: 'countries', countries: [], kinds: [], from: '', to: '', referenced: true };

export class TimelinePanel extends FilteredPanel<TimelineQuery> {
  constructor(extensionUri: vscode.Uri, service: CorpusService, query?: Partial<TimelineQuery>) {
    super(extensionUri, service, 'diplomatic.timeline', 'Meeting Timeline', 'timeline', DEFAULT_TIMELINE_QUERY, query);
  }

  refresh(): void {
    const corpus = this.service.corpus();
    const e = engine();
    const q = this.query;
    const timeline = e.buildTimeline(corpus, { grouping: q.grouping, countries: q.countries, kinds: q.kinds, from: q.from || null, to: q.to || null, referenced: q.referenced });
    this.post({ type: 'timeline', timeline, query: q, choices: e.filterChoices(corpus.events()) });
  }
}
