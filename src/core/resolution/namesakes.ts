// Two countries that share a short name: the lexicon reads the short name as the one most news means ("Korea",
// "Korean": the South; "Congo", "Congolese": the Democratic Republic). A text that names only the other, by names
// that are its own, means the other by the short name too.

interface Namesakes {
  /** The country the lexicon reads the shared name as. */
  usual: string;
  /** The other country, meant where the text names only it. */
  other: string;
  /** Names only the other has. */
  otherNames: RegExp;
  /** Names only the usual one has (after the other's names that hold them are set aside). */
  usualNames: RegExp;
  /** The other's names that hold one of the usual one's: "the Democratic People's Republic of Korea". */
  otherHolding?: RegExp;
}

const NAMESAKES: Namesakes[] = [
  {
    usual: 'South Korea',
    other: 'North Korea',
    // (The North's own names, as its agency and its friends write them; not "North Korea", which any text discussing it
    // may name: "Korean Foreign Minister X discussed North Korea with Y" is the South's.)
    otherNames: /\b(?:DPRK|D\.P\.R\.K\.|Democratic People['’]s Republic of Korea|Workers['’] Party of Korea|WPK|KCNA|Juche)\b/,
    // (Seoul's agency and ministries name the South too: "SEOUL, Aug. 24 (Yonhap)", "Unification Minister".)
    usualNames: /\b(?:South Korean?|ROK|Republic of Korea|Seoul|Busan|Incheon|Yonhap|Korea Herald|Korea Times|Unification Minist(?:er|ry))\b/i,
    otherHolding: /Democratic People['’]s Republic of Korea/g,
  },
  {
    usual: 'Democratic Republic of the Congo',
    other: 'Republic of the Congo',
    // ("Republic of Congo’ President Denis Sassou Nguesso", then "Chinese invested projects in Congo".)
    // (Not inside the Democratic Republic's own name, which holds it.)
    otherNames: /\b(?:(?<!Democratic )Republic of (?:the )?Congo|Congo[- ]Brazzaville|Congo Republic|Brazzaville|Pointe-Noire)\b/,
    usualNames: /\b(?:Democratic Republic|DRC|DR ?Congo|D\.R\. Congo|Congo[- ]Kinshasa|Kinshasa|Goma|Lubumbashi|Bukavu|Kisangani)\b/,
  },
];

/** The countries a text means by a shared short name other than the lexicon's: usual → other. */
export function namesakesMeant(text: string): Map<string, string> {
  const meant = new Map<string, string>();
  for (const n of NAMESAKES) {
    // (The other's names first: most texts name neither, and need no copy without the other's long names.)
    if (!n.otherNames.test(text)) continue;
    const rest = n.otherHolding ? text.replace(n.otherHolding, '') : text;
    if (!n.usualNames.test(rest)) meant.set(n.usual, n.other);
  }
  return meant;
}

/** Gives the other country every country the lexicon read as the usual one, in a text that names only the other. */
export function giveNamesakes<T extends { country: string | null }>(items: readonly T[], meant: ReadonlyMap<string, string>): void {
  if (meant.size === 0) return;
  for (const x of items) if (x.country && meant.has(x.country)) x.country = meant.get(x.country)!;
}
