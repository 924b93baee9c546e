import { afterEach, describe, expect, test } from 'vitest';
import { EtSourceToggles } from './et-source-toggles.ts';
import { axeViolations, cleanup, hostileTimeline, liveHostileNodes, mount, sources } from './test-fixtures.ts';

afterEach(cleanup);

describe('<et-source-toggles>', () => {
  async function toggles(local = false): Promise<EtSourceToggles> {
    const el = new EtSourceToggles();
    el.sources = sources().map((s, i) => (local && i === 1 ? { ...s, local: true } : s));
    el.hiddenSources = ['americanpatriotdaily'];
    el.colors = { dailycaller: 'rgb(10, 20, 30)' };
    return mount(el);
  }

  test('one labelled checkbox per source, checked when shown, with its colour', async () => {
    const el = await toggles();
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).toEqual(['US-Backed Forces Score Their Biggest Victory Over ISIS Yet', 'U.S. Big Win in Iraq']);
    const swatch = el.shadowRoot!.querySelector('.swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(10, 20, 30)');
  });

  test('toggling sends et-toggle-source with the new visibility', async () => {
    const el = await toggles();
    const got: string[] = [];
    el.addEventListener('et-toggle-source', (e) => got.push(`${e.detail.id}:${e.detail.visible}`));
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    boxes[0]!.click();
    boxes[1]!.click();
    expect(got).toEqual(['dailycaller:false', 'americanpatriotdaily:true']);
  });

  test('only local sources can be removed', async () => {
    const el = await toggles(true);
    const removes = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')];
    expect(removes).toHaveLength(1);
    expect(removes[0]!.getAttribute('aria-label')).toBe('Remove U.S. Big Win in Iraq');
    const got: string[] = [];
    el.addEventListener('et-remove-source', (e) => got.push(e.detail.id));
    removes[0]!.click();
    expect(got).toEqual(['americanpatriotdaily']);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('many sources (a corpus of 42, of 2,000) take a few lines that scroll, not the page: the plot stays in sight', async () => {
    for (const n of [42, 2000]) {
      const el = new EtSourceToggles();
      el.sources = Array.from({ length: n }, (_, i) => ({ ...sources()[0]!, id: `s${i}`, headline: `Article number ${i} of a long news corpus` }));
      await mount(el, 900);
      const box = el.getBoundingClientRect();
      expect(box.height, `${n} sources`).toBeLessThan(160);
      // The legend says how many there are, the list showing only some at a time.
      expect(el.shadowRoot!.querySelector('legend')!.textContent).toBe(`Sources (${n.toLocaleString('en')})`);
      // Every toggle is still there and reachable: the list scrolls to it.
      const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
      expect(boxes).toHaveLength(n);
      const last = boxes[n - 1]!;
      last.focus();
      const r = last.getBoundingClientRect();
      expect(r.bottom).toBeLessThanOrEqual(box.bottom + 1);
      expect(r.top).toBeGreaterThanOrEqual(box.top - 1);
      expect(await axeViolations(el)).toEqual([]);
      cleanup();
    }
  });

  test('hostile headlines stay text', async () => {
    const el = new EtSourceToggles();
    el.sources = hostileTimeline().sources;
    await mount(el);
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(el.shadowRoot!.querySelector('.name')!.textContent).toBe(hostileTimeline().sources[0]!.headline);
  });
});
