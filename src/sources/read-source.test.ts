import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { readSource } from './read-source.ts';
import { uniqueSourceIds } from './source-id.ts';
import type { ParsedSource } from './types.ts';

const NOW = new Date('2026-11-21T12:00:00Z');
const hostile = (name: string) => readFileSync(new URL(`../../test/fixtures/hostile/${name}`, import.meta.url));
const read = (name: string) => readSource({ file: name, content: hostile(name) }, { now: NOW });
const data = (name: string) => readSource({ file: `data/${name}`, content: readFileSync(new URL(`../../data/${name}`, import.meta.url)) }, { now: NOW });
const errors = (p: ParsedSource) => p.diagnostics.filter((d) => d.severity === 'error');
const warnings = (p: ParsedSource) => p.diagnostics.filter((d) => d.severity === 'warning');

describe('readSource on the articles in data/', () => {
  test('reads the schema.org front matter and takes dateModified as the reference date', () => {
    const p = data('dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md');
    expect(p.ok).toBe(true);
    expect(p.diagnostics).toEqual([]);
    expect(p.source).toMatchObject({
      id: 'dailycaller-2017-07-08-us-backed-forces-victory-over-isis',
      headline: 'US-Backed Forces Score Their Biggest Victory Over ISIS Yet',
      author: 'Russ Read',
      publisher: 'Daily Caller News Foundation',
      datePublished: '2017-07-08',
      dateModified: '2017-07-09',
      referenceDate: '2017-07-09',
      referenceDateOrigin: 'dateModified',
    });
    expect(p.body.startsWith('National Security\n')).toBe(true);
    expect(p.source.text).toBe(p.body);
    // the body starts on the line after the closing "---" (line 12)
    expect(p.bodyLine).toBe(13);
  });

  test('an article without dates has no reference date (and no warning: that is not a mistake)', () => {
    const p = data('americanpatriotdaily-us-big-win-in-iraq.md');
    expect(p.source.referenceDate).toBeUndefined();
    expect(p.source.referenceDateOrigin).toBe('none');
    expect(p.source.publisher).toBe('American Patriot Daily');
    expect(p.diagnostics).toEqual([]);
  });
});

describe('readSource basics', () => {
  test('datePublished is the reference date when there is no dateModified', () => {
    const p = readSource({ file: 'a.md', content: '---\ndatePublished: 2017-07-08T10:00:00-04:00\n---\nText.\n' }, { now: NOW });
    expect(p.source.referenceDate).toBe('2017-07-08');
    expect(p.source.referenceDateOrigin).toBe('datePublished');
    expect(p.source.datePublished).toBe('2017-07-08T10:00:00-04:00');
  });

  test('a plain text file is all body, id from its name', () => {
    const p = readSource({ file: 'news/Mosul falls.txt', content: 'Mosul fell in June 2014.' }, { now: NOW });
    expect(p.source.id).toBe('Mosul falls');
    expect(p.body).toBe('Mosul fell in June 2014.');
    expect(p.bodyLine).toBe(1);
    expect(p.diagnostics).toEqual([]);
  });

  test('a month-only date cannot anchor relative dates, and says so', () => {
    const p = readSource({ file: 'm.md', content: '---\ndatePublished: 2017-07\n---\nText.\n' }, { now: NOW });
    expect(p.source.datePublished).toBe('2017-07');
    expect(p.source.referenceDate).toBeUndefined();
    expect(warnings(p)[0]).toMatchObject({ line: 2 });
    expect(warnings(p)[0]!.message).toMatch(/no day/);
  });

  test('schema.org Person objects and lists of authors become text', () => {
    const p = readSource({ file: 'p.md', content: '---\nauthor:\n  - name: Russ Read\n  - Jane Doe\npublisher:\n  name: Daily Caller\n---\nText.\n' }, { now: NOW });
    expect(p.source.author).toBe('Russ Read, Jane Doe');
    expect(p.source.publisher).toBe('Daily Caller');
  });

  test('dateModified before datePublished is flagged', () => {
    const p = readSource({ file: 'o.md', content: '---\ndatePublished: 2017-07-09\ndateModified: 2017-07-01\n---\nText.\n' }, { now: NOW });
    expect(warnings(p)).toHaveLength(1);
    expect(warnings(p)[0]).toMatchObject({ line: 3 });
  });

  test('a duplicated key is an error on its line', () => {
    const p = readSource({ file: 'd.md', content: '---\nheadline: A\nheadline: B\n---\nText.\n' }, { now: NOW });
    expect(errors(p)[0]).toMatchObject({ line: 3, file: 'd.md' });
  });
});

