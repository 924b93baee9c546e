import { expect, test } from 'vitest';
import { isTimex3Point, isTimex3Value } from './timex3.ts';

test('the TIMEX3 validator accepts TimeML values of each type', () => {
  const good: Array<[string, string]> = [
    ['DATE', '2014'], ['DATE', '2016-10'], ['DATE', '2017-07-08'], ['DATE', '2013-W11'], ['DATE', '2008-W42-WE'],
    ['DATE', '2012-SU'], ['DATE', '2005-Q4'], ['DATE', '197'], ['DATE', '20'], ['DATE', 'XXXX-10'], ['DATE', 'XXXX-WXX-1'],
    ['DATE', 'PRESENT_REF'], ['DATE', 'FY2007'], ['DATE', '2011-06-XX'], ['DATE', 'XXXX-XX-XX'], ['DATE', '2016-02-29'],
    ['TIME', '2005-04-27T08:30Z'], ['TIME', '2008-01-09TMO'], ['TIME', '2007-10-17T18:40'], ['TIME', '2009-06-01T16:15:30.5+02:00'],
    ['DURATION', 'P9M'], ['DURATION', 'P2.5Y'], ['DURATION', 'PT30M'], ['DURATION', 'PXY'], ['DURATION', 'P1DE'], ['DURATION', 'P1Y2M3DT4H5M6S'],
    ['SET', 'P1D'], ['SET', 'XXXX-WXX-1'], ['SET', 'XXXX-XX-XXTMO'],
  ];
  for (const [type, value] of good) expect(isTimex3Value(value, type), `${type} ${value}`).toBe(true);
});

test('the TIMEX3 validator rejects malformed values and values of the wrong type', () => {
  const bad: Array<[string, string]> = [
    ['DATE', '2017-13'], ['DATE', '2017-02-30'], ['DATE', '17-07-08'], ['DATE', '03-02-2009'], ['DATE', 'P1Y'], ['DATE', ''],
    ['DATE', '2017-07-08T10:00'], ['DATE', 'July 2017'], ['DATE', '2013-W54'], ['DATE', '2017-Q5'], ['DATE', 'undefined'],
    ['TIME', '2017-07-08'], ['TIME', '2017-07-08T25:00'], ['TIME', 'T10:00'],
    ['DURATION', 'P'], ['DURATION', 'PT'], ['DURATION', '9M'], ['DURATION', 'PM6'], ['DURATION', 'P1Y2'],
    ['WEEK', '2017'],
  ];
  for (const [type, value] of bad) expect(isTimex3Value(value, type), `${type} ${value}`).toBe(false);
  expect(isTimex3Point('2016-10')).toBe(true);
  expect(isTimex3Point('P9M')).toBe(false);
});
