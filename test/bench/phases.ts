// Benchmark phases. Each runs in its own Node process (see run.ts) so that the memory and JIT
// state of one phase does not leak into another.
import * as fs from 'fs';
import * as path from 'path';
import { analyze, createAnalyzer } from '../../src/core';
import type { Analysis, Entity } from '../../src/core';
import { corpus, documents } from './generator';
import { PATHOLOGICAL } from './pathologicalInputs';
import { micro, type TypeScore } from '../unit/goldScorer';
import { loadSet, SCORED_TYPES, scoreSet, type ScoredType } from '../unit/goldSets';
import { openIndex } from './indexAdapter';
import { phaseCorpus } from './corpusViews';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'test', 'bench', 'corpus');
const MB = 1e6; // MB = 10^6 bytes of UTF-8 throughout

type Result = Record<string, number | string | boolean | null | object>;

const now = () => performance.now();
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const gc = () => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

function corpusMB(): number {
  return Number(process.env.BENCH_CORPUS_MB ?? 50);
}

// ---------------------------------------------------------------------------------------------
// Seeds F1

/**
 * Exact-boundary micro F1 on the seeds, with the unit tests' scorer (test/unit/goldSets.ts): over the four
 * scored types, and over officials and organizations only (what the reference library looks for).
 */
function seedF1(predict: (text: string) => Entity[]): Result {
  const docs = loadSet(path.join(ROOT, 'seeds'), path.join(ROOT, 'test', 'fixtures', 'gold'));
  const r = scoreSet(docs, (text) => ({ entities: predict(text), persons: [], organizations: [], meetings: [] }));
  const sum = (types: readonly ScoredType[]): TypeScore => micro(types.map((t) => r.exact[t]));
  const all = sum(SCORED_TYPES);
  const po = sum(['official', 'organization']);
  return {
    seeds: docs.length, f1: round(all.f1, 3), precision: round(all.precision, 3), recall: round(all.recall, 3),
    counts: { tp: all.tp, fp: all.fp, fn: all.fn }, personOrgF1: round(po.f1, 3),
  };
}

// ---------------------------------------------------------------------------------------------
// Engine throughput

function writeCorpus(docs: string[]): void {
  // For inspection only (git-ignored): ~1 MB files of articles separated by a form feed line.
  const dir = path.join(CORPUS_DIR, 'articles');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let chunk: string[] = [];
  let size = 0;
  let n = 0;
  const flush = () => {
    if (chunk.length) fs.writeFileSync(path.join(dir, `articles-${String(n++).padStart(3, '0')}.txt`), chunk.join('\f\n'));
    chunk = [];
    size = 0;
  };
  for (const d of docs) {
    chunk.push(d);
    size += d.length;
    if (size >= MB) flush();
  }
  flush();
}