describe('hostile sources (test/fixtures/hostile)', () => {
  test('empty file: a warning, no crash', () => {
    const p = read('empty.md');
    expect(p.ok).toBe(true);
    expect(p.body).toBe('');
    expect(warnings(p)[0]!.message).toMatch(/^the file is empty;/);
  });

  test('a file of blank space is not called empty: it says what it holds', () => {
    const p = readSource({ file: 'blank.md', content: `${'\n'.repeat(1000)} \t \n` }, { now: NOW });
    expect(p.ok).toBe(true);
    expect(warnings(p).map((d) => d.message)).toEqual([expect.stringMatching(/^the file holds only blank space \(spaces, tabs or empty lines\); it adds no events\./)]);
  });

  test('binary files are refused clearly, naming what they look like', () => {
    const pdf = read('binary-pdf.md');
    expect(pdf.ok).toBe(false);
    expect(errors(pdf)[0]!.message).toMatch(/PDF document.*not text.*Save the article as Markdown/);
    const noise = read('binary-noise.txt');
    expect(noise.ok).toBe(false);
    expect(errors(noise)[0]!.message).toMatch(/binary file/);
    const nul = readSource({ file: 's.md', content: 'text\u0000more' });
    expect(nul.ok).toBe(false);
  });

  test('Windows-1252 text is read with a warning naming the first bad byte and its line', () => {
    const p = read('windows-1252.md');
    expect(p.source.headline).toBe('Café owners in Mosul reopen');
    expect(p.body).toContain('\u201cWe reopened on 10 July 2017,\u201d');
    expect(p.source.referenceDate).toBe('2017-07-12');
    expect(warnings(p)).toEqual([expect.objectContaining({ line: 2, file: 'windows-1252.md' })]);
    expect(warnings(p)[0]!.message).toMatch(/not valid UTF-8 \(0xE9 on line 2\).*Windows-1252.*save it as UTF-8/);
  });

  test.each(['utf8-bom.md', 'utf16le-bom.md', 'crlf.md'])('%s reads like a plain UTF-8 LF file', (name) => {
    const p = read(name);
    expect(p.diagnostics).toEqual([]);
    expect(p.source.referenceDate).toBe('2017-07-10');
    expect(p.bodyLine).toBe(5);
    expect(p.body).toBe('Iraqi forces retook Mosul on 9 July 2017 after a nine-month campaign.\n\nThe offensive began in October 2016.\n');
  });

  test('UTF-16 big-endian with a BOM, and UTF-16 without one (warning)', () => {
    expect(read('utf16be-bom.txt').body).toMatch(/^Iraqi forces retook Mosul/);
    const bytes = new Uint8Array([...'Mosul fell in 2014.'].flatMap((c) => [c.charCodeAt(0), 0]));
    const p = readSource({ file: 'le.txt', content: bytes });
    expect(p.body).toBe('Mosul fell in 2014.');
    expect(warnings(p)[0]!.message).toMatch(/UTF-16/);
  });

  test('UTF-32 is refused clearly', () => {
    const p = readSource({ file: 'u32.txt', content: new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]) });
    expect(p.ok).toBe(false);
    expect(errors(p)[0]!.message).toMatch(/UTF-32.*Save it as UTF-8/);
  });

  test('lone CR line endings are normalised and line numbers stay right', () => {
    const p = readSource({ file: 'cr.md', content: '---\rheadline: X\rdatePublished: 2017-13-01\r---\rBody.\r' }, { now: NOW });
    expect(p.body).toBe('Body.\n');
    expect(errors(p)[0]).toMatchObject({ line: 3 });
  });

  test('broken YAML: error on the YAML line in the file, the other keys and the body are kept', () => {
    const p = read('broken-yaml.md');
    expect(errors(p).map((d) => d.line)).toEqual([2, 4]);
    expect(errors(p)[0]!.message).toMatch(/not valid YAML.*Fix line 2.*quotes/);
    expect(p.source.headline).toBe('Broken: front matter: here');
    expect(p.source.referenceDate).toBe('2017-07-10');
    expect(p.body).toMatch(/^Iraqi forces retook Mosul/);
  });

  test('unclosed front matter: error on line 1, metadata kept out of the body', () => {
    const p = read('unclosed-front-matter.md');
    expect(errors(p)[0]).toMatchObject({ line: 1 });
    expect(errors(p)[0]!.message).toMatch(/never closed.*Add a line "---"/);
    expect(p.source.headline).toBe('The closing line is missing');
    expect(p.body).not.toContain('datePublished');
    expect(p.body).toContain('Iraqi forces retook Mosul');
  });

  test('TOML front matter is refused clearly and kept out of the body', () => {
    const p = readSource({ file: 't.md', content: '+++\ntitle = "X"\ndate = 2017-07-08\n+++\nMosul fell in June 2014.\n' }, { now: NOW });
    expect(errors(p)[0]).toMatchObject({ line: 1, message: expect.stringMatching(/TOML.*YAML between "---"/) });
    expect(p.body).toBe('Mosul fell in June 2014.\n');
    expect(p.bodyLine).toBe(5);
  });

  test('front matter that is not a mapping is an error, body kept', () => {
    const p = read('not-a-mapping.md');
    expect(errors(p)[0]!.message).toMatch(/not a list of "key: value" lines/);
    expect(p.body).toContain('Iraqi forces');
  });

  test('impossible dates: error naming key and line, date ignored', () => {
    const p = read('impossible-date.md');
    expect(errors(p)).toHaveLength(2);
    expect(errors(p)[0]).toMatchObject({ line: 3, file: 'impossible-date.md' });
    expect(errors(p)[0]!.message).toMatch(/^datePublished "2017-13-45" has no month 13.*ignored.*YYYY-MM-DD/);
    expect(errors(p)[1]!.message).toMatch(/^dateModified "2017-02-30" has no day 30/);
    expect(p.source.datePublished).toBeUndefined();
    expect(p.source.referenceDateOrigin).toBe('none');
  });

  test('a publication date in the future is a warning (the date is still used)', () => {
    const p = read('future-date.md');
    expect(warnings(p)).toEqual([expect.objectContaining({ line: 3 })]);
    expect(warnings(p)[0]!.message).toMatch(/in the future \(today is 2026-11-21\)/);
    expect(p.source.referenceDate).toBe('2099-01-01');
    // tomorrow (UTC) is not "the future": somewhere on Earth it is already that day
    const q = readSource({ file: 't.md', content: '---\ndatePublished: 2026-11-22\n---\nx\n' }, { now: NOW });
    expect(warnings(q)).toEqual([]);
  });

  test('unknown keys: warnings with did-you-mean; known aliases are read', () => {
    const p = read('unknown-keys.md');
    const messages = warnings(p).map((d) => `${d.line} ${d.message}`);
    expect(messages[0]).toMatch(/^2 unknown front-matter key "titel".*Did you mean "headline"/);
    expect(messages[1]).toMatch(/^3 .*"datePublshed".*Did you mean "datePublished"\?/);
    expect(messages[2]).toMatch(/^4 .*"colour".*Known keys/);
    expect(messages[3]).toMatch(/^5 "date" .*read as "datePublished"/);
    expect(p.source.referenceDate).toBe('2017-07-10');
  });

  test('markup stays text and a javascript: URL is dropped', () => {
    const p = read('not-a-url.md');
    expect(p.source.url).toBeUndefined();
    expect(warnings(p)[0]).toMatchObject({ line: 3 });
    expect(p.source.headline).toBe('<img src=x onerror=alert(1)> "><svg onload=alert(1)>');
  });

  test('a YAML alias bomb is refused, the plain keys are kept', () => {
    const p = read('alias-bomb.md');
    expect(errors(p)[0]!.message).toMatch(/could not be read as a whole/);
    expect(p.source.headline).toBe('Billion laughs');
  });

  test('only front matter: a warning that there is no text', () => {
    const p = read('only-front-matter.md');
    expect(warnings(p)[0]).toMatchObject({ line: 5 });
  });

  test('two files with the same id get unique ids and a warning', () => {
    const a = read('same-id.md');
    const b = readSource({ file: 'same-id/same-id.txt', content: hostile('same-id/same-id.txt') });
    const c = readSource({ file: 'other/same-id-2.md', content: 'x' });
    const [ua, ub, uc] = uniqueSourceIds([a, b, c]);
    expect(ua!.source.id).toBe('same-id');
    expect(ub!.source.id).toBe('same-id-3');
    expect(uc!.source.id).toBe('same-id-2');
    expect(ub!.diagnostics.at(-1)!.message).toMatch(/same-id\.md\) already has the id "same-id"/);
    expect(b.source.id).toBe('same-id');
  });

  test('pathological lines are read whole', () => {
    const spaces = read('pathological-spaces.txt');
    expect(spaces.body.length).toBe(200_058);
    const digits = read('pathological-digits.txt');
    expect(digits.body).toContain('7'.repeat(50_000));
    // a front-matter line of 200,000 spaces and an endless "date"
    const p = readSource({ file: 'p.md', content: `---\nheadline: ${' '.repeat(200_000)}x\ndatePublished: ${'9'.repeat(50_000)}\n---\n${'2017-'.repeat(10_000)}` }, { now: NOW });
    expect(errors(p)[0]!.message).toMatch(/far too long/);
  });

  test('a 20 MB source is read whole (front matter, body, line of the body)', () => {
    const para = 'Iraqi forces retook Mosul on 9 July 2017 after a nine-month campaign that began in October 2016.\r\n';
    const body = para.repeat(Math.ceil(20_000_000 / para.length));
    const bytes = new TextEncoder().encode(`---\r\nheadline: Big\r\ndatePublished: 2017-07-10\r\n---\r\n${body}`);
    expect(bytes.length).toBeGreaterThan(20_000_000);
    const p = readSource({ file: 'big.md', content: bytes }, { now: NOW });
    expect(p.diagnostics).toEqual([]);
    expect(p.body.length).toBe(body.length - body.length / para.length);
    expect(p.bodyLine).toBe(5);
  });
});

