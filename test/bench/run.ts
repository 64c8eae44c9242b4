// `npm run bench`: builds, then runs each phase in its own process and prints a table against the
// targets; writes test/bench/results.json. `node out/test/bench/run.js --phase <name>` runs one phase.
// Env: BENCH_CORPUS_MB (50), BENCH_REFERENCE_MB (2), BENCH_INDEX_DOCS (10000), BENCH_SKIP (comma list).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PHASES, ROOT } from './phases';

const MARK = 'BENCH_RESULT ';

function runPhase(name: string): Record<string, unknown> {
  const started = Date.now();
  process.stderr.write(`[bench] phase ${name}...\n`);
  const res = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', __filename, '--phase', name], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith(MARK));
  if (res.status !== 0 || !line) {
    process.stderr.write(`[bench] phase ${name} failed (exit ${res.status ?? res.signal})\n${res.stdout ?? ''}\n`);
    return { [`${name}Error`]: `exit ${res.status ?? res.signal}` };
  }
  process.stderr.write(`[bench] phase ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return JSON.parse(line.slice(MARK.length));
}

function runActivation(): Record<string, unknown> {
  const script = path.join(ROOT, 'test', 'bench', 'activation.mjs');
  if (!fs.existsSync(script)) return { activationMs: null, activationNote: 'test/bench/activation.mjs missing' };
  process.stderr.write('[bench] phase activation (code-server + headless Chromium)...\n');
  const res = spawnSync(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: 10 * 60_000 });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith(MARK));
  if (!line) return { activationMs: null, activationNote: `activation run failed (exit ${res.status ?? res.signal}); see its output above` };
  return JSON.parse(line.slice(MARK.length));
}

function runWebviewRender(): Record<string, unknown> {
  const script = path.join(ROOT, 'test', 'bench', 'webviewRender.mjs');
  process.stderr.write('[bench] phase webview render (headless Chromium)...\n');
  const res = spawnSync(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: 10 * 60_000 });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith(MARK));
  if (!line) return { webviewRenderNote: `webview render run failed (exit ${res.status ?? res.signal})` };
  return JSON.parse(line.slice(MARK.length));
}

type Row = [label: string, value: string, target: string, pass: boolean | null];

function fmt(x: unknown, unit = '', digits = 1): string {
  return typeof x === 'number' && Number.isFinite(x) ? `${x.toFixed(digits)}${unit}` : 'n/a';
}

function main(): void {
  const phaseArg = process.argv.indexOf('--phase');
  if (phaseArg >= 0) {
    const name = process.argv[phaseArg + 1];
    const fn = PHASES[name];
    if (!fn) throw new Error(`unknown phase ${name}`);
    process.stdout.write(`${MARK}${JSON.stringify(fn())}\n`);
    return;
  }
  const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
  const r: Record<string, unknown> = {};
  for (const name of Object.keys(PHASES)) if (!skip.has(name)) Object.assign(r, runPhase(name));

  const bundle = path.join(ROOT, 'dist', 'extension.js');
  r.bundleKB = fs.existsSync(bundle) ? Math.round((fs.statSync(bundle).size / 1024) * 10) / 10 : null;
  // The engine is a second bundle the editor loads on first use, after activation.
  const engineBundle = path.join(ROOT, 'dist', 'engine.js');
  r.engineBundleKB = fs.existsSync(engineBundle) ? Math.round((fs.statSync(engineBundle).size / 1024) * 10) / 10 : null;
  const bundleSrc = fs.existsSync(bundle) ? fs.readFileSync(bundle, 'utf8') : '';
  // Minified code averages hundreds of characters per line (template literals keep some newlines);
  // unminified esbuild output averages well under 100.
  const lines = bundleSrc.split('\n').length;
  r.bundleLines = lines;
  r.bundleMinified = bundleSrc.length > 0 && bundleSrc.length / lines > 300;
  if (skip.has('activation')) {
    r.activationMs = null;
    r.activationNote = 'skipped (BENCH_SKIP)';
  } else Object.assign(r, runActivation());

  if (!skip.has('corpus')) Object.assign(r, runWebviewRender());
  // Opening a view after the index is built: the editor builds the corpus in the background once the
  // index is ready, so opening costs the view's data and its drawing; opened at the very moment the
  // index finishes, the corpus build comes first (reported as "cold").
  for (const v of ['dossier', 'timeline', 'network']) {
    const parts = [r[`${v}DataMs`], r[`${v}RenderMs`]];
    const sum = parts.every((x) => typeof x === 'number') ? (parts as number[]).reduce((a, b) => a + b, 0) : NaN;
    r[`${v}OpenMs`] = Number.isFinite(sum) ? Math.round(sum * 10) / 10 : null;
    r[`${v}OpenColdMs`] = Number.isFinite(sum) && typeof r.corpusBuildMs === 'number' ? Math.round((sum + r.corpusBuildMs) * 10) / 10 : null;
  }

  const num = (k: string) => (typeof r[k] === 'number' ? (r[k] as number) : NaN);
  r.engineVsReference = Number.isFinite(num('engineMBps') / num('referenceMBps')) ? Math.round((num('engineMBps') / num('referenceMBps')) * 10) / 10 : null;
  r.machine = {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
  };
  r.date = new Date().toISOString();

  const pass = (ok: boolean, ...keys: string[]) => (keys.every((k) => Number.isFinite(num(k))) ? ok : null);
  const rows: Row[] = [
    ['engine throughput (analyze, 1 thread)', fmt(r.engineMBps, ' MB/s'), '>= 30 MB/s', pass(num('engineMBps') >= 30, 'engineMBps')],
    ['reference throughput (compromise)', fmt(r.referenceMBps, ' MB/s', 3), '-', null],
    ['engine vs reference', fmt(r.engineVsReference, 'x'), '>= 10x', pass(num('engineVsReference') >= 10, 'engineVsReference')],
    ['seed F1 engine / reference', `${fmt(r.engineSeedF1, '', 3)} / ${fmt(r.referenceSeedF1, '', 3)}`, 'engine > reference', pass(num('engineSeedF1') > num('referenceSeedF1'), 'engineSeedF1', 'referenceSeedF1')],
    ['re-highlight 1 MB after 1-char edit (median)', fmt(r.rehighlight1MBms, ' ms', 2), '< 30 ms', pass(num('rehighlight1MBms') < 30, 'rehighlight1MBms')],
    ['then its facts: countries, meetings (median)', fmt(r.rehighlightFactsMs, ' ms', 2), '-', null],
    [`index ${fmt(r.indexDocs, '', 0)} docs (${fmt(r.indexCorpusMB, ' MB')}) cold`, fmt(r.index10kColdMs, ' ms', 0), '< 5000 ms', pass(num('index10kColdMs') < 5000, 'index10kColdMs')],
    ['index: one file changed, re-queried (median)', fmt(r.index10kOneFileMs, ' ms', 2), '< 50 ms', pass(num('index10kOneFileMs') < 50, 'index10kOneFileMs')],
    ['index peak memory (heap delta)', fmt(r.indexPeakMB, ' MB'), '< 300 MB', pass(num('indexPeakMB') < 300, 'indexPeakMB')],
    ['activation in code-server', fmt(r.activationMs, ' ms', 1), '< 50 ms', pass(num('activationMs') < 50, 'activationMs')],
    ['bundle dist/extension.js', fmt(r.bundleKB, ' KB'), '< 500 KB, minified', pass(num('bundleKB') < 500 && r.bundleMinified === true, 'bundleKB')],
    ['bundle dist/engine.js (loaded after activation)', fmt(r.engineBundleKB, ' KB'), '< 500 KB with the above', pass(num('bundleKB') + num('engineBundleKB') < 500, 'bundleKB', 'engineBundleKB')],
    ['corpus build after the index (background: identities, meetings across texts)', fmt(r.corpusBuildMs, ' ms', 0), '-', null],
    ...(['dossier', 'timeline', 'network'] as const).map((v): Row => [
      `open the ${v}, 10k docs (data ${fmt(r[`${v}DataMs`], '', 1)} + drawing ${fmt(r[`${v}RenderMs`], '', 0)} ms; cold ${fmt(r[`${v}OpenColdMs`], ' ms', 0)})`,
      fmt(r[`${v}OpenMs`], ' ms', 0), '< 1000 ms', pass(num(`${v}OpenMs`) < 1000, `${v}OpenMs`)]),
    ['pathological: worst 4 MB / 1 MB time ratio', fmt(r.pathologicalWorstRatio, 'x'), '< 8x (linear = 4x)', pass(num('pathologicalWorstRatio') < 8, 'pathologicalWorstRatio')],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  const w2 = Math.max(...rows.map((x) => x[2].length));
  const m = r.machine as Record<string, unknown>;
  console.log(`\nDiplomatic Annotator benchmark (${m.nproc} cores, ${m.cpu}, Node ${m.node})\n`);
  console.log(`${'measure'.padEnd(w0)}  ${'value'.padStart(w1)}  ${'target'.padEnd(w2)}  result`);
  for (const [label, value, target, ok] of rows) {
    console.log(`${label.padEnd(w0)}  ${value.padStart(w1)}  ${target.padEnd(w2)}  ${ok === null ? (target === '-' ? '' : 'n/a') : ok ? 'PASS' : 'FAIL'}`);
  }
  if (r.pathological) {
    console.log('\npathological inputs (1 MB / 4 MB / ratio / MB/s at 4 MB):');
    for (const [name, v] of Object.entries(r.pathological as Record<string, Record<string, number>>)) {
      console.log(`  ${name.padEnd(18)} ${fmt(v.ms1MB, ' ms').padStart(10)} ${fmt(v.ms4MB, ' ms').padStart(10)} ${fmt(v.ratio4x, 'x').padStart(6)} ${fmt(v.MBps4MB, ' MB/s').padStart(12)}`);
    }
    const one = (r.pathological as Record<string, Record<string, number>>).oneLine;
    if (one && typeof r.pathological10MBOneLineMs === 'number') r.pathological10MBvs1MBOneLineRatio = Math.round((r.pathological10MBOneLineMs / Math.max(one.ms1MB, 5)) * 10) / 10;
    console.log(`  10 MB on one line: ${fmt(r.pathological10MBOneLineMs, ' ms')} (${fmt(r.pathological10MBOneLineMBps, ' MB/s')}), ${fmt(r.pathological10MBvs1MBOneLineRatio, 'x')} the 1 MB time (linear = 10x)`);
  }
  if (r.activationNote) console.log(`\nactivation: ${r.activationNote}`);
  if (r.corpusSummary) console.log(`corpus views: ${JSON.stringify(r.corpusSummary)}`);
  if (r.webviewRenderNote) console.log(`webview render: ${r.webviewRenderNote}`);
  if (r.indexImplementation) console.log(`index implementation: ${r.indexImplementation}`);
  console.log(`reference measured on the first ${fmt(r.referenceCorpusMB, ' MB')} of the ${fmt(r.engineCorpusMB, ' MB')} corpus`);
  const out = path.join(ROOT, 'test', 'bench', 'results.json');
  fs.writeFileSync(out, JSON.stringify(r, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, out)}`);
}

main();
