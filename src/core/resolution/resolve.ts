// Who is who: link name mentions to persons ("General Cuong" → Luong Cuong), find later bare mentions
// of known names, give each person what the text states about them, and give organizations ids.
import { lexicon, W } from '../lexicon';
import { CAP, tokenize } from '../tokenize';
import { countryIn, countryName, foldName, isPlainAscii, memo, scanPhrase } from './countryNames';
import type { CapWords, DescriptorHit, NameMention } from '../recognition/localTypes';
import type { Capacity, Entity, Organization, Person } from '../types';
import { titleLineEnd } from '../titleLine';
import { bodyIn, bodyOpening, knownBodyName, officeBodyCountry, officeCountry, organizationSide, RULER_OFFICES, stateProvinceIn } from './countries';

export const slug: (name: string) => string = memo((name) => makeSlug(name));

function makeSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'unnamed';
}

const GENERATIONAL = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
const isInitial = (t: string) => t.length === 2 && t.charCodeAt(1) === 46 && /^\p{Lu}/u.test(t);

/** The parts of a name that identify it: initials and generational suffixes dropped. */
function coreParts(tokens: readonly string[]): string[] {
  let keep = true;
  for (const t of tokens) if (isInitial(t) || GENERATIONAL.has(t) || GLUED_INITIAL.test(t)) keep = false;
  // ("D.Tsogtbaatar", then "Minister Tsogtbaatar": an initial written against the name is an initial.)
  return keep ? (tokens as string[]) : tokens.map((t) => t.replace(GLUED_INITIAL, '')).filter((t) => !isInitial(t) && !GENERATIONAL.has(t));
}
const GLUED_INITIAL = /^(?:\p{Lu}\.)+(?=\p{Lu}\p{Ll})/u;

interface PersonDraft extends Person {
  parts: string[];
}

export interface ResolvedPeople {
  persons: Person[];
  /** Official entities with ids, in text order. */
  officials: Entity[];
}

