import { casual } from 'chrono-node';
import { expect, test } from 'vitest';
import { CASUAL_PARSER_NAMES, CASUAL_REFINER_NAMES, nameByPosition } from './chrono-names.ts';

test('the table names chrono-node casual parsers and refiners in their order (unminified here)', () => {
  const base = casual.clone();
  expect(base.parsers.map((p) => p.constructor.name)).toEqual([...CASUAL_PARSER_NAMES]);
  expect(base.refiners.map((r) => r.constructor.name)).toEqual([...CASUAL_REFINER_NAMES]);
});

test('a list of another shape is refused with a message saying what to update', () => {
  expect(() => nameByPosition(casual.clone().parsers.slice(1), CASUAL_PARSER_NAMES, 'parsers')).toThrow(/chrono-names\.ts/);
});
