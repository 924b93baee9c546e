import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import './event-timeline.ts';
import type { EventTimeline } from './event-timeline.ts';
import type { Timeline, TimelineEvent } from '../src/model.ts';
import { axeViolations, HOSTILE, hostileTimeline, timeline } from './panels/test-fixtures.ts';
import { syntheticTimeline } from './core/synthetic-timeline.ts';

const mounted: HTMLElement[] = [];

async function mount(attrs: Record<string, string> = {}, width = 900, parent: Node = document.body): Promise<EventTimeline> {
  const wrap = document.createElement('div');
  wrap.style.width = `${width}px`;
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  parent.appendChild(wrap);
  mounted.push(wrap);
  await settle(el);
  return el;
}

async function withData(t: Timeline = timeline(), attrs: Record<string, string> = {}, width = 900): Promise<EventTimeline> {
  const el = await mount(attrs, width);
  el.data = t;
  await settle(el);
  return el;
}

async function settle(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

function until<T>(get: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = get();
      if (v) resolve(v);
      else if (performance.now() - t0 > timeout) reject(new Error('timed out waiting'));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

const $ = <T extends Element = HTMLElement>(el: EventTimeline, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel);
const marks = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
const labels = (el: EventTimeline) => marks(el).map((m) => m.getAttribute('aria-label'));
const ticks = (el: EventTimeline) => [...$(el, '[part~="axis"]')!.querySelectorAll('text')].map((t) => t.textContent);
const focused = (el: EventTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('aria-label');
const detailText = (el: EventTimeline) => {
  const detail = $(el, '[part~="detail"]')!;
  const inner = detail.querySelector('et-detail');
  return detail.hidden ? '' : (inner?.shadowRoot?.textContent ?? '') + detail.textContent;
};

function collect<T>(el: EventTarget, name: string): T[] {
  const out: T[] = [];
  el.addEventListener(name, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

function wheel(target: Element, deltaY: number, at = 0.5): void {
  const r = target.getBoundingClientRect();
  target.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: r.left + r.width * at, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, composed: true }));
}

function pointer(target: Element, type: string, clientX: number, id = 1): void {
  const r = target.getBoundingClientRect();
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, composed: true, button: 0, pointerType: 'mouse', isPrimary: true }));
}

function span(e: { start: string; end: string }): number {
  return Date.parse(e.end) - Date.parse(e.start);
}

afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});

