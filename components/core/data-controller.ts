import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Timeline } from '../../src/model.ts';
import { checkTimeline } from '../../src/model-check.ts';

/**
 * The timeline the element shows and what went wrong getting it: loads `src` (cancelling a
 * superseded load), salvages untrusted JSON with checkTimeline, and never lets an error escape.
 */
export class DataController implements ReactiveController {
  timeline: Timeline | null = null;
  /** What was dropped while salvaging (shown in part="message"). */
  problems: string[] = [];
  /** Why there is no timeline at all (load or parse failure). */
  error: string | null = null;
  loading = false;
  /** The load has taken more than SLOW_MS: the element says it is still waiting. */
  slow = false;
  private abort: AbortController | null = null;
  private generation = 0;
  /** The URL being loaded, and the one to load again when the host comes back. */
  src: string | null = null;
  private interrupted: string | null = null;

  constructor(
    private host: ReactiveControllerHost,
    private onLoad: (timeline: Timeline | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Removed (or moved in the page) while loading: the load was stopped, so start it again.
    const src = this.interrupted;
    this.interrupted = null;
    if (src !== null) void this.load(src);
  }

  hostDisconnected(): void {
    if (this.loading && this.src !== null) {
      this.interrupted = this.src;
      this.generation++; // the aborted fetch is not a failure to report
    }
    this.abort?.abort();
  }

  /** Takes a value given through the `data` property. */
  set(value: unknown): void {
    this.abort?.abort();
    const generation = ++this.generation;
    this.src = null;
    this.interrupted = null;
    this.loading = false;
    let drawable: boolean;
    try {
      drawable = looksLikeTimeline(value);
    } catch (err) {
      // A Proxy or getter that throws: nothing can be read from it.
      this.fail(DATA, err);
      return;
    }
    if (!drawable) {
      this.apply(value, DATA);
      return;
    }
    // An object given in code is drawn at once (the index reads it defensively) and checked right
    // after the first frame: 100,000 events draw without waiting for a full pass over every mention.
    this.timeline = value as Timeline;
    this.problems = [];
    this.error = null;
    this.onLoad(value as Timeline);
    this.host.requestUpdate();
    const check = () => {
      if (generation !== this.generation) return;
      let ok: boolean;
      try {
        ok = wellFormed(value);
      } catch {
        ok = false; // apply() says what throws
      }
      if (!ok) this.apply(value, DATA);
    };
    // After the first frame is on screen: when idle where the browser says so, else soon.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(check, { timeout: 500 });
    else setTimeout(check, 50);
  }

  /** The timeline given cannot be read at all (it threw while being read): show why instead. */
  fail(origin: string, err: unknown): void {
    this.generation++;
    this.abort?.abort();
    this.loading = false;
    this.slow = false;
    this.timeline = null;
    this.problems = [];
    this.error = `The timeline from ${origin} cannot be shown: reading it failed (${describeError(err)}). Give a plain Timeline object, as written by \`event-timeline extract --json\`.`;
    this.onLoad(null);
    this.host.requestUpdate();
  }

  async load(src: string): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    this.src = src;
    this.interrupted = null;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.slow = false;
    this.host.requestUpdate();
    // A server that does not answer would leave "Loading…" for ever: say so after a while (the load goes on).
    const slowTimer = setTimeout(() => {
      if (generation !== this.generation || !this.loading) return;
      this.slow = true;
      this.host.requestUpdate();
    }, SLOW_MS);
    let value: unknown;
    try {
      const res = await fetch(src, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`the server answered ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
      const text = await res.text();
      try {
        value = JSON.parse(text);
      } catch {
        throw new Error('it is not JSON (check that the URL points to a timeline file made by `event-timeline extract --json`)');
      }
    } catch (err) {
      clearTimeout(slowTimer);
      if (generation !== this.generation) return;
      this.loading = false;
      this.slow = false;
      this.timeline = null;
      this.problems = [];
      this.error = `Could not load the timeline from ${cut(src)}: ${describeError(err)}`;
      this.onLoad(null);
      this.host.requestUpdate();
      return;
    }
    clearTimeout(slowTimer);
    if (generation !== this.generation) return;
    this.loading = false;
    this.slow = false;
    this.apply(value, cut(src));
  }

  private apply(value: unknown, origin: string): void {
    // No data given is no error; a file holding null is (checkTimeline says so).
    if (origin === DATA && (value === null || value === undefined)) {
      this.timeline = null;
      this.problems = [];
      this.error = null;
    } else {
      let checked: ReturnType<typeof checkTimeline>;
      try {
        checked = wellFormed(value) ? { timeline: value, problems: [] } : checkTimeline(value);
      } catch (err) {
        checked = { timeline: null, problems: [`reading it failed (${describeError(err)})`] };
      }
      this.timeline = checked.timeline;
      this.problems = checked.problems;
      this.error = checked.timeline ? null : `The timeline from ${origin} cannot be shown: ${checked.problems.join('; ') || 'it does not match the model'}`;
      if (!checked.timeline) this.problems = [];
    }
    this.onLoad(this.timeline);
    this.host.requestUpdate();
  }
}

const DATA = 'the data property';
/** How long a src may load before the element says it is still waiting. */
export const SLOW_MS = 8000;

/** A URL quoted in a message, cut short: a data: URL can be megabytes long. */
function cut(src: string): string {
  return src.length > 120 ? `${src.slice(0, 100)}… (${src.length.toLocaleString('en')} characters)` : src;
}

/** What a thrown value says, without trusting it (it may itself throw when turned into a string). */
function describeError(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'an unreadable error';
  }
}

/** The top of a Timeline: version 1 with events, sources and diagnostics lists. */
function looksLikeTimeline(value: unknown): value is Timeline {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<Record<keyof Timeline, unknown>>;
  return t.version === 1 && Array.isArray(t.events) && Array.isArray(t.sources) && Array.isArray(t.diagnostics);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const GRANULARITIES: ReadonlySet<unknown> = new Set(['year', 'month', 'day', 'time']);
const QUALIFIERS: ReadonlySet<unknown> = new Set([undefined, 'start', 'mid', 'end', 'approx', 'before', 'after']);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * True when a value already has the model's shape (types, unique ids), so it can be drawn as it is:
 * a few milliseconds at 100,000 events against a full salvage that copies everything. Dates are
 * checked by the index, which leaves out and reports the ones it cannot read.
 */
export function wellFormed(value: unknown): value is Timeline {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<Record<keyof Timeline, unknown>>;
  if (t.version !== 1 || !Array.isArray(t.events) || !Array.isArray(t.sources) || !Array.isArray(t.diagnostics)) return false;
  for (const s of t.sources as unknown[]) {
    const src = s as Record<string, unknown> | null;
    if (typeof src !== 'object' || src === null || !isString(src.id) || !isString(src.file)) return false;
    for (const k of ['headline', 'author', 'publisher', 'url', 'datePublished', 'dateModified', 'referenceDate', 'text']) {
      if (src[k] !== undefined && !isString(src[k])) return false;
    }
  }
  for (const d of t.diagnostics as unknown[]) {
    const diag = d as Record<string, unknown> | null;
    if (typeof diag !== 'object' || diag === null || !isString(diag.file) || !isString(diag.message) || (diag.severity !== 'error' && diag.severity !== 'warning')) return false;
  }
  const ids = new Set<string>();
  for (const e of t.events as unknown[]) {
    const ev = e as Record<string, unknown> | null;
    if (typeof ev !== 'object' || ev === null || !isString(ev.id) || !isString(ev.title) || !isString(ev.start)) return false;
    // Words outside the model (a granularity "toString") go through checkTimeline, which says what it dropped.
    if (!GRANULARITIES.has(ev.granularity) || !QUALIFIERS.has(ev.qualifier)) return false;
    if ((ev.end !== undefined && !isString(ev.end)) || typeof ev.inferred !== 'boolean' || !Array.isArray(ev.mentions)) return false;
    for (const m of ev.mentions as unknown[]) {
      const mention = m as Record<string, unknown> | null;
      if (typeof mention !== 'object' || mention === null || !isString(mention.source) || !isString(mention.text) || !isString(mention.dateText)) return false;
      if (!isCount(mention.start) || !isCount(mention.end) || !isCount(mention.dateStart) || !isCount(mention.dateEnd)) return false;
    }
    if (ids.size === ids.add(ev.id).size) return false;
  }
  return true;
}
