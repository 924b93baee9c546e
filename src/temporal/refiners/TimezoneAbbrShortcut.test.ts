import { casual, Chrono, ParsingContext, type ParsingResult } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CASUAL_REFINER_NAMES } from '../chrono-names.ts';
import { TimezoneAbbrShortcut } from './TimezoneAbbrShortcut.ts';

const base = casual.clone();
const chronos = base.refiners[CASUAL_REFINER_NAMES.indexOf('ExtractTimezoneAbbrRefiner')]!;
const shortcut = new TimezoneAbbrShortcut(chronos);
// Raw results (no refiner): what the refiner sees in the tagger's chain is of the same kind.
const raw = new Chrono({ parsers: base.parsers, refiners: [] });
const ref = new Date(2017, 6, 4, 12);

const PIECES = ['at 10:30', '5 p.m.', 'noon', 'on Monday', 'July 4', '2017', 'said', 'in', 'ET', 'EST', 'est', 'GMT', 'UTC', 'PDT',
  '(EDT)', 'CET', 'BST', 'JST', 'IST', 'the', 'and', 'AM', 'CNN', 'USA', ',', ' ', '.', 'yesterday', 'tomorrow at 9', 'Aug. 3'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(' '));

function state(results: ParsingResult[]): string {
  return JSON.stringify(results.map((r) => [r.index, r.text, r.start.get('timezoneOffset'), r.start.isCertain('timezoneOffset'), r.end?.get('timezoneOffset') ?? null]));
}

function check(s: string): void {
  const context = new ParsingContext(s, ref, {});
  const a = chronos.refine(context, raw.parse(s, ref) as ParsingResult[]);
  const b = shortcut.refine(context, raw.parse(s, ref) as ParsingResult[]);
  expect(state(b), s).toBe(state(a));
}

describe('TimezoneAbbrShortcut changes what chrono changes', () => {
  test('on phrases of times and words', () => {
    fc.assert(fc.property(text, (s) => check(s)), { numRuns: 3000 });
  });
  test('on examples', () => {
    for (const s of ['at 10:30 ET on Monday', 'at 5 p.m. said', 'July 4 in Paris', 'at noon (EDT)', 'at 9 EST, the index', 'Monday GMT']) check(s);
  });
});
