import type { ParsedComponents } from 'chrono-node';

const pad = (n: number, w = 2): string => String(Math.trunc(Math.abs(n))).padStart(w, '0');

/** `2017`, `0058`: a year as TimeML writes it (four digits, no sign for AD years). */
export function yearValue(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export function dayValue(year: number, month: number, day: number): string {
  return `${yearValue(year)}-${pad(month)}-${pad(day)}`;
}

export type Granularity = 'year' | 'month' | 'day' | 'time';

/** The finest component the text itself states (chrono's "certain" components). */
export function granularityOf(c: ParsedComponents): Granularity | null {
  if (c.isCertain('hour') || c.isCertain('minute')) return 'time';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

/**
 * The TIMEX3 value of chrono components at the granularity the text gives: "October" → `2016-10`,
 * "Saturday" → `2017-07-08`, "3 pm Monday" → `2017-07-10T15:00`. Implied components fill the
 * coarser fields only.
 */
export function componentsValue(c: ParsedComponents, granularity = granularityOf(c)): string | null {
  if (!granularity) return null;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null) return null;
  if (granularity === 'year') return yearValue(year);
  if (month === null) return null;
  if (granularity === 'month') return `${yearValue(year)}-${pad(month)}`;
  if (day === null) return null;
  const date = dayValue(year, month, day);
  if (granularity === 'day') return date;
  const hour = c.get('hour') ?? 0;
  const minute = c.get('minute') ?? 0;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}
