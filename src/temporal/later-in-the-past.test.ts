import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const valueOf = (text: string, ref: string, expr: string): string | undefined => tag(text, { referenceDate: ref }).find((t) => t.text === expr)?.value;

// "N days/weeks later" told in the past cannot fall after the article: when the day in force
// puts it there, it counts from the latest day named before that does not, else it is the month
// in force (when that is not after the article either).
describe('"later" in a past clause stays before the article', () => {
  test('counts from an earlier day named, or gives the month in force', () => {
    const outbreak = 'The health ministry has recorded 1,842 suspected cases since the first case was confirmed in Kasama on July 2. Copperbelt province reported its first two cases on Tuesday. The outbreak grew slowly at first. Two weeks later, daily case counts jumped to more than 60.';
    expect(valueOf(outbreak, '2024-08-16', 'Two weeks later')).toBe('2024-07-16');
    expect(valueOf('Heavy rain caused the Elbe river to burst its banks last week, flooding the old town of Meissen. Two days later, the army evacuated 3,000 residents.', '2013-06-10', 'Two days later')).toBe('2013-06');
    expect(valueOf('Judge Samuel Ortiz set sentencing for Jan. 20. The scheme unraveled in August 2021, when a deputy noticed the ledgers did not match. The commissioners called in the state police two days later.', '2022-11-18', 'two days later')).toBe('2021-08');
  });
  test('a later day that is not after the article, or a clause ahead, is counted as before', () => {
    expect(valueOf('Copperbelt reported its first cases on Tuesday. Two days later, schools closed.', '2024-08-16', 'Two days later')).toBe('2024-08-15');
    expect(valueOf('Talks broke down on Tuesday. They will resume two weeks later.', '2024-08-16', 'two weeks later')).toBe('2024-08-27');
  });
});
