// The filters the timeline and the network share: countries, kinds, a date range, referenced events.
import type { MeetingEvent } from './corpus';

export interface EventFilter {
  /** Keep meetings in which one of these countries takes part (empty or absent: all). */
  countries?: string[];
  /** Keep meetings of these kinds (empty or absent: all). */
  kinds?: string[];
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; with a range, undated meetings are left out. */
  from?: string | null;
  to?: string | null;
  /** Meetings the texts only refer back to; kept unless false. */
  referenced?: boolean;
}

/** Sorts ISO prefixes as their first day (from) or last day (to): "2023" to includes 2023-12-31. */
function inRange(iso: string, from?: string | null, to?: string | null): boolean {
  if (from && iso < from && !iso.startsWith(from) && !from.startsWith(iso)) return false;
  if (to && iso > to && !iso.startsWith(to)) return false;
  return true;
}

export function matches(e: MeetingEvent, f: EventFilter): boolean {
  if (f.referenced === false && e.referenced) return false;
  if (f.kinds?.length && !f.kinds.includes(e.kind)) return false;
  if (f.countries?.length && !e.countries.some((c) => f.countries!.includes(c))) return false;
  if (f.from || f.to) {
    if (!e.isoDate) return false;
    if (!inRange(e.isoDate, f.from, f.to)) return false;
  }
  return true;
}

export function filterEvents(events: readonly MeetingEvent[], f: EventFilter = {}): MeetingEvent[] {
  return events.filter((e) => matches(e, f));
}

/** What the filter bar offers: every country and kind with its number of meetings, and the date span. */
export interface FilterChoices {
  countries: { name: string; count: number }[];
  kinds: { name: string; count: number }[];
  firstDate: string | null;
  lastDate: string | null;
  total: number;
  undated: number;
}

export function filterChoices(events: readonly MeetingEvent[]): FilterChoices {
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  let undated = 0;
  for (const e of events) {
    for (const c of e.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    if (!e.isoDate) undated++;
    else {
      if (!first || e.isoDate < first) first = e.isoDate;
      if (!last || e.isoDate > last) last = e.isoDate;
    }
  }
  const list = (m: Map<string, number>) => [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { countries: list(countries), kinds: list(kinds), firstDate: first, lastDate: last, total: events.length, undated };
}
