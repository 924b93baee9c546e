// Render benchmark: <event-timeline> (dist/event-timeline.js) and vis-timeline (standalone
// bundle, stack off) drawing the same synthetic timeline in headless Chromium.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain ES module without types
import { chromePath, CHROME_ARGS } from '../scripts/chrome-path.mjs';
import { ROOT, serveStatic } from '../test/e2e/harness.ts';
import { syntheticTimeline } from './synthetic.ts';
import { mean, percentile } from './table.ts';

export type Library = 'ours' | 'vis-timeline';

export interface RenderResult {
  library: Library;
  events: number;
  firstRenderMs?: number;
  frameMeanMs?: number;
  frameP95Ms?: number;
  frames?: number;
  heapMB?: number;
  error?: string;
}

const WIDTH = 1280;
const HEIGHT = 600;
/** Wheel frames measured per run: zoom in for half of them, back out for the rest. */
const FRAMES = 60;
/** A run that exceeds this is reported as such rather than holding the benchmark up for ever. */
const RUN_TIMEOUT_MS = 180_000;

const OURS_PAGE = `<!doctype html><meta charset="utf-8"><title>ours</title>
<style>body{margin:0} event-timeline{display:block;width:${WIDTH}px;height:${HEIGHT}px}</style>
<event-timeline></event-timeline>
<script type="module">
  import './dist/event-timeline.js';
  import './measure.js';
  window.benchReady = customElements.whenDefined('event-timeline');
</script>`;

const VIS_PAGE = `<!doctype html><meta charset="utf-8"><title>vis-timeline</title>
<style>body{margin:0} #vis{width:${WIDTH}px;height:${HEIGHT}px}</style>
<div id="vis"></div>
<script src="vis/vis-timeline-graph2d.min.js"></script>
<script src="measure.js"></script>
<script>window.benchReady = Promise.resolve();</script>`;

function firstRender(page: Page, library: Library): Promise<number> {
  // Strings, not functions: tsx would add helpers to a function's source that the page lacks.
  return page.evaluate(library === 'ours' ? 'bench.firstRenderOurs()' : 'bench.firstRenderVis()') as Promise<number>;
}

function wheelFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(`bench.wheelFrames(${frames}, ${WIDTH / 2}, ${HEIGHT / 2})`) as Promise<number[]>;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function runOne(browser: Browser, url: string, library: Library, events: number, dataFile: string): Promise<RenderResult> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  page.setDefaultTimeout(RUN_TIMEOUT_MS);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${url}${library === 'ours' ? 'ours.html' : 'vis.html'}`);
    await page.evaluate('window.benchReady');
    // The data is parsed in the page before timing: both libraries start from the same objects.
    await page.evaluate(`fetch(${JSON.stringify(dataFile)}).then((r) => r.json()).then((d) => { window.benchData = d; })`);
    const firstRenderMs = await firstRender(page, library);
    const deltas = await wheelFrames(page, FRAMES);
    const heap = await heapMB(page);
    if (errors.length > 0) return { library, events, error: errors.join('; ') };
    return { library, events, firstRenderMs, frameMeanMs: mean(deltas), frameP95Ms: percentile(deltas, 95), frames: deltas.length, heapMB: heap };
  } catch (error) {
    return { library, events, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await page.close();
  }
}

export async function renderBenchmark(sizes: readonly number[], libraries: readonly Library[], log: (line: string) => void): Promise<RenderResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'event-timeline-bench-'));
  await writeFile(path.join(dir, 'ours.html'), OURS_PAGE);
  await writeFile(path.join(dir, 'vis.html'), VIS_PAGE);
  await symlink(path.join(ROOT, 'dist'), path.join(dir, 'dist'));
  await symlink(path.join(ROOT, 'bench', 'measure.js'), path.join(dir, 'measure.js'));
  await symlink(path.join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd'), path.join(dir, 'vis'));
  const site = await serveStatic(dir, '/');
  const browser = await chromium.launch({
    executablePath: chromePath() as string,
    // Keep frames coming at full rate in a headless, never-focused window.
    args: [...(CHROME_ARGS as string[]), '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  const results: RenderResult[] = [];
  try {
    for (const size of sizes) {
      const dataFile = `data-${size}.json`;
      await writeFile(path.join(dir, dataFile), JSON.stringify(syntheticTimeline(size)));
      for (const library of libraries) {
        log(`render: ${library} at ${size.toLocaleString('en')} events…`);
        results.push(await runOne(browser, site.url, library, size, dataFile));
      }
    }
  } finally {
    await browser.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}
