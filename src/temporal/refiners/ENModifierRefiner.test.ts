import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BEFORE, mayEndWithModifier } from './ENModifierRefiner.ts';

const PIECES = ['the', 'end', 'of', 'very', 'beginning', 'start', 'middle', 'close', 'turn', 'dawn', 'early', 'late', 'mid', 'earlier', 'later',
  'EARLY', 'Mid', 'in', 'on', ' ', '  ', '\u00a0', '\u2028', '\t', '\n', '-', '–', 'x', 'd', 'D', 'é', ',', '\ufeff', '\u3000'];

test('mayEndWithModifier is false only where BEFORE cannot match', () => {
  const text = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), fc.constantFrom('', ' '), fc.string({ maxLength: 3 }), fc.boolean())
    .map(([parts, sep, tail, tailFirst]) => (tailFirst ? tail + parts.join(sep) : parts.join(sep) + tail));
  fc.assert(fc.property(text, (s) => !BEFORE.test(s) || mayEndWithModifier(s)), { numRuns: 20000 });
  for (const s of ['by the end of ', 'late ', 'mid-', 'mid', 'the very start of the ', 'earlier\u00a0', 'Late-']) expect(mayEndWithModifier(s)).toBe(true);
});
