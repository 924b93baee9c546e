import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CUE_WORDS, Cue, WORD_MARKS, cuesOf } from './cues.ts';

/** The cues of a text read plainly, word by word with regular expressions: what cuesOf must find in one pass. */
function plainCues(text: string): number {
  let flags = 0;
  let quantity = false;
  const words = (lower: string): number => CUE_WORDS.get(lower) ?? 0;
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
    const w = m[0];
    const start = m.index;
    const end = start + w.length;
    const lower = w.toLowerCase();
    if (/\d/.test(w)) {
      flags |= Cue.digit;
      if (/^:\d/.test(text.slice(end, end + 2))) flags |= Cue.clock;
      if (/^[/.-]\d/.test(text.slice(end, end + 2))) flags |= Cue.numericDate;
      if (/^\d{4}$/.test(w) && /^[-–]\d/.test(text.slice(end, end + 2))) flags |= Cue.yearDash;
      if (/^\d{1,2}$/.test(w) && /^\/\d/.test(text.slice(end, end + 2))) flags |= Cue.slashMonth;
      if (/^\d{4}$/.test(w) && /^[-./\s][\djfmasond]/i.test(text.slice(end, end + 2))) flags |= Cue.yearFirst;
      if (w.length === 2 && start > 0 && /['’]/.test(text.charAt(start - 1))) flags |= Cue.fourDigits;
      if (/(?<!\d)\d{4}(?!\d)/.test(w)) flags |= Cue.fourDigits;
      if (/^(?:\d{3}|1[0-5]\d\d)$/.test(w)) flags |= Cue.earlyYear;
      if (/^['’][sS]/.test(text.slice(end, end + 2))) flags |= Cue.decade;
      if (w === '9' && text.slice(end, end + 3) === '/11') flags |= Cue.holiday;
      if (/[a-z]/i.test(w)) {
        if (lower.endsWith('s')) flags |= Cue.decade;
        if (w.length <= 12) {
          if (lower.startsWith('fy')) flags |= Cue.fiscal;
          if (/^[qh][1-4]$/.test(lower)) flags |= Cue.quarter;
          for (const part of lower.split(/\d+/)) if (part) flags |= words(part);
        } else flags |= Cue.month | Cue.weekday | Cue.clock | Cue.fourDigits;
      }
      quantity = true;
    } else if (w.length > 12) quantity = false;
    else if (w.length === 1) {
      if (/^[ap]\.m/i.test(text.slice(start, start + 3))) flags |= Cue.clock;
      quantity = lower === 'a';
    } else {
      const f = words(lower);
      flags |= f;
      if ((f & WORD_MARKS.unit) !== 0 && (quantity || (f & WORD_MARKS.pluralUnit) !== 0)) flags |= Cue.duration;
      quantity = (f & WORD_MARKS.quantity) !== 0;
    }
  }
  const newYear = WORD_MARKS.newWord | WORD_MARKS.yearWord;
  if ((flags & newYear) === newYear) flags |= Cue.holiday;
  return flags & WORD_MARKS.public;
}

const PIECES = [
  ...CUE_WORDS.keys(), 'a', 'p', 'm', 'A', 'I', 's', 'fy', 'FY2009', 'Q3', 'q5', '5pm', '1May', '1990s', "'58", '’80s', '2014', '20145',
  '0800', '12', '7', '10:30', '7/8/2017', '2017-07-08', '1.5', 'a.m.', 'p.m', 'administrations', 'straightforwardly', 'é', '–', '\u00a0',
  '9/11', '9', '/11', '11', 'new', "year's", "Year’s", '7/2017', '07/2017', '2017-7', 'x2017-07', '123/2017', '2009–11', '1999–2000', '2017 July 8', '2017.7.8', '2017/07/08', '2017\u2009Aug', '2017 and', 'ſ', 'K',
  '1163', '1599', '1600', '476', '0476', '10000', 'AD', 'BC', 'B.C.', '15th', '3rd', '21st', 'st', 'TH', 'H1', 'h3', 'H2', '2023-H1',
];
const separators = fc.constantFrom(' ', '', '-', '.', ',', ':', '/', "'", '’', '\n', '  ');
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), separators, fc.constantFrom('lower', 'upper', 'title')), { maxLength: 16 })
  .map((parts) =>
    parts
      .map(([p, sep, c]) => (c === 'upper' ? p.toUpperCase() : c === 'title' ? p.charAt(0).toUpperCase() + p.slice(1) : p) + sep)
      .join(''),
  );
const anyText = fc.oneof(text, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 30 }));

describe('cuesOf', () => {
  test('finds the cues a plain word-by-word reading finds', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(cuesOf(t), JSON.stringify(t)).toBe(plainCues(t));
      }),
      { numRuns: 20000 },
    );
  });
});
