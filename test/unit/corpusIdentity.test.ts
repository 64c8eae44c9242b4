// One identity per real person across texts: spelling variants merge, people who only share a family
// name do not, and the analyst's identity file wins.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { Corpus, parseIdentityFile, personNameKey } from '../../src/core/corpus';
import type { CorpusDocument } from '../../src/core/corpus';
import { doc } from './corpusFixtures';

function idsOf(corpus: Corpus, name: string): string[] {
  return [...new Set(corpus.people().filter((p) => p.names.includes(name)).map((p) => p.id))];
}

function sameIdentity(corpus: Corpus, a: string, b: string): boolean {
  const x = idsOf(corpus, a);
  const y = idsOf(corpus, b);
  assert.strictEqual(x.length, 1, `${a} should be one identity, got ${x.join(', ')}`);
  assert.strictEqual(y.length, 1, `${b} should be one identity, got ${y.join(', ')}`);
  return x[0] === y[0];
}

function text(rel: string, body: string): CorpusDocument {
  return { path: `/ws/${rel}`, rel, analysis: analyze(body) };
}

describe('Corpus identities', () => {
  it('variants of one name merge: diacritics, initials and suffixes, Korean and Chinese given names', () => {
    const pairs: [string, string][] = [
      ['Lương Cường', 'Luong Cuong'],
      ['Lloyd J. Austin III', 'Lloyd Austin'],
      ['Kim Jong-un', 'Kim Jong Un'],
      ['Kim Jong Un', 'Kim Jongun'],
      ['Wei Feng-he', 'Wei Fenghe'],
      ['Martin Luther King Jr.', 'Martin Luther King'],
      ['Đặng Hoàng An', 'Dang Hoang An'],
    ];
    for (const [a, b] of pairs) {
      const corpus = new Corpus([doc('a.txt', [{ name: a }]), doc('b.txt', [{ name: b }])]);
      assert.ok(sameIdentity(corpus, a, b), `${a} / ${b}`);
      const person = corpus.people()[0];
      assert.deepStrictEqual(person.documents, ['/ws/a.txt', '/ws/b.txt']);
      assert.strictEqual(personNameKey(a), personNameKey(b));
    }
  });

  it('the fullest spelling is shown and every spelling is listed', () => {
    const corpus = new Corpus([
      doc('a.txt', [{ name: 'Lloyd Austin', country: 'United States' }]),
      doc('b.txt', [{ name: 'Lloyd J. Austin III', country: 'United States' }]),
      doc('c.txt', [{ name: 'Lloyd Austin' }]),
    ]);
    assert.strictEqual(corpus.people().length, 1);
    const p = corpus.people()[0];
    assert.strictEqual(p.name, 'Lloyd J. Austin III');
    assert.deepStrictEqual([...p.names].sort(), ['Lloyd Austin', 'Lloyd J. Austin III']);
    assert.strictEqual(p.id, 'lloyd-austin');
    assert.strictEqual(p.country, 'United States');
  });

  it('people who only share a family name stay apart', () => {
    const corpus = new Corpus([
      doc('a.txt', [{ name: 'Kim Jong-un', country: 'North Korea' }, { name: 'Kim Yo-jong', country: 'North Korea' }]),
      doc('b.txt', [{ name: 'Kim Min-jun', country: 'South Korea' }]),
      doc('c.txt', [{ name: 'Nguyen Van Hung' }, { name: 'Nguyen Hung' }]),
      // Lone family names: "Kim" and "Austin" in two texts are not known to be anyone in particular.
      doc('d.txt', [{ name: 'Kim' }, { name: 'Austin' }]),
      doc('e.txt', [{ name: 'Kim' }, { name: 'Lloyd Austin' }]),
    ]);
    const distinct = ['Kim Jong-un', 'Kim Yo-jong', 'Kim Min-jun', 'Nguyen Van Hung', 'Nguyen Hung', 'Lloyd Austin'];
    const ids = distinct.map((n) => idsOf(corpus, n));
    for (const list of ids) assert.strictEqual(list.length, 1);
    assert.strictEqual(new Set(ids.map((l) => l[0])).size, distinct.length, `merged: ${JSON.stringify(ids)}`);
    // Each text's lone "Kim" is its own, and joins nobody with a full name.
    assert.strictEqual(idsOf(corpus, 'Kim').length, 2);
    assert.notStrictEqual(idsOf(corpus, 'Austin')[0], idsOf(corpus, 'Lloyd Austin')[0]);
  });

  it('the same name stated for two countries is two people; a text without a country joins the only one', () => {
    const corpus = new Corpus([
      doc('a.txt', [{ name: 'Lee Sang-min', country: 'South Korea' }, { name: 'Wang Wei', country: 'China' }]),
      doc('b.txt', [{ name: 'Lee Sang-min', country: 'North Korea' }, { name: 'Wang Wei' }]),
    ]);
    assert.strictEqual(idsOf(corpus, 'Lee Sang-min').length, 2);
    assert.deepStrictEqual(idsOf(corpus, 'Wang Wei'), ['wang-wei']);
    assert.strictEqual(corpus.identity('wang-wei')!.documents.length, 2);
  });

  it('real texts: the engine resolves short mentions in each text, the corpus joins the spellings', () => {
    const corpus = new Corpus([
      text('a.txt', 'Vietnamese Minister of National Defense General Lương Cường received US Secretary of Defense Lloyd J. Austin III in Hanoi on March 5, 2023.\n\nGeneral Cường welcomed Secretary Austin to Vietnam.\n'),
      text('b.txt', 'US Secretary of Defense Lloyd Austin held talks with Vietnamese Minister of National Defense General Luong Cuong in Hanoi on March 5, 2023.\n\nSecretary Austin thanked General Cuong.\n'),
    ]);
    assert.deepStrictEqual(corpus.people().map((p) => p.id).sort(), ['lloyd-austin', 'luong-cuong']);
    const cuong = corpus.identity('luong-cuong')!;
    assert.strictEqual(cuong.name, 'Lương Cường');
    assert.strictEqual(cuong.mentionCount, 4, 'full and short mentions of both texts');
    // Both texts report one meeting: the corpus shows it once, with both sources.
    const events = corpus.eventsOf('luong-cuong');
    assert.strictEqual(events.length, 1);
    assert.deepStrictEqual(events[0].reports.map((r) => r.rel), ['a.txt', 'b.txt']);
    assert.strictEqual(events[0].isoDate, '2023-03-05');
  });

  describe('analyst decisions win', () => {
    const texts = () => [
      doc('news/a.txt', [{ name: 'Luong Cuong', country: 'Vietnam' }, { name: 'John Smith', country: 'United States', rank: 'Admiral' }]),
      doc('news/b.txt', [{ name: 'Cuong', country: 'Vietnam' }, { name: 'John Smith', country: 'United States', position: 'Senator' }]),
      doc('old/c.txt', [{ name: 'John Smith', country: 'United States', position: 'Senator' }, { name: 'Gen. Luong' }]),
    ];

    it('a merge takes the names it lists, under its id and name', () => {
      const file = parseIdentityFile('version: 1\npeople:\n  - id: luong-cuong\n    name: Lương Cường\n    names: [Cuong, Gen. Luong]\n    note: Minister since 2021.\n');
      assert.ok(file.ok, JSON.stringify(file.problems));
      const without = new Corpus(texts());
      assert.strictEqual(without.people().filter((p) => /Cuong|Luong/.test(p.names.join())).length, 3);
      const corpus = new Corpus(texts(), file.rules);
      const p = corpus.identity('luong-cuong')!;
      assert.strictEqual(p.name, 'Lương Cường');
      assert.deepStrictEqual(p.documents, ['/ws/news/a.txt', '/ws/news/b.txt', '/ws/old/c.txt']);
      assert.strictEqual(corpus.people().filter((x) => /Cuong|Luong/.test(x.names.join())).length, 1);
      assert.strictEqual(p.rule?.note, 'Minister since 2021.');
    });

    it('a split keeps the listed texts apart; the rest keep the automatic identity', () => {
      const before = new Corpus(texts());
      assert.deepStrictEqual(idsOf(before, 'John Smith'), ['john-smith']);
      const file = parseIdentityFile('version: 1\npeople:\n  - id: john-smith-senator\n    names: [John Smith]\n    documents: [news/b.txt, old/]\n');
      assert.ok(file.ok, JSON.stringify(file.problems));
      const corpus = new Corpus(texts(), file.rules);
      assert.deepStrictEqual(corpus.identity('john-smith')!.documents, ['/ws/news/a.txt']);
      assert.deepStrictEqual(corpus.identity('john-smith-senator')!.documents, ['/ws/news/b.txt', '/ws/old/c.txt']);
    });

    it('a split wins over a merge of the same name', () => {
      const file = parseIdentityFile([
        'version: 1',
        'people:',
        '  - id: john-smith-admiral',
        '    names: [John Smith]',
        '  - id: john-smith-senator',
        '    names: [John Smith]',
        '    documents: [old/c.txt]',
      ].join('\n'));
      const corpus = new Corpus(texts(), file.rules);
      assert.deepStrictEqual(corpus.identity('john-smith-admiral')!.documents, ['/ws/news/a.txt', '/ws/news/b.txt']);
      assert.deepStrictEqual(corpus.identity('john-smith-senator')!.documents, ['/ws/old/c.txt']);
      assert.strictEqual(corpus.identity('john-smith'), undefined);
    });

    it('meetings follow the decisions: a merge joins the meetings of both spellings', () => {
      const docs = [
        doc('a.txt', [{ name: 'Luong Cuong', country: 'Vietnam' }, { name: 'Miao Hua', country: 'China' }], [{ kind: 'phone call', isoDate: '2022-11-06', who: [['Luong Cuong', 'caller'], ['Miao Hua', 'callee']] }]),
        doc('b.txt', [{ name: 'Cuong', country: 'Vietnam' }, { name: 'Dong Jun', country: 'China' }], [{ kind: 'talks', isoDate: '2024-05-01', who: [['Cuong', 'participant'], ['Dong Jun', 'participant']] }]),
      ];
      assert.strictEqual(new Corpus(docs).eventsOf('luong-cuong').length, 1);
      const file = parseIdentityFile('version: 1\npeople:\n  - id: luong-cuong\n    names: [Cuong]\n    documents: [b.txt, a.txt]\n');
      const merged = new Corpus(docs, file.rules);
      assert.deepStrictEqual(merged.eventsOf('luong-cuong').map((e) => e.isoDate), ['2022-11-06', '2024-05-01']);
    });
  });
});
