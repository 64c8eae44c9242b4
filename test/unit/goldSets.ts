// A folder of articles with hand-made gold (NAME.txt beside NAME.gold.json), scored as one set: per-type
// micro scores and the share of the gold headline-meeting participants the engine finds. Used by the
// held-out and blind tests and by `npm run score`, which prints the figures the README quotes.
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../src/core/types';
import { micro, occurrences, score, type Gold, type TypeScore } from './goldScorer';

export const SCORED_TYPES = ['official', 'rank', 'position', 'organization'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface GoldDocument {
  name: string;
  text: string;
  gold: Gold;
}

export interface SetScore {
  overlap: Record<ScoredType, TypeScore>;
  exact: Record<ScoredType, TypeScore>;
  participants: { gold: number; found: number; missed: string[] };
}

/** The articles of `dir` with their gold (from `goldDir`, by default the same folder). */
export function loadSet(dir: string, goldDir = dir): GoldDocument[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .filter((f) => fs.existsSync(path.join(goldDir, f.replace(/\.txt$/, '.gold.json'))))
    .map((f) => ({
      name: f,
      text: fs.readFileSync(path.join(dir, f), 'utf8'),
      gold: JSON.parse(fs.readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold,
    }));
}

// A participant is found when the engine's name and the gold name agree up to case, diacritics,
// apostrophe style, punctuation, middle initials and generational suffixes, or one is a contiguous
// part of the other ("Teodoro" for "Gilberto C. Teodoro Jr.").
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
export const nameTokens = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd').replace(/ß/g, 'ss').replace(/[’‘]/g, "'").replace(/[.,]/g, ' ').toLowerCase()
    .split(/\s+/).filter((t) => t.length > 1 && !SUFFIX.has(t));

export function sameName(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!short.some((t) => t.length >= 3)) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, j) => long[i + j] === t)) return true;
  return false;
}

export function scoreSet(docs: readonly GoldDocument[], analyze: (text: string) => Analysis): SetScore {
  const overlap: Record<string, TypeScore[]> = {};
  const exact: Record<string, TypeScore[]> = {};
  const participants = { gold: 0, found: 0, missed: [] as string[] };
  for (const { name, text, gold } of docs) {
    const a = analyze(text);
    const o = score(text, gold, a.entities, SCORED_TYPES, false);
    const x = score(text, gold, a.entities, SCORED_TYPES, true);
    for (const t of SCORED_TYPES) {
      (overlap[t] ??= []).push(o[t]);
      (exact[t] ??= []).push(x[t]);
    }
    const headline = a.meetings.find((m) => !m.referenced);
    for (const p of gold.meeting?.participants ?? []) {
      participants.gold++;
      if (headline?.participants.some((q) => sameName(q.name, p))) participants.found++;
      else participants.missed.push(`${name}: ${p}`);
    }
  }
  const merge = (by: Record<string, TypeScore[]>) =>
    Object.fromEntries(SCORED_TYPES.map((t) => [t, micro(by[t] ?? [])])) as Record<ScoredType, TypeScore>;
  return { overlap: merge(overlap), exact: merge(exact), participants };
}

/** Gold strings that do not occur whole-word in their article, and participants that are not gold officials. */
export function goldProblems(docs: readonly GoldDocument[]): string[] {
  const problems: string[] = [];
  for (const { name, text, gold } of docs) {
    for (const g of gold.entities) {
      const n = g.context
        ? occurrences(text, g.context).filter((c) => occurrences(text, g.text).includes(c + g.context!.indexOf(g.text))).length
        : occurrences(text, g.text).length;
      if (n === 0) problems.push(`${name}: ${JSON.stringify(g)} does not occur`);
    }
    for (const p of gold.meeting?.participants ?? []) {
      if (!gold.entities.some((e) => e.type === 'official' && e.text === p)) problems.push(`${name}: participant ${p} is not a gold official`);
    }
  }
  return problems;
}
