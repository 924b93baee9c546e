/** Text that is valid data but hostile to the page: empty titles, bidi overrides, a URL as long as a file. */
import { describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { ev, mark, marks, message, settle, small, sr, thrown, until, useHarness, withData, withSrc } from './harness.ts';
import { axeViolations } from '../panels/test-fixtures.ts';

useHarness();

describe('titles', () => {
  test('empty and blank titles: every mark, the list and the detail still have a name (axe-clean)', async () => {
    const el = await withData(small([ev('empty', '2017-07-08', { title: '' }), ev('blank', '2017-07-09', { title: ' \u200B\n' })]));
    el.select('empty');
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await settle(el);
    await until(() => sr(el).querySelector('et-detail')?.shadowRoot?.querySelector('h2'));
    for (const m of marks(el)) expect(m.getAttribute('aria-label')).toMatch(/untitled/);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('a right-to-left override in a title does not reverse the text after it', async () => {
    const rlo = 'evil\u202E';
    const el = await withData(small([ev('rlo', '2017-07-08', { title: rlo, mentions: [] }), ev('next', '2017-07-09')]));
    mark(el, 'rlo')!.focus();
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    el.select('rlo');
    await settle(el);
    await until(() => sr(el).querySelector('et-detail')?.shadowRoot?.querySelector('h2'));
    // Every place that shows a title shows it in an isolate: dir="auto" (or <bdi>) around it.
    const holders = [
      mark(el, 'rlo')!.querySelector('.label'),
      sr(el).querySelector('[part~="tooltip"] strong'),
      sr(el).querySelector('[part~="list"] li .what'),
      sr(el).querySelector('et-detail')!.shadowRoot!.querySelector('h2'),
    ];
    for (const h of holders) {
      expect(h, 'a title holder').not.toBeNull();
      expect(h!.textContent).toContain(rlo);
      expect(h!.querySelector('bdi') ?? h!.closest('[dir], bdi'), h!.outerHTML.slice(0, 80)).not.toBeNull();
    }
    // In accessible names the title is wrapped in first-strong isolate marks.
    expect(mark(el, 'rlo')!.getAttribute('aria-label')).toContain(`\u2068${rlo}\u2069`);
  });
});

describe('contrast', () => {
  test('a selected day drawn as a band (zoomed in) keeps its label readable, light and dark (axe)', async () => {
    for (const scheme of ['light', 'dark']) {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      try {
        const el = await withData(small([ev('a', '2017-07-08', { title: 'plain title' }), ev('b', '2017-07-09')]));
        el.select('a');
        await settle(el);
        expect(mark(el, 'a')!.classList.contains('band')).toBe(true);
        expect(await axeViolations(el), scheme).toEqual([]);
      } finally {
        await cdp().send('Emulation.setEmulatedMedia', { features: [] });
      }
    }
  });
});

describe('src', () => {
  test('a huge src that is not JSON: the message quotes it cut short', async () => {
    const src = `data:application/json,${'x'.repeat(2_000_000)}`;
    const el = await withSrc(src);
    await until(() => message(el).includes('not JSON'));
    expect(message(el).length).toBeLessThan(1000);
    expect(thrown).toEqual([]);
  });
});
