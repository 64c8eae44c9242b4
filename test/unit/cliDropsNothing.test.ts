// The command line on awkward real files: an unreadable folder, FIFOs, two texts of one name, a broken
// sidecar, a byte-order mark, formula-like notes, a reader that stops early. Each run is the real CLI
// in a child process (out/src/cli.js, the code dist/cli.js bundles), on real files in a temporary folder.
import * as assert from 'assert';
import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { makeAnnotation, refreshContexts, serializeSidecar, emptySidecarDocument } from '../../src/core/sidecar';

const CLI = path.join(__dirname, '..', '..', 'src', 'cli.js');
const ARTICLE = 'MOSCOW, March 3. Russian Foreign Minister Sergey Lavrov met with Chinese Foreign Minister Wang Yi on Tuesday.\n';
/** Root reads anything: to meet a folder it may not read, the CLI runs as `nobody` then. */
const AS_ROOT = process.getuid?.() === 0;

function cli(args: string[], options: SpawnSyncOptions = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, ...options });
  if (r.error) throw r.error;
  return { code: r.status, out: String(r.stdout), err: String(r.stderr) };
}

function writeSidecar(textPath: string, spans: { quote: string; label: string; note?: string }[]): void {
  const text = fs.readFileSync(textPath, 'utf8').replace(/^\uFEFF/, '');
  const anns = spans.map((s, i) => {
    const at = text.indexOf(s.quote);
    return makeAnnotation(text, at, at + s.quote.length, s.label, { id: `a${i}`, note: s.note, now: '2026-01-01T00:00:00.000Z' });
  });
  refreshContexts(text, anns);
  fs.writeFileSync(textPath + '.annotations.yaml', serializeSidecar(emptySidecarDocument(), anns));
}

