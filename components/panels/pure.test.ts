/** The panels' pure helpers: dates in words, safe links, highlighting over any text. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeDate, describeIso, formatIso } from './format-date.ts';
import { dateRangeInMention, segment } from './highlight.ts';
import { pastedFileName } from './read-files.ts';
import { safeHref } from './safe-url.ts';

const en = (iso: string, g: 'year' | 'month' | 'day' | 'time') => formatIso(iso, g, 'en-GB');

describe('dates in words', () => {
  test('each granularity says only what it knows', () => {
    expect(en('2017-07-08', 'day')).toBe('8 July 2017');
    expect(en('2016-10', 'month')).toBe('October 2016');
    expect(en('2014', 'year')).toBe('2014');
    expect(en('2017-07-08T14:30', 'time')).toBe('8 July 2017 at 14:30');
    // A granularity finer than the string carries is not invented.
    expect(en('2016-10', 'day')).toBe('October 2016');
    expect(en('2017-07-08', 'year')).toBe('2017');
  });

  test('impossible or foreign strings come back as written', () => {
    for (const s of ['2017-13-45', '2017-02-30', 'yesterday', '', 'P9M', '<b>2017</b>']) expect(en(s, 'day')).toBe(s);
  });

  test('qualifiers and ranges', () => {
    expect(describeDate({ start: '2016-10', granularity: 'month', qualifier: 'start' }, 'en-GB')).toBe('early October 2016');
    expect(describeDate({ start: '2017-07-08', end: '2017-07-10', granularity: 'day' }, 'en-GB')).toBe('8 July 2017 – 10 July 2017');
    expect(describeDate({ start: '2017', granularity: 'year', qualifier: 'before' }, 'en-GB')).toBe('before 2017');
    expect(describeIso({ start: '2016-10', end: '2017-07', granularity: 'month', qualifier: 'approx' })).toBe('2016-10/2017-07 (month, approx)');
  });
});

describe('safeHref', () => {
  test('only absolute http(s) URLs become links', () => {
    expect(safeHref('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(safeHref('  HTTP://Example.org ')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.example', '/relative', 'https://', 'http://[::1', '', undefined, null]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  test('whatever the string, the result is null or an http(s) URL', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `javascript:${s}`)), (s) => {
        const h = safeHref(s);
        return h === null || /^https?:\/\//.test(h);
      }),
    );
  });
});

describe('segment', () => {
  const ranges = fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), data: fc.nat() }), { maxLength: 8 });

  test('the pieces always rebuild the text exactly, and highlights never overlap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), ranges, (text, rs) => {
        const parts = segment(text, rs);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        let at = 0;
        for (const p of parts) {
          if (p.range) {
            expect(p.range.start).toBe(at);
            expect(text.slice(p.range.start, p.range.end)).toBe(p.text);
          }
          at += p.text.length;
        }
      }),
    );
  });

  test('the first (then longest) of overlapping ranges wins', () => {
    const parts = segment('on Sunday morning', [
      { start: 3, end: 9, data: 'b' },
      { start: 0, end: 9, data: 'a' },
      { start: 10, end: 17, data: 'c' },
    ]);
    expect(parts.map((p) => [p.text, p.range?.data ?? null])).toEqual([
      ['on Sunday', 'a'],
      [' ', null],
      ['morning', 'c'],
    ]);
  });
});

describe('dateRangeInMention', () => {
  const m = { text: 'ISF started its siege in October.', start: 100, end: 133, dateText: 'October', dateStart: 125, dateEnd: 132 };
  test('uses the body offsets when they agree with the text', () => {
    expect(dateRangeInMention(m)).toEqual({ start: 25, end: 32 });
  });
  test('falls back to the expression as written when offsets are off, and to nothing without one', () => {
    expect(dateRangeInMention({ ...m, dateStart: 7, dateEnd: 9 })).toEqual({ start: 25, end: 32 });
    expect(dateRangeInMention({ ...m, dateText: '' })).toBeNull();
    expect(dateRangeInMention({ ...m, dateText: 'November', dateStart: 0, dateEnd: 0 })).toBeNull();
  });
});

describe('pastedFileName', () => {
  test('a slug of the headline, unique by time, always a .txt name with safe characters', () => {
    expect(pastedFileName('Kurds retake Sinjar!', 1700000000000)).toBe(`pasted-kurds-retake-sinjar-${(1700000000000).toString(36)}.txt`);
    expect(pastedFileName(undefined, 35)).toBe('pasted-z.txt');
    fc.assert(fc.property(fc.string(), fc.nat(), (h, t) => /^pasted-[a-z0-9-]*[a-z0-9]\.txt$/.test(pastedFileName(h, t))));
  });
});