/** An Arabic family's name closing a full name: "Al-Sabah", "Al Nahyan", "al-Thani". */
const FAMILY_NAME_TAIL = /^(?:[Aa]l|[Ee]l)(?:-|\s)\p{Lu}[\p{L}'’-]+$/u;
/** A reigning monarch's style, which a son named after the father does not hold. */
const MONARCH = /(?:^|\s)(?:King|Emir|Amir|Sultan)$|^Custodian of the Two Holy Mosques\b/;
/** The word joining a name to a parent's: "bin", "ibn", "bint", "binti", "ibni", "ben". */
const PATRONYMIC_LINK = /^(?:bin|ibn|bint|binti|ibni|ben|bte|bt)$/i;

/** A ruler's style before his office ("Custodian of the Two Holy Mosques King"). */
const RULER_AFTER_STYLE = new RegExp(`^(.+?),?\\s+(${RULER_OFFICES})$`);

/**
 * What stands before a ruler's office without being his style: an aide's office, whose principal tells no country
 * ("Advisor to the King"), or a word of tenure ("former Emir").
 */
const NO_RULERS_STYLE = /\b(?:to|of|for)(?: the)?$|^(?:former|late|then|acting|interim|outgoing|incoming|ex)$/i;
/** "Cardinal" within the title chain right before a name ("Secretary of State Cardinal ", "Cardinal Secretary of State "). */
const CARDINAL_BEFORE = /\bCardinal\s+(?:(?:\p{Lu}[\p{L}]*|of)\s+){0,3}$/u;

/**
 * `mentions` are in text order with absolute offsets. `capWords` are all capitalized words of the text
 * (absolute offsets, text order), used to find bare later mentions of known persons.
 */
export function resolvePeople(
  text: string,
  mentions: readonly NameMention[],
  capWords: CapWords,
  knownOfficials: readonly string[] = [],
  aliases: ReadonlyMap<string, string> = new Map(),
): ResolvedPeople {
  const lex = lexicon();
  const persons: PersonDraft[] = [];
  const byKey = new Map<string, PersonDraft>();
  const ids = new Set<string>();
  const mentionPerson: (PersonDraft | undefined)[] = new Array(mentions.length);
  // Name forms merged into a longer one, each standing for the person it was merged into.
  const mergedForms: PersonDraft[] = [];

  const addPerson = (name: string, tokens: string[]): PersonDraft => {
    const parts = coreParts(tokens);
    // ("General Yamazaki" in the title, "General YAMAZAKI" in the text: a name in capitals is the same name.)
    // ("Cristian-Leon Țurcanu" and "Cristian-Leon Turcanu": one name, its accents aside.)
    const key = parts.map((x) => (/^\p{Lu}{3,}$/u.test(x) ? titleCase(x) : foldName(x))).join(' ');
    let p = byKey.get(key);
    if (p && !/\p{Ll}/u.test(p.name) && /\p{Ll}/u.test(name)) p.name = name;
    // (The name as written with its accents, where a headline dropped them.)
    else if (p && isPlainAscii(p.name) && !isPlainAscii(name) && /\p{Ll}/u.test(name)) p.name = name;
    if (!p) {
      p = { id: slug(name), name, capacity: 'official', rank: null, position: null, organization: null, country: null, mentions: [], parts };
      // Two different people with the same slug stay apart.
      if (ids.has(p.id)) p.id = `${p.id}-${persons.length + 1}`;
      ids.add(p.id);
      persons.push(p);
      byKey.set(key, p);
    }
    return p;
  };

  // Full names first, so that short mentions anywhere in the text can find them.
  mentions.forEach((m, i) => {
    if (coreParts(m.tokens).length >= 2) mentionPerson[i] = addPerson(m.name, m.tokens);
  });
  // "Major General Santa Barba" for Major General Paulo Santa Barba: the last parts of exactly one longer name.
  if (persons.length > 1) {
    const into = new Map<PersonDraft, PersonDraft>();
    for (const p of persons) {
      // ("Bilawal Bhutto" for Bilawal Bhutto-Zardari: a double surname written by its first half.)
      // (Not a father's name closing a son's: "Rashid bin Omar Al Kaabi" in "Hazza bin Rashid bin Omar Al Kaabi".)
      const longer = persons.filter((q) => (q.parts.length > p.parts.length && p.parts.every((x, k) => q.parts[q.parts.length - p.parts.length + k] === x) &&
        !PATRONYMIC_LINK.test(q.parts[q.parts.length - p.parts.length - 1])) ||
        (q !== p && q.parts.length === p.parts.length && p.parts.every((x, k) => q.parts[k] === x || (k === p.parts.length - 1 && q.parts[k].startsWith(`${x}-`)))) ||
        // ("PM Joan Hall" for Prime Minister Joan Marie Hall: a middle name left out, not a father's.)
        // ("Dina Boluarte Zegarra" for Dina Ercilia Boluarte Zegarra: likewise before a double surname.)
        (p.parts.length >= 2 && q.parts.length === p.parts.length + 1 && q.parts[0] === p.parts[0] && p.parts.every((x, k) => k === 0 || q.parts[k + 1] === x) &&
          !PATRONYMIC_LINK.test(q.parts[1]) && !lex.nameParticles.has(q.parts[1])) ||
        // ("M Nazmul Hassan" for Mohammad Nazmul Hassan: a given name written by its letter, without a point.)
        (p.parts.length >= 3 && q.parts.length === p.parts.length && /^\p{Lu}$/u.test(p.parts[0]) && q.parts[0].length > 1 && q.parts[0][0] === p.parts[0] &&
          p.parts.every((x, k) => k === 0 || q.parts[k] === x)) ||
        // ("CDF Gen Muhoozi" in the title for Gen David Muhoozi: a rank's short form read as a given name, before the
        // surname.)
        (p.parts.length === 2 && lex.ambiguousRanks.has(p.parts[0]) && q !== p && q.parts.length >= 2 && q.parts[q.parts.length - 1] === p.parts[1] && q.parts[0] !== p.parts[0]) ||
        // ("CSG Scotland" for Commonwealth Secretary-General Patricia Scotland: an office's short form before the surname.)
        (p.parts.length === 2 && /^\p{Lu}{2,5}$/u.test(p.parts[0]) && q !== p && q.parts.length >= 2 && q.parts[q.parts.length - 1] === p.parts[1] && !/^\p{Lu}{2,5}$/u.test(q.parts[0])) ||
        // ("Sheikh Nasser Sabah Al-Ahmad" for Nasser Sabah Al-Ahmad Al-Sabah, "Mohammed bin Zayed" for Mohammed bin Zayed
        // Al Nahyan: the family's name after the given and father's names left out.)
        (p.parts.length >= 2 && p.parts.every((x, k) => q.parts[k] === x) && (FAMILY_NAME_TAIL.test(q.parts.slice(p.parts.length).join(' ')) ||
          // ("Prince Khalid bin Salman" for Khalid bin Salman bin Abdulaziz: a grandfather's name left out.)
          (p.parts.length >= 3 && p.parts.some((x) => PATRONYMIC_LINK.test(x)) && q.parts.length > p.parts.length + 1 && PATRONYMIC_LINK.test(q.parts[p.parts.length])))));
      if (longer.length === 1) into.set(p, longer[0]);
    }
    // One name written two ways in a text, the longer form known: "FM Qureshi calls President Ashraf Ghani Kabul", a city
    // closing a headline's name the text writes without it; "Mohamed Al Hussaini" for Mohamed bin Hadi Al Hussaini, the
    // father's name left out.
    const byParts = new Map(persons.map((q) => [q.parts.join(' '), q] as const));
    const fatherLeftOut = (p: PersonDraft) => {
      const fathers = persons.filter((q) => q.parts.length === p.parts.length + 2 && q.parts[0] === p.parts[0] && PATRONYMIC_LINK.test(q.parts[1]) &&
        p.parts.every((x, k) => k === 0 || q.parts[k + 2] === x));
      return fathers.length === 1 ? fathers[0] : undefined;
    };
    for (const p of persons) {
      if (into.has(p) || p.parts.length < 3) continue;
      const same = (lex.capitals.whole(p.parts.slice(-1)) !== undefined ? byParts.get(p.parts.slice(0, -1).join(' ')) : undefined) ?? fatherLeftOut(p);
      if (same && same !== p) into.set(p, same);
    }
    // "Sergei Lavrov", then "Sergey Lavrov": one name transliterated two ways is one person (the first spelling).
    // (Compared within a surname only: a long text names thousands.)
    const bySurname = new Map<string, PersonDraft[]>();
    // ("Lee Hsien Loong", then "Lee Hsien Long": a name of three parts or more misspelt in its last.)
    const byFirst = new Map<string, PersonDraft[]>();
    for (const p of persons) {
      if (into.has(p) || p.parts.length < 2) continue;
      // ("Walid Moualem", then "Walid al-Moualem": a particle glued to the surname is left out too.)
      const last = p.parts[p.parts.length - 1].replace(GLUED_PARTICLE, '');
      const same = bySurname.get(last);
      // ("Abdel Fatah al Burhan", then "Abdel Fatah Burhan": a particle left out is the same name.)
      const earlier = same?.find((q) => transliterated(q.parts, p.parts) || sameBesideParticles(q.parts, p.parts, lex.nameParticles)) ??
        (p.parts.length >= 3 ? byFirst.get(p.parts[0])?.find((q) => transliterated(q.parts, p.parts, true)) : undefined);
      if (earlier) into.set(p, earlier);
      else {
        if (same) same.push(p);
        else bySurname.set(last, [p]);
        if (p.parts.length >= 3) byFirst.set(p.parts[0], [...(byFirst.get(p.parts[0]) ?? []), p]);
      }
    }
    if (into.size > 0) {
      mentionPerson.forEach((p, i) => { if (p && into.has(p)) mentionPerson[i] = into.get(p); });
      for (const [p, q] of into) {
        persons.splice(persons.indexOf(p), 1);
        byKey.set(p.parts.join(' '), q);
        // (The shorter form still names him where the text repeats it bare: "my friend Lloyd Austin".)
        mergedForms.push({ ...q, parts: p.parts });
      }
    }
  }
  for (const k of knownOfficials) {
    const toks = tokenize(k).filter((t) => t.word).map((t) => t.base);
    if (toks.length) addPerson(toks.join(' '), toks);
  }
  // Persons the text gives an office or a rank: a short part shared with someone it names only (a byline,
  // an apposition) stands for them.
  const titled = new Set<PersonDraft>();
  mentions.forEach((m, i) => {
    if (mentionPerson[i] && (m.rank || m.position)) titled.add(mentionPerson[i]!);
  });
  const alias = aliasTable(persons, titled);
  // Long one-part names added here, by their letters in order (two letters swapped keep them).
  const byLetters = new Map<string, PersonDraft[]>();
  const letters = (w: string) => [...w].sort().join('');
  mentions.forEach((m, i) => {
    if (mentionPerson[i]) return;
    const parts = coreParts(m.tokens);
    // ("GEN BAJWA" in a heading in capitals is General Bajwa.)
    const hit = parts.length === 1 ? aliasOf(alias, parts[0]) ?? (/^\p{Lu}{3,}$/u.test(parts[0]) ? alias.get(titleCase(parts[0])) : undefined) : undefined;
    // ("S.Amarsaikahn", then "S.Amarsaikhan": a long one-part name with two letters swapped is a typing slip.)
    const long = !hit && parts.length === 1 && parts[0].length >= 8 ? letters(parts[0]) : null;
    const slip = long ? byLetters.get(long)?.find((q) => swappedPair(q.parts[0], parts[0])) : undefined;
    // ("King Salman" beside Crown Prince Mohammed bin Salman: a monarch named by the father's name is the father.)
    const father = hit && hit.parts.length > 2 && PATRONYMIC_LINK.test(hit.parts[hit.parts.length - 2]) && hit.parts[hit.parts.length - 1] === parts[0] &&
      m.position !== null && MONARCH.test(m.position);
    mentionPerson[i] = (father ? undefined : hit) ?? slip ?? addPerson(m.name, m.tokens);
    const added = mentionPerson[i]!;
    if (long && !slip && added.parts.length === 1) byLetters.set(long, [...(byLetters.get(long) ?? []), added]);
  });

  // Later bare mentions of known names: full names, then unambiguous single parts.
  const officials: Entity[] = [];
  const covered: { start: number; end: number }[] = mentions.map((m) => ({ start: m.start, end: m.end }));
  mentions.forEach((m, i) => {
    const p = mentionPerson[i]!;
    officials.push({ type: 'official', start: m.start, end: m.end, text: text.slice(m.start, m.end), id: p.id, source: 'recognizer' });
  });
  covered.sort((a, b) => a.start - b.start);
  const firstParts = new Map<string, PersonDraft[]>();
  for (const p of [...persons, ...mergedForms]) {
    if (p.parts.length < 2) continue;
    const list = firstParts.get(p.parts[0]) ?? [];
    list.push(p);
    firstParts.set(p.parts[0], list);
  }
  // Persons added since `alias` was built have single-part names, which the alias table ignores.
  const single = alias;
  const { start: cwStart, end: cwEnd, text: cwText } = capWords;
  const spaceBetween = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (!/\s/.test(text[k])) return false;
    return b > a;
  };
  let c = 0;
  const extra: Entity[] = [];
  for (let w = 0; w < cwStart.length; w++) {
    const start = cwStart[w];
    while (c < covered.length && covered[c].end <= start) c++;
    if (c < covered.length && covered[c].start <= start) continue;
    const word = cwText[w];
    let matched: { person: PersonDraft; end: number; words: number } | null = null;
    const candidates = firstParts.get(word);
    if (candidates) {
      for (const p of candidates) {
        let ok = true;
        for (let k = 1; k < p.parts.length; k++) {
          if (w + k >= cwStart.length || cwText[w + k] !== p.parts[k] || !spaceBetween(cwEnd[w + k - 1], cwStart[w + k])) { ok = false; break; }
        }
        if (ok) { matched = { person: p, end: cwEnd[w + p.parts.length - 1], words: p.parts.length }; break; }
      }
      // "Mohamed Khaled" for Mohamed Khaled Nordin: the first two parts of a longer name, not run on.
      for (const p of matched ? [] : candidates) {
        if (p.parts.length < 3 || w + 1 >= cwStart.length || cwText[w + 1] !== p.parts[1] || !spaceBetween(cwEnd[w], cwStart[w + 1])) continue;
        const runsOn = w + 2 < cwStart.length && cwStart[w + 2] === cwEnd[w + 1] + 1 && !lex.reserved.has(cwText[w + 2]);
        if (!runsOn) { matched = { person: p, end: cwEnd[w + 1], words: 2 }; break; }
      }
    }
    if (!matched) {
      const p = aliasOf(single, word);
      // A lone part must not run on into another capitalized word ("Hua Chunying" is not "Hua").
      // Nor close a place's name ("Viet Nam" is not "Nam", "Costa Rica" not "Rica").
      const runsOn = p !== undefined && ((w + 1 < cwStart.length && cwStart[w + 1] === cwEnd[w] + 1 && text.charCodeAt(cwEnd[w]) === 32 &&
        !lex.reserved.has(cwText[w + 1])) ||
        (w > 0 && cwEnd[w - 1] + 1 === cwStart[w] && lex.placeWordPairs.has(`${cwText[w - 1]} ${word}`)));
      if (p && !runsOn) matched = { person: p, end: cwEnd[w], words: 1 };
    }
    // ("Del Toro was in Seoul" for Carlos Del Toro: the particle opening the surname is part of the mention.)
    let from = start;
    if (matched && matched.words === 1 && w > 0 && cwEnd[w - 1] + 1 === start && lex.nameParticles.has(cwText[w - 1].toLowerCase())) {
      const at = matched.person.parts.indexOf(word);
      if (at > 0 && matched.person.parts[at - 1] === cwText[w - 1] && !(c > 0 && covered[c - 1].end > cwStart[w - 1])) from = cwStart[w - 1];
    }
    if (matched) {
      extra.push({ type: 'official', start: from, end: matched.end, text: text.slice(from, matched.end), id: matched.person.id, source: 'recognizer' });
      w += matched.words - 1;
    }
  }
  const all = officials.concat(extra).sort((a, b) => a.start - b.start);

  // What the text states about each person: the fullest office stated (a later "Secretary of Defense" over
  // "Secretary"), the first rank, organization and country stated.
  const bylines = new Map<PersonDraft, Capacity>();
  const stated = new Set<PersonDraft>();
  // ("Foreign Minister of the Kingdom of Eswatini Lavrov:" over "Russian Foreign Minister Sergey Lavrov": a title line
  // run together says less of one's country than the text under it.)
  const titleEnd = titleLineEnd(text);
  const titleCountry = new Map<PersonDraft, string>();
  mentions.forEach((m, i) => {
    const p = mentionPerson[i]!;
    // (A rank from a heading in capitals gives way to one written as in the text: "GEN" to "General".)
    // (And an abbreviation to the rank written out: "Gen" to "General", "Lt Gen" to "Lieutenant General".)
    if (!p.rank || (m.rank && ((!/\p{Ll}/u.test(p.rank) && /\p{Ll}/u.test(m.rank)) || spellsOut(p.rank, m.rank)))) p.rank = m.rank ?? p.rank;
    if (m.position && (!p.position || m.position.length > p.position.length)) {
      p.position = m.position;
      if (m.organization) p.organization = m.organization;
    }
    p.organization ??= m.organization;
    // ("EUTM Somalia Mission Commander": a country named inside an international body's name is where it works.)
    const within = m.country && m.organization?.includes(m.country) ? bodyOpening(m.organization) : null;
    const country = within ?? (m.country ? countryName(m.country) ?? bodyIn(m.country) : null);
    if (country && m.start < titleEnd) {
      if (!titleCountry.has(p)) titleCountry.set(p, country);
    } else p.country ??= country;
    if (m.capacity && m.capacity !== 'official') bylines.set(p, bylines.get(p) ?? m.capacity);
    else if (m.rank || m.position) stated.add(p);
  });
  for (const [p, country] of titleCountry) p.country ??= country;
  // A person named in bylines, and nowhere with an office or rank, wrote, translated or photographed the article.
  for (const [p, capacity] of bylines) if (!stated.has(p)) p.capacity = capacity;
  for (const p of persons) {
    // ("AMISOM Force", AMISOM defined as the "African Union Mission in Somalia": the body the short form opens.)
    const org = p.organization ? aliases.get(p.organization) ?? expandLeadingShortForm(p.organization, aliases) : null;
    // (Else the short form itself, where the text's long form names no country: "Africa Command (AFRICOM)".)
    p.country ??= organizationSide(org) ?? (org !== p.organization ? organizationSide(p.organization) : null) ?? stateProvinceIn(p.position) ?? countryIn(p.position) ?? (p.position ? officeBodyCountry(p.position) : null) ?? (MINISTER_OF_DOMAINS.test(p.position ?? '') ? null : bodyIn(p.position?.replace(/\s+to\s+.*$/, "").replace(BODY_AS_DOMAIN, '') ?? null)) ?? officeCountry(p.position);
    // ("UN Special Envoy for Yemen X": a body's envoy serves the body, not the country of his brief.)
    const body = org && BODY_ENVOY.test(p.position ?? '') ? bodyIn(org) : null;
    if (body) p.country = body;
    // ("Custodian of the Two Holy Mosques King Salman": a ruler's style that tells his country, then the office he holds.)
    const styled = RULER_AFTER_STYLE.exec(p.position ?? '');
    if (styled && !NO_RULERS_STYLE.test(styled[1]) && officeCountry(styled[1]) === p.country) p.position = styled[2];
    // ("American Institute in Taiwan Director": a body's name opening on a nationality keeps it in the office.)
    const lead = p.organization?.match(/^(\S+) (.+)$/);
    if (lead && p.position?.startsWith(`${lead[2]} `) && countryName(lead[1]) && knownBodyName(p.organization!)) p.position = `${lead[1]} ${p.position}`;
  }
  // ("Secretary of State Cardinal X", "Cardinal Secretary of State Y": the Holy See's office of that name, held by a
  // cardinal, not the United States'.)
  mentions.forEach((m, i) => {
    const p = mentionPerson[i]!;
    if (p.country === 'United States' && /^(?:Cardinal )?Secretary of State$/.test(p.position ?? '') && CARDINAL_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) p.country = 'Holy See';
  });
  // ("Defence Minister Rajnath Singh" in the title, "Raksha Mantri Rajnath Singh" in the lead: any office the text
  // gives a person may tell the country, not only the fullest.)
  mentions.forEach((m, i) => {
    const p = mentionPerson[i]!;
    if (!p.country && m.position && m.position !== p.position) p.country = countryIn(m.position) ?? officeCountry(m.position);
  });
  // ("BERLIN: Prime Minister Datuk Seri Anwar X": Malaysia's federal styles, which no other state confers, tell the
  // holder's country where nothing else does; not Brunei's "Dato".)
  mentions.forEach((m, i) => {
    const p = mentionPerson[i]!;
    if (!p.country && p.capacity === 'official' && MALAYSIAN_STYLE.test(text.slice(Math.max(0, m.start - 24), m.start))) p.country = 'Malaysia';
    // ("Present on the occasion were Shri R. X, Additional Secretary, ...": India's official style, so likewise.)
    else if (!p.country && p.capacity === 'official' && INDIAN_STYLE.test(text.slice(Math.max(0, m.start - 8), m.start))) p.country = 'India';
    // ("US Sen. X", "Gov. Y": a style written short names the office, where the text gives none other.)
    const short = p.position || p.capacity !== 'official' ? null : SHORT_STYLE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (short) p.position = SHORT_STYLE_OFFICE[short[1]];
  });
  return {
    persons: persons.map(({ parts: _parts, ...p }) => p),
    officials: all,
  };
}

