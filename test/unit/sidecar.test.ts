// Sidecar model: parse/validate with line numbers, in-place serialization, merge, Node loader, export.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { emptySidecarDocument, makeAnnotation, mergeAnnotations, officialNames, parseSidecar, serializeSidecar, toCorrections, Annotation } from '../../src/core/sidecar';
import { loadCorrectionsForText } from '../../src/core/sidecar/node';
import { csvField, runExport } from '../../src/cli/export';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'sidecars');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function parsedOk(text: string) {
  const r = parseSidecar(text);
  if (!r.ok) assert.fail(JSON.stringify(r.problems));
  return r;
}

class Sink {
  text = '';
  write(s: string) {
    this.text += s;
    return true;
  }
}
const sink = (s: Sink) => s as unknown as NodeJS.WritableStream;

describe('sidecar: parse and validate', () => {
  it('reads the hand-edited fixture', () => {
    const r = parsedOk(read('article.txt.annotations.yaml'));
    assert.deepStrictEqual(r.annotations.map((a) => a.id), ['lavrov', 'wang']);
    assert.strictEqual(r.annotations[0].note, "Confirmed by the ministry's own readout.\nSecond line of the note.\n");
    assert.strictEqual(r.annotations[0].entity, 'person:sergey-lavrov');
  });
  it('reports a YAML syntax error at its line', () => {
    const r = parseSidecar(read('broken.annotations.yaml'));
    assert.ok(!r.ok);
    assert.ok(r.problems[0].line >= 5, JSON.stringify(r.problems));
  });
  const cases: [string, string, number, RegExp][] = [
    ['unknown version', 'version: 2\nannotations: []\n', 1, /unsupported sidecar version 2/],
    ['missing version', 'annotations: []\n', 1, /missing `version: 1`/],
    ['not a mapping', '- 1\n- 2\n', 1, /expected a mapping/],
    ['annotations not a list', 'version: 1\nannotations: 3\n', 2, /must be a list/],
    ['bad start', 'version: 1\nannotations:\n  - id: a\n    label: x\n    start: -1\n    end: 2\n    quote: ab\n', 5, /start/],
    ['end before start', 'version: 1\nannotations:\n  - id: a\n    label: x\n    start: 4\n    end: 2\n    quote: ab\n', 6, /end/],
    ['missing quote', 'version: 1\nannotations:\n  - id: a\n    label: x\n    start: 0\n    end: 2\n', 3, /quote/],
    ['duplicate id', 'version: 1\nannotations:\n  - {id: a, label: x, start: 0, end: 1, quote: a}\n  - {id: a, label: x, start: 1, end: 2, quote: b}\n', 4, /duplicate/],
    ['custom tag', 'version: 1\nannotations:\n  - !person {id: a}\n', 3, /tag/i],
    ['duplicate key', 'version: 1\nversion: 1\n', 2, /unique|duplicate/i],
  ];
  for (const [name, text, line, re] of cases) {
    it(`rejects: ${name} (line ${line})`, () => {
      const r = parseSidecar(text);
      assert.ok(!r.ok, name);
      assert.strictEqual(r.problems[0].line, line, JSON.stringify(r.problems));
      assert.match(r.problems[0].message, re);
    });
  }
  it('accepts an empty annotation list and CRLF line ends', () => {
    assert.deepStrictEqual(parsedOk('version: 1\r\nannotations:\r\n').annotations, []);
  });
  it('refuses files over the size limit with a clear message', () => {
    const r = parseSidecar('version: 1\n#' + 'x'.repeat(5 * 1024 * 1024));
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /larger than 5 MB/);
  });
});

