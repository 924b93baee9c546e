import type { Granularity, TimelineEvent } from '../../src/model.ts';

/** Milliseconds since the epoch, UTC: the element draws calendar dates, never local wall time. */
export type Ms = number;

const ISO = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A parsed ISO date: the instant it starts at and the precision it was written with. */
export interface ParsedDate {
  ms: Ms;
  precision: Granularity;
}

function utc(y: number, m: number, d: number, h = 0, min = 0, s = 0): Ms {
  const date = new Date(Date.UTC(2000, m, d, h, min, s));
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear keeps the year as written.
  date.setUTCFullYear(y);
  return date.getTime();
}

/** Parses `2014`, `2016-10`, `2017-07-08`, `2017-07-08T14:30(:00)(Z|+01:00)`; null when invalid. */
export function parseIso(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (mo < 1 || mo > 12) return null;
  const ms0 = utc(y, mo - 1, d);
  // Reject 2017-02-30 and the like: the day must survive the round trip.
  if (new Date(ms0).getUTCMonth() !== mo - 1) return null;
  if (m[4] === undefined) {
    return { ms: ms0, precision: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year' };
  }
  const h = Number(m[4]);
  const min = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 24 || min > 59 || s > 60) return null;
  let ms = utc(y, mo - 1, d, h, min, s);
  const zone = m[7];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(ms) ? { ms, precision: 'time' } : null;
}

/** The instant just after the period a date names: the end of its day, month or year. */
export function periodEnd(date: ParsedDate): Ms {
  const d = new Date(date.ms);
  switch (date.precision) {
    case 'year':
      d.setUTCFullYear(d.getUTCFullYear() + 1);
      return d.getTime();
    case 'month':
      d.setUTCMonth(d.getUTCMonth() + 1);
      return d.getTime();
    case 'day':
      return date.ms + 86_400_000;
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

const QUALIFIER_TEXT: Record<string, string> = {
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
  const q = event.qualifier ? QUALIFIER_TEXT[event.qualifier] : undefined;
  return q ? `${q} ${base}` : base;
}

/** An instant as an ISO string at a precision fitting the span on screen (for timeline-zoom). */
export function toIso(ms: Ms): string {
  return new Date(ms).toISOString();
}

/** Parses the `start`/`end` attributes: an ISO date, or null. */
export function parseBound(value: string | null | undefined, atEnd: boolean): Ms | null {
  const p = parseIso(value);
  if (!p) return null;
  return atEnd ? periodEnd(p) : p.ms;
}