const INDIAN_STYLE = /(?:^|[\s(,])(?:Shri|Smt\.?)\s+$/;
/**
 * A style written short before a name, naming an office ("Sen. X"); not a lieutenant governor's ("Lt. Gov."), nor an
 * envoy's "Amb.", whose office the text tells otherwise.
 */
const SHORT_STYLE = /(?<!Lt\.\s?|Lieut\.\s?)\b(Sen|Gov)\.\s*$/;
const SHORT_STYLE_OFFICE: Record<string, string> = { Sen: 'Senator', Gov: 'Governor' };
const MALAYSIAN_STYLE = /(?:^|[\s(])(?:Datuk(?:\s+(?:Seri|Sri|Wira|Paduka|Patinggi|Amar))?|Tan\s+Sri|Toh\s+Puan)\s+(?:(?:Dr\.?|Ir\.?|Haji|Hj\.?)\s+)?$/;

/**
 * Two spellings of one name: whether two names differ by one letter in one given name ("Sergei"/"Sergey",
 * "Mahmood"/"Mehmood"), or, with `lastToo`, in the last part of a name of three parts or more ("Loong"/"Long").
 */
function transliterated(a: readonly string[], b: readonly string[], lastToo = false): boolean {
  if (a.length !== b.length || a.length < 2 || (!lastToo && a[a.length - 1] !== b[b.length - 1])) return false;
  let differing = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    // ("Nuri al-Maliki", "Nouri al-Maliki": a short given name beside a long family name.)
    const least = k === a.length - 1 || a[a.length - 1].length >= 7 ? 4 : 5;
    if (++differing > 1 || a[k].length < least || b[k].length < least || a[k][0] !== b[k][0] || !oneEditApart(a[k], b[k])) return false;
  }
  return differing === 1;
}

/** Whether `b` is `a` with two neighbouring letters swapped ("Amarsaikahn", "Amarsaikhan"), its first letter kept. */
function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i > 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether one letter changed, added or dropped turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();

/** Single name parts that point to exactly one person (last part first, as in "General Cuong", "Secretary Austin"). */
function aliasTable(persons: readonly PersonDraft[], titled: ReadonlySet<PersonDraft>): Map<string, PersonDraft> {
  const lex = lexicon();
  const table = new Map<string, PersonDraft | null>();
  // Ambiguous parts, and whether the titled claimant (if exactly one) is already settled.
  const titledClaim = new Map<string, PersonDraft | null>();
  const put = (part: string, p: PersonDraft) => {
    if (lex.reserved.has(part) || part.length < 2) return;
    // ("Ms. TANAKA Emiko", then "Minister Tanaka": a family name in capitals, as Japanese releases write it.)
    if (part.length > 3 && /^\p{Lu}+$/u.test(part)) put(titleCase(part), p);
    const prior = table.get(part);
    table.set(part, prior === undefined || prior === p ? p : null);
    if (titled.has(p)) {
      const t = titledClaim.get(part);
      titledClaim.set(part, t === undefined || t === p ? p : null);
    }
  };
  for (const p of persons) {
    if (p.parts.length < 2) continue;
    put(p.parts[p.parts.length - 1], p);
  }
  for (const p of persons) {
    if (p.parts.length < 2) continue;
    // First parts (Chinese, Korean family names) only where no last part claims them.
    if (!table.has(p.parts[0])) put(p.parts[0], p);
  }
  // ("Ambassador Paredes" for Millicent Cruz-Paredes, "President Horta" for Jose Ramos-Horta: either half of a
  // double family name, where no other part claims it.)
  for (const p of persons) {
    const last = p.parts[p.parts.length - 1];
    if (p.parts.length < 2 || !last.includes('-')) continue;
    // (Not an article: "Al" of "Al-Kandari".)
    for (const half of last.split('-')) if (half.length > 2 && /^\p{Lu}\p{Ll}/u.test(half) && !lex.nameParticles.has(half.toLowerCase()) && !table.has(half)) put(half, p);
    // ("Abdel Fattah al-Burhan", then "where Al-Burhan met": the article capitalized, as a sentence may write it.)
    const article = /^(\p{Ll}{1,3})-(\p{Lu}.*)$/u.exec(last);
    if (article && lex.nameParticles.has(article[1])) {
      const capitalized = `${article[1][0].toUpperCase()}${article[1].slice(1)}-${article[2]}`;
      if (!table.has(capitalized)) put(capitalized, p);
    }
  }
  for (const p of persons) {
    // "Rodrigo Rivera Salazar" is "Rivera": a paternal surname before the maternal one (Spanish, Portuguese
    // names), where no other part claims it.
    if (p.parts.length < 3 || !/^\p{Lu}/u.test(p.parts[p.parts.length - 2])) continue;
    if (!table.has(p.parts[p.parts.length - 2])) put(p.parts[p.parts.length - 2], p);
  }
  const out = new Map<string, PersonDraft>();
  for (const [k, v] of table) {
    const t = titledClaim.get(k);
    if (v) out.set(k, v);
    else if (t) out.set(k, t);
  }
  // ("Ion Turcanu" then "Țurcanu", "Çavuşoğlu" then "Cavusoglu": a part written with or without its accents.)
  addOtherForms(out, foldName);
  // ("Al Bowardi", then "Al Bowardy met separately": a surname spelt another way, where no other part reads so.)
  addOtherForms(out, spelling);
  return out;
}

/** Each part's other form (`other`), standing for the person the part does where it stands for no one else. */
function addOtherForms(out: Map<string, PersonDraft>, other: (part: string) => string | null): void {
  const forms = new Map<string, PersonDraft | null>();
  for (const [k, v] of out) {
    const f = other(k);
    if (f !== null && f !== k && !out.has(f)) forms.set(f, forms.has(f) && forms.get(f) !== v ? null : v);
  }
  for (const [f, v] of forms) if (v) out.set(f, v);
}

const speltWords = new WeakMap<ReadonlyMap<string, PersonDraft>, Map<string, string | null>>();

/** A surname's key with the letters transliterations swap ("-y"/"-i", "ou"/"au"/"u", doubled letters) evened out. */
function spelling(part: string): string | null {
  if (part.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(part)) return null;
  return `\u0001${foldName(part).toLowerCase().replace(/y$/, 'i').replace(/[oa]u/g, 'u').replace(/(\p{L})\1/gu, '$1')}`;
}

/** The person a lone part stands for, its accents aside. */
function aliasOf(table: ReadonlyMap<string, PersonDraft>, part: string): PersonDraft | undefined {
  const folded = foldName(part);
  const hit = table.get(part) ?? (folded === part ? undefined : table.get(folded));
  if (hit || part.length < 6) return hit;
  // (Each word's other spelling worked out once per text: a long text repeats its words.)
  let spelt = speltWords.get(table);
  if (!spelt) speltWords.set(table, (spelt = new Map()));
  let key = spelt.get(part);
  if (key === undefined) spelt.set(part, (key = spelling(part)));
  return key ? table.get(key) : undefined;
}

/** Whether a phrase holds an organization's head word ("... the Ministry of ..."). */
function hasOrganizationHead(text: string): boolean {
  const t = scanPhrase(text);
  for (let i = 0; i < t.n; i++) if (t.kind[i] & CAP && t.baseFlags[i] & W.ORG_HEAD) return true;
  return false;
}

/** What an organization's name says of it, computed once per distinct name. */
interface OrganizationFacts {
  id: string;
  country: string | null;
  parent: string | null;
  /** The organizations named inside it after "of [the]", with their offsets in the name. */
  tails: { at: number; name: string }[];
}

const organizationFacts = memo((name: string): OrganizationFacts => {
  const tails: { at: number; name: string }[] = [];
  const re = / of (?:the )?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(name)) !== null) tails.push({ at: m.index + m[0].length, name: name.slice(m.index + m[0].length) });
  return { id: slug(name), country: countryIn(name), parent: parentOf(tails), tails };
});

