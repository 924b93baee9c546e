import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ParsingComponents, ParsingContext, ReferenceWithTimezone, type ParsingResult } from 'chrono-node';
import { annotationOf } from '../annotation.ts';
import { ENUnlikelyNumberFilter, isValidDate } from './ENUnlikelyNumberFilter.ts';

/** The filter as it read before its shortcuts (every pattern tried, chrono's isValidDate). */
function plainKeeps(context: ParsingContext, r: ParsingResult): boolean {
  if (annotationOf(r.start)) return true;
  if (/^\d*(\.\d*)?$/.test(r.text.replace(' ', '')) && !r.start.tags().has('parser/ENYearParser')) return false;
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(r.text.trim()) && !/\b(?:on|by|since|until|till|before|after|from|through)\s+$/i.test(context.text.slice(Math.max(0, r.index - 8), r.index))) return false;
  if (!r.start.isValidDate()) return false;
  return !(r.end && !r.end.isValidDate());
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/** Component values around every edge the shortcut decides on, and the odd ones chrono may hold. */
const value = fc.oneof(
  fc.integer({ min: -2, max: 62 }),
  fc.constantFrom(0, 1, 12, 13, 23, 24, 28, 29, 30, 31, 32, 59, 60, 99, 100, 999, 1000, 1582, 1900, 2000, 2016, 2017, 2100, 9999, 10000, 275760, -1, -0, 0.5, 1.5, NaN, Infinity),
  fc.integer({ min: -300000, max: 300000 }),
);
/** Each field left as chrono implied it, assigned, implied, or deleted. */
const setting = fc.tuple(fc.constantFrom('keep', 'assign', 'imply', 'delete'), value);
const components = fc.tuple(...FIELDS.map(() => setting)).map((settings) => {
  const c = new ParsingComponents(ReferenceWithTimezone.fromDate(new Date(2017, 6, 9, 12)));
  settings.forEach(([how, v], k) => {
    const field = FIELDS[k]!;
    if (how === 'assign') c.assign(field, v);
    else if (how === 'imply') c.imply(field, v);
    else if (how === 'delete') c.delete(field);
  });
  return c;
});
/** Mostly real calendar dates, leap days and month ends among them. */
const dates = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 10100 })), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }))
  .map(([y, mo, d, h, mi]) => {
    const c = new ParsingComponents(ReferenceWithTimezone.fromDate(new Date(2017, 6, 9, 12)));
    c.assign('year', y).assign('month', mo).assign('day', d).assign('hour', h).assign('minute', mi);
    return c;
  });

describe('isValidDate without a Date', () => {
  test("answers as chrono's isValidDate", () => {
    fc.assert(
      fc.property(fc.oneof(components, dates), (c) => {
        expect(isValidDate(c)).toBe(c.isValidDate());
      }),
      { numRuns: 30000 },
    );
  });

  test('on leap days and month ends at the edges of its range', () => {
    for (const year of [0, 4, 99, 100, 1900, 2000, 2016, 2017, 9999, 10000]) {
      for (const [month, day] of [[2, 28], [2, 29], [2, 30], [4, 30], [4, 31], [12, 31], [1, 0]] as const) {
        const c = new ParsingComponents(ReferenceWithTimezone.fromDate(new Date(2017, 6, 9, 12)));
        c.assign('year', year).assign('month', month).assign('day', day);
        expect(isValidDate(c), `${year}-${month}-${day}`).toBe(c.isValidDate());
      }
    }
  });

  test('keeps and drops the results the plain filter does', () => {
    const piece = fc.constantFrom('1', '12', '2014', '.', '5.5', '/', '-', ' ', '\u00a0', 'a', 'M', 'z', 'on ', 'March', '3/4', '24/7', '12/25', '(', 'é');
    const result = fc.tuple(fc.array(piece, { minLength: 0, maxLength: 5 }).map((p) => p.join('')), fc.constantFrom('', 'on ', 'ate ', 'x '), fc.boolean(), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }));
    fc.assert(
      fc.property(fc.array(result, { maxLength: 5 }), (specs) => {
        const text = specs.map(([t, before]) => before + t).join(' ');
        const context = new ParsingContext(text, new Date(2017, 6, 9, 12));
        let at = 0;
        const results = specs.map(([t, before, year, day, month]) => {
          at += before.length;
          const r = context.createParsingResult(at, t);
          r.start.assign('day', day).assign('month', month);
          if (year) r.start.addTag('parser/ENYearParser');
          at += t.length + 1;
          return r;
        });
        const kept = new ENUnlikelyNumberFilter().refine(context, results);
        expect(kept).toEqual(results.filter((r) => plainKeeps(context, r)));
      }),
      { numRuns: 5000 },
    );
  });
});
