/**
 * The Vite edge of the engine: reads the data folder, builds the Timeline, serves it in dev at
 * `timeline.json` with live updates (a custom HMR event, no reload), and emits it on `vite build`.
 *
 * This file is an edge, so it may use node:fs; the stages it calls never touch files.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { Diagnostic, Timeline } from './model.ts';
import { assembleTimeline, extractSource, prepareSources, readSource, type ParsedSource, type SourceExtraction } from './pipeline.ts';

import { TIMELINE_UPDATE_EVENT } from '../demo/live-events.ts';

export { TIMELINE_UPDATE_EVENT };

/** Extensions read as sources; anything else in the folder gets a warning and is skipped. */
export const SOURCE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

export interface EventTimelineOptions {
  /** Folder of sources, relative to the Vite root. Env `EVENT_TIMELINE_DATA` overrides it. Default `data`. */
  dataDir?: string;
  /** Fail `vite build` when a source has an error. Env `EVENT_TIMELINE_STRICT=1` turns it on too. */
  strict?: boolean;
  /** File name the timeline is served and emitted under, relative to `base`. Default `timeline.json`. */
  fileName?: string;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  content: Uint8Array;
  /** The file read (front matter, body): depends on its bytes only. */
  parsed?: ParsedSource;
  /** Its events, keyed by what extraction depends on besides the bytes (id, reference date). */
  extraction?: { key: string; value: SourceExtraction };
}

/** A source file found in the data folder, with its cache entry. */
export interface FolderFile {
  file: string;
  entry: CachedFile;
}

/** Reads a folder of sources, re-reading only the files whose mtime or size changed. */
export class DataFolder {
  private readonly cache = new Map<string, CachedFile>();

  constructor(
    readonly dir: string,
    /** Folder that `SourceInput.file` names are made relative to (the project root). */
    readonly root: string,
  ) {}

  /** True when `file` (absolute) lies inside the data folder. */
  contains(file: string): boolean {
    const rel = path.relative(this.dir, path.resolve(file));
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }

  /** Every source file in the folder (re-read only when changed), plus diagnostics for what could not be read. */
  async read(): Promise<{ files: FolderFile[]; diagnostics: Diagnostic[] }> {
    const diagnostics: Diagnostic[] = [];
    const found: FolderFile[] = [];
    const files = await this.list(this.dir, diagnostics);
    const seen = new Set<string>();
    for (const abs of files) {
      const file = this.displayName(abs);
      if (!SOURCE_EXTENSIONS.includes(path.extname(abs).toLowerCase())) {
        diagnostics.push({
          file,
          severity: 'warning',
          message: `skipped: not a source file. Sources are Markdown (${SOURCE_EXTENSIONS.filter((e) => e !== '.txt').join(', ')}) or plain text (.txt); rename the file or move it out of the data folder.`,
        });
        continue;
      }
      seen.add(abs);
      try {
        found.push({ file, entry: await this.entry(abs) });
      } catch (error) {
        diagnostics.push({ file, severity: 'error', message: `could not be read (${errorText(error)}); check that the file exists and is readable.` });
      }
    }
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    return { files: found, diagnostics };
  }

  /** The name shown to users: relative to the project root when inside it, with forward slashes. */
  displayName(abs: string): string {
    const rel = path.relative(this.root, abs);
    const shown = rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
    return shown.split(path.sep).join('/');
  }

  private async entry(abs: string): Promise<CachedFile> {
    const info = await stat(abs);
    const hit = this.cache.get(abs);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
    const entry: CachedFile = { mtimeMs: info.mtimeMs, size: info.size, content: new Uint8Array(await readFile(abs)) };
    this.cache.set(abs, entry);
    return entry;
  }

