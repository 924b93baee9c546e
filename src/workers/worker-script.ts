import { bundled } from '../cli/bundle-cache.mjs';

/** A worker module compiled for plain Node, and how to let go of it afterwards. */
export interface WorkerScript {
  url: URL;
  dispose(): Promise<void>;
}

const ENTRY = new URL('./extract-worker.ts', import.meta.url);

/**
 * The worker's TypeScript as one ES module bundled by esbuild (cached until a source changes,
 * see cli/bundle-cache.mjs). A worker then starts in a fraction of the time it takes to load
 * every module through tsx. Null when it cannot be built: the caller falls back to tsx.
 */
export async function buildWorkerScript(name = 'extract-worker', entry: URL = ENTRY): Promise<WorkerScript | null> {
  const url = await bundled(name, entry);
  // The bundle stays in the cache for the next run; a newer one replaces it when a source changes.
  return url ? { url, dispose: async () => {} } : null;
}
