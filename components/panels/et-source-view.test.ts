import { afterEach, describe, expect, test } from 'vitest';
import { EtSourceView, timexRanges } from './et-source-view.ts';
import { axeViolations, CALLER_TEXT, cleanup, events, hostileTimeline, liveHostileNodes, mount, sources } from './test-fixtures.ts';

afterEach(cleanup);

async function view(activeId: string | null = null): Promise<EtSourceView> {
  const el = new EtSourceView();
  el.source = sources()[0]!;
  el.events = events();
  el.activeId = activeId;
  return mount(el);
}

describe('<et-source-view>', () => {
  test('shows the whole text with every time expression of its events highlighted, in order', async () => {
    const el = await view();
    const r = el.shadowRoot!;
    expect(r.querySelector('.text')!.textContent).toBe(CALLER_TEXT);
    expect([...r.querySelectorAll('button.timex')].map((b) => b.textContent)).toEqual(['Saturday', 'on Sunday', 'October']);
    expect(r.querySelector('.meta')!.textContent).toContain('3 time expressions');
  });

  test('clicking an expression sends et-goto with its event', async () => {
    const el = await view();
    const got: string[] = [];
    document.body.addEventListener('et-goto', (e) => got.push(e.detail.id));
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.timex')];
    buttons[2]!.click();
    buttons[0]!.click();
    expect(got).toEqual(['e-siege', 'e-retook']);
  });

  test('the selected event is emphasised and pressed', async () => {
    const el = await view('e-visit');
    const active = [...el.shadowRoot!.querySelectorAll('button.timex.active')];
    expect(active.map((b) => b.textContent)).toEqual(['on Sunday']);
    expect(active[0]!.getAttribute('aria-pressed')).toBe('true');
  });

  test('ignores mentions whose offsets do not slice to their expression, and other sources', () => {
    const evs = events();
    evs[1]!.mentions[0]!.dateStart += 3;
    const ranges = timexRanges(sources()[0]!, evs);
    expect(ranges.map((r) => CALLER_TEXT.slice(r.start, r.end))).toEqual(['Saturday', 'on Sunday']);
  });

  test('one expression reported by two events is one highlight going to the first', () => {
    const evs = events();
    const twin = { ...evs[3]!, id: 'e-visit-2', title: 'another reading' };
    const ranges = timexRanges(sources()[0]!, [...evs, twin]);
    const sunday = ranges.find((r) => CALLER_TEXT.slice(r.start, r.end) === 'on Sunday')!;
    expect(sunday.data.map((e) => e.id)).toEqual(['e-visit', 'e-visit-2']);
  });

  test('close and Escape send et-close-source; a source without text says so', async () => {
    const el = await view();
    let closed = 0;
    el.addEventListener('et-close-source', () => closed++);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    el.shadowRoot!.querySelector('button.timex')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(closed).toBe(2);
    el.source = { ...sources()[0]!, text: undefined };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('not included');
  });

  test('hostile text stays text', async () => {
    const t = hostileTimeline();
    const el = new EtSourceView();
    el.source = t.sources[0]!;
    el.events = t.events;
    await mount(el);
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(el.shadowRoot!.querySelector('.text')!.textContent).toBe(t.sources[0]!.text);
    expect(el.shadowRoot!.querySelectorAll('a')).toHaveLength(0);
  });

  test('axe-core finds no violations', async () => {
    const el = await view('e-retook');
    expect(await axeViolations(el)).toEqual([]);
  });
});
