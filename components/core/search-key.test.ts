import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchesTerms, searchKey, searchTerms } from './search-key.ts';

const finds = (text: string, query: string): boolean => matchesTerms(searchKey(text), searchTerms(query));

describe('search', () => {
  test('finds words spelt with hyphens, apostrophes, accents and other cases in the article', () => {
    expect(finds('Haider al-Abadi travels to Mosul', 'al abadi')).toBe(true);
    expect(finds('Haider al-Abadi travels to Mosul', 'Al-Abadi')).toBe(true);
    expect(finds('New York marries French bassist Henri Lévy', 'levy')).toBe(true);
    expect(finds('Mosul’s old city falls', "mosul's")).toBe(true);
    expect(finds('U.S.-backed forces retake Mosul', 'us backed')).toBe(false);
    expect(finds('U.S.-backed forces retake Mosul', 'u s backed')).toBe(true);
    expect(finds('Bank of Canada cuts benchmark interest rate', 'CANADA  rate')).toBe(true);
  });

  test('every term must be there, in any order, each at the start of a word', () => {
    expect(finds('Haider al-Abadi travels to Mosul', 'mosul abadi')).toBe(true);
    expect(finds('Haider al-Abadi travels to Mosul', 'mosul baghdad')).toBe(false);
    expect(finds('ISF start siege of Mosul', 'mos')).toBe(true);
    expect(finds('ISF start siege of Mosul', 'sul')).toBe(false);
    expect(finds('Eurostar cancels 26 trains', '26')).toBe(true);
  });

  test('a query of marks or spaces only holds no term (the search is off)', () => {
    expect(searchTerms('  -- ')).toEqual([]);
    expect(searchTerms('')).toEqual([]);
  });

  test('any word of a text is found by itself, and by its own key (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.nat(), (words, k) => {
        const text = words.join(' ');
        const word = words[k % words.length]!;
        // A word with no letter or digit is no term; any other is found where it stands.
        if (searchTerms(word).length === 0) return;
        expect(finds(text, word)).toBe(true);
        expect(finds(text, searchKey(word))).toBe(true);
      }),
    );
  });
});
