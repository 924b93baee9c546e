/// <reference types="vite/client" />
// The demo page: the Mosul timeline, live data in dev, and the view + selected event in the URL
// hash (a link restores them). The element itself lists the sources' problems (part="message").
import '../components/event-timeline.ts';
import type { Timeline, TimelineEvent } from '../src/model.ts';
import { formatHash, parseHash, toIso, type ViewState } from './hash-state.ts';
import { TIMELINE_UPDATE_EVENT } from './live-events.ts';

/** What the page uses of the element (its public face). */
interface TimelineElement extends HTMLElement {
  data: Timeline | null;
  zoomTo(start: string, end: string): void;
  select(id: string | null): void;
}

const element = document.querySelector<TimelineElement>('event-timeline');
const summary = document.querySelector<HTMLElement>('#summary');
if (!element || !summary) throw new Error('index.html lacks <event-timeline> or #summary');

let state: ViewState = parseHash(location.hash);
// Set before the element has its data, so that the first draw is already the linked view.
if (state.start && state.end) {
  element.setAttribute('start', state.start);
  element.setAttribute('end', state.end);
}

let loaded: Timeline | null = null;
const waiting: Array<(timeline: Timeline) => void> = [];

// The element loads `src` itself and says when data arrives (again after each live update).
element.addEventListener('timeline-load', (e) => {
  loaded = (e as CustomEvent<{ timeline: Timeline | null }>).detail.timeline;
  if (!loaded) {
    summary.textContent = 'The timeline could not be loaded: see the message below.';
    return;
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  summary.textContent = `${loaded.events.length} events from ${loaded.sources.length} sources${errors ? ` · ${errors} problem${errors === 1 ? '' : 's'} in the sources` : ''}`;
  for (const resolve of waiting.splice(0)) resolve(loaded);
});

function whenLoaded(): Promise<Timeline> {
  return loaded ? Promise.resolve(loaded) : new Promise((resolve) => waiting.push(resolve));
}

/** Applies a linked view and selection once the element holds data. */
async function restore(wanted: ViewState): Promise<void> {
  const timeline = await whenLoaded();
  if (wanted.start && wanted.end) element!.zoomTo(wanted.start, wanted.end);
  if (wanted.event && timeline.events.some((ev) => ev.id === wanted.event)) element!.select(wanted.event);
}

function writeHash(): void {
  const hash = formatHash(state);
  // replaceState: zooming must not add a history entry per wheel step.
  if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
}

let hashTimer: ReturnType<typeof setTimeout> | undefined;
element.addEventListener('timeline-zoom', (e) => {
  const detail = (e as CustomEvent<{ start: unknown; end: unknown }>).detail;
  const start = toIso(detail.start);
  const end = toIso(detail.end);
  if (!start || !end) return;
  state = { ...state, start, end };
  clearTimeout(hashTimer);
  hashTimer = setTimeout(writeHash, 150);
});

element.addEventListener('timeline-select', (e) => {
  const event = (e as CustomEvent<{ event: TimelineEvent | null }>).detail.event;
  const { event: _previous, ...rest } = state;
  state = event ? { ...rest, event: event.id } : rest;
  writeHash();
});

// A link pasted into the same tab, or back/forward between links.
window.addEventListener('hashchange', () => {
  state = parseHash(location.hash);
  void restore(state);
});

if (state.event || (state.start && state.end)) void restore(state);

// Dev server only: the plugin sends the rebuilt timeline when a file in data/ changes.
if (import.meta.hot) {
  import.meta.hot.on(TIMELINE_UPDATE_EVENT, (timeline: Timeline) => {
    element.data = timeline;
  });
}
