// The workspace index on hand-built analyses (independent of the recognizer's output).
import * as assert from 'assert';
import { CorpusIndex, contentHash } from '../../src/core/corpusIndex';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Entity, Meeting, MeetingKind } from '../../src/core/types';

function entity(type: Entity['type'], text: string, start: number, id?: string): Entity {
  return { type, text, start, end: start + text.length, id };
}

function meeting(kind: MeetingKind, start: number, ids: [string, string][]): Meeting {
  return {
    kind, wording: kind, headline: true, date: null, isoDate: null, place: null, referenced: false, start, end: start + 10,
    participants: ids.map(([id, name]) => ({
      id, name, rank: null, position: null, organization: null, country: null, role: 'participant', side: null,
    })),
  };
}

/** File A: Luong Cuong (full, then short) meets Miao Hua. */
function fileA(): Analysis {
  return {
    entities: [
      entity('rank', 'General', 0),
      entity('official', 'Luong Cuong', 8, 'luong-cuong'),
      entity('official', 'Miao Hua', 40, 'miao-hua'),
      entity('official', 'Cuong', 80, 'luong-cuong'),
      entity('organization', 'Vietnam People’s Army', 100, 'vietnam-peoples-army'),
    ],
    persons: [
      { id: 'luong-cuong', name: 'Luong Cuong', capacity: 'official', rank: 'General', position: null, organization: null, country: 'Vietnam', mentions: [1, 3] },
      { id: 'miao-hua', name: 'Miao Hua', capacity: 'official', rank: 'Senior Lieutenant General', position: 'Director of the Political Work Department', organization: null, country: 'China', mentions: [2] },
    ],
    organizations: [{ id: 'vietnam-peoples-army', name: 'Vietnam People’s Army', country: 'Vietnam', parent: null, mentions: [4] }],
    meetings: [meeting('phone call', 0, [['luong-cuong', 'Luong Cuong'], ['miao-hua', 'Miao Hua']])],
  };
}

/** File B: only the short form, with a position the first file did not state. */
function fileB(): Analysis {
  return {
    entities: [entity('official', 'Cuong', 5, 'luong-cuong')],
    persons: [{ id: 'luong-cuong', name: 'Cuong', capacity: 'official', rank: null, position: 'Chief of the General Department of Politics', organization: null, country: null, mentions: [0] }],
    organizations: [],
    meetings: [],
  };
}

