/**
 * Spans from a length of time: the span ends at the time in force only when the happening it measures
 * is just over; a length in a plan, of another span, or with the happening inside or at its start
 * makes none (held-out set 2: "midway through a five-year term" gave a false 2017-03/2022-03).
 */
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractSource } from './extract.ts';

function source(body: string, referenceDate: string): ParsedSource {
  return {
    source: { id: 'doc', file: 'doc.md', referenceDateOrigin: 'datePublished', referenceDate, text: body },
    body, bodyLine: 5, diagnostics: [], ok: true,
  };
}

/** The spans a body gives, as "title start..end". */
const spans = (body: string, ref: string): string[] => extractSource(source(body, ref)).events
  .filter((e) => e.signature[0] === 'span').map((e) => `${e.title} ${e.start}..${e.end}`);

describe('a span ends at the time in force when what it measures is just over', () => {
  test('an operation, a campaign that lasted, a siege ended (war stories)', () => {
    expect(spans('The victory is the culmination of a nearly nine-month operation to retake the city.', '2017-07-09'))
      .toEqual(['Operation to retake city 2016-10..2017-07']);
    expect(spans('The general praised the soldiers for a campaign against the rebels that lasted two years.', '2020-03-01'))
      .toEqual(['Campaign against rebels 2018-03..2020-03']);
    expect(spans('The army ended a two-year siege of the city on Monday.', '2023-05-01')).toEqual(['Siege of city 2021-05..2023-05']);
  });
});

describe('no span when it does not end then', () => {
  test('the happening is inside it (government, courts)', () => {
    expect(spans("The FAA's last confirmed administrator, Steve Dickson, resigned in March 2022, midway through a five-year term.", '2023-05-01')).toEqual([]);
    expect(spans('Two years into a ten-year sentence, he was released on Monday.', '2023-05-01')).toEqual([]);
  });

  test('a plan, or another span than the one just over (air crash search, politics)', () => {
    expect(spans('If this search proves fruitless then the BEA will seek money for a further three-month search.', '2009-06-20')).toEqual([]);
    expect(spans('Putin won a second six-year term in 2012.', '2013-05-01')).toEqual([]);
  });

  test('it starts at the clause\'s time (courts, sport)', () => {
    expect(spans('He began a 10-year sentence in 2015.', '2023-05-01')).toEqual([]);
    expect(spans('The former mayor was sentenced to a five-year term on Monday.', '2023-05-01')).toEqual([]);
    expect(spans('The coach signed a three-year contract extension in March.', '2023-05-01')).toEqual([]);
  });
});
