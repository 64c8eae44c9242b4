// What a release says once, at its top: the day it was issued (a release line, or a dateline's full date) and
// where it was filed (the dateline's city). Meetings take "today", weekdays and days without a year from the
// first, and, when their sentence names no place, the second.
import { isDay, resolveDate, yearNamedOnce, yearOfDayNearby } from './calendar';
import countriesData from '../lexicons/countries.json';
import { knownCitiesOf, lexicon, literalAlternation } from '../lexicon';
import orgData from '../lexicons/organizations.json';
import mediaData from '../lexicons/media.json';

const ACRONYMS = new Set(orgData.acronyms);
/** A title-case headline's verbs ("Visits", "Meets"): a line holding one is a title, not a place. */
const TITLE_VERB = /^(?:Visits|Meets|Receives|Holds|Hosts|Calls|Discusses|Signs|Welcomes|Pays|Talks)$/;
/** News outlets known by their initials ("NNA", "KUNA"), which may open a lead as a dateline does. */
const OUTLETS = new Set(mediaData.outlets.filter((o) => /^\p{Lu}{2,}$/u.test(o)));

export interface Dateline {
  /** The city as a reader would write it ("Siem Reap" for "SIEM REAP"). */
  city: string;
  /** The country the dateline names or its city is the capital of, when known. */
  country: string | null;
  start: number;
  end: number;
}

export interface DocumentContext {
  /** The release's day (YYYY-MM-DD), or null when the text does not give it whole. */
  release: string | null;
  dateline: Dateline | null;
  /**
   * Whether the dateline itself gives a day ("BAKU, May 27."): a wire's report of that day's events. A page's stamp
   * gives only when the report was put out.
   */
  datelined: boolean;
  /** Where the first paragraph after the title begins: the title restates the lead in headline style. */
  bodyStart: number;
}

/** How far after a dateline's place its day may stand ("DOHA, Nov 26 (KUNA) --", "Addis Ababa June 1/2021"). */
const DATELINE_DAY_CHARS = 30;
const JUCHE_STAMP = /\(Juche\s?(\d{2,3})\.(\d{1,2})\.(\d{1,2})\.?\)/;

