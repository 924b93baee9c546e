import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const tags = (s: string): string[] => tag(s, { referenceDate: '2024-06-12' }).map((t) => `${t.text}=${t.value}`);

describe('"this past" and "this coming" before a unit or a day', () => {
  test('the extent holds "this", the value is the past or coming one', () => {
    expect(tags('This past weekend, thousands of fans lined up outside the stadium.')).toEqual(['This past weekend=2024-W23-WE']);
    expect(tags('This past Sunday, the team won its third straight game.')).toEqual(['This past Sunday=2024-06-09']);
    expect(tags('Mortgage rates fell this past week, Freddie Mac said.')).toEqual(['this past week=2024-W23']);
    expect(tags('The runoff vote is this coming Monday.')).toEqual(['this coming Monday=2024-06-17']);
  });
  test('"this" alone is unchanged', () => {
    expect(tags('Mortgage rates fell this week.')).toEqual(['this week=2024-W24']);
    expect(tags('This past is not a time.')).toEqual([]);
  });
});

// "the following February" after a month told: the first February after that month, not after the article's.
describe('"the following <month>", "the previous <month>" after a month in force', () => {
  const at = (s: string, ref = '2025-03-04'): string[] => tag(s, { referenceDate: ref }).map((t) => `${t.text}=${t.value}`);
  test('counted from the month just told', () => {
    expect(at("Carver launched a hostile tender offer in November 2022. Carver's board agreed to a sweetened deal the following February.")).toEqual(['November 2022=2022-11', 'the following February=2023-02']);
    expect(at('The company was founded in June 2012, and the following January it opened a second store.')).toEqual(['June 2012=2012-06', 'the following January=2013-01']);
    expect(at('The plant closed in March 2019. The next February, the company sold the site.')).toEqual(['March 2019=2019-03', 'The next February=2020-02']);
    expect(at('The strike ended in October 2021. The previous June, talks had broken down.')).toEqual(['October 2021=2021-10', 'The previous June=2021-06']);
    expect(at('They met in 2019 and married the following June.')).toEqual(['2019=2019', 'the following June=2020-06']);
  });
  test('with no month told, from the article\'s date as before', () => {
    expect(at('The board will meet again the following February.')).toEqual(['the following February=2026-02']);
  });
  test('any month in force and any month named: the first one after it', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (year, told, named) => {
        const got = at(`The union walked out in ${names[told - 1]} ${year}. The dispute was settled the following ${names[named - 1]}.`);
        const y = named > told ? year : year + 1;
        expect(got[1]).toBe(`the following ${names[named - 1]}=${y}-${String(named).padStart(2, '0')}`);
      }),
      { numRuns: 80 },
    );
  });
});
