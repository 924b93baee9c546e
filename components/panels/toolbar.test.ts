import { afterEach, describe, expect, test } from 'vitest';
import { EtHiddenList } from './et-hidden-list.ts';
import { EtSearch } from './et-search.ts';
import { EtSourceToggles } from './et-source-toggles.ts';
import { axeViolations, cleanup, events, hostileTimeline, liveHostileNodes, mount, sources } from './test-fixtures.ts';

afterEach(cleanup);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<et-search>', () => {
  test('debounces typing into one et-filter with the last value', async () => {
    const el = new EtSearch();
    el.delay = 40;
    await mount(el);
    const got: string[] = [];
    el.addEventListener('et-filter', (e) => got.push(e.detail.query));
    const input = el.shadowRoot!.querySelector('input')!;
    type(input, 'm');
    type(input, 'mo');
    type(input, 'mosul');
    expect(got).toEqual([]);
    await sleep(120);
    expect(got).toEqual(['mosul']);
  });

  test('Enter applies at once; Escape clears', async () => {
    const el = new EtSearch();
    el.delay = 10_000;
    await mount(el);
    const got: string[] = [];
    el.addEventListener('et-filter', (e) => got.push(e.detail.query));
    const input = el.shadowRoot!.querySelector('input')!;
    type(input, 'siege');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(got).toEqual(['siege', '']);
    expect(input.value).toBe('');
  });

  test('shows the query the host sets, and is labelled', async () => {
    const el = new EtSearch();
    el.query = 'abadi';
    await mount(el);
    expect(el.shadowRoot!.querySelector('input')!.value).toBe('abadi');
    expect(await axeViolations(el)).toEqual([]);
  });
});

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

  test('hostile headlines stay text', async () => {
    const el = new EtSourceToggles();
    el.sources = hostileTimeline().sources;
    await mount(el);
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(el.shadowRoot!.querySelector('.name')!.textContent).toBe(hostileTimeline().sources[0]!.headline);
  });
});

describe('<et-hidden-list>', () => {
  test('renders nothing when no event is hidden', async () => {
    const el = await mount(new EtHiddenList());
    expect(el.shadowRoot!.querySelector('details')).toBeNull();
  });

  test('lists hidden events with a Restore button each', async () => {
    const el = new EtHiddenList();
    el.events = events().slice(1, 3);
    await mount(el);
    const r = el.shadowRoot!;
    expect(r.querySelector('summary')!.textContent).toBe('Hidden events (2)');
    r.querySelector('details')!.open = true;
    const got: string[] = [];
    el.addEventListener('et-restore', (e) => got.push(e.detail.id));
    const buttons = [...r.querySelectorAll<HTMLButtonElement>('li button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Restore ISF starts its siege of the city', 'Restore ISF retakes Mosul']);
    buttons[1]!.click();
    expect(got).toEqual(['e-retook']);
    r.querySelector<HTMLButtonElement>('.all button')!.click();
    expect(got).toEqual(['e-retook', 'e-siege', 'e-retook']);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('hostile titles stay text', async () => {
    const el = new EtHiddenList();
    el.events = hostileTimeline().events;
    await mount(el);
    el.shadowRoot!.querySelector('details')!.open = true;
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
  });
});
