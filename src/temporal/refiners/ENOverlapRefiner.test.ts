import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ParsingContext, type ParsingResult } from 'chrono-node';
import { ENOverlapRefiner } from './ENOverlapRefiner.ts';

/** The refiner as written before its early return: a sorted copy, the longer of two overlapping results kept. */
function plain(results: ParsingResult[]): ParsingResult[] {
  const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: ParsingResult[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.index < prev.index + prev.text.length) {
      if (r.text.length > prev.text.length) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

test('ENOverlapRefiner keeps what its plain version keeps', () => {
  const text = 'On Monday, May 5, 2014 at 10:30 it rained; by the end of the week it had stopped.';
  const context = new ParsingContext(text, new Date(2017, 6, 9, 12));
  const span = fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 12 }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 4 }), (spans) => {
      const results = spans.map(([i, n]) => context.createParsingResult(i, Math.min(text.length, i + n)));
      expect(new ENOverlapRefiner().refine(context, results)).toEqual(plain(results));
    }),
    { numRuns: 5000 },
  );
});
