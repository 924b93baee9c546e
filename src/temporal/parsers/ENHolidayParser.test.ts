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
