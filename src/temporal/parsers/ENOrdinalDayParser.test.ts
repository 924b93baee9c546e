import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const pairs = (s: string, ref: string): [string, string][] => tag(s, { referenceDate: ref }).map((t) => [t.text, t.value]);

describe('a day of the month without its month', () => {
  test('takes the month in force, and the tense at the reference month', () => {
    // 2020-06-10: the 15th is still ahead, the 5th behind.
    expect(pairs('The vote was held on the 15th.', '2020-06-10')).toEqual([['the 15th', '2020-05-15']]);
    expect(pairs('The vote was held on the 5th.', '2020-06-10')).toEqual([['the 5th', '2020-06-05']]);
    expect(pairs('The second round will be held on the 25th.', '2020-06-10')).toEqual([['the 25th', '2020-06-25']]);
    expect(pairs('The ministry confirmed the first case on Aug. 3. A vaccination campaign using 400,000 oral doses began on the 5th.', '2024-08-15')).toEqual([['Aug. 3', '2024-08-03'], ['the 5th', '2024-08-05']]);
    expect(pairs('Parliament was dissolved on March 2, and voters went to the polls on the 26th.', '2019-04-01')).toEqual([['March 2', '2019-03-02'], ['the 26th', '2019-03-26']]);
  });
  test('ranks, floors, times and other ordinals are no days', () => {
    for (const s of [
      'She finished 15th in the race.',
      'He lives on the 15th floor of the tower.',
      'It was the 5th time the plant flooded.',
      'Woods bogeyed the 18th hole.',
      'They celebrated the 50th anniversary of the landing.',
      'The spire was rebuilt in the 19th century.',
      'A goal in the 90th minute won it.',
      'He was elected to represent the 4th district.',
    ]) {
      expect(tag(s, { referenceDate: '2020-06-10' }).filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value)), s).toEqual([]);
    }
  });
});
