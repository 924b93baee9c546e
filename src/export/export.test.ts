import { describe, expect, test } from 'vitest';
import type { Timeline } from '../model.ts';
import { exportTimeline, exportFileExtension, isExportFormat } from './index.ts';
import { csvField } from './csv.ts';
import { foldLine, icsEscape } from './ics.ts';

const timeline: Timeline = {
  version: 1,
  generatedAt: '2017-07-10T08:00:00.000Z',
  sources: [
    { id: 'dc', file: 'data/dc.md', publisher: 'Daily Caller News Foundation', url: 'http://dailycaller.com/2017/07/08/x/', referenceDate: '2017-07-09', referenceDateOrigin: 'dateModified', text: '' },
    { id: 'ap', file: 'data/ap.md', publisher: 'American Patriot Daily', referenceDateOrigin: 'inferred', referenceDate: '2017-07-09', text: '' },
  ],
  events: [
    {
      id: 'e-1', title: 'ISIS seizes Mosul', start: '2014', granularity: 'year', inferred: false,
      mentions: [{ source: 'ap', text: 'Mosul was retaken after being seized by the terrorist group in 2014.', start: 0, end: 70, dateText: 'in 2014', dateStart: 60, dateEnd: 67, timex: '2014' }],
    },
    {
      id: 'e-2', title: 'Operation to retake Mosul, "nine months"', start: '2016-10', end: '2017-07', granularity: 'month', qualifier: 'approx', inferred: false,
      mentions: [
        { source: 'dc', text: 'The victory is the culmination of a nearly nine-month operation to retake Iraq’s second largest city.', start: 5, end: 100, dateText: 'nearly nine-month', dateStart: 40, dateEnd: 57, timex: 'P9M' },
        { source: 'ap', text: 'efforts to retake the city that lasted nearly 9-months; <script>alert(1)</script>', start: 5, end: 50, dateText: 'nearly 9-months', dateStart: 30, dateEnd: 45 },
      ],
    },
    {
      id: 'e-3', title: '=HYPERLINK("x") Iraqi forces retake Mosul', start: '2017-07-08', granularity: 'day', inferred: false, conflict: true,
      mentions: [{ source: 'dc', text: 'ISF retook the major city of Mosul Saturday, after a long, bloody campaign.', start: 0, end: 60, dateText: 'Saturday', dateStart: 30, dateEnd: 38 }],
    },
    {
      id: 'e-4', title: 'Press conference', start: '2017-07-09T14:30', granularity: 'time', inferred: true,
      mentions: [{ source: 'dc', text: 'At 2:30 pm he spoke.', start: 0, end: 20, dateText: '', dateStart: 0, dateEnd: 0 }],
    },
  ],
  diagnostics: [],
};

/** Minimal RFC 4180 reader: enough to check that what we write reads back field for field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('exportTimeline', () => {
  test('json is the timeline itself', () => {
    expect(JSON.parse(exportTimeline(timeline, 'json'))).toEqual(timeline);
  });

  test('format names', () => {
    expect(isExportFormat('ics')).toBe(true);
    expect(isExportFormat('xml')).toBe(false);
    expect(exportFileExtension('timelinejs')).toBe('timelinejs.json');
  });

  test('timelinejs: documented date objects, headline/text, group, escaped HTML', () => {
    const doc = JSON.parse(exportTimeline(timeline, 'timelinejs'));
    expect(doc.events).toHaveLength(4);
    const [seized, operation, retaken, press] = doc.events;
    expect(seized.start_date).toEqual({ year: '2014' });
    expect(seized.text.headline).toBe('ISIS seizes Mosul');
    expect(seized.group).toBe('American Patriot Daily');
    expect(operation.start_date).toEqual({ year: '2016', month: '10' });
    expect(operation.end_date).toEqual({ year: '2017', month: '7' });
    expect(operation.display_date).toBe('about 2016-10 – 2017-07');
    expect(operation.text.text).toContain('&lt;script&gt;');
    expect(operation.text.text).not.toContain('<script>');
    expect(operation.text.headline).toBe('Operation to retake Mosul, &quot;nine months&quot;');
    expect(retaken.start_date).toEqual({ year: '2017', month: '7', day: '8' });
    expect(retaken.unique_id).toBe('e-3');
    expect(retaken.text.text).toContain('Sources disagree');
    expect(press.start_date).toEqual({ year: '2017', month: '7', day: '9', hour: '14', minute: '30' });
  });

  test('csv: RFC 4180 quoting, CRLF, formula-safe, reads back', () => {
    const text = exportTimeline(timeline, 'csv');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['id', 'start', 'end', 'granularity', 'qualifier', 'inferred', 'conflict', 'title', 'sources', 'mentions', 'date_text', 'text']);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toEqual(['e-2', '2016-10', '2017-07', 'month', 'approx', 'false', 'false', 'Operation to retake Mosul, "nine months"', 'dc ap', '2',
      'nearly nine-month', 'The victory is the culmination of a nearly nine-month operation to retake Iraq’s second largest city.']);
    expect(rows[3]?.[7]).toBe(`'=HYPERLINK("x") Iraqi forces retake Mosul`);
    expect(rows[3]?.[6]).toBe('true');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('plain');
  });

  test('csv: a source id made from a file name such as "=cmd.md" does not start a formula either', () => {
    const hostile: Timeline = { ...timeline, events: [{ ...timeline.events[0]!, mentions: timeline.events[0]!.mentions.map((m) => ({ ...m, source: '=cmd|calc' })) }] };
    expect(parseCsv(exportTimeline(hostile, 'csv'))[1]?.[8]).toBe("'=cmd|calc");
  });

  test('ics: all-day VEVENTs with exclusive DTEND, escaping, folding at 75 octets', () => {
    const text = exportTimeline(timeline, 'ics');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20140101\r\nDTEND;VALUE=DATE:20150101');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20161001\r\nDTEND;VALUE=DATE:20170801');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20170708\r\nDTEND;VALUE=DATE:20170709');
    expect(unfolded).toContain('DTSTART:20170709T143000');
    expect(unfolded).toContain('DTSTAMP:20170710T080000Z');
    expect(unfolded).toContain('UID:e-1@event-timeline');
    expect(unfolded).toContain('SUMMARY:Operation to retake Mosul\\, "nine months"');
    expect(unfolded).toContain('URL:http://dailycaller.com/2017/07/08/x/');
  });

  test('ics escaping and folding never split a UTF-8 character', () => {
    expect(icsEscape('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `DESCRIPTION:${'Iraq’s second largest city — ñ '.repeat(10)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
  });
});