/** How far into a text its release line and dateline may stand. */
const TOP_CHARS = 1000;
/** A paragraph this long is the lead's prose, after which no dateline stands. */
const LEAD_CHARS = 220;
/** A caption's closing credit: "REUTERS/Evgenia X/Pool", "(Photo: PIB)", "Photo: KYODO", "AFP via Getty Images". */
const PHOTO_CREDIT = /(?:\b(?:REUTERS|AFP|AP|EPA|Xinhua)\/[^\n]{0,60}|\(?\b(?:Photo|Photograph|Picture|File photo)(?: credit)?:\s*[^\n]{1,60}\)?|\bvia Getty Images)\s*$/;
const TOP_PARAGRAPHS = 8;
/** A release's date opens its line ("Published 23 October 2024", "Riyadh, Rabi' al-Awwal 12, 1446 AH, September 15, 2024"). */
const DATE_LEAD = 40;
/** An opening bracket and the agencies a release credits, before its date. */
const AGENCIES_OPEN = /^[\s,]*\((?:[\p{L}\s./&]{1,70}?)\s[-–—]\s*$/u;

/** Words of a page's furniture that may stand alone on a line above a date. */
const FURNITURE = /^(?:By|Date|Dates|Source|Posted|Published|Updated|Release|Released|Photo|Author|Editor|Press|News|Home|Readout|Statement|Print|Share)\b/;

/** Words of a page's label above its date ("Media Statement", "Press Release"): no place. */
const LABEL_WORD = /\b(?:Statement|Release|Readout|Communiqu[eé]|Bulletin|Briefing|Media|Update)\b/;
const DATE_FIRST = /^(?:\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4})(?:\s+[–—-]\s+(?=\p{Lu})|\s+\((?=\p{Lu}[\p{Lu}\s.'’-]*\)\s*[–—-]))/u;
const CAPS_OFFICE = /\b(?:CHIEF|MINISTER|SECRETARY|COMMANDER|PRESIDENT|AMBASSADOR|DIRECTOR|CHAIRMAN|HEAD|DEPUTY|OF-STAFF)\b/;
const CAPS_LABEL = /^(?:FILE PHOTO|FILE|PHOTO|PHOTOS|UPDATE|EXCLUSIVE|BREAKING|BREAKING NEWS|ANALYSIS|WATCH|VIDEO|EDITORIAL|OPINION|FACTBOX|FEATURE)$/;

// (Accents and apostrophes aside: "Nuku’alofa", "Nuku'alofa" and "Nukualofa" are one city.)
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();

let places: { capitals: Map<string, string>; countries: Map<string, string> } | undefined;

function placeTables() {
  if (!places) {
    const capitals = new Map<string, string>();
    const countries = new Map<string, string>();
    for (const c of countriesData.countries) {
      // (Other known cities too: "RAWALPINDI:" files from Pakistan.)
      for (const x of knownCitiesOf(c)) capitals.set(fold(x), c.name);
      for (const n of [c.name, ...c.aliases]) countries.set(fold(n), c.name);
    }
    places = { capitals, countries };
  }
  return places;
}

/** The country a place's name is the capital of, or names, or null. */
export function countryOfPlace(name: string): string | null {
  const { capitals, countries } = placeTables();
  const f = fold(name).replace(/\.$/, '');
  return capitals.get(f) ?? countries.get(f) ?? null;
}

/** "SIEM REAP" → "Siem Reap", "HÀ NỘI" → "Hà Nội"; other spellings are kept. */
export function displayPlace(name: string): string {
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (let pos = 0; pos < text.length && pos < TOP_CHARS * 2 && out.length < TOP_PARAGRAPHS; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    while (s < nl && /\s/.test(text[s])) s++;
    if (s < nl) out.push({ start: s, end: nl });
    pos = nl + 1;
  }
  return out;
}

/** Before a date: a repost's note that the release "was published by the Office of the Spokesperson on" it. */
const ISSUED_ON = /\b(?:was|were)\s+(?:first\s+)?(?:published|issued|released)\b[^.\n]{0,80}?\bon\s+$/;
/** A closing line in brackets that names the source, then its date: "(Xinhua News Agency November 5, 2006)". */
const SOURCE_STAMP = /(?:^|\n)\s*\((?:[A-Z][\w.'’&-]*\s+){1,5}(?=(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\)\s*$)/;
const PUBLISHED_LINE = /(?:^|\n)\s*(?:First |Last )?(?:Published|Publish(?:ed)? [Dd]ate|Posted|Released|Date)(?: on)?\s?:?\s+(?=\d|[A-Z][a-z]+ \d|[A-Z][a-z]{2,8},? (?:\d|[A-Z][a-z]+ \d))/;
const SYNDICATION = /^\((?:[^()]|\([^()]*\))*\)\s+(?=\p{Lu}{3})/u;
const CAPS_PLACE = /^(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4})(?=\s*(?:,|\(|•|\/|:|\.\s+\p{Lu}{3,}|[-–—]|\)\s*[–—-]|$))/u;
// ("New Delhi : Raksha Mantri ...", "Jakarta. Defense Minister ...": a known place before a colon or a stop too.)
// ("Miami.- Armed Forces minister ...": the Spanish-language press closes its dateline with a stop and a dash.)
// ("New Delhi [India], October 21 (ANI):": the country in square brackets.)
// ("Addis Ababa June 1/2021 (ENA)": or the date right after the city.)
// ("Dar es Salaam. The new ambassador": a particle in lower case inside the city's name.)
const TITLE_PLACE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:es|de|da|del|di|du|la|al|el)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?=\s*(?:,|\(|\[|•|\/|:|[-–—]|$)|\.\s|\.[-–—]\s|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/u;
const DOT_DASH = /^\.[-–—]\s/;
const TIME_THEN_PLACE = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?\s*(?:IST|PKT|GMT|UTC|[A-Z]{2,4}T)?\s*[-–—]\s*(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){0,2})\s*$/u;
const TIME_FIELD = /^\s*\d{1,2}:\d{2}\s*\|\s*/;
const AGENCY_BAR = /^\s*\p{Lu}[\p{L}.&-]{1,15}\s*\|\s*(\p{Lu}[\p{L}\p{M}'’ -]{1,30}?)\s*(?:\||$)/u;
const PART = /^,\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s*(?=,|\(|[-–—]|$)/u;

/** A dateline opening paragraph `p`: a city in capitals or a known capital, perhaps with its country or district after. */
function datelineAt(text: string, p: Paragraph, nextOpensWithDate: boolean): Dateline | null {
  // ("(MENAFN- Kuwait News Agency (KUNA)) DOHA, Nov 26 (KUNA) --": a syndicator's tag before the dateline.)
  const tag = SYNDICATION.exec(text.slice(p.start, Math.min(p.end, p.start + 100)));
  // ("January 16, 2018 – Vancouver, Canada – National Defence": a release's date before its place.)
  // ("Oct 7, 2005 (ADDIS ABABA) —": or the place in brackets after it.)
  // ("20:25 | Lima, Feb. 13.": a page's time field before it.)
  const dated = tag ? null : DATE_FIRST.exec(text.slice(p.start, Math.min(p.end, p.start + 60))) ?? TIME_FIELD.exec(text.slice(p.start, Math.min(p.end, p.start + 20)));
  const from = p.start + (tag ? tag[0].length : dated ? dated[0].length : 0);
  const line = text.slice(from, Math.min(p.end, from + 160));
  // ("IANS  |  Beijing": an agency's name, a bar, then the city it filed from.)
  const barred = AGENCY_BAR.exec(line);
  if (barred && placeTables().capitals.has(fold(barred[1]))) {
    const start = from + line.indexOf(barred[1], line.indexOf('|'));
    return { city: displayPlace(barred[1]), country: countryOfPlace(barred[1]), start, end: start + barred[1].length };
  }
  // ("January 31, 2023 10:13 pm | Updated 10:13 pm IST - HYDERABAD": a release's time stamps, then where it filed from.)
  const stamped = TIME_THEN_PLACE.exec(text.slice(p.start, p.end));
  const stampedCountry = stamped ? countryOfPlace(stamped[1]) : null;
  if (stamped && stampedCountry) {
    const start = p.start + stamped.index + stamped[0].length - stamped[1].length;
    return { city: displayPlace(stamped[1]), country: stampedCountry, start, end: start + stamped[1].length };
  }
  let m = CAPS_PLACE.exec(line);
  // ("FILE PHOTO: ...", "UPDATE 2-": a caption's or a wire's label in capitals, not a place; nor an office opening
  // a lead in capitals, "CHIEF-OF-STAFF (ag) of the Guyana Defence Force".)
  // ("AKIPRESS.COM –": a site's name, not where it filed from.)
  // ("AMISOM PR/07/2021": a release's reference number, not a place.)
  if (m && /^\s*\/\s*\d/.test(line.slice(m[0].length))) return null;
  if (m && (CAPS_LABEL.test(m[1]) || CAPS_OFFICE.test(m[1]) || /\.(?:COM|NET|ORG|INFO|AZ|KZ|KG|UZ|RU|UA|IN|PK|NG|TV)\b/i.test(m[1]))) return null;
  // ("ASTANA. KAZINFORM –": the agency after the city's stop.)
  // ("SEOUL-- A senior official": the dash after the city is no part of it.)
  // ("YEREVAN. – The Prosecutor General": nor the stop closing it.)
  let city = m?.[1].replace(/-+$/, '').replace(/(\p{Lu}{3})\.$/u, '$1');
  const stop = city ? city.search(/\.\s+/) : -1;
  // ("UST-KAMENOGORSK. KAZINFORM -": a city the lexicons do not know, an agency's one word after its stop.)
  if (city && stop > 0 && (countryOfPlace(city.slice(0, stop)) || (/^\.\s+\p{Lu}{3,}$/u.test(city.slice(stop)) && !/(?:^|[\s.])\p{Lu}$/u.test(city.slice(0, stop))))) city = city.slice(0, stop);
  // "NATO", "ASEAN" alone on a line name the publisher, not where it filed from.
  // ("NNA – Army Commander X": a news agency's name, not where it filed from.)
  // ("VGP – PM X": initials with no vowel are a source's, never a city's.)
  if (city && (city.replace(/[^\p{L}]/gu, '').length < 3 || ACRONYMS.has(city) || OUTLETS.has(city) || !/[AEIOUY\u00C0-\u024F]/i.test(city))) city = undefined;
  // ("MON, 20 MAY 2019 17:25": a release line's weekday in capitals, not a place.)
  if (city && /^(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/.test(city)) return null;
  // ("APS : Monday, 02 March 2020": an agency's label before the release's date, not a place.)
  if (city && !countryOfPlace(city) && /^\s*:\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)/.test(line.slice(line.indexOf(city) + city.length))) return null;
  // ("RABE ABUBAKAR" alone on a line, a sign-off or byline: only a place the lexicons know stands alone.)
  if (city && line.trim() === city && !countryOfPlace(city)) city = undefined;
  if (!city) {
    m = TITLE_PLACE.exec(line);
    // (Or a city the release sets in its country after the date: "January 16, 2018 – Vancouver, Canada –".)
    const inCountry = dated && m ? PART.exec(line.slice(m[1].length)) : null;
    const known = m && (countryOfPlace(m[1]) ?? (inCountry && placeTables().countries.get(fold(inCountry[1]))));
    // A title-case line that is only a place, with the release date on the next line ("New York").
    // (Not a title that has its verb: "ANEPE Visits NDU" above the date.)
    // (Nor a page's label, "Media Statement", or an agency's initials above it, "UNB".)
    const alone = m && m[1].length === line.trim().length && nextOpensWithDate && m[1].split(/\s+/).length <= 3 && !FURNITURE.test(m[1]) && !LABEL_WORD.test(m[1]) && !OUTLETS.has(m[1]) &&
      !m[1].split(/\s+/).some((w) => TITLE_VERB.test(w));
    if (!m || (!known && !alone && !DOT_DASH.test(line.slice(m[1].length)))) {
      // ("AKP Phnom Penh, June 18, 2018 —": an agency's short form before the city; "State House, Accra, Monday
      // 3 March 2024 –": a venue, then its city, then the release's date.)
      const city2 = agencyBeforeCity(m?.[1]) ?? venueBeforeCity(line);
      if (!city2) return null;
      const start = from + line.indexOf(city2);
      return { city: displayPlace(city2), country: countryOfPlace(city2), start, end: start + city2.length };
    }
    // ("Kenya: Gen Kahariri Hosts ...": a country before a colon heads a title; only a city datelines so.)
    if (/^\s*:/.test(line.slice(m[1].length)) && placeTables().countries.has(fold(m[1]))) return null;
    city = m[1];
  }
  // ("SANTO DOMINGO.- President X": the stop before the dash is no part of the city.)
  if (/^[^.]{3,}\.$/.test(city) && /^[-–—]/.test(line.slice(line.indexOf(city) + city.length))) city = city.slice(0, -1);
  let country = countryOfPlace(city);
  const rest = line.slice(city.length);
  const part = PART.exec(rest);
  // ("Azerbaijan, Nakhchivan, March 7 / Trend /": a country, then the city in it.)
  // (Its date after it: not a title, "Kuwait, Italy Discuss Mutual Cooperation".)
  if (part && !/\d/.test(part[1]) && placeTables().countries.has(fold(city)) && !placeTables().countries.has(fold(part[1])) && /^\p{Lu}/u.test(part[1]) &&
      part[1].split(/\s+/).length <= 3 && /\d/.test(rest.slice(part[0].length))) {
    const start = from + line.indexOf(part[1], line.indexOf(city) + city.length);
    return { city: displayPlace(part[1]), country: countryOfPlace(city), start, end: start + part[1].length };
  }
  if (part && !/\d/.test(part[1])) {
    const named = countryOfPlace(part[1]);
    // ("DORAL, FLORIDA, UNITED STATES": a city, its state, then its country.)
    const third = named ? null : PART.exec(rest.slice(part[0].length));
    const beyond = third && !/\d/.test(third[1]) ? placeTables().countries.get(fold(third[1])) : undefined;
    if (named && !placeTables().capitals.has(fold(part[1]))) country ??= named;
    else if (beyond) country ??= beyond;
    // "CAMP GENERAL EMILIO AGUINALDO, Quezon City": a camp or base, then its city.
    else if (!country) city = part[1];
  }
  const start = from + line.indexOf(city);
  return { city: displayPlace(city), country, start, end: start + city.length };
}

/** "AKP Phnom Penh", "Xinhua Beijing": a known city after an agency's name, or null. */
function agencyBeforeCity(words: string | undefined): string | null {
  const m = words ? /^\p{Lu}[\p{L}]{1,8}\s+(.+)$/u.exec(words) : null;
  return m && placeTables().capitals.has(fold(m[1])) ? m[1] : null;
}

/** "Presidential Lodge, Hill station, Freetown, Friday 28 January 2022 –": the known city a venue's parts end with, before a date. */
function venueBeforeCity(line: string): string | null {
  const parts = line.split(',');
  for (let k = 1; k < Math.min(parts.length - 1, 4); k++) {
    const part = parts[k].trim();
    if (!placeTables().capitals.has(fold(part))) continue;
    return VENUE_DATE.test(parts.slice(k + 1).join(',')) ? part : null;
  }
  return null;
}
const VENUE_DATE = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}),?\s+\d{4}\s*[–—-]/u;

export function documentContext(
  text: string, dates: readonly { start: number; end: number; iso: string | null }[],
): DocumentContext {
  const paras = paragraphs(text);
  // ("Text: Hungarian Defence Forces Command | Photo: X |  13:07 November 24, 2021": a page's fields on one line.)
  // (A bar is looked for only as far back as a date may stand from it: no text is read back to its start.)
  const fieldStart = (p: Paragraph, at: number) => {
    const from = Math.max(p.start, at - DATE_LEAD - 1);
    const bar = text.slice(from, at).lastIndexOf('|');
    return bar < 0 ? p.start : from + bar + 1;
  };
  const firstDateIn = (p: Paragraph) => dates.find((d) => d.start >= p.start && d.end <= p.end && d.start - fieldStart(p, d.start) <= DATE_LEAD);
  let release: string | null = null;
  for (const p of paras) {
    if (p.start > TOP_CHARS) break;
    const d = firstDateIn(p);
    if (d && isDay(d.iso)) {
      release = d.iso;
      break;
    }
  }
  // ("Published 19 April 2023" closing a government release: its date, when the top gives none.)
  if (!release) {
    const tail = text.slice(Math.max(0, text.length - 300));
    const at = text.length - tail.length;
    // ("(Xinhua News Agency November 5, 2006)": or an agency's stamp in brackets on the last line.)
    const line = PUBLISHED_LINE.exec(tail) ?? SOURCE_STAMP.exec(tail);
    // ("First Published: Sat, September 30 2017": a weekday may come first.)
    const d = line ? dates.find((x) => x.start >= at + line.index && x.start - (at + line.index) <= 32 && isDay(x.iso)) : undefined;
    if (d) release = d.iso;
  }
  // ("The following press release was published by the Office of the Spokesperson on March 30, 2021.": a repost's
  // note of when the release was issued.)
  if (!release) {
    const d = dates.find((x) => x.start <= TOP_CHARS && isDay(x.iso) && ISSUED_ON.test(text.slice(Math.max(0, x.start - 100), x.start)));
    if (d) release = d.iso;
  }
  // ("www.kcna.kp (Juche113.4.14.)": KCNA's stamp, its year counted from 1912 as Juche 1.)
  if (!release) {
    const juche = JUCHE_STAMP.exec(text.slice(Math.max(0, text.length - 300)));
    if (juche && +juche[2] >= 1 && +juche[2] <= 12 && +juche[3] >= 1 && +juche[3] <= 31) release = `${1911 + +juche[1]}-${juche[2].padStart(2, '0')}-${juche[3].padStart(2, '0')}`;
  }
  // ("PM meeting with the UN Secretary-General: 24 September 2019": a title that closes with the day.)
  if (!release && titleLike(text, paras)) {
    const title = paras[0];
    // ("FM Gedu Confers With EU Ambassador to Ethiopia (June 11, 2020)": or with the day in brackets.)
    const d = dates.find((x) => x.start >= title.start && x.end <= title.end && isDay(x.iso) && /^\)?$/.test(text.slice(x.end, title.end).trim()));
    if (d) release = d.iso;
  }
  let dateline: Dateline | null = null;
  // A line that is only an unknown name above the date ("Huang Panyue" over "2024-05-17") may be a byline: a
  // dateline further down ("BEIJING, May 17 --") wins over it.
  let weak: Dateline | null = null;
  // The title's line, which the first paragraphs are read against.
  const title = paras.length > 0 ? text.slice(paras[0].start, paras[0].end) : '';
  for (let k = 0; k < paras.length && !dateline; k++) {
    if (paras[k].start > TOP_CHARS) break;
    // (Past a paragraph of prose, the lead has been told: "Bangladesh, Senior Colonel X, ..." further down, a list
    // broken across lines, is no dateline.)
    // (A photo's caption is no prose: "... in Moscow, Russia October 24, 2022. REUTERS/Evgenia X/Pool" above "MOSCOW, Oct
    // 27 (Reuters) -".)
    if (k > 0 && paras.slice(1, k).some((x) => x.end - x.start > LEAD_CHARS && !PHOTO_CREDIT.test(text.slice(x.start, x.end)))) break;
    const next = paras[k + 1];
    const dateBelow = next !== undefined && firstDateIn(next) !== undefined && firstDateIn(next)!.start === next.start;
    // The title is no dateline, unless it reads as one ("HANOI, Nov. 6 –", or a place alone above the date).
    if (k === 0 && titleLike(text, paras)) {
      // ("Brussels, 12 March 2024" alone on the first line is a dateline too.)
      const placeAndDate = paras[0].end - paras[0].start < 60 && /^\p{Lu}[\p{L}\p{M}\s.'’-]{1,40},\s*\S/u.test(title) &&
        dates.some((d) => d.start > paras[0].start && d.end <= paras[0].end);
      // ("UK, ZAMBIA MILITARY RELATIONS STRONGER": a title all in capitals, with no date, is no dateline either.)
      const shouted = !/[\p{Ll}\d]/u.test(title);
      // ("US, Canadian Defense Leaders Discuss ...": nor one opening with a country, not a city, before its comma.)
      const opening = /^(\p{Lu}[\p{Lu}\s]+)[,–—-]/u.exec(text.slice(paras[0].start, paras[0].start + 40));
      const countryFirst = opening !== null && placeTables().countries.has(fold(opening[1].trim())) && !placeTables().capitals.has(fold(opening[1].trim()));
      // ("COAS, Chinese envoy discuss regional security": a short form in capitals, no place the lexicons know, opening a
      // headline of words.)
      // ("IEC, EU Discuss Joint Cooperation": or of title-case words with no date.)
      const acronymFirst = opening !== null && /^\p{Lu}{2,6}$/u.test(opening[1].trim()) && countryOfPlace(opening[1].trim()) === null &&
        /\s\p{Ll}{3,}|^[^\d]*$/u.test(title);
      // (A place alone above the date, not a headline of words above it: "Qatar, Kenya sign cooperation agreement".)
      // ("UAE, Mozambique Explore Boosting Maritime Cooperation" above the date is a title in title case: each part of a
      // place's line is a place or a word or two.)
      const placeAbove = dateBelow && !/(?:^|\s)\p{Ll}{3,}/u.test(title) &&
        title.split(',').every((part) => part.trim().split(/\s+/).length <= 2 || countryOfPlace(part.trim()) !== null);
      if (!placeAbove && !placeAndDate && (shouted || !opening || countryFirst || acronymFirst)) continue;
    }
    // (A page that repeats its title below its stamps: "UAE, Mozambique explore ..." again is no dateline either.)
    if (k > 0 && text.slice(paras[k].start, paras[k].end).trim().toLowerCase() === title.trim().toLowerCase()) continue;
    dateline = datelineAt(text, paras[k], dateBelow);
    if (dateline && !dateline.country && !weak && text.slice(paras[k].start, paras[k].end).trim().length === dateline.end - dateline.start) {
      weak = dateline;
      dateline = null;
    }
  }
  dateline ??= weak;
  // ("Presidential Lodge, Hill station, Freetown, Friday 28 January 2022 –": the day right after a dateline set
  // deep in its line.)
  // (A day without its year right after the dateline: "Manama, Mar.14 (BNA):", "SEOUL, Oct. 8 (Yonhap) --".)
  const dayless = dateline ? dates.find((x) => x.start >= dateline!.end && x.start - dateline!.end <= 4 && !x.iso) : undefined;
  if (!release && dateline) {
    // ("ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 23rd Feb, 2023)": or after the agencies in brackets.)
    const d = dates.find((x) => x.start >= dateline!.end && (x.start - dateline!.end <= 16 || AGENCIES_OPEN.test(text.slice(dateline!.end, x.start))) && isDay(x.iso));
    if (d) release = d.iso;
    // ("SEOUL, Oct. 8 (Yonhap) -- ... on Thursday", the text naming one year only: the dateline's day in that year.)
    else release = dayless ? yearNamedOnce(text.slice(dayless.start, dayless.end), text) ?? yearOfDayNearby(text.slice(dayless.start, dayless.end), dates) : null;
  }
  // "Manama, Mar.14 (BNA): ... today" under a page stamped "03/15/2018 - 00:47": the day the dateline gives is the
  // release's, the stamp's year completing it.
  if (dateline && release) {
    const day = dayless ? resolveDate(text.slice(dayless.start, dayless.end), null, release) : null;
    if (isDay(day) && Math.abs(Date.parse(day) - Date.parse(release)) <= 2 * 86_400_000) release = day;
  }
  // ("DORAL, FLORIDA, UNITED STATES" over "03.09.2026": an American release writes the month first.)
  if (release && dateline?.country === 'United States') {
    const either = eitherWayRound(text, dates, release, /^(\d{1,2})[./](\d{1,2})[./](\d{4})/);
    if (either) release = either.monthFirst;
  }
  // ("9/6/2019" over "Mike Lee ... met Friday": a day and month either way round read as the text's weekdays have
  // it, the day of the news or the day before.)
  // (Slashes only: "07.05.2018" with its dots is a European day first.)
  const either = release ? eitherWayRound(text, dates, release, /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/) : null;
  if (either) {
    const other = release === either.dayFirst ? either.monthFirst : either.dayFirst;
    const [a, b] = [weekdaysFit(text, other), weekdaysFit(text, release!)];
    // ("3/2/2024" over "On March 1, ... a meeting was held": else as the months the text names have it.)
    if (a > b || (a === b && monthsFit(text, other) > monthsFit(text, release!))) release = other;
  }
  // ("Media Statement" or "UNB" on the line above the release's day: a wire's label, dating its news as a dateline does.)
  const stamp = release ? dates.find((x) => x.iso === release) : undefined;
  const lineStart = stamp ? text.lastIndexOf('\n', stamp.start - 1) : -1;
  const label = lineStart > 0 && /^\s*$/.test(text.slice(lineStart + 1, stamp!.start)) ? text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart).trim() : '';
  const labelled = label !== '' && (OUTLETS.has(label) || (LABEL_WORD.test(label) && /^[\p{L} ]+$/u.test(label) && label.split(/\s+/).length <= 3));
  const datelined = labelled || (dateline !== null && dates.some((x) => x.start >= dateline!.end && x.start - dateline!.end <= DATELINE_DAY_CHARS && isDay(x.iso)));
  return { release, dateline, datelined, bodyStart: bodyStartOf(text, paras, dates) };
}

/** Where the body opens: after the title, and after the title under a line that is only the page's date ("2021-08-17"). */
function bodyStartOf(text: string, paras: readonly Paragraph[], dates: readonly { start: number; end: number }[]): number {
  if (!titleLike(text, paras)) return 0;
  const first = paras[0];
  const dateOnly = dates.some((d) => d.start >= first.start && d.end <= first.end && text.slice(first.start, d.start).trim() === '' && text.slice(d.end, first.end).trim() === '');
  // (Not a photo's caption under the date: "... at his residence in Tokyo on Friday. Photo: KYODO".)
  const second = paras.length > 2 ? text.slice(paras[1].start, paras[1].end).trim() : '';
  return dateOnly && titleLike(text, paras.slice(1)) && !/[.!?]\s|\)$/.test(second) ? paras[2].start : paras[1].start;
}

/**
 * The release's date as written in figures, where its day and month could be either ("03.09.2026"): both readings, by
 * `written` (which sets what separators count), or null.
 */
function eitherWayRound(text: string, dates: readonly { start: number; end: number; iso: string | null }[], release: string, written: RegExp): { dayFirst: string; monthFirst: string } | null {
  const d = dates.find((x) => x.iso === release);
  const m = d ? written.exec(text.slice(d.start, d.end).trim()) : null;
  if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2]) return null;
  return { dayFirst: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`, monthFirst: `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` };
}

/** The days of the week in the order `Date.getUTCDay` counts them. */
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** How many of the text's weekdays fall on `iso` or the day before it. */
function weekdaysFit(text: string, iso: string): number {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  const fits = new Set([WEEKDAY_NAMES[day], WEEKDAY_NAMES[(day + 6) % 7]]);
  let n = 0;
  for (const w of text.matchAll(/\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)) if (fits.has(w[0])) n++;
  return n;
}

/** The months by name, January first. */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** How many times the text names the month of `iso` or the month before it, a day after the name. */
function monthsFit(text: string, iso: string): number {
  const month = Number(iso.slice(5, 7)) - 1;
  const fits = [MONTH_NAMES[month], MONTH_NAMES[(month + 11) % 12]];
  let n = 0;
  for (const name of fits) n += [...text.matchAll(new RegExp(String.raw`\b${name}\s+\d{1,2}\b|\b\d{1,2}\s+${name}\b`, 'g'))].length;
  return n;
}

/** A first paragraph that reads as a headline: short, and not a sentence. */
function titleLike(text: string, paras: readonly Paragraph[]): boolean {
  const title = paras[0];
  return title !== undefined && paras.length > 1 && !/[.!?]["”’]?$/.test(text.slice(title.start, title.end).trim()) && title.end - title.start < 250;
}

/** Whether a place's name is a seat of government ("Downing Street", "Rosenbad"), which stands for its city. */
export function isSeat(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(orgData.seatCities, name);
}

/** The city of a seat of government named exactly ("Temple Trees": Colombo), or null. */
export function seatNamed(name: string): string | null {
  return isSeat(name) ? (orgData.seatCities as Record<string, string>)[name] : null;
}

let seatPattern: RegExp | undefined;
/** The city of a seat of government a meeting's sentence places it at ("at the Kremlin": Moscow), or null. */
export function seatCity(told: string): string | null {
  const cities: Record<string, string> = orgData.seatCities;
  seatPattern ??= new RegExp(String.raw`\b(?:at|in|to)\s+(?:the\s+)?(${literalAlternation(Object.keys(cities))})(?![\p{L}])`, 'u');
  const m = seatPattern.exec(told);
  return m ? cities[m[1]] : null;
}

let eventPattern: RegExp | undefined;
/** The city a gathering held in one city every time is held in ("on the sidelines of the UN General Assembly": New York), or null. */
export function eventCity(told: string): string | null {
  const cities: Record<string, string> = orgData.eventCities;
  eventPattern ??= new RegExp(String.raw`(?<![\p{L}])(${literalAlternation(Object.keys(cities))})(?![\p{L}])`, 'u');
  const m = eventPattern.exec(told);
  return m ? cities[m[1]] : null;
}

/** Cities first (capitals, and place names no lexicon knows), then venues, then countries. */
export function placeRank(text: string, p: { start: number; end: number; country: string; capital: boolean }): number {
  if (p.capital) return 0;
  // ("received in his office at Muaskar al Murtafa’a": where in a city, not which city.)
  // ("upon arrival at Aden Adde airport": an airport named by its own words, the city's elsewhere.)
  if (p.country === '') return isVenue(text.slice(p.start, p.end)) || OFFICE_AT.test(text.slice(Math.max(0, p.start - 30), p.start)) || AIRPORT_AFTER.test(text.slice(p.end, p.end + 26)) ? 1 : 0;
  return 2;
}

/** After a place's name, the words that make it an airport or a base ("Aden Adde airport"). */
const AIRPORT_AFTER = /^\s+(?:international\s+)?(?:airport|air\s?base)\b/i;
const OFFICE_AT = /\b(?:office|offices|residence|headquarters)\s+(?:at|in)\s+(?:the\s+)?$/i;

export function isVenue(name: string): boolean {
  const words = lexicon().meetingPhrases.venueWords;
  return name.split(/\s+/).some((w) => words.has(w));
}

/** Before a place, what makes it the subject of talks ("the situation in North Korea", "the developments in Ukraine",
 * "the peace keeping mission in Haiti"), where a body is stationed ("the troops in Mali"), or its history ("the war
 * which led to the liberation of Bangladesh"): no venue, and no side. */
export const TOPIC_IN = /\b(?:situation|developments?|crisis|conflict|war|peace|security|stability|events|elections?|tensions?|escalation|fighting|violence|settlement|reconstruction|forces|troops|contingents?|peacekeepers|mission|(?:human )?rights|democracy|freedoms?)\s+(?:in|on|around|inside)\s+(?:the\s+)?$|\b(?:liberation|independence|occupation|invasion|partition|annexation)\s+of\s+(?:the\s+)?$/i;
