// Anchoring: shifting spans by live edits (property-based, seeded) and re-finding them after outside edits.
import * as assert from 'assert';
import { Annotation, makeAnnotation, reanchor, shiftAnnotations, shiftSpan, TextEdit } from '../../src/core/sidecar';
import { prng } from './prng';


const WORDS = ['Minister', 'Lavrov', ' ', ' ', '.', '\n', 'met', 'Wang Yi', 'é', '😀', 'General', ', ', 'the'];
function randomText(rnd: () => number, n: number): string {
  let s = '';
  while (s.length < n) s += WORDS[Math.floor(rnd() * WORDS.length)];
  return s;
}

function apply(text: string, e: TextEdit): string {
  return text.slice(0, e.rangeOffset) + e.text + text.slice(e.rangeOffset + e.rangeLength);
}

describe('anchor: shiftSpan', () => {
  const span = [10, 15] as const;
  const at = (rangeOffset: number, rangeLength: number, text: string) => shiftSpan(span[0], span[1], { rangeOffset, rangeLength, text });
  it('shifts for edits before, keeps for edits after', () => {
    assert.deepStrictEqual(at(0, 0, 'abc'), { start: 13, end: 18 });
    assert.deepStrictEqual(at(2, 3, ''), { start: 7, end: 12 });
    assert.deepStrictEqual(at(10, 0, 'X'), { start: 11, end: 16 }, 'typing at the start goes before the span');
    assert.deepStrictEqual(at(15, 0, 'X'), { start: 10, end: 15 }, 'typing at the end stays outside');
    assert.deepStrictEqual(at(20, 5, 'zz'), { start: 10, end: 15 });
  });
  it('resizes for edits inside and at the edges', () => {
    assert.deepStrictEqual(at(12, 1, 'xyz'), { start: 10, end: 17 });
    assert.deepStrictEqual(at(8, 4, ''), { start: 8, end: 11 });
    assert.deepStrictEqual(at(13, 5, ''), { start: 10, end: 13 });
    assert.deepStrictEqual(at(10, 5, 'Petrov'), { start: 10, end: 16 }, 'retyping the span keeps it');
  });
  it('reports a span deleted entirely', () => {
    assert.strictEqual(at(10, 5, ''), 'deleted');
    assert.strictEqual(at(5, 20, 'x'), 'deleted');
  });
});

describe('anchor: property — edits outside a span never lose or misplace it', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    it(`seed ${seed}: 1000 random edits`, () => {
      const rnd = prng(seed);
      let text = randomText(rnd, 400);
      const anns: Annotation[] = [];
      for (let i = 0; i < 8; i++) {
        const s = Math.floor(rnd() * (text.length - 10));
        anns.push(makeAnnotation(text, s, s + 1 + Math.floor(rnd() * 9), 'official', { id: `a${i}` }));
      }
      for (let step = 0; step < 1000; step++) {
        // Pick an edit range that overlaps no annotation (touching edges is allowed).
        let edit: TextEdit | undefined;
        for (let tries = 0; tries < 50 && !edit; tries++) {
          const off = Math.floor(rnd() * (text.length + 1));
          const len = Math.min(Math.floor(rnd() * 6), text.length - off);
          const overlaps = anns.some((a) => !a.orphaned && off < a.end && off + len > a.start);
          const ins = rnd() < 0.6 ? WORDS[Math.floor(rnd() * WORDS.length)] : '';
          if (!overlaps && (len > 0 || ins)) edit = { rangeOffset: off, rangeLength: len, text: ins };
        }
        if (!edit) continue;
        text = apply(text, edit);
        shiftAnnotations(anns, [edit], text);
        for (const a of anns) {
          assert.ok(!a.orphaned, `seed ${seed} step ${step}: ${a.id} orphaned by an outside edit`);
          assert.strictEqual(text.slice(a.start, a.end), a.quote, `seed ${seed} step ${step}: ${a.id} misplaced`);
        }
      }
    });
  }

  it('simultaneous (multi-cursor) edits from one change event', () => {
    const rnd = prng(7);
    for (let round = 0; round < 500; round++) {
      const original = randomText(rnd, 200);
      const s = 80 + Math.floor(rnd() * 40);
      const ann = makeAnnotation(original, s, s + 5, 'rank', { id: 'x' });
      // Non-overlapping edits in the original text, outside the span, in random order.
      const edits: TextEdit[] = [];
      let pos = 0;
      while (pos < original.length) {
        const off = pos + Math.floor(rnd() * 30);
        const len = Math.floor(rnd() * 4);
        if (off + len > original.length) break;
        if (!(off < ann.end && off + len > ann.start)) edits.push({ rangeOffset: off, rangeLength: len, text: rnd() < 0.5 ? 'ab' : '' });
        pos = off + len + 1;
      }
      edits.sort(() => rnd() - 0.5);
      let text = original;
      for (const e of [...edits].sort((a, b) => b.rangeOffset - a.rangeOffset)) text = apply(text, e);
      const anns = [ann];
      shiftAnnotations(anns, edits, text);
      assert.strictEqual(text.slice(ann.start, ann.end), ann.quote, `round ${round}`);
    }
  });

  it('an edit inside a span resizes it; deleting it orphans it but keeps it', () => {
    let text = 'The Minister Sergey Lavrov said.';
    const a = makeAnnotation(text, 13, 26, 'official', { id: 'l' });
    const ins: TextEdit = { rangeOffset: 19, rangeLength: 0, text: ' V.' };
    text = apply(text, ins);
    shiftAnnotations([a], [ins], text);
    assert.strictEqual(a.quote, 'Sergey V. Lavrov');
    assert.strictEqual(text.slice(a.start, a.end), a.quote);
    const del: TextEdit = { rangeOffset: 12, rangeLength: 17, text: '' };
    text = apply(text, del);
    const anns = [a];
    shiftAnnotations(anns, [del], text);
    assert.strictEqual(anns.length, 1);
    assert.strictEqual(a.orphaned, true);
    assert.strictEqual(a.quote, 'Sergey V. Lavrov');
  });
});

