// The built site (dist/), served by a plain static server from a sub-folder, in headless Chromium.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/model.ts';
import { addSources } from '../../src/pipeline.ts';
import { DIST, EVENT_MARKS, assertBuilt, collectErrors, deepText, launchBrowser, serveStatic, squash, type Served } from './harness.ts';

let browser: Browser;
let site: Served;
let timeline: Timeline;
let page: Page;
let errors: string[];

beforeAll(async () => {
  assertBuilt();
  timeline = JSON.parse(await readFile(path.join(DIST, 'timeline.json'), 'utf8')) as Timeline;
  site = await serveStatic(DIST, '/some/sub-folder/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = collectErrors(page);
});

afterEach(async () => {
  await page?.close();
});

async function open(hash = ''): Promise<void> {
  await page.goto(`${site.url}${hash}`);
  await page.locator(EVENT_MARKS).first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('the built site', () => {
  it('holds a timeline of the Mosul articles in data/', () => {
    expect(timeline.version).toBe(1);
    expect(timeline.sources.map((s) => s.file).sort()).toEqual([
      'data/americanpatriotdaily-us-big-win-in-iraq.md',
      'data/dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md',
    ]);
    expect(timeline.events.length).toBeGreaterThan(0);
  });

  it('loads from a sub-folder with no console errors and draws the events', async () => {
    await open();
    const marks = page.locator(EVENT_MARKS);
    expect(await marks.count()).toBeGreaterThan(0);
    // Every drawn mark names its event for screen readers.
    const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    await expect.poll(() => page.locator('event-timeline [part~="axis"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/\d+ events from 2 sources/);
    expect(errors).toEqual([]);
  });

  it('shows the sentence of a clicked event in the detail part', async () => {
    await open();
    await page.evaluate(() => {
      const w = window as unknown as { selected: unknown[] };
      w.selected = [];
      document.querySelector('event-timeline')!.addEventListener('timeline-select', (e) => w.selected.push((e as CustomEvent<{ event: { id: string } | null }>).detail.event?.id));
    });
    await page.locator(EVENT_MARKS).first().click();
    const id = await page.waitForFunction(() => (window as unknown as { selected: string[] }).selected.at(-1), undefined, { timeout: 5000 }).then((h) => h.jsonValue());
    const event = timeline.events.find((e) => e.id === id);
    expect(event, `selected id ${String(id)} is in timeline.json`).toBeDefined();
    const detail = page.locator('event-timeline [part~="detail"]');
    await detail.waitFor({ state: 'visible' });
    await expect.poll(() => deepText(detail), { timeout: 5000 }).toContain(squash(event!.mentions[0]!.text));
    // The hash now names the selected event, so the link restores it.
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('event')).toBe(id);
    expect(errors).toEqual([]);
  });

  it('zooms in with the wheel and keeps the view in the hash', async () => {
    await open();
    await page.evaluate(() => {
      const w = window as unknown as { zooms: Array<{ start: unknown; end: unknown }> };
      w.zooms = [];
      document.querySelector('event-timeline')!.addEventListener('timeline-zoom', (e) => w.zooms.push((e as CustomEvent<{ start: unknown; end: unknown }>).detail));
    });
    const box = (await page.locator('event-timeline [part~="plot"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const span = () =>
      page.evaluate(() => {
        const z = (window as unknown as { zooms: Array<{ start: string | number | Date; end: string | number | Date }> }).zooms.at(-1);
        return z ? new Date(z.end).getTime() - new Date(z.start).getTime() : undefined;
      });
    await page.mouse.wheel(0, -400);
    await expect.poll(span, { timeout: 5000 }).toBeGreaterThan(0);
    const first = (await span())!;
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await span())!, { timeout: 5000 }).toBeLessThan(first);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toMatch(/start=.*end=/);
    expect(errors).toEqual([]);
  });

  it('lets the wheel scroll the page past the timeline when it cannot zoom out further', async () => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await open();
    const box = (await page.locator('event-timeline [part~="plot"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 40, 480));
    const y0 = await page.evaluate(() => window.scrollY);
    const range = await page.locator('event-timeline [part~="range"]').textContent();
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(y0);
    expect(await page.locator('event-timeline [part~="range"]').textContent()).toBe(range);
    expect(errors).toEqual([]);
  });

  it('takes a file dropped beside the timeline (on the heading) instead of leaving the page for it', async () => {
    await open();
    const result = await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['---\nheadline: Engineers reopen the old river bridge\ndatePublished: 2017-09-14\n---\n\nEngineers reopened the Nineveh river bridge on 12 September 2017 after months of repairs.\n'], 'bridge.md', { type: 'text/markdown' }));
      const h1 = document.querySelector('h1')!;
      const init = { dataTransfer: dt, bubbles: true, cancelable: true, composed: true };
      // A drag over the page that nobody cancels is the browser's: it opens the file in place of the page.
      const over = h1.dispatchEvent(new DragEvent('dragover', init));
      const drop = h1.dispatchEvent(new DragEvent('drop', init));
      return { overAllowed: !over, dropTaken: !drop };
    });
    expect(result).toEqual({ overAllowed: true, dropTaken: true });
    await expect.poll(() => deepText(page.locator('event-timeline et-source-toggles')), { timeout: 30_000 }).toContain('Engineers reopen the old river bridge');
    expect(errors).toEqual([]);
  });

  it('restores the view and the selection from a link', async () => {
    const event = timeline.events[Math.floor(timeline.events.length / 2)]!;
    const startMs = Date.parse(event.start.length === 4 ? `${event.start}-01-01` : event.start);
    const from = new Date(startMs - 40 * 86_400_000).toISOString();
    const to = new Date(startMs + 40 * 86_400_000).toISOString();
    await open(`#start=${from}&end=${to}&event=${encodeURIComponent(event.id)}`);
    const detail = page.locator('event-timeline [part~="detail"]');
    await expect.poll(() => deepText(detail), { timeout: 5000 }).toContain(squash(event.mentions[0]!.text));
    expect(errors).toEqual([]);
  });

  it('serves examples/embed.html, whose strict CSP the element works under', async () => {
    await page.goto(`${site.url}examples/embed.html`);
    await page.locator(EVENT_MARKS).first().waitFor({ state: 'visible', timeout: 15_000 });
    // A CSP violation (inline style, eval) is reported as a console error.
    expect(errors).toEqual([]);
  });

  it.each([
    ['the demo page', ''],
    ['examples/embed.html, through dist/event-timeline.js', 'examples/embed.html'],
  ])('%s loads the in-page parser only when an article is added, from beside the module', async (_label, pagePath) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}${pagePath}`);
    await page.locator(EVENT_MARKS).first().waitFor({ state: 'visible', timeout: 15_000 });
    const isEngine = (p: string) => /engine/.test(p);
    expect(requested.filter(isEngine)).toEqual([]);
    await page.locator('event-timeline input[type="file"]').first().setInputFiles({
      name: 'bridge.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(['---', 'headline: Engineers reopen the old river bridge', 'datePublished: 2017-09-14', '---', '', 'Engineers reopened the Nineveh river bridge on 12 September 2017 after months of repairs.', ''].join('\n')),
    });
    await expect
      .poll(async () => (await page.locator(EVENT_MARKS).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).some((l) => /September 2017|2017-09-12|Sep/.test(l)), { timeout: 30_000 })
      .toBe(true);
    // Served from the sub-folder, next to the page's own chunks: relative URLs all the way.
    expect(requested.filter(isEngine).length).toBeGreaterThan(0);
    expect(requested.filter(isEngine).every((p) => p.startsWith('/some/sub-folder/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it.each([
    ['the demo page', '', 'timeline.json'],
    ['examples/embed.html', 'examples/embed.html', 'examples/mosul.json'],
  ])('%s: the built in-page parser gives the timeline the engine gives in Node', async (_label, pagePath, dataFile) => {
    // Minification must not change what the engine finds (it once renamed classes the tagger looked up by name).
    const base = JSON.parse(await readFile(path.join(DIST, dataFile), 'utf8')) as Timeline;
    const expected = addSources(base, [{ file: 'bridge.md', content: BRIDGE }]).events;
    await page.goto(`${site.url}${pagePath}`);
    await page.locator(EVENT_MARKS).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('event-timeline input[type="file"]').first().setInputFiles({ name: 'bridge.md', mimeType: 'text/markdown', buffer: Buffer.from(BRIDGE) });
    const labels = () => page.locator(EVENT_MARKS).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    await expect.poll(async () => (await labels()).some((l) => /Sep/.test(l) && /bridge/i.test(l)), { timeout: 30_000 }).toBe(true);
    const shown = await labels();
    expect(shown).toHaveLength(expected.length);
    for (const event of expected) expect(shown.some((label) => label.includes(event.title)), `an event titled "${event.title}" is drawn`).toBe(true);
  });
});

const BRIDGE = ['---', 'headline: Engineers reopen the old river bridge', 'datePublished: 2017-09-14', '---', '', 'Engineers reopened the Nineveh river bridge on 12 September 2017 after months of repairs.', ''].join('\n');