describe('CorpusIndex', () => {
  it('merges persons by id across files, keeping the full name and first known attributes', () => {
    const index = new CorpusIndex();
    index.set('b.txt', 'hb', fileB());
    index.set('a.txt', 'ha', fileA());
    const cuong = index.person('luong-cuong');
    assert.ok(cuong);
    assert.strictEqual(cuong.name, 'Luong Cuong');
    assert.strictEqual(cuong.rank, 'General');
    assert.strictEqual(cuong.position, 'Chief of the General Department of Politics');
    assert.strictEqual(cuong.country, 'Vietnam');
    assert.deepStrictEqual(cuong.files, ['b.txt', 'a.txt']);
    assert.strictEqual(cuong.mentionCount, 3);
    assert.strictEqual(index.persons().length, 2);
  });

  it('lists mentions across files in order, and the first mention', () => {
    const index = new CorpusIndex();
    index.set('a.txt', 'ha', fileA());
    index.set('b.txt', 'hb', fileB());
    const mentions = index.mentionsOf('luong-cuong');
    assert.deepStrictEqual(mentions.map((m) => [m.path, m.start, m.text]), [
      ['a.txt', 8, 'Luong Cuong'], ['a.txt', 80, 'Cuong'], ['b.txt', 5, 'Cuong'],
    ]);
    assert.deepStrictEqual(index.firstMention('luong-cuong')?.start, 8);
    assert.strictEqual(index.mentionsOf('vietnam-peoples-army').length, 1);
    assert.deepStrictEqual(index.mentionsOf('nobody'), []);
  });

  it('updates and removes one file, skipping unchanged hashes', () => {
    const index = new CorpusIndex();
    const a = fileA();
    assert.strictEqual(index.set('a.txt', 'h1', a), true);
    const gen = index.generation;
    assert.strictEqual(index.set('a.txt', 'h1', a), false);
    assert.strictEqual(index.generation, gen);
    assert.strictEqual(index.isStale('a.txt', 'h1'), false);
    assert.strictEqual(index.isStale('a.txt', 'h2'), true);
    index.set('b.txt', 'hb', fileB());
    index.set('a.txt', 'h2', { entities: [], persons: [], organizations: [], meetings: [] });
    assert.strictEqual(index.person('miao-hua'), undefined);
    assert.strictEqual(index.person('luong-cuong')?.name, 'Cuong');
    assert.strictEqual(index.remove('b.txt'), true);
    assert.strictEqual(index.remove('b.txt'), false);
    assert.strictEqual(index.persons().length, 0);
    assert.ok(index.generation > gen);
  });

  it('lists meetings, per file and per participant', () => {
    const index = new CorpusIndex();
    index.set('a.txt', 'ha', fileA());
    index.set('b.txt', 'hb', fileB());
    assert.strictEqual(index.meetings().length, 1);
    assert.strictEqual(index.meetings('b.txt').length, 0);
    assert.strictEqual(index.meetingsOf('miao-hua')[0].path, 'a.txt');
    assert.strictEqual(index.meetingsOf('nobody').length, 0);
  });

  it('finds holders of a position regardless of case and wording length', () => {
    const index = new CorpusIndex();
    index.set('a.txt', 'ha', fileA());
    index.set('b.txt', 'hb', fileB());
    assert.deepStrictEqual(index.holdersOf('director of the political work department').map((p) => p.id), ['miao-hua']);
    assert.deepStrictEqual(index.holdersOf('Chief of the General Department of Politics of the Vietnam People’s Army').map((p) => p.id), ['luong-cuong']);
    assert.deepStrictEqual(index.holdersOf('  '), []);
  });

  it('searches symbols: word prefix before substring before subsequence', () => {
    const index = new CorpusIndex();
    index.set('a.txt', 'ha', fileA());
    index.set('b.txt', 'hb', fileB());
    const hits = index.searchSymbols('cuong');
    assert.strictEqual(hits[0].id, 'luong-cuong');
    assert.strictEqual(hits[0].kind, 'official');
    assert.deepStrictEqual([hits[0].path, hits[0].start], ['a.txt', 8]);
    assert.ok(index.searchSymbols('lcng').some((s) => s.id === 'luong-cuong'));
    assert.ok(index.searchSymbols('phone').some((s) => s.kind === 'meeting'));
    assert.deepStrictEqual(index.searchSymbols('zzz'), []);
    assert.strictEqual(index.searchSymbols('').length, 4);
  });

  it('hashes content so that any edit changes the hash', () => {
    assert.strictEqual(contentHash('General Cuong'), contentHash('General Cuong'));
    assert.notStrictEqual(contentHash('General Cuong'), contentHash('General Cuonh'));
    assert.notStrictEqual(contentHash(''), contentHash(' '));
  });
});

describe('CorpusIndex incremental merge', () => {
  it('after updates and removals, merged views equal those of an index built from scratch', () => {
    const texts = [
      'Major General Zhang Wei met Colonel Tran Van Nam in Hanoi.',
      'General Zhang thanked the Ministry of National Defense of Vietnam.',
      'Senior Colonel Pan Tao received Rear Admiral John Smith.',
      'Colonel Tran Van Nam visited the Vietnam People’s Army Newspaper.',
    ];
    const live = new CorpusIndex();
    texts.forEach((t, i) => live.set(`f${i}`, contentHash(t), analyze(t)));
    live.persons();
    const edited = 'Rear Admiral John Smith met Major General Zhang Wei at the Ministry of National Defense of Vietnam.';
    live.set('f2', contentHash(edited), analyze(edited));
    live.persons();
    live.remove('f1');
    const fresh = new CorpusIndex();
    fresh.set('f0', contentHash(texts[0]), analyze(texts[0]));
    fresh.set('f3', contentHash(texts[3]), analyze(texts[3]));
    fresh.set('f2', contentHash(edited), analyze(edited));
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    // Files are compared as sets: the live index keeps f2 where it was first added.
    const norm = <T extends { id: string; files: string[] }>(xs: T[]) => byId(xs).map((x) => ({ ...x, files: [...x.files].sort() }));
    assert.deepStrictEqual(norm(live.persons()), norm(fresh.persons()));
    assert.deepStrictEqual(norm(live.organizations()), norm(fresh.organizations()));
    assert.ok(live.person('zhang-wei')!.files.includes('f2'));
    assert.strictEqual(live.firstMention('zhang-wei')!.path, 'f0');
  });
});
