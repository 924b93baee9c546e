import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from './eval.ts';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-07-09" functionInDocument="CREATION_TIME">July 9, 2017</TIMEX3></DCT>
<TEXT>
Iraqi forces retook Mosul <TIMEX3 tid="t1" type="DATE" value="2017-07-08">Saturday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P9M" mod="APPROX">nearly nine-month</TIMEX3> siege that began in <TIMEX3 tid="t3" type="DATE" value="2016-10">October</TIMEX3>.
</TEXT>
</TimeML>`;

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'et-eval-'));
  writeFileSync(join(dir, 'mosul.tml'), TML);

  test('walks a folder, tags with the DCT and prints the TempEval-3 table', async () => {
    const io = capture();
    expect(await run([dir])).toBe(0);
    const table = io.out.join('\n');
    expect(table).toMatch(/event-timeline tagger on 1 documents/);
    expect(table).toMatch(/^ALL\s+3\s+3\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000$/m);
  });

  test('--tagger chrono scores chrono alone; --errors lists what it gets wrong', async () => {
    const io = capture();
    expect(await run([dir, '--tagger', 'chrono', '--errors'])).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/chrono-node alone on 1 documents/);
    expect(text).toMatch(/missed\s+.*"nearly nine-month" DURATION P9M/);
    expect(text).toMatch(/wrong value .*"October" DATE 2016-10 \| ours "October" DATE 2017-10/);
  });

  test('usage mistakes exit with 2 and say what is wrong', async () => {
    const io = capture();
    expect(await run([])).toBe(2);
    expect(await run([dir, '--tagger', 'heideltime'])).toBe(2);
    expect(await run([dir, '--frobnicate'])).toBe(2);
    expect(await run([join(dir, 'missing')])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--tagger takes "ours" or "chrono"/);
  });

  test('a broken corpus file is skipped with a message and exit 1, the good ones still scored', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'et-eval-bad-'));
    writeFileSync(join(bad, 'good.tml'), TML);
    writeFileSync(join(bad, 'broken.xml'), '<Document><token');
    const io = capture();
    expect(await run([bad])).toBe(1);
    expect(io.err.join('\n')).toMatch(/broken\.xml/);
    expect(io.out.join('\n')).toMatch(/on 1 documents/);
  });
});
