// Dates as news writes them: "November 6, 2022", "6 November", "Nov. 6", "2022-11-22", "14.03.2023", "15/1/2024".
import { lexicon } from '../lexicon';
import type { TokenStream } from '../tokenize';

/** "November 6", "November 6, 2022", "November, 2022", "December 2021"; also "6 November 2022" is caught by the day before. */
export function dateAt(T: TokenStream, i: number, month: number): { start: number; end: number; iso: string | null } | null {
  const tx = T.text;
  let j = i + 1;
  let day: number | null = null;
  let year: number | null = null;
  // "6", and "6th" ("March 5th"; "the 5th of March" below).
  const isDay = (k: number) => k >= 0 && k < T.n && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tx[k]) && parseInt(tx[k], 10) >= 1 && parseInt(tx[k], 10) <= 31;
  // ("17 ديسمبر 2020م": a year with the Arabic letter for the Gregorian era.)
  const isYear = (k: number) => k < T.n && /^(1[89]|20)\d\dم?$/.test(tx[k]);
  // (A range of days, "May 11-12", "May 11 – 12": dated by its first day.)
  // (Its first day, or null: "11-12" is a range, "12-11" is not.)
  const rangeStart = (k: number): number | null => {
    const r = k >= 0 && k < T.n ? /^(\d{1,2})[-–](\d{1,2})$/.exec(tx[k]) : null;
    return r && +r[1] >= 1 && +r[1] < +r[2] && +r[2] <= 31 ? +r[1] : null;
  };
  const dash = (k: number) => tx[k] === '–' || tx[k] === '-' || tx[k] === '—';
  const ranged = rangeStart(j);
  if (ranged !== null) { day = ranged; j++; }
  else if (isDay(j)) {
    day = parseInt(tx[j], 10);
    j++;
    if (dash(j) && isDay(j + 1) && parseInt(tx[j + 1], 10) > day) j += 2;
  }
  // ("October 18/2022/ENA/": the year after a slash; "October 20. 2023 Juche 112": after a full stop, in KCNA's.)
  if ((tx[j] === ',' || ((tx[j] === '/' || tx[j] === '.') && day !== null)) && isYear(j + 1)) j++;
  if (isYear(j)) { year = parseInt(tx[j], 10); j++; }
  // ("17 July 202018:33": a scraped page's year run into the time of day after it.)
  else if (j < T.n && /^(?:1[89]|20)\d\d(?:[01]?\d|2[0-3])$/.test(tx[j]) && tx[j + 1] === ':' && /^[0-5]\d$/.test(tx[j + 2] ?? '')) { year = parseInt(tx[j].slice(0, 4), 10); j++; }
  // "7 February 2024", "07 February": the day before the month.
  let start = i;
  // ("Monday 11/May/2020 14:44 PM": day, month's name and year between slashes.)
  if (day === null && year === null && tx[i - 1] === '/' && isDay(i - 2) && tx[i + 1] === '/' && isYear(i + 2)) {
    day = parseInt(tx[i - 2], 10);
    year = parseInt(tx[i + 2], 10);
    start = i - 2;
    j = i + 3;
  }
  // ("Monday 18, February 2019": a weekday's day, then a comma, before the month.)
  if (day === null && year !== null && tx[i - 1] === ',' && isDay(i - 2) && i >= 3 && /day$/.test(tx[i - 3])) {
    day = parseInt(tx[i - 2], 10);
    start = i - 2;
  }
  if (day === null && isDay(i - 1)) {
    day = parseInt(tx[i - 1], 10);
    start = i - 1;
    // ("11–12 May": the range's first day.)
    if (dash(i - 2) && isDay(i - 3) && parseInt(tx[i - 3], 10) < day) {
      day = parseInt(tx[i - 3], 10);
      start = i - 3;
    }
  }
  // ("10. May 2024.": a day with a full stop after it, as Serbian and German pages write it, where the year follows.)
  if (day === null && year !== null && tx[i - 1] === '.' && isDay(i - 2) && !/^\d/.test(tx[i - 3] ?? '')) {
    day = parseInt(tx[i - 2], 10);
    start = i - 2;
  }
  const before = day === null ? rangeStart(i - 1) : null;
  if (before !== null) {
    day = before;
    start = i - 1;
  }
  // "on the 20th of December": an ordinal day, "of", the month.
  if (day === null && tx[i - 1] === 'of' && isDay(i - 2) && /\d(?:st|nd|rd|th)$/.test(tx[i - 2])) {
    day = parseInt(tx[i - 2], 10);
    start = i - 2;
  }
  // (The verb, unless a preposition or a month's word says the month: "In May this year", "since May", "last May".)
  if (year === null && day === null && (tx[i] === 'May' || tx[i] === 'MAY') && !(MONTH_BEFORE.test(tx[i - 1] ?? '') || MONTH_AFTER.test(tx[i + 1] ?? ''))) return null;
  const pad = (x: number) => String(x).padStart(2, '0');
  const iso = year === null ? null : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { start, end: j, iso };
}

