import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isFurniture } from './furniture.ts';
import { splitSentences } from './sentences.ts';
import { calendarDate, coarsen, dayRange, durationMonths, monthsBefore } from './timex-date.ts';

describe('splitSentences', () => {
  test('titles, initials and "U.S." do not end a sentence; short lines stand alone', () => {
    const body = 'National Security\n\nArmy Col. Pat Work told the New York Times. U.S. forces provided air support.\nGeorge W. Bush spoke.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'National Security', 'Army Col. Pat Work told the New York Times.', 'U.S. forces provided air support.', 'George W. Bush spoke.',
    ]);
  });
  test('a soft-wrapped paragraph stays one sentence', () => {
    const body = 'Iraqi Prime Minister Haider al-Abadi traveled to Mosul on Sunday to\ncongratulate the armed forces on the major victory.';
    expect(splitSentences(body)).toHaveLength(1);
  });
  test('property: sentences are trimmed, non-empty, in order and slice the body', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '!', '"', '”', 'U', 'S', '?', '1') }), (body) => {
      let last = 0;
      for (const s of splitSentences(body)) {
        expect(body.slice(s.start, s.end)).toBe(s.text);
        expect(s.text.trim()).toBe(s.text);
        expect(s.text.length).toBeGreaterThan(0);
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
      }
    }));
  });
});

describe('isFurniture', () => {
  test.each([
    'Follow Russ Read on Twitter', 'Font Size:', 'REUTERS/ Alaa Al-Marjani', 'Daily Caller News Foundation logo',
    'Send tips to russ@dailycallernewsfoundation.org.', 'Russ Read Pentagon/Foreign Policy Reporter', 'By Jane Smith, Example Wire',
    'Photo: Getty Images/AFP', 'Published 10:32 AM EST, Mon March 6, 2023', '© 2023 Example Wire. All rights reserved.',
    'Leave us your thoughts in the comments section below.', 'US-Backed Forces Score Their Biggest Victory Over ISIS Yet',
    'All republished articles must include our logo, our reporter’s byline and their DCNF affiliation.',
  ])('furniture: %s', (line) => expect(isFurniture(line)).toBe(true));
  test.each([
    'U.S.-backed Iraqi Security Forces (ISF) retook the major city of Mosul Saturday after a long and bloody campaign against Islamic State forces.',
    'Victory was declared after ISF cleared the last remaining ISIS forces from neighborhoods near Mosul’s Old City.',
    'Floyd died on May 25, 2020, after Chauvin knelt on his neck.',
  ])('prose: %s', (line) => expect(isFurniture(line)).toBe(false));
});

describe('timex dates', () => {
  test('calendar values at their granularity; anything else is not a date', () => {
    expect(calendarDate('2016-10')).toMatchObject({ iso: '2016-10', granularity: 'month' });
    expect(calendarDate('2017-07-08T14:30')).toMatchObject({ granularity: 'time' });
    for (const v of ['PRESENT_REF', 'XXXX-10', '2013-W11', '2012-SU', 'P9M', '2017-13', '2017-02-30']) expect(calendarDate(v)).toBeNull();
  });
  test('ranges, coarsening and month arithmetic', () => {
    expect(dayRange(calendarDate('2016-02')!)).toEqual(['2016-02-01', '2016-02-29']);
    expect(coarsen(calendarDate('2017-07-09')!, 'month').iso).toBe('2017-07');
    expect(monthsBefore(calendarDate('2017-07')!, 9).iso).toBe('2016-10');
    expect(monthsBefore(calendarDate('2017-01')!, 1).iso).toBe('2016-12');
    expect([durationMonths('P9M'), durationMonths('P2Y'), durationMonths('P3D')]).toEqual([9, 24, null]);
  });
});