describe('sidecar: serialize in place', () => {
  const original = read('article.txt.annotations.yaml');
  it('an unchanged model writes the file back unchanged', () => {
    const r = parsedOk(original);
    assert.strictEqual(serializeSidecar(r.doc, r.annotations), original);
  });
  it('editing one note keeps comments, key order and the other item byte-for-byte', () => {
    const r = parsedOk(original);
    r.annotations[1].note = 'Linked later.';
    const out = serializeSidecar(r.doc, r.annotations);
    assert.ok(out.startsWith('# Hand-edited sidecar'));
    assert.ok(out.includes('  - label: official # analyst put label first\n    id: lavrov\n'));
    assert.ok(out.includes('  # Wang Yi, linked later\n'));
    const before = original.split('\n');
    const after = out.split('\n');
    assert.strictEqual(after.length, before.length + 1, 'one line added');
    assert.deepStrictEqual(after.filter((l) => !before.includes(l)), ['    note: Linked later.']);
    assert.deepStrictEqual(parsedOk(out).annotations, r.annotations);
  });
  it('adds new items ordered by position, removes deleted ones, multi-line notes as blocks', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'article.txt'), 'utf8');
    const r = parsedOk(original);
    const s = text.indexOf('Ivan Petrov');
    const early = makeAnnotation(text, 0, 6, 'place', { id: 'moscow', note: 'Dateline\nnot a person', now: '2026-03-04T00:00:00.000Z' });
    const late = makeAnnotation(text, s, s + 11, 'official', { id: 'petrov' });
    const anns = [r.annotations[1], late, early];
    const out = serializeSidecar(r.doc, anns);
    const back = parsedOk(out).annotations;
    assert.deepStrictEqual(back.map((a) => a.id), ['moscow', 'wang', 'petrov']);
    assert.ok(out.includes('    note: |-\n      Dateline\n      not a person\n'));
    assert.ok(!out.includes('lavrov'));
    assert.strictEqual(back[2].quote, 'Ivan Petrov');
  });
  it('a comment above the first item stays with that item when another goes before it', () => {
    const src = 'version: 1\nannotations:\n  # about b\n  - {id: b, label: x, start: 5, end: 6, quote: b}\n';
    const r = parsedOk(src);
    r.annotations.push(makeAnnotation('abcdefg', 0, 1, 'x', { id: 'a' }));
    const out = serializeSidecar(r.doc, r.annotations);
    assert.ok(/# about b\n\s*- \{ id: b/.test(out) || /# about b\n\s*- id: b/.test(out), out);
    assert.ok(out.indexOf('id: a') < out.indexOf('# about b'), out);
  });
  it('the markers of an annotation waiting for review round-trip, and go when cleared', () => {
    const a: Annotation = { ...makeAnnotation('Dong Jun met Lavrov', 0, 8, 'official', { id: 'm' }), moved: true };
    const doc = emptySidecarDocument();
    const out = serializeSidecar(doc, [a]);
    assert.match(out, /\n {4}moved: true\n/);
    assert.strictEqual(parsedOk(out).annotations[0].moved, true);
    delete a.moved;
    assert.ok(!serializeSidecar(doc, [a]).includes('moved'));
  });
  it('a new document round-trips', () => {
    const doc = emptySidecarDocument();
    const a = makeAnnotation('Mr. Smith: "quoted" #1', 4, 9, 'official', { note: 'a: b # not a comment' });
    const out = serializeSidecar(doc, [a]);
    assert.match(out, /^# Analyst annotations/);
    assert.deepStrictEqual(parsedOk(out).annotations, [a]);
  });
});

describe('sidecar: corrections for the engine', () => {
  it('anchored annotations become corrections; orphans do not; officials are known names', () => {
    const t = 'Lavrov met Wang Yi.';
    const a = makeAnnotation(t, 0, 6, 'official', { entity: 'person:lavrov' });
    const b = makeAnnotation(t, 11, 18, 'reject');
    const c = { ...makeAnnotation(t, 7, 10, 'official'), orphaned: true };
    assert.deepStrictEqual(toCorrections([a, b, c]), [
      { start: 0, end: 6, label: 'official', entity: 'person:lavrov' },
      { start: 11, end: 18, label: 'reject' },
    ]);
    assert.deepStrictEqual(officialNames([a, b]), ['Lavrov']);
  });
});

