// The meeting network: cytoscape draws it, the fCoSE layout places it (both bundled into this page's
// script). Node size follows the number of meetings, link width the number of meetings between two.
// Clicking a link lists its meetings and opens the sentence of the latest; clicking a person shows
// their links and a way to their dossier.
import './common.css';
import './network.css';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { FilterChoices, Network } from '../src/core/corpus';
import type { MeetingSummary, NetworkQuery, ToWebview } from '../src/editor/webviews/protocol';
import { closeButton, dossierLink, filterBar, h, onMessage, post, report, showMeetings, themeColor } from './common';

cytoscape.use(fcose);

const app = document.getElementById('app')!;
let cy: cytoscape.Core | undefined;
let query: NetworkQuery | undefined;
let net: Network | undefined;
const panel = h('aside', { id: 'panel', hidden: true, 'aria-label': 'Details' });
const graph = h('div', { id: 'graph', 'aria-label': 'Network of people linked by their meetings' });
const status = h('div', { class: 'status', role: 'status' });
let toolbar: HTMLElement | undefined;
/** Set while the meetings asked for by a link click are awaited: open the latest's sentence. */
let revealOnArrival = false;

function changed(q: Partial<NetworkQuery>): void {
  query = { ...query!, ...q };
  post({ type: 'query', query });
}

function modeAndLimit(q: NetworkQuery): HTMLElement[] {
  const mode = h('select', { 'aria-label': 'Nodes' }, h('option', { value: 'people', selected: q.mode === 'people' }, 'People'), h('option', { value: 'countries', selected: q.mode === 'countries' }, 'Countries'));
  mode.addEventListener('change', () => changed({ mode: mode.value as NetworkQuery['mode'] }));
  const limit = h('input', { type: 'number', min: '10', max: '2000', step: '10', value: String(q.limit), 'aria-label': 'Most connected nodes shown', title: 'How many of the most connected nodes to draw' });
  limit.addEventListener('change', () => {
    const n = Number(limit.value);
    if (Number.isFinite(n) && n >= 1) changed({ limit: Math.round(n) });
  });
  const exp = h('button', { type: 'button', title: 'Export the filtered network (all nodes) as GraphML, GEXF or CSV' }, 'Export…');
  exp.addEventListener('click', () => post({ type: 'export' }));
  return [h('label', {}, 'Show ', mode), h('label', {}, 'top ', limit), exp];
}

function style(): cytoscape.StylesheetJson {
  const fg = themeColor('editor-foreground', '#ccc');
  const bg = themeColor('editor-background', '#1e1e1e');
  const node = themeColor('descriptionForeground', '#888');
  const accent = themeColor('charts-orange', '#d18616');
  const edge = themeColor('charts-lines', themeColor('descriptionForeground', '#888'));
  const font = getComputedStyle(document.body).fontFamily;
  const maxW = Math.max(1, ...(net?.edges.map((e) => e.weight) ?? [1]));
  const maxM = Math.max(1, ...(net?.nodes.map((n) => n.meetings) ?? [1]));
  return [
    { selector: 'node', style: {
      'background-color': node, label: 'data(label)', color: fg, 'font-size': 11, 'font-family': font,
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': bg, 'text-outline-width': 2,
      width: `mapData(meetings, 1, ${maxM}, 12, 44)`, height: `mapData(meetings, 1, ${maxM}, 12, 44)`,
    } },
    { selector: 'edge', style: {
      'line-color': edge, opacity: 0.7, 'curve-style': 'haystack',
      width: maxW > 1 ? `mapData(weight, 1, ${maxW}, 1, 9)` : 1.5,
    } },
    { selector: 'edge[weight > 1]', style: { label: 'data(weight)', 'font-size': 9, color: fg, 'text-outline-color': bg, 'text-outline-width': 2, 'curve-style': 'straight' } },
    // One theme chart colour per country, the busiest first; the rest in the neutral colour.
    ...countryColors().map(([country, color]) => ({ selector: `node[country = ${JSON.stringify(country)}]`, style: { 'background-color': color } })),
    { selector: ':selected', style: { 'background-color': accent, 'line-color': accent, opacity: 1 } },
  ];
}

function countryColors(): [string, string][] {
  const palette = ['charts-blue', 'charts-red', 'charts-green', 'charts-yellow', 'charts-purple', 'charts-orange'].map((c, i) => themeColor(c, ['#3794ff', '#f14c4c', '#89d185', '#cca700', '#b180d7', '#d18616'][i]));
  const counts = new Map<string, number>();
  for (const x of net?.nodes ?? []) if (x.country) counts.set(x.country, (counts.get(x.country) ?? 0) + x.meetings);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, palette.length).map(([c], i) => [c, palette[i]]);
}

