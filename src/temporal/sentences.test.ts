import { describe, expect, test } from 'vitest';
import { MAX_CHUNK, splitSentences } from './sentences.ts';

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('ends sentences at stops, keeping quotes and abbreviations', () => {
    expect(pieces('Mr. Abadi visited U.S. troops on Sunday. "It is over," he said. Then J. Smith left!')).toEqual([
      'Mr. Abadi visited U.S. troops on Sunday.',
      '"It is over," he said.',
      'Then J. Smith left!',
    ]);
  });
  test('a stop before a lower-case word does not end the sentence', () => {
    expect(pieces('Sales rose 2.5 percent vs. last year. It was a record.')).toEqual(['Sales rose 2.5 percent vs. last year.', 'It was a record.']);
  });
  test('paragraphs and title lines are sentences; hard-wrapped prose is not cut', () => {
    expect(pieces('US-Backed Forces Score a Victory\n\nISF started its siege in October,\nquickly retaking east Mosul.\nVictory was declared.')).toEqual([
      'US-Backed Forces Score a Victory',
      'ISF started its siege in October,\nquickly retaking east Mosul.',
      'Victory was declared.',
    ]);
  });
  test('long runs are cut into pieces no longer than MAX_CHUNK, at a space when there is one', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const spans = splitSentences(words);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_CHUNK);
      expect(words[s.end] === undefined || words[s.end] === ' ').toBe(true);
    }
    expect(splitSentences('9'.repeat(5000)).every((s) => s.end - s.start <= MAX_CHUNK)).toBe(true);
  });
  test('"p.m." or "a.m." before a new sentence ends it; before the clock\'s day or zone it does not', () => {
    expect(pieces('More than 200 people signed up to speak during the public comment period, which ran until almost 7 p.m. Council President Nora Delacroix called a recess shortly before 9 p.m.')).toEqual([
      'More than 200 people signed up to speak during the public comment period, which ran until almost 7 p.m.',
      'Council President Nora Delacroix called a recess shortly before 9 p.m.',
    ]);
    expect(pieces('The polls closed at 8 p.m. Officials began counting at once.')).toEqual(['The polls closed at 8 p.m.', 'Officials began counting at once.']);
    expect(pieces('The vote is at 10 a.m. Tuesday in the Senate.')).toEqual(['The vote is at 10 a.m. Tuesday in the Senate.']);
    expect(pieces('Trading resumes at 9:30 a.m. ET on Monday.')).toEqual(['Trading resumes at 9:30 a.m. ET on Monday.']);
    expect(pieces('The fire started at 2 a.m. Eastern time, officials said.')).toEqual(['The fire started at 2 a.m. Eastern time, officials said.']);
    expect(pieces('Doors open at 7 p.m. and the show starts at 8 p.m.')).toEqual(['Doors open at 7 p.m. and the show starts at 8 p.m.']);
  });
  test('blank text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\n ')).toEqual([]);
  });
});
