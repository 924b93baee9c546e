import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractSource } from './extract.ts';

const WORDS = ['Troops', 'retook', 'the', 'city', 'on', 'Saturday', 'in', 'October', '2014', 'was', 'declared', 'after', 'rebels',
  'seized', 'it', ',', '.', '“', '”', '"', '(ISF)', 'Font Size:', 'Follow', 'her', 'him', 'who', 'which', 'nearly', 'nine-month',
  'operation', 'lasted', 'will', 'not', 'every', 'day', 'now', '\n', '\n\n', 'U.S.-backed', 'al-Abadi', 'Mosul’s', 'last', 'week', ':'];

function source(body: string, referenceDate?: string): ParsedSource {
  return { source: { id: 's', file: 's.md', referenceDateOrigin: 'none', ...(referenceDate ? { referenceDate } : {}), text: body }, body, bodyLine: 1, diagnostics: [], ok: true };
}

describe('extractSource on any text', () => {
  test('property: never throws, always ends, offsets slice the body, dates are ISO at their granularity', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' ')),
    );
    fc.assert(fc.property(text, fc.option(fc.constantFrom('2017-07-09', '2020-02-29', '1999-12-31'), { nil: undefined }), (body, ref) => {
      const x = extractSource(source(body, ref));
      expect(JSON.parse(JSON.stringify(x))).toEqual(x);
      for (const e of x.events) {
        expect(body.slice(e.mention.start, e.mention.end)).toBe(e.mention.text);
        expect(body.slice(e.mention.dateStart, e.mention.dateEnd)).toBe(e.mention.dateText);
        expect(e.start).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/);
        expect(e.title.length).toBeGreaterThan(0);
        if (ref) expect(e.start.slice(0, 10) <= ref).toBe(true);
      }
    }), { numRuns: 400 });
  });
});
