import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type Sentence } from './sentences.ts';

// The plain splitter splitSentences must agree with: blocks and lines as strings, cuts collected first.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'col', 'gen', 'lt', 'maj', 'capt',
  'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx', 'est',
  'fig', 'al', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'a.m', 'p.m', 'd.c',
]);

// "7 p.m. Council President…": a capitalised word after "a.m."/"p.m." that is not the clock's day or zone opens a sentence.
const CLOCK_GOES_ON = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|eastern|pacific|central|mountain|atlantic|greenwich|british|local|lisbon|london|paris|new|today|tonight|tomorrow|yesterday)$/i;
function clockEnds(before: string, after: string): boolean {
  if (!/(?:^|\.)[ap]\.m$/i.test(before)) return false;
  const word = /^\s*([A-Za-z.]*)/.exec(after)![1]!.split('.')[0]!;
  if (!/^[A-Z]/.test(word) || (word.length <= 4 && word === word.toUpperCase())) return false;
  return !CLOCK_GOES_ON.test(word);
}

function reference(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of body.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const text = block[0];
    const cuts: Array<[number, number]> = [];
    const lines = text.split('\n');
    let from = 0, offset = 0;
    for (let i = 0; i < lines.length - 1; i++) {
      offset += lines[i]!.length + 1;
      const trimmed = lines[i]!.trim();
      if (trimmed.length < 60 || /[.!?:;"”’)]$/.test(trimmed)) {
        run(text, from, offset - 1, cuts);
        from = offset;
      }
    }
    run(text, from, text.length, cuts);
    for (const [s, e] of cuts) {
      const t = body.slice(block.index + s, block.index + e);
      const trimmed = t.trim();
      if (trimmed) {
        const start = block.index + s + (t.length - t.trimStart().length);
        out.push({ text: trimmed, start, end: start + trimmed.length, paragraph });
      }
    }
    paragraph++;
  }
  return out;
}

function run(text: string, from: number, to: number, cuts: Array<[number, number]>): void {
  let start = from;
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])/g;
  boundary.lastIndex = from;
  const part = text.slice(0, to);
  for (let m = boundary.exec(part); m !== null; m = boundary.exec(part)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const before = /[A-Za-z.]{1,12}$/.exec(part.slice(0, m.index))?.[0] ?? '';
      if (before.length === 1 && before !== '.' && !/[0-9]$/.test(part.slice(0, m.index - 1))) continue;
      if (before && ABBREVIATIONS.has(before.toLowerCase()) && !clockEnds(before, part.slice(end))) continue;
    }
    cuts.push([start, end]);
    start = end;
  }
  if (start < to) cuts.push([start, to]);
}

describe('splitSentences', () => {
  it('splits any text as the plain splitter does', () => {
    const piece = fc.constantFrom('a', 'B', 'x y', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\r\n', '\u00a0', '\u2028', '.', '. ', '!', '?', '?!', ':', ';',
      '"', '“', '”', '’', ')', '(', '[', ']', 'U.S.', 'Mr.', 'Col.', 'e.g.', 'W.', ' The', ' 1', 'No.', 'a.a.a.a.a.a.a.a.', '𝐀', '1950s', '5', 's', ' 7 p.m. Council', ' p.m. Tuesday', ' a.m. ET', ' a.m. The',
      'A long line of running text that goes on well past sixty characters without a stop', 'Short line');
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 50 }).map((a) => a.join('')));
    fc.assert(fc.property(text, (body) => {
      expect(splitSentences(body)).toEqual(reference(body));
    }), { numRuns: Number(process.env.SENTENCES_RUNS ?? 3000) });
  });
});

describe('a letter after a number is no initial', () => {
  it('"in the 1950s.", "in his 50s." end their sentence; "George W. Bush" does not', () => {
    const texts = (body: string): string[] => splitSentences(body).map((x) => x.text);
    expect(texts('The village was rebuilt in the 1950s. Rescuers found two survivors.')).toEqual(['The village was rebuilt in the 1950s.', 'Rescuers found two survivors.']);
    expect(texts('It grew in the 1990s. Then it shrank.')).toEqual(['It grew in the 1990s.', 'Then it shrank.']);
    expect(texts('He retired in his 50s. His son took over the firm.')).toEqual(['He retired in his 50s.', 'His son took over the firm.']);
    expect(texts('President George W. Bush spoke on Monday.')).toEqual(['President George W. Bush spoke on Monday.']);
  });
});


describe('"a.m." or "p.m." before a new sentence ends it', () => {
  it('city councils, live blogs: "…until almost 7 p.m. Council President…"; not before the clock\'s day or zone', () => {
    const texts = (body: string): string[] => splitSentences(body).map((x) => x.text);
    expect(texts('The comment period ran until almost 7 p.m. Council President Nora Delacroix called a recess.'))
      .toEqual(['The comment period ran until almost 7 p.m.', 'Council President Nora Delacroix called a recess.']);
    expect(texts('The store closed at 8 p.m. Officials began the count.')).toEqual(['The store closed at 8 p.m.', 'Officials began the count.']);
    expect(texts('Polls open at 10 a.m. Tuesday in most states.')).toEqual(['Polls open at 10 a.m. Tuesday in most states.']);
    expect(texts('Trading resumed at 9:30 a.m. ET on Monday.')).toEqual(['Trading resumed at 9:30 a.m. ET on Monday.']);
    expect(texts('The blast came at 2 a.m. Eastern time.')).toEqual(['The blast came at 2 a.m. Eastern time.']);
  });
});
