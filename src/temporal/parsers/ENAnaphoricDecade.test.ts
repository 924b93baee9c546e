import { describe, expect, test } from 'vitest';
import { isTimexValue } from '../validate.ts';
import { tag } from '../tag.ts';

const tags = (s: string, ref?: string): string[] => tag(s, ref ? { referenceDate: ref } : {}).map((t) => `${t.text}=${t.value}${t.mod ? ` ${t.mod}` : ''}`);

describe('"the end of the decade": the decade in force', () => {
  test('the decade of the year in force, with the modifier', () => {
    expect(tags('The company expects to break even by the end of the decade.', '2013-03-22')).toEqual(['the end of the decade=201 END']);
    expect(tags('Emissions must fall by half before the end of the decade, the report said.', '2021-11-02')).toEqual(['the end of the decade=202 END']);
    expect(tags('In 1962 Kennedy pledged to land a man on the Moon before the end of the decade.', '2019-07-20')).toEqual(['1962=1962', 'the end of the decade=196 END']);
    expect(tags('Prices rose sharply at the start of the decade.', '2013-03-22')).toEqual(['the start of the decade=201 START']);
  });
  test('not a generic or a spanning decade, and a valid value without a reference', () => {
    expect(tags('It was the best film of the decade.', '2013-03-22')).toEqual([]);
    expect(tags('Sales tripled during that decade.', '2013-03-22')).toEqual([]);
    expect(tags('Over the following decade BP received $19bn in dividends.', '2013-03-22')).toEqual(['the following decade=P10Y']);
    const alone = tag('They hope to finish by the end of the decade.', {});
    expect(alone.map((t) => t.text)).toEqual(['the end of the decade']);
    for (const t of alone) expect(isTimexValue(t.type, t.value)).toBe(true);
  });
});

describe('"by end of year", "the end of year": no article before the unit', () => {
  test('the year or month in force, with the modifier', () => {
    expect(tags('This flu season started in early December, a month earlier than usual, and peaked by the end of year.', '2013-03-22')).toContain('the end of year=2012 END');
    expect(tags('The deal is expected to close by end of year, the companies said.', '2013-03-22')).toEqual(['end of year=2013 END']);
    expect(tags('The merger closed in 2019 and the two plants were shut by the end of year.', '2023-05-01')).toEqual(['2019=2019', 'the end of year=2019 END']);
    expect(tags('Rents fell sharply in March before recovering by the end of month.', '2023-05-01')).toEqual(['March=2023-03', 'the end of month=2023-03 END']);
  });
  test('not a numbered year of a course or a plan', () => {
    expect(tags('He left the school at the end of year two.', '2013-03-22')).toEqual([]);
    expect(tags('Payments rise at the end of year 3 of the contract.', '2013-03-22')).toEqual([]);
  });
});

describe('"the week after Easter", "The day before Raymond Roth was pulled over"', () => {
  test('"before"/"after" with a name, a number or a clause after it is not the anaphor\'s: the unit alone, or nothing', () => {
    expect(tags('Prices fell in the week after Easter.', '2024-06-12')).toEqual(['Easter=2024-03-31']);
    expect(tags('The day before Raymond Roth was pulled over, his son reported him missing.', '2013-03-22').map((t) => t.split('=')[0])).toEqual(['The day']);
    expect(tags('The plant closed on March 3, 2019. The week before, workers struck.', '2024-06-12')).toEqual(['March 3, 2019=2019-03-03', 'The week before=2019-W08']);
  });
});
