import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ParsingContext, type ParsingResult } from 'chrono-node';
import { annotationOf } from '../annotation.ts';
import { ENCommonWordFilter } from './ENCommonWordFilter.ts';

const NAME_WORD = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/gi;

/** The filter as written before its char-code tests. */
function plainKeeps(context: ParsingContext, r: ParsingResult): boolean {
  if (annotationOf(r.start)) return true;
  if (/[A-Z]/.test(context.text)) {
    NAME_WORD.lastIndex = 0;
    for (let m = NAME_WORD.exec(r.text); m; m = NAME_WORD.exec(r.text)) if (!/^[A-Z]/.test(m[0])) return false;
  }
  const word = r.text.trim().replace(/^on\s+/i, '');
  if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i.test(word) && context.text.charAt(r.index + r.text.length) !== '.') return false;
  return true;
}

const PIECES = ['Mon', 'mon', 'TUE', 'Tues', 'wed', 'Thu', 'thur', 'Thurs', 'fri', 'Sat', 'sun', 'Sun', 'on', 'On', ' ', '  ', '\u00a0', '\u2009',
  '\n', '.', ',', 'March', 'march', 'may', 'May', '5', '2014', 'the', 'a', 'x', 'ſ', 'K'];

test('ENCommonWordFilter keeps the results its plain version keeps', () => {
  const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
  const spans = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 });
  fc.assert(
    fc.property(text, spans, (t, ss) => {
      const context = new ParsingContext(t, new Date(2017, 6, 9, 12));
      const results = ss.map(([a, b]) => {
        const start = a % t.length;
        return context.createParsingResult(start, start + 1 + (b % (t.length - start)));
      });
      expect(new ENCommonWordFilter().refine(context, results)).toEqual(results.filter((r) => plainKeeps(context, r)));
    }),
    { numRuns: 20000 },
  );
});
