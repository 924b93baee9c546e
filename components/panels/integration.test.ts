/** The panels hosted by <event-timeline>: what a reader does with them, end to end in Chromium. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import '../event-timeline.ts';
import type { EventTimeline } from '../event-timeline.ts';
import type { Timeline } from '../../src/model.ts';
import { loadLaterPanels } from './index.ts';
import { axeViolations, HOSTILE, hostileTimeline, liveHostileNodes, timeline } from './test-fixtures.ts';

beforeEach(async () => {
  localStorage.clear();
  await loadLaterPanels();
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function settle(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

async function host(t: Timeline = timeline(), id = 'mosul'): Promise<EventTimeline> {
  const wrap = document.createElement('div');
  wrap.style.width = '1000px';
  const el = document.createElement('event-timeline');
  el.id = id;
  wrap.append(el);
  document.body.append(wrap);
  el.data = t;
  await settle(el);
  return el;
}

const sr = (el: Element): ShadowRoot => el.shadowRoot!;
const panel = <K extends keyof HTMLElementTagNameMap>(el: EventTimeline, tag: K): HTMLElementTagNameMap[K] | null => sr(el).querySelector(tag);
const markIds = (el: EventTimeline): string[] => [...sr(el).querySelectorAll<HTMLElement>('[part~="event"]')].map((m) => m.dataset.id!);
const mark = (el: EventTimeline, id: string): HTMLElement | null => sr(el).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);

function dropEvent(files: File[]): DragEvent {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true });
}

describe('<event-timeline> with its panels', () => {
  test('clicking an event opens the detail with the sentence, its time expression marked, and the sources', async () => {
    const el = await host();
    mark(el, 'e-siege')!.click();
    await settle(el);
    const detail = panel(el, 'et-detail')!;
    expect(sr(detail).querySelector('h2')!.textContent).toBe('ISF starts its siege of the city');
    expect([...sr(detail).querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['October']);
    expect(sr(detail).querySelector('ul.sources a')!.textContent!.trim()).toBe('US-Backed Forces Score Their Biggest Victory Over ISIS Yet');
  });

  test('"Read in the source" opens the source text; clicking a time expression there selects its event', async () => {
    const el = await host();
    mark(el, 'e-siege')!.click();
    await settle(el);
    sr(panel(el, 'et-detail')!).querySelector<HTMLButtonElement>('.link-button')!.click();
    await settle(el);
    const view = panel(el, 'et-source-view')!;
    const sunday = [...sr(view).querySelectorAll<HTMLButtonElement>('button.timex')].find((b) => b.textContent === 'on Sunday')!;
    sunday.click();
    await settle(el);
    expect(sr(panel(el, 'et-detail')!).querySelector('h2')!.textContent).toBe('al-Abadi travels to Mosul');
  });

  test('the "text" button beside a source in the list of sources opens that source\'s whole text, with nothing selected', async () => {
    const el = await host();
    const buttons = [...sr(panel(el, 'et-source-toggles')!).querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.trim() === 'text');
    const button = buttons.find((b) => /U\.S\. Big Win in Iraq/.test(b.getAttribute('aria-label')!))!;
    button.click();
    await settle(el);
    const view = panel(el, 'et-source-view');
    expect(view, 'a source view').not.toBeNull();
    expect(sr(view!).textContent).toContain('ISIS-controlled Mosul was retaken');
    expect(sr(el).querySelector<HTMLElement>('[part~="detail"]')!.hidden).toBe(false);
  });

  test('the search box narrows the events drawn to titles and sentences that match', async () => {
    const el = await host();
    const input = sr(panel(el, 'et-search')!).querySelector('input')!;
    input.value = 'siege';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(markIds(el)).toEqual(['e-siege']);
    // "Abadi" appears only in a sentence, not in a title other than one.
    input.value = 'congratulate';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(markIds(el)).toEqual(['e-visit']);
  });

  test('unticking a source hides the events only it reports', async () => {
    const el = await host();
    const boxes = [...sr(panel(el, 'et-source-toggles')!).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const patriot = boxes.find((b) => b.closest('label')!.textContent!.includes('Big Win'))!;
    patriot.click();
    await settle(el);
    expect(markIds(el)).not.toContain('e-seized');
    expect(markIds(el)).toContain('e-retook');
    patriot.click();
    await settle(el);
    expect(markIds(el)).toContain('e-seized');
  });

  test('a hidden event stays hidden in a new element on the same page, and can be restored there', async () => {
    const first = await host();
    mark(first, 'e-visit')!.click();
    await settle(first);
    sr(panel(first, 'et-detail')!).querySelector<HTMLButtonElement>('button.hide')!.click();
    await settle(first);
    expect(markIds(first)).not.toContain('e-visit');
    document.body.replaceChildren();

    const again = await host();
    expect(markIds(again)).not.toContain('e-visit');
    const list = panel(again, 'et-hidden-list')!;
    expect(sr(list).querySelector('summary')!.textContent).toBe('Hidden events (1)');
    sr(list).querySelector('details')!.open = true;
    sr(list).querySelector<HTMLButtonElement>('button')!.click();
    await settle(again);
    expect(markIds(again)).toContain('e-visit');
    expect(panel(again, 'et-hidden-list')).toBeNull();
    document.body.replaceChildren();
    expect(markIds(await host())).toContain('e-visit');
  });

  test('a dropped .md file is parsed in the page, marked local, kept across a reload, and removable', async () => {
    const el = await host();
    const text = '---\nheadline: Kurds retake Sinjar\ndatePublished: 2015-11-14\n---\nKurdish forces retook the town of Sinjar on Friday after a two-day offensive.';
    // Dropped on the plot, not on the add-source panel: anywhere on the element will do.
    sr(el).querySelector('[part~="plot"]')!.dispatchEvent(dropEvent([new File([text], 'sinjar.md', { type: 'text/markdown' })]));
    const toggles = () => [...sr(panel(el, 'et-source-toggles')!).querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    await vi.waitFor(() => expect(toggles().some((t) => t.startsWith('Kurds retake Sinjar local'))).toBe(true), { timeout: 10_000 });
    await settle(el);
    const events = () => [...sr(el).querySelectorAll<HTMLElement>('[part~="event"]')].map((m) => m.getAttribute('aria-label') ?? '');
    expect(events().some((l) => /sinjar/i.test(l))).toBe(true);

    document.body.replaceChildren();
    const again = await host();
    await vi.waitFor(() => expect(panel(again, 'et-source-toggles') && sr(panel(again, 'et-source-toggles')!).textContent).toContain('Kurds retake Sinjar'), { timeout: 10_000 });
    sr(panel(again, 'et-source-toggles')!).querySelector<HTMLButtonElement>('button.remove')!.click();
    await vi.waitFor(() => expect(sr(panel(again, 'et-source-toggles')!).textContent).not.toContain('Kurds retake Sinjar'));
    await settle(again);
    expect([...sr(again).querySelectorAll('[part~="event"]')].some((m) => /sinjar/i.test(m.getAttribute('aria-label') ?? ''))).toBe(false);
    expect(JSON.parse(localStorage.getItem(`event-timeline:${location.pathname}:id=mosul:local`)!)).toEqual([]);
  });

  test('a pasted text with its date adds its events, dated against that date', async () => {
    const el = await host();
    const add = sr(panel(el, 'et-add-source')!);
    add.querySelector('summary')!.click();
    add.querySelector('textarea')!.value = 'Iraqi forces launched the offensive to retake Mosul on Monday.';
    add.querySelector<HTMLInputElement>('input[name=date]')!.value = '2016-10-18';
    add.querySelector<HTMLInputElement>('input[name=headline]')!.value = 'Offensive begins';
    add.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await vi.waitFor(() => expect(sr(panel(el, 'et-source-toggles')!).textContent).toContain('Offensive begins'), { timeout: 10_000 });
    await settle(el);
    const local = [...sr(el).querySelectorAll<HTMLElement>('[part~="event"]')].find((m) => /offensive/i.test(m.getAttribute('aria-label') ?? ''));
    expect(local).toBeDefined();
    local!.click();
    await settle(el);
    const detail = sr(panel(el, 'et-detail')!);
    expect(detail.querySelector('code')!.textContent).toContain('2016-10-17');
    expect([...detail.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([expect.stringContaining('Monday')]);
  });

  test('adding and removing a source in the page fires timeline-load with the timeline now shown (the page summary stays true)', async () => {
    const el = await host();
    const loads: Timeline[] = [];
    el.addEventListener('timeline-load', (e) => loads.push((e as CustomEvent<{ timeline: Timeline }>).detail.timeline));
    const add = sr(panel(el, 'et-add-source')!);
    add.querySelector('summary')!.click();
    add.querySelector('textarea')!.value = 'Iraqi forces launched the offensive to retake Mosul on Monday.';
    add.querySelector<HTMLInputElement>('input[name=date]')!.value = '2016-10-18';
    add.querySelector<HTMLInputElement>('input[name=headline]')!.value = 'Offensive begins';
    add.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await vi.waitFor(() => expect(loads.at(-1)?.sources.map((s) => s.headline)).toContain('Offensive begins'), { timeout: 10_000 });
    expect(loads.at(-1)!.events.length).toBeGreaterThan(timeline().events.length);
    await settle(el);
    sr(panel(el, 'et-source-toggles')!).querySelector<HTMLButtonElement>('button.remove')!.click();
    await vi.waitFor(() => expect(loads.at(-1)?.sources).toHaveLength(2));
    expect(loads.at(-1)!.events.length).toBe(timeline().events.length);
  });

  test('a dropped file that is not an article is refused with its name and a reason; the timeline stays', async () => {
    const el = await host();
    const before = markIds(el);
    sr(panel(el, 'et-add-source')!).querySelector('.drop')!.dispatchEvent(dropEvent([new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1])], 'scan.pdf')]));
    await vi.waitFor(() => expect(sr(panel(el, 'et-add-source')!).querySelector('ul.problems')?.textContent).toContain('scan.pdf'));
    await settle(el);
    expect(markIds(el)).toEqual(before);
  });

  test('problems in a dropped file are shown with its name and line; its good text and the timeline still come through', async () => {
    const el = await host();
    const text = '---\nheadline: Broken but useful\ndatePublished: 2017-13-45\n---\nKurdish forces retook the town of Sinjar on 13 November 2015.';
    sr(el).querySelector('[part~="plot"]')!.dispatchEvent(dropEvent([new File([text], 'broken.md')]));
    const messages = () => panel(el, 'et-messages') ?? sr(el).querySelector('[part~="message"] et-messages');
    await vi.waitFor(() => expect(messages() && sr(messages()!).textContent).toContain('broken.md:3'), { timeout: 10_000 });
    expect(sr(messages()!).textContent).toMatch(/2017-13-45/);
    await settle(el);
    // The timeline is rebuilt by the engine with the new source: the base sources' events are still there.
    const labels = [...sr(el).querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('aria-label') ?? '');
    expect(labels.some((l) => /sinjar/i.test(l))).toBe(true);
    expect(labels.some((l) => /siege|mosul|abadi/i.test(l))).toBe(true);
  });

  test('export gives the events as shown: hidden and filtered-out events are not in the file', async () => {
    const el = await host();
    mark(el, 'e-visit')!.click();
    await settle(el);
    sr(panel(el, 'et-detail')!).querySelector<HTMLButtonElement>('button.hide')!.click();
    await settle(el);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => (blobs.push(b as Blob), create(b)));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const menu = panel(el, 'et-export-menu')!;
    const done = new Promise((r) => menu.addEventListener('et-exported', r, { once: true }));
    sr(menu).querySelector<HTMLButtonElement>('button[data-format=json]')!.click();
    await done;
    const exported = JSON.parse(await blobs[0]!.text()) as Timeline;
    expect(exported.events.map((e) => e.id).sort()).toEqual(['e-retook', 'e-seized', 'e-siege']);
    expect(exported.sources).toHaveLength(2);
  });

  test('hostile strings in every field stay inert through the whole element and its panels', async () => {
    const el = await host(hostileTimeline(), 'evil');
    mark(el, 'evil-1')!.click();
    await settle(el);
    sr(panel(el, 'et-detail')!).querySelector<HTMLButtonElement>('.link-button')!.click();
    await settle(el);
    expect(panel(el, 'et-source-view')).not.toBeNull();
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(sr(panel(el, 'et-detail')!).querySelector('h2')!.textContent).toBe(HOSTILE.join(' '));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

test('axe-core finds no violation in the panels with every one open: detail, source text, hidden list, export menu, add-source form', async () => {
  const el = await host();
  mark(el, 'e-visit')!.click();
  await settle(el);
  sr(panel(el, 'et-detail')!).querySelector<HTMLButtonElement>('button.hide')!.click();
  await settle(el);
  mark(el, 'e-siege')!.click();
  await settle(el);
  sr(panel(el, 'et-detail')!).querySelector<HTMLButtonElement>('.link-button')!.click();
  await settle(el);
  sr(panel(el, 'et-hidden-list')!).querySelector('details')!.open = true;
  sr(panel(el, 'et-export-menu')!).querySelector('details')!.open = true;
  sr(panel(el, 'et-add-source')!).querySelector('summary')!.click();
  await settle(el);
  expect(panel(el, 'et-source-view')).not.toBeNull();
  // The panels as hosted (host styles, colours and layout applied); the host's own marks are element-core's test.
  const violations: string[] = [];
  for (const p of sr(el).querySelectorAll('et-detail, et-source-view, et-hidden-list, et-export-menu, et-add-source, et-search, et-source-toggles, et-messages')) {
    violations.push(...(await axeViolations(p)));
  }
  expect(violations).toEqual([]);
});
