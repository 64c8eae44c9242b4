// Scores the facts the engine states (each official's country, office and rank; each meeting's kind, date,
// place, participants, sides and roles) against facts an analyst wrote down (NAME.facts.json, the format of
// ../shared/docs/facts-gold.md). Used by the sets' facts tests and by `npm run score`.
import * as fs from 'fs';
import * as path from 'path';
import orgData from '../../src/core/lexicons/organizations.json';
import countriesData from '../../src/core/lexicons/countries.json';
import type { Analysis, Meeting, Person } from '../../src/core/types';
import { nameTokens, sameName } from './goldSets';

export interface FactsGold {
  source?: string;
  url?: string;
  officials: { name: string; country: string | null; position: string | null; rank: string | null }[];
  meetings: {
    headline: boolean;
    kind: string;
    date: string | null;
    place: string | null;
    participants: { name: string; side: string | null; role: string }[];
  }[];
}

/** right of gold, and the misses as readable lines (for sets whose misses may be shown). */
export interface Tally {
  right: number;
  of: number;
  misses: string[];
}

export interface FactsScore {
  country: Tally;
  position: Tally;
  rank: Tally;
  /** Country and office both right. */
  official: Tally;
  headline: Tally;
  meetingsFound: Tally;
  kind: Tally;
  date: Tally;
  place: Tally;
  role: Tally;
  /** Roles that are not `participant` (host/guest, caller/callee, interviewer/interviewee). */
  asymmetricRole: Tally;
  side: Tally;
  /** Meetings the engine states that match no gold meeting. */
  spuriousMeetings: number;
  /** Persons the engine holds for officials that the gold does not list as officials. */
  spuriousOfficials: number;
}

const tally = (): Tally => ({ right: 0, of: 0, misses: [] });
const count = (t: Tally, ok: boolean, miss: () => string) => {
  t.of++;
  if (ok) t.right++;
  else t.misses.push(miss());
};