describe('readSource on hostile front matter', () => {
  test('a mapping used as a key is reported on the source, and nothing is written to the process stderr', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const parsed = readSource({ file: 'a.md', content: '---\n? {toString: ~}\n: x\nheadline: {toString: ~}\n---\nIraqi forces retook Mosul on 9 July 2017.\n' });
      expect(parsed.ok).toBe(true);
      expect(parsed.body).toBe('Iraqi forces retook Mosul on 9 July 2017.\n');
      const messages = parsed.diagnostics.map((d) => `${d.line}: ${d.message}`);
      expect(messages.some((m) => /^2: unknown front-matter key "\{ toString: ~ \}"/.test(m)), messages.join('\n')).toBe(true);
      expect(messages.some((m) => /"headline" is a mapping, not text/.test(m)), messages.join('\n')).toBe(true);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  // Thousands of levels made the yaml package's composer recurse until V8 aborted the process
  // ("RegExpCompiler Allocation failed - process out of memory"): no diagnostic, no other source.
  test.each([
    ['flow lists', `x: ${'['.repeat(5000)}${']'.repeat(5000)}`, 2],
    ['flow mappings', `x: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}`, 2],
    ['compact block lists', `x:\n  ${'- '.repeat(3000)}a`, 3],
  ])('front matter nested thousands deep (%s) is refused on its line; the other keys and the body are kept', (_kind, yaml, line) => {
    const parsed = readSource({ file: 'deep.md', content: `---\n${yaml}\ndatePublished: 2017-07-08\n---\nIraqi forces retook Mosul on Saturday.\n` }, { now: NOW });
    expect(parsed.ok).toBe(true);
    expect(parsed.body).toBe('Iraqi forces retook Mosul on Saturday.\n');
    expect(parsed.source.referenceDate).toBe('2017-07-08');
    const deep = errors(parsed).filter((d) => /nests lists or mappings more than 64 levels deep/.test(d.message));
    expect(deep.map((d) => d.line)).toEqual([line]);
    expect(deep[0]!.message).toMatch(/Write plain "key: value" lines\.$/);
  });

  test('keys named like Object.prototype members are unknown keys, not aliases found on the prototype', () => {
    const parsed = readSource({ file: 'p.md', content: '---\n__proto__: {polluted: 1}\nconstructor: x\ntoString: y\nheadline: ok\n---\nTroops arrived on 8 July 2017.\n' }, { now: NOW });
    expect(parsed.source.headline).toBe('ok');
    expect(warnings(parsed).map((d) => `${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^2: unknown front-matter key "__proto__" is ignored\./),
      expect.stringMatching(/^3: unknown front-matter key "constructor" is ignored\./),
      expect.stringMatching(/^4: unknown front-matter key "toString" is ignored\./),
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('nesting a real front matter might use (here 40 levels) is read as usual', () => {
    const parsed = readSource({ file: 'nested.md', content: `---\ntags: ${'['.repeat(40)}a${']'.repeat(40)}\ndatePublished: 2017-07-08\n---\nText.\n` }, { now: NOW });
    expect(errors(parsed)).toEqual([]);
    expect(parsed.source.referenceDate).toBe('2017-07-08');
  });

  test('thousands of unknown keys: ten are named, one more diagnostic counts the rest', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: v\n`).join('');
    const parsed = readSource({ file: 'keys.md', content: `---\n${keys}datePublished: 2017-07-08\n---\nText.\n` }, { now: NOW });
    const unknown = warnings(parsed).filter((d) => /^unknown front-matter key/.test(d.message));
    expect(unknown.map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const rest = warnings(parsed).filter((d) => /more unknown front-matter keys/.test(d.message));
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ line: 12, message: expect.stringMatching(/^4,990 more unknown front-matter keys \(from "k10" on\) are ignored too\. Known keys: headline, /) });
    expect(parsed.source.referenceDate).toBe('2017-07-08');
  });

  test('thousands of broken YAML lines: ten lines are named, one more diagnostic counts the rest with their range', () => {
    const broken = Array.from({ length: 2000 }, (_, i) => `k${i}: a: b\n`).join('');
    const parsed = readSource({ file: 'broken.md', content: `---\n${broken}datePublished: 2017-07-08\n---\nText.\n` }, { now: NOW });
    const yamlErrors = errors(parsed).filter((d) => /not valid YAML/.test(d.message));
    const named = yamlErrors.filter((d) => /Fix line/.test(d.message));
    expect([...new Set(named.map((d) => d.line))]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const rest = yamlErrors.filter((d) => !/Fix line/.test(d.message));
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ line: 12, message: expect.stringMatching(/on 1,990 more line\(s\) too, from line 12 to line 2001; what they hold was not read/) });
    expect(parsed.body).toBe('Text.\n');
    expect(parsed.source.referenceDate).toBe('2017-07-08');
  });
});
