import { afterEach, expect, test } from 'vitest';
import { timeline } from './panels/test-fixtures.ts';
import type { EventTimeline } from './event-timeline.ts';

// A page with a strict Content Security Policy: the element must draw, style and interact without
// inline style attributes, inline scripts or eval. Any violation is reported by the browser.
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

test('works under script-src \'self\'; style-src \'self\' with no CSP violation', async () => {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  frames.push(frame);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = new URL('./csp-fixture.html', import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // The fixture records violations from its first line on.
  const violations = () => (win as { __violations?: string[] }).__violations ?? [];
  const t0 = performance.now();
  while (!win.customElements.get('event-timeline') && performance.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
  expect(win.customElements.get('event-timeline'), `not defined: ${(win as { __fixture?: string }).__fixture} ${violations()}`).toBeTruthy();
  const el = doc.createElement('event-timeline') as EventTimeline;
  doc.body.append(el);
  el.data = timeline();
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => win.requestAnimationFrame(r));
  }
  const marks = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]');
  expect(marks.length).toBe(4);
  // Styles came through adopted stylesheets and positions through the CSSOM.
  expect(win.getComputedStyle(el.shadowRoot!.querySelector('.plot')!).position).toBe('relative');
  expect(marks[0]!.style.left).toMatch(/px$/);
  marks[2]!.click();
  el.shadowRoot!.querySelector<HTMLElement>('[part~="zoom-in"]')!.click();
  el.shadowRoot!.querySelector<HTMLElement>('[part~="list-toggle"]')!.click();
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => win.requestAnimationFrame(r));
  }
  expect(el.shadowRoot!.querySelector('[part~="detail"] et-detail')).toBeTruthy();
  // A violation is reported asynchronously; give it a moment.
  await new Promise((r) => setTimeout(r, 200));
  expect(violations()).toEqual([]);
  // The policy is really enforced here: an inline style attribute is refused.
  const probe = doc.createElement('div');
  probe.setAttribute('style', 'position: absolute');
  doc.body.append(probe);
  await new Promise((r) => setTimeout(r, 200));
  expect(violations().length).toBeGreaterThan(0);
});
