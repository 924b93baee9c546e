import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const durations = (s: string): string[] => tag(s, { referenceDate: '2013-03-22' }).filter((t) => t.type === 'DURATION').map((t) => `${t.text}=${t.value}`);

describe('ranges of counts before a unit', () => {
  test('the lower end is a duration of the same unit, as TimeML tags it', () => {
    expect(durations('BP expects the share buyback programme could take between 12 and 18 months to complete.')).toEqual(['12=P12M', '18 months=P18M']);
    expect(durations('Henderson said the bankruptcy process would take between 60 and 90 days.')).toEqual(['60=P60D', '90 days=P90D']);
    expect(durations('Engineers say the repairs will take two to three years.')).toEqual(['two=P2Y', 'three years=P3Y']);
    expect(durations('The trial is expected to last three or four weeks.')).toEqual(['three=P3W', 'four weeks=P4W']);
    expect(durations('He faces 10 to 15 years in prison if convicted.')).toEqual(['10=P10Y', '15 years=P15Y']);
    expect(durations('Doctors said she waited 20 to 30 minutes for an ambulance.')).toEqual(['20=PT20M', '30 minutes=PT30M']);
  });
  test('no lower end without a range of counts', () => {
    // "and" needs "between"; an amount or a percentage is no count of the unit; the end must be lower.
    expect(durations('Profit rose 12% to 18 months of sales.')).toEqual(['18 months=P18M']);
    expect(durations('It cost $5 to 10 years of savings.')).toEqual(['10 years=P10Y']);
    expect(durations('He was 3 and 4 years later gone.').filter((d) => d.startsWith('3='))).toEqual([]);
    expect(durations('It will take 30 to 10 days.')).toEqual(['10 days=P10D']);
    expect(durations('The ban was lifted for two weeks.')).toEqual(['two weeks=P2W']);
  });
  test('any range "between N and M <unit>" tags N with M\'s unit', () => {
    const units: [string, string][] = [['days', 'D'], ['weeks', 'W'], ['months', 'M'], ['years', 'Y']];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 50 }), fc.constantFrom(...units), (low, gap, [unit, code]) => {
        const high = Math.min(999, low + gap);
        const got = durations(`The work could take between ${low} and ${high} ${unit} to finish.`);
        expect(got).toEqual([`${low}=P${low}${code}`, `${high} ${unit}=P${high}${code}`]);
      }),
      { numRuns: 200 },
    );
  });
});
