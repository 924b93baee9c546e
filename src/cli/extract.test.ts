import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../cli.ts';
import type { Timeline } from '../model.ts';
import { schemaErrors } from '../../test/properties/validate-timeline.ts';
import type { CliIO } from './io.ts';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

async function run(args: string[], cwd = ROOT, stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, stderrIsTTY: false, cwd, stdin: async () => new TextEncoder().encode(stdin) };
  const code = await main(args, io);
  return { code, out, err };
}

function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'et-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('extract', () => {
  test('data/ by default: a table with one row per event of the JSON, then the diagnostics, exit 0', async () => {
    const { code, out, err } = await run(['extract']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const timeline = JSON.parse((await run(['extract', '--json'])).out) as Timeline;
    expect(timeline.events.length).toBeGreaterThan(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^date +granularity +src +flags +title$/);
    expect(lines[1]).toMatch(/^-+ +-+ +-+ +-+ +-+$/);
    timeline.events.forEach((e, i) => {
      const row = lines[i + 2]!;
      expect(row.startsWith(e.end && e.end !== e.start ? `${e.start}/${e.end} ` : `${e.start} `)).toBe(true);
      expect(row).toContain(e.granularity);
      expect(row).toContain(e.title.replace(/\s+/g, ' ').slice(0, 20));
      if (e.inferred) expect(row).toContain('inferred');
    });
    for (const d of timeline.diagnostics) expect(out).toContain(`${d.file}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`);
    expect(out).toMatch(new RegExp(`\\n${timeline.events.length} events? from 2 sources; 0 errors, \\d+ warnings?\\.\\n$`));
  });

  test('--json on data/ validates against the schema and names both sources', async () => {
    const { code, out } = await run(['extract', '--json', 'data']);
    expect(code).toBe(0);
    const timeline = JSON.parse(out) as Timeline;
    expect(schemaErrors(timeline)).toEqual([]);
    expect(timeline.sources.map((s) => s.file)).toEqual([
      'data/americanpatriotdaily-us-big-win-in-iraq.md',
      'data/dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md',
    ]);
    for (const e of timeline.events) for (const m of e.mentions) {
      const body = timeline.sources.find((s) => s.id === m.source)!.text!;
      expect(body.slice(m.start, m.end)).toBe(m.text);
      expect(body.slice(m.dateStart, m.dateEnd)).toBe(m.dateText);
    }
  });

  // The whole hostile folder, pathological lines included, through the real pipeline.
  test('the hostile folder: good sources still come through, every problem named, exit 1, no stack trace', { timeout: 60_000 }, async () => {
    const { code, out, err } = await run(['extract', '--json', 'test/fixtures/hostile']);
    expect(code).toBe(1);
    const timeline = JSON.parse(out) as Timeline;
    expect(schemaErrors(timeline)).toEqual([]);
    expect(timeline.events.length).toBeGreaterThan(5);
    const files = new Set(timeline.events.flatMap((e) => e.mentions.map((m) => timeline.sources.find((s) => s.id === m.source)!.file)));
    for (const good of ['crlf.md', 'utf8-bom.md', 'utf16le-bom.md', 'windows-1252.md', 'broken-yaml.md', 'pathological-spaces.txt']) {
      expect(files).toContain(`test/fixtures/hostile/${good}`);
    }
    // Two ordinary sentences around 200,000 spaces are both read.
    const spaces = timeline.sources.find((s) => s.file.endsWith('pathological-spaces.txt'))!.id;
    const spaceDates = timeline.events.filter((e) => e.mentions.some((m) => m.source === spaces)).map((e) => e.start).sort();
    expect(spaceDates).toEqual(['2017-06-01', '2017-06-02']);
    expect(new Set(timeline.sources.map((s) => s.id)).size).toBe(timeline.sources.length);
    expect(err).toMatch(/^test\/fixtures\/hostile\/binary-pdf\.md: error: this is a PDF document/m);
    expect(err).toMatch(/^test\/fixtures\/hostile\/impossible-date\.md:3: error: datePublished "2017-13-45"/m);
    expect(err).not.toMatch(/\n\s+at /);
  });

  test('--strict: warnings fail too, and no timeline is printed', async () => {
    const dir = tempDir({ 'a.md': '---\nheadline: A\ntitel: typo\ndatePublished: 2017-07-08\n---\nMosul fell on 9 July 2017.\n' });
    const loose = await run(['extract', '--json', dir]);
    expect(loose.code).toBe(0);
    const strict = await run(['extract', '--strict', '--json', dir]);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe('');
    expect(strict.err).toMatch(/a\.md:3: warning: unknown front-matter key "titel"/);
  });

  test('folders are walked; other files are named as skipped; explicit files are read', async () => {
    const dir = tempDir({
      'news/a.md': 'Mosul fell to ISIS in June 2014.\n',
      'news/deep/b.markdown': 'The offensive began in October 2016.\n',
      'news/c.TXT': 'The city was retaken in July 2017.\n',
      'news/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
      'news/.hidden.md': 'Not read: hidden.\n',
      'notes.text': 'Read because named: 3 March 2015.\n',
    });
    const { code, out } = await run(['extract', '--json', 'news', 'notes.text'], dir);
    expect(code).toBe(0);
    const timeline = JSON.parse(out) as Timeline;
    expect(timeline.sources.map((s) => s.file).sort()).toEqual(['news/a.md', 'news/c.TXT', 'news/deep/b.markdown', 'notes.text']);
    expect(timeline.diagnostics).toContainEqual(expect.objectContaining({ file: 'news/photo.jpg', severity: 'warning', message: expect.stringMatching(/not a source.*skipped/) }));
  });

  test('a symlink loop is walked once; a file reached twice is read once', async () => {
    const dir = tempDir({ 'news/a.md': 'Mosul fell to ISIS in June 2014.\n' });
    symlinkSync(path.join(dir, 'news'), path.join(dir, 'news', 'loop'));
    symlinkSync(path.join(dir, 'news', 'a.md'), path.join(dir, 'news', 'same.md'));
    const { code, out } = await run(['extract', '--json', 'news', 'news/a.md'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Timeline).sources.map((s) => s.file)).toEqual(['news/a.md']);
  });

  test('in a folder, a pipe named like an article is an error and a link to nothing a warning; the good source is still read', async () => {
    const dir = tempDir({ 'news/a.md': 'Mosul fell to ISIS in June 2014.\n' });
    execFileSync('mkfifo', [path.join(dir, 'news', 'pipe.md')]);
    symlinkSync(path.join(dir, 'news', 'gone.md'), path.join(dir, 'news', 'dangling.md'));
    // Not an article's name: passed over as before.
    execFileSync('mkfifo', [path.join(dir, 'news', 'control')]);
    const { code, out } = await run(['extract', '--json', 'news'], dir);
    expect(code).toBe(1);
    const timeline = JSON.parse(out) as Timeline;
    expect(timeline.sources.map((s) => s.file)).toEqual(['news/a.md']);
    expect(timeline.events.length).toBeGreaterThan(0);
    expect(timeline.diagnostics.filter((d) => d.file !== 'news/a.md')).toEqual([
      { file: 'news/dangling.md', severity: 'warning', message: 'a symbolic link to a file that does not exist; it was not read. Point the link at the article, or remove it.' },
      { file: 'news/pipe.md', severity: 'error', message: 'not a regular file (a device, pipe or socket); it was not read. Give article files or folders.' },
    ]);
  });

  test('a file in a folder reached through a symlinked folder is the same file', async () => {
    const dir = tempDir({ 'real/a.md': 'Mosul fell to ISIS in June 2014.\n' });
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    const { code, out } = await run(['extract', '--json', 'real/a.md', 'alias'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Timeline).sources.map((s) => s.file)).toEqual(['real/a.md']);
  });

  // Starting a worker loads the engine through tsx (seconds of CPU on a busy 2-core machine).
  test('worker threads (a pool, or the tagging worker of --jobs 2) give the same timeline as one thread', { timeout: 120_000 }, async () => {
    const h = 'test/fixtures/hostile';
    const paths = ['data', `${h}/crlf.md`, `${h}/windows-1252.md`, `${h}/broken-yaml.md`, `${h}/same-id.md`, `${h}/same-id`, `${h}/binary-pdf.md`];
    const one = await run(['extract', '--json', '--jobs', '0', ...paths]);
    const many = await run(['extract', '--json', '--jobs', '3', ...paths]);
    const two = await run(['extract', '--json', '--jobs', '2', ...paths]);
    const strip = (s: string) => ({ ...(JSON.parse(s) as Timeline), generatedAt: '' });
    expect(one.code).toBe(1);
    expect(many.code).toBe(one.code);
    expect(strip(many.out)).toEqual(strip(one.out));
    expect(two.code).toBe(one.code);
    expect(strip(two.out)).toEqual(strip(one.out));
  });

  test('other formats go through the exporter; diagnostics go to stderr', async () => {
    const csv = await run(['extract', '-f', 'csv', 'data']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toMatch(/start/i);
    const ics = await run(['extract', '--format', 'ics', 'data']);
    expect(ics.out).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.err).toMatch(/warning/);
  });

  test('usage mistakes exit 2 with a message and no stack trace', async () => {
    for (const args of [['extract', '--bogus'], ['extract', '--format', 'pdf'], ['extract', '--json', '--format', 'csv'], ['extract', 'no/such/folder'], ['extract', '--jobs', 'x'], ['frobnicate'], []]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err + r.out, args.join(' ')).not.toMatch(/\n\s+at /);
      expect((r.err + r.out).length, args.join(' ')).toBeGreaterThan(10);
    }
    expect((await run(['extract', 'no/such/folder'])).err).toMatch(/no such file or folder: no\/such\/folder/);
  });

  test('"-" reads a source from standard input, beside files', async () => {
    const r = await run(['extract', '--json', '-', 'data'], ROOT, '---\ndatePublished: 2017-07-10\n---\nTroops retook Mosul on 9 July 2017.\n');
    expect(r.code).toBe(0);
    const timeline = JSON.parse(r.out) as Timeline;
    expect(timeline.sources.map((s) => s.file)).toContain('stdin');
    expect(timeline.sources.find((s) => s.file === 'stdin')!.referenceDate).toBe('2017-07-10');
  });

  test('a device named on the command line is refused, not read for ever', async () => {
    const r = await run(['extract', '--json', 'data', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^\/dev\/zero: error: not a regular file/m);
    expect((JSON.parse(r.out) as Timeline).sources).toHaveLength(2);
  });

  test('a file far bigger than any article is refused before it is read', async () => {
    const dir = tempDir({ 'huge.txt': '', 'ok.md': 'Troops left Mosul in June 2014.\n' });
    truncateSync(path.join(dir, 'huge.txt'), 250_000_000); // sparse: takes no disk space
    const r = await run(['extract', '--json', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^huge\.txt: error: the file is 250 MB, more than the 200 MB a source may have; it was not read\. Split it into articles\.$/m);
    expect((JSON.parse(r.out) as Timeline).sources.map((s) => s.file)).toEqual(['ok.md']);
  });

  test('a folder without sources is an error that says what to add', async () => {
    const dir = tempDir({ 'x.pdf': '%PDF-1.4' });
    const r = await run(['extract', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no sources found.*\.md.*\.txt/);
    expect(r.err).toMatch(/x\.pdf: warning: not a source/);
  });

  test('--help everywhere', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/extract/);
    expect(top.out).toMatch(/timex/);
    expect(top.out).toMatch(/eval/);
    const ex = await run(['extract', '--help']);
    expect(ex.code).toBe(0);
    expect(ex.out).toMatch(/--format <format>/);
    expect(ex.out).toMatch(/Exit status: 0/);
  });
});
