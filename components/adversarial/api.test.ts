/** The element's API misused, and data that is valid but extreme in size. */
import { describe, expect, test } from 'vitest';
import type { Diagnostic, Mention, Timeline } from '../../src/model.ts';
import { drawn, ev, markIds, marks, message, place, range, settle, small, sr, thrown, until, useHarness, withData, wraps } from './harness.ts';
import { timeline } from '../panels/test-fixtures.ts';
import { syntheticTimeline } from '../core/synthetic-timeline.ts';
import { EventTimeline } from '../event-timeline.ts';

useHarness();

describe('API misuse', () => {
  test('zoomTo, select and fit with garbage change nothing and throw nothing', async () => {
    const el = await withData(timeline());
    const before = range(el);
    const api = el as unknown as { zoomTo: (a: unknown, b: unknown) => void; select: (id: unknown) => void };
    api.zoomTo('yesterday', 'tomorrow');
    api.zoomTo(Number.NaN, 5);
    api.zoomTo(undefined, null);
    api.zoomTo({}, []);
    api.select('no-such-event');
    api.select(undefined);
    api.select(42);
    api.select({ id: 'e-siege' });
    await settle(el);
    expect(range(el)).toBe(before);
    api.zoomTo(-1e20, 1e20);
    api.zoomTo(new Date(Number.NaN), new Date(0));
    await settle(el);
    drawn(el);
    expect(marks(el).length).toBe(4);
    expect(thrown).toEqual([]);
  });

  test('start after end, and start/end that are not dates, still show the events', async () => {
    const el = document.createElement('event-timeline');
    el.setAttribute('start', '2017-07-10');
    el.setAttribute('end', '2017-07-01');
    place(el);
    el.data = timeline();
    await settle(el);
    expect(markIds(el)).toContain('e-retook');
    el.setAttribute('start', 'soon');
    el.setAttribute('end', '2017-13-45');
    await settle(el);
    drawn(el);
    expect(thrown).toEqual([]);
  });

  test('removing the src attribute clears the timeline, and a load still on its way never lands', async () => {
    const el = document.createElement('event-timeline');
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(timeline()))}`;
    place(el);
    await until(() => marks(el).length === 4);
    el.removeAttribute('src');
    await settle(el);
    expect(marks(el)).toHaveLength(0);
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(timeline()))}`;
    await el.updateComplete; // the fetch has started
    el.removeAttribute('src');
    await new Promise((r) => setTimeout(r, 200));
    await settle(el);
    expect(marks(el)).toHaveLength(0);
    expect(thrown).toEqual([]);
  });

  test('a sparse events list (holes) draws the events it has', async () => {
    // eslint-disable-next-line no-sparse-arrays
    const t = { ...small([ev('a', '2017-07-08')]), events: [, ev('a', '2017-07-08'), , ev('b', '2017-07-09')] } as unknown as Timeline;
    const el = await withData(t);
    await until(() => markIds(el).length === 2);
    await new Promise((r) => setTimeout(r, 600)); // the check after the first frame
    await settle(el);
    expect(markIds(el).sort()).toEqual(['a', 'b']);
    expect(message(el)).not.toContain('undefined');
    expect(thrown).toEqual([]);
  });
});

describe('valid but extreme', () => {
  test('one event reported by 100,000 mentions draws and opens its detail without freezing the page', async () => {
    const mentions: Mention[] = Array.from({ length: 100_000 }, (_, i) => ({ source: `s${i}`, text: `Sentence ${i} on 8 July 2017.`, start: 0, end: 10, dateText: '8 July 2017', dateStart: 12, dateEnd: 23 }));
    const t = small([ev('crowd', '2017-07-08', { mentions })]);
    const t0 = performance.now();
    const el = await withData(t);
    expect(markIds(el)).toEqual(['crowd']);
    el.select('crowd');
    await settle(el);
    const detail = await until(() => sr(el).querySelector('et-detail')?.shadowRoot?.textContent);
    expect(detail).toMatch(/100,000 sources|100000 sources/);
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(thrown).toEqual([]);
  }, 30_000);

  test('lanes="source" with 2,000 sources: at most 24 lanes, the smallest sources share the last one, the plot stays a usable height', async () => {
    const el = await withData(syntheticTimeline(20_000, { sourceCount: 2000 }));
    const t0 = performance.now();
    el.setAttribute('lanes', 'source');
    await settle(el);
    const lanes = [...sr(el).querySelectorAll('.lane-label')].map((l) => l.textContent);
    expect(lanes).toHaveLength(24);
    expect(lanes.at(-1)).toBe('1,977 other sources');
    expect(sr(el).querySelector('[part~="plot"]')!.getBoundingClientRect().height).toBeLessThan(3000);
    expect(performance.now() - t0).toBeLessThan(3000);
    el.zoomTo('2005-01-01', '2005-02-01');
    await settle(el);
    expect(marks(el).length).toBeGreaterThan(0);
    expect(thrown).toEqual([]);
  }, 30_000);

  test('100,000 diagnostics: the message lists a few and counts the rest, without freezing the page', async () => {
    const diagnostics: Diagnostic[] = Array.from({ length: 100_000 }, (_, i) => ({ file: `f${i}.md`, line: 1, severity: i % 2 ? 'warning' : 'error', message: `problem ${i}` }));
    const t0 = performance.now();
    const el = await withData({ ...timeline(), diagnostics });
    const list = await until(() => sr(el).querySelector('et-messages')?.shadowRoot?.querySelector('details'));
    expect(marks(el)).toHaveLength(4);
    expect(list.querySelector('summary')!.textContent).toContain('50,000 errors, 50,000 warnings');
    expect(list.textContent).toContain('99,900 more problems');
    // Zooming re-renders the host, not the list (the same diagnostics array is handed down).
    el.zoomTo('2017-07-01', '2017-07-31');
    await settle(el);
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(sr(el).querySelector('[part~="message"]')!.querySelectorAll('*').length + (sr(el).querySelector('et-messages')?.shadowRoot?.querySelectorAll('*').length ?? 0)).toBeLessThan(2000);
    expect(thrown).toEqual([]);
  }, 30_000);

  test('data set before the element is defined (module loaded late) is drawn once it upgrades', async () => {
    const el = document.createElement('et-late-upgrade') as HTMLElement & { data?: unknown };
    el.data = timeline();
    const wrap = document.createElement('div');
    wrap.style.width = '900px';
    wrap.append(el);
    document.body.append(wrap);
    wraps.push(wrap);
    customElements.define('et-late-upgrade', class extends EventTimeline {});
    await until(() => el.shadowRoot?.querySelectorAll('[part~="event"]').length === 4);
    expect(thrown).toEqual([]);
  });

  test('hidden (display: none) while its data arrives, then shown: it draws', async () => {
    const el = document.createElement('event-timeline');
    const wrap = place(el);
    wrap.style.display = 'none';
    el.data = timeline();
    await settle(el);
    wrap.style.display = '';
    await until(() => marks(el).length === 4);
    expect(range(el)).toMatch(/4 events/);
  });
});
