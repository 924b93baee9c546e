import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedMask, tokenize } from './tokens.ts';

/** The plain pattern tokenize must cut text as (it skips the pattern for common ASCII tokens). */
const TOKEN = /[$€£¥]?\p{N}+(?:[.,\-–]\p{N}+)*(?:%|\p{L}+|(?:-\p{L}+)+)?|(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’&\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

function reference(body: string, start: number, end: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(body); m !== null && m.index < end; m = TOKEN.exec(body)) {
    const e = Math.min(m.index + m[0].length, end);
    out.push([m.index, e, body.slice(m.index, e)]);
  }
  return out;
}

describe('tokenize', () => {
  it('cuts any text where the token pattern does, also inside a stretch of it', () => {
    const piece = fc.constantFrom('a', 'B', 'z', '9', '0', '.', "'", '’', '&', '-', '–', '$', '€', '%', ',', ' ', '\n', '\t', 'é', 'İ', '𝐀',
      '\u0000', '\u001f', '\u00a0', '\u2009', 'ab', 'U.S.', 'x1', 'Mosul’s', 'al-Abadi', '3.5', '1,000');
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(piece, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (body, a, b) => {
      const start = body.length ? a % (body.length + 1) : 0;
      const end = start + (body.length - start ? b % (body.length - start + 1) : 0);
      const got = tokenize(body, start, end, [], new Uint8Array(body.length)).map((t): [number, number, string] => [t.start, t.end, t.text]);
      expect(got).toEqual(reference(body, start, end));
    }), { numRuns: 3000 });
  });

  it('marks quoted text as a walk over every character does', () => {
    // The plain walk quotedMask must agree with (it jumps between the characters that matter).
    const walk = (body: string): Uint8Array => {
      const mask = new Uint8Array(body.length);
      let curly = false, straight = false;
      for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i), next = body.charCodeAt(i + 1);
        if (c === 0x0a && next === 0x0a) straight = false;
        if (c === 0x201c || (c === 0x60 && next === 0x60)) curly = true;
        else if (c === 0x201d || (c === 0x27 && next === 0x27)) curly = false;
        else if (c === 0x22) straight = !straight;
        mask[i] = curly || straight || c === 0x201d || c === 0x22 || (c === 0x27 && body.charCodeAt(i - 1) === 0x27) ? 1 : 0;
      }
      return mask;
    };
    const piece = fc.constantFrom('a', ' ', '\n', '\n\n', '"', "'", "''", '`', '``', '“', '”', '’', 'x y', '\n \n', '𝐀');
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(piece, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(fc.property(text, (body) => {
      expect([...quotedMask(body)]).toEqual([...walk(body)]);
    }), { numRuns: 3000 });
  });
});