describe('anchor: re-anchoring after outside edits', () => {
  const text = 'Lavrov met Wang. Later Lavrov spoke to reporters. Lavrov left.';
  it('keeps offsets when the quote still matches', () => {
    const a = makeAnnotation(text, 23, 29, 'official');
    assert.strictEqual(reanchor(a, text), 'exact');
    assert.strictEqual(a.start, 23);
  });
  it('picks the occurrence whose context matches, not just the nearest', () => {
    const a = makeAnnotation(text, 23, 29, 'official');
    const changed = 'BREAKING: ' + text.replace('Lavrov met', 'Lavrov, the minister, met');
    assert.strictEqual(reanchor(a, changed), 'quote');
    assert.strictEqual(changed.slice(a.start, a.start + 16), 'Lavrov spoke to ');
  });
  it('prefers the nearest occurrence when contexts tie', () => {
    const t = 'x Lavrov y Lavrov z Lavrov w';
    const a: Annotation = { id: 'n', label: 'official', start: 20, end: 26, quote: 'Lavrov', prefix: '', suffix: '', created: '', updated: '' };
    assert.strictEqual(reanchor(a, 'ab' + t), 'quote');
    assert.strictEqual(a.start, 22);
  });
  it('finds a slightly changed quote by fuzzy search', () => {
    const a = makeAnnotation('The Foreign Minister Sergey Lavrov said', 21, 34, 'official');
    const how = reanchor(a, 'Yesterday the Foreign Minister Sergei Lavrov said');
    assert.strictEqual(how, 'fuzzy');
    assert.strictEqual(a.quote, 'Sergei Lavrov');
  });
  it('orphans (and keeps) an annotation whose text is gone', () => {
    const a = makeAnnotation(text, 11, 15, 'official');
    assert.strictEqual(reanchor(a, 'Completely different article about trade.'), 'orphaned');
    assert.strictEqual(a.orphaned, true);
    assert.strictEqual(a.quote, 'Wang');
  });
  it('re-anchors a whole random corpus after random outside edits far from the spans', () => {
    const rnd = prng(99);
    for (let round = 0; round < 200; round++) {
      let t = randomText(rnd, 300) + ' Colonel General Ivan Petrov ' + randomText(rnd, 300);
      const s = t.indexOf('Ivan Petrov');
      const a = makeAnnotation(t, s, s + 11, 'official');
      const head = Math.floor(rnd() * 100);
      t = randomText(rnd, head) + t;
      assert.notStrictEqual(reanchor(a, t), 'orphaned');
      assert.strictEqual(t.slice(a.start, a.end), 'Ivan Petrov');
    }
  });
});
