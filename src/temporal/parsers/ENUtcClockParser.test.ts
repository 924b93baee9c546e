import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const tags = (s: string): string[] => tag(s, { referenceDate: '2024-06-12' }).map((t) => `${t.text}=${t.value}`);

describe('four-digit clock times of wire and military style', () => {
  test('"at 0600 local time", "at 1800 hours", "2100Z" are clock times', () => {
    expect(tags('The ceasefire began at 0600 local time on Sunday, the army said.')).toEqual(['0600=2024-06-09T06:00', 'Sunday=2024-06-09']);
    expect(tags('The truce took effect at 1800 hours.')).toEqual(['1800 hours=2024-06-12T18:00']);
    expect(tags('The market opens at 0900 local time (0100 GMT).')).toEqual(['0900=2024-06-12T09:00', '0100 GMT=2024-06-12T01:00Z']);
    expect(tags('The first strike came at 2100Z.')).toEqual(['2100Z=2024-06-12T21:00Z']);
    expect(tags('Markets opened at 0800 GMT.')).toEqual(['0800 GMT=2024-06-12T08:00Z']);
  });
  test('a count of hours or a number before "local" is no clock time, nor a part of a longer number', () => {
    expect(tags('The camera holds 1500 hours of video.')).toEqual([]);
    expect(tags('Sales reached 1500 local time-share units.')).toEqual([]);
    // chrono searches again one character on after a rejected match: "800 hours" inside "1800" is no duration.
    expect(tags('The volunteers logged 1800 hours last year.').some((t) => t.startsWith('800'))).toBe(false);
    expect(tags('He waited 1000 days.').some((t) => t.startsWith('000'))).toBe(false);
  });
});
