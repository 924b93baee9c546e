import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const tags = (s: string, ref = '2024-06-12'): string[] => tag(s, { referenceDate: ref }).map((t) => `${t.text}=${t.value}`);

describe('a season counted from the time in force', () => {
  test('"that summer", "that same fall" are in the year in force', () => {
    expect(tags('The plant closed in March 2019. That summer, half the town moved away.')).toEqual(['March 2019=2019-03', 'That summer=2019-SU']);
    expect(tags('In the fall of 2008, banks failed across the country. That same fall, Obama won the election.')).toEqual(['fall of 2008=2008-FA', 'That same fall=2008-FA']);
  });
  test('"the following spring", "the previous winter" step to the next or last one', () => {
    expect(tags('A routine inspection in June 2012 rated the deck poor. The state patched the deck the following spring.')).toEqual(['June 2012=2012-06', 'the following spring=2013-SP']);
    expect(tags('The team was relegated in May 2015 and promoted again the following winter.')).toEqual(['May 2015=2015-05', 'the following winter=2015-WI']);
    expect(tags('The plant closed in October 2019. The previous winter had been the hardest in years.')).toContain('The previous winter=2018-WI');
    expect(tags('The lake froze in 1963. The previous summer had been dry.')).toEqual(['1963=1963', 'The previous summer=1962-SU']);
  });
  test('with no time told before, the reference\'s year; a season with a year or a relative word as before', () => {
    expect(tags('Storms hit the coast that summer.')).toEqual(['that summer=2024-SU']);
    expect(tags('Sales rose last summer.')).toEqual(['last summer=2023-SU']);
    expect(tags('The plant closed in 2019. In the summer of 2021 it reopened.')).toEqual(['2019=2019', 'summer of 2021=2021-SU']);
  });
});

// "the summer" told in the past, in a story that sits in another year than the article's.
describe('"the <season>" in the year in force', () => {
  test('after a year or a season told, in the past: that year\'s', () => {
    expect(tags('Tate went to work at the mill in 1988, the summer she turned 18.', '2025-09-21')).toEqual(['1988=1988', 'summer=1988-SU']);
    const feature = 'The owner announced in January 2023 that the plant would close, and the last shift clocked out that spring. She spent the summer applying for jobs. The following winter, they rented a storefront.';
    expect(tags(feature, '2025-09-21')).toEqual(['January 2023=2023-01', 'that spring=2023-SP', 'summer=2023-SU', 'The following winter=2023-WI']);
    expect(tags('The dam failed in 2011. Engineers spent the autumn rebuilding it.', '2024-06-12')).toEqual(['2011=2011', 'autumn=2011-FA']);
  });
  test('in the present or ahead, or with no other year told, as before', () => {
    expect(tags('The dam failed in 2011. Engineers will spend the autumn rebuilding a second one.', '2024-06-12')).toEqual(['2011=2011', 'autumn=2024-FA']);
    expect(tags('Crews worked through the summer.', '2024-09-12')).toEqual(['summer=2024-SU']);
  });
});

// After "a"/"an" a season names a kind of thing: "a winter storm", "a summer job".
describe('a season after an indefinite article', () => {
  test('is no date', () => {
    expect(tags('The first bones were spotted on 3 March 2021, when a winter storm had stripped sand from a tidal platform.', '2024-05-21')).toEqual(['3 March 2021=2021-03-03']);
    expect(tags('She took a summer job at the mill when she was 16.', '2024-06-12')).toEqual([]);
    expect(tags('An autumn chill settled over the valley.', '2024-06-12')).toEqual([]);
  });
  test('the season itself still is', () => {
    expect(tags('The river flooded in winter.', '2024-06-12')).toEqual(['winter=2023-WI']);
    expect(tags('The plant will reopen in a year, in summer 2025.', '2024-06-12')).toContain('summer 2025=2025-SU');
  });
});
