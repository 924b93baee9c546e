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
