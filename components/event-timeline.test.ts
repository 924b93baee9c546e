import { afterEach, describe, expect, test } from 'vitest';
import './event-timeline.ts';
import type { EventTimeline } from './event-timeline.ts';
import { timeline } from './panels/test-fixtures.ts';

const mounted: HTMLElement[] = [];

async function mount(attrs: Record<string, string> = {}, width = 900): Promise<EventTimeline> {
  const wrap = document.createElement('div');
  wrap.style.width = `${width}px`;
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  document.body.append(wrap);
  mounted.push(wrap);
  await settle(el);
  return el;
}

async function settle(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const marks = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];

afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});

describe('<event-timeline> walking skeleton', () => {
  test('draws each event as a focusable mark labelled with its date and title', async () => {
    const el = await mount();
    el.data = timeline();
    await settle(el);
    const m = marks(el);
    expect(m.map((x) => x.getAttribute('aria-label'))).toEqual([
      '2014: terrorist group seizes Mosul',
      'October 2016: ISF starts its siege of the city',
      '8 July 2017: ISF retakes Mosul; reported by 2 sources; sources disagree on the date',
      '9 July 2017: al-Abadi travels to Mosul',
    ]);
    expect(m.every((x) => x.tagName === 'BUTTON')).toBe(true);
    expect(el.shadowRoot!.querySelector('[part~="axis"]')!.querySelectorAll('text').length).toBeGreaterThan(1);
  });
});