describe('drawing', () => {
  test('draws each event as a focusable mark labelled with its date and title, in time order', async () => {
    const el = await withData();
    expect(labels(el)).toEqual([
      '2014: terrorist group seizes Mosul',
      'October 2016: ISF starts its siege of the city',
      '8 July 2017: ISF retakes Mosul; reported by 2 sources; sources disagree on the date',
      '9 July 2017: al-Abadi travels to Mosul',
    ]);
    expect(marks(el).every((x) => x.tagName === 'BUTTON')).toBe(true);
    expect(ticks(el).length).toBeGreaterThan(1);
  });

  test('year and month dates are drawn as fuzzy bands over their extent, days as points', async () => {
    const el = await withData();
    const [year, month, day] = marks(el);
    expect(year!.classList.contains('fuzzy')).toBe(true);
    expect(month!.classList.contains('fuzzy')).toBe(true);
    expect(day!.classList.contains('fuzzy')).toBe(false);
    expect(day!.classList.contains('point')).toBe(true);
    // The year band covers the whole of 2014: about 12 times the month's width.
    const w = (m: HTMLElement) => m.querySelector('.glyph')!.getBoundingClientRect().width;
    expect(w(year!) / w(month!)).toBeGreaterThan(8);
    expect(day!.classList.contains('conflict')).toBe(true);
    expect(day!.classList.contains('multi')).toBe(true);
  });

  test('inferred events are drawn distinctly', async () => {
    const t = timeline();
    t.events[3]!.inferred = true;
    const el = await withData(t);
    expect(marks(el)[3]!.classList.contains('inferred')).toBe(true);
    expect(marks(el)[3]!.getAttribute('aria-label')).toContain('date inferred');
  });

  test('labels never overlap, even with many events close together', async () => {
    const events: TimelineEvent[] = Array.from({ length: 60 }, (_, i) => ({
      id: `n${i}`,
      title: `A rather long headline about event number ${i} in the city`,
      start: `2017-07-${String(1 + (i % 28)).padStart(2, '0')}`,
      granularity: 'day',
      inferred: false,
      mentions: [],
    }));
    const el = await withData({ ...timeline(), events });
    const boxes = [...el.shadowRoot!.querySelectorAll('.label')].map((l) => l.getBoundingClientRect()).filter((r) => r.width > 0);
    expect(boxes.length).toBeGreaterThan(5);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const A = boxes[a]!;
        const B = boxes[b]!;
        const overlap = A.left < B.right - 0.5 && B.left < A.right - 0.5 && A.top < B.bottom - 0.5 && B.top < A.bottom - 0.5;
        expect(overlap, `labels ${a} and ${b} overlap`).toBe(false);
      }
    }
    // Every event still has its focusable mark.
    expect(marks(el).length).toBe(60);
  });

  test('lanes="source" gives one lane per source, lanes="none" a single lane', async () => {
    const el = await withData(timeline(), { lanes: 'source' });
    const lanes = [...el.shadowRoot!.querySelectorAll('.lane')];
    expect(lanes.map((l) => l.textContent!.trim())).toEqual(['Daily Caller News Foundation', 'American Patriot Daily']);
    const top = (i: number) => marks(el)[i]!.getBoundingClientRect().top;
    // 2014 (Patriot) and October 2016 (Daily Caller) sit in different lanes.
    expect(top(0)).not.toBe(top(1));
    // The retaking, reported by both, is echoed in the Patriot's lane (not focusable, not announced).
    const echoes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.echo')];
    expect(echoes).toHaveLength(1);
    expect(echoes[0]!.getAttribute('aria-hidden')).toBe('true');
    const laneBox = lanes[1]!.getBoundingClientRect();
    const echoBox = echoes[0]!.getBoundingClientRect();
    expect(echoBox.top).toBeGreaterThanOrEqual(laneBox.top);
    expect(echoBox.bottom).toBeLessThanOrEqual(laneBox.bottom);
    el.lanes = 'none';
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.lane').length).toBe(1);
    expect(el.shadowRoot!.querySelectorAll('.echo').length).toBe(0);
  });
  test('lanes of two articles from one publisher are told apart by their headlines', async () => {
    const t = timeline();
    for (const s of t.sources) s.publisher = 'Reuters';
    const el = await withData(t, { lanes: 'source' });
    const lanes = [...el.shadowRoot!.querySelectorAll('.lane')].map((l) => l.textContent!.trim());
    expect(lanes).toEqual(['Reuters: US-Backed Forces Score Their Biggest Victory Over ISIS Yet', 'Reuters: U.S. Big Win in Iraq']);
  });

  test('a source added or removed (a live update, a dropped file) never repaints the other sources', async () => {
    const el = await withData(timeline(), { lanes: 'source' });
    const colourOf = (title: RegExp) => marks(el).find((m) => title.test(m.getAttribute('aria-label')!))!.style.getPropertyValue('--c');
    const siege = colourOf(/siege/);
    const seized = colourOf(/seizes/);
    expect(siege).not.toBe(seized);
    // A new source whose id sorts first arrives at the head of the sources.
    const t = timeline();
    const added = { ...t.sources[0]!, id: 'aaa-wire', file: 'data/aaa-wire.md', headline: 'Wire copy', publisher: 'Wire' };
    const wire: TimelineEvent = { ...t.events[0]!, id: 'e-wire', title: 'Wire reports Mosul news', mentions: [{ ...t.events[0]!.mentions[0]!, source: 'aaa-wire' }] };
    el.data = { ...t, sources: [added, ...t.sources], events: [wire, ...t.events] };
    await settle(el);
    expect(colourOf(/siege/)).toBe(siege);
    expect(colourOf(/seizes/)).toBe(seized);
    const newColour = colourOf(/Wire reports/);
    expect([siege, seized]).not.toContain(newColour);
    // The source list shows the same colours as the marks.
    const swatches = () => [...el.shadowRoot!.querySelector('et-source-toggles')!.shadowRoot!.querySelectorAll<HTMLElement>('li')].map((li) => [li.textContent!.replace(/\s+/g, ' ').trim(), li.style.getPropertyValue('--swatch')]);
    expect(swatches().find(([text]) => /Daily Caller|US-Backed/.test(text!))?.[1]).toBe(siege);
    expect(swatches().find(([text]) => /Wire/.test(text!))?.[1]).toBe(newColour);
    // Removed again: the others keep theirs.
    el.data = timeline();
    await settle(el);
    expect(colourOf(/siege/)).toBe(siege);
    expect(colourOf(/seizes/)).toBe(seized);
  });
});

