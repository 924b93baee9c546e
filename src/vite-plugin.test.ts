import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import eventTimeline, { DataFolder, buildFolderTimeline, formatDiagnostic } from './vite-plugin.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'event-timeline-plugin-'));
  await cp(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BROKEN = ['---', 'headline: [unclosed', 'datePublished: 2017-07-10', '---', '', 'Iraqi forces recaptured the old city of Mosul on 9 July 2017, officials said.', ''].join('\n');

describe('buildFolderTimeline', () => {
  it('builds the Mosul articles with names relative to the project', async () => {
    const timeline = await buildFolderTimeline(new DataFolder(path.join(dir, 'data'), dir));
    expect(timeline.sources.map((s) => s.file).sort()).toEqual([
      'data/americanpatriotdaily-us-big-win-in-iraq.md',
      'data/dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md',
    ]);
    expect(timeline.events.some((e) => e.mentions.some((m) => m.text.includes('Mosul')))).toBe(true);
    expect(timeline.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the good sources beside a broken one, and names the broken file and line', async () => {
    await writeFile(path.join(dir, 'data', 'broken.md'), BROKEN);
    const timeline = await buildFolderTimeline(new DataFolder(path.join(dir, 'data'), dir));
    const error = timeline.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ file: 'data/broken.md', line: 2 });
    expect(formatDiagnostic(error!)).toMatch(/^data\/broken\.md:2: error: /);
    expect(timeline.sources).toHaveLength(3);
    expect(timeline.events.some((e) => e.mentions.some((m) => m.text.includes('recaptured the old city')))).toBe(true);
  });

  it('warns about files that are not sources, skips hidden ones, and walks sub-folders', async () => {
    await writeFile(path.join(dir, 'data', 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(path.join(dir, 'data', '.draft.md.swp'), 'x');
    await mkdir(path.join(dir, 'data', '2017'));
    await writeFile(path.join(dir, 'data', '2017', 'note.txt'), 'The bridge reopened on 12 September 2017.');
    const timeline = await buildFolderTimeline(new DataFolder(path.join(dir, 'data'), dir));
    expect(timeline.diagnostics.filter((d) => d.file === 'data/photo.png')).toMatchObject([{ severity: 'warning' }]);
    expect(timeline.diagnostics.some((d) => d.file.includes('.swp'))).toBe(false);
    expect(timeline.sources.map((s) => s.file)).toContain('data/2017/note.txt');
  });

  it('says a pipe named like an article (or a link to one) is not read, and never waits on it', async () => {
    execFileSync('mkfifo', [path.join(dir, 'data', 'pipe.md')]);
    await symlink(path.join(dir, 'data', 'pipe.md'), path.join(dir, 'data', 'to-pipe.md'));
    const timeline = await buildFolderTimeline(new DataFolder(path.join(dir, 'data'), dir));
    expect(timeline.diagnostics.filter((d) => /pipe/.test(d.file))).toEqual([
      { file: 'data/pipe.md', severity: 'error', message: 'not a regular file (a device, pipe or socket); it was not read. Put article files in the data folder.' },
      { file: 'data/to-pipe.md', severity: 'error', message: 'not a regular file (a device, pipe or socket); it was not read. Put article files in the data folder.' },
    ]);
    expect(timeline.sources).toHaveLength(2);
  });

  it('reports a missing folder instead of throwing', async () => {
    const timeline = await buildFolderTimeline(new DataFolder(path.join(dir, 'nope'), dir));
    expect(timeline.events).toEqual([]);
    expect(timeline.diagnostics).toMatchObject([{ file: 'nope', severity: 'error' }]);
    expect(timeline.diagnostics[0]!.message).toMatch(/EVENT_TIMELINE_DATA/);
  });

  it('re-reads only what changed, and sees a change of the same size', async () => {
    const folder = new DataFolder(path.join(dir, 'data'), dir);
    const file = path.join(dir, 'data', 'note.txt');
    await writeFile(file, 'The bridge reopened on 12 September 2017.');
    const first = await folder.read();
    const second = await folder.read();
    for (const f of second.files) expect(first.files.find((g) => g.file === f.file)!.entry).toBe(f.entry);
    // Same length, new bytes, new mtime: must be read again.
    await writeFile(file, 'The bridge reopened on 13 September 2017.');
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    const timeline = await buildFolderTimeline(folder);
    expect(timeline.sources.find((s) => s.file === 'data/note.txt')!.text).toContain('13 September');
  });
});

describe('the plugin on vite build', () => {
  async function build(strict: boolean) {
    const { build: viteBuild } = await import('vite');
    const outDir = path.join(dir, 'dist');
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
    await viteBuild({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [eventTimeline({ dataDir: 'data', strict })],
      build: { outDir, emptyOutDir: true },
    });
    return JSON.parse(await readFile(path.join(outDir, 'timeline.json'), 'utf8')) as { sources: unknown[]; diagnostics: Array<{ file: string }> };
  }

  it('emits timeline.json built from the good sources, with the problems in it', async () => {
    await writeFile(path.join(dir, 'data', 'broken.md'), BROKEN);
    const timeline = await build(false);
    expect(timeline.sources).toHaveLength(3);
    expect(timeline.diagnostics.map((d) => d.file)).toContain('data/broken.md');
  });

  it('fails in strict mode when a source has an error, and passes when clean', async () => {
    await expect(build(true)).resolves.toMatchObject({ sources: [{}, {}] });
    await writeFile(path.join(dir, 'data', 'broken.md'), BROKEN);
    await expect(build(true)).rejects.toThrow(/strict/);
  });
});

describe('DataFolder', () => {
  it('follows symbolic links to files and folders, and survives a link loop', async () => {
    const { symlink } = await import('node:fs/promises');
    const outside = path.join(dir, 'elsewhere');
    await mkdir(outside);
    await writeFile(path.join(outside, 'linked.txt'), 'The dam was secured on 3 March 2017.');
    await symlink(path.join(outside, 'linked.txt'), path.join(dir, 'data', 'linked.txt'));
    await symlink(path.join(dir, 'data'), path.join(dir, 'data', 'loop'));
    await symlink(path.join(dir, 'missing.md'), path.join(dir, 'data', 'dangling.md'));
    const { files, diagnostics } = await new DataFolder(path.join(dir, 'data'), dir).read();
    expect(files.map((f) => f.file)).toContain('data/linked.txt');
    // The loop adds nothing: every article once.
    expect(files.filter((f) => f.file.endsWith('dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md'))).toHaveLength(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'data/dangling.md', severity: 'error' }));
  });
});
