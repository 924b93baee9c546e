import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceExtraction } from '../events/types.ts';
import type { ParsedSource } from '../sources/types.ts';
import type { ExtractReply, ExtractTask } from './protocol.ts';

export interface PoolOptions {
  threads: number;
  /** Called after each source, with the count done. */
  onProgress?: (done: number) => void;
}

/** A failed extraction: the source still counts, with an error naming what went wrong. */
export interface ExtractFailure {
  index: number;
  error: string;
  stack?: string;
  /** The worker died (rather than the extraction throwing): worth retrying in-process. */
  crashed: boolean;
}

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;

/** Worker threads to use by default: one per core (the main thread only waits while they work). */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Run extractSource over many sources in worker threads, one source per message, biggest first
 * so a large file does not finish last. A source whose extraction throws, or whose worker dies,
 * becomes a failure; the others go on (a dead worker is replaced).
 */
export async function extractInWorkers(
  sources: readonly ParsedSource[],
  options: PoolOptions,
): Promise<{ extractions: Array<SourceExtraction | null>; failures: ExtractFailure[] }> {
  const extractions: Array<SourceExtraction | null> = sources.map(() => null);
  const failures: ExtractFailure[] = [];
  const queue = sources.map((_, i) => i).sort((a, b) => sources[b]!.body.length - sources[a]!.body.length);
  const threads = Math.max(1, Math.min(options.threads, queue.length));
  let done = 0;

  await new Promise<void>((resolve) => {
    let live = 0;
    const finish = () => {
      done++;
      options.onProgress?.(done);
    };
    const start = () => {
      const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY } });
      live++;
      let current: number | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) {
          void worker.terminate();
          return;
        }
        // The body travels once: source.text is the same string, and extraction reads the body.
        const { text: _text, ...source } = sources[current]!.source;
        const task: ExtractTask = { index: current, parsed: { ...sources[current]!, source } };
        worker.postMessage(task);
      };
      worker.on('message', (reply: ExtractReply) => {
        if ('extraction' in reply) extractions[reply.index] = reply.extraction;
        else failures.push({ index: reply.index, error: reply.error, stack: reply.stack, crashed: false });
        finish();
        next();
      });
      worker.on('error', (e) => {
        if (current !== undefined) {
          failures.push({ index: current, error: e.message, stack: e.stack, crashed: true });
          current = undefined;
          finish();
        }
      });
      worker.on('exit', () => {
        live--;
        if (queue.length > 0 && live < threads) start();
        else if (live === 0) resolve();
      });
      next();
    };
    for (let i = 0; i < threads; i++) start();
  });
  return { extractions, failures };
}