describe('selection and detail', () => {
  test('a real mouse click on a mark selects it (pointer events reach the mark)', async () => {
    const el = await withData();
    const selected = collect<{ event: TimelineEvent | null }>(el, 'timeline-select');
    await userEvent.click(marks(el)[3]!);
    await settle(el);
    expect(selected.at(-1)?.event?.id).toBe('e-visit');
  });

  test('clicking an event shows its sentence and source in the detail part and fires timeline-select', async () => {
    const el = await withData();
    const selected = collect<{ event: TimelineEvent | null }>(el, 'timeline-select');
    marks(el)[2]!.click();
    await settle(el);
    await until(() => detailText(el).includes('retook the major city of Mosul'));
    expect(detailText(el)).toContain('Daily Caller News Foundation');
    expect(selected.at(-1)!.event!.id).toBe('e-retook');
  });

  test('on a small screen, the detail opened by a tap or Enter on an event is scrolled into sight', async () => {
    const el = await withData(timeline(), {}, 375);
    $(el, '[part~="list-toggle"]')!.click();
    await settle(el);
    const plot = $(el, '[part~="plot"]')!;
    plot.scrollIntoView({ block: 'start' });
    const detail = $(el, '[part~="detail"]')!;
    // Below the plot, the overview and the list, the detail would open near or past the bottom of the window.
    expect($(el, '[part~="list"]')!.getBoundingClientRect().bottom).toBeGreaterThan(window.innerHeight - 100);
    document.documentElement.style.setProperty('padding-bottom', '2000px'); // room to scroll
    try {
      marks(el)[1]!.click();
      await settle(el);
      expect(detail.hidden).toBe(false);
      expect(detail.getBoundingClientRect().top).toBeLessThan(window.innerHeight - 100);
      // select() from code (a link restored) leaves the page where it is.
      const y = window.scrollY;
      el.select('e-seized');
      await settle(el);
      expect(window.scrollY).toBe(y);
    } finally {
      document.documentElement.style.removeProperty('padding-bottom');
    }
  });

  test('a double click on an event opens its detail (the second click does not close it again)', async () => {
    const el = await withData();
    await userEvent.dblClick(marks(el)[1]!);
    await settle(el);
    expect($(el, '[part~="detail"]')!.hidden).toBe(false);
    expect(detailText(el)).toContain('siege');
    // A single click on the selected event still closes it.
    await userEvent.click(marks(el)[1]!);
    await settle(el);
    expect($(el, '[part~="detail"]')!.hidden).toBe(true);
  });

  test('select(id) opens the detail, select(null) closes it', async () => {
    const el = await withData();
    el.select('e-siege');
    await settle(el);
    await until(() => detailText(el).includes('siege of the city in October'));
    el.select(null);
    await settle(el);
    expect($(el, '[part~="detail"]')!.hidden).toBe(true);
  });

  test('a hidden event disappears and comes back when restored', async () => {
    const el = await withData(timeline(), { id: `hide-${Math.random()}` });
    el.select('e-visit');
    await settle(el);
    const detail = await until(() => $(el, 'et-detail'));
    detail.dispatchEvent(new CustomEvent('et-hide', { detail: { id: 'e-visit' }, bubbles: true, composed: true }));
    await settle(el);
    expect(labels(el).some((l) => l!.includes('al-Abadi'))).toBe(false);
    const list = await until(() => $(el, 'et-hidden-list'));
    list.dispatchEvent(new CustomEvent('et-restore', { detail: { id: 'e-visit' }, bubbles: true, composed: true }));
    await settle(el);
    expect(labels(el).some((l) => l!.includes('al-Abadi'))).toBe(true);
  });

  test('the search filter and source toggles narrow what is drawn', async () => {
    const el = await withData();
    $(el, 'et-search')!.dispatchEvent(new CustomEvent('et-filter', { detail: { query: 'siege' }, bubbles: true, composed: true }));
    await settle(el);
    expect(labels(el)).toEqual(['October 2016: ISF starts its siege of the city']);
    $(el, 'et-search')!.dispatchEvent(new CustomEvent('et-filter', { detail: { query: '' }, bubbles: true, composed: true }));
    await settle(el);
    $(el, 'et-source-toggles')!.dispatchEvent(new CustomEvent('et-toggle-source', { detail: { id: 'dailycaller', visible: false }, bubbles: true, composed: true }));
    await settle(el);
    // The retaking is also reported by the Patriot, so it stays.
    expect(labels(el).map((l) => l!.split(':')[0])).toEqual(['2014', '8 July 2017']);
  });
});

