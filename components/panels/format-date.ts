import type { Granularity, TimelineEvent } from '../../src/model.ts';
import { QUALIFIER_WORDS } from '../core/time.ts';

const ISO = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/;

// The element's words are English with the day before the month ("8 July 2017"), as its plot,
// list and labels write them: the browser's locale would make the detail say "July 8, 2017" beside them.
function formatter(g: Granularity, locale = 'en-GB'): Intl.DateTimeFormat {
  const base: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (g === 'month') return new Intl.DateTimeFormat(locale, { ...base, month: 'long' });
  if (g === 'day') return new Intl.DateTimeFormat(locale, { ...base, month: 'long', day: 'numeric' });
  if (g === 'time')
    return new Intl.DateTimeFormat(locale, { ...base, month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat(locale, base);
}

/** One ISO date at a granularity, in words ("8 July 2017"); the raw string when it does not parse. */
export function formatIso(iso: string, granularity: Granularity, locale?: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) : 1;
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, 0, 0);
  if (Number.isNaN(d.getTime()) || d.getUTCMonth() !== month || d.getUTCDate() !== day) return iso;
  // Only claim the precision the string carries, whatever the granularity says.
  const carried: Granularity = m[4] ? 'time' : m[3] ? 'day' : m[2] ? 'month' : 'year';
  const order: Granularity[] = ['year', 'month', 'day', 'time'];
  const g = order[Math.min(order.indexOf(granularity), order.indexOf(carried))] ?? 'year';
  return formatter(g, locale).format(d);
}

/** The event's date as understood, in words: "early October 2016", "8 – 10 July 2017". */
export function describeDate(event: Pick<TimelineEvent, 'start' | 'end' | 'granularity' | 'qualifier'>, locale?: string): string {
  const start = formatIso(event.start, event.granularity, locale);
  const range = event.end && event.end !== event.start ? `${start} – ${formatIso(event.end, event.granularity, locale)}` : start;
  if (!event.qualifier) return range;
  // Own keys only: "constructor" would find Object's constructor through the prototype.
  return `${Object.hasOwn(QUALIFIER_WORDS, event.qualifier) ? QUALIFIER_WORDS[event.qualifier] : event.qualifier} ${range}`;
}

/** The machine form, as in the model: "2016-10 (month, start)". */
export function describeIso(event: Pick<TimelineEvent, 'start' | 'end' | 'granularity' | 'qualifier'>): string {
  const iso = event.end && event.end !== event.start ? `${event.start}/${event.end}` : event.start;
  const notes: string[] = [event.granularity];
  if (event.qualifier) notes.push(event.qualifier);
  return `${iso} (${notes.join(', ')})`;
}
