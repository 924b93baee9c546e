import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ParsedResult } from 'chrono-node';
import { createTaggerChrono } from '../configuration.ts';
import type { NarrativeState, TaggingOption } from '../context.ts';
import { splitSentences } from '../sentences.ts';
import { timexOf } from '../timexValue.ts';
import { ChronoResultsOnly } from './ChronoResultsOnly.ts';

/** Pieces that make lists of chrono's results, ours, and both (merges, time zones, ranges, years). */
const PIECES = [
  'on', 'in', 'since', 'from', 'to', 'between', 'and', '-', ',', '.', 'at', 'the end of', 'last', 'next', 'this', 'week', 'month', 'year',
  'Monday', 'Tuesday', 'today', 'yesterday', 'tonight', 'ago', 'January', 'May', 'Oct.', 'July 4', '12', '2014', '2017', '9', '31',
  '1/2', 'noon', '10:30', '5 p.m.', '8am', 'UTC', 'GMT', 'EST', '(EDT)', '+0200', '-05:00', '2017-07-08', '7/8/2017', '6 months',
  'two years', 'Q3', 'every', 'Christmas', 'the 1990s', 'said', 'March 3 to March 5', 'Monday at 9', 'Aug. 3, 2016', 'now',
];
const sentence = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 24 }).map((p) => p.join(' '));

const option = (): TaggingOption & { narrative: NarrativeState } => ({
  narrative: { reference: { year: 2017, month: 7, day: 9 }, anchor: { day: { year: 2017, month: 7, day: 9 } } },
});
const ref = new Date(2017, 6, 9, 12);
const view = (rs: ParsedResult[]) => rs.map((r) => [r.index, r.text, JSON.stringify(timexOf(r, true) ?? null)]);

describe('ChronoResultsOnly over several refiners', () => {
  const chained = createTaggerChrono();
  // The same configuration with one wrapper per refiner, as it was.
  const single = createTaggerChrono();
  single.refiners = single.refiners.flatMap((r) => (r instanceof ChronoResultsOnly ? r.inners.map((inner) => new ChronoResultsOnly(inner)) : [r]));

  test('the configuration has runs of chrono refiners in one wrapper', () => {
    expect(chained.refiners.some((r) => r instanceof ChronoResultsOnly && r.inners.length > 1)).toBe(true);
  });

  function same(text: string): void {
    const a = option();
    const b = option();
    expect(view(chained.parse(text, ref, a)), text).toEqual(view(single.parse(text, ref, b)));
    expect(a.narrative.anchor).toEqual(b.narrative.anchor);
  }

  test('refines as one wrapper per refiner does, on generated phrases', () => {
    fc.assert(fc.property(sentence, same), { numRuns: 1500 });
  });

  test('on every sentence of the bundled articles', () => {
    for (const file of readdirSync('data').filter((f) => f.endsWith('.md'))) {
      const body = readFileSync(`data/${file}`, 'utf8');
      for (const s of splitSentences(body)) same(body.slice(s.start, s.end));
    }
  });
});