describe('zoom and pan', () => {
  test('the wheel zooms around the pointer: timeline-zoom fires and the ticks change', async () => {
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    const before = ticks(el);
    const plot = $(el, '[part~="plot"]')!;
    for (let i = 0; i < 5; i++) wheel(plot, -200, 0.9);
    await settle(el);
    expect(zooms.length).toBeGreaterThan(0);
    const last = zooms.at(-1)!;
    expect(Number.isNaN(Date.parse(last.start))).toBe(false);
    expect(span(last)).toBeLessThan((4 * 365 * 86_400_000) / 2);
    expect(ticks(el)).not.toEqual(before);
  });

  test('at a zoom limit the wheel scrolls the page: a reader scrolling past the timeline is not caught by it', async () => {
    const el = await withData();
    const plot = $(el, '[part~="plot"]')!;
    const send = (deltaY: number, init: WheelEventInit = {}) => {
      const r = plot.getBoundingClientRect();
      // dispatchEvent is false when a listener called preventDefault (the page would not scroll).
      return plot.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: r.left + r.width / 2, clientY: r.top + 40, bubbles: true, cancelable: true, composed: true, ...init }));
    };
    // Fitted (zoomed out all the way): down is the page's; up zooms in.
    expect(send(100)).toBe(true);
    expect(send(-100)).toBe(false);
    await settle(el);
    // Zoomed in all the way: up is the page's, down zooms out.
    for (let i = 0; i < 40; i++) send(-500);
    await settle(el);
    expect(send(-100)).toBe(true);
    expect(send(100)).toBe(false);
    // A pinch on a touchpad (ctrl + wheel) never zooms the page itself.
    el.fit();
    await settle(el);
    expect(send(100, { ctrlKey: true })).toBe(false);
  });

  test('drag pans; limits keep the view inside the timeline', async () => {
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    el.zoomTo('2016-01', '2016-06');
    await settle(el);
    const z0 = zooms.at(-1)!;
    const plot = $(el, '[part~="plot"]')!;
    const r = plot.getBoundingClientRect();
    pointer(plot, 'pointerdown', r.left + 500);
    pointer(plot, 'pointermove', r.left + 400);
    pointer(plot, 'pointermove', r.left + 300);
    pointer(plot, 'pointerup', r.left + 300);
    await settle(el);
    const z1 = zooms.at(-1)!;
    expect(Date.parse(z1.start)).toBeGreaterThan(Date.parse(z0.start));
    // Zooming far out stops at the whole timeline: the view never leaves it.
    for (let i = 0; i < 30; i++) wheel(plot, 500);
    await settle(el);
    const all = zooms.at(-1)!;
    expect(Date.parse(all.start)).toBeLessThan(Date.UTC(2014, 0, 1));
    expect(Date.parse(all.end)).toBeGreaterThan(Date.UTC(2017, 6, 9));
    expect(span(all)).toBeLessThan(5 * 365 * 86_400_000);
    // And zooming in stops at an hour.
    for (let i = 0; i < 60; i++) wheel(plot, -500);
    await settle(el);
    expect(span(zooms.at(-1)!)).toBeGreaterThanOrEqual(3_600_000 - 1);
  });

  test('a two-finger pinch zooms', async () => {
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    const plot = $(el, '[part~="plot"]')!;
    const r = plot.getBoundingClientRect();
    const touch = (type: string, id: number, x: number) =>
      plot.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: r.left + x, clientY: r.top + 40, bubbles: true, cancelable: true, composed: true, pointerType: 'touch', isPrimary: id === 1 }));
    touch('pointerdown', 1, 400);
    touch('pointerdown', 2, 500);
    touch('pointermove', 1, 350);
    touch('pointermove', 2, 550);
    touch('pointermove', 1, 250);
    touch('pointermove', 2, 650);
    touch('pointerup', 1, 250);
    touch('pointerup', 2, 650);
    await settle(el);
    // The fingers moved from 100 px to 400 px apart: four times closer.
    const full = Date.UTC(2017, 7, 1) - Date.UTC(2013, 10, 1);
    expect(span(zooms.at(-1)!)).toBeLessThan(full / 3);
  });

  test('toolbar buttons zoom in, zoom out and fit all', async () => {
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    const full = span({ start: el.shadowRoot ? zooms.at(-1)?.start ?? '' : '', end: '' });
    void full;
    $(el, '[part~="zoom-in"]')!.click();
    await settle(el);
    const zin = span(zooms.at(-1)!);
    $(el, '[part~="zoom-in"]')!.click();
    await settle(el);
    expect(span(zooms.at(-1)!)).toBeCloseTo(zin / 2, -5);
    $(el, '[part~="zoom-out"]')!.click();
    await settle(el);
    expect(span(zooms.at(-1)!)).toBeCloseTo(zin, -5);
    $(el, '[part~="fit"]')!.click();
    await settle(el);
    expect(span(zooms.at(-1)!)).toBeCloseTo(zin * 2, -5);
    expect($<HTMLButtonElement>(el, '[part~="zoom-out"]')!.disabled).toBe(true);
  });

  test('zoomTo and the start/end attributes set the view', async () => {
    const el = await withData(timeline(), { start: '2017-07', end: '2017-07' });
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    expect(labels(el).map((l) => l!.split(':')[0])).toEqual(['8 July 2017', '9 July 2017']);
    el.zoomTo('2014-01-01', '2014-12-31');
    await settle(el);
    expect(zooms.at(-1)!.start.slice(0, 10)).toBe('2014-01-01');
    expect(labels(el)).toEqual(['2014: terrorist group seizes Mosul']);
    el.fit();
    await settle(el);
    expect(marks(el).length).toBe(4);
  });

  test('changing start and end later moves the view there', async () => {
    const el = await withData();
    el.setAttribute('start', '2014-03');
    el.setAttribute('end', '2014-05');
    await settle(el);
    const range = $(el, '[part~="range"]')!.textContent!;
    expect(range).toBe('March 2014 – May 2014: 1 event');
  });

  test('the overview brush moves the view', async () => {
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    el.zoomTo('2015-01', '2015-06');
    await settle(el);
    const z0 = zooms.at(-1)!;
    const brush = $(el, '[part~="brush"]')!;
    const b = brush.getBoundingClientRect();
    const mid = b.left + b.width / 2;
    pointer(brush, 'pointerdown', mid);
    pointer(brush, 'pointermove', mid + 200);
    pointer(brush, 'pointerup', mid + 200);
    await settle(el);
    const z1 = zooms.at(-1)!;
    expect(Date.parse(z1.start)).toBeGreaterThan(Date.parse(z0.start) + 200 * 86_400_000);
    expect(span(z1)).toBeCloseTo(span(z0), -7);
    // Pressing the strip elsewhere brings the view there.
    const ov = $(el, '[part~="overview"]')!.getBoundingClientRect();
    pointer($(el, '[part~="overview"]')!, 'pointerdown', ov.left + 5);
    pointer($(el, '[part~="overview"]')!, 'pointerup', ov.left + 5);
    await settle(el);
    expect(Date.parse(zooms.at(-1)!.start)).toBeLessThan(Date.UTC(2014, 0, 1));
  });

  test('a live update of the data (a file in data/ added or changed) keeps the range the reader zoomed to; other data starts fitted', async () => {
    const el = await withData();
    const rangeText = () => $(el, '[part~="range"]')!.textContent!;
    const fitted = rangeText();
    el.zoomTo('2017-07-01', '2017-07-31');
    await settle(el);
    const zoomed = rangeText();
    expect(zoomed).toMatch(/^1 July 2017 – 31 July 2017/);
    const t = timeline();
    const added = { ...t.sources[0]!, id: 'wire', file: 'data/wire.md', headline: 'Wire copy' };
    const early: TimelineEvent = { ...t.events[0]!, id: 'e-early', title: 'Protests begin', start: '2011', mentions: [{ ...t.events[0]!.mentions[0]!, source: 'wire' }] };
    el.data = { ...t, sources: [...t.sources, added], events: [early, ...t.events] };
    await settle(el);
    expect(rangeText()).toBe(zoomed);
    // Not zoomed by the reader: the view fits the new data.
    const other = await withData();
    other.data = { ...t, sources: [...t.sources, added], events: [early, ...t.events] };
    await settle(other);
    expect($(other, '[part~="range"]')!.textContent).toMatch(/^20(10|11)/);
    // A timeline of other sources is another story: fitted again.
    const story: Timeline = { ...t, sources: [added], events: [early] };
    el.data = story;
    await settle(el);
    expect(rangeText()).not.toBe(zoomed);
    expect(rangeText()).not.toBe(fitted);
    expect(rangeText()).toMatch(/1 event/);
  });

  test('zoomTo a range shorter than the closest zoom (an hour) shows the hour around it, not another day', async () => {
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    el.zoomTo('2017-07-04T03:00', '2017-07-04T03:20');
    await settle(el);
    const { start, end } = zooms.at(-1)!;
    expect(Date.parse(start)).toBeLessThanOrEqual(Date.parse('2017-07-04T03:00Z'));
    expect(Date.parse(end)).toBeGreaterThanOrEqual(Date.parse('2017-07-04T03:20Z'));
    expect(Date.parse(end) - Date.parse(start)).toBeLessThanOrEqual(3_600_000 + 1);
  });

  test('axis labels never run into each other, from years to minutes, narrow or wide', async () => {
    const views: [string, string][] = [
      ['2017-07-04T03:00', '2017-07-04T03:58'],
      ['2017-07-04T00:00', '2017-07-04T06:00'],
      ['2017-07-01', '2017-07-20'],
      ['2016-09-20', '2017-08-01'],
      ['1990', '2030'],
    ];
    for (const width of [320, 700, 1280]) {
      const el = await withData(timeline(), {}, width);
      for (const [a, b] of views) {
        el.zoomTo(a, b);
        await settle(el);
        const boxes = [...$(el, '[part~="axis"]')!.querySelectorAll('text')].filter((t) => t.textContent!.trim()).map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
        expect(boxes.length, `${a}–${b} at ${width}px`).toBeGreaterThan(1);
        for (let i = 1; i < boxes.length; i++) {
          expect(boxes[i]!.box.left, `${boxes[i - 1]!.text} / ${boxes[i]!.text} (${a}–${b} at ${width}px)`).toBeGreaterThanOrEqual(boxes[i - 1]!.box.right + 2);
        }
      }
    }
  });

  test('two instances on a page are independent', async () => {
    const a = await withData();
    const b = await withData();
    const za = collect<{ start: string; end: string }>(a, 'timeline-zoom');
    const zb = collect<{ start: string; end: string }>(b, 'timeline-zoom');
    wheel($(a, '[part~="plot"]')!, -600);
    await settle(a);
    await settle(b);
    expect(za.length).toBeGreaterThan(0);
    expect(zb.length).toBe(0);
    marks(b)[0]!.click();
    await settle(b);
    expect($(a, '[part~="detail"]')!.hidden).toBe(true);
    expect($(b, '[part~="detail"]')!.hidden).toBe(false);
  });
});

