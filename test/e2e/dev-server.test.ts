// The dev server with a temporary data folder: adding, breaking and fixing a source updates the
// open page live, without a reload.
import { cp, mkdtemp, rm, writeFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/model.ts';
import { EVENT_MARKS, ROOT, collectErrors, deepText, launchBrowser, squash, startDevServer, type Served } from './harness.ts';

let dataDir: string;
let browser: Browser;
let dev: Served;
let page: Page;
let errors: string[];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'event-timeline-data-'));
  await cp(path.join(ROOT, 'data'), dataDir, { recursive: true });
  dev = await startDevServer(dataDir);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = collectErrors(page);
  // Keep the latest timeline the element received (it bubbles timeline-load out of its shadow root).
  await page.addInitScript(() => {
    document.addEventListener('timeline-load', (e) => ((window as unknown as { shown: unknown }).shown = (e as CustomEvent<{ timeline: unknown }>).detail.timeline));
  });
  await page.goto(dev.url);
  await page.locator(EVENT_MARKS).first().waitFor({ state: 'visible', timeout: 30_000 });
  // A reload would drop this marker: the tests check it survives every change.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const mentionsIn = (page: Page, needle: string) =>
  page.evaluate((n) => {
    const data = (window as unknown as { shown?: Timeline }).shown;
    return data?.events.filter((e) => e.mentions.some((m) => m.text.includes(n))).length ?? 0;
  }, needle);

/** The text of the element's message part: the page's problems panel. */
const panelText = (page: Page) => deepText(page.locator('event-timeline [part~="message"]'));

/** Messages of the error diagnostics on `file` in the timeline the page shows. */
const errorsOf = (page: Page, file: string) =>
  page.evaluate((f) => {
    const data = (window as unknown as { shown?: Timeline }).shown;
    return (data?.diagnostics ?? []).filter((d) => d.severity === 'error' && d.file.endsWith(f)).map((d) => d.message);
  }, file);

const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

describe('the dev server', () => {
  it('shows the data folder with no errors', async () => {
    expect(await page.locator(EVENT_MARKS).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/^\d+ events from 2 sources$/);
    expect(errors).toEqual([]);
  });

  it('shows an added source without a reload', async () => {
    const article = [
      '---',
      'headline: Engineers reopen the old river bridge',
      'publisher: Test Gazette',
      'datePublished: 2017-09-14',
      '---',
      '',
      'Engineers reopened the Nineveh river bridge on 12 September 2017 after months of repairs.',
      '',
    ].join('\n');
    await writeFile(path.join(dataDir, 'bridge.md'), article);
    await expect.poll(() => mentionsIn(page, 'Nineveh river bridge'), { timeout: 20_000 }).toBeGreaterThan(0);
    // The new event is drawn: a mark whose label carries its date.
    await expect.poll(async () => {
      const labels = await page.locator(EVENT_MARKS).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
      return labels.some((label) => /2017/.test(label) && /(Sep|09|bridge)/i.test(label));
    }).toBe(true);
    expect(await notReloaded(page)).toBe(true);
  });

  it('lists a broken source in the diagnostics panel and clears it when fixed', async () => {
    const file = path.join(dataDir, 'broken.md');
    const body = ['', 'Iraqi forces recaptured the old city of Mosul on 9 July 2017, officials said.', ''];
    await writeFile(file, ['---', 'headline: [unclosed', 'datePublished: 2017-07-10', '---', ...body].join('\n'));
    await expect.poll(() => errorsOf(page, 'broken.md'), { timeout: 20_000 }).not.toEqual([]);
    const [error] = await errorsOf(page, 'broken.md');
    // The panel shows the error: where it is and what to do.
    await expect.poll(() => panelText(page), { timeout: 5000 }).toContain('broken.md');
    expect(await panelText(page)).toContain(squash(error!));
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/problem/);
    // The good sources are still drawn beside the problem.
    expect(await mentionsIn(page, 'Nineveh river bridge')).toBeGreaterThan(0);

    await writeFile(file, ['---', 'headline: Old city retaken', 'datePublished: 2017-07-10', '---', ...body].join('\n'));
    await expect.poll(() => errorsOf(page, 'broken.md'), { timeout: 20_000 }).toEqual([]);
    await expect.poll(() => panelText(page), { timeout: 5000 }).not.toContain(squash(error!));
    await expect.poll(() => page.locator('#summary').textContent()).not.toMatch(/problem/);
    await expect.poll(() => mentionsIn(page, 'recaptured the old city'), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await notReloaded(page)).toBe(true);
  });

  it('drops a deleted source without a reload', async () => {
    await unlink(path.join(dataDir, 'bridge.md'));
    await expect.poll(() => mentionsIn(page, 'Nineveh river bridge'), { timeout: 20_000 }).toBe(0);
    expect(await notReloaded(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps the range the reader zoomed to with the wheel when a file in data/ changes', async () => {
    const range = () => page.locator('event-timeline [part~="range"]').textContent();
    await page.locator('event-timeline [part~="fit"]').click();
    const fitted = await range();
    const plot = (await page.locator('event-timeline [part~="plot"]').boundingBox())!;
    // The wheel over July 2017, near the right end of the fitted view.
    await page.mouse.move(plot.x + plot.width * 0.93, plot.y + plot.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await expect.poll(range).not.toBe(fitted);
    await page.waitForTimeout(500);
    const zoomed = await range();
    const before = await mentionsIn(page, 'ambush');
    const file = path.join(dataDir, 'ambush.md');
    try {
      await writeFile(file, ['---', 'headline: Convoy ambushed', 'datePublished: 2017-07-20', '---', '', 'Militants ambushed a supply convoy near Tal Afar on 18 July 2017.', ''].join('\n'));
      await expect.poll(() => mentionsIn(page, 'ambush'), { timeout: 20_000 }).toBeGreaterThan(before);
      await page.waitForTimeout(300);
      expect((await range())!.split(':')[0]).toBe(zoomed!.split(':')[0]);
    } finally {
      await unlink(file);
    }
    await expect.poll(() => mentionsIn(page, 'ambush'), { timeout: 20_000 }).toBe(0);
    expect(await notReloaded(page)).toBe(true);
  });

  it('serves timeline.json', async () => {
    const response = await fetch(`${dev.url}timeline.json`);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const timeline = (await response.json()) as Timeline;
    expect(timeline.sources.map((s) => path.basename(s.file)).sort()).toEqual([
      'americanpatriotdaily-us-big-win-in-iraq.md',
      'broken.md',
      'dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md',
    ]);
  });
});
