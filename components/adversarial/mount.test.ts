/** Races between loads, and an element removed, moved or added twice. */
import { describe, expect, test, vi } from 'vitest';
import { ev, markIds, message, place, settle, small, sr, until, useHarness, withData, wraps } from './harness.ts';
import { timeline } from '../panels/test-fixtures.ts';

useHarness();

describe('races and re-mounting', () => {
  /** fetch answering each URL after the given delay (ms), with a small valid timeline titled by the URL. */
  function slowFetch(delays: Record<string, number>): void {
    const real = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const key = Object.keys(delays).find((k) => url.endsWith(k));
      if (key === undefined) return real(input, init);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delays[key]);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      });
      return new Response(JSON.stringify(small([ev(key, '2017-07-08', { title: key })])), { headers: { 'content-type': 'application/json' } });
    });
  }

  test('src changed quickly several times: only the last one shows', async () => {
    slowFetch({ '/a.json': 300, '/b.json': 30, '/c.json': 150 });
    const el = document.createElement('event-timeline');
    place(el);
    el.src = '/a.json';
    await settle(el, 1);
    el.src = '/b.json';
    await settle(el, 1);
    el.src = '/c.json';
    await until(() => markIds(el).length === 1);
    await new Promise((r) => setTimeout(r, 400));
    await settle(el);
    expect(markIds(el)).toEqual(['/c.json']);
    expect(message(el)).toBe('');
  });

  test('removed while loading and added again: it finishes loading', async () => {
    slowFetch({ '/slow.json': 200 });
    const el = document.createElement('event-timeline');
    el.src = '/slow.json';
    const wrap = place(el);
    await settle(el, 1);
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    wrap.append(el);
    await until(() => markIds(el).length === 1);
    expect(message(el)).toBe('');
  });

  test('moved to another parent while loading: it finishes loading', async () => {
    slowFetch({ '/moved.json': 150 });
    const el = document.createElement('event-timeline');
    el.src = '/moved.json';
    place(el);
    await settle(el, 1);
    const other = document.createElement('div');
    other.style.width = '700px';
    document.body.append(other);
    wraps.push(other);
    other.append(el);
    await until(() => markIds(el).length === 1);
    expect(message(el)).toBe('');
  });

  test('removed and added again: wheel, drag and the brush still work', async () => {
    const el = await withData(timeline());
    const wrap = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 10));
    wrap.append(el);
    await settle(el);
    const zooms: unknown[] = [];
    el.addEventListener('timeline-zoom', (e) => zooms.push((e as CustomEvent).detail));
    const plot = sr(el).querySelector<HTMLElement>('[part~="plot"]')!;
    const r = plot.getBoundingClientRect();
    plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true, composed: true }));
    await settle(el);
    expect(zooms.length).toBeGreaterThan(0);
    // The overview: pressing far left on the strip moves the brush (and the view) there.
    const before = zooms.length;
    const strip = sr(el).querySelector<HTMLElement>('[part~="overview"]')!;
    const s = strip.getBoundingClientRect();
    const down = new PointerEvent('pointerdown', { pointerId: 3, clientX: s.left + 2, clientY: s.top + 5, bubbles: true, cancelable: true, composed: true, button: 0, pointerType: 'mouse' });
    strip.dispatchEvent(down);
    strip.dispatchEvent(new PointerEvent('pointerup', { pointerId: 3, clientX: s.left + 2, clientY: s.top + 5, bubbles: true, composed: true, pointerType: 'mouse' }));
    await settle(el);
    expect(zooms.length).toBeGreaterThan(before);
  });

  test('two elements on one page keep their own data, selection and hidden events', async () => {
    const a = await withData(timeline(), 'one');
    const b = await withData(small([ev('x', '2001-01-01')]), 'two');
    a.select('e-siege');
    await settle(a);
    expect(markIds(b)).toEqual(['x']);
    expect(sr(b).querySelector('et-detail')).toBeNull();
  });

  test('a server that never answers: after a while the element says it is still waiting, and a later answer still shows', async () => {
    slowFetch({ '/never.json': 9500 });
    const el = document.createElement('event-timeline');
    el.src = '/never.json';
    place(el);
    await settle(el);
    expect(sr(el).querySelector('[part~="range"]')!.textContent).toBe('Loading…');
    await until(() => /Still loading the timeline from \/never\.json/.test(message(el)), 12_000);
    await until(() => markIds(el).length === 1, 5000);
    expect(message(el)).toBe('');
  }, 30_000);
});
