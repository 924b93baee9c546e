import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const values = (text: string, ref: string): [string, string][] => tag(text, { referenceDate: ref }).map((t) => [t.text, t.value]);

// A month and day without a year, told right after a full date of an earlier year (or a day
// counted from it), are in that year: the story sits there. A year alone, or a day told in the
// present of the article, does not move them off the reference year.
describe('year-less dates in a flashback', () => {
  test('take the year of the full date in force', () => {
    expect(values('Neil Armstrong grew up here. On July 20, 1969, he became the first person to walk on the Moon. Buzz Aldrin followed him about 20 minutes later.\n\nThe crew had lifted off from Kennedy Space Center four days earlier. They splashed down in the Pacific Ocean on July 24.', '2019-07-20')).toContainEqual(['July 24', '1969-07-24']);
    expect(values('On Nov. 9, 1989, East German guards opened the checkpoints of the Berlin Wall. On Nov. 10, crowds began to chip away at the concrete.', '2019-11-09')).toContainEqual(['Nov. 10', '1989-11-10']);
    expect(values('Hijackers crashed two planes into the World Trade Center on Sept. 11, 2001. On Oct. 7, U.S. and British forces began bombing Taliban targets in Afghanistan.', '2011-09-11')).toContainEqual(['Oct. 7', '2001-10-07']);
  });
  test('stay in the reference year after a year alone, a day of now, or a gap', () => {
    expect(values("Apple became the top music retailer in 2007. According to an April 2nd report in Ars Technica, sales grew.", '2008-04-09')).toContainEqual(['April 2nd', '2008-04-02']);
    expect(values('On July 20, 1969, Armstrong walked on the Moon. On Saturday, crowds gathered at the museum. It will reopen its new wing on July 24.', '2019-07-20')).toContainEqual(['July 24', '2019-07-24']);
    expect(values('On July 20, 1969, Armstrong walked on the Moon. He was a quiet man. The town is proud of him. A parade will be held on July 24.', '2019-07-20')).toContainEqual(['July 24', '2019-07-24']);
  });
});
