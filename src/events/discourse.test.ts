import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesIn, newDiscourse, spaceSplit, usedAsName } from './title.ts';

/** The plain single-pass patterns newDiscourse must agree with (it finds the same things faster). */
function reference(body: string): { acronyms: Map<string, string>; names: Set<string> } {
  const acronyms = new Map<string, string>();
  for (const m of body.matchAll(/((?:\p{Lu}[\p{L}.’'-]{0,30}\s{1,3}){1,6})\((\p{Lu}{2,6})\)/gu)) acronyms.set(m[2]!, m[1]!.trim());
  const names = new Set<string>();
  for (const m of body.matchAll(/(?<=[\p{L},]\s)\p{Lu}[\p{L}’'-]{1,30}/gu)) names.add(m[0]);
  return { acronyms, names };
}

describe('newDiscourse', () => {
  it('reads acronyms and the names used inside sentences', () => {
    const d = newDiscourse('Iraqi Security Forces (ISF) entered the city. On Sunday, Haider al-Abadi said the Islamic State (IS) had lost Mosul.');
    expect([...d.acronyms]).toEqual([['ISF', 'Iraqi Security Forces'], ['IS', 'Islamic State']]);
    expect([...namesIn(d.body)].sort()).toEqual(['Forces', 'Haider', 'Islamic', 'Mosul', 'Security', 'State', 'Sunday']);
  });

  it('finds what the single-pass patterns find, on any text', () => {
    const piece = fc.constantFrom('A', 'B', 'c', 'd', ' ', '  ', ',', '(', ')', '.', "'", '-', '\n', '𝐀', 'É', 'é', 'AB', 'ISF', 'Forces ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 300 }).map((a) => a.join('')), (body) => {
      const want = reference(body);
      const got = newDiscourse(body);
      expect([...got.acronyms]).toEqual([...want.acronyms]);
      expect([...namesIn(got.body)].sort()).toEqual([...want.names].sort());
    }), { numRuns: 2000 });
  });
});

describe('usedAsName', () => {
  it('agrees with the list of names on any text and word', () => {
    const piece = fc.constantFrom('A', 'B', 'c', 'd', ' ', '  ', '\t', ',', '(', ')', '.', "'", '’', '-', '\n', '𝐀', 'É', 'é', 'AB', 'Ab', 'Abc', 'ISF', 'Forces ', 'x'.repeat(29), 'y'.repeat(31));
    const body = fc.array(piece, { maxLength: 200 }).map((a) => a.join(''));
    fc.assert(fc.property(body, fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join('')), fc.nat(), (text, other, pick) => {
      const names = namesIn(text);
      // Words of the text itself (what plural asks about), any stretch of it, and any string.
      const words = text.split(/\s+/).filter(Boolean);
      const candidates = [...names, other, words[pick % Math.max(1, words.length)] ?? '', text.slice(pick % (text.length + 1), (pick % (text.length + 1)) + 1 + (pick % 7))];
      for (const w of candidates) expect(usedAsName(text, w)).toBe(names.has(w));
    }), { numRuns: 3000 });
  });
});

describe('spaceSplit', () => {
  it("splits as split(' ') does, into a packed list", () => {
    const piece = fc.constantFrom('a', 'Bo', ' ', '  ', 'al-Abadi', '’', '\t', '');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      expect(spaceSplit(text)).toEqual(text.split(' '));
    }), { numRuns: 5000 });
  });
});

