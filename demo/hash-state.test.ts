import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, toIso } from './hash-state.ts';

describe('demo hash state', () => {
  it('reads the view and the selected event', () => {
    expect(parseHash('#start=2016-10-17T00:00:00.000Z&end=2017-07-10T00:00:00.000Z&event=e12')).toEqual({
      start: '2016-10-17T00:00:00.000Z',
      end: '2017-07-10T00:00:00.000Z',
      event: 'e12',
    });
  });

  it('ignores a range that is reversed or not dates', () => {
    expect(parseHash('#start=2017&end=2016')).toEqual({});
    expect(parseHash('#start=soon&end=later&event=x')).toEqual({ event: 'x' });
    expect(parseHash('')).toEqual({});
  });

  it('round-trips any state, ids with reserved characters included', () => {
    const iso = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    fc.assert(
      fc.property(iso, iso, fc.option(fc.string({ minLength: 1 }), { nil: undefined }), (a, b, event) => {
        fc.pre(a !== b);
        const [start, end] = a < b ? [a, b] : [b, a];
        const state = event === undefined ? { start, end } : { start, end, event };
        expect(parseHash(formatHash(state))).toEqual(state);
      }),
    );
  });

  it('turns Dates, times and ISO text into ISO text', () => {
    expect(toIso(new Date(Date.UTC(2017, 6, 8)))).toBe('2017-07-08T00:00:00.000Z');
    expect(toIso(Date.UTC(2016, 9, 17))).toBe('2016-10-17T00:00:00.000Z');
    expect(toIso('2017-07-08T00:00:00Z')).toBe('2017-07-08T00:00:00.000Z');
    expect(toIso('not a date')).toBeUndefined();
    expect(toIso(null)).toBeUndefined();
  });
});
