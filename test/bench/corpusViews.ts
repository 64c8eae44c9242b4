// Bench phase `corpus`: the dossier, the timeline and the network opened on the 10,000-document
// corpus after the index is built, as the editor opens them: the corpus (identities, meetings taken
// across texts) is built on first use, then each view's data is computed and serialized for its
// webview. The payloads are written for test/bench/webviewRender.mjs, which times the drawing.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { CorpusIndex, contentHash } from '../../src/core/corpusIndex';
import { buildNetwork, buildTimeline, Corpus, dossierOf, filterChoices } from '../../src/core/corpus';
import { documents } from './generator';

export const VIEWS_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'bench', 'corpus', 'views');

const now = () => performance.now();
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function phaseCorpus(): Record<string, number | string | object> {
  const count = Number(process.env.BENCH_INDEX_DOCS ?? 10000);
  const index = new CorpusIndex();
  documents(3, count, 3000).forEach((text, i) => {
    const key = `file:///bench/${String(Math.floor(i / 1000)).padStart(2, '0')}/article-${String(i).padStart(5, '0')}.txt`;
    index.set(key, contentHash(text), analyze(text));
  });
  const docs = () => index.paths().map((p) => ({ path: p, rel: p.slice('file:///bench/'.length), analysis: index.analysis(p)! }));
  // The editor builds the corpus when the first view opens (and again after the index or the identities change).
  const builds: number[] = [];
  let corpus: Corpus | undefined;
  for (let k = 0; k < 3; k++) {
    const t = now();
    corpus = new Corpus(docs());
    corpus.events();
    builds.push(now() - t);
  }
  const c = corpus!;
  const busiest = [...c.people()].sort((a, b) => c.eventsOf(b.id).length - c.eventsOf(a.id).length)[0];
  const timed = (make: () => unknown): { ms: number; json: string } => {
    const times: number[] = [];
    let json = '';
    for (let k = 0; k < 5; k++) {
      const t = now();
      json = JSON.stringify(make());
      times.push(now() - t);
    }
    return { ms: median(times), json };
  };
  const dossier = timed(() => ({ type: 'dossier', dossier: dossierOf(c, busiest.id) }));
  const timeline = timed(() => ({ type: 'timeline', timeline: buildTimeline(c, { grouping: 'countries' }), query: { grouping: 'countries', countries: [], kinds: [], from: '', to: '', referenced: true }, choices: filterChoices(c.events()) }));
  const network = timed(() => ({ type: 'network', network: buildNetwork(c, { mode: 'people', limit: 100, linkedOnly: true }), query: { mode: 'people', limit: 100, countries: [], kinds: [], from: '', to: '', referenced: true }, choices: filterChoices(c.events()) }));
  fs.mkdirSync(VIEWS_DIR, { recursive: true });
  fs.writeFileSync(path.join(VIEWS_DIR, 'dossier.json'), dossier.json);
  fs.writeFileSync(path.join(VIEWS_DIR, 'timeline.json'), timeline.json);
  fs.writeFileSync(path.join(VIEWS_DIR, 'network.json'), network.json);
  const t = JSON.parse(timeline.json).timeline;
  const n = JSON.parse(network.json).network;
  process.stderr.write(`[bench] corpus: ${count} docs, ${c.people().length} people, ${c.organizations().length} organizations, ${c.events().length} meetings (from ${c.documents.reduce((s, d) => s + d.analysis.meetings.length, 0)} reports); build ${round(median(builds))} ms; dossier ${round(dossier.ms, 2)} ms, timeline ${round(timeline.ms, 2)} ms (${t.items.length} items${t.aggregated ? ', by month' : ''}), network ${round(network.ms, 2)} ms (${n.nodes.length}/${n.totalNodes} nodes, ${n.edges.length} links)\n`);
  return {
    corpusBuildMs: round(median(builds)),
    dossierDataMs: round(dossier.ms, 2),
    timelineDataMs: round(timeline.ms, 2),
    networkDataMs: round(network.ms, 2),
    corpusSummary: {
      docs: count, people: c.people().length, organizations: c.organizations().length, meetings: c.events().length,
      dossierOf: busiest.name, dossierMeetings: c.eventsOf(busiest.id).length, timelineItems: t.items.length, timelineByMonth: t.aggregated,
      networkNodes: n.nodes.length, networkTotalNodes: n.totalNodes, networkLinks: n.edges.length,
    },
  };
}
