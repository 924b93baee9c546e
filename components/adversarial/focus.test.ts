/** Where the keyboard focus goes when what holds it disappears, and Escape in every panel. */
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActive, ev, focusInside, mark, markIds, marks, settle, small, sr, thrown, until, useHarness, withData } from './harness.ts';
import { timeline } from '../panels/test-fixtures.ts';

useHarness();

describe('focus is never lost', () => {
  test('hiding the selected event from its detail moves focus to the timeline, not the page', async () => {
    const el = await withData(timeline(), 'hide-focus');
    el.select('e-siege');
    await settle(el);
    const hide = sr(el).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('button.hide')!;
    hide.focus();
    hide.click();
    await settle(el);
    expect(focusInside(el)).toBe(true);
    expect(deepActive()?.closest('[part~="plot"]') ?? deepActive()?.getAttribute('part')).toBeTruthy();
  });

  test('Escape in the detail closes it and focus returns to the event', async () => {
    const el = await withData(timeline(), 'esc-detail');
    mark(el, 'e-siege')!.focus();
    el.select('e-siege');
    await settle(el);
    const close = sr(el).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!;
    close.focus();
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(sr(el).querySelector('et-detail')).toBeNull();
    expect(focusInside(el)).toBe(true);
    expect((deepActive() as HTMLElement | null)?.dataset.id).toBe('e-siege');
  });

  test('Escape in the source view, the hidden list, the export menu, the list and the add-source form closes it, focus stays inside', async () => {
    const el = await withData(timeline(), 'esc-panels');
    // source view
    el.select('e-siege');
    await settle(el);
    sr(el).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.click();
    await settle(el);
    const view = sr(el).querySelector('et-source-view')!;
    const viewButton = view.shadowRoot!.querySelector<HTMLElement>('button')!;
    viewButton.focus();
    viewButton.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(sr(el).querySelector('et-source-view')).toBeNull();
    expect(focusInside(el)).toBe(true);
    // hidden list
    sr(el).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('button.hide')!.click();
    await settle(el);
    const hidden = sr(el).querySelector('et-hidden-list')!;
    const details = hidden.shadowRoot!.querySelector('details')!;
    details.open = true;
    const restore = hidden.shadowRoot!.querySelector<HTMLButtonElement>('li button')!;
    restore.focus();
    restore.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(details.open).toBe(false);
    expect(focusInside(el)).toBe(true);
    // export menu
    const menu = sr(el).querySelector('et-export-menu')!;
    const menuDetails = menu.shadowRoot!.querySelector('details')!;
    menuDetails.open = true;
    const format = menu.shadowRoot!.querySelector<HTMLButtonElement>('button[data-format]')!;
    format.focus();
    format.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(menuDetails.open).toBe(false);
    expect(focusInside(el)).toBe(true);
    // list view
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await settle(el);
    const row = sr(el).querySelector<HTMLButtonElement>('[part~="list"] li button')!;
    row.focus();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(sr(el).querySelector('[part~="list"]')).toBeNull();
    expect(deepActive()?.getAttribute('part')).toBe('list-toggle');
    // add-source form
    const add = sr(el).querySelector('et-add-source')!;
    add.setAttribute('open', '');
    await settle(el);
    const area = add.shadowRoot!.querySelector('textarea')!;
    area.focus();
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(add.shadowRoot!.querySelector('details')!.open).toBe(false);
    expect(focusInside(el)).toBe(true);
  });

  test('restoring the last hidden event keeps focus in the element', async () => {
    const el = await withData(timeline(), 'restore-focus');
    el.select('e-siege');
    await settle(el);
    sr(el).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('button.hide')!.click();
    await settle(el);
    const hidden = sr(el).querySelector('et-hidden-list')!;
    hidden.shadowRoot!.querySelector('details')!.open = true;
    const restore = hidden.shadowRoot!.querySelector<HTMLButtonElement>('li button')!;
    restore.focus();
    restore.click();
    await settle(el);
    expect(markIds(el)).toContain('e-siege');
    expect(focusInside(el)).toBe(true);
  });

  test('filtering to zero events: the plot stays reachable and says why it is empty', async () => {
    const el = await withData(timeline(), 'zero');
    mark(el, 'e-siege')!.focus();
    await settle(el);
    const search = sr(el).querySelector('et-search')!.shadowRoot!.querySelector('input')!;
    search.focus();
    search.value = 'zzzz-nothing-matches';
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(marks(el)).toHaveLength(0);
    const plot = sr(el).querySelector<HTMLElement>('[part~="plot"]')!;
    expect(plot.tabIndex).toBe(0);
    expect(sr(el).querySelector('.empty-view')!.textContent).toContain('zzzz-nothing-matches');
    plot.focus();
    for (const key of ['ArrowRight', 'Home', 'End', 'Enter', '+', 'Escape']) plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    await settle(el);
    expect(focusInside(el)).toBe(true);
    expect(thrown).toEqual([]);
  });

  test('removing a local source that holds the selected event: the detail closes, focus stays in the element', async () => {
    const el = await withData(timeline(), 'local-sel');
    const dt = new DataTransfer();
    dt.items.add(new File(['Forces entered Sinjar on 13 November 2015, officials said.'], 'sinjar.txt'));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    const local = await until(() => marks(el).find((m) => /sinjar/i.test(m.getAttribute('aria-label') ?? '')), 20_000);
    const selects: unknown[] = [];
    el.addEventListener('timeline-select', (e) => selects.push((e as CustomEvent).detail.event));
    el.select(local.dataset.id!);
    await settle(el);
    expect(sr(el).querySelector('et-detail')).not.toBeNull();
    const toggles = sr(el).querySelector('et-source-toggles')!;
    const remove = toggles.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!;
    remove.focus();
    remove.click();
    await until(() => !marks(el).some((m) => /sinjar/i.test(m.getAttribute('aria-label') ?? '')), 20_000);
    await settle(el);
    expect(sr(el).querySelector('et-detail')).toBeNull();
    expect(selects.at(-1)).toBeNull();
    expect(focusInside(el)).toBe(true);
  }, 30_000);

  test('new data without the focused event (a live update): focus goes to the plot, which says it is empty', async () => {
    const el = await withData(timeline(), 'live');
    mark(el, 'e-siege')!.focus();
    await settle(el);
    el.data = small([]);
    await settle(el);
    expect(focusInside(el)).toBe(true);
    expect(deepActive()?.getAttribute('part')).toBe('plot');
    el.data = small([ev('x', '2017-07-08')]);
    await settle(el);
    expect(focusInside(el)).toBe(true);
  });

  test('Tab and Shift+Tab go through the element and out again, with the detail and the list open (no trap)', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    const el = await withData(timeline(), 'tabbing');
    el.parentElement!.before(before);
    el.parentElement!.after(after);
    try {
      el.select('e-siege');
      sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
      await settle(el);
      before.focus();
      let inside = 0;
      for (let i = 0; i < 80 && document.activeElement !== after; i++) {
        await userEvent.tab();
        if (focusInside(el)) inside++;
      }
      expect(document.activeElement).toBe(after);
      expect(inside).toBeGreaterThan(5);
      for (let i = 0; i < 80 && document.activeElement !== before; i++) await userEvent.tab({ shift: true });
      expect(document.activeElement).toBe(before);
    } finally {
      before.remove();
      after.remove();
    }
  }, 60_000);

  test('focus the page or the reader moves away is left there: blur(), a click on the page', async () => {
    const el = await withData(timeline(), 'away');
    const m = mark(el, 'e-siege')!;
    m.focus();
    await settle(el);
    m.blur();
    await settle(el);
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click(); // re-renders after the blur
    el.zoomTo('2016-09-01', '2017-08-01');
    await settle(el);
    expect(focusInside(el)).toBe(false);
    mark(el, 'e-retook')!.focus();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    (deepActive() as HTMLElement).blur();
    el.fit();
    await settle(el);
    expect(focusInside(el)).toBe(false);
  });
});
