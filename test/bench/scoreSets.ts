// `npm run score`: the engine on the annotated sets (seeds, held-out, dev2 to dev7, and the blind ones), per type overlap and exact
// precision / recall / F1 and the headline participants found: the figures the README quotes.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import type { TypeScore } from '../unit/goldScorer';
import { loadSet, SCORED_TYPES, scoreSet } from '../unit/goldSets';

const root = path.resolve(__dirname, '..', '..', '..');
const sets: [string, string, string?][] = [
  ['seeds', path.join(root, 'seeds'), path.join(root, 'test/fixtures/gold')],
  ['held-out', path.join(root, 'test/fixtures/heldout')],
  ['dev2', path.join(root, 'test/fixtures/dev2')],
  ['dev3', path.join(root, 'test/fixtures/dev3')],
  ['dev4', path.join(root, 'test/fixtures/dev4')],
  ['dev5', path.join(root, 'test/fixtures/dev5')],
  ['dev6', path.join(root, 'test/fixtures/dev6')],
  ['dev7', path.join(root, 'test/fixtures/dev7')],
  ['dev8', path.join(root, 'test/fixtures/dev8')],
  ['dev9', path.join(root, 'test/fixtures/dev9')],
  ['dev10', path.join(root, 'test/fixtures/dev10')],
  ['dev11', path.join(root, 'test/fixtures/dev11')],
  ['dev12', path.join(root, 'test/fixtures/dev12')],
  ['dev13', path.join(root, 'test/fixtures/dev13')],
  ['dev14', path.join(root, 'test/fixtures/dev14')],
  ['dev15', path.join(root, 'test/fixtures/dev15')],
  ['dev16', path.join(root, 'test/fixtures/dev16')],
  ['dev17', path.join(root, 'test/fixtures/dev17')],
  ['dev18', path.join(root, 'test/fixtures/dev18')],
  ['dev19', path.join(root, 'test/fixtures/dev19')],
  ['dev20', path.join(root, 'test/fixtures/dev20')],
  ['dev21', path.join(root, 'test/fixtures/dev21')],
  ['dev22', path.join(root, 'test/fixtures/dev22')],
  ['dev23', path.join(root, 'test/fixtures/dev23')],
  ['blind', path.join(root, 'test/fixtures/blind')],
  ['blind2', path.join(root, 'test/fixtures/blind2')],
  ['blind3', path.join(root, 'test/fixtures/blind3')],
  ['blind4', path.join(root, 'test/fixtures/blind4')],
  ['blind5', path.join(root, 'test/fixtures/blind5')],
  ['blind6', path.join(root, 'test/fixtures/blind6')],
  ['blind7', path.join(root, 'test/fixtures/blind7')],
  ['blind8', path.join(root, 'test/fixtures/blind8')],
  ['blind9', path.join(root, 'test/fixtures/blind9')],
  ['blind10', path.join(root, 'test/fixtures/blind10')],
  ['blind11', path.join(root, 'test/fixtures/blind11')],
  ['blind12', path.join(root, 'test/fixtures/blind12')],
  ['blind13', path.join(root, 'test/fixtures/blind13')],
  ['blind14', path.join(root, 'test/fixtures/blind14')],
  ['blind15', path.join(root, 'test/fixtures/blind15')],
  ['blind16', path.join(root, 'test/fixtures/blind16')],
  ['blind17', path.join(root, 'test/fixtures/blind17')],
  ['blind18', path.join(root, 'test/fixtures/blind18')],
  ['blind19', path.join(root, 'test/fixtures/blind19')],
  ['blind20', path.join(root, 'test/fixtures/blind20')],
  ['blind21', path.join(root, 'test/fixtures/blind21')],
];
const fmt = (s: TypeScore) => `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / ${s.f1.toFixed(3)}`;
for (const [label, dir, gold] of sets) {
  if (!fs.existsSync(dir)) continue;
  const docs = loadSet(dir, gold);
  const r = scoreSet(docs, (text) => analyze(text));
  console.log(`\n${label} (${docs.length} articles)            overlap P / R / F1        exact P / R / F1`);
  for (const t of SCORED_TYPES) console.log(`  ${t.padEnd(14)} ${fmt(r.overlap[t]).padEnd(27)} ${fmt(r.exact[t])}`);
  console.log(`  headline participants found: ${r.participants.found}/${r.participants.gold}`);
}
