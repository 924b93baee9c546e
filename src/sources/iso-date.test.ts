import { expect, test } from 'vitest';
import { checkIsoDate } from './iso-date.ts';
import { didYouMean } from './did-you-mean.ts';

test('ISO dates at every precision, checked against the calendar', () => {
  expect(checkIsoDate('2017')).toEqual({ ok: true, value: '2017', day: null });
  expect(checkIsoDate('2017-07')).toEqual({ ok: true, value: '2017-07', day: null });
  expect(checkIsoDate(' 2016-02-29 ')).toEqual({ ok: true, value: '2016-02-29', day: '2016-02-29' });
  expect(checkIsoDate('2017-07-08T14:30:00.123+05:30')).toMatchObject({ ok: true, day: '2017-07-08' });
  expect(checkIsoDate('2017-07-08 14:30Z')).toMatchObject({ ok: true, day: '2017-07-08' });
});

test('impossible dates say what is wrong', () => {
  expect(checkIsoDate('2017-02-29')).toEqual({ ok: false, problem: 'has no day 29 (2017-02 has 28 days)' });
  expect(checkIsoDate('2017-00-10')).toMatchObject({ ok: false, problem: expect.stringMatching(/no month 00/) });
  expect(checkIsoDate('2017-07-08T24:10')).toMatchObject({ ok: false, problem: expect.stringMatching(/impossible time/) });
  expect(checkIsoDate('2017-07-08T10:10+15:00')).toMatchObject({ ok: false, problem: expect.stringMatching(/time zone/) });
  expect(checkIsoDate('July 8, 2017')).toMatchObject({ ok: false, problem: 'is not an ISO 8601 date' });
  expect(checkIsoDate('17-07-08')).toMatchObject({ ok: false });
});

test('did-you-mean finds typos (swaps included) and nothing for unrelated names', () => {
  const known = ['headline', 'author', 'datePublished', 'dateModified', 'url'];
  expect(didYouMean('datePublshed', known)).toBe('datePublished');
  expect(didYouMean('autor', known)).toBe('author');
  expect(didYouMean('DateModifeid', known)).toBe('dateModified');
  expect(didYouMean('uRl', known)).toBe('url');
  expect(didYouMean('colour', known)).toBeNull();
  expect(didYouMean('x'.repeat(10_000), known)).toBeNull();
});
