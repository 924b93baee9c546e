import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLexiconAbbreviation } from './lexicon.ts';
import { isAbbreviationWord } from './sentences.ts';
import { baseClassParts, quotedMask, quotedMaskShared, settleEveryToken, timexBounds, timexBoundsShared, tokenize } from './tokens.ts';

const NO_SPANS = new Int32Array(0);

/** The plain pattern tokenize must cut text as (it skips the pattern for common ASCII tokens). */
const TOKEN = /[$€£¥]?\p{N}+(?:[.,\-–]\p{N}+)*(?:%|\p{L}+|(?:-\p{L}+)+)?|(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’&\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

function reference(body: string, start: number, end: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(body); m !== null && m.index < end; m = TOKEN.exec(body)) {
    let e = Math.min(m.index + m[0].length, end);
    // "No. 1", "Inc. agreed": an abbreviation keeps its full stop inside the stretch (a stretch cut inside
    // "5km." reads "km.": random cuts found it).
    const lower = body.slice(m.index, e).toLowerCase().replace(/’/g, "'");
    if (e < end - 1 && body[e] === '.' && !/[A-Za-z0-9]/.test(body[e + 1]!) && (isAbbreviationWord(lower) || isLexiconAbbreviation(lower))) TOKEN.lastIndex = ++e;
    out.push([m.index, e, body.slice(m.index, e)]);
  }
  return out;
}

