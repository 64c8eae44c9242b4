// The regions' lexicon read as a lookup: which country a province or state belongs to.
import regionsData from '../lexicons/regions.json';

let regionCountry: Map<string, string> | undefined;
/** The country a province or state belongs to ("Jigawa": Nigeria), from the regions' lexicon, or undefined. */
export function regionOf(name: string): string | undefined {
  if (!regionCountry) {
    regionCountry = new Map();
    for (const [country, names] of Object.entries<string[]>(regionsData.regions)) for (const r of names) regionCountry.set(r, country);
  }
  return regionCountry.get(name);
}
