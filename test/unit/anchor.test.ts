// Anchoring: shifting spans by live edits (property-based, seeded) and re-finding them after outside edits.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Annotation, makeAnnotation, reanchor, reanchorAll, reanchorBudget, refreshContexts, shiftAnnotations, shiftSpan, TextEdit, WorkLimitError } from '../../src/core/sidecar';
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
  it('reports a span deleted entirely, or replaced by other text', () => {
    assert.strictEqual(at(10, 5, ''), 'deleted');
    assert.strictEqual(at(5, 20, ''), 'deleted');
    assert.strictEqual(at(5, 20, 'x'), 'replaced');
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

  it('typing over a letter inside the words keeps the span and updates the quote', () => {
    let text = 'The Defense Attaché spoke.';
    const a = makeAnnotation(text, 4, 19, 'position', { id: 'd' });
    const edit: TextEdit = { rangeOffset: 9, rangeLength: 1, text: 'c' };
    text = apply(text, edit);
    assert.ok(shiftAnnotations([a], [edit], text));
    assert.deepStrictEqual([a.start, a.end, a.quote], [4, 19, 'Defence Attaché']);
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
  const text = 'MOSCOW, March 3. Lavrov met Wang in the capital on Monday. Later Lavrov spoke to reporters about the visit. Lavrov left on Tuesday for Minsk.';
  const later = text.indexOf('Lavrov spoke');
  const ann = (t: string, start: number, end: number) => {
    const a = makeAnnotation(t, start, end, 'official');
    refreshContexts(t, [a]);
    return a;
  };
  it('keeps offsets when the quote still stands in its context', () => {
    const a = ann(text, later, later + 6);
    assert.strictEqual(reanchor(a, text), 'exact');
    assert.strictEqual(a.start, later);
  });
  it('follows text inserted or deleted elsewhere, by the whole context', () => {
    const a = ann(text, later, later + 6);
    const changed = 'BREAKING: ' + text.replace('Lavrov left on Tuesday', 'He left on Tuesday');
    assert.strictEqual(reanchor(a, changed), 'shifted');
    assert.strictEqual(changed.slice(a.start, a.end), 'Lavrov');
    assert.strictEqual(a.start, later + 10);
    assert.ok(!a.moved && !a.orphaned);
  });
  it('flags, rather than trusts, a place whose context changed nearby', () => {
    const a = ann(text, later, later + 6);
    const changed = 'BREAKING: ' + text.replace('on Monday. Later', 'on Monday, said officials. Later');
    assert.strictEqual(reanchor(a, changed), 'moved');
    assert.strictEqual(changed.slice(a.start, a.start + 16), 'Lavrov spoke to ');
    assert.strictEqual(a.moved, true);
    assert.strictEqual(a.quote, 'Lavrov', 'the quote is kept');
  });
  it('issue case: the text loses its first 15 characters; the first "Pan Tao" is gone, not the third', () => {
    const t = 'X. Pan Tao met A. Pan Tao met B. Pan Tao left.';
    const a = ann(t, 3, 10);
    assert.strictEqual(reanchor(a, t.slice(15)), 'orphaned');
    assert.strictEqual(a.orphaned, true);
    assert.strictEqual(a.quote, 'Pan Tao');
  });
  it('issue case: the annotated second "Pan Tao" is deleted; it is orphaned, not moved to the first', () => {
    const t = 'Pan Tao met A. Later Pan Tao met B.';
    const a = ann(t, 21, 28);
    assert.strictEqual(reanchor(a, 'Pan Tao met A. Later he met B.'), 'orphaned');
    assert.strictEqual(a.orphaned, true);
  });
  it('issue case: an edited name is flagged at its place and the stored quote is never rewritten', () => {
    const t = 'Chinese Defense Minister Admiral Dong Jun met his counterpart in Beijing on Friday.';
    const s = t.indexOf('Dong Jun');
    const a = ann(t, s, s + 8);
    const edited = t.replace('Dong Jun', 'Dong Junn');
    assert.strictEqual(reanchor(a, edited), 'moved');
    assert.strictEqual(a.quote, 'Dong Jun');
    assert.strictEqual(edited.slice(a.start, a.end), 'Dong Junn');
    // Shortened at its edge: still flagged, still the old quote.
    const b = ann(t, s, s + 8);
    const cut = t.replace('Dong Jun', 'ong Jun');
    assert.strictEqual(reanchor(b, cut), 'moved');
    assert.strictEqual(b.quote, 'Dong Jun');
  });
  it('an edited name at the very end of the text (a byline) is flagged, not orphaned', () => {
    const t = 'The report on the talks in Hanoi was translated by Tran Hoai';
    const s = t.indexOf('Tran Hoai');
    const a = ann(t, s, s + 9);
    assert.strictEqual(reanchor(a, t.replace('Tran Hoai', 'Tran Hoái')), 'moved');
    assert.deepStrictEqual([a.start, a.end, a.quote], [s, s + 9, 'Tran Hoai']);
  });
  it('a passage repeated in the text (headline and lead) is told apart by a longer context', () => {
    const head = 'Chinese Defense Attaché to Vietnam Senior Colonel Pan Tao visits Hanoi\n\n';
    const lead = 'The Chinese Defense Attaché to Vietnam Senior Colonel Pan Tao said on Monday that ties were good.';
    const t = head + lead;
    const a = ann(t, 8, 23); // "Defense Attaché" of the headline
    assert.ok(a.suffix.length > 32, 'the context grew past the repeat');
    // The headline's words are edited: the lead's identical passage must not be taken for them.
    const edited = t.replace('Chinese Defense Attaché to Vietnam Senior Colonel Pan Tao visits', 'Chinese Defense Attache to Vietnam Senior Colonel Pan Tao visits');
    assert.notStrictEqual(reanchor(a, edited), 'shifted');
    assert.notStrictEqual(reanchor(a, edited), 'exact');
  });
  it('an annotation at the end of the text is not taken for the same words followed by more text', () => {
    const t = 'The report on the talks in Hanoi was translated by Tran Hoai';
    const s = t.indexOf('Tran Hoai');
    assert.strictEqual(reanchor(ann(t, s, s + 9), t + 'nh and others'), 'moved');
    assert.strictEqual(reanchor(ann(t, s, s + 9), t + '\n'), 'moved');
    assert.strictEqual(reanchor(ann(t, s, s + 9), 'UPDATED ' + t), 'shifted');
  });
  it('two copies of the whole context: kept at the nearer one, flagged', () => {
    const t = 'Lavrov met Wang Yi in Moscow on Tuesday. ';
    const a = ann(t, 11, 18);
    assert.strictEqual(reanchor(a, t + t), 'moved');
    assert.strictEqual(a.start, 11);
  });
  it('a hand-written annotation without context is exact where its offsets hold the quote', () => {
    const a: Annotation = { id: 'n', label: 'official', start: 11, end: 17, quote: 'Lavrov', prefix: '', suffix: '', created: '', updated: '' };
    assert.strictEqual(reanchor(a, 'x Lavrov y Lavrov z'), 'exact');
    assert.strictEqual(reanchor(a, 'ab x Lavrov y Lavrov z'), 'moved');
    assert.strictEqual(a.start, 14);
    assert.strictEqual(reanchor(a, 'nothing here'), 'orphaned');
  });
  it('orphans (and keeps) an annotation whose text is gone; finds it again when the text comes back', () => {
    const a = ann(text, text.indexOf('Wang'), text.indexOf('Wang') + 4);
    assert.strictEqual(reanchor(a, 'Completely different article about trade.'), 'orphaned');
    assert.strictEqual(a.orphaned, true);
    assert.strictEqual(a.quote, 'Wang');
    assert.strictEqual(reanchor(a, text), 'exact');
    assert.ok(!a.orphaned);
  });
  it('re-anchors after random outside edits far from the spans', () => {
    const rnd = prng(99);
    for (let round = 0; round < 200; round++) {
      let t = randomText(rnd, 300) + ' Colonel General Ivan Petrov ' + randomText(rnd, 300);
      const s = t.indexOf('Ivan Petrov');
      const a = ann(t, s, s + 11);
      t = randomText(rnd, Math.floor(rnd() * 100)) + t;
      assert.notStrictEqual(reanchor(a, t), 'orphaned');
      assert.strictEqual(t.slice(a.start, a.end), 'Ivan Petrov');
    }
  });
  it('work is linear: 5,000 annotations whose quotes are gone, against a long text', () => {
    const article = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', '003_4b6d259d4106bab7.txt'), 'utf8');
    const text = article.repeat(8);
    const rnd = prng(5);
    const anns: Annotation[] = [];
    for (let i = 0; i < 5000; i++) {
      const quote = randomText(rnd, 20 + Math.floor(rnd() * 400));
      anns.push({ id: `g${i}`, label: 'official', start: Math.floor(rnd() * text.length), end: 0, quote, prefix: article.slice(0, 32), suffix: article.slice(40, 72), created: '', updated: '' });
      anns[i].end = anns[i].start + quote.length;
    }
    const budget = reanchorBudget(anns, text);
    const report = reanchorAll(anns, text, budget);
    const size = text.length + anns.reduce((n, a) => n + a.quote.length + a.prefix.length + a.suffix.length, 0);
    console.log(`      5,000 lost quotes: ${budget.used.toLocaleString('en-US')} steps for ${size.toLocaleString('en-US')} characters of text and sidecar (${(budget.used / size).toFixed(1)} per character)`);
    assert.strictEqual(report.orphaned + report.moved, 5000);
    assert.ok(budget.used < 20 * size, `${budget.used} steps`);
  });
  it('a hostile sidecar fails fast with a message instead of stalling', () => {
    const text = 'a'.repeat(200_000);
    const anns: Annotation[] = [];
    for (let i = 0; i < 2000; i++) anns.push({ id: `h${i}`, label: 'x', start: 0, end: 40, quote: 'a'.repeat(40 + (i % 7)), prefix: 'a'.repeat(32), suffix: 'a'.repeat(31) + 'b', created: '', updated: '' });
    const before = JSON.stringify(anns);
    assert.throws(() => reanchorAll(anns, text), WorkLimitError);
    assert.strictEqual(JSON.stringify(anns), before, 'nothing changed');
  });
});
