/** Timeline → iCalendar (RFC 5545): one all-day VEVENT per event, escaped and folded at 75 octets. */
import type { Timeline, TimelineEvent } from '../model.ts';
import { calendarDate, dayRange } from '../events/timex-date.ts';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function icsEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (isoDay: string): string => isoDay.replace(/-/g, '');

function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function stamp(generatedAt: string): string {
  const t = Date.parse(generatedAt);
  const iso = new Date(Number.isNaN(t) ? 0 : t).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function dateLines(e: TimelineEvent): string[] | null {
  const start = calendarDate(e.start);
  if (!start) return null;
  const end = e.end ? calendarDate(e.end) : null;
  if (start.granularity === 'time' && !end) {
    return [`DTSTART:${e.start.replace(/[-:]/g, '')}00`];
  }
  const first = dayRange(start)[0];
  const last = dayRange(end ?? start)[1];
  return [`DTSTART;VALUE=DATE:${basic(first)}`, `DTEND;VALUE=DATE:${basic(nextDay(last))}`];
}

export function timelineToIcs(timeline: Timeline): string {
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//event-timeline//event-timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const dtstamp = stamp(timeline.generatedAt);
  for (const e of timeline.events) {
    const dates = dateLines(e);
    if (!dates) continue;
    const quotes = e.mentions.map((m) => {
      const s = sources.get(m.source);
      return `${m.text} (${s?.publisher ?? s?.headline ?? m.source})`;
    });
    const status = [e.inferred ? 'date inferred from the narrative' : '', e.conflict ? 'sources disagree on the date' : '', e.qualifier ? `date qualifier: ${e.qualifier}` : '']
      .filter(Boolean).join('; ');
    lines.push('BEGIN:VEVENT', `UID:${e.id}@event-timeline`, `DTSTAMP:${dtstamp}`, ...dates, `SUMMARY:${icsEscape(e.title)}`,
      `DESCRIPTION:${icsEscape([...quotes, status].filter(Boolean).join('\n'))}`);
    const url = e.mentions.map((m) => sources.get(m.source)?.url).find((u) => u && /^https?:\/\//i.test(u));
    if (url) lines.push(`URL:${url.replace(/[\r\n]/g, '')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
