/** Reading TIMEX3 values as calendar dates at their granularity (no parsing of text: values only). */
import type { Granularity, IsoDate } from '../model.ts';

export interface CalendarDate {
  /** ISO 8601 at its granularity: `2014`, `2016-10`, `2017-07-08`, `2017-07-08T14:30`. */
  iso: IsoDate;
  granularity: Granularity;
  year: number;
  month?: number;
  day?: number;
  /**
   * For a value that names a period as a whole (a season, a decade, a century): its last part, at the
   * same granularity as the date, which is its first part ("the 1950s" → 1950 through 1959).
   */
  through?: CalendarDate;
}

// Times may carry seconds and a zone (kept); a part of day ("T" + MO/AF/EV/NI) reads as the day.
const VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?|MO|AF|EV|NI|DT))?)?)?$/;

/** A fully specified TIMEX3 date value (`2016-10`, `2017-07-08T14:30`), else null (X-values, weeks, seasons, PRESENT_REF…). */
export function calendarDate(value: string): CalendarDate | null {
  const m = VALUE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: m[1]!, granularity: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { iso: `${m[1]}-${m[2]}`, granularity: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { iso: `${m[1]}-${m[2]}-${m[3]}`, granularity: 'day', year, month, day };
  return { iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] ?? ''}`, granularity: 'time', year, month, day };
}

/**
 * Days in a month as `new Date(Date.UTC(year, month, 0)).getUTCDate()` gives them (Date.UTC reads
 * years 0–99 as 1900–1999), worked out without a Date for the years and months values hold.
 */
export function daysInMonth(year: number, month: number): number {
  if (year >= 0 && year <= 9999 && month >= 1 && month <= 12 && (year | 0) === year && (month | 0) === month) return monthLength(year <= 99 ? 1900 + year : year, month);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, w = 2): string {
  // A one-digit month or day (the common case) without converting and padding.
  if (w === 2 && n >= 0 && n < 10 && (n | 0) === n) return '0' + n;
  return String(n).padStart(w, '0');
}

/** Days in a month of the proleptic Gregorian calendar (what Date.parse reads; Date.UTC maps years 0–99 to 1900–1999). */
function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * The day `days` before a 'YYYY-MM-DD' day, as 'YYYY-MM-DD': what
 * `new Date(Date.parse(\`${iso}T00:00:00Z\`) - days * 86_400_000).toISOString().slice(0, 10)` gives, without a Date.
 */
export function isoDaysBefore(iso: string, days: number): string {
  let year = Number(iso.slice(0, 4)), month = Number(iso.slice(5, 7)), day = Number(iso.slice(8, 10)) - days;
  while (day < 1 && year >= 0) {
    if (--month < 1) { month = 12; year--; }
    day += monthLength(year, month);
  }
  // Before year 0 the ISO string has a sign and six digits: left to Date.
  if (year < 0 || days < 0 || iso.length !== 10) return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** First and last day covered by a date at its granularity, as `YYYY-MM-DD` (comparable as strings). */
export function dayRange(d: CalendarDate): [string, string] {
  const y = pad(d.year, 4);
  if (d.month === undefined) return [`${y}-01-01`, `${y}-12-31`];
  const m = pad(d.month);
  if (d.day === undefined) return [`${y}-${m}-01`, `${y}-${m}-${pad(daysInMonth(d.year, d.month))}`];
  const day = `${y}-${m}-${pad(d.day)}`;
  return [day, day];
}

/** dayRange(d)[0] without working out the last day. */
export function firstDay(d: CalendarDate): string {
  const y = pad(d.year, 4);
  if (d.month === undefined) return `${y}-01-01`;
  const m = pad(d.month);
  if (d.day === undefined) return `${y}-${m}-01`;
  return `${y}-${m}-${pad(d.day)}`;
}

/** The date coarsened to a granularity no finer than `max`. */
export function coarsen(d: CalendarDate, max: Granularity): CalendarDate {
  const order: Granularity[] = ['year', 'month', 'day', 'time'];
  if (order.indexOf(d.granularity) <= order.indexOf(max)) return d;
  if (max === 'year') return { iso: pad(d.year, 4), granularity: 'year', year: d.year };
  if (max === 'month') return { iso: `${pad(d.year, 4)}-${pad(d.month ?? 1)}`, granularity: 'month', year: d.year, month: d.month ?? 1 };
  return { iso: `${pad(d.year, 4)}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`, granularity: 'day', year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
}

/** Number of months in a TIMEX3 duration (`P9M` → 9, `P2Y` → 24, `P1.5Y` → 18), else null when it is not in months or years. */
export function durationMonths(value: string): number | null {
  const m = /^P(\d+(?:\.\d+)?)([YM])$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] === 'Y' ? 12 : 1);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : null;
}

/** Number of days in a TIMEX3 duration in days or weeks (`P3D`, `P2W`), else null. */
export function durationDays(value: string): number | null {
  const m = /^P(\d+)([DW])$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] === 'W' ? 7 : 1);
  return n > 0 ? n : null;
}

/** `date` moved back by whole months, at month granularity. */
export function monthsBefore(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + ((date.month ?? 1) - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { iso: `${pad(year, 4)}-${pad(month)}`, granularity: 'month', year, month };
}

/** `date` (day granularity) moved back by days. */
export function daysBefore(date: CalendarDate, days: number): CalendarDate {
  const t = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) - days * 86_400_000;
  const d = new Date(t);
  const year = d.getUTCFullYear(), month = d.getUTCMonth() + 1, day = d.getUTCDate();
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, granularity: 'day', year, month, day };
}