/** Ids for organizations, and nested mentions of an organization named on its own elsewhere in the text. */
export function resolveOrganizations(
  text: string, orgSpans: readonly { start: number; end: number }[], aliases: ReadonlyMap<string, string> = new Map(),
): { organizations: Organization[]; entities: Entity[] } {
  const byName = new Map<string, Organization>();
  const entities: Entity[] = [];
  const facts: OrganizationFacts[] = [];
  const factsOf = new Map<Organization, OrganizationFacts>();
  for (const s of orgSpans) {
    const written = text.slice(s.start, s.end);
    const plain = written.indexOf('’') >= 0 ? written.replace(/’/g, "'") : written;
    // A short form the text defines is a mention of the organization it stands for.
    const name = aliases.get(plain) ?? plain;
    let o = byName.get(name);
    let f = o && factsOf.get(o);
    if (!o || !f) {
      f = organizationFacts(name);
      o = { id: f.id, name, country: f.country, parent: f.parent, mentions: [] };
      byName.set(name, o);
      factsOf.set(o, f);
    }
    entities.push({ type: 'organization', start: s.start, end: s.end, text: written, id: o.id, source: 'recognizer' });
    facts.push(f);
  }
  // "General Department of Politics of the Vietnam People's Army": the army is also mentioned, if the text names it alone.
  const nested: Entity[] = [];
  entities.forEach((e, k) => {
    for (const tail of facts[k].tails) {
      const o = byName.get(tail.name);
      if (o) {
        const start = e.start + tail.at;
        nested.push({ type: 'organization', start, end: e.end, text: text.slice(start, e.end), id: o.id, source: 'recognizer' });
        break;
      }
    }
  });
  const all = nested.length ? entities.concat(nested).sort((a, b) => a.start - b.start || b.end - a.end) : entities;
  return { organizations: [...byName.values()], entities: all };
}

