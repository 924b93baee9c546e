import { afterEach, describe, expect, test } from 'vitest';
import './et-detail.ts';
import { EtDetail } from './et-detail.ts';
import { formatEventDate } from '../core/time.ts';
import { axeViolations, cleanup, events, hostileTimeline, liveHostileNodes, mount, sources } from './test-fixtures.ts';

afterEach(cleanup);

function detail(id: string): Promise<EtDetail> {
  const el = new EtDetail();
  el.event = events().find((e) => e.id === id) ?? null;
  el.sources = sources();
  el.colors = { dailycaller: 'rgb(200, 0, 0)', americanpatriotdaily: 'rgb(0, 0, 200)' };
  return mount(el);
}

const root = (el: EtDetail): ShadowRoot => el.shadowRoot!;

describe('<et-detail>', () => {
  test('renders nothing without an event', async () => {
    const el = await mount(new EtDetail());
    expect(root(el).querySelector('section')).toBeNull();
  });

  test('shows title, the date as written and as understood, and the ISO form', async () => {
    const el = await detail('e-siege');
    const r = root(el);
    expect(r.querySelector('h2')!.textContent).toBe('ISF starts its siege of the city');
    const dds = [...r.querySelectorAll('dd')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    expect(dds[0]).toBe('“October”');
    expect(dds[1]).toBe(new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(2016, 9, 1)));
    expect(dds[2]).toBe('2016-10 (month)');
    expect(r.querySelector('ul.mentions')!.textContent!.replace(/\s+/g, ' ')).toContain('understood as 2016-10');
  });

  test('highlights exactly the time expression in each mention sentence', async () => {
    const el = await detail('e-retook');
    const quotes = [...root(el).querySelectorAll('blockquote')];
    expect(quotes).toHaveLength(2);
    expect([...quotes[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Saturday']);
    expect(quotes[0]!.textContent!.trim()).toBe(events()[2]!.mentions[0]!.text);
    // The second source's sentence carries no time expression: nothing is marked.
    expect(quotes[1]!.querySelectorAll('mark')).toHaveLength(0);
  });

  test('lists each source with headline, publisher, date and a safe link; counts corroboration and shows the conflict', async () => {
    const el = await detail('e-retook');
    const r = root(el);
    const links = [...r.querySelectorAll<HTMLAnchorElement>('ul.sources a')];
    expect(links.map((a) => a.textContent!.trim())).toEqual(['US-Backed Forces Score Their Biggest Victory Over ISIS Yet', 'U.S. Big Win in Iraq']);
    expect(links[0]!.href).toBe('http://dailycaller.com/2017/07/08/us-backed-forces-score-their-biggest-victory-over-isis-yet/');
    expect(links.every((a) => a.rel.includes('noopener'))).toBe(true);
    expect(r.querySelector('ul.sources')!.textContent).toContain('Daily Caller News Foundation · Russ Read');
    expect(r.querySelector('.badges')!.textContent).toContain('Reported by 2 sources');
    expect(r.querySelector('.conflict')!.textContent).toContain('disagree');
    expect(r.querySelector('.inferred')).toBeNull();
  });

  test('applies source colours through the CSSOM (no style attribute from markup)', async () => {
    const el = await detail('e-retook');
    const swatch = root(el).querySelector<HTMLElement>('.swatch')!;
    expect(swatch.style.getPropertyValue('--swatch')).toBe('rgb(200, 0, 0)');
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(200, 0, 0)');
  });

  test('close, Escape, hide and read-the-source dispatch composed events', async () => {
    const el = await detail('e-visit');
    const got: string[] = [];
    for (const name of ['et-close', 'et-hide', 'et-view-source'] as const) {
      document.body.addEventListener(name, (e) => got.push(`${name}:${JSON.stringify((e as CustomEvent).detail)}`));
    }
    const r = root(el);
    r.querySelector<HTMLButtonElement>('button.close')!.click();
    r.querySelector<HTMLButtonElement>('button.hide')!.click();
    r.querySelector<HTMLButtonElement>('.link-button')!.click();
    r.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(got).toEqual(['et-close:{}', 'et-hide:{"id":"e-visit"}', 'et-view-source:{"id":"dailycaller"}', 'et-close:{}']);
  });

  test('focus() lands on the close button, which has a visible focus ring', async () => {
    const el = await detail('e-visit');
    el.focus();
    const close = root(el).querySelector('button.close')!;
    expect(root(el).activeElement).toBe(close);
  });

  test('writes dates as the plot and the list do (day before month), whatever the browser locale', async () => {
    const el = new EtDetail();
    el.event = { ...events()[2]!, start: '2016-09-12', end: '2017-09-30', granularity: 'day', qualifier: 'approx' };
    el.sources = sources();
    await mount(el);
    const dds = [...root(el).querySelectorAll('dd')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    expect(dds[1]).toBe(formatEventDate(el.event));
    expect(dds[1]).toBe('about 12 September 2016 – 30 September 2017');
    // The source's publication date too.
    expect(root(el).textContent).toContain('8 July 2017');
  });

  test('marks inferred dates', async () => {
    const el = new EtDetail();
    el.event = { ...events()[1]!, inferred: true };
    el.sources = sources();
    await mount(el);
    expect(root(el).querySelector('.inferred')!.textContent).toContain('inferred');
  });

  test('hostile strings stay text and javascript: URLs are never links', async () => {
    const t = hostileTimeline();
    const el = new EtDetail();
    el.event = t.events[0]!;
    el.sources = t.sources;
    await mount(el);
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(root(el).querySelector('h2')!.textContent).toContain('<script>');
    expect(root(el).querySelectorAll('a')).toHaveLength(0);
    expect(root(el).textContent).toContain('javascript:window.__pwned=1');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('axe-core finds no violations', async () => {
    const el = await detail('e-retook');
    expect(await axeViolations(el)).toEqual([]);
  });
});
