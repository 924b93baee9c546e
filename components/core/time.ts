import type { Granularity, Qualifier, TimelineEvent } from '../../src/model.ts';

/** Milliseconds since the epoch, UTC: the element draws calendar dates, never local wall time. */
export type Ms = number;

const ISO = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const DAY = 86_400_000;
/**
 * The widest instant the element accepts (about the year 190,000 either side): a Date holds
 * ±8.64e15 ms, and the view pads the range of the events, so dates near that edge would make
 * toISOString throw while drawing. Events beyond it are reported as unreadable.
 */
export const MAX_MS = 6e15;

/** A parsed ISO date: the instant it starts at, the precision it was written with, its calendar fields. */
export interface ParsedDate {
  ms: Ms;
  precision: Granularity;
  y: number;
  m: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm: no Date objects, any year). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The calendar date of a day count since 1970-01-01 (inverse of daysFromCivil). */
export function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Parses `2014`, `2016-10`, `2017-07-08`, `2017-07-08T14:30(:00)(Z|+01:00)`; null when invalid or beyond ±MAX_MS. */
export function parseIso(value: unknown): ParsedDate | null {
  const p = parseAny(value);
  // A period ends at most a year after it starts: well inside what a Date holds.
  return p && p.ms >= -MAX_MS && p.ms <= MAX_MS ? p : null;
}

function parseAny(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null;
  const len = value.length;
  // Fast path for the shapes the engine writes (called 100,000 times per data change).
  if ((len === 4 || len === 7 || len === 10) && value.charCodeAt(0) !== 43 && value.charCodeAt(0) !== 45) {
    const y = digits(value, 0, 4);
    if (y < 0) return null;
    if (len === 4) return { ms: daysFromCivil(y, 1, 1) * DAY, precision: 'year', y, m: 1 };
    if (value.charCodeAt(4) !== 45) return null;
    const m = digits(value, 5, 2);
    if (m < 1 || m > 12) return null;
    if (len === 7) return { ms: daysFromCivil(y, m, 1) * DAY, precision: 'month', y, m };
    if (value.charCodeAt(7) !== 45) return null;
    const d = digits(value, 8, 2);
    if (d < 1 || d > daysInMonth(y, m)) return null;
    return { ms: daysFromCivil(y, m, d) * DAY, precision: 'day', y, m };
  }
  const r = ISO.exec(value.trim());
  if (!r) return null;
  const y = Number(r[1]);
  const m = r[2] === undefined ? 1 : Number(r[2]);
  const d = r[3] === undefined ? 1 : Number(r[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const day = daysFromCivil(y, m, d) * DAY;
  if (r[4] === undefined) return { ms: day, precision: r[3] !== undefined ? 'day' : r[2] !== undefined ? 'month' : 'year', y, m };
  const h = Number(r[4]);
  const min = Number(r[5]);
  const sec = r[6] === undefined ? 0 : Number(r[6]);
  if (h > 24 || min > 59 || sec > 60) return null;
  let ms = day + ((h * 60 + min) * 60 + sec) * 1000;
  const zone = r[7];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const z = zone.slice(1).replace(':', '');
    ms -= sign * (Number(z.slice(0, 2)) * 60 + Number(z.slice(2))) * 60_000;
  }
  return Number.isFinite(ms) ? { ms, precision: 'time', y, m } : null;
}

/** The instant just after the period a date names: the end of its day, month or year. */
export function periodEnd(date: ParsedDate): Ms {
  switch (date.precision) {
    case 'year':
      return daysFromCivil(date.y + 1, 1, 1) * DAY;
    case 'month':
      return (date.m === 12 ? daysFromCivil(date.y + 1, 1, 1) : daysFromCivil(date.y, date.m + 1, 1)) * DAY;
    case 'day':
      return date.ms + DAY;
    case 'time':
      return date.ms;
  }
}

export interface Extent {
  start: Ms;
  end: Ms;
}

/** The whole stretch of time an event may cover, or null when its dates are not valid. */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>): Extent | null {
  const start = parseIso(event.start);
  if (!start) return null;
  if (event.end === undefined || event.end === null || event.end === '') {
    return { start: start.ms, end: periodEnd(start) };
  }
  const end = parseIso(event.end);
  if (!end) return null;
  const endMs = periodEnd(end);
  if (endMs < start.ms) return null;
  return { start: start.ms, end: endMs };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function yearText(y: number): string {
  return y <= 0 ? `${1 - y} BC` : String(y);
}

/** A date as people read it, at the precision it was written: "8 July 2017", "October 2016", "2014". */
export function formatIso(value: string): string {
  const p = parseIso(value);
  if (!p) return value;
  const d = new Date(p.ms);
  const y = yearText(d.getUTCFullYear());
  const month = MONTHS[d.getUTCMonth()] ?? '';
  switch (p.precision) {
    case 'year':
      return y;
    case 'month':
      return `${month} ${y}`;
    case 'day':
      return `${d.getUTCDate()} ${month} ${y}`;
    case 'time': {
      const hh = String(d.getUTCHours()).padStart(2, '0');
      const mm = String(d.getUTCMinutes()).padStart(2, '0');
      return `${d.getUTCDate()} ${month} ${y}, ${hh}:${mm} UTC`;
    }
  }
}

/** How a qualifier reads before a date: "late January 2017", "about 2016". */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  start: 'early',
  mid: 'mid',
  end: 'late',
  approx: 'about',
  before: 'before',
  after: 'after',
};

/** The date of an event in words, with its qualifier: "about March 2017", "3 – 9 July 2017". */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'qualifier'>): string {
  const base = event.end && event.end !== event.start ? `${formatIso(event.start)} – ${formatIso(event.end)}` : formatIso(event.start);
  // Own keys only: data may say "constructor", which an object lookup would answer with a function.
  const q = event.qualifier && Object.hasOwn(QUALIFIER_WORDS, event.qualifier) ? QUALIFIER_WORDS[event.qualifier] : undefined;
  return q ? `${q} ${base}` : base;
}

/** An instant as an ISO string (for timeline-zoom); clamped to what a Date holds, so it never throws. */
export function toIso(ms: Ms): string {
  return new Date(Number.isFinite(ms) ? Math.max(-8.64e15, Math.min(8.64e15, ms)) : 0).toISOString();
}

/**
 * The calendar date of an instant written as parseIso reads it, cut to a precision: `2017`,
 * `2017-07`, `2017-07-08`, `-0044-03-15` (astronomical years: toISOString's `-000044` cut to
 * four characters would be `-000`).
 */
export function isoDate(ms: Ms, precision: 'year' | 'month' | 'day'): string {
  const { y, m, d } = civilFromDays(Math.floor(Math.max(-MAX_MS * 1.4, Math.min(MAX_MS * 1.4, ms)) / DAY));
  const year = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
  if (precision === 'year') return year;
  const month = `${year}-${String(m).padStart(2, '0')}`;
  return precision === 'month' ? month : `${month}-${String(d).padStart(2, '0')}`;
}

/** Parses the `start`/`end` attributes: an ISO date, or null. */
export function parseBound(value: string | null | undefined, atEnd: boolean): Ms | null {
  const p = parseIso(value);
  if (!p) return null;
  return atEnd ? periodEnd(p) : p.ms;
}
