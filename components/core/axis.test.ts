import { describe, expect, test } from 'vitest';
import { axisTicks } from './axis.ts';

const at = (iso: string) => Date.parse(iso);

describe('axisTicks', () => {
  test('adapts from centuries to hours, naming the larger unit where it changes', () => {
    const centuries = axisTicks(at('1500-01-01T00:00Z'), at('2000-01-01T00:00Z'), 900).map((t) => t.label);
    expect(centuries).toContain('1600');
    expect(centuries.every((l) => /^\d{4}$/.test(l))).toBe(true);
    const months = axisTicks(at('2016-09-15T00:00Z'), at('2017-08-01T00:00Z'), 900);
    expect(months.map((t) => t.label)).toContain('2017');
    expect(months.find((t) => t.label === '2017')!.major).toBe(true);
    expect(months.map((t) => t.label)).toContain('Mar');
    const days = axisTicks(at('2017-07-01T00:00Z'), at('2017-07-15T00:00Z'), 900).map((t) => t.label);
    expect(days[0]).toMatch(/2017$/);
    expect(days).toContain('8 Jul');
    const hours = axisTicks(at('2017-07-08T00:00Z'), at('2017-07-08T12:00Z'), 900).map((t) => t.label);
    expect(hours).toContain('06:00');
    expect(hours[0]).toContain('8 Jul 2017');
  });

  test('about one tick per 90 px, so labels have room', () => {
    for (const width of [320, 900, 3840]) {
      const n = axisTicks(at('2000-01-01T00:00Z'), at('2020-01-01T00:00Z'), width).length;
      expect(n).toBeLessThanOrEqual(Math.ceil((width / 90) * 1.6) + 1);
      expect(n).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('calendar steps agree with d3-time', async () => {
  const d3 = await import('d3-time');
  const fc = (await import('fast-check')).default;
  const { stepTicks } = await import('./axis.ts');
  const { civilFromDays, daysFromCivil } = await import('./time.ts');
  test('civil dates round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (z) => {
      const c = civilFromDays(z);
      expect(daysFromCivil(c.y, c.m, c.d)).toBe(z);
      if (z > -700_000) expect(new Date(z * 864e5).getUTCDate()).toBe(c.d);
    }));
  });
  const cases: [Parameters<typeof stepTicks>[2], import('d3-time').TimeInterval][] = [
    [{ unit: 'fixed', n: 3 * 36e5, ms: 3 * 36e5 }, d3.utcHour.every(3)!],
    [{ unit: 'day', n: 1, ms: 864e5 }, d3.utcDay],
    [{ unit: 'day', n: 2, ms: 2 * 864e5 }, d3.utcDay.every(2)!],
    [{ unit: 'week', n: 1, ms: 7 * 864e5 }, d3.utcWeek],
    [{ unit: 'month', n: 3, ms: 3 * 2_629_746e3 }, d3.utcMonth.every(3)!],
    [{ unit: 'year', n: 5, ms: 5 * 31_556_952e3 }, d3.utcYear.every(5)!],
  ];
  test.each(cases.map((c, i) => [i, ...c] as const))('step %i', (_i, step, interval) => {
    fc.assert(fc.property(fc.integer({ min: -2e12, max: 4e12 }), fc.integer({ min: 1, max: 40 }), (t0, n) => {
      const t1 = t0 + n * step.ms;
      expect(stepTicks(t0, t1, step)).toEqual(interval.range(new Date(t0), new Date(t1 + 1)).map((d) => d.getTime()));
    }), { numRuns: 200 });
  });
});
