import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const tags = (s: string): string[] => tag(s, { referenceDate: '2024-06-12' }).map((t) => `${t.text}=${t.value}`);

describe('"this past" and "this coming" before a unit or a day', () => {
  test('the extent holds "this", the value is the past or coming one', () => {
    expect(tags('This past weekend, thousands of fans lined up outside the stadium.')).toEqual(['This past weekend=2024-W23-WE']);
    expect(tags('This past Sunday, the team won its third straight game.')).toEqual(['This past Sunday=2024-06-09']);
    expect(tags('Mortgage rates fell this past week, Freddie Mac said.')).toEqual(['this past week=2024-W23']);
    expect(tags('The runoff vote is this coming Monday.')).toEqual(['this coming Monday=2024-06-17']);
  });
  test('"this" alone is unchanged', () => {
    expect(tags('Mortgage rates fell this week.')).toEqual(['this week=2024-W24']);
    expect(tags('This past is not a time.')).toEqual([]);
  });
});