function render(n: Network, q: NetworkQuery, choices: FilterChoices): void {
  net = n;
  query = q;
  if (!toolbar || toolbar.dataset.key !== JSON.stringify(q)) {
    toolbar = filterBar(choices, q, (f) => changed(f), modeAndLimit(q));
    toolbar.dataset.key = JSON.stringify(q);
  }
  const what = n.mode === 'countries' ? 'countries' : 'people';
  status.textContent = n.nodes.length === 0
    ? `No linked ${what}: no meeting with two or more parties matches the filters.`
    : `${n.nodes.length} of ${n.totalNodes} ${what} (the most connected), ${n.edges.length} links, from ${n.meetingCount} meetings. Click a link for its meetings, a node for its links; scroll to zoom.`;
  app.replaceChildren(toolbar, status, h('div', { class: 'main' }, graph, panel));
  const elements: cytoscape.ElementDefinition[] = [
    ...n.nodes.map((x) => ({ data: { id: x.id, label: x.label, meetings: x.meetings, country: x.country ?? '' } })),
    ...n.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, weight: e.weight } })),
  ];
  cy?.destroy();
  cy = cytoscape({ container: graph, elements, style: style(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
  cy.on('tap', 'edge', (e) => edgeChosen(e.target.id()));
  cy.on('tap', 'node', (e) => nodeChosen(e.target.id()));
  cy.on('dbltap', 'node', (e) => {
    if (n.mode === 'people') post({ type: 'dossier', id: e.target.id() });
  });
  // fCoSE's spectral pass ('draft') places a hundred nodes in a fraction of a second; its force-directed
  // refinement costs several times that. Small networks (40 nodes) get both at once; larger ones are drawn from
  // the spectral pass and refined just after, so the view is usable at once.
  const small = n.nodes.length <= 40;
  const options = { name: 'fcose', animate: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90, nodeRepulsion: () => 6000, packComponents: true };
  const layout = cy.layout({ ...options, randomize: true, quality: small ? 'default' : 'draft' } as cytoscape.LayoutOptions);
  const drawnCy = cy;
  layout.one('layoutstop', () => {
    drawnCy.fit(undefined, 30);
    reportDrawn();
    if (!small) {
      setTimeout(() => {
        if (cy !== drawnCy) return;
        const refine = drawnCy.layout({ ...options, randomize: false, quality: 'default', numIter: 1000 } as cytoscape.LayoutOptions);
        refine.one('layoutstop', () => drawnCy.fit(undefined, 30));
        refine.run();
      }, 50);
    }
  });
  layout.run();
}

function reportDrawn(): void {
  if (!cy) return;
  report({
    view: 'network',
    text: status.textContent ?? '',
    items: cy.nodes().map((x) => x.data('label') as string),
    links: cy.edges().map((e) => `${e.source().data('label')} -- ${e.target().data('label')} (${e.data('weight')})`),
  });
}

function edgeChosen(id: string): void {
  const e = net?.edges.find((x) => x.id === id);
  if (!e || !cy) return;
  cy.elements().unselect();
  cy.$id(id).select();
  const a = cy.$id(e.source).data('label');
  const b = cy.$id(e.target).data('label');
  revealOnArrival = true;
  post({ type: 'meetings', ids: e.meetings, title: `${a} – ${b}: ${e.weight} meeting${e.weight === 1 ? '' : 's'}` });
}

function nodeChosen(id: string): void {
  const node = net?.nodes.find((x) => x.id === id);
  if (!node || !cy) return;
  const links = (net?.edges ?? []).filter((e) => e.source === id || e.target === id);
  panel.replaceChildren(
    h('div', { class: 'panel-head' }, h('h2', {}, node.label), closeButton(panel)),
    h('p', {}, [node.country, `${node.meetings} meeting${node.meetings === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
    net?.mode === 'people' ? h('p', {}, dossierLink('Open dossier', id)) : h('span'),
    h('ul', { class: 'links' }, ...links.map((e) => {
      const other = e.source === id ? e.target : e.source;
      const a = h('a', { href: '#' }, `${cy!.$id(other).data('label')} (${e.weight})`);
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        edgeChosen(e.id);
      });
      return h('li', {}, a);
    })),
  );
  panel.hidden = false;
  reportDrawn();
}

function meetingsArrived(title: string, meetings: MeetingSummary[]): void {
  showMeetings(panel, title, meetings);
  if (revealOnArrival && meetings.length) {
    // The latest meeting of the link: its first report's sentence.
    const latest = meetings[meetings.length - 1];
    post({ type: 'reveal', source: latest.sources[0] });
  }
  revealOnArrival = false;
  reportDrawn();
}

onMessage((m: ToWebview) => {
  if (m.type === 'network') render(m.network, m.query, m.choices);
  else if (m.type === 'meetings') meetingsArrived(m.title, m.meetings);
  else if (m.type === 'click' && cy) {
    // "edge:<id>" or "node:<id>": the same tap a user makes on it.
    const id = m.target.slice(m.target.indexOf(':') + 1);
    cy.$id(id).emit('tap');
  }
});
post({ type: 'ready' });
