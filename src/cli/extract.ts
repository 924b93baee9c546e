import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { SourceExtraction } from '../events/types.ts';
import { exportTimeline } from '../export/index.ts';
import type { Diagnostic, Timeline } from '../model.ts';
import { assembleTimeline, extractSource, prepareSources } from '../pipeline.ts';
import { readSource } from '../sources/read-source.ts';
import type { ParsedSource } from '../sources/types.ts';
import { defaultThreads, extractInWorkers, type ExtractFailure } from '../workers/pool.ts';
import { extractPipelined, startTagWorker, type TagWorker } from '../workers/tag-pipeline.ts';
import { collectSourceFiles, displayPath, SOURCE_EXTENSIONS } from './collect.ts';
import { formatDiagnostic, formatTable } from './format-table.ts';
import type { CliIO } from './io.ts';

export const FORMATS = ['table', 'json', 'timelinejs', 'csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExtractOptions {
  format: Format;
  strict: boolean;
  debug: boolean;
  /** Threads in all (main thread included); 0 or 1 runs everything on the main thread. Default: one per core when the text is large enough. */
  jobs?: number;
  /** Print throughput and peak memory on stderr. */
  stats: boolean;
}

/**
 * A pool of workers that each extract whole sources costs each thread about 1 s of CPU to start
 * (bundled engine) and about as much again before its JIT is warm, while the warm main thread
 * extracts about 2 MB of news per CPU second: with cores to spare, an extra thread pays off from
 * about 8 MB of text.
 */
const CHARS_PER_WORKER = 8_000_000;
/**
 * Below three cores, no pool: V8 already compiles and collects garbage on the other core, and a
 * second isolate compiles all the code again. Measured (21 MB, 11,327 files, CPU seconds per
 * thread): one thread 8.5 main + 2.5 V8 = 11 s; two threads 6.4 main + 4.0 worker + 5.8 V8 =
 * 16.2 s, 14.1 s wall against 10.8 s. At 5 MB: 5.2 s CPU against 9.9 s.
 */
const MIN_CORES_FOR_WORKERS = 3;
/**
 * From this much text on two cores or more, the tagging runs in a worker thread beside the main
 * thread's event building (see tag-pipeline.ts): the worker loads only the tagger (a fifth of the
 * engine) and warms up only its code. Below it the whole run takes about as long as that start.
 */
const CHARS_FOR_PIPELINE = 1_000_000;
/** From this many files (about 1 MB of news) the tagging worker starts before they are read: its start then overlaps the reading. */
const FILES_FOR_EARLY_WORKER = 400;
const MIN_FILES_FOR_PROGRESS = 20;
/** No news article comes near this; a bigger file is a mistake that would only exhaust memory. */
const MAX_FILE_BYTES = 200_000_000;

