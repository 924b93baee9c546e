/** The console stays quiet: no error, and no Lit dev warning about an update scheduled after an update (a wasted render). */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { EventTimeline } from '../event-timeline.ts';
import { loadLaterPanels } from '../panels/index.ts';
import { timeline } from '../panels/test-fixtures.ts';

const said: string[] = [];

beforeEach(async () => {
  said.length = 0;
  for (const level of ['warn', 'error'] as const) {
    const real = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      said.push(`${level}: ${args.map(String).join(' ')}`);
      real(...args);
    });
  }
  await loadLaterPanels();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function frames(el: EventTimeline, n = 4): Promise<void> {
  for (let i = 0; i < n; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

test('loading, drawing, opening the list and the detail: no error and no change-in-update warning', async () => {
  await import('../event-timeline.ts');
  const el = document.createElement('event-timeline');
  el.style.setProperty('--et-list-height', '400px');
  const wrap = document.createElement('div');
  wrap.style.width = '900px';
  wrap.append(el);
  document.body.append(wrap);
  el.data = timeline();
  await frames(el);
  expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).toBe(4);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
  el.select('e-siege');
  await frames(el);
  // The list renders rows for its real height (400px / 36px rows), not the 240px default.
  await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part~="list"] li').length).toBe(4));
  expect(said.filter((s) => /change-in-update|error:/.test(s))).toEqual([]);
});
