import { afterAll, afterEach, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import './event-timeline.ts';
import type { EventTimeline } from './event-timeline.ts';
import { syntheticTimeline } from './core/synthetic-timeline.ts';
import { timeline } from './panels/test-fixtures.ts';

// Screenshots at phone and desktop widths, light and dark, for people to look at (written to
// components/__screenshots__/), with the checks a look would make first.
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});
// The emulated theme belongs to the browser page: leave it as found for the next test files.
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

async function shot(name: string, width: number, dark: boolean, setup: (el: EventTimeline) => void | Promise<void>): Promise<void> {
  await page.viewport(width, 900);
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }] });
  document.body.style.margin = '0';
  document.body.style.background = dark ? '#0d1014' : '#ffffff';
  const wrap = document.createElement('div');
  wrap.style.padding = '8px';
  const el = document.createElement('event-timeline');
  wrap.append(el);
  document.body.append(wrap);
  mounted.push(wrap);
  await setup(el);
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await page.screenshot({ path: `__screenshots__/${name}-${width}-${dark ? 'dark' : 'light'}.png`, element: wrap });
  // What a reader would notice first: nothing sticks out sideways, something is drawn, the axis has room.
  expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('[part~="event"], [part~="cluster"]').length).toBeGreaterThan(0);
  const labels = [...root.querySelectorAll('[part~="axis"] text')].map((t) => t.getBoundingClientRect());
  for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).toBeGreaterThanOrEqual(labels[i - 1]!.right);
}

for (const width of [375, 1440]) {
  for (const dark of [false, true]) {
    test(`mosul at ${width}px ${dark ? 'dark' : 'light'}`, async () => {
      await shot('mosul', width, dark, async (el) => {
        el.lanes = 'source';
        el.data = timeline();
        await el.updateComplete;
        el.select('e-retook');
      });
    });
    test(`100k events at ${width}px ${dark ? 'dark' : 'light'}`, async () => {
      await shot('100k', width, dark, async (el) => {
        el.data = syntheticTimeline(100_000);
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
      });
    });
  }
}