/** "Department of External Relations of the Ministry of National Defense" → its parent, the ministry. */
function parentOf(tails: readonly { name: string }[]): string | null {
  // The first tail that is a body itself ("Politics of the Vietnam People's Army" is the department's domain,
  // "Vietnam People's Army" its parent): its own first segment holds a head word.
  for (const tail of tails) if (hasOrganizationHead(tail.name.split(/ (?:of|for) (?:the )?/)[0])) return tail.name;
  return null;
}

/**
 * "the Chinese diplomat", "the diplomat": linked to a person only where exactly one person fits
 * (the country adjective, and the office or rank the noun implies). `starts` gives the offset of the entity each of
 * a person's `mentions` indexes.
 */
export function resolveDescriptors(hits: readonly DescriptorHit[], persons: Person[], text = '', starts: (index: number) => number = (i) => i): void {
  if (persons.length === 0 || hits.length === 0) return;
  const { descriptorClues } = lexicon();
  // Only persons with an office or rank can be referred to so; index them by country once.
  const candidates = persons.filter((p) => p.rank !== null || p.position !== null);
  const byCountry = new Map<string, Person[]>();
  for (const p of candidates) {
    if (!p.country) continue;
    const list = byCountry.get(p.country);
    if (list) list.push(p);
    else byCountry.set(p.country, [p]);
  }
  const titles = new Map(candidates.map((p) => [p, `${p.position ?? ''} ${p.rank ?? ''}`] as const));
  for (const hit of hits) {
    const country = hit.adjective ? countryName(hit.adjective) : null;
    // ("The Air chief called on X": a service before the noun, which the holder's office or rank names.)
    const service = hit.adjective && !country && SERVICE_WORD.test(hit.adjective) ? hit.adjective.toLowerCase() : null;
    if (hit.adjective && !country && !service) continue;
    const clue = descriptorClues.get(hit.noun);
    let fit: Person | null = null;
    let count = 0;
    for (const p of country ? byCountry.get(country) ?? [] : candidates) {
      if (clue && !clue.test(titles.get(p)!)) continue;
      if (service && !titles.get(p)!.toLowerCase().includes(service)) continue;
      fit = p;
      if (++count > 1) break;
    }
    // ("the British monarch", where the King's country is not told otherwise: the one holder of such an office whose
    // country the text does not give is of the nationality the descriptor gives.)
    // ("his Bhutanese counterpart, Dasho Y", then "The Bhutanese premier": the one of that country the text gives no
    // office, not one of no stated country who holds such an office.)
    // (Not one set off before a name, which is its own: "the Iranian president, Seyed Ebrahim X".)
    const apposed = /^,?\s*\p{Lu}/u.test(text.slice(hit.end, hit.end + 3));
    const bare = count === 0 && country && !apposed ? persons.filter((p) => p.country === country && p.capacity === 'official' && !p.position && !p.rank) : [];
    if (bare.length === 1) [fit, count] = [bare[0], 1];
    else if (count === 0 && country && clue && bare.length === 0) {
      // (Not a deputy: "the Moroccan leader" is no "Vice President", whose office only contains a leader's.)
      const unstated = candidates.filter((p) => !p.country && clue.test(titles.get(p)!) && !DEPUTY_OFFICE.test(titles.get(p)!));
      // ("President X received a delegation led by Chairman Y ... the Nigerian leader met with the delegation": of
      // several, the one named last before the descriptor, where he is named in the sentence before.)
      const last = (p: Person) => Math.max(-1, ...p.mentions.map(starts).filter((at) => at < hit.start));
      const order = unstated.map((p) => ({ p, at: last(p) })).sort((a, b) => b.at - a.at);
      // (Where one of that country holds another office, only one named just before: "the Mexican leader", paragraphs
      // after "Mexico's Governor X" and "PM Y", is not Y; "President Y ... the Chinese president's" is.)
      const near = !byCountry.has(country) || (order.length > 0 && hit.start - order[0].at <= NEAR_DESCRIPTOR_CHARS);
      const nearest = near && (order.length === 1 || (order.length > 1 && order[0].at > order[1].at)) ? order[0].p : null;
      if (nearest) {
        [fit, count] = [nearest, 1];
        fit.country = country;
      }
    }
    if (count !== 1 || !fit) continue;
    (fit.references ??= []).push({ start: hit.start, end: hit.end });
  }
}

