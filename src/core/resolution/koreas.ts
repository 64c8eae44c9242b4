// "Korea" and "Korean" name the South in the lexicon, as most news means them; a text that names only the North
// (KCNA's "the Korean people", "the Workers' Party of Korea") means the North by them.

// (The North's own names, as its agency and its friends write them; not "North Korea", which any text discussing it
// may name: "Korean Foreign Minister X discussed North Korea with Y" is the South's.)
const NORTH = /\b(?:DPRK|D\.P\.R\.K\.|Democratic People['’]s Republic of Korea|Workers['’] Party of Korea|WPK|KCNA|Juche)\b/;
// (Seoul's agency and ministries name the South too: "SEOUL, Aug. 24 (Yonhap)", "Unification Minister".)
const SOUTH = /\b(?:South Korean?|ROK|Republic of Korea|Seoul|Busan|Incheon|Yonhap|Korea Herald|Korea Times|Unification Minist(?:er|ry))\b/i;

/** Whether the text names the North and never the South: its "Korea" and "Korean" are the North's. */
export function northOnly(text: string): boolean {
  // ("the Democratic People's Republic of Korea" holds "Republic of Korea": it is the North's name.)
  return NORTH.test(text) && !SOUTH.test(text.replace(/Democratic People['’]s Republic of Korea/g, ''));
}

/** Gives the North every country the lexicon read as the South, in a text that names only the North. */
export function northForSouth<T extends { country: string | null }>(items: readonly T[]): void {
  for (const x of items) if (x.country === 'South Korea') x.country = 'North Korea';
}
