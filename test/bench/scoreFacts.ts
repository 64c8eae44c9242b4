// `npm run score:facts [SET...] [--misses]`: the facts the engine states on the annotated sets, against the
// analysts' facts gold. Misses are printed only for sets the engine is tuned on, never for the blind ones.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { FACT_SETS } from '../unit/factSets';
import { loadFactsSet, ratio, scoreFacts, type FactsScore, type Tally } from '../unit/factsScorer';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.filter((a) => !a.startsWith('--'));
const root = path.resolve(__dirname, '..', '..', '..');
const pct = (t: Tally) => `${t.right}/${t.of} (${(ratio(t) * 100).toFixed(0)}%)`;
const KEYS: (keyof FactsScore)[] = ['official', 'country', 'position', 'rank', 'headline', 'meetingsFound', 'kind', 'date', 'place', 'role', 'asymmetricRole', 'side'];
for (const set of FACT_SETS) {
  if (only.length && !only.includes(set.label)) continue;
  if (!fs.existsSync(path.join(root, set.dir))) continue;
  const docs = loadFactsSet(path.join(root, set.dir), set.goldDir && path.join(root, set.goldDir));
  const s = scoreFacts(docs, (text) => analyze(text));
  console.log(`\n${set.label} (${docs.length} articles with facts)`);
  for (const k of KEYS) console.log(`  ${k.padEnd(16)} ${pct(s[k] as Tally)}`);
  console.log(`  spurious: ${s.spuriousMeetings} meetings, ${s.spuriousOfficials} officials`);
  // Counts only, for every set: how many misses are persons or meetings the engine did not find at all.
  const notFound = (t: Tally) => t.misses.filter((m) => /not found|absent/.test(m)).length;
  console.log(`  misses that are not found: officials ${notFound(s.country)}/${s.country.of - s.country.right}, meetings ${s.meetingsFound.of - s.meetingsFound.right}, participants ${notFound(s.role)}/${s.role.of - s.role.right}`);
  if (showMisses && !set.blind) {
    for (const k of KEYS) for (const m of (s[k] as Tally).misses) console.log(`    ${k}: ${m}`);
  }
}
