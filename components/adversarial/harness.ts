/**
 * Shared by the adversarial tests of <event-timeline> (hostile data, races, files, storage, focus):
 * mounting, waiting, and a record of every error that reached the page (none is allowed).
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import '../event-timeline.ts';
import type { EventTimeline } from '../event-timeline.ts';
import type { Timeline, TimelineEvent } from '../../src/model.ts';
import { loadLaterPanels } from '../panels/index.ts';

/** Wrappers mounted by the current test, removed after it. */
export const wraps: HTMLElement[] = [];
/** Errors and unhandled rejections that reached the window during the current test. */
export const thrown: unknown[] = [];
const onError = (e: ErrorEvent): void => void thrown.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent): void => void thrown.push(e.reason);

/** Installs the per-test setup: empty storage, panels loaded, errors recorded; cleans up after. */
export function useHarness(): void {
beforeEach(async () => {
  localStorage.clear();
  thrown.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  await loadLaterPanels();
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  for (const w of wraps.splice(0)) w.remove();
  localStorage.clear();
});
}

export async function settle(el: EventTimeline, frames = 4): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export function until<T>(get: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      let v: T | null | undefined | false;
      try {
        v = get();
      } catch (e) {
        reject(e as Error);
        return;
      }
      if (v) resolve(v);
      else if (performance.now() - t0 > timeout) reject(new Error('timed out waiting'));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

export function place(el: EventTimeline, width = 900): HTMLElement {
  const wrap = document.createElement('div');
  wrap.style.width = `${width}px`;
  wrap.append(el);
  document.body.append(wrap);
  wraps.push(wrap);
  return wrap;
}

export async function withData(data: unknown, id?: string): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  if (id) el.id = id;
  place(el);
  (el as unknown as { data: unknown }).data = data;
  await settle(el);
  return el;
}

export async function withSrc(src: string): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  el.setAttribute('src', src);
  place(el);
  await settle(el);
  return el;
}

export const json = (v: unknown): string => `data:application/json,${encodeURIComponent(JSON.stringify(v))}`;
export const sr = (el: Element): ShadowRoot => el.shadowRoot!;
export const message = (el: EventTimeline): string => sr(el).querySelector('[part~="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const marks = (el: EventTimeline): HTMLElement[] => [...sr(el).querySelectorAll<HTMLElement>('[part~="event"]')];
export const markIds = (el: EventTimeline): string[] => marks(el).map((m) => m.dataset.id!);
export const mark = (el: EventTimeline, id: string): HTMLElement | null => sr(el).querySelector<HTMLElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`);
export const range = (el: EventTimeline): string => sr(el).querySelector('[part~="range"]')?.textContent ?? '';

/** The element drew its frame: toolbar, plot and axis are there (not a blank host). */
export function drawn(el: EventTimeline): void {
  expect(sr(el).querySelector('[part~="toolbar"]')).not.toBeNull();
  expect(sr(el).querySelector('[part~="plot"]')).not.toBeNull();
  expect(sr(el).querySelector('[part~="axis"]')).not.toBeNull();
}

/** The element in the deepest focus, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** True when the keyboard focus is somewhere inside `el` (its shadow tree included). */
export function focusInside(el: EventTimeline): boolean {
  return document.activeElement === el;
}

export function ev(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: `event ${id}`, start, granularity: 'day', inferred: false, mentions: [], ...extra };
}

export function small(events: TimelineEvent[]): Timeline {
  return { version: 1, generatedAt: '2026-11-21T15:00:00Z', sources: [], events, diagnostics: [] };
}

