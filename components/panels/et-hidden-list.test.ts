import { afterEach, describe, expect, test } from 'vitest';
import { EtHiddenList } from './et-hidden-list.ts';
import { axeViolations, cleanup, events, hostileTimeline, liveHostileNodes, mount } from './test-fixtures.ts';

afterEach(cleanup);

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
