/** A source added in the page whose events fall outside the view: the view widens to show them, and says so. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import '../event-timeline.ts';
import type { EventTimeline } from '../event-timeline.ts';
import { loadLaterPanels } from './index.ts';
import { timeline } from './test-fixtures.ts';

beforeEach(async () => {
  localStorage.clear();
  await loadLaterPanels();
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

function until<T>(get: () => T | null | undefined | false, timeout = 20_000): Promise<T> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      const v = get();
      if (v) resolve(v);
      else if (performance.now() - t0 > timeout) reject(new Error('timed out waiting'));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

async function host(attrs: Record<string, string>): Promise<EventTimeline> {
  const wrap = document.createElement('div');
  wrap.style.width = '1000px';
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  document.body.append(wrap);
  el.data = timeline();
  await until(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0);
  return el;
}

const labels = (el: EventTimeline): string[] => [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('aria-label') ?? '');
const live = (el: EventTimeline): string => el.shadowRoot!.querySelector('[aria-live]')?.textContent ?? '';

test('a pasted text dated years before the view: the view widens to its events and the live region says how many came from where', async () => {
  const el = await host({ id: 'added', start: '2017-07-01', end: '2017-07-31' });
  expect(labels(el).some((l) => /2011|2012/.test(l))).toBe(false);
  const panel = el.shadowRoot!.querySelector('et-add-source')!;
  panel.setAttribute('open', '');
  await panel.updateComplete;
  const root = panel.shadowRoot!;
  root.querySelector('textarea')!.value = 'Protesters filled the square on 15 March 2011. The army withdrew from the city on 2 February 2012.';
  root.querySelector<HTMLInputElement>('input[name="date"]')!.value = '2012-03-11';
  root.querySelector<HTMLInputElement>('input[name="headline"]')!.value = 'Spring report';
  root.querySelector('form')!.requestSubmit();
  await until(() => labels(el).some((l) => /2011/.test(l)) && labels(el).some((l) => /2012/.test(l)));
  // The events that were in view stay in view.
  expect(labels(el).some((l) => /July 2017/.test(l))).toBe(true);
  await until(() => /events? added from Spring report; showing/.test(live(el)));
});

test('a source whose events are already in view leaves the view alone', async () => {
  const el = await host({ id: 'inview' });
  const zooms: unknown[] = [];
  el.addEventListener('timeline-zoom', (e) => zooms.push((e as CustomEvent).detail));
  const dt = new DataTransfer();
  dt.items.add(new File(['---\ndatePublished: 2017-07-09\n---\nIraqi forces retook the old city of Mosul on 8 July 2017.'], 'oldcity.md'));
  el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
  await until(() => /added from oldcity\.md$/.test(live(el)) && live(el));
  expect(zooms).toEqual([]);
});