/** A deputy's office, which a descriptor of the principal's does not name. */
const DEPUTY_OFFICE = /\b(?:Vice|Deputy|Assistant|Under)[- ]/i;

/** How far before a descriptor of a nation other offices hold the one of unstated country it names is named. */
const NEAR_DESCRIPTOR_CHARS = 150;

/** A service a descriptor may name before its noun ("the Air chief", "the Navy commander"). */
const SERVICE_WORD = /^(?:Air|Army|Navy|Naval|Police|Marine|Marines)$/;

/** Whether `full` writes out the abbreviated `short` word by word ("Lt. Gen" and "Lieutenant General"). */
function spellsOut(short: string, full: string): boolean {
  const a = short.replace(/\./g, ' ').split(/\s+/).filter(Boolean);
  const b = full.split(/\s+/);
  if (a.length !== b.length || full.length <= short.length || full.includes('.')) return false;
  return a.every((w, i) => {
    const f = b[i].toLowerCase();
    const x = w.toLowerCase();
    if (x[0] !== f[0] || x.length > f.length) return false;
    let k = 0;
    for (const ch of f) if (ch === x[k]) k++;
    return k === x.length;
  });
}

/** "AMISOM Force" with AMISOM defined: the defined name in its place; else the name as it is. */
function expandLeadingShortForm(name: string, aliases: ReadonlyMap<string, string>): string {
  const space = name.indexOf(' ');
  const long = space > 0 ? aliases.get(name.slice(0, space)) : undefined;
  return long ? long + name.slice(space) : name;
}

