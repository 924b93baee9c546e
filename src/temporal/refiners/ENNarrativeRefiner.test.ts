import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDay } from '../calendar.ts';
import type { Anchor } from '../context.ts';
import { advanceAnchor } from './ENNarrativeRefiner.ts';

/** The plain readings by regular expression that parseDay and advanceAnchor replace. */
function plainParseDay(value: string | undefined): { year: number; month: number; day: number } | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}
function plainAdvance(anchor: Anchor, value: string): Anchor {
  const day = plainParseDay(value);
  if (day) return { day, month: { year: day.year, month: day.month }, year: day.year };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { ...anchor, month: { year: Number(month[1]), month: Number(month[2]) }, year: Number(month[1]) };
  const year = /^(\d{4})(?:$|-[QHSFW])/.exec(value);
  if (year) return { ...anchor, year: Number(year[1]) };
  return anchor;
}

/** TIMEX3-like values and their near misses: digits, dashes, the year-part letters, other characters. */
const value = fc.oneof(
  fc.array(fc.constantFrom('0', '1', '2', '9', '-', 'Q', 'H', 'S', 'F', 'W', 'q', 'T', ':', 'X', ' ', '٣', '\u0000'), { maxLength: 16 }).map((p) => p.join('')),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '-01', 'T10:30', '-Q3', '-W05', 'x'))
    .map(([y, m, d, tail]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('', '-', '-Q1', '-H2', '-SU', '-FA', '-WI', '-W12', '-05', '-5', '-123', '-q1', 'Q1'))
    .map(([y, tail]) => `${String(y).padStart(4, '0')}${tail}`),
  fc.string({ maxLength: 12 }),
);
const anchor: fc.Arbitrary<Anchor> = fc.record(
  { day: fc.constant({ year: 2017, month: 7, day: 9 }), month: fc.constant({ year: 2017, month: 7 }), year: fc.constant(2017) },
  { requiredKeys: [] },
);

describe('the time in force read from values', () => {
  test('parseDay reads what the plain pattern reads', () => {
    fc.assert(fc.property(fc.option(value, { nil: undefined }), (v) => {
        expect(parseDay(v)).toEqual(plainParseDay(v));
      }), { numRuns: 20000 });
  });

  test('advanceAnchor moves the anchor as the plain patterns do', () => {
    fc.assert(
      fc.property(anchor, value, (a, v) => {
        const out = advanceAnchor(a, v, parseDay(v));
        const plain = plainAdvance(a, v);
        expect(out).toEqual(plain);
        // Unchanged means the same object, as before.
        expect(out === a).toBe(plain === a);
      }),
      { numRuns: 20000 },
    );
  });
});
