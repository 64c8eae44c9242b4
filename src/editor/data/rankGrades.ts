// Looks a rank up in rankGrades.json: its NATO grade and the same grade's names in other armies.
import data from './rankGrades.json';

export interface RankGrade {
  code: string;
  label: string;
  /** Army (country) → English rank names of this grade. */
  ranks: Record<string, string[]>;
}

const GRADES: RankGrade[] = data.grades;

// The engine may state a country as a name or an adjective; the data uses short army keys.
const ARMY_ALIASES: Record<string, string> = {
  us: 'US', usa: 'US', 'united states': 'US', american: 'US', america: 'US',
  uk: 'UK', 'united kingdom': 'UK', britain: 'UK', british: 'UK', 'great britain': 'UK',
  vietnam: 'Vietnam', vietnamese: 'Vietnam', 'viet nam': 'Vietnam',
  china: 'China', chinese: 'China', prc: 'China',
  russia: 'Russia', russian: 'Russia', 'russian federation': 'Russia',
  india: 'India', indian: 'India',
};

export function armyOf(country: string | null | undefined): string | undefined {
  return country ? ARMY_ALIASES[country.trim().toLowerCase()] : undefined;
}

const same = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/** The grade of `rank`, preferring the grade it has in the holder's army (ranks differ between armies). */
export function gradeOf(rank: string, country?: string | null): RankGrade | undefined {
  const army = armyOf(country);
  if (army) {
    const inArmy = GRADES.find((g) => (g.ranks[army] ?? []).some((r) => same(r, rank)));
    if (inArmy) return inArmy;
  }
  // Otherwise the grade most armies give it (US first, as NATO's reference).
  for (const preferred of ['US', 'UK']) {
    const g = GRADES.find((x) => (x.ranks[preferred] ?? []).some((r) => same(r, rank)));
    if (g) return g;
  }
  return GRADES.find((g) => Object.values(g.ranks).some((names) => names.some((r) => same(r, rank))));
}
