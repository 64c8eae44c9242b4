// The meeting timeline: vis-timeline draws the items on rows (pairs of countries, or kinds), zooms
// and pans. Clicking a meeting opens its sentence and lists its sources; clicking a month's count
// narrows the dates to that month.
import './common.css';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import { DataSet } from 'vis-data/peer';
import { Timeline as VisTimeline } from 'vis-timeline/peer';
import type { DataItem, DataGroup, TimelineOptions } from 'vis-timeline/peer';
import type { FilterChoices, Timeline, TimelineItem } from '../src/core/corpus';
import type { MeetingSummary, TimelineQuery, ToWebview } from '../src/editor/webviews/protocol';
import { filterBar, h, onMessage, post, report, showMeetings } from './common';

const app = document.getElementById('app')!;
const panel = h('aside', { id: 'panel', hidden: true, 'aria-label': 'Meeting details' });
const holder = h('div', { id: 'timeline', 'aria-label': 'Timeline of meetings' });
const status = h('div', { class: 'status', role: 'status' });
const undated = h('details', { class: 'undated' });
let vis: VisTimeline | undefined;
let query: TimelineQuery | undefined;
let data: Timeline | undefined;
let toolbar: HTMLElement | undefined;
let revealOnArrival = false;

function changed(q: Partial<TimelineQuery>): void {
  query = { ...query!, ...q };
  post({ type: 'query', query });
}

function groupingSelect(q: TimelineQuery): HTMLElement {
  const s = h('select', { 'aria-label': 'Rows' },
    h('option', { value: 'countries', selected: q.grouping === 'countries' }, 'Pair of countries'),
    h('option', { value: 'kind', selected: q.grouping === 'kind' }, 'Kind of meeting'),
    h('option', { value: 'none', selected: q.grouping === 'none' }, 'One row'));
  s.addEventListener('change', () => changed({ grouping: s.value as TimelineQuery['grouping'] }));
  return h('label', {}, 'Rows ', s);
}

/** Item content as DOM text (names come from articles: never markup). */
function itemElement(item: TimelineItem): HTMLElement {
  return h('span', { class: item.type === 'month' ? 'month' : 'meeting-item', 'data-item': item.id }, item.label);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(t: Timeline, q: TimelineQuery, choices: FilterChoices): void {
  data = t;
  query = q;
  if (!toolbar || toolbar.dataset.key !== JSON.stringify(q)) {
    toolbar = filterBar(choices, q, (f) => changed(f), [groupingSelect(q)]);
    toolbar.dataset.key = JSON.stringify(q);
  }
  const dated = t.meetingCount - t.undated;
  status.textContent = `${dated} dated meeting${dated === 1 ? '' : 's'}${t.undated ? ` (${t.undated} undated, not on the timeline)` : ''}`
    + (t.aggregated ? `, shown by ${t.unit}: click a count to see its meetings.` : '. Click a meeting to open its sentence; drag to pan, Ctrl+scroll to zoom.');
  undated.replaceChildren(
    h('summary', {}, `Undated meetings (${t.undated})`),
    h('ul', {}, ...t.undatedItems.map((u) => {
      const a = h('a', { href: '#', class: 'undated-item', 'data-item': u.id, title: 'Open the sentence' }, u.label);
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        itemChosen(u.id);
      });
      return h('li', {}, a, h('span', { class: 'count' }, ` ${u.group}${u.sources > 1 ? ` · ${u.sources} texts` : ''}`));
    })),
    t.undated > t.undatedItems.length ? h('p', { class: 'count' }, `… and ${t.undated - t.undatedItems.length} more: narrow the filters.`) : '',
  );
  undated.hidden = t.undated === 0;
  app.replaceChildren(toolbar, status, h('div', { class: 'main' }, h('div', { class: 'column' }, holder, undated), panel));
  const byId = new Map(t.items.map((i) => [i.id, i]));
  const items = new DataSet<DataItem>(t.items.map((i) => ({
    id: i.id, start: i.start, group: i.group, content: '', title: escapeHtml(i.title),
    className: i.type === 'month' ? 'month' : `kind-${i.kind.replace(/[^a-z]+/gi, '-').toLowerCase()}`, type: 'box',
  })));
  const groups = new DataSet<DataGroup>(t.groups.map((g) => ({ id: g.id, content: `${g.label} (${g.count})` })));
  const options: TimelineOptions = {
    stack: true, zoomKey: 'ctrlKey', orientation: { axis: 'top' }, margin: { item: 6 }, selectable: true,
    verticalScroll: true, maxHeight: '100%', height: '100%', tooltip: { followMouse: true, overflowMethod: 'cap' },
    // Content is built here as text nodes, never parsed as HTML.
    template: (item?: DataItem) => (item ? itemElement(byId.get(String(item.id))!) : h('span')),
    groupTemplate: (group?: DataGroup) => h('span', {}, String(group?.content ?? '')),
    xss: { disabled: false },
  };
  vis?.destroy();
  vis = t.groups.length > 0 && t.items.length > 0 ? new VisTimeline(holder, items, groups, options) : undefined;
  if (!vis) {
    holder.replaceChildren(h('p', { class: 'empty' }, t.undated ? 'No dated meeting matches the filters; the undated ones are listed below.' : 'No meeting matches the filters.'));
    reportDrawn();
    return;
  }
  vis.on('select', (props: { items: (string | number)[] }) => {
    if (props.items.length) itemChosen(String(props.items[0]));
  });
  vis.on('changed', () => reportDrawn());
}

function reportDrawn(): void {
  report({
    view: 'timeline',
    text: status.textContent ?? '',
    // What is drawn: the items vis-timeline has put in the page.
    items: [
      ...Array.from(holder.querySelectorAll('.vis-item .vis-item-content')).map((x) => (x as HTMLElement).innerText.trim()).filter(Boolean),
      ...Array.from(undated.querySelectorAll('a.undated-item')).map((x) => `undated: ${(x as HTMLElement).textContent}`),
    ],
    links: Array.from(holder.querySelectorAll('.vis-label .vis-inner')).map((x) => (x as HTMLElement).innerText.trim()),
  });
}

function itemChosen(id: string): void {
  const item = data?.items.find((i) => i.id === id) ?? data?.undatedItems.filter((u) => u.id === id).map((u) => ({ ...u, type: 'meeting' as const, isoDate: '' }))[0];
  if (!item) return;
  if (item.type === 'month') {
    // A month's count: narrow the dates (and the rows' filter stays) so its meetings show one by one.
    changed({ from: item.isoDate, to: 'to' in item && item.to ? item.to : item.isoDate });
    return;
  }
  revealOnArrival = true;
  post({ type: 'meetings', ids: [id], title: item.label });
}

function meetingsArrived(title: string, meetings: MeetingSummary[]): void {
  showMeetings(panel, title, meetings);
  if (revealOnArrival && meetings[0]) post({ type: 'reveal', source: meetings[0].sources[0] });
  revealOnArrival = false;
  reportDrawn();
}

onMessage((m: ToWebview) => {
  if (m.type === 'timeline') render(m.timeline, m.query, m.choices);
  else if (m.type === 'meetings') meetingsArrived(m.title, m.meetings);
  else if (m.type === 'click') {
    // "item:<id>": selected as a click selects it, then handled as the click is.
    const id = m.target.slice(m.target.indexOf(':') + 1);
    vis?.setSelection([id]);
    itemChosen(id);
  }
});
post({ type: 'ready' });
