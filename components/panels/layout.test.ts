/**
 * Every panel at phone and desktop widths, light and dark: nothing overflows sideways, axe
 * (contrast included) is clean in both themes. Screenshots land in test-results/panels/ (git-ignored) for a look.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { gallery } from './gallery.ts';
import { axeViolations, cleanup } from './test-fixtures.ts';

async function setup(width: number, dark: boolean): Promise<HTMLElement> {
  cleanup();
  await page.viewport(width, 900);
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }] });
  const g = gallery();
  document.body.style.margin = '0';
  // A light page behind a dark-scheme reader is the hard case: every panel must carry its own background.
  document.body.style.background = '#ffffff';
  g.style.cssText = 'display:grid;grid-template-columns:minmax(0,1fr);gap:12px;padding:12px;box-sizing:border-box;width:100%;';
  g.querySelector<HTMLElement>('.bar')!.style.cssText = 'display:flex;flex-wrap:wrap;gap:8px;justify-content:space-between';
  document.body.appendChild(g);
  await Promise.all([...g.querySelectorAll('*')].map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  g.querySelector('et-hidden-list')!.shadowRoot!.querySelector('details')!.open = true;
  g.querySelector('et-export-menu')!.shadowRoot!.querySelector('details')!.open = true;
  g.querySelector('et-add-source')!.open = true;
  await new Promise((r) => requestAnimationFrame(r));
  return g;
}

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  cleanup();
});

describe.each([
  [375, false],
  [375, true],
  [1440, false],
  [1440, true],
])('panels at %i px, dark=%s', (width, dark) => {
  test('nothing overflows sideways and axe is clean', async () => {
    try {
      await check(width, dark);
    } finally {
      // Emulation applies to the whole tab: never leave it on for other test files.
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

async function check(width: number, dark: boolean): Promise<void> {
  {
    const g = await setup(width, dark);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(dark);
    const wide = [...g.querySelectorAll('*')].flatMap((el) =>
      el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')].filter((c) => c.checkVisibility() && c.getBoundingClientRect().right > width + 0.5).map((c) => `${el.tagName} ${c.tagName}.${c.className}`) : [],
    );
    expect(window.innerWidth).toBe(width);
    expect(wide.slice(0, 8)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    for (const el of Array.from(g.children) as HTMLElement[]) {
      expect(el.getBoundingClientRect().right, el.tagName).toBeLessThanOrEqual(width);
    }
    expect(await axeViolations(g)).toEqual([]);
  }
}
