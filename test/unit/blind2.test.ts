// The engine on a second blind set of ten articles (test/fixtures/blind2/: a Japanese foreign-ministry call, a UN
// Secretary-General readout, a White House call, a Chinese foreign-ministry call, a Five Eyes joint statement, a
// Korean defence-ministry call, Kenyan, Peruvian and Nigerian defence news, and a US-Russia video call), written by
// someone who had not seen the engine and never tuned on. Floors: overlap F1 first measured minus 0.05, rounded
// down; participants: the share measured less 0.1. Failures report counts only.
import * as path from 'path';
import { analyze } from '../../src/core';
import { describeGoldSet } from './goldSetSuite';
import type { ScoredType } from './goldSets';

/** Overlap-F1 floors per type (first measured: official 0.965, rank 1.000, position 0.930, organization 0.762). */
const F1: Record<ScoredType, number> = { official: 0.91, rank: 0.95, position: 0.91, organization: 0.71 };
describeGoldSet('engine on the blind2 articles, scored against the gold', path.resolve(__dirname, '../../../test/fixtures/blind2'), {
  articles: 10,
  f1: F1,
  participants: 0.52, // measured 17/27
  revealMisses: false,
}, (text) => analyze(text));
