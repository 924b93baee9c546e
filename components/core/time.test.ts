import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { eventExtent, formatEventDate, formatIso, isoDate, MAX_MS, parseIso, toIso } from './time.ts';
import { sortOrder } from './timeline-index.ts';

describe('parseIso', () => {
  test('reads the granularities the model uses', () => {
    expect(parseIso('2014')).toMatchObject({ ms: Date.UTC(2014, 0, 1), precision: 'year' });
    expect(parseIso('2016-10')).toMatchObject({ ms: Date.UTC(2016, 9, 1), precision: 'month' });
    expect(parseIso('2017-07-08')).toMatchObject({ ms: Date.UTC(2017, 6, 8), precision: 'day' });
    expect(parseIso('2017-07-08T14:30')).toMatchObject({ ms: Date.UTC(2017, 6, 8, 14, 30), precision: 'time' });
    expect(parseIso('2017-07-08T14:30:00+02:00')!.ms).toBe(Date.UTC(2017, 6, 8, 12, 30));
    expect(parseIso('0044')!.ms).toBe(new Date('0044-01-01T00:00:00Z').getTime());
  });

  test('refuses impossible dates', () => {
    for (const bad of ['2017-13-45', '2017-02-30', '2017-02-29', '2017-00', 'yesterday', '', '20170708', '2017-7-8', null, 42]) {
      expect(parseIso(bad), String(bad)).toBeNull();
    }
    expect(parseIso('2016-02-29')).not.toBeNull();
  });

  test('agrees with Date for every valid day and time (fast-check)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(parseIso(iso.slice(0, 10))!.ms).toBe(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - (d.getUTCFullYear() < 100 ? Date.UTC(1900 + d.getUTCFullYear(), 0, 1) - new Date(`${iso.slice(0, 4)}-01-01T00:00:00Z`).getTime() : 0));
        expect(parseIso(iso.slice(0, 16))!.ms).toBe(new Date(iso.slice(0, 16) + ':00Z').getTime());
      }),
    );
  });

  test('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseIso(s)));
  });
});

describe('eventExtent', () => {
  test('covers the whole period the date names', () => {
    expect(eventExtent({ start: '2014' })).toEqual({ start: Date.UTC(2014, 0, 1), end: Date.UTC(2015, 0, 1) });
    expect(eventExtent({ start: '2016-12' })).toEqual({ start: Date.UTC(2016, 11, 1), end: Date.UTC(2017, 0, 1) });
    expect(eventExtent({ start: '2017-07-08', end: '2017-07-10' })).toEqual({ start: Date.UTC(2017, 6, 8), end: Date.UTC(2017, 6, 11) });
    expect(eventExtent({ start: '2017-07-10', end: '2017-07-08' })).toBeNull();
  });
});

describe('formatting', () => {
  test('dates read as people write them', () => {
    expect(formatIso('2017-07-08')).toBe('8 July 2017');
    expect(formatIso('2016-10')).toBe('October 2016');
    expect(formatEventDate({ start: '2017-03', qualifier: 'approx' })).toBe('about March 2017');
    expect(formatEventDate({ start: '2017-07-03', end: '2017-07-09' })).toBe('3 July 2017 – 9 July 2017');
  });
});

describe('sortOrder', () => {
  test('sorts by start then end, whatever the input (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 1e9 })), { maxLength: 300 }), (pairs) => {
        const starts = pairs.map((p) => p[0]);
        const ends = pairs.map((p) => p[0] + p[1]);
        const order = [...sortOrder(starts, ends)];
        expect([...order].sort((a, b) => a - b)).toEqual(pairs.map((_, i) => i));
        for (let i = 1; i < order.length; i++) {
          const a = order[i - 1]!;
          const b = order[i]!;
          expect(starts[a]! < starts[b]! || (starts[a] === starts[b] && ends[a]! <= ends[b]!)).toBe(true);
        }
      }),
    );
  });
});

describe('dates at the edges of what a Date holds', () => {
  test('years beyond ±MAX_MS are refused (the view would pad them past the Date range)', () => {
    for (const far of ['999999', '999999-01-01', '+275760-09-13', '-271821-04-20', '275761', '-999999-12-31T10:00Z']) expect(parseIso(far), far).toBeNull();
    expect(parseIso('-9999-01-01')).not.toBeNull();
    expect(parseIso('+99999')).not.toBeNull();
  });

  test('toIso never throws, isoDate writes years parseIso reads back (BC included)', () => {
    expect(toIso(1e20)).toBe('+275760-09-13T00:00:00.000Z');
    expect(toIso(Number.NaN)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoDate(Date.UTC(2017, 6, 8, 13), 'day')).toBe('2017-07-08');
    const bc = parseIso('-0044-03-15')!.ms;
    expect(isoDate(bc, 'day')).toBe('-0044-03-15');
    expect(formatIso(isoDate(bc, 'year'))).toBe('45 BC');
    fc.assert(
      fc.property(fc.integer({ min: -MAX_MS + 86_400_000, max: MAX_MS }), (ms) => {
        const day = isoDate(ms, 'day');
        const p = parseIso(day)!;
        expect(p.ms).toBeLessThanOrEqual(ms);
        expect(ms - p.ms).toBeLessThan(86_400_000);
      }),
    );
  });
});
