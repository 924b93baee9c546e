import { afterEach, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import './event-timeline.ts';
import type { EventTimeline } from './event-timeline.ts';
import { syntheticTimeline } from './core/synthetic-timeline.ts';
import { timeline } from './panels/test-fixtures.ts';

// Screenshots at phone and desktop widths, light and dark, for people to look at (not compared).
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
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
  const path = await page.screenshot({ path: `__screenshots__/${name}-${width}-${dark ? 'dark' : 'light'}.png`, element: wrap });
  expect(path).toBeTruthy();
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