describe('keyboard', () => {
  test('Tab in, arrows move in time order, Enter selects, Escape closes, Home/End, +/- zoom', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    mounted.push(before);
    const el = await withData();
    const zooms = collect<{ start: string; end: string }>(el, 'timeline-zoom');
    before.focus();
    // Tab through the toolbar into the events: exactly one event is in the tab order.
    for (let i = 0; i < 30 && !el.shadowRoot!.activeElement?.matches('[part~="event"]'); i++) await userEvent.tab();
    await settle(el);
    expect(focused(el)).toBe('2014: terrorist group seizes Mosul');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(focused(el)).toBe('October 2016: ISF starts its siege of the city');
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(focused(el)).toBe('9 July 2017: al-Abadi travels to Mosul');
    await userEvent.keyboard('{ArrowLeft}');
    await settle(el);
    expect(focused(el)).toContain('ISF retakes Mosul');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await until(() => detailText(el).includes('retook the major city'));
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect($(el, '[part~="detail"]')!.hidden).toBe(true);
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(focused(el)).toBe('2014: terrorist group seizes Mosul');
    const n = zooms.length;
    await userEvent.keyboard('+');
    await settle(el);
    expect(zooms.length).toBe(n + 1);
    const zin = span(zooms.at(-1)!);
    await userEvent.keyboard('-');
    await settle(el);
    expect(span(zooms.at(-1)!)).toBeGreaterThan(zin * 1.5);
    // Focus stays on an event through zooming, and is visible.
    expect(focused(el)).toBe('2014: terrorist group seizes Mosul');
    const mark = el.shadowRoot!.activeElement as HTMLElement;
    expect(getComputedStyle(mark).outlineStyle).not.toBe('none');
  });

  test('a mark in the top row, focused from the keyboard, shows its whole focus ring inside the plot', async () => {
    const el = await withData();
    const plot = $(el, '[part~="plot"]')!;
    const first = marks(el)[0]!;
    expect(first.getBoundingClientRect().top - plot.getBoundingClientRect().top).toBeLessThan(8); // the top row
    // A key pressed, then the focus moved: the browser shows the ring as for Tab.
    await userEvent.keyboard('{Shift}');
    first.focus();
    await settle(el);
    const focusedMark = el.shadowRoot!.activeElement as HTMLElement;
    expect(focusedMark.getAttribute('part')).toBe('event');
    expect(focusedMark.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(focusedMark);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    expect(focusedMark.getBoundingClientRect().top - ring).toBeGreaterThanOrEqual(plot.getBoundingClientRect().top + plot.clientTop);
  });

  test('Ctrl+0 (and Ctrl with any key) is left to the browser: it resets the page zoom readers set', async () => {
    const el = await withData();
    el.zoomTo('2017-07-01', '2017-07-31');
    await settle(el);
    const range = $(el, '[part~="range"]')!.textContent;
    const mark = marks(el)[0]!;
    mark.focus();
    const notPrevented = mark.dispatchEvent(new KeyboardEvent('keydown', { key: '0', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    expect(notPrevented).toBe(true);
    expect($(el, '[part~="range"]')!.textContent).toBe(range);
  });

  test('arrow keys bring an event that is out of view into view', async () => {
    const el = await withData(timeline(), { start: '2014', end: '2014' });
    marks(el)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(focused(el)).toBe('October 2016: ISF starts its siege of the city');
    const r = (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect();
    const p = $(el, '[part~="plot"]')!.getBoundingClientRect();
    expect(r.left).toBeGreaterThanOrEqual(p.left - 12);
    expect(r.left).toBeLessThanOrEqual(p.right);
  });
});

describe('tooltip, live region, resize', () => {
  test('hovering or focusing a mark shows a tooltip with its title, date and sources', async () => {
    const el = await withData();
    marks(el)[2]!.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    const tip = $(el, '[part~="tooltip"]')!;
    expect(tip.textContent).toContain('ISF retakes Mosul');
    expect(tip.textContent).toContain('8 July 2017');
    expect(tip.textContent).toContain('2 sources');
    expect(tip.textContent).toContain('disagree');
    marks(el)[2]!.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect($(el, '[part~="tooltip"]')).toBeNull();
    marks(el)[0]!.focus();
    await settle(el);
    expect($(el, '[part~="tooltip"]')!.textContent).toContain('terrorist group seizes Mosul');
  });

  test('the tooltip never covers the mark it is about, whatever its row (lanes or not)', async () => {
    const t = timeline();
    const base = t.events[3]!;
    // Six happenings of one week: the marks take rows 0 to 5.
    for (let d = 0; d < 6; d++) t.events.push({ ...base, id: `e-week-${d}`, title: `Happening number ${d} of that week`, start: `2017-07-1${d}` });
    for (const lanes of ['none', 'source']) {
      const el = await withData(t, { lanes }, 900);
      el.zoomTo('2017-07-05', '2017-07-20');
      await settle(el);
      const all = marks(el);
      expect(new Set(all.map((m) => Math.round(m.getBoundingClientRect().top))).size).toBeGreaterThan(3);
      for (const mark of all) {
        mark.dispatchEvent(new PointerEvent('pointerenter'));
        await settle(el);
        const tip = $(el, '[part~="tooltip"]')!.getBoundingClientRect();
        const box = mark.getBoundingClientRect();
        const label = mark.getAttribute('aria-label');
        expect(tip.bottom <= box.top + 1 || tip.top >= box.bottom - 1, `${lanes}: ${label}`).toBe(true);
        mark.dispatchEvent(new PointerEvent('pointerleave'));
      }
    }
  });

  test('in forced colours (Windows high contrast) the tooltip keeps an edge, not text floating over the marks', async () => {
    const el = await withData();
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      marks(el)[1]!.dispatchEvent(new PointerEvent('pointerenter'));
      await settle(el);
      const style = getComputedStyle($(el, '[part~="tooltip"]')!);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(1);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  test('selection and view changes are announced in a polite live region', async () => {
    const el = await withData();
    const live = $(el, '[aria-live="polite"]')!;
    el.select('e-siege');
    await settle(el);
    expect(live.textContent).toContain('Selected: October 2016, ISF starts its siege of the city');
    el.zoomTo('2017-07-01', '2017-07-31');
    await settle(el);
    await until(() => live.textContent!.includes('Showing'), 3000);
    expect(live.textContent).toContain('2 events');
  });

  test('follows its own size: a narrower element lays its marks out again', async () => {
    const el = await withData();
    const plot = () => $(el, '[part~="plot"]')!.getBoundingClientRect();
    const x = () => marks(el)[1]!.querySelector('.glyph')!.getBoundingClientRect().left - plot().left;
    const ratio = x() / plot().width;
    el.parentElement!.style.width = '450px';
    await until(() => plot().width < 460, 3000);
    await settle(el);
    expect(x() / plot().width).toBeCloseTo(ratio, 2);
  });
});

describe('list view', () => {
  test('lists the events in view, in step with the view, and selects from the list', async () => {
    const el = await withData();
    $(el, '[part~="list-toggle"]')!.click();
    await settle(el);
    const rows = () => [...el.shadowRoot!.querySelectorAll('[part~="list"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows()).toHaveLength(4);
    el.zoomTo('2017-07-01', '2017-07-31');
    await settle(el);
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toContain('ISF retakes Mosul');
    expect(rows()[1]).toContain('al-Abadi travels to Mosul');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="list"] li button')!.click();
    await settle(el);
    await until(() => detailText(el).includes('retook the major city'));
  });

  test('rows show the whole date and title on a phone; beside the detail the columns line up and the list fills its box', async () => {
    const t = timeline();
    const base = t.events[1]!;
    t.events.push({ ...base, id: 'e-operation', title: 'Operation to retake Iraq’s second largest city', start: '2016-10', end: '2017-07', qualifier: 'approx', granularity: 'month' });
    const phone = await withData(t, {}, 360);
    $(phone, '[part~="list-toggle"]')!.click();
    await settle(phone);
    const clipped = (el: EventTimeline) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list"] li .when, [part~="list"] li .what')].filter((s) => s.scrollWidth > s.clientWidth + 1 || s.scrollHeight > s.clientHeight + 1).map((s) => s.textContent);
    expect(clipped(phone)).toEqual([]);
    expect(phone.shadowRoot!.querySelectorAll('[part~="list"] li').length).toBe(5);

    const wide = await withData(t, {}, 1200);
    $(wide, '[part~="list-toggle"]')!.click();
    wide.select('e-operation');
    await settle(wide);
    const list = $(wide, '[part~="list"]')!.getBoundingClientRect();
    const detail = $(wide, '[part~="detail"]')!.getBoundingClientRect();
    expect(detail.left).toBeGreaterThan(list.right - 1); // side by side
    // The dates are whole, and the titles start at one x, the selected (bold) row's too.
    expect(clipped(wide).filter((text) => /\d/.test(text!) && /–|about/.test(text!))).toEqual([]);
    const lefts = [...wide.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list"] li .what')].map((w) => Math.round(w.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    // As tall as the detail beside it, the list shows rows down to its bottom, not an empty box.
    const scroll = $(wide, '.list-scroll')!.getBoundingClientRect();
    expect(list.bottom - scroll.bottom).toBeLessThan(3);
  });

  test('a row focused from the keyboard shows its whole focus ring, not cut by the scrolling box', async () => {
    const el = await withData(timeline(), {}, 700);
    $(el, '[part~="list-toggle"]')!.click();
    await settle(el);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="list"] li button')];
    rows[0]!.focus();
    await userEvent.keyboard('{Tab}');
    await settle(el);
    const row = el.shadowRoot!.activeElement as HTMLElement;
    expect(row).toBe(rows[1]);
    expect(row.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(row);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = $(el, '.list-scroll')!;
    const r = row.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    // The ring's outer edge stays inside the box's visible area (its width without a scroll bar).
    expect(r.left - ring).toBeGreaterThanOrEqual(b.left + box.clientLeft);
    expect(r.right + ring).toBeLessThanOrEqual(b.left + box.clientLeft + box.clientWidth);
  });
});

describe('bad input', () => {
  test('a src that fails to load shows a message and nothing throws', async () => {
    const el = await mount({ src: '/__missing__/timeline.json' });
    const msg = await until(() => $(el, '[part~="message"]'));
    expect(msg.textContent).toMatch(/Could not load the timeline from \/__missing__\/timeline\.json/);
  });

  test('a src that is not JSON shows a message', async () => {
    const el = await mount({ src: 'data:application/json,{not json' });
    const msg = await until(() => $(el, '[part~="message"]'));
    expect(msg.textContent).toContain('not JSON');
  });

  test('a src that does not match the model shows a message', async () => {
    const el = await mount({ src: `data:application/json,${encodeURIComponent(JSON.stringify({ version: 99, events: 3 }))}` });
    const msg = await until(() => $(el, '[part~="message"]'));
    expect(msg.textContent).toContain('version 99');
    expect(marks(el)).toHaveLength(0);
  });

  test('a src with a valid timeline loads and fires timeline-load', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    mounted.push(wrap);
    const loads = collect<{ timeline: Timeline | null }>(wrap, 'timeline-load');
    const el = document.createElement('event-timeline');
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(timeline()))}`;
    wrap.append(el);
    await until(() => marks(el).length === 4);
    await until(() => loads.length > 0);
    expect(loads.at(-1)!.timeline!.events).toHaveLength(4);
  });

  test('an empty timeline says so', async () => {
    const el = await withData({ ...timeline(), events: [] });
    expect($(el, '[part~="message"]')!.textContent).toContain('no events');
  });

  test('events with invalid dates are left out with a message; the valid ones still show', async () => {
    const t = timeline();
    t.events.push({ id: 'bad1', title: 'impossible', start: '2017-13-45', granularity: 'day', inferred: false, mentions: [] });
    t.events.push({ id: 'bad2', title: 'February thirtieth', start: '2017-02-30', granularity: 'day', inferred: false, mentions: [] });
    t.events.push({ id: 'bad3', title: 'garbage', start: 'yesterday', granularity: 'day', inferred: false, mentions: [] } as TimelineEvent);
    const el = await withData(t);
    expect(marks(el)).toHaveLength(4);
    const text = $(el, '[part~="message"]')!.textContent!;
    expect(text).toContain('2017-13-45');
    expect(text).toMatch(/1 event has dates that cannot be read|February|2017-02-30/);
  });

  test('a data object with broken events keeps the good ones and says what was dropped', async () => {
    const t = timeline() as unknown as { events: unknown[] };
    t.events.push({ id: 'e-visit', title: 'same id twice', start: '2017-07-10', granularity: 'day', inferred: false, mentions: [] });
    t.events.push({ id: 'no-title', start: '2017-07-10', granularity: 'day', inferred: false, mentions: [] });
    t.events.push(42, null, { id: 'bad-mentions', title: 'x', start: '2017-07-10', granularity: 'day', inferred: false, mentions: [null, 5] });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = await withData(t as unknown as Timeline, { lanes: 'source' });
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    // The object is checked once the first frame is drawn (when the browser is idle).
    const text = await until(() => $(el, '[part~="message"]')?.textContent?.includes('no-title') && $(el, '[part~="message"]')!.textContent!);
    await settle(el);
    expect(marks(el)).toHaveLength(4);
    expect(text).toContain('twice');
  });

  test('hostile strings stay text: no markup comes alive, javascript: URLs are never links', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const el = await withData(hostileTimeline());
    marks(el)[0]!.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.__pwned).toBeUndefined();
    const found: string[] = [];
    const walk = (root: ShadowRoot | Element) => {
      for (const n of root.querySelectorAll('*')) {
        const tag = n.tagName.toLowerCase();
        if (tag === 'img' || tag === 'script' || (tag === 'svg' && !n.classList.contains('axis'))) found.push(tag);
        for (const a of n.attributes) if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
        if (tag === 'a' && /^\s*javascript:/i.test(n.getAttribute('href') ?? '')) found.push('javascript link');
        if (n.shadowRoot) walk(n.shadowRoot);
      }
    };
    walk(el.shadowRoot!);
    expect(found).toEqual([]);
    expect(marks(el)[0]!.getAttribute('aria-label')).toContain(HOSTILE[0]);
    expect(detailText(el)).toContain(HOSTILE[1]);
  });
});

describe('embedding', () => {
  test('works inside another component\'s shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    mounted.push(host);
    const root = host.attachShadow({ mode: 'open' });
    const el = await mount({}, 700, root);
    el.data = timeline();
    await settle(el);
    expect(marks(el)).toHaveLength(4);
    const selected = collect<{ event: TimelineEvent | null }>(host, 'timeline-select');
    marks(el)[1]!.click();
    await settle(el);
    expect(selected.at(-1)!.event!.id).toBe('e-siege');
  });

  test('axe-core reports no violations, with the detail and list open', async () => {
    const el = await withData(timeline(), { lanes: 'source' });
    $(el, '[part~="list-toggle"]')!.click();
    el.select('e-retook');
    await settle(el);
    await until(() => detailText(el).includes('retook'));
    expect(await axeViolations(el)).toEqual([]);
  });

  test('axe-core reports no violations in the dark theme, nor in a crowded view of clusters', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      const el = await withData(timeline(), { lanes: 'source' });
      el.select('e-siege');
      $(el, '[part~="list-toggle"]')!.click();
      await settle(el);
      await until(() => detailText(el).includes('siege'));
      expect(await axeViolations(el)).toEqual([]);
      const crowded = await withData(syntheticTimeline(3000));
      expect(crowded.shadowRoot!.querySelectorAll('[part~="cluster"]').length).toBeGreaterThan(3);
      expect(await axeViolations(crowded)).toEqual([]);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  test('is usable at 320 px: nothing overflows sideways', async () => {
    const el = await withData(timeline(), {}, 320);
    expect(marks(el).length).toBe(4);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    const plot = $(el, '[part~="plot"]')!.getBoundingClientRect();
    expect(plot.width).toBeLessThanOrEqual(320);
  });
});