/**
 * The date of a TIMEX3 value as the timeline can show it: calendar values as they are, an ISO
 * week ("last week" → `2013-W23`) as the month holding its Thursday (the model has no weeks), a weekend
 * (`2010-W02-WE`) as its Saturday through its Sunday, and a
 * period named as a whole as its first part `through` its last: a season as its months ("the autumn
 * of 2022", `2022-FA` → 2022-09 through 2022-11), a decade as its years (`195` → 1950 through 1959), a
 * century too (`18` → 1800 through 1899). Other values (X-values, quarters, fiscal years, BC years…) give null.
 */
export function timexDate(value: string): CalendarDate | null {
  const exact = calendarDate(value);
  if (exact) return exact;
  const n = value.length;
  // A decade (three digits) or a century (two): what the tagger writes for "the 1950s", "the 19th century".
  if ((n === 3 || n === 2) && DIGITS.test(value)) {
    const first = Number(value) * (n === 3 ? 10 : 100);
    return { ...yearOf(first), through: yearOf(first + (n === 3 ? 9 : 99)) };
  }
  if (n === 7 && value.charCodeAt(4) === 0x2d) {
    const months = SEASON_MONTHS.get(value.slice(5));
    const year = Number(value.slice(0, 4));
    if (months === undefined || !DIGITS.test(value.slice(0, 4))) return null;
    // Winter runs into the next year, as the tagger reads it ("last winter" in January is the one begun in December).
    return { ...monthOf(year, months[0]), through: monthOf(months[1] < months[0] ? year + 1 : year, months[1]) };
  }
  const m = WEEK.exec(value);
  if (!m) return null;
  const year = Number(m[1]), week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  // ISO week 1 holds January 4th; its Thursday decides the month.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000) + (week - 1) * 7 * 86_400_000;
  // A weekend ("this weekend" → `2010-W02-WE`) is its Saturday through its Sunday.
  if (m[3] !== undefined) return { ...dayOf(new Date(monday + 5 * 86_400_000)), through: dayOf(new Date(monday + 6 * 86_400_000)) };
  const thursday = new Date(monday + 3 * 86_400_000);
  return monthOf(thursday.getUTCFullYear(), thursday.getUTCMonth() + 1);
}

const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/;

function dayOf(d: Date): CalendarDate {
  const year = d.getUTCFullYear(), month = d.getUTCMonth() + 1, day = d.getUTCDate();
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, granularity: 'day', year, month, day };
}

const DIGITS = /^\d+$/;

/**
 * A season's first and last months, as the tagger counts them (the meteorological seasons of the
 * northern hemisphere, where most news in English is written; winter from December to February).
 */
const SEASON_MONTHS = new Map<string, readonly [number, number]>([['SP', [3, 5]], ['SU', [6, 8]], ['FA', [9, 11]], ['WI', [12, 2]]]);

function yearOf(year: number): CalendarDate {
  return { iso: pad(year, 4), granularity: 'year', year };
}

function monthOf(year: number, month: number): CalendarDate {
  return { iso: `${pad(year, 4)}-${pad(month)}`, granularity: 'month', year, month };
}
