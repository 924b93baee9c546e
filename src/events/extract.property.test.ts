import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { tag } from '../temporal/tag.ts';
import { PAST_WORDS, extractSource, hasPastHint } from './extract.ts';

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

describe('unresolved dates', () => {
  test('property: reported as the plain filter-and-slice did (first ten one by one, then a count)', () => {
    const piece = fc.constantFrom('On Tuesday', 'on Friday', 'last week', 'the next day', 'in March', 'Troops', 'retook', 'the city', '.', ',', '\n', '2014', 'yesterday');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((w) => w.join(' ')), fc.boolean(), (body, withReference) => {
      const ref = withReference ? '2017-07-09' : undefined;
      const parsed = source(body, ref);
      const got = extractSource(parsed).diagnostics.filter((d) => /cannot be resolved/.test(d.message));
      // The code it replaced, on the same tags.
      const want: unknown[] = [];
      const timexes = tag(body, ref ? { referenceDate: ref } : {});
      const unresolved = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && /X/.test(t.value));
      const why = ref ? 'its context does not say which' : 'the source has no reference date (add datePublished: YYYY-MM-DD to its front matter)';
      for (const t of unresolved.slice(0, 10)) {
        let line = 1;
        for (let i = body.indexOf('\n'); i !== -1 && i < t.start; i = body.indexOf('\n', i + 1)) line++;
        want.push({ file: 's.md', line, severity: 'warning', message: `"${t.text}" cannot be resolved to a date because ${why}; it is left off the timeline.` });
      }
      if (unresolved.length > 10) want.push({ file: 's.md', severity: 'warning', message: `${unresolved.length - 10} more relative dates cannot be resolved (${why}).` });
      expect(got).toEqual(want);
    }), { numRuns: 300 });
  });
});

describe('hasPastHint', () => {
  // The one pattern of its alternatives (the word list is compromise's irregular pasts with the common ones).
  const PAST_HINT = new RegExp(`[a-z](?:ed|en)\\b|\\b(?:${PAST_WORDS.join('|')})\\b`, 'i');
  test('the irregular pasts and participles of compromise\'s verbs are hints; saying and feeling are not', () => {
    for (const w of ['tore', 'swam', 'sworn', 'dug', 'wept', 'slid', 'knelt', 'sprang', 'withdrew']) expect(hasPastHint(`A hydrogen explosion ${w} through it.`), w).toBe(true);
    for (const w of ['said', 'felt', 'meant', 'heard']) expect(hasPastHint(`Officials ${w} so.`), w).toBe(false);
  });
  test('property: answers as the single pattern of its alternatives', () => {
    const piece = fc.constantFrom('was', 'WERE', 'Had', 'did', 'took', 'Won', 'understood', 'ed', 'en', 'ED', 'x', 'q', 'a', 'E', 'd', 'n', '1', '_', '-',
      ' ', '.', "'", '’', 'é', 'ſ', 'K', 'İ', 'seized', 'wasn', 'rebuilt', 'bitten', 'retook', 'set-up', 'tore', 'sworn', 'said');
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(piece, { maxLength: 12 }).map((a) => a.join('')));
    fc.assert(fc.property(text, (t) => {
      expect(hasPastHint(t)).toBe(PAST_HINT.test(t));
    }), { numRuns: 20_000 });
  });
});