export function phaseEngine(): Result {
  const t0 = now();
  const docs = corpus(1, corpusMB() * MB);
  const totalBytes = docs.reduce((n, d) => n + bytes(d), 0);
  log(`engine: generated ${docs.length} articles, ${round(totalBytes / MB)} MB in ${round((now() - t0) / 1000)} s`);
  // Warm-up on 5 MB of other articles (lexicons, and the JIT reaching its optimizing tier): steady-state throughput.
  for (const d of corpus(99, 5 * MB)) analyze(d);
  let entities = 0;
  let meetings = 0;
  const byType: Record<string, number> = {};
  const start = now();
  for (const d of docs) {
    const a = analyze(d);
    entities += a.entities.length;
    meetings += a.meetings.length;
    for (const e of a.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
  }
  const ms = now() - start;
  log(`engine: analyzed ${round(totalBytes / MB)} MB in ${round(ms / 1000)} s`);
  // Written after the measurement, so that flushing 50 MB to disk does not compete with it.
  writeCorpus(docs);
  const seeds = seedF1((text) => analyze(text).entities);
  return {
    engineMBps: round(totalBytes / MB / (ms / 1000)),
    engineCorpusMB: round(totalBytes / MB),
    engineArticles: docs.length,
    engineMs: round(ms),
    engineEntities: entities,
    engineEntitiesByType: byType,
    engineMeetings: meetings,
    engineSeedF1: seeds.f1 as number,
    engineSeedPrecision: seeds.precision as number,
    engineSeedRecall: seeds.recall as number,
    engineSeedPersonOrgF1: seeds.personOrgF1 as number,
    engineSeedCounts: seeds.counts as object,
  };
}

// ---------------------------------------------------------------------------------------------
// Reference: compromise, people + organizations

export function phaseReference(): Result {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the reference phase runs
  const mod = require('compromise');
  const nlp = (mod.default ?? mod) as (text: string) => {
    people(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
    organizations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  };
  const predict = (text: string): Entity[] => {
    const doc = nlp(text);
    const out: Entity[] = [];
    const add = (type: 'official' | 'organization', m: { offset: { start: number; length: number } }) =>
      out.push({ type, start: m.offset.start, end: m.offset.start + m.offset.length, text: text.slice(m.offset.start, m.offset.start + m.offset.length) });
    for (const p of doc.people().json({ offset: true, terms: false })) add('official', p);
    for (const o of doc.organizations().json({ offset: true, terms: false })) add('organization', o);
    return out;
  };
  const refMB = Number(process.env.BENCH_REFERENCE_MB ?? 2);
  // The same generator and seed as the engine phase: the reference runs on the corpus' first refMB.
  const docs = corpus(1, refMB * MB);
  const totalBytes = docs.reduce((n, d) => n + bytes(d), 0);
  for (const d of corpus(99, 0.2 * MB)) predict(d);
  let found = 0;
  const start = now();
  for (const d of docs) found += predict(d).length;
  const ms = now() - start;
  log(`reference: compromise on ${round(totalBytes / MB)} MB in ${round(ms / 1000)} s`);
  const seeds = seedF1(predict);
  return {
    referenceMBps: round(totalBytes / MB / (ms / 1000), 3),
    referenceCorpusMB: round(totalBytes / MB),
    referenceMs: round(ms),
    referenceEntities: found,
    referenceSeedF1: seeds.f1 as number,
    referenceSeedPrecision: seeds.precision as number,
    referenceSeedRecall: seeds.recall as number,
    referenceSeedPersonOrgF1: seeds.personOrgF1 as number,
    referenceSeedCounts: seeds.counts as object,
  };
}

// ---------------------------------------------------------------------------------------------
// Re-highlight of a 1 MB document after a one-character edit

function checkOffsets(text: string, a: Analysis): string | null {
  for (const e of a.entities as Entity[]) {
    if (!(e.start >= 0 && e.start < e.end && e.end <= text.length)) return `entity out of range ${e.start}-${e.end}`;
    if (text.slice(e.start, e.end) !== e.text) return `entity text mismatch at ${e.start}: ${JSON.stringify(e.text)}`;
  }
  for (const m of a.meetings) if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) return `meeting out of range ${m.start}-${m.end}`;
  return null;
}

export function phaseRehighlight(): Result {
  const parts: string[] = [];
  let size = 0;
  for (const d of corpus(2, 1.2 * MB)) {
    if (size >= MB) break;
    parts.push(d);
    size += d.length + 2;
  }
  let text = parts.join('\n\n');
  const analyzer = createAnalyzer();
  for (const d of corpus(98, 0.5 * MB)) analyze(d); // warm-up
  let t = now();
  let a = analyzer.analyze(text);
  void a.meetings;
  const firstMs = now() - t;
  const bad = checkOffsets(text, a);
  const times: number[] = [];
  // The facts (countries, meetings) are worked out when first read, after the highlights: timed on their own.
  const factTimes: number[] = [];
  const edits = Number(process.env.BENCH_EDITS ?? 21);
  let drift = 0;
  for (let i = 0; i < edits; i++) {
    // A one-character edit near the middle: alternately type a letter and delete one.
    let pos = (text.length >> 1) + (i - (edits >> 1)) * 997;
    while (pos < text.length && !/[a-z]/.test(text[pos])) pos++;
    text = i % 2 === 0 ? text.slice(0, pos) + 'x' + text.slice(pos) : text.slice(0, pos) + text.slice(pos + 1);
    t = now();
    a = analyzer.analyze(text);
    times.push(now() - t);
    t = now();
    void a.meetings;
    factTimes.push(now() - t);
    const b = checkOffsets(text, a);
    if (b) drift++;
  }
  // Control: the same edit analysed from scratch.
  t = now();
  void analyze(text).meetings;
  const fullMs = now() - t;
  log(`rehighlight: first ${round(firstMs)} ms, edits median ${round(median(times))} ms, then facts median ${round(median(factTimes))} ms, full re-analysis with facts ${round(fullMs)} ms`);
  return {
    rehighlight1MBms: round(median(times)),
    rehighlightFactsMs: round(median(factTimes)),
    rehighlightMaxMs: round(Math.max(...times)),
    rehighlightEdits: edits,
    rehighlightFirstMs: round(firstMs),
    rehighlightFullMs: round(fullMs),
    rehighlightDocChars: text.length,
    rehighlightOffsetErrors: (bad ? 1 : 0) + drift,
  };
}

// ---------------------------------------------------------------------------------------------
// Workspace index: 10,000 documents

export function phaseIndex(): Result {
  const count = Number(process.env.BENCH_INDEX_DOCS ?? 10000);
  const dir = path.join(CORPUS_DIR, 'workspace');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let totalBytes = 0;
  {
    const docs = documents(3, count, 3000);
    docs.forEach((d, i) => {
      const f = path.join(dir, `${String(Math.floor(i / 1000)).padStart(2, '0')}`, `article-${String(i).padStart(5, '0')}.txt`);
      if (i % 1000 === 0) fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, d);
      files.push(f);
      totalBytes += bytes(d);
    });
  }
  for (const d of corpus(97, 0.5 * MB)) analyze(d); // warm-up
  gc();
  const base = process.memoryUsage();
  const heap = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external + m.arrayBuffers;
  let peak = heap(base);
  let peakRss = base.rss;
  const index = openIndex();
  const t0 = now();
  files.forEach((f, i) => {
    index.set(f, fs.readFileSync(f, 'utf8'));
    if (i % 100 === 99) {
      const m = process.memoryUsage();
      peak = Math.max(peak, heap(m));
      peakRss = Math.max(peakRss, m.rss);
    }
  });
  index.settle();
  const coldMs = now() - t0;
  {
    const m = process.memoryUsage();
    peak = Math.max(peak, heap(m));
    peakRss = Math.max(peakRss, m.rss);
  }
  log(`index: ${count} files, ${round(totalBytes / MB)} MB cold in ${round(coldMs)} ms (${index.kind})`);
  // One file changes: a one-character edit in the middle, written to disk, then re-indexed.
  const times: number[] = [];
  for (let k = 0; k < 11; k++) {
    const f = files[(k * 937) % files.length];
    const old = fs.readFileSync(f, 'utf8');
    const mid = old.length >> 1;
    fs.writeFileSync(f, old.slice(0, mid) + 'x' + old.slice(mid));
    const t = now();
    index.set(f, fs.readFileSync(f, 'utf8'));
    index.settle();
    times.push(now() - t);
  }
  gc();
  const after = process.memoryUsage();
  const summary = index.summary();
  log(`index: one-file update median ${round(median(times), 3)} ms; peak +${round((peak - heap(base)) / 2 ** 20)} MB; ${JSON.stringify(summary)}`);
  const keep = index; // keep the index reachable until the measurement above
  void keep;
  return {
    index10kColdMs: round(coldMs),
    index10kOneFileMs: round(median(times), 3),
    indexPeakMB: round((peak - heap(base)) / 2 ** 20),
    indexRetainedMB: round((heap(after) - heap(base)) / 2 ** 20),
    indexRssDeltaMB: round((Math.max(peakRss, after.rss) - base.rss) / 2 ** 20),
    indexDocs: count,
    indexCorpusMB: round(totalBytes / MB),
    indexImplementation: index.kind,
    indexSummary: summary,
  };
}

