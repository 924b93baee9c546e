import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const valueOf = (text: string, ref: string, expr: string): string | undefined => tag(text, { referenceDate: ref }).find((t) => t.text === expr)?.value;

// A day counted from the time in force ("a week later", "the next day", "the same night") when the
// sentence has just told a month far from the day in force: the day in force is an older one.
describe('a day counted from a month just told', () => {
  test('is in that month, not next to a day told paragraphs before', () => {
    const bags = 'When the ban took effect on Jan. 1, 2019, grocers warned of chaos at the checkout. Five years on, the bags have all but vanished. The Legislature passed the ban in June 2017 after a three-year campaign, and the governor, a Republican, signed it a week later.';
    expect(valueOf(bags, '2024-01-02', 'a week later')).toBe('2017-06');
    const tunnel = 'On Jan. 19, a fire on a freight shuttle closed one of the two tunnels for a day. The worst breakdown came in December 2009, when five trains failed in the tunnel on the same night.';
    expect(valueOf(tunnel, '2025-02-16', 'the same night')).toBe('2009-12');
    expect(valueOf('The plant was inspected on March 3, 2021. It was sold in August 2015 and closed the next day.', '2024-06-12', 'the next day')).toBe('2015-08');
  });
  test('a day next to it, or a month told in an earlier sentence, leaves the day in force', () => {
    expect(valueOf('The agency said on Tuesday that prices rose 3% last month, and the next day the central bank raised rates.', '2024-06-12', 'the next day')).toBe('2024-06-12');
    expect(valueOf('The Nikkei fell to its lowest since October 1982 on Monday. The next day, it rebounded 4%.', '2008-10-30', 'The next day')).toBe('2008-10-28');
    expect(valueOf('The rebels entered the city on July 9, 2017. Two days later, the army withdrew.', '2017-07-20', 'Two days later')).toBe('2017-07-11');
  });
});

// "a year later" after a month: a length of time from that month lands in a month, not a bare year.
describe('years counted from a month just told', () => {
  test('land in that month', () => {
    expect(valueOf('The gallery closed in March 2020 as the pandemic began, and the renovation began a year later.', '2025-06-14', 'a year later')).toBe('2021-03');
    expect(valueOf('The mill was sold in October 2015; two years later it closed.', '2024-06-12', 'two years later')).toBe('2017-10');
    expect(valueOf('Sales rose 5% in February from a year earlier.', '2010-03-03', 'a year earlier')).toBe('2009-02');
  });
  test('after a year, or "the following year", the year', () => {
    expect(valueOf('The mine opened in 1998 and closed two years later.', '2024-06-12', 'two years later')).toBe('2000');
    expect(valueOf('Sales dropped 42% last month from the previous year.', '2009-02-03', 'the previous year')).toBe('2008');
  });
});

// "That December", "by that September": a month named after a demonstrative is in the year in force.
describe('"that <month>"', () => {
  const tags = (s: string, ref: string): string[] => tag(s, { referenceDate: ref }).map((t) => `${t.text}=${t.value}`);
  test('is in the year in force', () => {
    expect(tags('Talks broke down in October 2021. That December, the union struck.', '2025-03-04')).toEqual(['October 2021=2021-10', 'That December=2021-12']);
    expect(tags('The company went public in 2019, and that March it bought a rival.', '2024-06-12')).toEqual(['2019=2019', 'that March=2019-03']);
    expect(tags('The plant closed in 2015. By that September, most workers had left.', '2024-06-12')).toEqual(['2015=2015', 'that September=2015-09']);
  });
  test('"that" as a conjunction is not part of it', () => {
    expect(tags('He said that March was the worst month for sales.', '2024-06-12')).toEqual(['March=2024-03']);
    expect(tags('The report that June sales fell was wrong.', '2024-06-12')).toEqual(['June=2024-06']);
  });
});

// Profiles and obituaries count from ages: "born … 1937 … at 15, … two years later".
describe('years counted from an age', () => {
  test('after a birth year told, from the birth year plus the age', () => {
    const obituary = 'Carvalho was born in Coimbra on March 3, 1937, the daughter of a railway clerk. She took her first lessons from her mother and, at 15, won a scholarship to the Lisbon conservatory, where she was expelled two years later for playing Thelonious Monk tunes.';
    expect(valueOf(obituary, '2025-01-14', 'two years later')).toBe('1954');
    expect(valueOf('He was born in 1950 in Ohio. At 18, he joined the Army, and three years later he was sent to Vietnam.', '2024-06-12', 'three years later')).toBe('1971');
    expect(valueOf('She was born in 1931. She left school aged 14 and married four years later.', '2024-06-12', 'four years later')).toBe('1949');
  });
  test('with no age, or no birth year, or a date told in the sentence, as before', () => {
    expect(valueOf('She was born in 1960. The family moved to Chicago two years later.', '2024-06-12', 'two years later')).toBe('1962');
    expect(valueOf('The plant opened in 2001. Output grew at 10 percent a year, and two years later it closed.', '2024-06-12', 'two years later')).toBe('2003');
    expect(valueOf('He was born in 1950. At 18, he joined the Army in 1968, and three years later he was sent to Vietnam.', '2024-06-12', 'three years later')).toBe('1971');
  });
});
