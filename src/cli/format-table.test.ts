import { expect, test } from 'vitest';
import type { Timeline } from '../model.ts';
import { formatDiagnostic, formatTable, printable } from './format-table.ts';

const mention = { source: 'a', text: 'x', start: 0, end: 1, dateText: '', dateStart: 0, dateEnd: 0 };
const timeline: Timeline = {
  version: 1, generatedAt: '2026-01-01T00:00:00.000Z',
  sources: [{ id: 'a', file: 'a.md', referenceDateOrigin: 'none' }, { id: 'b', file: 'b.md', referenceDateOrigin: 'none' }],
  events: [
    { id: '1', title: 'Troops \u001b[2Jretake\nthe city', start: '2017-07-09', granularity: 'day', inferred: false, mentions: [mention, { ...mention, source: 'b' }], conflict: true },
    { id: '2', title: 'Siege', start: '2016-10', end: '2017-07', granularity: 'month', qualifier: 'approx', inferred: true, mentions: [mention] },
  ],
  diagnostics: [{ file: 'a.md', line: 3, severity: 'error', message: 'bad \u202eevil\u202c date\nsecond line' }, { file: 'b.md', severity: 'warning', message: 'w' }],
};

test('the table: one row per event with date, granularity/qualifier, source count, flags, title; then problems', () => {
  const lines = formatTable(timeline, 80).split('\n');
  expect(lines[0]).toMatch(/^date +granularity +src +flags +title$/);
  expect(lines[2]).toMatch(/^2017-07-09 +day +2 +conflict +Troops \\u001b\[2Jretake the city$/);
  expect(lines[3]).toMatch(/^2016-10\/2017-07 +month\/approx +1 +inferred +Siege$/);
  expect(lines).toContain('  a.md:3: error: bad \\u202eevil\\u202c date second line');
  expect(lines).toContain('  b.md: warning: w');
  expect(lines.at(-2)).toBe('2 events from 2 sources; 1 error, 1 warning.');
  expect(formatTable(timeline, 80)).not.toMatch(/[\u001b\u202e]/);
});

test('long titles are cut to the width', () => {
  const long = { ...timeline, events: [{ ...timeline.events[1]!, title: 'word '.repeat(100) }] };
  for (const line of formatTable(long, 80).split('\n').slice(0, 3)) expect(line.length).toBeLessThanOrEqual(80);
  expect(formatTable(long, 80).split('\n')[2]).toMatch(/ w?o?r?d?…$/);
});

test('printable keeps text and tabs, escapes controls and bidi overrides', () => {
  expect(printable('Café «x» — ok\t')).toBe('Café «x» — ok\t');
  expect(printable('\u0007\u009b\u2066')).toBe('\\u0007\\u009b\\u2066');
  expect(formatDiagnostic({ file: 'f\u001b.md', severity: 'warning', message: 'm' })).toBe('f\\u001b.md: warning: m');
});
