import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const texts = (s: string): string[] => tag(s, { referenceDate: '2013-03-22' }).map((t) => `${t.text}=${t.value}`);

describe('"-term" as a time', () => {
  test('an adjective of a noun is no time expression', () => {
    expect(texts('George Lowe, 89, died in Ripley on Wednesday after a long-term illness.')).toEqual(['Wednesday=2013-03-20']);
    expect(texts('We expect our stake in Rosneft will generate long-term value for BP and its shareholders.')).toEqual([]);
    expect(texts('The Cyprus debacle has already been at least a short-term disaster.')).toEqual([]);
    expect(texts('The swap lines will be used to help short-term funding of smaller loan groups.')).toEqual([]);
  });
  test('the term itself is the future', () => {
    expect(texts('Shareholders should see benefits in the near-term from the value we have realised.')).toEqual(['near-term=FUTURE_REF']);
    expect(texts('Prices will stay high in the short term.')).toEqual(['the short term=FUTURE_REF']);
    expect(texts('The plan protects jobs over the long term, the minister said.')).toEqual(['the long term=FUTURE_REF']);
  });
});
