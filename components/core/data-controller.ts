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
  private abort: AbortController | null = null;
  private generation = 0;

  constructor(
    private host: ReactiveControllerHost,
    private onLoad: (timeline: Timeline | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Takes a value given through the `data` property. */
  set(value: unknown): void {
    this.abort?.abort();
    this.generation++;
    this.loading = false;
    this.apply(value, 'the data property');
  }

  async load(src: string): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.host.requestUpdate();
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
      if (generation !== this.generation) return;
      this.loading = false;
      this.timeline = null;
      this.problems = [];
      this.error = `Could not load the timeline from ${src}: ${err instanceof Error ? err.message : String(err)}`;
      this.onLoad(null);
      this.host.requestUpdate();
      return;
    }
    if (generation !== this.generation) return;
    this.loading = false;
    this.apply(value, src);
  }

  private apply(value: unknown, origin: string): void {
    if (value === null || value === undefined) {
      this.timeline = null;
      this.problems = [];
      this.error = null;
    } else {
      let checked: ReturnType<typeof checkTimeline>;
      try {
        checked = checkTimeline(value);
      } catch (err) {
        checked = { timeline: null, problems: [err instanceof Error ? err.message : String(err)] };
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
