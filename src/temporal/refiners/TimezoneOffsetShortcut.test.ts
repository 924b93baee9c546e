import { casual, Chrono, ParsingContext, type ParsingResult } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CASUAL_REFINER_NAMES } from '../chrono-names.ts';
import { TimezoneOffsetShortcut } from './TimezoneOffsetShortcut.ts';

const base = casual.clone();
const chronos = base.refiners[CASUAL_REFINER_NAMES.indexOf('ExtractTimezoneOffsetRefiner')]!;
const shortcut = new TimezoneOffsetShortcut(chronos);
// Raw results (no refiner): what the refiner sees in the tagger's chain is of the same kind.
const raw = new Chrono({ parsers: base.parsers, refiners: [] });
const ref = new Date(2017, 6, 4, 12);

const PIECES = ['at 10:30', '5 p.m.', 'noon', 'on Monday', 'July 4', '2017', 'said', 'in', '+0200', '-05:00', '+2', '- 3', '(GMT+1)', '(UTC -4)',
  'GMT+01:00', 'utc-8', 'UTC', 'gmt', 'Uganda', 'good', '(', ')', '-', '+', '\u00a0', '\u2009', '\n', ',', ' ', '.', 'yesterday', 'tomorrow at 9'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('')),
);

function state(results: ParsingResult[]): string {
  return JSON.stringify(results.map((r) => [r.index, r.text, r.start.get('timezoneOffset'), r.start.isCertain('timezoneOffset'), r.end?.get('timezoneOffset') ?? null]));
}

function check(s: string): void {
  const context = new ParsingContext(s, ref, {});
  const a = chronos.refine(context, raw.parse(s, ref) as ParsingResult[]);
  const b = shortcut.refine(context, raw.parse(s, ref) as ParsingResult[]);
  expect(state(b), s).toBe(state(a));
}

describe('TimezoneOffsetShortcut changes what chrono changes', () => {
  test('on phrases of times, offsets and words', () => {
    fc.assert(fc.property(text, (s) => check(s)), { numRuns: 3000 });
  });
  test('on examples', () => {
    for (const s of ['at 10:30 +0200 on Monday', 'at 5 p.m. said', 'at noon (GMT+1)', 'at 9 UTC-5, the index', 'Monday  -05:00', 'at 8 good', 'at 8\u00a0+1']) check(s);
  });
});
