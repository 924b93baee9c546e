import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** File extensions read as sources when walking a folder. */
export const SOURCE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

export interface Collected {
  /** Source files, absolute, in a stable order (sorted within each folder). */
  files: string[];
  /** Files inside the folders that are not sources (absolute). */
  skipped: string[];
  /** Arguments that name nothing on disk. */
  missing: string[];
  /** Arguments, and source-named entries of the folders, that are neither files nor folders (devices, pipes, sockets), absolute. */
  special: string[];
  /** Source-named symbolic links in the folders whose target does not exist, absolute. */
  dangling: string[];
}

/**
 * Files to read for the given paths: files as named (whatever their extension: the user asked
 * for them), folders walked recursively for .md/.markdown/.txt. Hidden entries and node_modules
 * are left out; a folder reached twice (symlinks) is read once.
 */
// Synchronous calls on purpose: thousands of small files are read one after the other, and an
// awaited call per file costs more in event-loop round trips than the system call itself.
function realOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function statOf(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/**
 * `path.join(dir, name)` for a normalised absolute folder and an entry name from readdir (no
 * separator, never "." or ".."): thousands of files, without normalising each path again.
 */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** `path.extname` of an entry name that does not start with a dot. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

export async function collectSourceFiles(paths: readonly string[], cwd: string): Promise<Collected> {
  const out: Collected = { files: [], skipped: [], missing: [], special: [], dangling: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // `real` is known without a lookup for a plain file in a folder whose real path is known.
  const addFile = async (abs: string, real = realOf(abs)) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.files.push(abs);
  };
  const walk = async (dir: string): Promise<void> => {
    const real = realOf(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = childPath(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      let target: Stats | null = null;
      if (link) {
        target = statOf(abs);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      const source = SOURCE_EXTENSIONS.includes(extensionOf(entry.name).toLowerCase());
      if (isDir) await walk(abs);
      else if (isFile && source) await addFile(abs, link ? realOf(abs) : childPath(real, entry.name));
      else if (isFile) out.skipped.push(abs);
      // An article's name on something that cannot be read as one is said, not passed over in silence.
      else if (source && link && !target) out.dangling.push(abs);
      else if (source) out.special.push(abs);
    }
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const s = statOf(abs);
    if (!s) out.missing.push(p);
    else if (s.isDirectory()) await walk(abs);
    else if (s.isFile()) await addFile(abs);
    else out.special.push(abs);
  }
  return out;
}

/** How a file is named to the user: relative to the working folder when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}