  private async list(dir: string, diagnostics: Diagnostic[], visited = new Set<string>()): Promise<string[]> {
    // Each real folder once: a symbolic link back up the tree must not walk for ever.
    const real = await realpath(dir).catch(() => dir);
    if (visited.has(real)) return [];
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({
        file: this.displayName(dir),
        severity: 'error',
        message: `the data folder could not be read (${errorText(error)}); create it or point EVENT_TIMELINE_DATA at a folder of .md/.txt files.`,
      });
      return [];
    }
    const found: string[] = [];
    // Sorted so that the timeline does not depend on the file system's listing order.
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // Hidden files are editors' swap and lock files, never sources.
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      // A symbolic link counts as what it points to (a dangling one is reported when read).
      const kind = entry.isSymbolicLink()
        ? await stat(abs).then((s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other'), () => 'file')
        : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (kind === 'dir') found.push(...(await this.list(abs, diagnostics, visited)));
      else if (kind === 'file') found.push(abs);
      // A pipe, socket or device: reading it could wait for ever. One named like an article is said.
      else if (SOURCE_EXTENSIONS.includes(path.extname(abs).toLowerCase())) {
        diagnostics.push({ file: this.displayName(abs), severity: 'error', message: 'not a regular file (a device, pipe or socket); it was not read. Put article files in the data folder.' });
      }
    }
    return found;
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}

function emptyTimeline(diagnostics: Diagnostic[]): Timeline {
  return { version: 1, generatedAt: new Date().toISOString(), sources: [], events: [], diagnostics };
}

function engineFailure(file: string, error: unknown): Diagnostic {
  return { file, severity: 'error', message: `the engine failed on this file (${errorText(error)}); it was left out. Please report this with the file attached.` };
}

/**
 * Builds the Timeline of a data folder with the engine's steps, reusing each unchanged file's
 * reading and events. Never throws: an engine failure on one file becomes a diagnostic on it.
 */
export async function buildFolderTimeline(folder: DataFolder): Promise<Timeline> {
  try {
    const { files, diagnostics } = await folder.read();
    const parsed: ParsedSource[] = [];
    const entries = new Map<string, FolderFile['entry']>();
    for (const { file, entry } of files) {
      try {
        entry.parsed ??= readSource({ file, content: entry.content });
        // A copy: the cross-source step assigns ids and dates, the cache keeps the file's own reading.
        parsed.push(structuredClone(entry.parsed));
        entries.set(file, entry);
      } catch (error) {
        diagnostics.push(engineFailure(file, error));
      }
    }
    const prepared = prepareSources(parsed);
    const extractions: SourceExtraction[] = [];
    for (const source of prepared) {
      const entry = entries.get(source.source.file);
      const key = JSON.stringify({ ...source.source, text: undefined });
      if (entry?.extraction?.key === key) {
        extractions.push(entry.extraction.value);
        continue;
      }
      try {
        const value = extractSource(source);
        if (entry) entry.extraction = { key, value };
        extractions.push(value);
      } catch (error) {
        diagnostics.push(engineFailure(source.source.file, error));
        extractions.push({ source: source.source.id, events: [], diagnostics: [] });
      }
    }
    const timeline = assembleTimeline(prepared, extractions);
    return { ...timeline, diagnostics: [...diagnostics, ...timeline.diagnostics] };
  } catch (error) {
    return emptyTimeline([{ file: folder.displayName(folder.dir), severity: 'error', message: `building the timeline failed (${errorText(error)}); please report this.` }]);
  }
}

/** One line per diagnostic, as compilers print them: `file:line: severity: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}

function envFlag(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export default function eventTimeline(options: EventTimelineOptions = {}): Plugin {
  const fileName = options.fileName ?? 'timeline.json';
  let config: ResolvedConfig;
  let folder: DataFolder;
  let strict = false;

  return {
    name: 'event-timeline',

    configResolved(resolved) {
      config = resolved;
      const dir = process.env.EVENT_TIMELINE_DATA || options.dataDir || 'data';
      folder = new DataFolder(path.resolve(resolved.root, dir), resolved.root);
      strict = options.strict ?? envFlag(process.env.EVENT_TIMELINE_STRICT);
    },

    configureServer(server: ViteDevServer) {
      let current: Promise<Timeline> = buildFolderTimeline(folder);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let generation = 0;

      const rebuild = () => {
        // Editors write a file in several steps; one rebuild for a burst of events.
        clearTimeout(timer);
        timer = setTimeout(() => {
          const mine = ++generation;
          current = buildFolderTimeline(folder);
          void current.then((timeline) => {
            if (mine !== generation) return;
            const errors = timeline.diagnostics.filter((d) => d.severity === 'error').length;
            config.logger.info(`event-timeline: ${timeline.events.length} events from ${timeline.sources.length} sources${errors ? `, ${errors} errors` : ''}`, { timestamp: true });
            server.ws.send({ type: 'custom', event: TIMELINE_UPDATE_EVENT, data: timeline });
          });
        }, 40);
      };

      server.watcher.add(folder.dir);
      for (const kind of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
        server.watcher.on(kind, (file: string) => {
          if (folder.contains(file)) rebuild();
        });
      }

      const route = `/${fileName}`;
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0] ?? '';
        if (pathname !== route && pathname !== `${config.base.replace(/\/?$/, '/')}${fileName}`) return next();
        current.then(
          (timeline) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(JSON.stringify(timeline));
          },
          (error: unknown) => next(error),
        );
      });
    },

    // Source files are data, not modules: never let Vite reload the page for them.
    hotUpdate(ctx) {
      if (folder.contains(ctx.file)) return [];
      return undefined;
    },

    async generateBundle() {
      if (config.command !== 'build') return;
      const timeline = await buildFolderTimeline(folder);
      const errors = timeline.diagnostics.filter((d) => d.severity === 'error');
      for (const d of timeline.diagnostics) {
        if (d.severity === 'error') config.logger.error(formatDiagnostic(d));
        else config.logger.warn(formatDiagnostic(d));
      }
      config.logger.info(`event-timeline: ${timeline.events.length} events from ${timeline.sources.length} sources in ${folder.displayName(folder.dir)}, ${errors.length} errors, ${timeline.diagnostics.length - errors.length} warnings`);
      if (strict && errors.length > 0) {
        this.error(`${errors.length} source error(s) and strict mode is on (--strict / EVENT_TIMELINE_STRICT=1): fix the files above, or build without --strict to leave them out.`);
      }
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(timeline) });
    },
  };
}