describe('sidecar: merge by id', () => {
  const t = 'Lavrov met Wang Yi and Blinken.';
  const base = [makeAnnotation(t, 0, 6, 'official', { id: 'a' }), makeAnnotation(t, 11, 18, 'official', { id: 'b' })];
  const clone = (xs: Annotation[]) => xs.map((x) => ({ ...x }));
  it('takes one-sided changes from either side and keeps additions of both', () => {
    const local = clone(base);
    local[0].note = 'mine';
    local.push(makeAnnotation(t, 23, 30, 'official', { id: 'c' }));
    const remote = clone(base);
    remote[1].label = 'rank';
    remote.push(makeAnnotation(t, 7, 10, 'reject', { id: 'd' }));
    const m = mergeAnnotations(base, local, remote);
    assert.deepStrictEqual(m.conflicts, []);
    const byId = new Map(m.annotations.map((a) => [a.id, a]));
    assert.strictEqual(byId.get('a')!.note, 'mine');
    assert.strictEqual(byId.get('b')!.label, 'rank');
    assert.ok(byId.has('c') && byId.has('d'));
  });
  it('keeps both versions when the same field changed differently, the second side\'s marked', () => {
    const local = clone(base);
    local[0].note = 'mine';
    const remote = clone(base);
    remote[0].note = 'theirs';
    const m = mergeAnnotations(base, remote, local);
    assert.strictEqual(m.conflicts.length, 1);
    const copy = m.annotations.find((a) => a.id === m.conflicts[0])!;
    assert.strictEqual(copy.note, 'mine');
    assert.strictEqual(copy.conflict, true);
    assert.strictEqual(m.annotations.find((a) => a.id === 'a')!.note, 'theirs');
  });
  it('combines changes to different fields of one annotation, and offsets moved on one side', () => {
    const ours = clone(base);
    ours[0].note = 'mine';
    ours[0].start += 4;
    ours[0].end += 4;
    const theirs = clone(base);
    theirs[0].label = 'rank';
    theirs[0].entity = 'person:lavrov';
    const m = mergeAnnotations(base, ours, theirs);
    assert.deepStrictEqual(m.conflicts, []);
    const a = m.annotations.find((x) => x.id === 'a')!;
    assert.deepStrictEqual([a.note, a.label, a.entity, a.start], ['mine', 'rank', 'person:lavrov', 4]);
  });
  it('the same words at different offsets on both sides are not a conflict; a different quote is', () => {
    const ours = clone(base);
    ours[1].start += 2;
    ours[1].end += 2;
    const theirs = clone(base);
    theirs[1].start += 5;
    theirs[1].end += 5;
    assert.deepStrictEqual(mergeAnnotations(base, ours, theirs).conflicts, []);
    theirs[1].quote = 'Wang';
    theirs[1].end -= 3;
    assert.strictEqual(mergeAnnotations(base, ours, theirs).conflicts.length, 1);
  });
  it('honours deletions on one side unless the other side changed what the annotation says', () => {
    const local = clone(base).slice(1);
    const remote = clone(base);
    assert.deepStrictEqual(mergeAnnotations(base, local, remote).annotations.map((a) => a.id), ['b']);
    const shifted = clone(base);
    shifted[0].start += 3;
    shifted[0].end += 3;
    assert.deepStrictEqual(mergeAnnotations(base, local, shifted).annotations.map((a) => a.id), ['b'], 'moved offsets do not undo a deletion');
    const local2 = clone(base);
    local2[1].note = 'edited';
    const m = mergeAnnotations(base, local2, clone(base).slice(0, 1));
    assert.ok(m.annotations.some((a) => a.note === 'edited'));
  });
});