/** A particle written against the name it opens ("al-Moualem"). */
const GLUED_PARTICLE = /^(?:[Aa]l|[Ee]l|[Aa][dstrzn]|[Aa]sh)-(?=\p{Lu})/u;

/** Two names that differ only by particles one of them leaves out ("al", "bin"), with two other parts at least. */
function sameBesideParticles(a: readonly string[], b: readonly string[], particles: ReadonlySet<string>): boolean {
  if (a.length === b.length && a.every((t, k) => t === b[k])) return false;
  const core = (x: readonly string[]) => x.filter((t) => !particles.has(t) && !particles.has(t.toLowerCase())).map((t) => t.replace(GLUED_PARTICLE, ''));
  const ca = core(a);
  const cb = core(b);
  return ca.length >= 2 && ca.length === cb.length && ca.every((t, k) => t === cb[k]);
}

/** Offices a body sends on a brief ("Special Envoy for Yemen"), whose holder serves the body. */
const BODY_ENVOY = /\b(?:Envoy|Representative|Coordinator|Mediator|Country Director|Country Manager|Mission Chief|Chief of Mission|Regional Director)\b/i;
/** "Minister for Foreign Affairs, European Union and Cooperation": a body named among a minister's domains is a portfolio. */
const MINISTER_OF_DOMAINS = /^(?:[\p{L}-]+\s+)?Minister\s+(?:of|for)\s+[^,]+,/u;
/** "Minister of Foreign and Caricom Affairs": a body's name as a domain is the matters of it, not the holder's body. */
const BODY_AS_DOMAIN = /\b\S+\s+Affairs\b/g;
