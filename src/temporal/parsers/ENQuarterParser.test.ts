import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';

const pairs = (s: string, ref: string): [string, string][] => tag(s, { referenceDate: ref }).map((t) => [t.text, t.value]);

describe('halves written as analysts do', () => {
  test('"H1 2023", "2024-H1", and a bare "H1" where a period is expected', () => {
    expect(pairs('Net profit rose 12% in H1 2023, the bank said.', '2023-08-16')).toEqual([['H1 2023', '2023-H1']]);
    expect(pairs('The company cut its guidance for 2024-H1.', '2023-08-16')).toEqual([['2024-H1', '2024-H1']]);
    expect(pairs('Margins improved in H1 compared with a year earlier.', '2023-08-16')).toEqual([['H1', '2023-H1'], ['a year earlier', '2022']]);
  });
  test('visas and other names are no halves', () => {
    for (const s of ['The H1 visa program grew.', 'Applications for H1 visas fell.', 'The H1N1 virus spread.', 'Employers filed H1-B petitions.']) {
      expect(pairs(s, '2023-08-16'), s).toEqual([]);
    }
  });
});
