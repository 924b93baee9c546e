import fc from 'fast-check';
import { expect, test } from 'vitest';
import { tag } from '../../src/temporal/tag.ts';
import type { Timex } from '../../src/temporal/types.ts';
import { isTimex3Point, isTimex3Value } from './timex3.ts';

const MODS = new Set(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);

/** Words and dates that news text is made of, so random text holds real time expressions. */
const FRAGMENTS = [
  'Iraqi forces', 'retook', 'Mosul', 'on', 'in', 'since', 'until', 'by', 'early', 'late', 'mid-', 'the end of', 'about', 'nearly',
  'last', 'next', 'this', 'week', 'month', 'year', 'Monday', 'Sunday', 'yesterday', 'today', 'tomorrow', 'ago', 'later', 'after',
  'before', 'January', 'July', 'October', 'Oct.', 'spring', 'summer', 'the 1990s', '2014', '2016', '2017', '9', '31', '45', '13',
  'nine-month', '6 months', 'three years', 'a decade', 'Q3', 'noon', 'midnight', '10:30', 'p.m.', 'a.m.', '2017-07-08', '7/8/2017',
  '1st', 'between', 'and', 'from', 'to', '-', ',', '.', '\n', '\n\n', '"', '“', '”', '(', ')', 'Feb. 30', 'the 31st of February',
];
const newsy = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy);
const referenceDate = fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });

function checkTimexes(text: string, timexes: Timex[]): void {
  for (const t of timexes) {
    expect(Number.isInteger(t.start) && Number.isInteger(t.end)).toBe(true);
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(isTimex3Value(t.value, t.type), `${t.type} value ${JSON.stringify(t.value)} for ${JSON.stringify(t.text)}`).toBe(true);
    if (t.mod !== undefined) expect(MODS.has(t.mod)).toBe(true);
    for (const point of [t.beginPoint, t.endPoint]) {
      if (point !== undefined) expect(isTimex3Point(point), `point ${point} for ${JSON.stringify(t.text)}`).toBe(true);
    }
  }
}

test('the tagger never throws, its offsets slice to its text, and its values are TIMEX3', () => {
  fc.assert(
    fc.property(anyText, referenceDate, (text, ref) => {
      checkTimexes(text, tag(text, ref ? { referenceDate: ref } : {}));
    }),
    { numRuns: 400 },
  );
});

test('the news-like generator makes text that holds time expressions, or the checks above would check nothing', () => {
  // A fixed seed: a count over random runs varies from run to run (49 to 93 over 400 runs), a sample with a seed does not.
  const texts = fc.sample(newsy, { seed: 20261122, numRuns: 100 });
  const found = texts.reduce((n, text) => n + tag(text, { referenceDate: '2017-07-08' }).length, 0);
  expect(found).toBeGreaterThan(50);
});

test('a malformed reference date does not break the tagger', () => {
  fc.assert(
    fc.property(newsy, fc.string({ maxLength: 12 }), (text, ref) => {
      checkTimexes(text, tag(text, { referenceDate: ref }));
    }),
    { numRuns: 100 },
  );
});
