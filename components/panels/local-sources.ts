import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, Timeline } from '../../src/model.ts';
import type { LocalSourceInput } from './contract.ts';
import { readJson, writeJson } from './storage.ts';

/** Merges inputs into a timeline; the default loads the engine (and chrono) only when called. */
export type MergeLocal = (base: Timeline, inputs: LocalSourceInput[]) => Promise<Timeline>;

const inThread: MergeLocal = async (base, inputs) => (await import('./engine.ts')).mergeLocalSources(base, inputs);

let worker: Worker | null | undefined;
let nextId = 0;
let pendingRequests = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** The parser holds chrono and the engine in memory: let it go when nobody has added a text for a while. */
const IDLE_MS = 30_000;

/** The engine in a module worker (own chunk); null where workers cannot start (CSP, old browsers). */
function engineWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'event-timeline engine' });
  } catch {
    worker = null;
  }
  return worker;
}

/** Forgets the worker (tests; or to retry after a policy change). */
export function resetEngineWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = undefined;
}

/** The default merge: in the engine worker when one runs, else (or if it fails to start) in this thread. */
export const mergeLocal: MergeLocal = (base, inputs) => {
  const w = engineWorker();
  if (!w) return inThread(base, inputs);
  const id = ++nextId;
  pendingRequests++;
  clearTimeout(idleTimer);
  return new Promise<Timeline>((resolve, reject) => {
    const done = (): void => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (--pendingRequests === 0) idleTimer = setTimeout(resetEngineWorker, IDLE_MS);
    };
    const onMessage = (e: MessageEvent<{ id: number; timeline?: Timeline; error?: string }>): void => {
      if (e.data.id !== id) return;
      done();
      if (e.data.timeline) resolve(e.data.timeline);
      else reject(new Error(e.data.error ?? 'the parser stopped'));
    };
    const onError = (e: Event): void => {
      // The worker could not load (blocked by a policy, or its chunk missing): never try it again.
      e.preventDefault();
      done();
      worker = null;
      w.terminate();
      resolve(inThread(base, inputs));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, base, inputs });
  });
};

const isOptString = (v: unknown): boolean => v === undefined || typeof v === 'string';

function emptyTimeline(): Timeline {
  return { version: 1, generatedAt: new Date().toISOString(), sources: [], events: [], diagnostics: [] };
}
function isInputList(v: unknown): v is LocalSourceInput[] {
  return (
    Array.isArray(v) &&
    v.every((x: unknown) => {
      if (typeof x !== 'object' || x === null) return false;
      const o = x as Record<string, unknown>;
      return typeof o.file === 'string' && typeof o.text === 'string' && typeof o.addedAt === 'number' && isOptString(o.referenceDate) && isOptString(o.headline);
    })
  );
}

/**
 * Sources added in the page: their inputs (never results) are kept in localStorage per page and
 * timeline, and merged into the base timeline by the engine, loaded on first need. `timeline` is
 * the base with the local sources in (the base itself while there are none or while merging).
 */
export class LocalSourcesController implements ReactiveController {
  inputs: LocalSourceInput[] = [];
  /** Problems reading the inputs or keeping them (not the engine's, which are in the timeline). */
  problems: Diagnostic[] = [];
  busy = false;
  timeline: Timeline | null = null;
  private base: Timeline | null = null;
  private loadedKey: string | null = null;
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: () => string,
    private readonly merge: MergeLocal = mergeLocal,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  /** Resolves once the latest merge has finished (for hosts and tests that must wait). */
  settled(): Promise<void> {
    return this.pending;
  }

  /** The timeline loaded from src or data; local sources are merged into it. */
  setBase(base: Timeline | null): Promise<void> {
    this.base = base;
    this.sync();
    return this.recompute();
  }

  add(inputs: readonly LocalSourceInput[], errors: readonly Diagnostic[] = []): Promise<void> {
    this.sync();
    this.problems = [...errors];
    if (inputs.length === 0) {
      this.host.requestUpdate();
      return this.pending;
    }
    // Same file name again replaces the earlier text (the user corrected it).
    const names = new Set(inputs.map((i) => i.file));
    this.inputs = [...this.inputs.filter((i) => !names.has(i.file)), ...inputs];
    this.save();
    return this.recompute();
  }

  /** Removes a local source by its file name (Source.file) or its source id. */
  remove(fileOrId: string): Promise<void> {
    this.sync();
    const file = this.timeline?.sources.find((s) => s.local && s.id === fileOrId)?.file ?? fileOrId;
    const next = this.inputs.filter((i) => i.file !== file);
    if (next.length === this.inputs.length) return this.pending;
    this.inputs = next;
    this.problems = [];
    this.save();
    return this.recompute();
  }

  private storageKey(): string {
    return `${this.key()}:local`;
  }

  private sync(): void {
    const key = this.storageKey();
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.inputs = readJson(key, isInputList, []);
  }

  private save(): void {
    if (!writeJson(this.storageKey(), this.inputs)) {
      this.problems = [
        ...this.problems,
        {
          file: this.inputs.at(-1)?.file ?? 'local sources',
          severity: 'warning',
          message: "could not be kept in this browser's storage (full or disabled); it stays until the page is reloaded. Add it to data/ to keep it.",
        },
      ];
    }
  }

  private recompute(): Promise<void> {
    const gen = ++this.generation;
    if (this.inputs.length === 0) {
      this.timeline = this.base;
      this.busy = false;
      this.host.requestUpdate();
      this.pending = Promise.resolve();
      return this.pending;
    }
    // No timeline loaded (none given, or its src failed): the texts added in the page make one.
    const base = this.base ?? emptyTimeline();
    this.busy = true;
    this.host.requestUpdate();
    const inputs = [...this.inputs];
    this.pending = this.merge(base, inputs).then(
      (merged) => {
        if (gen !== this.generation) return;
        this.timeline = merged;
        this.busy = false;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (gen !== this.generation) return;
        this.timeline = this.base;
        this.busy = false;
        this.problems = [
          ...this.problems,
          {
            file: inputs.map((i) => i.file).join(', '),
            severity: 'error',
            message: `could not be read in the browser (${e instanceof Error ? e.message : String(e)}). Check your connection and reload, or add the file to data/.`,
          },
        ];
        this.host.requestUpdate();
      },
    );
    return this.pending;
  }
}
