import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceExtraction } from '../events/types.ts';
import type { ParsedSource } from '../sources/types.ts';
import type { ExtractReply, ExtractTask } from './protocol.ts';
import { buildWorkerScript } from './worker-script.ts';

export interface PoolOptions {
  /** Worker threads to start (each loads the engine once: about 1-2 s of CPU). */
  workers: number;
  /**
   * Extraction on the calling thread, which takes sources from the same queue between worker
   * messages (it has the engine loaded already). Omit to leave all the work to the workers.
   */
  here?: (parsed: ParsedSource) => SourceExtraction;
  /** Called after each source, with the count done. */
  onProgress?: (done: number) => void;
  /** Worker module (default: extract-worker.ts); tests give one that fails on purpose. */
  entry?: URL;
}

/** A failed extraction: the source still counts, with an error naming what went wrong. */
export interface ExtractFailure {
  index: number;
  error: string;
  stack?: string;
  /** The worker died (rather than the extraction throwing): worth retrying on the main thread. */
  crashed: boolean;
}

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;
/** Tasks queued at each worker, so it never waits while the main thread is busy extracting. */
const IN_FLIGHT = 2;

/** Threads to use in all by default: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Run extractSource over many sources in worker threads (and on this thread when `here` is
 * given), one source per message, biggest first so a large file does not finish last. A source
 * whose extraction throws, or whose worker dies, becomes a failure; the others go on.
 */
export async function extractInWorkers(
  sources: readonly ParsedSource[],
  options: PoolOptions,
): Promise<{ extractions: Array<SourceExtraction | null>; failures: ExtractFailure[] }> {
  const extractions: Array<SourceExtraction | null> = sources.map(() => null);
  const failures: ExtractFailure[] = [];
  const queue = sources.map((_, i) => i).sort((a, b) => sources[b]!.body.length - sources[a]!.body.length);
  let done = 0;
  const finish = () => options.onProgress?.(++done);
  const fail = (index: number, e: unknown, crashed: boolean) => {
    failures.push({ index, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, crashed });
    finish();
  };

  // Tasks that were in flight when a worker died: retried once, alone, to find the culprit.
  const suspects = new Set<number>();
  let replacements = options.workers;

  // A bundled worker starts fast; without one (or for a test's entry) each worker loads TS via tsx.
  const script = options.entry || options.workers < 1 ? null : await buildWorkerScript();
  const spawn = () => (script ? new Worker(script.url) : new Worker(BOOTSTRAP, { workerData: { entry: options.entry?.href ?? ENTRY } }));

  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = spawn();
      const inFlight = new Set<number>();
      let crashed = false;
      const send = () => {
        while (inFlight.size < IN_FLIGHT && queue.length > 0) {
          const index = queue[0]!;
          const suspect = suspects.has(index);
          if (inFlight.size > 0 && (suspect || [...inFlight].some((i) => suspects.has(i)))) break;
          queue.shift();
          inFlight.add(index);
          // The body travels once: source.text is the same string, and extraction reads the body.
          const { text: _text, ...source } = sources[index]!.source;
          const task: ExtractTask = { index, parsed: { ...sources[index]!, source } };
          worker.postMessage(task);
        }
        if (inFlight.size === 0) void worker.terminate();
      };
      worker.on('message', (reply: ExtractReply) => {
        inFlight.delete(reply.index);
        if ('extraction' in reply) {
          extractions[reply.index] = reply.extraction;
          finish();
        } else {
          fail(reply.index, Object.assign(new Error(reply.error), { stack: reply.stack }), false);
        }
        send();
      });
      const died = (e: Error) => {
        if (crashed) return;
        crashed = true;
        for (const index of inFlight) {
          if (suspects.has(index) || inFlight.size === 1) fail(index, e, true);
          else {
            suspects.add(index);
            queue.unshift(index);
          }
        }
        inFlight.clear();
      };
      worker.on('error', died);
      worker.on('exit', (code) => {
        if (inFlight.size > 0) died(new Error(`the worker thread stopped (exit code ${code})`));
        // A replacement takes over what is left, within a budget so a crash loop ends.
        if (crashed && queue.length > 0 && replacements-- > 0) void runWorker().then(resolve);
        else resolve();
      });
      send();
    });

  const runHere = async (here: (parsed: ParsedSource) => SourceExtraction) => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      try {
        extractions[index] = here(sources[index]!);
        finish();
      } catch (e) {
        fail(index, e, false);
      }
      // Let worker replies in between, so their next tasks go out.
      await new Promise((r) => setImmediate(r));
    }
  };

  const threads = Array.from({ length: Math.max(0, Math.min(options.workers, queue.length)) }, runWorker);
  if (options.here) threads.push(runHere(options.here));
  await Promise.all(threads);
  // No thread left (no workers and no main-thread extraction) or all workers died: finish here.
  if (queue.length > 0 && options.here) await runHere(options.here);
  for (const index of queue) fail(index, new Error('no worker thread could take it'), true);
  await script?.dispose();
  return { extractions, failures };
}
