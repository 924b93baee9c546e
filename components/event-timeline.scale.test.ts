import { afterEach, expect, test } from 'vitest';
import './event-timeline.ts';
import type { EventTimeline } from './event-timeline.ts';
import { syntheticTimeline } from './core/synthetic-timeline.ts';
import { eventExtent } from './core/time.ts';

// 100,000 events through the public `data` property: functional checks only (timing is in `npm run bench`).
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});

async function settle(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

test('100k events render, aggregate, stay navigable by keyboard, list and selection', async () => {
  const wrap = document.createElement('div');
  wrap.style.width = '1000px';
  document.body.append(wrap);
  mounted.push(wrap);
  const el = document.createElement('event-timeline');
  wrap.append(el);
  const data = syntheticTimeline(100_000);
  el.data = data;
  await settle(el);
  const root = el.shadowRoot!;
  const range = root.querySelector('[part~="range"]')!.textContent!;
  expect(range).toContain('100,000 events');
  // Crowded: clusters and canvas density, not 100k DOM nodes.
  const clusters = root.querySelectorAll('[part~="cluster"]');
  expect(clusters.length).toBeGreaterThan(5);
  expect(root.querySelectorAll('[part~="event"]').length).toBeLessThan(10);
  expect(root.querySelectorAll('*').length).toBeLessThan(2000);
  const total = [...clusters].reduce((n, c) => n + Number(/^([\d,]+) events/.exec(c.getAttribute('aria-label')!)![1]!.replace(/,/g, '')), 0);
  expect(total).toBe(100_000);

  // Keyboard: Home/End reach the first and last events in time order.
  const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
  plot.focus();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
  await settle(el);
  const ext = (e: (typeof data.events)[number]) => eventExtent(e)!;
  const sorted = [...data.events].sort((a, b) => ext(a).start - ext(b).start || ext(a).end - ext(b).end);
  const last = root.activeElement as HTMLElement;
  expect(last.getAttribute('part')).toBe('event');
  expect(last.getAttribute('aria-label')).toContain(sorted.at(-1)!.title);
  last.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
  await settle(el);
  expect((root.activeElement as HTMLElement).getAttribute('aria-label')).not.toBe(last.getAttribute('aria-label'));

  // Selection by id shows the detail.
  el.select('e5000');
  await settle(el);
  const detail = root.querySelector<HTMLElement>('[part~="detail"]')!;
  expect(detail.hidden).toBe(false);
  expect(detail.querySelector('et-detail')!.shadowRoot!.textContent).toContain(data.events[5000]!.title);

  // The list view is virtualised: a few rows in the DOM, the whole count announced.
  el.fit();
  root.querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
  await settle(el);
  const rows = root.querySelectorAll('[part~="list"] li');
  expect(rows.length).toBeGreaterThan(3);
  expect(rows.length).toBeLessThan(40);
  expect(rows[0]!.getAttribute('aria-setsize')).toBe('100000');
  const scroller = root.querySelector<HTMLElement>('.list-scroll')!;
  // Rows are 36 px, or taller where the list stacks date over title (narrow, beside the detail).
  scroller.scrollTop = rows[0]!.getBoundingClientRect().height * 50_000;
  scroller.dispatchEvent(new Event('scroll'));
  await settle(el);
  const posinsets = [...root.querySelectorAll('[part~="list"] li')].map((li) => Number(li.getAttribute('aria-posinset')));
  expect(Math.min(...posinsets)).toBeGreaterThan(49_990);
  expect(Math.max(...posinsets)).toBeLessThan(50_040);

  // Clicking a cluster zooms into it; zooming far enough shows individual, focusable marks.
  const cluster = root.querySelector<HTMLButtonElement>('[part~="cluster"]')!;
  const before = root.querySelector('[part~="range"]')!.textContent;
  cluster.click();
  await settle(el);
  expect(root.querySelector('[part~="range"]')!.textContent).not.toBe(before);
  el.zoomTo('2010-03-01', '2010-03-03');
  await settle(el);
  const marks = root.querySelectorAll('[part~="event"]');
  expect(marks.length).toBeGreaterThan(5);
  expect(root.querySelectorAll('[part~="cluster"]:not(.wide)').length).toBe(0);
  // The year- and month-long events around those days are one group, listed on demand.
  const wide = root.querySelector<HTMLButtonElement>('[part~="cluster"].wide')!;
  expect(wide.getAttribute('aria-label')).toMatch(/^\d+ long events/);
}, 60_000);