describe('sidecar: Node loader and export CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-'));
    fs.copyFileSync(path.join(FIXTURES, 'article.txt'), path.join(dir, 'article.txt'));
    fs.copyFileSync(path.join(FIXTURES, 'article.txt.annotations.yaml'), path.join(dir, 'article.txt.annotations.yaml'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loadCorrectionsForText re-anchors against the current text', () => {
    const textPath = path.join(dir, 'article.txt');
    fs.writeFileSync(textPath, 'UPDATED. ' + fs.readFileSync(textPath, 'utf8'));
    const { corrections, errors, notices } = loadCorrectionsForText(textPath);
    assert.deepStrictEqual([errors, notices], [[], []]);
    const text = fs.readFileSync(textPath, 'utf8');
    assert.deepStrictEqual(corrections.map((c) => text.slice(c.start, c.end)), ['Sergey Lavrov', 'Wang Yi']);
    assert.strictEqual(corrections[0].entity, 'person:sergey-lavrov');
  });
  it('loadCorrectionsForText reports a broken sidecar with its line and no corrections', () => {
    fs.writeFileSync(path.join(dir, 'article.txt.annotations.yaml'), 'version: 1\nannotations: [\n');
    const r = loadCorrectionsForText(path.join(dir, 'article.txt'));
    assert.deepStrictEqual(r.corrections, []);
    assert.match(r.errors[0], /annotations\.yaml:\d+:\d+: /);
  });
  it('a text without a sidecar has no corrections and no problems', () => {
    fs.writeFileSync(path.join(dir, 'other.txt'), 'x');
    assert.deepStrictEqual(loadCorrectionsForText(path.join(dir, 'other.txt')), { corrections: [], errors: [], notices: [] });
  });
  it('exports brat standoff with annotator notes', async () => {
    const out = path.join(dir, 'brat');
    assert.strictEqual(await runExport(['--format', 'brat', '--out', out, dir], sink(new Sink()), sink(new Sink())), 0);
    const ann = fs.readFileSync(path.join(out, 'article.ann'), 'utf8');
    assert.strictEqual(
      ann,
      "T1\tofficial 42 55\tSergey Lavrov\n#1\tAnnotatorNotes T1\tConfirmed by the ministry's own readout. Second line of the note.\nT2\tofficial 90 97\tWang Yi\n",
    );
    assert.ok(fs.existsSync(path.join(out, 'article.txt')));
  });
  it('exports W3C Web Annotation JSON-LD with quote and position selectors', async () => {
    const out = new Sink();
    assert.strictEqual(await runExport(['--format=w3c', path.join(dir, 'article.txt')], sink(out), sink(new Sink())), 0);
    const doc = JSON.parse(out.text);
    assert.strictEqual(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const item = doc.first.items[1];
    assert.deepStrictEqual(item.target.selector[1], { type: 'TextPositionSelector', start: 90, end: 97 });
    assert.strictEqual(item.target.selector[0].exact, 'Wang Yi');
    assert.strictEqual(item.body[0].value, 'official');
  });
  it('exports RFC 4180 CSV', async () => {
    const out = new Sink();
    assert.strictEqual(await runExport(['--format', 'csv', dir], sink(out), sink(new Sink())), 0);
    const rows = out.text.split('\r\n');
    assert.strictEqual(rows[0], 'file,id,label,start,end,quote,entity,note,created,updated,orphaned,moved');
    assert.ok(out.text.includes(`"Confirmed by the ministry's own readout.\nSecond line of the note.\n"`));
    assert.strictEqual(csvField('say "hi", ok'), '"say ""hi"", ok"');
    assert.strictEqual(csvField('plain'), 'plain');
  });
  it('rejects a bad format with usage and exit code 2', async () => {
    const err = new Sink();
    assert.strictEqual(await runExport(['--format', 'xml', dir], sink(new Sink()), sink(err)), 2);
    assert.match(err.text, /usage/);
  });
});
