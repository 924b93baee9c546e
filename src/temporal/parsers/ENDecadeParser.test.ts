import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const pairs = (s: string): [string, string, string | undefined][] => tag(s, { referenceDate: '2019-04-16' }).map((t) => [t.text, t.value, t.mod]);

// Without a leading "the", as TempEval-3's ("20th Century") and MEANTIME's ("70s") gold tag them;
// a modifier brings it back in ("the early 1800s").
describe('centuries and decades', () => {
  test('centuries in figures and in words', () => {
    expect(pairs('The spire, added in the 19th century, was designed by Eugène Viollet-le-Duc.')).toEqual([['19th century', '18', undefined]]);
    expect(pairs('The abbey was founded in the 12th century by Benedictine monks.')).toEqual([['12th century', '11', undefined]]);
    expect(pairs('The church dates from the fifth century.')).toEqual([['fifth century', '04', undefined]]);
    expect(pairs('It became the defining technology of the twenty-first century.')).toEqual([['twenty-first century', '20', undefined]]);
    expect(pairs('Workers restored a 19th-century mill.')).toEqual([['19th-century', '18', undefined]]);
  });
  test('a hundred-year "-00s" is its century; "the 2000s" and other decades stay decades', () => {
    expect(pairs('The house was built in the early 1800s.')).toEqual([['the early 1800s', '18', 'START']]);
    expect(pairs('The late 1800s saw rapid growth in the city.')).toEqual([['The late 1800s', '18', 'END']]);
    expect(pairs('Immigrants arrived in the 1900s and the 1920s.')).toEqual([['1900s', '19', undefined], ['1920s', '192', undefined]]);
    expect(pairs('Prices rose through the 2000s.')).toEqual([['2000s', '200', undefined]]);
    expect(pairs('The town grew quickly in the 1160s.')).toEqual([['1160s', '116', undefined]]);
  });
});
