import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Cue, cuesOf } from '../cues.ts';
import { splitSentences } from '../sentences.ts';
import { ENDurationParser } from './ENDurationParser.ts';

const parser = new ENDurationParser();
const pattern = parser.pattern();

/**
 * ENDurationParser's extract gives a result only for a match with a number (group 4) or a plural
 * unit (group 5). Walks the matches as GatedChrono does when each extract gives nothing (the next
 * search starts one character after the last match): when none has either, the parser can yield
 * nothing, so its gate may stay shut; otherwise `Cue.duration` must be set.
 */
function check(text: string): void {
  const open = (cuesOf(text) & Cue.duration) !== 0;
  let from = 0;
  let match = pattern.exec(text);
  while (match) {
    const unit = (match[5] ?? '').toLowerCase();
    const plural = unit.endsWith('s');
    if (match[4] !== undefined || plural) expect(open, `${JSON.stringify(text)} at ${from + match.index}`).toBe(true);
    from += match.index + 1;
    match = pattern.exec(text.substring(from));
  }
}

const PIECES = [
  'a', 'an', 'A', 'one', 'two', 'twenty', 'twenty-one', 'Nine', 'single', 'some', 'several', 'few', 'a few', 'many', 'a couple of',
  'a dozen', 'dozen', 'and a half', 'half', 'of', '1', '12', '1.5', '2017', 'x1', 'about', 'over', 'nearly', 'more than', 'the',
  'past', 'last', 'next', 'recent', 'first', 'full', 'whole', 'straight', 'consecutive', 'trading', 'long', 'more', 'year', 'years',
  'Year', 'YEARS', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'Days', 'hour', 'hours', 'hr', 'hrs', 'minute',
  'mins', 'min', 'second', 'seconds', 'quarter', 'quarters', 'decade', 'decades', 'century', 'centuries', 'fortnight', 'fortnights',
  'long', '-long', 'old', 'ago', 'later', 'holiday', 'today', 'x', '$', '’', "'", '_', '£', '.', ',', '(', '-', '–', 'ayear', '5years',
];
const SEPARATORS = [' ', '', '-', '  ', '\n', ', ', ' - ', '\t', '_', '.'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

describe('Cue.duration: set wherever ENDurationParser can yield', () => {
  test('on phrases built from its pattern’s words', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 30 })), (s) => check(s)), { numRuns: 20000 });
  });

  test('on every sentence of the bundled articles', () => {
    for (const file of readdirSync('data').filter((f) => f.endsWith('.md'))) {
      const body = readFileSync(`data/${file}`, 'utf8');
      for (const s of splitSentences(body)) check(body.slice(s.start, s.end));
    }
  });
});
