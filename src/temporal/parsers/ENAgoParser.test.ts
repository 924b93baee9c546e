import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const find = (text: string, ref: string, expr: string) => tag(text, { referenceDate: ref }).find((t) => t.text === expr);

// "N hours/minutes later|earlier" is a time counted from the clock time the story told last (up
// to two sentences back), else the day in force; "and a half" may follow the unit.
describe('hours and minutes later', () => {
  test('count from the clock time in force', () => {
    const rail = 'The eastbound train left the yard at 11:05 p.m. on March 8, 2022. Two hours later it entered a curve near Elm Creek. About an hour and a half later, 23 of its cars left the tracks.';
    expect(find(rail, '2023-06-14', 'Two hours later')).toMatchObject({ type: 'TIME', value: '2022-03-09T01:05' });
    expect(find(rail, '2023-06-14', 'About an hour and a half later')).toMatchObject({ type: 'TIME', value: '2022-03-09T02:35', mod: 'APPROX' });
    expect(find('The first plane hit the north tower at 8:46 a.m. on Sept. 11, 2001. Seventeen minutes later, a second plane struck the south tower.', '2011-09-11', 'Seventeen minutes later')).toMatchObject({ type: 'TIME', value: '2001-09-11T09:03' });
    expect(find('Eagle touched down at 4:17 p.m. EDT on July 20, 1969. Armstrong stepped onto the surface about six and a half hours later.', '2019-07-20', 'about six and a half hours later')).toMatchObject({ type: 'TIME', value: '1969-07-20T22:47', mod: 'APPROX' });
  });
  test('without a clock time, the day in force', () => {
    expect(find('On July 20, 1969, Armstrong became the first person to walk on the Moon. Buzz Aldrin followed him about 20 minutes later.', '2019-07-20', 'about 20 minutes later')).toMatchObject({ type: 'DATE', value: '1969-07-20' });
    expect(find('Police arrived 20 minutes later.', '2023-06-14', '20 minutes later')).toMatchObject({ type: 'DATE', value: '2023-06-14' });
    expect(find('The fire was reported on Monday. Two days later it was out.', '2019-04-17', 'Two days later')).toMatchObject({ type: 'DATE', value: '2019-04-17' });
  });
});

describe('centuries, halves and bounds before "ago"', () => {
  const v = (s: string): string[] => tag(s, { referenceDate: '2024-06-12' }).map((t) => `${t.text}=${t.value}${t.mod ? ` ${t.mod}` : ''}`);
  test('"a century ago" is the year a hundred years back (it was the article\'s day)', () => {
    expect(v('The bridge was built a century ago.')).toEqual(['a century ago=1924']);
    expect(v('The church was founded two centuries ago.')).toEqual(['two centuries ago=1824']);
  });
  test('"half a century ago", "half a decade earlier" are whole years', () => {
    expect(v('The dam was built half a century ago.')).toEqual(['half a century ago=1974']);
    expect(v('The firm was founded in 1990. Half a century earlier, the town was a farm.')).toEqual(['1990=1990', 'Half a century earlier=1940']);
  });
  test('"more than a decade ago" is before that year, "less than a year ago" after it', () => {
    expect(v('The company was founded more than a decade ago.')).toEqual(['more than a decade ago=2014 BEFORE']);
    expect(v('He left the party over two years ago.')).toEqual(['over two years ago=2022 BEFORE']);
    expect(v('The war ended less than a year ago.')).toEqual(['less than a year ago=2023 AFTER']);
    expect(v('The loan runs for more than two years.')).toEqual(['more than two years=P2Y MORE_THAN']);
  });
});
