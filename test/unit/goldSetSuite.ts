// The mocha suite of an annotated set (kept apart from goldSets.ts, which the benchmark's scorer uses
// outside mocha).
import * as assert from 'assert';
import type { Analysis } from '../../src/core/types';
import { goldProblems, loadSet, SCORED_TYPES, scoreSet, type ScoredType, type SetScore } from './goldSets';

export interface SetFloors {
  /** Articles the set must hold. */
  articles: number;
  /** Overlap-F1 floor per type. */
  f1: Record<ScoredType, number>;
  /** Share of the gold headline participants the engine must find. */
  participants: number;
  /** Name the missed participants on failure (not for a blind set, whose misses must not leak). */
  revealMisses: boolean;
}

/** The mocha suite of an annotated set: its gold is sound, and the engine stays above the floors. */
export function describeGoldSet(title: string, dir: string, floors: SetFloors, analyze: (text: string) => Analysis): void {
  describe(title, () => {
    const docs = loadSet(dir);
    let result: SetScore;
    before(() => {
      result = scoreSet(docs, analyze);
    });
    it(`${floors.articles} articles, every gold string occurs in its article as a whole word (inside its context, if any)`, () => {
      assert.strictEqual(docs.length, floors.articles);
      assert.deepStrictEqual(goldProblems(docs), []);
    });
    for (const type of SCORED_TYPES) {
      it(`${type}: overlap F1 ≥ ${floors.f1[type]}`, () => {
        const o = result.overlap[type];
        assert.ok(o.f1 >= floors.f1[type], `${type} overlap F1 ${o.f1.toFixed(3)} < ${floors.f1[type]} (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`);
      });
    }
    it(`headline meetings: the engine finds ≥ ${floors.participants * 100}% of the gold participants`, () => {
      const { found, gold, missed } = result.participants;
      assert.ok(found / gold >= floors.participants, `found ${found}/${gold}${floors.revealMisses ? `; missed ${missed.join('; ')}` : ''}`);
    });
  });
}
