import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const tags = (s: string, ref: string): string[] => tag(s, { referenceDate: ref }).map((t) => `${t.text}=${t.value}`);

// A holiday's name after "a"/"an" names a kind of thing (a market, a dinner, a party), not a day.
describe('a holiday after an indefinite article', () => {
  test('is no date', () => {
    expect(tags('Their first rugs sold out at a Christmas market in Raleigh in December 2024.', '2025-09-21')).toEqual(['December 2024=2024-12']);
    expect(tags('The family hosted a Thanksgiving dinner for 40 people at the shelter.', '2024-11-20')).toEqual([]);
    expect(tags('Police broke up a Halloween party on campus.', '2024-11-02')).toEqual([]);
    expect(tags('The town held an Easter egg hunt for the first time since the flood.', '2024-04-02')).toEqual([]);
  });
  test('the holiday itself still is', () => {
    expect(tags('Shoppers crowded the stores on Christmas Eve.', '2024-12-27')).toEqual(['Christmas Eve=2024-12-24']);
    expect(tags('He will spend Thanksgiving with his family.', '2024-11-20')).toEqual(['Thanksgiving=2024-11-28']);
    expect(tags('The market reopened the day after Christmas 2008.', '2009-01-05')).toContain('Christmas 2008=2008-12-25');
  });
});

// "Labor Day weekend", "Memorial Day weekend", "Thanksgiving weekend": US news dates travel and fires by them.
describe('a holiday weekend', () => {
  test('is the weekend nearest the holiday', () => {
    expect(tags('Traffic was heavy over Memorial Day weekend.', '2024-06-12')).toEqual(['Memorial Day weekend=2024-W21-WE']);
    expect(tags('Retailers reported record sales over Thanksgiving weekend.', '2024-12-02')).toEqual(['Thanksgiving weekend=2024-W48-WE']);
    expect(tags('Three people drowned at the lake over Labor Day weekend.', '2024-09-04')).toEqual(['Labor Day weekend=2024-W35-WE']);
  });
});

// A holiday told in the past after an earlier year in the same sentence is that year's.
describe('a holiday in the year the sentence told', () => {
  test('takes that year', () => {
    expect(tags('It is the largest fire in Lane County since the 2020 Holiday Farm fire, which destroyed more than 400 homes along the McKenzie River over Labor Day weekend.', '2025-08-11')).toEqual(['2020=2020', 'Labor Day weekend=2020-W36-WE']);
    expect(tags('In 2019, the store was robbed on Christmas Eve.', '2024-06-12')).toEqual(['2019=2019', 'Christmas Eve=2019-12-24']);
    expect(tags('The company was founded in March 2011 and opened its first shop on Halloween.', '2024-06-12')).toEqual(['March 2011=2011-03', 'Halloween=2011-10-31']);
  });
  test('not ahead, nor with no year told, nor a year of its own', () => {
    expect(tags('Shoppers crowded the stores on Christmas Eve.', '2024-12-27')).toEqual(['Christmas Eve=2024-12-24']);
    expect(tags('Sales fell in 2019, and the chain will close its stores on Christmas Day.', '2024-06-12')).toEqual(['2019=2019', 'Christmas Day=2024-12-25']);
    expect(tags('Sales fell in 2019 and rose at Christmas 2021.', '2024-06-12')).toEqual(['2019=2019', 'Christmas 2021=2021-12-25']);
  });
});
