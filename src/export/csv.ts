/** Timeline → CSV (RFC 4180): one row per event, CRLF line ends, fields quoted when they need it. */
import type { Timeline } from '../model.ts';

const COLUMNS = ['id', 'start', 'end', 'granularity', 'qualifier', 'inferred', 'conflict', 'title', 'sources', 'mentions', 'date_text', 'text'] as const;

/** Quotes a field when it holds a comma, quote, CR or LF; doubles inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text from articles must not run as a spreadsheet formula when the file is opened (=, +, -, @ first). */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function timelineToCsv(timeline: Timeline): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const e of timeline.events) {
    const first = e.mentions[0];
    rows.push([
      e.id, e.start, e.end ?? '', e.granularity, e.qualifier ?? '', String(e.inferred), String(e.conflict ?? false),
      inert(e.title),
      // Source ids come from file names, which may start with = too.
      inert([...new Set(e.mentions.map((m) => m.source))].join(' ')),
      String(e.mentions.length),
      inert(first?.dateText ?? ''),
      inert(first?.text ?? ''),
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
