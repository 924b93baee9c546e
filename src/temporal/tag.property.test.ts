import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createTaggerChrono } from './configuration.ts';
import type { TaggingOption } from './context.ts';
import { MAX_CHUNK, splitSentences } from './sentences.ts';
import { tag } from './tag.ts';
import { timexOf } from './timexValue.ts';
import type { Timex } from './types.ts';
import { isTimexValue } from './validate.ts';

/** More runs on demand: TAGGER_PROPERTY_RUNS=5000 npx vitest run src/temporal. */
const RUNS = (n: number): number => Number(process.env['TAGGER_PROPERTY_RUNS'] ?? n);

const NEWS = [
  'Iraqi forces', 'retook', 'Mosul', 'on', 'in', 'since', 'by', 'the end of', 'early', 'late', 'mid-', 'about', 'nearly', 'last',
  'next', 'this', 'the', 'the previous', 'that', 'the same', 'week', 'weekend', 'Christmas', 'year-end', 'the end of', 'month', 'year', 'day', 'Monday', 'Saturday', 'Sunday',
  'today', 'now', 'currently', 'recently', 'ago', 'later', 'earlier', 'January', 'May', 'October', 'Oct.', 'summer', 'fall',
  'the 1990s', "the 1980's", "the 80's", 'the 1970’s', "'58", '2014', '2017', '9', '31', '13', 'nine-month', '6 months', 'two and a half years', 'a decade', 'Q3',
  'the third quarter', 'first half', 'fiscal', 'every', 'each', 'annual', 'noon', '10:30', 'p.m.', 'UTC', '2017-07-08', '7/8/2017',
  'between', 'and', 'from', 'to', '-', ',', '.', '\n', '"', '“', '”', '(', ')', 'Feb. 30', 'will', 'was', 'said', 'is expected to',
  '9/11', '9/11/2001', 'New', "Year's", "year's Day", 'new', 'Eve', 'Christmas Day', 'Labor Day', '7/2017', '12/2016', '2017-7-8T10:30', '2009-2011', '2009–11', 'the 1957-58 season', '2017 July 8', '2017.07.08', '2017/7/8', '2017 7 8',
];
const newsy = fc.array(fc.oneof(fc.constantFrom(...NEWS), fc.string({ maxLength: 5 })), { maxLength: 50 }).map((p) => p.join(' '));
/** Long runs of one piece: the inputs that make careless regular expressions backtrack. */
const pathological = fc
  .tuple(fc.constantFrom(' ', '1', '.', '-', 'a', 'the day ', '2014 ', ':', '1:', 'May ', "'", '\u00a0', 'x-'), fc.integer({ min: 1, max: 3000 }))
  .map(([piece, n]) => piece.repeat(n));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy, pathological);
const referenceDate = fc.option(
  fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

function check(text: string, list: Timex[]): void {
  let prev = -1;
  for (const t of list) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(prev);
    prev = t.start;
    expect(isTimexValue(t.type, t.value), `${t.type} ${t.value} for ${JSON.stringify(t.text)}`).toBe(true);
    for (const p of [t.beginPoint, t.endPoint]) if (p !== undefined) expect(isTimexValue('DATE', p) || isTimexValue('TIME', p), `point ${p}`).toBe(true);
  }
}

describe('tag() on any text', () => {
  test('never throws, slices its offsets exactly, keeps order and writes valid TIMEX3 values', () => {
    fc.assert(
      fc.property(anyText, referenceDate, (text, ref) => {
        check(text, tag(text, ref ? { referenceDate: ref } : {}));
      }),
      { numRuns: RUNS(400) },
    );
  });

  test('is a pure function of its input: the same text and date give the same annotations', () => {
    fc.assert(
      fc.property(newsy, referenceDate, (text, ref) => {
        const opts = ref ? { referenceDate: ref } : {};
        expect(tag(text, opts)).toEqual(tag(text, opts));
      }),
      { numRuns: RUNS(100) },
    );
  });

  test('gating parsers by cue words never loses an annotation', () => {
    const gated = createTaggerChrono();
    const ungated = createTaggerChrono({ gated: false });
    const ref = new Date(2017, 6, 9, 12);
    const option = (): TaggingOption => ({ narrative: { reference: { year: 2017, month: 7, day: 9 }, anchor: {} } });
    const view = (rs: ReturnType<typeof gated.parse>) => rs.map((r) => [r.index, r.text, timexOf(r, true)?.value]);
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ maxLength: 80 })), (text) => {
        expect(view(gated.parse(text, ref, option()))).toEqual(view(ungated.parse(text, ref, option())));
      }),
      { numRuns: RUNS(300) },
    );
  });
});

describe('gated parsers', () => {
  test('read decades written with an apostrophe as the ungated tagger does', () => {
    const gated = createTaggerChrono();
    const ungated = createTaggerChrono({ gated: false });
    const ref = new Date(2017, 6, 9, 12);
    const option = (): TaggingOption => ({ narrative: { reference: { year: 2017, month: 7, day: 9 }, anchor: {} } });
    for (const text of ["Prices fell in the 1980's.", "It was built in the 80's.", 'the 1970’s oil crisis', "the '90's"]) {
      const found = gated.parse(text, ref, option()).map((r) => [r.text, timexOf(r, true)?.value]);
      expect(found, text).toEqual(ungated.parse(text, ref, option()).map((r) => [r.text, timexOf(r, true)?.value]));
      expect(found.length, text).toBe(1);
    }
    expect(tag("Prices fell in the 1980's.").map((t) => t.value)).toEqual(['198']);
  });
});

describe('splitSentences on any text', () => {
  test('ordered, disjoint, trimmed spans no longer than MAX_CHUNK that cover every visible character', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), newsy, pathological), (text) => {
        const spans = splitSentences(text);
        const covered = new Uint8Array(text.length);
        let prevEnd = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_CHUNK);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          covered.fill(1, s.start, s.end);
          prevEnd = s.end;
        }
        for (let i = 0; i < text.length; i++) if (text[i]!.trim() !== '') expect(covered[i], `char ${i}`).toBe(1);
      }),
      { numRuns: RUNS(300) },
    );
  });
});
