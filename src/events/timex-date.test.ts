import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calendarDate, coarsen, dayRange, daysBefore, daysInMonth, firstDay, isoDaysBefore, monthsBefore, type CalendarDate } from './timex-date.ts';

/** The plain formatting the date functions replaced: String(n).padStart(w, '0'). */
const plainPad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Any valid day of the years 0–9999 (the years a TIMEX3 value can hold). */
const day = fc.record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => d.day <= new Date(Date.UTC(2000 + (d.year % 400), d.month, 0)).getUTCDate());

describe('isoDaysBefore', () => {
  test('property: equals the Date arithmetic it replaced', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 400 }), (d, days) => {
      const iso = `${plainPad(d.year, 4)}-${plainPad(d.month)}-${plainPad(d.day)}`;
      expect(isoDaysBefore(iso, days)).toBe(new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10));
    }), { numRuns: 5000 });
  });

  test('crosses years and leap days', () => {
    expect(isoDaysBefore('2017-01-15', 31)).toBe('2016-12-15');
    expect(isoDaysBefore('2016-03-30', 31)).toBe('2016-02-28');
    expect(isoDaysBefore('0000-01-15', 31)).toBe('-000001-12');
  });
});

describe('date formatting', () => {
  test('property: dayRange, firstDay, coarsen, monthsBefore and daysBefore pad as String#padStart does', () => {
    const date = fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => plainPad(y, 4)),
      day.map((d) => `${plainPad(d.year, 4)}-${plainPad(d.month)}`),
      day.map((d) => `${plainPad(d.year, 4)}-${plainPad(d.month)}-${plainPad(d.day)}`),
    ).map((v) => calendarDate(v)).filter((d): d is CalendarDate => d !== null);
    fc.assert(fc.property(date, fc.integer({ min: 0, max: 30000 }), (d, n) => {
      const y = plainPad(d.year, 4);
      const m = d.month === undefined ? undefined : plainPad(d.month);
      const first = m === undefined ? `${y}-01-01` : d.day === undefined ? `${y}-${m}-01` : `${y}-${m}-${plainPad(d.day)}`;
      expect(firstDay(d)).toBe(first);
      expect(dayRange(d)[0]).toBe(first);
      const month = coarsen(d, 'month');
      expect(month.iso).toBe(m === undefined ? y : `${y}-${m}`);
      const back = monthsBefore(month, n);
      expect(back.iso).toBe(`${plainPad(back.year, 4)}-${plainPad(back.month!)}`);
      if (d.granularity === 'day') {
        const earlier = daysBefore(d, n % 3000);
        expect(earlier.iso).toBe(`${plainPad(earlier.year, 4)}-${plainPad(earlier.month!)}-${plainPad(earlier.day!)}`);
      }
    }), { numRuns: 3000 });
  });
});

describe('daysInMonth', () => {
  test('property: equals the Date it replaced, years 0-99 read as 1900-1999 included', () => {
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -300000, max: 300000 }), fc.double({ min: -10, max: 120 }));
    const month = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -30, max: 30 }), fc.double({ min: 0, max: 13 }));
    fc.assert(fc.property(year, month, (y, m) => {
      expect(Object.is(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate())).toBe(true);
    }), { numRuns: 5000 });
  });
});
