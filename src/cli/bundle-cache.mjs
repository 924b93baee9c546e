// Plain JavaScript on purpose: bin/event-timeline.js loads it before any TypeScript can run.
/**
 * The CLI and its worker threads run from one ES module per entry, bundled by esbuild from the
 * TypeScript sources and kept in node_modules/.cache/event-timeline/ until a source file
 * changes. Loading one bundle takes a fraction of the time tsx needs to compile every module on
 * each start. Packages stay external (they load from node_modules as usual).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/event-timeline/', import.meta.url));

/** Name, size and modification time of every source file under `dir` (tests aside), hashed. */
export function fingerprint(dir = SRC) {
  const hash = createHash('sha256');
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = path.join(at, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (/\.(m?ts|mjs|js|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const s = statSync(abs);
        hash.update(`${path.relative(dir, abs)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

/** The bundle's own URL, spelt so that ownMetaUrl (which rewrites this very file too) leaves it alone. */
const BANNER = `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta${'.'}url);`;

/** Keeps each module's own import.meta.url in the bundle, so paths relative to a source file still work. */
const ownMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(m?ts|mjs)$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: args.path.endsWith('.mjs') ? 'js' : 'ts' };
    });
  },
};

/** The URL of the bundle of `name` for the current sources if it is built already, else null (nothing is built). */
export function cachedBundle(name, options = {}) {
  try {
    const file = path.join(options.cacheDir ?? CACHE, `${name}-${fingerprint(options.srcDir ?? SRC)}.mjs`);
    return existsSync(file) ? pathToFileURL(file) : null;
  } catch {
    return null;
  }
}

/**
 * The URL of the bundle of `entry` (a file URL of a TypeScript module), built now unless the
 * cache holds one for the current sources. Null when it cannot be built (no esbuild, a read-only
 * cache): the caller then loads the sources through tsx.
 */
export async function bundled(name, entry, options = {}) {
  const srcDir = options.srcDir ?? SRC;
  const cacheDir = options.cacheDir ?? CACHE;
  try {
    const current = fingerprint(srcDir);
    const file = path.join(cacheDir, `${name}-${current}.mjs`);
    if (existsSync(file)) return pathToFileURL(file);
    const { build } = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    // Built under a name of this process and renamed: a concurrent run never imports half a file.
    const partial = `${file}.${process.pid}.partial`;
    await build({
      ...buildOptions(entry),
      outfile: partial,
      format: 'esm',
      // Stack traces under --debug name the TypeScript files; the sources themselves stay out of the map.
      sourcemap: 'inline',
      sourcesContent: false,
      // CommonJS packages inside an ES module still need require() for Node's own modules.
      banner: { js: BANNER },
    });
    renameSync(partial, file);
    removeOlder(cacheDir, name, current);
    return pathToFileURL(file);
  } catch {
    return null;
  }
}

/** What every bundle of an entry shares, whatever its module format. */
function buildOptions(entry) {
  return {
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    // Packages are bundled too (one file to load, not hundreds), except those with native parts.
    external: ['esbuild', 'tsx', 'tsx/*', 'vite', 'fsevents'],
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [ownMetaUrl],
  };
}

/**
 * The start-up snapshot of an entry: V8's heap once every module of the CLI has loaded (chrono's
 * parsers made, compromise's lexicon built), which a run deserialises instead of loading and
 * evaluating the bundle again: `node --snapshot-blob <blob> -- <args>`. Kept per state of the
 * sources and per Node version and platform (a blob only starts on the Node that made it).
 */
export function snapshotFile(name, options = {}) {
  return snapshotPath(name, fingerprint(options.srcDir ?? SRC), options.cacheDir ?? CACHE);
}

function snapshotPath(name, current, cacheDir) {
  return path.join(cacheDir, `${name}-${current}-${process.version}-${process.platform}-${process.arch}.blob`);
}

/** The snapshot's path when one is cached for the current sources and this Node, else null. */
export function cachedSnapshot(name, options = {}) {
  try {
    const file = snapshotFile(name, options);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** A build started less than this long ago is still under way (or died): no second one starts meanwhile. */
const BUILD_LOCK_MS = 120_000;
/**
 * A build that failed is not tried again for the same sources and Node for this long: every run
 * would otherwise start another doomed build in the background. (A failure may be passing, a
 * full disk or a loaded machine timing the check out: a day later, one more try.)
 */
const FAILED_RETRY_MS = 24 * 3_600_000;

/** The marker a failed build leaves beside where its snapshot would be, with the reason in it. */
function failedMarker(file) {
  return `${file}.failed`;
}

/** Whether a build of this snapshot failed lately (see FAILED_RETRY_MS). */
function failedLately(file) {
  try {
    return Date.now() - statSync(failedMarker(file)).mtimeMs < FAILED_RETRY_MS;
  } catch {
    return false;
  }
}

/**
 * Builds the snapshot of `entry` (a module that calls v8.startupSnapshot.setDeserializeMainFunction)
 * unless it is cached: a CommonJS bundle of it (the snapshot builder runs one CommonJS script),
 * then `node --build-snapshot`. The blob is kept only if a run of it with the arguments `check`
 * exits cleanly. Returns its path, or null when it could not be made (the CLI then starts from the
 * ES module bundle, as before).
 */
export async function buildSnapshot(name, entry, options = {}) {
  const cacheDir = options.cacheDir ?? CACHE;
  let lock = null;
  try {
    const current = fingerprint(options.srcDir ?? SRC);
    const file = snapshotPath(name, current, cacheDir);
    if (existsSync(file)) return file;
    if (failedLately(file)) return null;
    mkdirSync(cacheDir, { recursive: true });
    const lockFile = `${file}.lock`;
    try {
      if (Date.now() - statSync(lockFile).mtimeMs < BUILD_LOCK_MS) return null;
      rmSync(lockFile, { force: true });
    } catch {
      // No build under way.
    }
    // Created only if absent: of two runs starting a build at once, one builds.
    closeSync(openSync(lockFile, 'wx'));
    lock = lockFile;
    const script = `${file}.${process.pid}.cjs`;
    const partial = `${file}.${process.pid}.partial`;
    try {
      const { build } = await import('esbuild');
      await build({ ...buildOptions(entry), outfile: script, format: 'cjs' });
      execFileSync(process.execPath, ['--snapshot-blob', partial, '--build-snapshot', script], { cwd: cacheDir, stdio: 'ignore', timeout: 120_000 });
      execFileSync(process.execPath, ['--snapshot-blob', partial, '--', ...(options.check ?? [])], { stdio: 'ignore', timeout: 60_000 });
      renameSync(partial, file);
    } catch (error) {
      try {
        writeFileSync(failedMarker(file), `${new Date().toISOString()} ${error instanceof Error ? error.message : String(error)}\n`);
      } catch {
        // Not even the marker can be written (a read-only cache): nothing more to do.
      }
      throw error;
    } finally {
      rmSync(script, { force: true });
      rmSync(partial, { force: true });
    }
    rmSync(failedMarker(file), { force: true });
    removeOlder(cacheDir, name, current);
    return file;
  } catch {
    return null;
  } finally {
    if (lock) rmSync(lock, { force: true });
  }
}

/**
 * Starts building the snapshot in a detached process that outlives this run (a build takes a few
 * seconds: this run goes on from the bundle, the next ones start from the snapshot).
 */
export function buildSnapshotInBackground(name, entry, check = []) {
  try {
    // A build for these sources failed lately: no process is started to fail again.
    if (failedLately(snapshotFile(name))) return;
    const builder = fileURLToPath(new URL('./build-snapshot.mjs', import.meta.url));
    spawn(process.execPath, [builder, name, entry.href, ...check], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    // No snapshot this time: the bundle serves.
  }
}

/**
 * Bundles and snapshots of this entry for sources that have changed since an hour ago: no run
 * still starts from them. `current` is the fingerprint of the sources now; its files stay.
 */
function removeOlder(cacheDir, name, current) {
  const hourAgo = Date.now() - 3_600_000;
  // A snapshot is read whole as its run starts, moments after the check that it exists; at 11 MB
  // each, those of earlier sources go after a minute.
  const minuteAgo = Date.now() - 60_000;
  for (const entry of readdirSync(cacheDir)) {
    if (!entry.startsWith(`${name}-`) || entry.startsWith(`${name}-${current}`) || !/\.(mjs|blob|partial|cjs|lock|failed)$/.test(entry)) continue;
    const abs = path.join(cacheDir, entry);
    // Another run may be about to load a recent one (or still be writing it): those stay a while.
    try {
      if (statSync(abs).mtimeMs < (entry.endsWith('.blob') ? minuteAgo : hourAgo)) rmSync(abs, { force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
