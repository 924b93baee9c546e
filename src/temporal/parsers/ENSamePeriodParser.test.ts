import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const pairs = (s: string, ref: string): [string, string][] => tag(s, { referenceDate: ref }).map((t) => [t.text, t.value]);

describe('the same period a year before', () => {
  test('one expression, the unit named before it in the sentence, a year back', () => {
    expect(pairs('Sales of automobiles in the United States fell as much as 35% in January, compared to the same month a year ago.', '2009-02-03')).toEqual([['January', '2009-01'], ['the same month a year ago', '2008-01']]);
    expect(pairs("Ford's sales in the United States rose 43% in February compared to the same period last year.", '2010-03-03')).toEqual([['February', '2010-02'], ['the same period last year', '2009-02']]);
    expect(pairs('Net income in the third quarter of 2009 fell 20% from the same period a year earlier.', '2009-10-16')).toEqual([['the third quarter of 2009', '2009-Q3'], ['the same period a year earlier', '2008-Q3']]);
    expect(pairs('Revenue rose 28% in the fourth quarter from the same quarter the previous year.', '2013-01-30')).toEqual([['the fourth quarter', '2012-Q4'], ['the same quarter the previous year', '2011-Q4']]);
  });
  test('with no period named in its sentence, the year before the time in force', () => {
    expect(pairs('In the same period a year earlier, Bank of America had gained $704 million.', '2009-10-16')).toEqual([['the same period a year earlier', '2008']]);
  });
  test('"the same day" and "the same month" alone are still this year\'s', () => {
    expect(pairs('The Dow fell on October 10, 2008. The same month, banks failed.', '2008-10-20')).toEqual([['October 10, 2008', '2008-10-10'], ['The same month', '2008-10']]);
  });
});
