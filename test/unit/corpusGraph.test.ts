// Meetings across texts (duplicates as one), the network and timeline built from them, and the
// exports, read back with a real XML parser as Gephi or yEd would read them.
import * as assert from 'assert';
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { buildNetwork, buildTimeline, Corpus, exportGraph, filterChoices, toGEXF, toGraphML, toEdgeCsv, toNodeCsv } from '../../src/core/corpus';
import { doc } from './corpusFixtures';
import { analyze } from '../../src/core/analyze';

const VN = { country: 'Vietnam' };
const CN = { country: 'China' };
const US = { country: 'United States' };

function corpus(): Corpus {
  return new Corpus([
    doc('vn/a.txt', [{ name: 'Luong Cuong', ...VN }, { name: 'Miao Hua', ...CN }], [
      { kind: 'phone call', isoDate: '2022-11-06', place: 'Hanoi', who: [['Luong Cuong', 'caller'], ['Miao Hua', 'callee']] },
    ]),
    // The same call, reported by the other side with a less precise date.
    doc('cn/b.txt', [{ name: 'Miao Hua', ...CN }, { name: 'Lương Cường', ...VN }], [
      { kind: 'phone call', isoDate: '2022-11', who: [['Miao Hua', 'caller'], ['Lương Cường', 'callee']] },
      // Same two people, in person, the same month: another meeting.
      { kind: 'talks', isoDate: '2022-11-20', who: [['Miao Hua', 'participant'], ['Lương Cường', 'participant']] },
    ]),
    doc('us/c.txt', [{ name: 'Lloyd Austin', ...US }, { name: 'Luong Cuong', ...VN }, { name: 'Dong Jun', ...CN }], [
      { kind: 'reception', isoDate: '2023-03-05', who: [['Luong Cuong', 'host'], ['Lloyd Austin', 'guest']] },
      { kind: 'talks', isoDate: '2024-05-31', place: 'Singapore', who: [['Lloyd Austin', 'participant'], ['Dong Jun', 'participant']] },
      { kind: 'visit', referenced: true, who: [['Lloyd Austin', 'guest']] },
    ]),
    // A different call between the same two a year later.
    doc('vn/d.txt', [{ name: 'Luong Cuong', ...VN }, { name: 'Miao Hua', ...CN }], [
      { kind: 'phone call', isoDate: '2023-11-06', who: [['Luong Cuong', 'caller'], ['Miao Hua', 'callee']] },
    ]),
  ]);
}