// Every name, alias and adjective of a country stands for its short name.
const COUNTRY = new Map<string, string>();
for (const c of countriesData.countries) for (const n of [c.name, ...c.aliases, ...c.adjectives]) COUNTRY.set(fold(n), c.name);
/** A capital by its other spellings ("Ha Noi", "Hà Nội" for Hanoi): one city however the text or the gold writes it. */
const CAPITAL = new Map<string, string>();
for (const c of countriesData.countries) for (const n of ('capitalAliases' in c && c.capitalAliases) || []) CAPITAL.set(fold(n), fold(c.capital));
const COUNTRY_WORDS = [...COUNTRY.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const LEADING_COUNTRY = new RegExp(`^(?:the )?(?:${COUNTRY_WORDS.join('|')})(?:'s)? `);
// ("of the Republic of Portugal": a state's formal name, whichever the lexicon lists.)
// (Not "Secretary of State of the United States": "the State of Kuwait" only with its article.)
const STATE_FORM = String.raw`(?:(?:the )?(?:[\p{L}'-]+ )?(?:republic|kingdom|federation|sultanate|principality|commonwealth|emirate) of (?:the )?|the state of (?:the )?|the )?`;
const TRAILING_COUNTRY = new RegExp(` (?:of|to|in) ${STATE_FORM}(?:${COUNTRY_WORDS.join('|')})$`, 'u');
// ("Consul General of Japan in Mumbai", "Ambassador of the People's Republic of China in Belgrade": the sending
// country inside, before where the office is held.)
// ("Vice President and Prime Minister of the UAE and Ruler of Dubai": or between two offices stacked.)
const SENDING_COUNTRY = new RegExp(` of ${STATE_FORM}(?:${COUNTRY_WORDS.join('|')})(?= (?:in|to) | and (?:the )?(?:ruler|minister|president|prime minister|chairman|head|governor|commander|chief|secretary|deputy|vice)\\b)`, 'u');
// ("Speaker of the Israeli Parliament", "Secretary of Russia's National Security Council": a country's adjective or
// possessive before the body an office heads.)
// ("Defense Attache at the Chinese Embassy", "Second Secretary to the New Zealand High Commissioner": or the embassy
// an office is at, the office it serves.)
const BODY_COUNTRY = new RegExp(` (?:of|at|to) (?:the )?(?:${COUNTRY_WORDS.join('|')})(?:'s)? (?=\\p{L})`, 'u');
// ("outgoing Defence Attaché", "newly appointed Ambassador": where its holder stands in his term, not the office.)
const TENURE = /^(?:newly[- ]appointed|newly[- ]elected|newly[- ]accredited|outgoing|incoming|new) /;

// An international body's official is of the body as a state's is of his country: "NATO Secretary General",
// "Secretary-General of the Organization of Islamic Cooperation" and "Secretary General" are one office.
const BODY_WORDS = Object.entries(orgData.bodies as Record<string, string[]>).flat(2).map((n) => fold(n).replace(/[.,]/g, '')).filter((n) => n.length >= 2)
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// (And a body's short form and full name are one body, as a country's names are one country: "IAEA", "International
// Atomic Energy Agency".)
const BODY = new Map<string, string>();
for (const [body, names] of Object.entries(orgData.bodies as Record<string, string[]>)) {
  for (const n of [body, ...names]) BODY.set(fold(n).replace(/isation\b/g, 'ization'), fold(body).replace(/isation\b/g, 'ization'));
}
const LEADING_BODY = new RegExp(`^(?:the )?(?:${BODY_WORDS.join('|')})(?:'s)? (?=\\p{L})`, 'u');
const TRAILING_BODY = new RegExp(` of (?:the )?(?:${BODY_WORDS.join('|')})$`, 'u');

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function countryKey(c: string | null | undefined): string | null {
  if (!c) return null;
  // ("Organisation of Islamic Cooperation": a body's name in either spelling.)
  const f = fold(c).replace(/^the /, '').replace(/isation\b/g, 'ization');
  return COUNTRY.get(f) ?? BODY.get(f) ?? f;
}

/** Short forms of offices wire copy writes for the office itself ("PM Morrison"). */
const SHORT_OFFICES: Record<string, string> = { pm: 'prime minister', fm: 'foreign minister', dpm: 'deputy prime minister' };

/**
 * An office compared as stated: case, punctuation, a leading nationality or "the", a trailing "of COUNTRY" and a
 * bracketed alias of up to three words ("(CentCom)", "(Upper House)") aside; "PM", "FM", "DPM" read in full.
 */
export function positionKey(p: string | null | undefined): string | null {
  if (!p) return null;
  let f = fold(p).replace(/ ?\((?:[^\s()]+ ?){1,3}\)/g, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim()
    .replace(/\b(?:pm|fm|dpm)\b/g, (w) => SHORT_OFFICES[w]);
  for (let prev = ''; prev !== f;) {
    prev = f;
    // (A body's name before a country's words in it: "of the Organization of American States" is the body's.)
    // (The sending country before the posting: "Ambassador of the Russian Federation to the UK", whose posting goes next.)
    f = f.replace(/^the /, '').replace(TENURE, '').replace(LEADING_COUNTRY, '').replace(SENDING_COUNTRY, '').replace(TRAILING_BODY, '').replace(TRAILING_COUNTRY, '')
      .replace(BODY_COUNTRY, (m) => ` ${m.trim().split(' ')[0]} the `).replace(LEADING_BODY, '');
  }
  return f;
}

/**
 * An office as the gold states it, the body written before it or not: the engine gives the body apart ("Chief of
 * Staff" of the IDF), and gold writers differ on "IDF Chief of Staff" against "Chief of Staff".
 */
export function samePosition(p: { position: string | null; organization: string | null }, gold: string | null | undefined): boolean {
  const want = positionKey(gold);
  if (positionKey(p.position) === want) return true;
  if (!p.organization || !p.position || !want) return false;
  // (The body with or without the nationality opening its name: "Indonesian Air Force", written "Air Force Chief of Staff".)
  const position = p.position;
  return [p.organization, p.organization.replace(/^\S+ /, '')].some((org) =>
    positionKey(`${org} ${position}`) === want || (position.startsWith(`${org} `) && positionKey(position.slice(org.length + 1)) === want));
}

export function placeKey(p: string | null | undefined): string | null {
  if (!p) return null;
  const key = fold(p).split(',')[0].replace(/^the /, '').replace(/ city$/, '').trim();
  // ("Côte d'Ivoire", "Ivory Coast": a country by any of its names is one place.)
  const country = COUNTRY.get(key);
  return country ? fold(country) : (CAPITAL.get(key) ?? key);
}

const rankKey = (r: string | null | undefined) => (r ? fold(r).replace(/\./g, '') : null);

/** The engine's person for a gold name: the same name, and among several the one mentioned most. */
function findPerson(persons: readonly Person[], name: string): Person | undefined {
  // (The one named exactly so first: "Hamdan bin Mohammed bin Rashid Al Maktoum" is not his father, "Mohammed bin Rashid
  // Al Maktoum", whose name his holds.)
  const key = nameTokens(name).join(' ');
  const exact = persons.filter((p) => nameTokens(p.name).join(' ') === key);
  let best: Person | undefined;
  for (const p of exact.length ? exact : persons) if (sameName(p.name, name) && (!best || p.mentions.length > best.mentions.length)) best = p;
  return best;
}

const isHeadline = (m: Meeting) => m.headline ?? !m.referenced;

export function scoreFacts(docs: readonly { name: string; text: string; facts: FactsGold }[], analyze: (text: string) => Analysis): FactsScore {
  const s: FactsScore = {
    country: tally(), position: tally(), rank: tally(), official: tally(), headline: tally(), meetingsFound: tally(), kind: tally(),
    date: tally(), place: tally(), role: tally(), asymmetricRole: tally(), side: tally(), spuriousMeetings: 0, spuriousOfficials: 0,
  };
  for (const { name: doc, text, facts } of docs) {
    const a = analyze(text);
    const officials = a.persons.filter((p) => (p.capacity ?? 'official') === 'official');
    for (const g of facts.officials) {
      const p = findPerson(officials, g.name);
      const got = (x: string | null | undefined) => `${doc}: ${g.name}: ${x ?? 'null'}`;
      const countryOk = p !== undefined && countryKey(p.country) === countryKey(g.country);
      const positionOk = p !== undefined && samePosition(p, g.position);
      count(s.country, countryOk, () => `${got(p ? p.country : 'not found')} (gold ${g.country})`);
      count(s.position, positionOk, () => `${got(p ? p.position : 'not found')} (gold ${g.position})`);
      count(s.rank, p !== undefined && rankKey(p.rank) === rankKey(g.rank), () => `${got(p ? p.rank : 'not found')} (gold ${g.rank})`);
      count(s.official, countryOk && positionOk, () => `${doc}: ${g.name}`);
    }
    s.spuriousOfficials += officials.filter((p) => !facts.officials.some((g) => sameName(p.name, g.name))).length;

    // Meetings: the gold headline against the engine's; every gold meeting against its best engine match.
    const used = new Set<Meeting>();
    const goldHeadline = facts.meetings.find((m) => m.headline);
    const engineHeadline = a.meetings.find(isHeadline);
    if (goldHeadline) {
      const names = (m: Meeting) => m.participants.map((p) => p.name);
      const ok = engineHeadline !== undefined && engineHeadline.kind === goldHeadline.kind &&
        goldHeadline.participants.every((g) => names(engineHeadline).some((n) => sameName(n, g.name))) &&
        names(engineHeadline).every((n) => goldHeadline.participants.some((g) => sameName(n, g.name)));
      count(s.headline, ok, () => `${doc}: ${engineHeadline ? `${engineHeadline.kind} [${names(engineHeadline).join(', ')}]` : 'none'} (gold ${goldHeadline.kind} [${goldHeadline.participants.map((p) => p.name).join(', ')}])`);
    }
    const ordered = [...facts.meetings].sort((x, y) => Number(y.headline) - Number(x.headline));
    // Each gold meeting gets the engine's meeting it shares most with; the closest pairs are matched first, so a
    // gold meeting never takes another's better match only because it is listed first.
    const pairs: { g: number; m: Meeting; score: number }[] = [];
    ordered.forEach((g, gi) => {
      for (const m of a.meetings) {
        const shared = g.participants.filter((p) => m.participants.some((q) => sameName(q.name, p.name))).length;
        if (shared === 0 && g.participants.length > 0) continue;
        pairs.push({ g: gi, m, score: shared * 4 + (m.kind === g.kind ? 2 : 0) + (isHeadline(m) === g.headline ? 1 : 0) });
      }
    });
    // (The headline first: it is what the analyst sees first, and scored on its own above.)
    pairs.sort((x, y) => Number(ordered[y.g].headline) - Number(ordered[x.g].headline) || y.score - x.score || x.g - y.g);
    const match = new Map<number, Meeting>();
    for (const pr of pairs) if (!match.has(pr.g) && !used.has(pr.m)) { match.set(pr.g, pr.m); used.add(pr.m); }
    for (const [gi, g] of ordered.entries()) {
      const best = match.get(gi);
      const label = `${doc}: ${g.headline ? 'headline ' : ''}${g.kind} [${g.participants.map((p) => p.name).join(', ')}]`;
      count(s.meetingsFound, best !== undefined, () => label);
      count(s.kind, best?.kind === g.kind, () => `${label}: ${best?.kind ?? 'not found'}`);
      if (g.date) count(s.date, best?.isoDate === g.date, () => `${label}: ${best ? `${best.isoDate} (written ${best.date})` : 'not found'} (gold ${g.date})`);
      if (g.place) count(s.place, best !== undefined && placeKey(best.place) === placeKey(g.place), () => `${label}: ${best ? best.place : 'not found'} (gold ${g.place})`);
      for (const gp of g.participants) {
        const ep = best?.participants.find((q) => sameName(q.name, gp.name));
        const who = `${label} ${gp.name}`;
        count(s.role, ep?.role === gp.role, () => `${who}: ${ep?.role ?? 'absent'} (gold ${gp.role})`);
        if (gp.role !== 'participant') count(s.asymmetricRole, ep?.role === gp.role, () => `${who}: ${ep?.role ?? 'absent'} (gold ${gp.role})`);
        if (gp.side) count(s.side, ep !== undefined && countryKey(ep.side) === countryKey(gp.side), () => `${who}: ${ep ? ep.side : 'absent'} (gold ${gp.side})`);
      }
    }
    s.spuriousMeetings += a.meetings.filter((m) => !used.has(m)).length;
  }
  return s;
}

export const ratio = (t: Tally) => (t.of === 0 ? 1 : t.right / t.of);

/** The articles of `dir` that have facts gold (NAME.facts.json beside NAME.txt, or in `goldDir`). */
export function loadFactsSet(dir: string, goldDir = dir): { name: string; text: string; facts: FactsGold }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .filter((f) => fs.existsSync(path.join(goldDir, f.replace(/\.txt$/, '.facts.json'))))
    .map((f) => ({
      name: f,
      text: fs.readFileSync(path.join(dir, f), 'utf8'),
      facts: JSON.parse(fs.readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.facts.json')), 'utf8')) as FactsGold,
    }));
}
