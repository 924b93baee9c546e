/**
 * Periods named as a whole (held-out set 2, kind E4): seasons, decades and centuries from the tagger
 * (2022-FA, 195, 18) date a clause as a span at the granularity the model has (months of a season,
 * years of a decade), not as a point, and not at all when they only describe a noun.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractSource } from './extract.ts';
import { timexDate } from './timex-date.ts';
import type { ExtractedEvent } from './types.ts';

function source(body: string, referenceDate: string): ParsedSource {
  return {
    source: { id: 'doc', file: 'doc.md', referenceDateOrigin: 'datePublished', referenceDate, text: body },
    body, bodyLine: 5, diagnostics: [], ok: true,
  };
}

const brief = (e: ExtractedEvent): string => `${e.title} @ ${e.start}${e.end ? `..${e.end}` : ''} ${e.granularity}${e.qualifier ? ` ~${e.qualifier}` : ''}${e.inferred ? ' (inferred)' : ''}`;
const run = (body: string, ref: string): string[] => extractSource(source(body, ref)).events.map(brief);

describe('timexDate: a period as its first part through its last', () => {
  test('seasons as their months (winter runs into the next year, as the tagger counts it)', () => {
    const span = (v: string): string => { const d = timexDate(v)!; return `${d.iso}..${d.through!.iso} ${d.granularity}`; };
    expect(span('2022-SP')).toBe('2022-03..2022-05 month');
    expect(span('2022-SU')).toBe('2022-06..2022-08 month');
    expect(span('2022-FA')).toBe('2022-09..2022-11 month');
    expect(span('2021-WI')).toBe('2021-12..2022-02 month');
  });

  test('decades and centuries as their years', () => {
    const span = (v: string): string => { const d = timexDate(v)!; return `${d.iso}..${d.through!.iso} ${d.granularity}`; };
    expect(span('195')).toBe('1950..1959 year');
    expect(span('199')).toBe('1990..1999 year');
    expect(span('116')).toBe('1160..1169 year');
    expect(span('18')).toBe('1800..1899 year');
    expect(span('04')).toBe('0400..0499 year');
  });

  test('a weekend as its Saturday through its Sunday (across a year too)', () => {
    const span = (v: string): string => { const d = timexDate(v)!; return `${d.iso}..${d.through!.iso} ${d.granularity}`; };
    expect(span('2010-W02-WE')).toBe('2010-01-16..2010-01-17 day');
    expect(span('2020-W53-WE')).toBe('2021-01-02..2021-01-03 day');
    expect(timexDate('2010-W02')).toEqual({ iso: '2010-01', granularity: 'month', year: 2010, month: 1 });
  });

  test('calendar values have no `through`; other values give null', () => {
    expect(timexDate('2016-10')).toEqual({ iso: '2016-10', granularity: 'month', year: 2016, month: 10 });
    expect(timexDate('2013-W23')!.through).toBeUndefined();
    for (const v of ['2023-Q3', '2023-H1', 'FY2023', 'XXXX-FA', '2022-XX', 'PRESENT_REF', 'P3Y', '1', '19a', 'BC0044', '2022-FAX']) expect(timexDate(v), v).toBeNull();
  });

  test('property: a period holds its first part, ends after it at the same granularity, and its days run on', () => {
    const season = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom('SP', 'SU', 'FA', 'WI')).map(([y, s]) => `${y}-${s}`);
    const decade = fc.integer({ min: 0, max: 299 }).map((n) => String(n).padStart(3, '0'));
    const century = fc.integer({ min: 0, max: 29 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(fc.property(fc.oneof(season, decade, century), (v) => {
      const d = timexDate(v)!;
      expect(d.through!.granularity).toBe(d.granularity);
      expect(d.through!.iso > d.iso).toBe(true);
      const months = (d.through!.year - d.year) * 12 + (d.through!.month ?? 12) - (d.month ?? 1) + 1;
      expect(months).toBe(v.length === 7 ? 3 : v.length === 3 ? 120 : 1200);
    }), { numRuns: 2000 });
  });
});

describe('a clause dated by a period spans it', () => {
  test('decades (museum, explainer, business stories)', () => {
    expect(run('The wing was rebuilt in the 1950s in a plainer style that critics never warmed to.', '2025-06-14'))
      .toEqual(['Wing rebuilt @ 1950..1959 year']);
    expect(run('In the 1990s, with visitor numbers falling and its roof leaking, the gallery shut its upper floors for nearly a decade.', '2025-06-14'))
      .toEqual(['Gallery shuts upper floors @ 1990..1999 year']);
    expect(run('The carmaker moved its headquarters to Detroit in the early 1920s.', '2008-05-01'))
      .toEqual(['Carmaker moves headquarters to Detroit @ 1920..1929 year ~start']);
  });

  test('centuries (heritage and history stories)', () => {
    expect(run('The abbey was destroyed by fire in the 12th century.', '2019-04-16'))
      .toEqual(['Fire destroys abbey @ 1100..1199 year']);
    expect(run('The town was founded by fur traders in the late 1700s.', '2019-04-16'))
      .toEqual(['Fur traders found town @ 1700..1799 year ~end']);
  });

  test('seasons (politics, war history, business stories)', () => {
    expect(run('Camilleri, who entered parliament in 2017, took over the Nationalist leadership in the autumn of 2022 after the party\'s third consecutive defeat.', '2025-03-10'))
      .toContain('Camilleri takes over Nationalist leadership @ 2022-09..2022-11 month');
    expect(run('Soviet troops reached Berlin in the spring of 1945.', '2015-05-08'))
      .toEqual(['Soviet troops reach Berlin @ 1945-03..1945-05 month']);
    expect(run('The railroad installed fatigue-monitoring equipment in its locomotives last autumn.', '2023-06-14'))
      .toEqual(['Railroad installs fatigue-monitoring equipment @ 2022-09..2022-11 month']);
    expect(run('The city flooded last winter.', '2025-03-10'))
      .toEqual(['City floods @ 2024-12..2025-02 month']);
  });

  test('a period not yet over ends at the reference date: the happening was told in the past', () => {
    expect(run('The company opened three stores this summer.', '2024-07-10'))
      .toEqual(['Company opens three stores @ 2024-06..2024-07 month']);
  });

  test('a period dates its own sentence only: the sentences after it keep their own time', () => {
    expect(run('Rescuers reached the village on Tuesday. The village was rebuilt in the 1950s after a flood. Rescuers found two survivors.', '2019-04-16'))
      .toEqual(['Rescuers reach village @ 2019-04-16 day', 'Village rebuilt @ 1950..1959 year', 'Rescuers find two survivors @ 2019-04-16 day (inferred)']);
    expect(run('Markets rose on Monday. The G7 nations met in Washington while the IMF held its autumn meetings. The Nasdaq rose by 11.81%.', '2008-10-13'))
      .toEqual(['Markets rise @ 2008-10-13 day', 'G7 nations meet in Washington @ 2008-10-13 day (inferred)', 'Nasdaq rises by 11.81% @ 2008-10-13 day (inferred)']);
  });

  test('a weekend dates its clause to its two days (aviation, banking stories published on a Monday)', () => {
    expect(run('The glitch only became public this weekend, when German magazine Der Spiegel cited confidential documents.', '2010-01-25'))
      .toEqual(['Glitch becomes public @ 2010-01-23..2010-01-24 day', 'German magazine Der Spiegel cites confidential documents @ 2010-01-23..2010-01-24 day (inferred)']);
    expect(run('Lehman Brothers filed for bankruptcy on Monday after Barclays PLC pulled out of negotiations over the weekend.', '2008-09-17'))
      .toContain('Barclays PLC pulls out of negotiations @ 2008-09-13..2008-09-14 day');
  });

  test('a period that describes a noun does not date the clause', () => {
    expect(run('The redesign rid Detroit of the boxy cars of the 70s and 80s.', '2006-10-27')).toEqual([]);
    expect(run('Workers removed the 1950s facade.', '2025-06-14')).toEqual([]);
    expect(run('The bones were spotted on 3 March 2021, when a winter storm had stripped sand from a tidal platform.', '2023-04-05'))
      .not.toContainEqual(expect.stringMatching(/2023-12|2020-12/));
  });
});