describe('cli: drops nothing', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-cli-'));
    fs.chmodSync(dir, 0o755);
  });
  afterEach(() => {
    for (const p of fs.readdirSync(dir, { recursive: true }) as string[]) fs.chmodSync(path.join(dir, p), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an unreadable folder is reported and skipped; texts after it are still read', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.mkdirSync(path.join(dir, 'b-locked'));
    fs.writeFileSync(path.join(dir, 'b-locked', 'secret.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'z.txt'), ARTICLE);
    for (const f of ['a.txt', 'z.txt']) fs.chmodSync(path.join(dir, f), 0o644);
    fs.chmodSync(path.join(dir, 'b-locked'), 0o000);
    const r = cli(['extract', '--json', dir], AS_ROOT ? { uid: 65534, gid: 65534 } : {});
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.err, /b-locked: permission denied; skipped/);
    assert.deepStrictEqual(JSON.parse(r.out).documents.map((d: { path: string }) => path.basename(d.path)), ['a.txt', 'z.txt']);
  });

  it('FIFOs named *.txt (in a folder, as an argument, as a sidecar) are skipped, never read', function () {
    if (process.platform === 'win32') this.skip();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    spawnSync('mkfifo', [path.join(dir, 'pipe.txt'), path.join(dir, 'a.txt.annotations.yaml')]);
    assert.ok(fs.statSync(path.join(dir, 'pipe.txt')).isFIFO());
    const r = cli(['extract', '--json', dir, path.join(dir, 'pipe.txt')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /pipe\.txt: not a regular file \(a FIFO, socket or device\); skipped/);
    assert.match(r.err, /a\.txt\.annotations\.yaml:1:1: not a regular file/);
    assert.deepStrictEqual(JSON.parse(r.out).documents.map((d: { path: string }) => path.basename(d.path)), ['a.txt']);
  });

  it('a broken sidecar makes a non-zero exit; its text is still analyzed and flagged', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'version: 1\nannotations:\n  - id: x\n    start: [oops\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
    const r = cli(['extract', '--json', dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /a\.txt\.annotations\.yaml:\d+:\d+: /);
    const docs = JSON.parse(r.out).documents;
    assert.strictEqual(docs.length, 2);
    assert.strictEqual(docs[0].sidecar.status, 'broken');
    assert.ok(docs[0].entities.some((e: { text: string }) => e.text === 'Sergey Lavrov'), 'the text is still analyzed');
    assert.strictEqual(docs[1].sidecar, undefined);
    const plain = cli(['extract', path.join(dir, 'a.txt')]);
    assert.strictEqual(plain.code, 1);
    assert.match(plain.out, /! annotations file broken, its corrections NOT applied/);
  });

  it('export --out mirrors folders: two texts of one name in two folders both arrive', () => {
    for (const sub of ['east', 'west']) {
      fs.mkdirSync(path.join(dir, 'in', sub), { recursive: true });
      const p = path.join(dir, 'in', sub, 'report.txt');
      fs.writeFileSync(p, ARTICLE.replace('Tuesday', sub));
      writeSidecar(p, [{ quote: sub === 'east' ? 'Wang Yi' : 'Sergey Lavrov', label: 'official' }]);
    }
    const out = path.join(dir, 'out');
    const r = cli(['export', '--format', 'brat', '--out', out, path.join(dir, 'in')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(fs.readFileSync(path.join(out, 'east', 'report.ann'), 'utf8'), /\tWang Yi\n/);
    assert.match(fs.readFileSync(path.join(out, 'west', 'report.ann'), 'utf8'), /\tSergey Lavrov\n/);
    assert.match(fs.readFileSync(path.join(out, 'west', 'report.txt'), 'utf8'), /on west\./);
    // The two folders given one by one are mirrored under their common parent.
    const out2 = path.join(dir, 'out2');
    assert.strictEqual(cli(['export', '--format', 'w3c', '--out', out2, path.join(dir, 'in', 'east'), path.join(dir, 'in', 'west', 'report.txt')]).code, 0);
    assert.deepStrictEqual(fs.readdirSync(out2).sort(), ['east', 'west']);
  });

  it('export offsets equal extract offsets for a text starting with a byte-order mark', () => {
    const p = path.join(dir, 'bom.txt');
    fs.writeFileSync(p, '\uFEFF' + ARTICLE);
    writeSidecar(p, [{ quote: 'Sergey Lavrov', label: 'official' }]);
    const extracted = JSON.parse(cli(['extract', '--json', p]).out).documents[0].entities.find((e: { text: string }) => e.text === 'Sergey Lavrov');
    const r = cli(['export', '--format', 'w3c', p]);
    assert.strictEqual(r.code, 0, r.err);
    const selector = JSON.parse(r.out).first.items[0].target.selector[1];
    assert.deepStrictEqual([selector.start, selector.end], [extracted.start, extracted.end]);
    assert.strictEqual(ARTICLE.slice(selector.start, selector.end), 'Sergey Lavrov');
    assert.strictEqual(r.err, '', 'no annotation moved or orphaned');
  });

  it('CSV cells a spreadsheet would run as formulas are neutralised', () => {
    const p = path.join(dir, 'a.txt');
    fs.writeFileSync(p, ARTICLE);
    writeSidecar(p, [{ quote: 'Wang Yi', label: 'official', note: '=HYPERLINK("http://x.invalid","open")' }, { quote: 'Sergey Lavrov', label: '@official', note: '-2 sources' }]);
    const r = cli(['export', '--format', 'csv', p]);
    assert.strictEqual(r.code, 0, r.err);
    assert.ok(r.out.includes(`"'=HYPERLINK(""http://x.invalid"",""open"")"`), r.out);
    assert.ok(r.out.includes(",'@official,"), r.out);
    assert.ok(r.out.includes(",'-2 sources,"), r.out);
    assert.ok(!/(^|,)[=+\-@]/m.test(r.out.replace(/"[^"]*"/g, '""')), r.out);
  });

  it('piping into a reader that stops early ends quietly', function () {
    if (process.platform === 'win32') this.skip();
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, `t${String(i).padStart(3, '0')}.txt`), ARTICLE);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" extract "${dir}" | head -n 1`], { encoding: 'utf8', timeout: 60_000 });
    assert.strictEqual(r.stdout.split('\n')[0], path.join(dir, 't000.txt'));
    assert.strictEqual(r.stderr, '', 'no EPIPE stack trace');
  });
});
