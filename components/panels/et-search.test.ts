import { afterEach, describe, expect, test } from 'vitest';
import { EtSearch } from './et-search.ts';
import { axeViolations, cleanup, mount, sleep } from './test-fixtures.ts';

afterEach(cleanup);

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
