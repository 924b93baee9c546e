import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tag } from '../tag.ts';
import { isSpace } from '../whitespace.ts';
import { BEFORE, mayEndWithModifier } from './ENModifierRefiner.ts';

/** mayEndWithModifier as it was written before it read char codes in place (a regex per space). */
function plainMayEnd(before: string): boolean {
  let k = before.length - 1;
  if (k < 0) return false;
  const last = before.charCodeAt(k);
  if ((last | 32) === 100) return true;
  if (last === 45) {
    if (k === 0) return false;
    const c = before.charCodeAt(k - 1) | 32;
    return c === 121 || c === 101 || c === 100 || c === 114;
  }
  if (!/\s/.test(before.charAt(k))) return false;
  while (k > 0 && /\s/.test(before.charAt(k - 1))) k--;
  if (k === 0) return false;
  const c = before.charCodeAt(k - 1) | 32;
  return c === 102 || c === 101 || c === 121 || c === 100 || c === 114;
}

const PIECES = ['the', 'end', 'of', 'very', 'beginning', 'start', 'middle', 'close', 'turn', 'dawn', 'early', 'late', 'mid', 'earlier', 'later',
  'EARLY', 'Mid', 'in', 'on', ' ', '  ', '\u00a0', '\u2028', '\t', '\n', '-', '–', 'x', 'd', 'D', 'é', ',', '\ufeff', '\u3000'];

test('mayEndWithModifier is false only where BEFORE cannot match', () => {
  const text = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), fc.constantFrom('', ' '), fc.string({ maxLength: 3 }), fc.boolean())
    .map(([parts, sep, tail, tailFirst]) => (tailFirst ? tail + parts.join(sep) : parts.join(sep) + tail));
  fc.assert(fc.property(text, (s) => !BEFORE.test(s) || mayEndWithModifier(s)), { numRuns: 20000 });
  for (const s of ['by the end of ', 'late ', 'mid-', 'mid', 'the very start of the ', 'earlier\u00a0', 'Late-']) expect(mayEndWithModifier(s)).toBe(true);
});

test('isSpace is /\\s/ on every code unit', () => {
  for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
});

test('mayEndWithModifier answers as its plain version', () => {
  const text = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  fc.assert(
    fc.property(text, (s) => {
      expect(mayEndWithModifier(s)).toBe(plainMayEnd(s));
    }),
    { numRuns: 20000 },
  );
});

describe('wire copy\'s "end-" before a year or a month', () => {
  test('"by end-2014", "at end-March" are the end of that year or month', () => {
    const tags = (s: string): string[] => tag(s, { referenceDate: '2013-03-22' }).map((t) => `${t.text}=${t.value}${t.mod ? ` ${t.mod}` : ''}`);
    expect(tags('Public debt will peak at 120 percent of GDP by end-2014, the IMF said.')).toEqual(['end-2014=2014 END']);
    expect(tags('Foreign reserves fell to $3 billion at end-March from $4.2 billion a month earlier.')).toContain('end-March=2013-03 END');
    expect(tags('The central bank aims to cut inflation to 5 percent by end-2015 or early-2016.')).toEqual(['end-2015=2015 END', 'early-2016=2016 START']);
    expect(tags('Bad loans stood at 8.4 percent of the total at end-December.')).toEqual(['end-December=2012-12 END']);
    // A word ending in "end" is no modifier.
    expect(tags('The bookend 2014 sale.').some((t) => t.includes('END'))).toBe(false);
  });
});
