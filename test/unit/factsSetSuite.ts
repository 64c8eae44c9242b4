// The mocha suite of a set's facts gold: the gold is sound (names occur in their articles, participants are
// officials), and the facts the engine states stay above the set's floors. A blind set's failures give counts
// only: which facts are missed must not leak to whoever tunes the engine.
import * as assert from 'assert';
import type { Analysis } from '../../src/core/types';
import { loadFactsSet, ratio, scoreFacts, type FactsScore, type Tally } from './factsScorer';

/** Metrics with a floor: the share of the gold's facts the engine states right. */
export type FactMetric = 'official' | 'headline' | 'kind' | 'date' | 'place' | 'role' | 'side';
export const FACT_METRICS: FactMetric[] = ['official', 'headline', 'kind', 'date', 'place', 'role', 'side'];

export function describeFactsSet(
  title: string, dir: string, goldDir: string | undefined, floors: { articles: number; blind: boolean } & Record<FactMetric, number>,
  analyze: (text: string) => Analysis,
): void {
  describe(title, () => {
    const docs = loadFactsSet(dir, goldDir);
    let result: FactsScore;
    before(() => {
      result = scoreFacts(docs, analyze);
    });
    it(`${floors.articles} articles with facts gold; every name occurs in its article and every participant is an official`, () => {
      assert.strictEqual(docs.length, floors.articles);
      const problems: string[] = [];
      for (const { name, text, facts } of docs) {
        for (const o of facts.officials) if (!text.includes(o.name)) problems.push(`${name}: official ${o.name} does not occur`);
        for (const m of facts.meetings) {
          for (const p of m.participants) if (!facts.officials.some((o) => o.name === p.name)) problems.push(`${name}: participant ${p.name} is not an official`);
        }
        if (facts.meetings.filter((m) => m.headline).length > 1) problems.push(`${name}: more than one headline meeting`);
      }
      assert.deepStrictEqual(problems, []);
    });
    for (const metric of FACT_METRICS) {
      it(`${metric}: ≥ ${(floors[metric] * 100).toFixed(0)}% of the gold's facts`, () => {
        const t = result[metric] as Tally;
        const shown = floors.blind ? '' : `; missed: ${t.misses.join(' | ')}`;
        assert.ok(ratio(t) >= floors[metric], `${metric} ${t.right}/${t.of} = ${(ratio(t) * 100).toFixed(1)}% < ${(floors[metric] * 100).toFixed(0)}%${shown}`);
      });
    }
  });
}
