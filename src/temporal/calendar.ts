import { dayValue, yearValue } from './value.ts';

/** A calendar day, free of time zones (all arithmetic in UTC). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

function toUtc(d: Day): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return toUtc(d).getUTCDay();
}

/** ISO 8601 week: `{ year, week }` (weeks start on Monday; week 1 holds the first Thursday). */
function isoWeek(d: Day): { year: number; week: number } {
  const date = toUtc(d);
  const dow = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - dow + 3);
  const year = date.getUTCFullYear();
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(year);
  return { year, week: 1 + Math.floor((date.getTime() - jan1.getTime()) / 86_400_000 / 7) };
}

export function weekValue(d: Day): string {
  const w = isoWeek(d);
  return `${yearValue(w.year)}-W${String(w.week).padStart(2, '0')}`;
}

export function dayString(d: Day): string {
  return dayValue(d.year, d.month, d.day);
}

export function monthString(year: number, month: number): string {
  return `${yearValue(year)}-${String(month).padStart(2, '0')}`;
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + n;
  return { year: Math.floor(total / 12), month: (((total % 12) + 12) % 12) + 1 };
}

/** Parses a TIMEX3 day value `YYYY-MM-DD` (ignoring any time part): ASCII digits read by char code, no match array. */
export function parseDay(value: string | undefined): Day | undefined {
  if (value === undefined || value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return year < 0 || month < 0 || day < 0 ? undefined : { year, month, day };
}

/** The number written in ASCII digits at value[from, to) (within the string), or -1 when a character is no digit. */
export function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = value.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
