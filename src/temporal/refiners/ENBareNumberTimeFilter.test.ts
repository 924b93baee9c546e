import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const pairs = (s: string, ref = '2020-06-10'): [string, string][] => tag(s, { referenceDate: ref }).map((t) => [t.text, t.value]);

describe('clock times need a clock cue', () => {
  test('am/pm glued to the figures is one ("3pm", British "5.30pm")', () => {
    expect(pairs('The blast came at 3pm.')).toEqual([['3pm', '2020-06-10T15:00']]);
    expect(pairs('It ended at 10am yesterday.')).toEqual([['10am yesterday', '2020-06-09T10:00']]);
    expect(pairs('The meeting is at 5pm today.')).toEqual([['5pm today', '2020-06-10T17:00']]);
    expect(pairs('Talks resumed at 5.30pm on Monday.')).toEqual([['5.30pm on Monday', '2020-06-08T17:30']]);
    expect(pairs('Police were called to the scene at 11.45am.')).toEqual([['11.45am', '2020-06-10T11:45']]);
    expect(pairs('He was arrested at 2.15 a.m. on Sunday.')).toEqual([['2.15 a.m. on Sunday', '2020-06-07T02:15']]);
  });
  test('numbers without one are no times', () => {
    for (const s of ['The index closed at 8 after falling 8.1%.', 'Growth ranged from 14 to 20 percent.', 'The S&P 500 fell at 3 points an hour.']) {
      expect(tag(s, { referenceDate: '2020-06-10' }).filter((t) => t.type === 'TIME'), s).toEqual([]);
    }
  });
});

// Rail and air news name a departure by its clock time: "the 07:01 service" tells no time of anything.
describe('a clock time naming a departure', () => {
  test('"the 07:01 service", "the 8:15 train" are no times; the time it happened is', () => {
    expect(pairs('The 07:01 service from London St Pancras to Paris Gare du Nord lost power about 20 km into the tunnel at 07:42 GMT.', '2025-02-16')).toEqual([['07:42 GMT', '2025-02-16T07:42Z']]);
    expect(pairs('Passengers on the 8:15 train from Brighton waited until it left at 10:20.', '2024-06-12')).toEqual([['10:20', '2024-06-12T10:20']]);
    expect(pairs('The 6.30am flight to Malaga was cancelled.', '2024-06-12')).toEqual([]);
  });
  test('other clock times after "the" stay', () => {
    expect(pairs('The talks broke down at the 5 p.m. deadline.', '2024-06-12')).toEqual([['5 p.m.', '2024-06-12T17:00']]);
    expect(pairs('The 9:30 a.m. start was delayed by rain.', '2024-06-12')).toEqual([['9:30 a.m.', '2024-06-12T09:30']]);
  });
});
