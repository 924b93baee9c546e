/**
 * A past progressive ("was falling apart", "were failing", "was trading below") tells what was going on around a
 * happening, not a happening: no event, unless a verb of saying reports it ("GM said it was cancelling a deal").
 */
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractSource } from './extract.ts';
import type { ExtractedEvent } from './types.ts';

function source(body: string, referenceDate: string): ParsedSource {
  return {
    source: { id: 'doc', file: 'doc.md', referenceDateOrigin: 'datePublished', referenceDate, text: body },
    body, bodyLine: 5, diagnostics: [], ok: true,
  };
}

const brief = (e: ExtractedEvent): string => `${e.title} @ ${e.start}${e.qualifier ? ` ~${e.qualifier}` : ''}${e.inferred ? ' (inferred)' : ''}`;
const run = (body: string, ref: string): string[] => extractSource(source(body, ref)).events.map(brief);

describe('a past progressive is the background of a happening', () => {
  test('sport, buildings, markets: the happening stays, what was going on does not', () => {
    expect(run('The club won the league title on Saturday, completing a turnaround few thought possible when its season was falling apart in September.', '2023-05-07'))
      .toEqual(['Club wins league title @ 2023-05-06']);
    expect(run('A lottery grant paid for repairs in 2004, but by 2019 the wiring was failing.', '2025-06-14')).toEqual(['Lottery grant pays for repairs @ 2004']);
    expect(run('Stocks rallied late on Monday. Before the rally, the index was trading below 11,000 points.', '2008-10-28')).toEqual(['Stocks rally @ 2008-10-27 ~end']);
  });

  test('reported by a verb of saying, it is the happening told', () => {
    expect(run('On Tuesday, GM said it was cancelling a deal to sell Opel to Magna.', '2009-11-05')).toEqual(['GM cancels deal @ 2009-11-03 ~before (inferred)']);
  });
});
