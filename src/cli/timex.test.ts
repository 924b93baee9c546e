import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import type { Timex } from '../temporal/types.ts';
import { run } from './timex.ts';

afterEach(() => vi.restoreAllMocks());

test('timex prints the annotations of a file as JSON, offsets into the text as read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'et-timex-'));
  const text = 'ISF started its siege in October,\r\nretaking east Mosul by the end of January. Now it is over.';
  writeFileSync(join(dir, 'a.txt'), text);
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s)));
  expect(await run(['--dct', '2017-07-09', join(dir, 'a.txt')])).toBe(0);
  const list = JSON.parse(out.join('\n')) as Timex[];
  expect(list.map((t) => [t.text, t.value])).toEqual([
    ['October', '2016-10'],
    ['the end of January', '2017-01'],
    ['Now', 'PRESENT_REF'],
  ]);
  for (const t of list) expect(text.slice(t.start, t.end)).toBe(t.text);
});

test('timex needs a valid --dct and one readable file', async () => {
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((s: unknown) => void err.push(String(s)));
  expect(await run(['x.txt'])).toBe(2);
  expect(await run(['--dct', '2017-13-45', 'x.txt'])).toBe(2);
  expect(await run(['--dct', '2017-07-09', 'a', 'b'])).toBe(2);
  expect(await run(['--dct', '2017-07-09', '/nonexistent/file.txt'])).toBe(1);
  expect(err.join('\n')).toMatch(/--dct takes a calendar date YYYY-MM-DD/);
  expect(err.join('\n')).toMatch(/no such file/);
});
