// A sidecar's bytes are the analyst's: other encodings refused (never rewritten as U+FFFD), CRLF and a
// byte-order mark kept through saves, git's conflict markers named, absurd nesting refused before parsing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeSidecarBytes, encodeSidecarText, invalidUtf8At } from '../../src/core/sidecar/bytes';
import { makeAnnotation, parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { loadSidecarForText } from '../../src/core/sidecar/node';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'sidecars');
const VALID = fs.readFileSync(path.join(FIXTURES, 'article.txt.annotations.yaml'), 'utf8');
const ARTICLE = fs.readFileSync(path.join(FIXTURES, 'article.txt'), 'utf8');

function roundTrip(bytes: Uint8Array, change?: (anns: ReturnType<typeof parsedOk>['annotations']) => void): Uint8Array {
  const d = decodeSidecarBytes(bytes);
  assert.ok(d.ok);
  const r = parsedOk(d.text);
  change?.(r.annotations);
  return encodeSidecarText(serializeSidecar(r.doc, r.annotations), d.format);
}

function parsedOk(text: string) {
  const r = parseSidecar(text);
  if (!r.ok) assert.fail(JSON.stringify(r.problems));
  return r;
}

describe('sidecar bytes', () => {
  it('finds the first byte that is not UTF-8, and only then', () => {
    assert.strictEqual(invalidUtf8At(Buffer.from('Đại tướng Lương Cường 😀 ok', 'utf8')), -1);
    const cases: [number[], number][] = [
      [[0x41, 0xe9, 0x42], 1], // Latin-1 é
      [[0xc0, 0xaf], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x41, 0xe2, 0x82], 1], // cut short
      [[0xe2, 0x28, 0xa1], 0],
    ];
    for (const [bytes, at] of cases) assert.strictEqual(invalidUtf8At(Uint8Array.from(bytes)), at, JSON.stringify(bytes));
  });

  it('a Latin-1 sidecar is refused with its line and column, and never overwritten', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-bytes-'));
    try {
      fs.writeFileSync(path.join(dir, 'article.txt'), ARTICLE);
      const latin1 = Buffer.from(VALID.replace('Confirmed', 'Confirmé'), 'latin1');
      const sidecar = path.join(dir, 'article.txt.annotations.yaml');
      fs.writeFileSync(sidecar, latin1);
      const s = loadSidecarForText(path.join(dir, 'article.txt'));
      assert.deepStrictEqual(s.annotations, []);
      assert.strictEqual(s.errors.length, 1);
      assert.match(s.errors[0], /:13:\d+: the annotations file is not valid UTF-8 \(byte 0xE9 at line 13, column \d+\).*Latin-1.*never overwritten/);
      assert.ok(fs.readFileSync(sidecar).equals(latin1));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CRLF and a byte-order mark survive an unchanged save and a change', () => {
    const crlfBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID.replace(/\n/g, '\r\n'))]);
    assert.ok(Buffer.from(roundTrip(crlfBom)).equals(crlfBom), 'unchanged: byte for byte');
    const changed = Buffer.from(roundTrip(crlfBom, (anns) => {
      anns[1].note = 'two\nlines';
      anns.push(makeAnnotation(ARTICLE, 0, 6, 'place', { id: 'moscow' }));
    }));
    assert.deepStrictEqual([...changed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = changed.subarray(3).toString('utf8');
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    assert.match(text, /id: moscow\r\n/);
    const lf = Buffer.from(VALID);
    assert.ok(Buffer.from(roundTrip(lf)).equals(lf));
    assert.ok(!Buffer.from(roundTrip(lf, (anns) => (anns[0].note = 'x'))).includes('\r'));
  });

  it('git conflict markers are named as an unresolved merge conflict', () => {
    const conflicted = 'version: 1\nannotations:\n<<<<<<< HEAD\n  - {id: a, label: official, start: 0, end: 6, quote: MOSCOW}\n=======\n  - {id: b, label: place, start: 0, end: 6, quote: MOSCOW}\n>>>>>>> other\n';
    const r = parseSidecar(conflicted);
    assert.ok(!r.ok);
    assert.strictEqual(r.problems[0].line, 3);
    assert.match(r.problems[0].message, /unresolved git merge conflict.*<<<<<<< HEAD.*Set Up Git Merging of Annotations/);
  });

  it('nesting beyond any sidecar is refused before parsing, with its line', () => {
    const t0 = Date.now();
    const flow = parseSidecar('version: 1\nannotations: ' + '['.repeat(1_000_000));
    const ms = Date.now() - t0;
    assert.ok(!flow.ok);
    assert.match(flow.problems[0].message, /nested more than 64 levels deep/);
    assert.strictEqual(flow.problems[0].line, 2);
    console.log(`      1,000,000 nested [ refused in ${ms} ms`);
    const block = parseSidecar('version: 1\nannotations:\n' + '- '.repeat(100) + 'x\n');
    assert.ok(!block.ok);
    assert.match(block.problems[0].message, /nested more than 64 levels deep/);
    const indented = parseSidecar('version: 1\nannotations:\n' + Array.from({ length: 80 }, (_, i) => ' '.repeat(i + 1) + 'k:').join('\n') + ' x\n');
    assert.ok(!indented.ok && /nested/.test(indented.problems[0].message));
    // Brackets in notes are not nesting.
    parsedOk('version: 1\nannotations:\n  - {id: a, label: x, start: 0, end: 1, quote: q, note: "' + '['.repeat(100) + '"}\n');
  });
});
