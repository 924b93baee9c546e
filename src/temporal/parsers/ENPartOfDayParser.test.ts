import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const pairs = (s: string, ref: string): [string, string][] => tag(s, { referenceDate: ref }).map((t) => [t.text, t.value]);

describe('parts of a named day', () => {
  test('"the evening of June 3", "the night of Nov. 13, 2015", "the morning of Tuesday"', () => {
    expect(pairs('Gunmen attacked the Bataclan concert hall on the night of Nov. 13, 2015.', '2015-11-20')).toEqual([['the night of Nov. 13, 2015', '2015-11-13TNI']]);
    expect(pairs('He died on the evening of June 3 at his home.', '2021-06-16')).toEqual([['the evening of June 3', '2021-06-03TEV']]);
    expect(pairs('Police raided the flat on the morning of Tuesday.', '2021-06-16')).toEqual([['the morning of Tuesday', '2021-06-15TMO']]);
    expect(pairs('The rally is planned for the evening of June 30.', '2021-06-16')).toEqual([['the evening of June 30', '2021-06-30TEV']]);
  });
});

describe('parts of the day in force', () => {
  test('"that night", "the night before", "later that evening"', () => {
    expect(pairs('Hurricane Ida made landfall on Aug. 29. That night, power failed across New Orleans.', '2021-09-01')).toEqual([['Aug. 29', '2021-08-29'], ['That night', '2021-08-29TNI']]);
    expect(pairs('Hurricane Ida made landfall on Aug. 29. The night before, thousands of residents fled.', '2021-09-01')).toEqual([['Aug. 29', '2021-08-29'], ['The night before', '2021-08-28TNI']]);
    expect(pairs('Police were called to the house on Friday. Later that evening, the suspect surrendered.', '2021-06-16')).toEqual([['Friday', '2021-06-11'], ['that evening', '2021-06-11TEV']]);
  });
  test('a night that is no day of the story', () => {
    for (const s of ['He stayed up through the night.', 'The night before the crash, he slept badly.', 'It was the night of the long knives.']) {
      expect(pairs(s, '2021-06-16'), s).toEqual([]);
    }
  });
});
