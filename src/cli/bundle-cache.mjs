// Plain JavaScript on purpose: bin/event-timeline.js loads it before any TypeScript can run.
/**
 * The CLI and its worker threads run from one ES module per entry, bundled by esbuild from the
 * TypeScript sources and kept in node_modules/.cache/event-timeline/ until a source file
 * changes. Loading one bundle takes a fraction of the time tsx needs to compile every module on
 * each start. Packages stay external (they load from node_modules as usual).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

/**
 * The URL of the bundle of `entry` (a file URL of a TypeScript module), built now unless the
 * cache holds one for the current sources. Null when it cannot be built (no esbuild, a read-only
 * cache): the caller then loads the sources through tsx.
 */
export async function bundled(name, entry, options = {}) {
  const srcDir = options.srcDir ?? SRC;
  const cacheDir = options.cacheDir ?? CACHE;
  try {
    const file = path.join(cacheDir, `${name}-${fingerprint(srcDir)}.mjs`);
    if (existsSync(file)) return pathToFileURL(file);
    const { build } = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    // Built under a name of this process and renamed: a concurrent run never imports half a file.
    const partial = `${file}.${process.pid}.partial`;
    await build({
      entryPoints: [fileURLToPath(entry)],
      outfile: partial,
      bundle: true,
      // Packages are bundled too (one file to load, not hundreds), except those with native parts.
      external: ['esbuild', 'tsx', 'tsx/*', 'vite', 'fsevents'],
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Stack traces under --debug name the TypeScript files; the sources themselves stay out of the map.
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: [ownMetaUrl],
      // CommonJS packages inside an ES module still need require() for Node's own modules.
      banner: { js: BANNER },
    });
    renameSync(partial, file);
    removeOlder(cacheDir, name, file);
    return pathToFileURL(file);
  } catch {
    return null;
  }
}

/** Bundles of this entry for sources that have changed since an hour ago: no run still starts from them. */
function removeOlder(cacheDir, name, keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const entry of readdirSync(cacheDir)) {
    const abs = path.join(cacheDir, entry);
    if (abs === keep || !entry.startsWith(`${name}-`) || !(entry.endsWith('.mjs') || entry.endsWith('.partial'))) continue;
    // Another run may be about to load a recent one (or still be writing it): those stay a while.
    try {
      if (statSync(abs).mtimeMs < hourAgo) rmSync(abs, { force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
