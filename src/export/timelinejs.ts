/**
 * Timeline → TimelineJS3 JSON (its documented format): `events[]` with `start_date`/`end_date`
 * ({ year, month, day, hour, minute } as strings), `text` { headline, text }, `group`, `unique_id`.
 * TimelineJS renders `text` as HTML, so article text is escaped here.
 */
import type { Timeline, TimelineEvent } from '../model.ts';
import { calendarDate } from '../events/timex-date.ts';

export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
  display_date?: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function tlDate(iso: string): TimelineJsDate | null {
  const d = calendarDate(iso);
  if (!d) return null;
  const out: TimelineJsDate = { year: String(d.year) };
  if (d.month !== undefined) out.month = String(d.month);
  if (d.day !== undefined) out.day = String(d.day);
  if (d.granularity === 'time') {
    const m = /T(\d{2}):(\d{2})/.exec(iso);
    if (m) {
      out.hour = String(Number(m[1]));
      out.minute = String(Number(m[2]));
    }
  }
  return out;
}

const QUALIFIER_WORDS: Record<string, string> = { start: 'early', mid: 'mid', end: 'late', approx: 'about', before: 'before', after: 'after' };

function slide(e: TimelineEvent, timeline: Timeline): TimelineJsSlide | null {
  const start = tlDate(e.start);
  if (!start) return null;
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  const paragraphs = e.mentions.map((m) => {
    const s = sources.get(m.source);
    const by = s?.publisher ?? s?.headline ?? m.source;
    return `<p>${escapeHtml(m.text)} <cite>${escapeHtml(by)}</cite></p>`;
  });
  if (e.inferred) paragraphs.push('<p><em>Date inferred from the surrounding narrative.</em></p>');
  if (e.conflict) paragraphs.push('<p><em>Sources disagree on the date.</em></p>');
  const out: TimelineJsSlide = {
    start_date: start,
    text: { headline: escapeHtml(e.title), text: paragraphs.join('') },
    unique_id: e.id,
  };
  const end = e.end ? tlDate(e.end) : null;
  if (end) out.end_date = end;
  const first = e.mentions[0] ? sources.get(e.mentions[0].source) : undefined;
  const group = first?.publisher ?? first?.id;
  if (group) out.group = group;
  if (e.qualifier) out.display_date = `${QUALIFIER_WORDS[e.qualifier] ?? e.qualifier} ${e.end ? `${e.start} – ${e.end}` : e.start}`;
  return out;
}

export function timelineToTimelineJs(timeline: Timeline, headline = 'Timeline'): TimelineJsDocument {
  const events = timeline.events.map((e) => slide(e, timeline)).filter((s): s is TimelineJsSlide => s !== null);
  const names = [...new Set(timeline.sources.map((s) => s.publisher ?? s.headline ?? s.id))];
  return { title: { text: { headline: escapeHtml(headline), text: escapeHtml(names.length ? `From ${names.join(', ')}` : '') } }, events };
}
