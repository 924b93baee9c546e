import { describe, expect, test } from 'vitest';
import { parsePlainEntries } from './plain-entries.ts';
import { parseYamlEntries } from './yaml-entries.ts';

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['headline', 'datePublished', 'url', 'a', 'b_c', 'x-y', 'Key9', '_k', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '9a', '-a'];
const SEPARATORS = [': ', ':  ', ':', ' : ', ':\t', ': \t'];
const PLAIN = ['Mosul', 'falls', ' ', 'of', '2017', '-', ',', '.', '(ISF)', 'é', '45%', 'U.S.'];
const PIECES = [
  'Mosul', 'falls', ' ', ' ', '2017-07-08', '2017', 'T10:00:00Z', 'http://x.org/a', ':', ': ', '#', ' #', '"', "'", '\\', '\\n', '[', ']', '{', '}',
  ',', '&', '*', '!', '|', '>', '%', '@', '`', '-', '- ', '?', '? ', '\t', 'é', '€', '\u2028', '\u0085', '\u00a0', '\ufeff', '\ud83d\ude00', '\ud800',
  '~', 'null', 'true', '...', '---', '<<', '=', '\u0007', '\u007f', '\ufffe',
];
const LINES = ['', ' ', '# a comment', '#', '  indented: x', '- item', '\t', '...', '%YAML 1.2', '# é \t tab'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function value(r: () => number): string {
  const shape = r();
  let text = '';
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) text += pick(r, r() < 0.75 ? PLAIN : PIECES);
  if (shape < 0.2) return `"${text}"`;
  if (shape < 0.3) return `'${text}'`;
  if (shape < 0.7) return `${pick(r, ['Mosul', 'a', '2017-07-08', 'X'])}${text}`;
  return text;
}

function frontMatter(r: () => number): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    lines.push(r() < 0.1 ? pick(r, LINES) : `${pick(r, KEYS)}${r() < 0.8 ? ': ' : pick(r, SEPARATORS)}${value(r)}${r() < 0.1 ? '  ' : ''}`);
  }
  return lines.join('\n') + (r() < 0.8 ? '\n' : '');
}

describe('parsePlainEntries', () => {
  test('reads the usual front matter itself', () => {
    const text = 'headline: "Mary Barra appointed as General Motors chief"\ndatePublished: 2013-12-10\n# a note\n\nurl: https://example.org/a#b\nauthor: \'Russ Read\'\n';
    expect(parsePlainEntries(text, 2)).toEqual({
      value: { headline: 'Mary Barra appointed as General Motors chief', datePublished: '2013-12-10', url: 'https://example.org/a#b', author: 'Russ Read' },
      keyLines: new Map([['headline', 2], ['datePublished', 3], ['url', 6], ['author', 7]]),
      errors: [], warnings: [], other: [],
    });
  });

  test('leaves to the YAML parser what it does not read exactly as YAML does', () => {
    for (const text of ['a: b\na: c\n', 'a: b: c\n', 'a: "x\\"y"\n', 'a:\n  - b\n', 'a: b # c\n', 'constructor: x\n', 'a: [b]\n', 'a:\n', '# only a comment\n', 'a: \'it\'\'s\'\n']) {
      expect(parsePlainEntries(text, 2), text).toBeNull();
    }
  });

  test('whatever it reads, it reads as the YAML parser does (20,000 generated front matters)', () => {
    const r = prng(20261121);
    let read = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = frontMatter(r);
      const first = 2 + Math.floor(r() * 5);
      const fast = parsePlainEntries(text, first);
      if (fast === null) continue;
      read++;
      expect(fast, JSON.stringify(text)).toEqual(parseYamlEntries(text, first, first + 100));
    }
    // The generator must exercise the fast path, not only its refusals.
    expect(read).toBeGreaterThan(1_500);
  });
});
