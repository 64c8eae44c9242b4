// The timeline: dated meetings as items on rows (a pair of countries, or a kind). Past a few
// hundred items a timeline is a smear, so larger selections are shown as one item per row and month
// ("37 meetings"), which the view opens by narrowing the date range to that month.
import type { Corpus, MeetingEvent } from './corpus';
import { filterEvents, type EventFilter } from './filters';

export type TimelineGrouping = 'countries' | 'kind' | 'none';

export interface TimelineItem {
  id: string;
  /** ISO day the item starts (a month or year without day starts on its first day). */
  start: string;
  /** The date as precise as the texts give it (YYYY, YYYY-MM or YYYY-MM-DD). */
  isoDate: string;
  group: string;
  label: string;
  kind: string;
  /** Individual meeting, or a month's (quarter's, year's) meetings taken together. */
  type: 'meeting' | 'month';
  /** For a month, quarter or year: the last month it covers (`isoDate` is the first). */
  to?: string;
  count: number;
  /** For a meeting: its reports' texts, so the tooltip says who reported it. */
  sources: number;
  title: string;
}

export interface Timeline {
  grouping: TimelineGrouping;
  groups: { id: string; label: string; count: number }[];
  items: TimelineItem[];
  aggregated: boolean;
  /** What one aggregated item covers. */
  unit: 'meeting' | 'month' | 'quarter' | 'year';
  /** Meetings that passed the filter, dated or not. */
  meetingCount: number;
  undated: number;
  /** The undated meetings (they have no place on a time axis), listed under it; at most `limit`. */
  undatedItems: { id: string; label: string; group: string; sources: number }[];
}

export interface TimelineOptions extends EventFilter {
  grouping?: TimelineGrouping;
  /** Above this many dated meetings, show months (quarters, years) instead (default 600). */
  limit?: number;
  /** At most this many undated meetings are listed (default 100). */
  undatedLimit?: number;
  /** At most this many rows; the rest share an "Other" row (default 30). */
  maxGroups?: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupOf(e: MeetingEvent, grouping: TimelineGrouping): string {
  if (grouping === 'kind') return e.kind;
  if (grouping === 'none') return 'Meetings';
  return e.countries.length === 0 ? 'Countries not stated' : e.countries.join(' – ');
}

export function dayOf(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

export function eventLabel(e: MeetingEvent): string {
  const who = e.participants.filter((p) => p.role !== 'mentioned').map((p) => p.name);
  // (A meeting only announced, "will meet", says so: the analyst reads the axis as what happened.)
  return `${e.announced ? 'announced ' : ''}${e.kind}: ${who.join(' – ') || 'participants not named'}`;
}

export function buildTimeline(corpus: Corpus, options: TimelineOptions = {}): Timeline {
  const grouping = options.grouping ?? 'countries';
  const events = filterEvents(corpus.events(), options);
  const dated = events.filter((e) => e.isoDate);
  const limit = options.limit ?? 600;
  const counts = new Map<string, number>();
  for (const e of dated) counts.set(groupOf(e, grouping), (counts.get(groupOf(e, grouping)) ?? 0) + 1);
  // Rows past the busiest few share one "Other" row: a hundred thin rows say less than a filter would.
  const maxGroups = options.maxGroups ?? 30;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const kept = new Set(ranked.slice(0, ranked.length > maxGroups ? maxGroups - 1 : maxGroups).map(([g]) => g));
  const other = grouping === 'kind' ? 'Other kinds' : 'Other pairs of countries';
  const rowOf = (e: MeetingEvent) => {
    const g = groupOf(e, grouping);
    return kept.has(g) ? g : other;
  };
  const groups = new Map<string, number>();
  for (const e of dated) groups.set(rowOf(e), (groups.get(rowOf(e)) ?? 0) + 1);
  const items: TimelineItem[] = [];
  const aggregated = dated.length > limit;
  let aggregatedUnit: Timeline['unit'] = 'meeting';
  if (!aggregated) {
    for (const e of dated) {
      const place = e.place ? ` in ${e.place}` : '';
      items.push({
        id: e.id, start: dayOf(e.isoDate!), isoDate: e.isoDate!, group: rowOf(e), label: eventLabel(e), kind: e.kind,
        type: 'meeting', count: 1, sources: e.reports.length,
        title: `${e.isoDate}${place}: ${eventLabel(e)} (${e.reports.length} report${e.reports.length === 1 ? '' : 's'})`,
      });
    }
  } else {
    // Months, unless that is still too many items for the rows: then quarters, then years.
    const countBy = (cut: (iso: string) => string) => new Set(dated.map((e) => `${rowOf(e)}\u0000${cut(e.isoDate!)}`)).size;
    const quarter = (iso: string) => (iso.length >= 7 ? `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}` : iso.slice(0, 4));
    const unit = countBy((iso) => iso.slice(0, 7)) <= limit ? 'month' : countBy(quarter) <= limit ? 'quarter' : 'year';
    aggregatedUnit = unit;
    const cut = unit === 'month' ? (iso: string) => iso.slice(0, 7) : unit === 'quarter' ? quarter : (iso: string) => iso.slice(0, 4);
    const months = new Map<string, TimelineItem>();
    for (const e of dated) {
      const month = cut(e.isoDate!);
      const group = rowOf(e);
      const key = `${group}\u0000${month}`;
      let item = months.get(key);
      if (!item) {
        const q = /^(\d{4})-Q(\d)$/.exec(month);
        const start = q ? `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01` : dayOf(month);
        // The range a click narrows the view to.
        const to = q ? `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}` : month;
        const from = q ? start.slice(0, 7) : month;
        months.set(key, (item = { id: `${unit}:${group}:${month}`, start, isoDate: from, to, group, label: '', kind: '', type: 'month', count: 0, sources: 0, title: '' }));
      }
      item.count++;
      item.sources += e.reports.length;
    }
    for (const item of months.values()) {
      item.label = `${item.count} meeting${item.count === 1 ? '' : 's'}`;
      item.title = `${item.id.split(':').pop()}, ${item.group}: ${item.label}; click to show them`;
      items.push(item);
    }
  }
  return {
    grouping,
    groups: [...groups].map(([id, count]) => ({ id, label: id, count })).sort((a, b) => (a.id === other ? 1 : b.id === other ? -1 : b.count - a.count || cmp(a.label, b.label))),
    items,
    aggregated,
    unit: aggregatedUnit,
    meetingCount: events.length,
    undated: events.length - dated.length,
    undatedItems: events.filter((e) => !e.isoDate).slice(0, options.undatedLimit ?? 100).map((e) => ({
      id: e.id, label: `${eventLabel(e)}${e.date ? ` (${e.date})` : ''}`, group: groupOf(e, grouping), sources: e.reports.length,
    })),
  };
}
