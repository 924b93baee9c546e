import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { inferReferenceDates, latestExplicitDate, shingles } from './reference-date.ts';

function parsed(file: string, body: string, referenceDate?: string): ParsedSource {
  return {
    source: { id: file.replace(/\..*$/, ''), file, referenceDateOrigin: referenceDate ? 'datePublished' : 'none', ...(referenceDate ? { referenceDate } : {}), text: body },
    body, bodyLine: 1, diagnostics: [], ok: true,
  };
}

const WIRE = 'Mosul served as the de facto capital of the group in Iraq, second only to Raqqa, its capital in Syria. It was there that its reclusive leader first announced his caliphate to the world.';

describe('inferReferenceDates', () => {
  test('a dated source keeps its date and gets no warning', () => {
    const [a] = inferReferenceDates([parsed('a.md', 'Troops entered the city on Saturday.', '2017-07-09')]);
    expect(a!.source).toMatchObject({ referenceDate: '2017-07-09', referenceDateOrigin: 'datePublished' });
    expect(a!.diagnostics).toEqual([]);
  });

  test('a source reproducing passages of a dated one is no older than it', () => {
    const out = inferReferenceDates([
      parsed('copy.md', `The United States just celebrated a big win.\n\nThe Daily Caller reported:\n\n${WIRE}`),
      parsed('wire.md', `Iraqi forces retook Mosul on Saturday.\n\n${WIRE}`, '2017-07-09'),
    ]);
    const copy = out.find((p) => p.source.file === 'copy.md')!;
    expect(copy.source).toMatchObject({ referenceDate: '2017-07-09', referenceDateOrigin: 'inferred' });
    expect(copy.diagnostics).toEqual([expect.objectContaining({ file: 'copy.md', line: 1, severity: 'warning', message: expect.stringContaining('reproduces passages of wire.md') })]);
  });

  test('the later of two bounds wins: its own latest explicit date after the copied source', () => {
    const out = inferReferenceDates([
      parsed('copy.md', `On July 20, 2017, the mayor reopened the bridge.\n\n${WIRE}`),
      parsed('wire.md', WIRE, '2017-07-09'),
    ]);
    expect(out[0]!.source.referenceDate).toBe('2017-07-20');
    expect(out[0]!.diagnostics[0]!.message).toContain('latest date its own text states');
  });

  test('a few shared words are not a reproduced passage', () => {
    const out = inferReferenceDates([
      parsed('other.md', 'Mosul served as the de facto capital of a kingdom long ago.'),
      parsed('wire.md', WIRE, '2017-07-09'),
    ]);
    expect(out[0]!.source.referenceDateOrigin).toBe('none');
    expect(out[0]!.diagnostics[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('cannot be resolved') });
  });

  test('never the wall clock, and the order of sources does not matter', () => {
    const a = parsed('copy.md', WIRE), b = parsed('wire.md', WIRE, '2016-01-02'), c = parsed('wire2.md', WIRE, '2016-01-02');
    const one = inferReferenceDates([a, b, c]).find((p) => p.source.file === 'copy.md')!;
    const two = inferReferenceDates([c, b, a]).find((p) => p.source.file === 'copy.md')!;
    expect(one).toEqual(two);
    expect(one.source.referenceDate).toBe('2016-01-02');
  });

  test('unreadable sources are left alone', () => {
    const broken: ParsedSource = { ...parsed('bin.md', ''), ok: false };
    expect(inferReferenceDates([broken])).toEqual([broken]);
  });
});

describe('helpers', () => {
  test('shingles ignore case, punctuation and quote styles', () => {
    expect(shingles('It’s one two three four five six seven.')).toEqual(shingles("IT'S one, two; three four five six SEVEN"));
    expect(shingles('too short')).toEqual(new Set());
  });
  test('latest explicit date: only dates stating their year, at their last day', () => {
    expect(latestExplicitDate('ISIS seized Mosul in 2014. Troops returned in October 2016. They left on Sunday.')).toBe('2016-10-31');
    expect(latestExplicitDate('They left on Sunday.')).toBeNull();
  });
});