function xml(text: string): Document {
  const errors: string[] = [];
  const parsed = new DOMParser({ onError: (level: string, msg: string) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'text/xml');
  assert.deepStrictEqual(errors, [], 'not well-formed XML');
  return parsed;
}

const els = (d: Document | Element, tag: string): Element[] => Array.from(d.getElementsByTagName(tag) as ArrayLike<Element>);

describe('meetings across texts', () => {
  it('one meeting reported by two texts is one event with both sources; other meetings of the pair stay apart', () => {
    const c = corpus();
    const calls = c.eventsOf('luong-cuong').filter((e) => e.kind === 'phone call');
    assert.strictEqual(calls.length, 2);
    assert.deepStrictEqual(calls[0].reports.map((r) => r.rel), ['vn/a.txt', 'cn/b.txt']);
    assert.strictEqual(calls[0].isoDate, '2022-11-06', 'the most precise date');
    assert.strictEqual(calls[0].place, 'Hanoi');
    assert.deepStrictEqual(calls[1].reports.map((r) => r.rel), ['vn/d.txt']);
    assert.deepStrictEqual(c.eventsOf('luong-cuong').map((e) => `${e.isoDate} ${e.kind}`), [
      '2022-11-06 phone call', '2022-11-20 talks', '2023-03-05 reception', '2023-11-06 phone call',
    ]);
    assert.strictEqual(c.events().length, 6);
  });
});

describe('network', () => {
  it('links people by meetings, weighted by count (duplicate reports counted once)', () => {
    const net = buildNetwork(corpus());
    const edge = (a: string, b: string) => net.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
    assert.strictEqual(edge('luong-cuong', 'miao-hua')?.weight, 3);
    assert.deepStrictEqual(edge('luong-cuong', 'miao-hua')?.kinds.sort(), ['phone call', 'talks']);
    assert.strictEqual(edge('lloyd-austin', 'luong-cuong')?.weight, 1);
    assert.strictEqual(edge('dong-jun', 'lloyd-austin')?.weight, 1);
    assert.strictEqual(net.edges.length, 3);
    assert.strictEqual(net.nodes[0].id, 'luong-cuong', 'the strongest node first');
  });

  it('filters by country, kind and date range; countries mode links countries', () => {
    const c = corpus();
    assert.deepStrictEqual(buildNetwork(c, { countries: ['United States'] }).edges.map((e) => e.id).sort(), ['dong-jun--lloyd-austin', 'lloyd-austin--luong-cuong']);
    assert.deepStrictEqual(buildNetwork(c, { kinds: ['talks'] }).edges.map((e) => e.weight), [1, 1]);
    const y2023 = buildNetwork(c, { from: '2023', to: '2023' });
    assert.deepStrictEqual(y2023.edges.map((e) => `${e.id}:${e.weight}`).sort(), ['lloyd-austin--luong-cuong:1', 'luong-cuong--miao-hua:1']);
    const countries = buildNetwork(c, { mode: 'countries' });
    assert.deepStrictEqual(countries.edges.map((e) => `${e.source}|${e.target}|${e.weight}`).sort(), [
      'country:China|country:United States|1', 'country:China|country:Vietnam|3', 'country:United States|country:Vietnam|1',
    ]);
    const limited = buildNetwork(c, { limit: 2 });
    assert.strictEqual(limited.nodes.length, 2);
    assert.strictEqual(limited.totalNodes, 4);
    assert.deepStrictEqual(limited.edges.map((e) => e.id), ['luong-cuong--miao-hua']);
  });

  it('GraphML parses as XML with the nodes, edges and weights', () => {
    const net = buildNetwork(corpus());
    const d = xml(toGraphML(net));
    const graph = els(d, 'graph')[0];
    assert.strictEqual(graph.getAttribute('edgedefault'), 'undirected');
    assert.strictEqual(d.documentElement!.namespaceURI, 'http://graphml.graphdrawing.org/xmlns');
    const nodes = els(d, 'node').map((n) => n.getAttribute('id')).sort();
    assert.deepStrictEqual(nodes, ['dong-jun', 'lloyd-austin', 'luong-cuong', 'miao-hua']);
    const weightKey = els(d, 'key').find((k) => k.getAttribute('attr.name') === 'weight')!;
    assert.strictEqual(weightKey.getAttribute('for'), 'edge');
    const edges = els(d, 'edge').map((e) => {
      const w = els(e, 'data').find((x) => x.getAttribute('key') === weightKey.getAttribute('id'))!;
      return `${e.getAttribute('source')}|${e.getAttribute('target')}|${w.textContent}`;
    }).sort();
    assert.deepStrictEqual(edges, ['dong-jun|lloyd-austin|1', 'lloyd-austin|luong-cuong|1', 'luong-cuong|miao-hua|3']);
    const label = els(d, 'node').find((n) => n.getAttribute('id') === 'luong-cuong')!;
    assert.ok(els(label, 'data').some((x) => x.textContent === 'Lương Cường'), 'the label keeps its diacritics');
  });

  it('GEXF parses as XML with the nodes, edges and weights', () => {
    const d = xml(toGEXF(buildNetwork(corpus())));
    assert.strictEqual(d.documentElement!.getAttribute('version'), '1.3');
    assert.strictEqual(d.documentElement!.namespaceURI, 'http://gexf.net/1.3');
    assert.deepStrictEqual(els(d, 'node').map((n) => `${n.getAttribute('id')}=${n.getAttribute('label')}`).sort(), [
      'dong-jun=Dong Jun', 'lloyd-austin=Lloyd Austin', 'luong-cuong=Lương Cường', 'miao-hua=Miao Hua',
    ]);
    assert.deepStrictEqual(els(d, 'edge').map((e) => `${e.getAttribute('source')}|${e.getAttribute('target')}|${e.getAttribute('weight')}`).sort(), [
      'dong-jun|lloyd-austin|1', 'lloyd-austin|luong-cuong|1', 'luong-cuong|miao-hua|3',
    ]);
  });

  it('names with markup, quotes and control characters stay text in every format', () => {
    const hostile = new Corpus([doc('x.txt', [{ name: 'Evil <b>"Bob" & Co\u0001', country: '=cmd|x' }, { name: 'Ann Lee', country: 'A' }], [
      { kind: 'talks', isoDate: '2020-01-01', who: [['Evil <b>"Bob" & Co\u0001', 'participant'], ['Ann Lee', 'participant']] },
    ])]);
    const net = buildNetwork(hostile);
    const g = xml(toGraphML(net));
    assert.ok(els(g, 'data').some((x) => x.textContent === 'Evil <b>"Bob" & Co'));
    const x = xml(toGEXF(net));
    assert.ok(els(x, 'node').some((n) => n.getAttribute('label') === 'Evil <b>"Bob" & Co'));
    // eslint-disable-next-line no-control-regex
    assert.match(toNodeCsv(net), /"Evil <b>""Bob"" & Co\u0001",'=cmd\|x/);
    assert.match(toEdgeCsv(net), /^Source,Target,Type,Weight/);
    assert.deepStrictEqual(exportGraph(net, 'csv').map((f) => f.suffix), ['.nodes.csv', '.edges.csv']);
  });
});

describe('timeline', () => {
  it('places dated meetings on rows by pair of countries, and counts the undated', () => {
    const t = buildTimeline(corpus());
    assert.strictEqual(t.items.length, 5);
    assert.strictEqual(t.undated, 1);
    assert.deepStrictEqual(t.groups.map((g) => `${g.label}:${g.count}`), ['China – Vietnam:3', 'China – United States:1', 'United States – Vietnam:1']);
    const call = t.items.find((i) => i.isoDate === '2022-11-06')!;
    assert.strictEqual(call.sources, 2);
    assert.strictEqual(call.label, 'phone call: Luong Cuong – Miao Hua'.replace('Luong Cuong', 'Lương Cường'));
  });

  it('past the limit shows months, one item per row and month; years when months are still too many', () => {
    const years = buildTimeline(corpus(), { limit: 2 });
    assert.strictEqual(years.unit, 'year');
    assert.deepStrictEqual(years.items.map((i) => `${i.group}|${i.id.split(':').pop()}|${i.count}|${i.isoDate}..${i.to}`).sort(), [
      'China – United States|2024|1|2024..2024', 'China – Vietnam|2022|2|2022..2022', 'China – Vietnam|2023|1|2023..2023', 'United States – Vietnam|2023|1|2023..2023',
    ]);
    const t = buildTimeline(corpus(), { limit: 4 });
    assert.ok(t.aggregated);
    assert.strictEqual(t.unit, 'month');
    assert.deepStrictEqual(t.items.map((i) => `${i.group}|${i.isoDate}|${i.count}`).sort(), [
      'China – United States|2024-05|1', 'China – Vietnam|2022-11|2', 'China – Vietnam|2023-11|1', 'United States – Vietnam|2023-03|1',
    ]);
  });

  it('keeps the busiest rows and puts the rest in one "Other" row', () => {
    const t = buildTimeline(corpus(), { maxGroups: 2 });
    assert.deepStrictEqual(t.groups.map((g) => `${g.label}:${g.count}`), ['China – Vietnam:3', 'Other pairs of countries:2']);
    assert.strictEqual(t.items.filter((i) => i.group === 'Other pairs of countries').length, 2);
  });

  it('offers the countries, kinds and dates to filter by', () => {
    const f = filterChoices(corpus().events());
    // China and Vietnam each take part in four meetings: ties by name.
    assert.deepStrictEqual(f.countries.map((c) => `${c.name}:${c.count}`), ['China:4', 'Vietnam:4', 'United States:3']);
    assert.strictEqual(f.firstDate, '2022-11-06');
    assert.strictEqual(f.lastDate, '2024-05-31');
    assert.strictEqual(f.undated, 1);
  });
});

describe('meetings announced ahead, across texts', () => {
  const text = (rel: string, body: string) => ({ path: `/ws/${rel}`, rel, analysis: analyze(body) });
  const announcing = 'Foreign ministers to meet\n\n2018-02-06\n\nThe foreign minister, Anders Samuelsenn, will be in Moscow over the next two days to meet with his Russian counterpart, Sergey Lavrovv.\n';
  const held = 'Ministers meet in Moscow\n\n2018-02-07\n\nDanish Foreign Minister Anders Samuelsenn met with his Russian counterpart Sergey Lavrovv in Moscow on Wednesday.\n';
  it('a meeting only announced is an announced event, and says so on the timeline', () => {
    const corpus = new Corpus([text('a.txt', announcing)]);
    const events = corpus.events().filter((e) => e.participants.some((p) => p.name === 'Sergey Lavrovv'));
    assert.deepStrictEqual(events.map((e) => [e.kind, e.announced]), [['talks', true]]);
    const t = buildTimeline(corpus, {});
    assert.ok([...t.items, ...t.undatedItems].some((i) => i.label.startsWith('announced talks: ')), JSON.stringify(t.items.map((i) => i.label)));
  });
  it('one text telling it held makes the event held, whatever releases announced it', () => {
    const corpus = new Corpus([text('a.txt', announcing), text('b.txt', held)]);
    const events = corpus.events().filter((e) => e.participants.some((p) => p.name === 'Sergey Lavrovv'));
    assert.ok(events.some((e) => !e.announced && e.reports.some((r) => r.rel === 'b.txt')), JSON.stringify(events.map((e) => [e.kind, e.announced, e.reports.map((r) => r.rel)])));
    assert.ok(events.every((e) => e.reports.every((r) => r.announced === (r.rel === 'a.txt'))));
  });
});
