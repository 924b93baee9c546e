import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { SourceExtraction } from '../events/types.ts';
import type { ParsedSource } from '../sources/types.ts';
import type { Timex } from '../temporal/types.ts';
import type { ExtractFailure } from './pool.ts';
import type { TagReply, TagTask } from './protocol.ts';
import { cachedBundle } from '../cli/bundle-cache.mjs';
import { buildWorkerScript } from './worker-script.ts';

export interface PipelineOptions {
  /**
   * A source's extraction on this thread: with the time expressions the worker found, or without
   * them (then it tags the body itself, as extractSource does).
   */
  here: (parsed: ParsedSource, timexes?: Timex[]) => SourceExtraction;
  /** Called after each source, with the count done. */
  onProgress?: (done: number) => void;
  /** Worker module (default: tag-worker.ts); tests give one that fails on purpose. */
  entry?: URL;
  /** A worker started earlier (startTagWorker); closed when the extraction is done. */
  worker?: TagWorker | null;
  /**
   * Whether this thread takes untagged sources from the end while no tagged one waits (default
   * true). Off, every source goes through the worker while it lives: the tests check its part so.
   */
  steal?: boolean;
}

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./tag-worker.ts', import.meta.url);
/** Text per message to the worker: few messages, and none so big that this thread waits long for the first reply. */
const BATCH_CHARS = 32_000;
/** Batches out at a time: the worker always has the next one while this thread reads a reply. */
const IN_FLIGHT = 2;
/** A wait for the worker never lasts longer than this without a look at whether it died. */
const WAIT_MS = 200;

/**
 * Extraction in two stages on two threads: a worker thread tags the sources' bodies (the
 * tagger's code is warmed up there alone) while this thread builds the events from the tagged
 * ones, in their order; whenever no tagged source is waiting, this thread takes an untagged one
 * from the end of the list and does both stages itself, so neither thread waits for the other.
 * Unlike a pool of whole extractions, each thread compiles and warms up only its own stage:
 * on two cores that is what pays. A source the worker fails to tag, or that it held when it died,
 * is done here; a source whose extraction throws here becomes a failure and the others go on.
 */
export async function extractPipelined(
  sources: readonly ParsedSource[],
  options: PipelineOptions,
): Promise<{ extractions: Array<SourceExtraction | null>; failures: ExtractFailure[] }> {
  const extractions: Array<SourceExtraction | null> = sources.map(() => null);
  const failures: ExtractFailure[] = [];
  let done = 0;
  const finished = new Uint8Array(sources.length);
  const run = (index: number, timexes?: Timex[]) => {
    // (A reply that comes in after its worker died may hold sources already done here.)
    if (finished[index] === 1) return;
    finished[index] = 1;
    try {
      extractions[index] = options.here(sources[index]!, timexes);
    } catch (e) {
      failures.push({ index, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, crashed: false });
    }
    done++;
    options.onProgress?.(done);
  };

  // Sources worth a trip to the worker (an unread or empty source has nothing to tag), in order;
  // the worker is sent them from the front, this thread steals from the back.
  const queue: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    const p = sources[i]!;
    if (p.ok && p.body.trim() !== '') queue.push(i);
    else run(i);
  }
  let front = 0;
  let back = queue.length;

  const tagger = options.worker ?? (await startTagWorkerBuilt(options.entry));
  const { signal, channel, worker } = tagger;
  const inFlight: number[][] = [];

  const send = () => {
    while (tagger.alive && inFlight.length < IN_FLIGHT && front < back) {
      const items: TagTask['items'] = [];
      const batch: number[] = [];
      for (let chars = 0; front < back && chars < BATCH_CHARS; front++) {
        const index = queue[front]!;
        const p = sources[index]!;
        items.push({ index, body: p.body, ...(p.source.referenceDate ? { referenceDate: p.source.referenceDate } : {}) });
        batch.push(index);
        chars += p.body.length;
      }
      inFlight.push(batch);
      worker!.postMessage({ items } satisfies TagTask);
    }
  };
  send();

  while (done < sources.length) {
    const seen = Atomics.load(signal, 0);
    const received = receiveMessageOnPort(channel.port1);
    if (received) {
      const replies = received.message as TagReply[];
      inFlight.shift();
      send();
      // A source the worker could not tag is done here from the start, as on one thread.
      for (const reply of replies) run(reply.index, 'timexes' in reply ? reply.timexes : undefined);
      continue;
    }
    if (!tagger.alive && inFlight.length > 0) {
      // The worker died: what it held is done here (each source once: the replies it sent are in).
      for (const batch of inFlight.splice(0)) for (const index of batch) run(index);
      continue;
    }
    if (front < back && (options.steal !== false || !tagger.alive)) {
      run(queue[--back]!);
      continue;
    }
    // Everything left is with the worker: wait for its next reply (or its end).
    const wait = Atomics.waitAsync(signal, 0, seen, WAIT_MS);
    if (wait.async) await wait.value;
  }
  await tagger.close();
  return { extractions, failures };
}

/** The tagging worker of a pipeline, started (see startTagWorker) and not yet closed. */
export interface TagWorker {
  readonly worker: Worker | null;
  readonly channel: MessageChannel;
  /** Bumped (and notified) by the worker after each reply, and here when it exits. */
  readonly signal: Int32Array;
  /** False once the worker has exited (or could not start). */
  alive: boolean;
  close(): Promise<void>;
}

function launch(url: URL, data: Record<string, unknown>): TagWorker {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const channel = new MessageChannel();
  let worker: Worker | null = null;
  try {
    worker = new Worker(url, { workerData: { ...data, port: channel.port2, signal }, transferList: [channel.port2] });
  } catch {
    // No worker thread: everything is done on the main thread.
  }
  const handle: TagWorker = {
    worker, channel, signal, alive: worker !== null,
    close: async () => {
      channel.port1.close();
      await worker?.terminate();
    },
  };
  worker?.on('error', () => {});
  worker?.on('exit', () => {
    handle.alive = false;
    // Wakes the main thread if it waits for a reply that will never come.
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  return handle;
}

/**
 * Starts the tagging worker now, before the sources are read, when its bundle is already built
 * (its start then overlaps the reading); null when it is not (extractPipelined builds it).
 */
export function startTagWorker(): TagWorker | null {
  const url = cachedBundle('tag-worker');
  return url ? launch(url, {}) : null;
}

/** The tagging worker, from its bundle (built if needed) or, for a test's entry or without esbuild, through tsx. */
async function startTagWorkerBuilt(entry?: URL): Promise<TagWorker> {
  const script = entry ? null : await buildWorkerScript('tag-worker', ENTRY);
  return script ? launch(script.url, {}) : launch(BOOTSTRAP, { entry: (entry ?? ENTRY).href });
}