/** Read, extract and print; returns the exit status (0 clean, 1 a source had an error). */
export async function runExtract(paths: readonly string[], options: ExtractOptions, io: CliIO): Promise<number> {
  const started = performance.now();
  // "-" reads one source from standard input (`cat article.md | event-timeline extract -`).
  const fromStdin = paths.includes('-');
  const collected = await collectSourceFiles(paths.filter((p) => p !== '-'), io.cwd);
  if (collected.missing.length) {
    for (const m of collected.missing) io.stderr(`event-timeline: no such file or folder: ${m}\n`);
    io.stderr('Give files or folders of articles (default: data/). See: event-timeline extract --help\n');
    return 2;
  }
  const extra: Diagnostic[] = [];
  for (const abs of collected.skipped) {
    extra.push({
      file: displayPath(abs, io.cwd), severity: 'warning',
      message: `not a source (only ${SOURCE_EXTENSIONS.join(', ')} files in a folder are read); skipped. Rename it if it is an article.`,
    });
  }
  for (const abs of collected.special) {
    extra.push({ file: displayPath(abs, io.cwd), severity: 'error', message: 'not a regular file (a device, pipe or socket); it was not read. Give article files or folders.' });
  }
  for (const abs of collected.dangling) {
    extra.push({ file: displayPath(abs, io.cwd), severity: 'warning', message: 'a symbolic link to a file that does not exist; it was not read. Point the link at the article, or remove it.' });
  }
  if (collected.files.length === 0 && !fromStdin) {
    io.stderr(`event-timeline: no sources found in ${paths.join(', ')}: add Markdown (.md, .markdown) or plain-text (.txt) articles.\n`);
    for (const d of extra) io.stderr(`  ${formatDiagnostic(d)}\n`);
    return 1;
  }

  const showProgress = io.stderrIsTTY && collected.files.length >= MIN_FILES_FOR_PROGRESS;
  let lastDraw = 0;
  const progress = (stage: string, done: number, total: number) => {
    // At most ten redraws a second: thousands of files must not flood the terminal.
    const now = performance.now();
    if (!showProgress || (now - lastDraw < 100 && done < total)) return;
    lastDraw = now;
    io.stderr(`\r${stage} ${done}/${total} files (${Math.floor((100 * done) / total)}%)…`.padEnd(48));
  };

  // Likely a pipeline (see planFor): its worker loads while the files are read (closed unused otherwise).
  const early = (options.jobs === 2 || (options.jobs === undefined && defaultThreads() >= 2)) && collected.files.length >= FILES_FOR_EARLY_WORKER ? startTagWorker() : null;
  let bytes = 0;
  const read: ParsedSource[] = [];
  let parsed: ParsedSource[];
  let plan: Plan;
  let extractions: SourceExtraction[];
  try {
    bytes = readFiles(collected.files, io, extra, read, (done) => progress('reading', done, collected.files.length));
    if (fromStdin) {
      const content = await (io.stdin ?? readStdin)();
      bytes += content.byteLength;
      read.push(readSource({ file: 'stdin', content }));
    }
    // Cross-source steps on this thread: unique ids in file order, inferred reference dates.
    parsed = prepareSources(read);
    plan = planFor(parsed, options);
    if (plan.kind !== 'pipeline') await early?.close();
    extractions = await extractAll(parsed, plan, (done) => progress('extracting', done, parsed.length), io, extra, options.debug === true, plan.kind === 'pipeline' ? early : null);
  } finally {
    // Whatever happened, no worker outlives the extraction (a live one would keep the process running).
    await early?.close();
  }
  if (showProgress) io.stderr(`\r${' '.repeat(48)}\r`);
  const timeline: Timeline = assembleTimeline(parsed, extractions);
  // The CLI's own problems (skipped files, unreadable files) join the engine's, in file order.
  timeline.diagnostics = [...timeline.diagnostics, ...extra].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)),
  );

  const errors = timeline.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = timeline.diagnostics.length - errors;
  const failed = errors > 0 || (options.strict && warnings > 0);

  if (options.strict && failed) {
    // --strict: no timeline from a folder with problems, only the problems.
    for (const d of timeline.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`event-timeline: --strict: ${errors} error(s) and ${warnings} warning(s); no timeline written.\n`);
  } else if (options.format === 'table') {
    io.stdout(formatTable(timeline, io.columns ?? 100));
  } else {
    io.stdout(options.format === 'json' ? `${JSON.stringify(timeline, null, 2)}\n` : exportTimeline(timeline, options.format));
    // stdout holds the data; the problems go to stderr so a pipe stays clean.
    for (const d of timeline.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  }
  if (options.stats) {
    const seconds = (performance.now() - started) / 1000;
    const mb = bytes / 1e6;
    const rss = process.resourceUsage().maxRSS / 1024;
    io.stderr(`stats: ${parsed.length} sources, ${mb.toFixed(2)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(2)} MB/s; ${timeline.events.length} events; peak RSS ${rss.toFixed(0)} MB; threads ${describePlan(plan)}\n`);
  }
  return failed ? 1 : 0;
}

