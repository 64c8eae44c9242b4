// Fuzzing the sidecar loader: thousands of malformed inputs never throw, always give a clear
// problem with a line number (or a valid model), and never modify the file on disk.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseSidecar } from '../../src/core/sidecar';
import { loadSidecarForText } from '../../src/core/sidecar/node';
import { prng } from './prng';


const VALID = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'sidecars', 'article.txt.annotations.yaml'), 'utf8');
const ODD = ['\u0000', '\uFEFF', '\uD800', '\uDC00', '😀', '\u202E', '\r', '\r\n', '\t', ':', '- ', '&a ', '*a', '!tag ', '{', '[', '"', "'", '|', '>', '#', '%YAML 1.1\n', '---\n', '...\n', '? ', '\u2028', 'ﬀ'];

function check(input: string, what: string): void {
  let r;
  try {
    r = parseSidecar(input);
  } catch (e) {
    assert.fail(`${what}: parseSidecar threw ${(e as Error).message}`);
  }
  if (!r.ok) {
    assert.ok(r.problems.length > 0, `${what}: no problem reported`);
    for (const p of r.problems) {
      assert.ok(Number.isInteger(p.line) && p.line >= 1, `${what}: bad line ${p.line}`);
      assert.ok(typeof p.message === 'string' && p.message.length > 0, `${what}: empty message`);
    }
  } else for (const a of r.annotations) assert.ok(a.start <= a.end && typeof a.quote === 'string', what);
}

describe('sidecar fuzz: the loader never throws and always explains', () => {
  it('2000 random byte strings (as UTF-8 and latin1)', () => {
    const rnd = prng(11);
    for (let i = 0; i < 2000; i++) {
      const buf = Buffer.alloc(Math.floor(rnd() * 300));
      for (let j = 0; j < buf.length; j++) buf[j] = Math.floor(rnd() * 256);
      check(buf.toString(i % 2 ? 'utf8' : 'latin1'), `bytes #${i}`);
    }
  });
  it('every truncation of a valid sidecar, and with CRLF line ends', () => {
    for (let n = 0; n <= VALID.length; n++) check(VALID.slice(0, n), `truncated at ${n}`);
    for (let n = 0; n <= VALID.length; n += 3) check(VALID.replace(/\n/g, '\r\n').slice(0, n), `CRLF truncated at ${n}`);
  });
  it('3000 random mutations with odd Unicode and YAML punctuation', () => {
    const rnd = prng(12);
    for (let i = 0; i < 3000; i++) {
      let s = VALID;
      const k = 1 + Math.floor(rnd() * 5);
      for (let j = 0; j < k; j++) {
        const at = Math.floor(rnd() * s.length);
        const len = Math.floor(rnd() * 8);
        s = s.slice(0, at) + ODD[Math.floor(rnd() * ODD.length)] + s.slice(at + (rnd() < 0.5 ? len : 0));
      }
      check(s, `mutation #${i}`);
    }
  });
  it('alias bombs are refused quickly', () => {
    let bomb = 'version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    bomb += 'annotations: *a11\n';
    const t0 = Date.now();
    const r = parseSidecar(bomb);
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /alias/);
    assert.ok(Date.now() - t0 < 2000);
  });
  it('huge inputs give the size message; deep nesting does not overflow', () => {
    const huge = parseSidecar('version: 1\nannotations:\n' + '  - {id: a, label: x, start: 0, end: 1, quote: q}\n'.repeat(120000));
    assert.ok(!huge.ok && /larger than 5 MB/.test(huge.problems[0].message));
    check('['.repeat(5000) + ']'.repeat(5000), 'deep flow nesting');
    check('version: 1\nannotations:\n' + '- '.repeat(3000) + 'x\n', 'deep block nesting');
  });
  it('malformed files on disk are read, reported with a line and left byte-for-byte unchanged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-fuzz-'));
    try {
      const rnd = prng(13);
      fs.writeFileSync(path.join(dir, 't.txt'), 'Sergey Lavrov met Wang Yi.');
      for (let i = 0; i < 200; i++) {
        const bytes = Buffer.from(VALID.slice(0, Math.floor(rnd() * VALID.length)) + ODD[i % ODD.length] + '\n  - [');
        fs.writeFileSync(path.join(dir, 't.txt.annotations.yaml'), bytes);
        const s = loadSidecarForText(path.join(dir, 't.txt'));
        assert.ok(s.errors.length > 0 && /:\d+:\d+: /.test(s.errors[0]), s.errors.join('\n'));
        assert.ok(fs.readFileSync(path.join(dir, 't.txt.annotations.yaml')).equals(bytes));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
