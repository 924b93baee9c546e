import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { ENDecadeParser } from './ENDecadeParser.ts';
import { ENMonthOfRelativeYearParser } from './ENMonthOfRelativeYearParser.ts';
import { ENPresentRefParser } from './ENPresentRefParser.ts';
import { ENUtcClockParser } from './ENUtcClockParser.ts';
import { ENWeekOfMonthParser } from './ENWeekOfMonthParser.ts';
import type { WordBoundaryParser } from './WordBoundaryParser.ts';

const PARSERS: WordBoundaryParser[] = [
  new ENDecadeParser(), new ENMonthOfRelativeYearParser(), new ENPresentRefParser(),
  new ENWeekOfMonthParser(), new ENUtcClockParser(),
];

/** Words of the parsers' patterns, in any case, glued by spaces, dashes or nothing. */
const PIECES = [
  'the', 'this', 'last', 'next', 'past', 'previous', 'coming', 'following', 'current', 'currently', 'now', 'right now', 'nowadays',
  'presently', 'at present', 'the present', 'to date', 'at the moment', 'these days', 'the time being', 'week', 'weekend', 'week-end',
  'month', 'quarter', 'year', 'decade', 'century', 'Monday', 'sunday', 'January', 'May', 'december', 'of', 'first', 'final',
  '1990', '1990s', "1990's", '1990’s', "'80s", '80s', 'twenties', 'Nineties', '19th', '21st', 'century', 'Christmas', 'christmas eve',
  'boxing day', "New Year's Day", 'new year’s eve', "valentine's day", 'Halloween', 'independence day', 'bastille day', 'Easter',
  'easter monday', 'good friday', 'thanksgiving', 'memorial day', 'labor day', 'martin luther king jr. day', '9/11', '2014', '1800',
  '0930', '2359', 'UTC', 'GMT', 'Z', 'z', 'utc', '2014-15', '2009–2011', '1999-2000', '-', '–', ' ', ',', '.', "'", '’',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '-', '  '), fc.boolean()), { maxLength: 12 })
  .map((parts) => parts.map(([p, sep, upper]) => (upper ? p.toUpperCase() : p) + sep).join(''));

function check(sentence: string): void {
  for (const p of PARSERS) {
    if (p.innerPattern().exec(sentence) || p.pattern().exec(sentence)) expect(p.mayMatch?.(sentence, sentence.toLowerCase()), `${p.constructor.name} on ${JSON.stringify(sentence)}`).toBe(true);
  }
}

describe('mayMatch: false only where the pattern cannot match', () => {
  test('on phrases built from the patterns’ words', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (s) => check(s)), { numRuns: 3000 });
  });

  test('on every sentence of the bundled articles', () => {
    for (const file of readdirSync('data').filter((f) => f.endsWith('.md'))) {
      const body = readFileSync(`data/${file}`, 'utf8');
      for (const s of splitSentences(body)) check(body.slice(s.start, s.end));
    }
  });
});