/** Reads and parses the files into `read` (a file that cannot be read becomes an error in `extra`); returns the bytes read. */
function readFiles(files: readonly string[], io: CliIO, extra: Diagnostic[], read: ParsedSource[], onProgress: (done: number) => void): number {
  let bytes = 0;
  for (const [i, abs] of files.entries()) {
    const file = displayPath(abs, io.cwd);
    let fd = -1;
    try {
      // One open and an fstat of it: a stat by path and then a read by path look the file up twice.
      fd = openSync(abs, 'r');
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) {
        extra.push({ file, severity: 'error', message: `the file is ${(size / 1e6).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1e6} MB a source may have; it was not read. Split it into articles.` });
        continue;
      }
      const content = readFileSync(fd);
      bytes += content.byteLength;
      read.push(readSource({ file, content }));
    } catch (e) {
      extra.push({ file, severity: 'error', message: `the file could not be read (${e instanceof Error ? e.message : String(e)}); it was skipped. Check that it exists and that you may read it.` });
    } finally {
      if (fd !== -1) closeSync(fd);
      onProgress(i + 1);
    }
  }
  return bytes;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** How the extraction is spread: this thread alone, a tagging worker beside it, or a pool of extracting workers. */
type Plan = { kind: 'here' } | { kind: 'pipeline' } | { kind: 'pool'; threads: number };

/**
 * --jobs 1: here; --jobs 2: the pipeline; more: a pool of that many threads. By default, a pool
 * where it pays (three cores or more and at least 16 MB), else the pipeline from 1 MB on two cores.
 */
function planFor(parsed: readonly ParsedSource[], options: ExtractOptions): Plan {
  if (parsed.length < 2) return { kind: 'here' };
  const cores = defaultThreads();
  const chars = parsed.reduce((n, p) => n + p.body.length, 0);
  const threads = options.jobs ?? (cores < MIN_CORES_FOR_WORKERS ? 1 : Math.min(cores, 1 + Math.floor(chars / CHARS_PER_WORKER)));
  if (Math.min(threads, parsed.length) >= 3) return { kind: 'pool', threads: Math.min(threads, parsed.length) };
  if (options.jobs === 2 || (options.jobs === undefined && cores >= 2 && chars >= CHARS_FOR_PIPELINE)) return { kind: 'pipeline' };
  return { kind: 'here' };
}

const describePlan = (plan: Plan): string => (plan.kind === 'pool' ? `${plan.threads} (pool)` : plan.kind === 'pipeline' ? '2 (tagging worker)' : '1');

/** extractSource over every source: on this thread, with a tagging worker, or in a pool of workers. */
async function extractAll(
  parsed: readonly ParsedSource[],
  plan: Plan,
  onProgress: (done: number) => void,
  io: CliIO,
  extra: Diagnostic[],
  debug: boolean,
  worker: TagWorker | null,
): Promise<SourceExtraction[]> {
  let results: Array<SourceExtraction | null>;
  let failures: ExtractFailure[] = [];
  if (plan.kind === 'pool') {
    // The main thread extracts too (it has the engine loaded); the others are worker threads.
    ({ extractions: results, failures } = await extractInWorkers(parsed, { workers: plan.threads - 1, here: extractSource, onProgress }));
    // A worker that died (not an extraction that threw) gets a second chance on this thread.
    const crashed = failures.filter((f) => f.crashed);
    failures = failures.filter((f) => !f.crashed);
    for (const f of crashed) {
      const r = extractHere(parsed[f.index]!, f.index);
      if ('error' in r) failures.push(r);
      else results[f.index] = r;
    }
  } else if (plan.kind === 'pipeline') {
    ({ extractions: results, failures } = await extractPipelined(parsed, { here: extractSource, onProgress, worker }));
  } else {
    results = parsed.map((p, i) => {
      const r = extractHere(p, i);
      onProgress(i + 1);
      if ('error' in r) { failures.push(r); return null; }
      return r;
    });
  }
  for (const f of failures) {
    const p = parsed[f.index]!;
    extra.push({
      file: p.source.file, severity: 'error',
      message: `finding the events of this source failed (${f.error}); its other sources are unaffected. This is a bug in event-timeline: please report it with the file.`,
    });
    if (debug && f.stack) io.stderr(`${f.stack}\n`);
  }
  return results.map((r, i) => r ?? { source: parsed[i]!.source.id, events: [], diagnostics: [] });
}

function extractHere(p: ParsedSource, index: number): SourceExtraction | ExtractFailure {
  try {
    return extractSource(p);
  } catch (e) {
    return { index, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, crashed: false };
  }
}