/**
 * "2022-11-22", "14.03.2023", "15/1/2024": numeric dates, day first as outside the United States (a first
 * number above 12 settles it either way). A scraped caption may run into the date ("Petra03.01.2018"):
 * `skip` is the length of the letters before it.
 */
export function numericDate(T: TokenStream, i: number): { end: number; iso: string; skip: number } | null {
  const pad = (x: number) => String(x).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const t = T.text[i];
  // ("2012-9-19": a month or day of one digit too.)
  // ("2021-12-21T15:08:19+0000": a page's stamp, its hour joined on.)
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T\d{1,2})?$/.exec(t);
  if (m && valid(+m[1], +m[2], +m[3])) return { end: i + 1, iso: `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`, skip: 0 };
  // ("Published on: 2019.04.03": year first, with stops, as East Asian sites write it.)
  m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?$/.exec(t);
  if (m && valid(+m[1], +m[2], +m[3])) return { end: i + 1, iso: `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`, skip: 0 };
  // ("13. 11. 2021.": day, month and year, each closed by its stop, spaced, as Central Europe writes them.)
  if (/^\d{1,2}$/.test(t) && T.text[i + 1] === '.' && /^\d{1,2}$/.test(T.text[i + 2] ?? '') && T.text[i + 3] === '.' && /^\d{4}$/.test(T.text[i + 4] ?? '') &&
    T.start[i + 1] === T.end[i] && T.start[i + 3] === T.end[i + 2] && valid(+T.text[i + 4], +T.text[i + 2], +t)) {
    return { end: i + 5, iso: `${T.text[i + 4]}-${pad(+T.text[i + 2])}-${pad(+t)}`, skip: 0 };
  }
  // ("2009/04/08 | 13:57": a page's stamp, year first, with slashes.)
  if (/^\d{4}$/.test(t) && T.text[i + 1] === '/' && /^\d{1,2}$/.test(T.text[i + 2] ?? '') && T.text[i + 3] === '/' && /^\d{1,2}$/.test(T.text[i + 4] ?? '') &&
    T.start[i + 1] === T.end[i] && T.start[i + 4] === T.end[i + 3] && valid(+t, +T.text[i + 2], +T.text[i + 4])) {
    return { end: i + 5, iso: `${t}-${pad(+T.text[i + 2])}-${pad(+T.text[i + 4])}`, skip: 0 };
  }
  let parts: string[] | null = null;
  let end = i + 1;
  let skip = 0;
  // ("30.06.2016." closing a date line keeps its full stop.)
  m = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})\.?$/.exec(t);
  if (m) parts = [m[1], m[2], m[3]];
  else if ((m = /^(?:\p{L}{2,})(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(t))) {
    parts = [m[1], m[2], m[3]];
    skip = t.length - m[1].length - m[2].length - m[3].length - 2;
  }
  else if ((m = /^(?:\p{L}{2,})?(\d{1,2})$/u.exec(t)) && T.text[i + 1] === '/' && /^\d{1,2}$/.test(T.text[i + 2]) && T.text[i + 3] === '/' && /^\d{4}$/.test(T.text[i + 4]) &&
    T.start[i + 1] === T.end[i] && T.start[i + 4] === T.end[i + 3]) {
    // ("on Wednesday26/5/2021": a weekday run into the date.)
    parts = [m[1], T.text[i + 2], T.text[i + 4]];
    skip = t.length - m[1].length;
    end = i + 5;
  }
  // ("07-Nov-2019": a page's date line, the month's short name between dashes.)
  else if ((m = /^(\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)-(\d{4})$/i.exec(t))) parts = [m[1], String(lexicon().months.get(m[2].toUpperCase())), m[3]];
  // ("Baku / 03.27.23 / Turan:": a dateline's date of two-digit parts between slashes, its year in this century.)
  else if ((m = /^(\d{2})\.(\d{2})\.(\d{2})$/.exec(t)) && T.text[i - 1] === '/' && T.text[i + 1] === '/') parts = [m[1], m[2], `20${m[3]}`];
  if (!parts) return null;
  let [d, mo] = [+parts[0], +parts[1]];
  const y = +parts[2];
  if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  // ("05/12/2022 08:40 PM EDT": a time in a U.S. zone says the month comes first.)
  else if (d <= 12 && mo <= 12 && end === i + 5 && usTimeAfter(T, end)) [d, mo] = [mo, d];
  return valid(y, mo, d) ? { end, iso: `${y}-${pad(mo)}-${pad(d)}`, skip } : null;
}

const US_ZONES = new Set(['EDT', 'EST', 'ET', 'CDT', 'CST', 'CT', 'MDT', 'MST', 'PDT', 'PST', 'PT']);

/** A U.S. time zone among the few tokens after a date ("08:40 PM EDT"). */
function usTimeAfter(T: TokenStream, k: number): boolean {
  for (let j = k; j < T.n && j < k + 6; j++) if (US_ZONES.has(T.text[j])) return true;
  return false;
}

const MONTH_BEFORE = /^(?:In|[Ss]ince|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Oo]f|[Dd]uring|[Tt]hrough)$/;
const MONTH_AFTER = /^(?:this|last|next)$/;
