import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Chrono, type ParsedResult } from 'chrono-node';
import { createTaggerChrono } from './configuration.ts';
import type { NarrativeState, TaggingOption } from './context.ts';
import { splitSentences } from './sentences.ts';
import { timexOf } from './timexValue.ts';

/** Pieces of news text that make several results in a sentence, and results our filters drop. */
const PIECES = [
  'on', 'in', 'since', 'by', 'from', 'to', 'between', 'and', 'until', '-', '–', ',', '.', 'at', 'the end of', 'early', 'late', 'mid-',
  'last', 'next', 'this', 'the', 'the previous', 'that', 'week', 'weekend', 'month', 'year', 'day', 'Monday', 'Saturday', 'Sunday',
  'Tuesday', 'today', 'now', 'yesterday', 'tonight', 'ago', 'later', 'January', 'May', 'may', 'October', 'Oct.', 'July 4', '12', '2014',
  '2017', '9', '31', '1/2', '24/7', 'at 8', '8.1%', 'noon', 'midnight', '10:30', '5 p.m.', '8am', 'UTC', 'GMT', '+0200', '2017-07-08',
  '7/8/2017', '6 months', 'two years', 'Q3', 'the third quarter', 'every', 'Christmas', 'the 1990s', 'will', 'was', 'said', 'Black',
  'Bloody', 'march', 'sat', 'Sun', 'the second',
];
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((p) => p.join(' '));

const option = (): TaggingOption & { narrative: NarrativeState } => ({
  narrative: { reference: { year: 2017, month: 7, day: 9 }, anchor: { day: { year: 2017, month: 7, day: 9 } } },
});
const ref = new Date(2017, 6, 9, 12);
const view = (rs: ParsedResult[]) => rs.map((r) => [r.index, r.text, JSON.stringify(timexOf(r, true) ?? null)]);

describe("GatedChrono's shortcuts change nothing", () => {
  const tagger = createTaggerChrono();
  // chrono's own parse on the same parsers and refiners: every parser, every refiner on every list.
  const plain = (text: string, o: TaggingOption): ParsedResult[] => Chrono.prototype.parse.call(tagger, text, ref, o);

  function same(text: string): void {
    const a = option();
    const b = option();
    expect(view(tagger.parse(text, ref, a)), text).toEqual(view(plain(text, b)));
    expect(a.narrative.anchor).toEqual(b.narrative.anchor);
  }

  test('on phrases of dates, times, ranges and numbers our filters drop', () => {
    fc.assert(fc.property(sentence, same), { numRuns: 1500 });
  });

  test('on every sentence of the bundled articles', () => {
    for (const file of readdirSync('data').filter((f) => f.endsWith('.md'))) {
      const body = readFileSync(`data/${file}`, 'utf8');
      for (const s of splitSentences(body)) same(body.slice(s.start, s.end));
    }
  });
});