// ---------------------------------------------------------------------------------------------
// Pathological inputs

export function phasePathological(): Result {
  const out: Record<string, object> = {};
  let worst = 0;
  const timeOf = (s: string, reps: number) => {
    const ts: number[] = [];
    for (let i = 0; i < reps; i++) {
      // From a collected heap each time: the garbage of the run before is not this run's cost.
      gc();
      const t = now();
      const a = analyze(s);
      ts.push(now() - t);
      const bad = checkOffsets(s, a);
      if (bad) throw new Error(bad);
    }
    return Math.min(...ts);
  };
  for (const d of corpus(96, 0.5 * MB)) analyze(d); // warm-up
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const small = make(MB);
    const large = make(4 * MB);
    const t1 = timeOf(small, 3);
    const t4 = timeOf(large, 3);
    // Ratios of tiny times are noise; floor the 1 MB time at 5 ms.
    const ratio = t4 / Math.max(t1, 5);
    worst = Math.max(worst, ratio);
    out[name] = { ms1MB: round(t1), ms4MB: round(t4), ratio4x: round(ratio), MBps4MB: round(bytes(large) / MB / (t4 / 1000)) };
    log(`pathological ${name}: 1 MB ${round(t1)} ms, 4 MB ${round(t4)} ms, ratio ${round(ratio)}`);
  }
  const ten = PATHOLOGICAL.oneLine(10 * MB);
  const t10 = timeOf(ten, 1);
  log(`pathological oneLine 10 MB: ${round(t10)} ms`);
  return {
    pathological: out,
    pathologicalWorstRatio: round(worst),
    pathological10MBOneLineMs: round(t10),
    pathological10MBOneLineMBps: round(bytes(ten) / MB / (t10 / 1000)),
  };
}

export const PHASES: Record<string, () => Result> = {
  engine: phaseEngine,
  reference: phaseReference,
  rehighlight: phaseRehighlight,
  index: phaseIndex,
  pathological: phasePathological,
  corpus: phaseCorpus,
};
