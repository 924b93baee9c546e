import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSnapshot, bundled, cachedSnapshot, fingerprint } from './bundle-cache.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'event-timeline-bundle-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('bundle cache', () => {
  it('fingerprints source files by name, size and time, not tests', () => {
    const src = tempDir();
    writeFileSync(path.join(src, 'a.ts'), 'export const a = 1;\n');
    const first = fingerprint(src);
    writeFileSync(path.join(src, 'a.test.ts'), 'test file');
    expect(fingerprint(src)).toBe(first);
    writeFileSync(path.join(src, 'a.ts'), 'export const a = 22;\n');
    expect(fingerprint(src)).not.toBe(first);
  });

  it('builds once per state of the sources, keeps each module its own import.meta.url, and drops stale bundles', async () => {
    const src = tempDir();
    const cache = tempDir();
    mkdirSync(path.join(src, 'sub'));
    const inner = path.join(src, 'sub', 'where.ts');
    writeFileSync(inner, 'export const where: string = import.meta.url;\n');
    const entry = path.join(src, 'main.ts');
    writeFileSync(entry, "export { where } from './sub/where.ts';\nexport const version: number = 1;\n");
    const url = await bundled('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache });
    expect(url).not.toBeNull();
    const mod = (await import(url!.href)) as { where: string; version: number };
    expect(mod.where).toBe(pathToFileURL(inner).href);
    const built = statSync(url!).mtimeMs;

    // Same sources: the same file, not rebuilt.
    const again = await bundled('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache });
    expect(again!.href).toBe(url!.href);
    expect(statSync(again!).mtimeMs).toBe(built);

    // A changed source: a new bundle with the change, and the old one removed.
    writeFileSync(entry, "export { where } from './sub/where.ts';\nexport const version: number = 2;\n");
    utimesSync(entry, new Date(), new Date(Date.now() + 5000));
    const next = await bundled('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache });
    expect(next!.href).not.toBe(url!.href);
    expect(((await import(next!.href)) as { version: number }).version).toBe(2);
    // The older bundle stays an hour (a run may be loading it), then goes.
    expect(readdirSync(cache).sort()).toEqual([path.basename(fileURLToPath(url!)), path.basename(fileURLToPath(next!))].sort());
    const hourAgo = new Date(Date.now() - 3_700_000);
    utimesSync(fileURLToPath(url!), hourAgo, hourAgo);
    writeFileSync(entry, "export { where } from './sub/where.ts';\nexport const version: number = 3;\n");
    utimesSync(entry, new Date(), new Date(Date.now() + 10_000));
    const third = await bundled('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache });
    expect(readdirSync(cache).sort()).toEqual([path.basename(fileURLToPath(next!)), path.basename(fileURLToPath(third!))].sort());
  });

  it('says null, not throws, when a bundle cannot be built', async () => {
    const src = tempDir();
    writeFileSync(path.join(src, 'broken.ts'), 'export const = ;\n');
    expect(await bundled('broken', pathToFileURL(path.join(src, 'broken.ts')), { srcDir: src, cacheDir: tempDir() })).toBeNull();
  });

  it('bundles the real CLI (this file and CommonJS packages included)', async () => {
    const url = await bundled('cli', new URL('../cli.ts', import.meta.url), { cacheDir: tempDir() });
    expect(url).not.toBeNull();
    const cli = (await import(url!.href)) as { main: unknown };
    expect(typeof cli.main).toBe('function');
    // Subcommands load lazily from inside the bundle, not from files beside it.
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'Iraqi forces retook Mosul on Saturday.');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(url!.href)}); process.exitCode = await main(['timex', '--dct', '2017-07-09', ${JSON.stringify(path.join(dir, 'a.txt'))}]);`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2017-07-08');
  }, 60_000);

  it('runs the real CLI from its bundle (CommonJS packages included)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/event-timeline.js'), 'extract', path.join(ROOT, 'data'), '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EVENT_TIMELINE_SNAPSHOT: '0' } });
    expect(r.status).toBe(0);
    const timeline = JSON.parse(r.stdout) as { events: Array<{ title: string; start: string }> };
    expect(timeline.events.some((e) => e.title === 'Iraqi Security Forces retake Mosul' && e.start === '2017-07-08')).toBe(true);
  }, 60_000);

  it('builds a start-up snapshot once per state of the sources, which hands its main every argument', async () => {
    const src = tempDir();
    const cache = tempDir();
    const entry = path.join(src, 'main.ts');
    const write = (greeting: string) => writeFileSync(entry, `import { startupSnapshot } from 'node:v8';
const greeting: string = ${JSON.stringify(greeting)};
startupSnapshot.setDeserializeMainFunction(() => { console.log(JSON.stringify([greeting, ...process.argv.slice(1)])); });
`);
    write('hello');
    expect(cachedSnapshot('probe', { srcDir: src, cacheDir: cache })).toBeNull();
    const blob = await buildSnapshot('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache, check: ['--version'] });
    expect(blob).not.toBeNull();
    expect(cachedSnapshot('probe', { srcDir: src, cacheDir: cache })).toBe(blob);
    // Arguments Node would take for its own (--version) reach the entry after `--`.
    const run = spawnSync(process.execPath, ['--snapshot-blob', blob!, '--', '--version', 'extract', '-j', '2'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['hello', '--version', 'extract', '-j', '2']);
    // Only the blob is left: no bundle, partial file or lock.
    expect(readdirSync(cache)).toEqual([path.basename(blob!)]);

    // A changed source: no snapshot until one is built for it.
    write('hi');
    utimesSync(entry, new Date(), new Date(Date.now() + 5000));
    expect(cachedSnapshot('probe', { srcDir: src, cacheDir: cache })).toBeNull();
    const next = await buildSnapshot('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache });
    expect(next).not.toBe(blob);
    expect(JSON.parse(spawnSync(process.execPath, ['--snapshot-blob', next!, '--'], { encoding: 'utf8' }).stdout)).toEqual(['hi']);
    // The earlier blob stays a minute (a run may be starting from it), then goes with the next build.
    expect(readdirSync(cache).sort()).toEqual([path.basename(blob!), path.basename(next!)].sort());
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(blob!, twoMinutesAgo, twoMinutesAgo);
    write('hey');
    utimesSync(entry, new Date(), new Date(Date.now() + 10_000));
    const third = await buildSnapshot('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache });
    expect(readdirSync(cache).sort()).toEqual([path.basename(next!), path.basename(third!)].sort());
  }, 60_000);

  it('keeps no snapshot whose check run fails, says null, and does not try again for the same sources', async () => {
    const src = tempDir();
    const cache = tempDir();
    const entry = path.join(src, 'main.ts');
    // Fails its check run (--version) only: a second build checked without arguments would pass.
    writeFileSync(entry, "import { startupSnapshot } from 'node:v8';\nstartupSnapshot.setDeserializeMainFunction(() => { if (process.argv.includes('--version')) process.exitCode = 3; });\n");
    expect(await buildSnapshot('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache, check: ['--version'] })).toBeNull();
    const marker = readdirSync(cache);
    expect(marker).toHaveLength(1);
    expect(marker[0]).toMatch(/^probe-[0-9a-f]{16}-.*\.blob\.failed$/);
    expect(readFileSync(path.join(cache, marker[0]!), 'utf8')).toMatch(/Command failed/);
    // The same sources: the failure stands, no second build is made.
    expect(await buildSnapshot('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache, check: [] })).toBeNull();
    expect(readdirSync(cache)).toEqual(marker);
    // Changed sources are built again, and the blob replaces nothing it should not.
    writeFileSync(entry, "import { startupSnapshot } from 'node:v8';\nstartupSnapshot.setDeserializeMainFunction(() => {});\n");
    const blob = await buildSnapshot('probe', pathToFileURL(entry), { srcDir: src, cacheDir: cache, check: ['--version'] });
    expect(blob).not.toBeNull();
    expect(readdirSync(cache)).toContain(path.basename(blob!));
  }, 60_000);

  it('runs the real CLI from its snapshot with the same results as from its bundle', async () => {
    const blob = await buildSnapshot('cli', new URL('./snapshot-main.ts', import.meta.url), { cacheDir: tempDir(), check: ['--version'] });
    expect(blob).not.toBeNull();
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'Iraqi forces retook Mosul on Saturday.');
    const cases = [
      ['extract', path.join(ROOT, 'data'), '--json'],
      ['extract', path.join(ROOT, 'data')],
      ['timex', '--dct', '2017-07-09', path.join(dir, 'a.txt')],
      ['extract', path.join(dir, 'missing')],
      ['--version'],
    ];
    const stable = (text: string) => text.replace(/"generatedAt": "[^"]*"/, '');
    for (const args of cases) {
      const fromSnapshot = spawnSync(process.execPath, ['--snapshot-blob', blob!, '--', ...args], { cwd: ROOT, encoding: 'utf8' });
      const fromBundle = spawnSync(process.execPath, [path.join(ROOT, 'bin/event-timeline.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EVENT_TIMELINE_SNAPSHOT: '0' } });
      expect({ args, status: fromSnapshot.status, stdout: stable(fromSnapshot.stdout), stderr: fromSnapshot.stderr })
        .toEqual({ args, status: fromBundle.status, stdout: stable(fromBundle.stdout), stderr: fromBundle.stderr });
    }
  }, 120_000);
});