describe('tokenize', () => {
  it('cuts any text where the token pattern does, also inside a stretch of it', () => {
    const piece = fc.constantFrom('a', 'B', 'z', '9', '0', '.', "'", '’', '&', '-', '–', '$', '€', '%', ',', ' ', '\n', '\t', 'é', 'İ', '𝐀',
      '\u0000', '\u001f', '\u00a0', '\u2009', 'ab', 'U.S.', 'x1', 'Mosul’s', 'al-Abadi', '3.5', '1,000',
      // Digits and marks of other scripts and the punctuation block next to the ASCII the scanner reads.
      '²', '٣', '—', '…', '“', '”', '‐', '\u2027', '\u2028', '\u200f', '£', '5km', '30-year-old', '$5', '1.5.', 'Ü', 'Inc', 'No', 'km');
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(piece, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (body, a, b) => {
      const start = body.length ? a % (body.length + 1) : 0;
      const end = start + (body.length - start ? b % (body.length - start + 1) : 0);
      const got = tokenize(body, start, end, NO_SPANS, 0, 0).map((t): [number, number, string] => [t.start, t.end, t.text]);
      expect(got).toEqual(reference(body, start, end));
    }), { numRuns: Number(process.env.TOKENS_RUNS ?? 3000) });
  });

  it('gives the same tokens once its word table has grown and been emptied', () => {
    // More distinct spellings than the table keeps (100,000): it grows, then starts again.
    const spell = (i: number): string => (i % 3 === 0 ? 'Q' : 'q') + i.toString(36) + (i % 5 === 0 ? 'ed' : '');
    const chunk = (from: number): string => Array.from({ length: 1000 }, (_, k) => spell(from + k)).join(' ') + ' the armed forces hit Mosul’s al-Abadi 3.5 U.S.';
    const view = (body: string): string[] => tokenize(body, 0, body.length, NO_SPANS, 0, 0).map((t) => `${t.start}:${t.end}:${t.text}:${t.lower}:${t.cls}`);
    const first = chunk(0);
    const before = view(first);
    for (let from = 1000; from < 120_000; from += 1000) {
      const body = chunk(from);
      expect(view(body).map((v) => v.split(':').slice(0, 3).join(':'))).toEqual(reference(body, 0, body.length).map(([s, e, t]) => `${s}:${e}:${t}`));
    }
    expect(view(first)).toEqual(before);
  });

  it('gives a word in several closed lists the class of the first list that holds it', () => {
    const cls = (word: string): string => tokenize(word, 0, word.length, NO_SPANS, 0, 0)[0]!.cls;
    expect(['to', 'as', 'since', 'that', 'no', 'first', 'was', 'had', 'did', 'would', 'never', 'the', 'which', 'and', 'it', 'of'].map(cls))
      .toEqual(['to', 'prep', 'sub', 'det', 'neg', 'adv', 'be', 'have', 'do', 'modal', 'neg', 'det', 'rel', 'coord', 'pron', 'prep']);
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

  it('marks a token as in a time expression when one of the given spans holds its start', () => {
    const words = fc.array(fc.constantFrom('on', 'Monday', 'last', 'week', '3', 'March', ',', 'the', 'army', 'retook', 'it', '.'), { minLength: 1, maxLength: 20 });
    fc.assert(fc.property(words, fc.array(fc.tuple(fc.nat(60), fc.nat(12))), fc.nat(8), (ws, raw, skip) => {
      const body = ws.join(' ');
      // Sorted spans that do not overlap, as the tagger gives them; some before the stretch read.
      const spans: Array<{ start: number; end: number }> = [];
      let at = 0;
      for (const [gap, len] of raw) {
        const start = at + gap, end = start + len + 1;
        if (end > body.length) break;
        spans.push({ start, end });
        at = end;
      }
      const first = Math.min(skip, spans.length);
      const own = spans.slice(first);
      const from = own.length ? Math.min(own[0]!.start, body.length) : 0;
      const tokens = tokenize(body, from, body.length, timexBounds(spans), first, spans.length);
      for (const t of tokens) expect(t.timex).toBe(own.some((sp) => sp.start <= t.start && t.start < sp.end));
    }), { numRuns: 3000 });
  });

  it('reads "her" before no modifiable word as the pronoun', () => {
    const her = (text: string): string => tokenize(text, 0, text.length, NO_SPANS, 0, 0).find((t) => t.lower === 'her')!.cls;
    expect(her('They nominated her in September')).toBe('pron');
    expect(her('They praised her')).toBe('pron');
    expect(her('They sold her house')).toBe('det');
    expect(her('They met her two sons')).toBe('det');
    expect(her('They saw her new car')).toBe('det');
    expect(her('They told her that')).toBe('pron');
  });

  it('reads a past form before a noun as its modifier after a determiner, verb or preposition, unless it is a simple past', () => {
    const classes = (text: string): string => tokenize(text, 0, text.length, NO_SPANS, 0, 0).map((t) => `${t.text}/${t.cls}`).join(' ');
    expect(classes('the armed forces')).toBe('the/det armed/adj forces/noun');
    expect(classes('in previously captured cities')).toBe('in/prep previously/adv captured/adj cities/noun');
    expect(classes('They saw damaged cars')).toBe('They/pron saw/past damaged/adj cars/noun');
    expect(classes('The general praised the troops')).toBe('The/det general/adj praised/past the/det troops/noun');
    // Simple pasts ("took", "began") keep their class where a participle would modify.
    expect(classes('the took road')).toBe('the/det took/past road/noun');
    expect(classes('in began cities')).toBe('in/prep began/past cities/noun');
  });

  it('gives in its shared buffers, call after call, what the per-call mask and bounds give', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '\n\n', '"', "'", "''", '`', '``', '“', '”', '’', 'x y');
    const body = fc.array(piece, { maxLength: 300 }).map((a) => a.join(''));
    const spans = fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)).map(([start, end]) => ({ start, end })), { maxLength: 200 });
    fc.assert(fc.property(fc.array(fc.tuple(body, spans), { minLength: 1, maxLength: 6 }), (calls) => {
      for (const [text, list] of calls) {
        expect([...quotedMaskShared(text).subarray(0, text.length)]).toEqual([...quotedMask(text)]);
        expect([...timexBoundsShared(list).subarray(0, 2 * list.length)]).toEqual([...timexBounds(list)]);
      }
    }), { numRuns: 500 });
  });

  it('gives the same classes when every token is settled, not only those whose spelling a rule can change', () => {
    const word = fc.constantFrom('the', 'a', 'her', 'last', 'was', 'had', 'to', 'hit', 'cut', 'set', 'Heavy', 'Shares', 'Fighting', 'rose', 'rain',
      'armed', 'forces', 'destroyed', 'homes', 'stabbing', 'took', 'began', 'in', 'on', 'by', 'previously', 'captured', 'cities', 'raise',
      'house', 'them', 'state', 'emergency', 'flood', 'quake', 'it', 'Mosul', 'Anna', 'Berg', 'said', 'left', 'lost', '2%', '3', ',', '.', 'and', 'very');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
      const text = words.join(' ');
      const view = (): string => tokenize(text, 0, text.length, NO_SPANS, 0, 0).map((t) => `${t.text}/${t.cls}`).join(' ');
      const skipping = view();
      settleEveryToken(true);
      try {
        expect(skipping).toBe(view());
      } finally {
        settleEveryToken(false);
      }
    }), { numRuns: 5000 });
  });

  it("reads a word's first characters as the patterns baseClass used do", () => {
    const { isOneMark, opensNumber, opensCapital, unprefixed } = baseClassParts;
    const prefixed = (lower: string): string | null => {
      const m = /^(re|un|over|out|mis|under|with|up|fore|de|dis|co|pre)-?(.{3,})$/.exec(lower);
      return m ? m[2]! : null;
    };
    const piece = fc.constantFrom('a', 'Z', 'q', '7', '0', '$', '€', '£', '¥', '-', '’', "'", '.', ',', '%', '&', 'é', 'É', 'İ', 'ß', 'ǅ', '²', '٣', '𝐀', '𝐚', '𝟙',
      '\ud835', '\udc00', '\u00a0', 're', 'un', 'over', 'out', 'mis', 'under', 'with', 'up', 'fore', 'de', 'dis', 'co', 'pre', 'take', 'ed', 'x');
    const word = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.array(piece, { minLength: 1, maxLength: 5 }).map((a) => a.join('')));
    fc.assert(fc.property(word, (w) => {
      expect(isOneMark(w)).toBe(/^[^\p{L}\p{N}]$/u.test(w));
      expect(opensNumber(w)).toBe(/^[$€£¥]?\p{N}/u.test(w));
      expect(opensCapital(w)).toBe(/^\p{Lu}/u.test(w));
      const lower = w.toLowerCase();
      expect(unprefixed(lower)).toBe(prefixed(lower));
      // Without a hyphen the replacement baseClass skips would change nothing.
      if (!w.includes('-')) expect(w.replace(/^[\p{Ll}]+-/u, '')).toBe(w);
    }), { numRuns: Number(process.env.TOKENS_RUNS ?? 5000) });
  });
});
