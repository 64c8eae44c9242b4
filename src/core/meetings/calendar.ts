// Dates as a careful reader resolves them: a weekday, "today", "yesterday" or a day without its year stand for a
// day near the release, which releases state in their dateline or first lines.
import { lexicon } from '../lexicon';

const DAY_MS = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The ISO form of a date written `written` (with the ISO the recognizer read from it, if any), in a release
 * dated `release` (YYYY-MM-DD or null). Null when the text does not let a reader tell.
 */
export function resolveDate(written: string, iso: string | null, release: string | null): string | null {
  if (iso) return iso;
  if (!release || release.length !== 10) return null;
  const lex = lexicon();
  const base = new Date(`${release}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const offset = lex.relativeDays.get(written.toLowerCase());
  if (offset !== undefined) return day(new Date(base.getTime() + offset * DAY_MS));
  const weekday = lex.weekdays.get(written);
  if (weekday !== undefined) {
    // The latest such weekday on or before the release: releases report what has happened.
    const back = (base.getUTCDay() - weekday + 7) % 7;
    return day(new Date(base.getTime() - back * DAY_MS));
  }
  // "Nov. 6", "6 November", "September 17" in a release of 2022-11-07: the release's year (the year before, for
  // a later month).
  // A month alone ("their August meeting") is the release's year's, or the year before's.
  // ("the 20th of December", "March 5th" too.)
  // ("Mar.14": the day run into the month's dot.)
  // ("11–12 May", "May 11-12": a range of days, by its first.)
  // ("on the 3rd": the release's month, or the month before for a day after the release's.)
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(written.trim());
  if (ordinal) {
    const d = +ordinal[1];
    if (d < 1 || d > 31) return null;
    const back = d > base.getUTCDate() ? 1 : 0;
    const at = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - back, d));
    return at.getUTCDate() === d ? day(at) : null;
  }
  const md = monthAndDay(written);
  if (!md) return null;
  const { month, date } = md;
  const year = base.getUTCFullYear() - (month > base.getUTCMonth() + 1 ? 1 : 0);
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return date ? `${ym}-${date.padStart(2, '0')}` : ym;
}

/** The day `by` days after (before, if negative) the ISO day `iso`. */
export function shiftDay(iso: string, by: number): string {
  return day(new Date(new Date(`${iso}T00:00:00Z`).getTime() + by * DAY_MS));
}

/** "-MM-DD": a month and day, to follow a year. */
function monthDaySuffix(month: number, date: string): string {
  return `-${String(month).padStart(2, '0')}-${date.padStart(2, '0')}`;
}

/** The month (1-12) and day (if written) of a date written without its year ("Nov. 6", "6 November", "May"). */
export function monthAndDay(written: string): { month: number; date: string | undefined } | null {
  const m = /^(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2})?\s+(?:of\s+)?)?([A-Za-z]{3,9})(?:\.?(?:\s+|(?<=\.))(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2})?|\.)?$/.exec(written.trim());
  const month = m ? lexicon().months.get(m[2]) : undefined;
  return m && month ? { month, date: m[1] ?? m[3] } : null;
}

/**
 * "on May 12" in a text that writes "May 12, 2020" elsewhere (an embedded post, a caption): the year of the one
 * full date of that month and day, or null. `years` maps "-MM-DD" to the years the text gives it (see `fullDays`).
 */
export function yearFromText(written: string, years: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const md = monthAndDay(written);
  if (!md || !md.date) return null;
  const suffix = monthDaySuffix(md.month, md.date);
  const found = years.get(suffix);
  if (found) return found.size === 1 ? `${[...found][0]}${suffix}` : null;
  // ("On Thursday October 27 ... a visit from 24th to 28th October, 2022": the one year that puts the day within
  // weeks of a full date the text gives.)
  const near = new Set<string>();
  for (const [other, ys] of years) {
    for (const y of ys) if (Math.abs(Date.parse(`${y}${suffix}`) - Date.parse(`${y}${other}`)) <= NEAR_FULL_DAY_MS) near.add(y);
  }
  return near.size === 1 ? `${[...near][0]}${suffix}` : null;
}
const NEAR_FULL_DAY_MS = 21 * 86_400_000;

/**
 * "hosted a reception in Hanoi on January 20" in a text that names one year only ("cooperation in 2020"): that year,
 * where the text gives no release date and no full date. Null where it names none, or more than one.
 */
export function yearNamedOnce(written: string, text: string): string | null {
  const md = monthAndDay(written);
  if (!md || !md.date) return null;
  const years = new Set<string>();
  for (const m of text.matchAll(YEAR_WRITTEN)) if (years.add(m[1]).size > 1) return null;
  if (years.size !== 1) return null;
  return `${[...years][0]}${monthDaySuffix(md.month, md.date)}`;
}
/**
 * "SEOUL, June 24 (Yonhap)" over "... in Hanoi on June 23, 2023" in a text that names other years too ("by 2030"): the
 * day written without its year, in the one year of the text's full dates within a month of it; else null.
 */
export function yearOfDayNearby(written: string, dates: readonly { iso: string | null }[]): string | null {
  const md = monthAndDay(written);
  if (!md || !md.date) return null;
  const monthDay = monthDaySuffix(md.month, md.date);
  const years = new Set<string>();
  for (const d of dates) {
    if (!d.iso || d.iso.length !== 10) continue;
    const year = d.iso.slice(0, 4);
    if (Math.abs(Date.parse(year + monthDay) - Date.parse(d.iso)) <= 31 * 86_400_000) years.add(year);
  }
  return years.size === 1 ? [...years][0] + monthDay : null;
}
/** A year written alone: not within a longer number, a date in figures or a range of years. */
const YEAR_WRITTEN = /(?<![\d./-])((?:19|20)\d\d)(?![\d./-]\d)/g;

/** The years each "-MM-DD" of the text's full dates is written with (read once per text). */
export function fullDays(dates: readonly { iso: string | null }[]): Map<string, Set<string>> {
  const years = new Map<string, Set<string>>();
  for (const d of dates) {
    if (!d.iso || d.iso.length !== 10) continue;
    const key = d.iso.slice(4);
    const set = years.get(key) ?? new Set<string>();
    years.set(key, set.add(d.iso.slice(0, 4)));
  }
  return years;
}

/**
 * "Upon his arrival in Kigali on Monday", in a text telling "a two-day visit from 6 to 7 January 2020" and no release
 * date: the one day the text gives in full (or in a range of days it gives) that falls on that weekday, or null.
 */
export function weekdayFromText(written: string, text: string, dates: readonly { start: number; end: number; iso: string | null }[]): string | null {
  const weekday = lexicon().weekdays.get(written);
  if (weekday === undefined) return null;
  const found = new Set<string>();
  for (const d of dates) {
    if (!d.iso || d.iso.length !== 10) continue;
    const given = new Date(`${d.iso}T00:00:00Z`);
    if (Number.isNaN(given.getTime())) continue;
    // ("from 6 to 7 January 2020": the days of the range, up to the one written whole; "6-8 March 2023", dated by
    // its first: from it to the last.)
    // ("which started on 19 September and will end on 25th September 2017": a first day of the same month written
    // before, the year left to the last.)
    const month = /\p{Lu}\p{Ll}+/u.exec(text.slice(d.start, d.end))?.[0];
    const before = /(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*$/.exec(text.slice(Math.max(0, d.start - 12), d.start)) ??
      (month ? new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${month}\b[^.;\d]{0,40}$`).exec(text.slice(Math.max(0, d.start - 60), d.start)) : null);
    const within = /^\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*(\d{1,2})\b/.exec(text.slice(d.start, d.end));
    const first = before ? +before[1] : given.getUTCDate();
    const last = within ? +within[1] : given.getUTCDate();
    if (first > last || last - first > 14) continue;
    for (let k = first; k <= last; k++) {
      const at = new Date(Date.UTC(given.getUTCFullYear(), given.getUTCMonth(), k));
      if (at.getUTCDay() === weekday) found.add(day(at));
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "in Sochi on Friday, November 26", in a text that names 2021 elsewhere and has no release date: the one year, among
 * those the text names and the years beside them, in which that day falls on that weekday; null where none or several.
 */
export function yearByWeekday(date: { start: number; end: number; text: string }, text: string): string | null {
  const md = monthAndDay(date.text);
  if (!md || !md.date) return null;
  const before = /\b(\p{Lu}\p{Ll}+day),?\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, date.start - 14), date.start));
  const weekday = before ? lexicon().weekdays.get(before[1]) : undefined;
  if (weekday === undefined) return null;
  const named = new Set<number>();
  for (const m of text.matchAll(YEAR_WRITTEN)) for (const y of [+m[1] - 1, +m[1], +m[1] + 1]) named.add(y);
  const fits = [...named].filter((y) => new Date(Date.UTC(y, md.month - 1, +md.date!)).getUTCDay() === weekday);
  return fits.length === 1 ? `${fits[0]}${monthDaySuffix(md.month, md.date)}` : null;
}

/** Whether an ISO date is a whole day (not a month or a year). */
export const isDay = (iso: string | null): iso is string => iso !== null && iso.length === 10;
