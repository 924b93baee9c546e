/** Hostile files dropped on the element, a huge paste, and browser storage that is full, disabled or corrupt. */
import { describe, expect, test, vi } from 'vitest';
import type { EventTimeline } from '../event-timeline.ts';
import { markIds, marks, message, place, settle, sr, thrown, until, useHarness, withData } from './harness.ts';
import { timeline } from '../panels/test-fixtures.ts';
import { decodeBytes } from '../panels/read-files.ts';

useHarness();

describe('dropped files and pasted text', () => {
  async function drop(el: EventTimeline, files: File[]): Promise<void> {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
  }
  const addSource = (el: EventTimeline): HTMLElement => sr(el).querySelector('et-add-source')!;
  const problems = (el: EventTimeline): string => addSource(el).shadowRoot?.querySelector('ul.problems')?.textContent?.replace(/\s+/g, ' ') ?? '';
  const allText = (el: EventTimeline): string => `${message(el)} ${problems(el)}`;

  test('a UTF-16 file with a byte-order mark is read as text (as the CLI does)', async () => {
    const el = await withData(timeline(), 'u16');
    const text = 'Forces entered Sinjar on 13 November 2015, officials said.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    await drop(el, [new File([bytes], 'utf16.txt')]);
    await until(() => marks(el).some((m) => /sinjar/i.test(m.getAttribute('aria-label') ?? '')), 20_000);
    expect(allText(el)).not.toMatch(/NUL|not a text file/);
  }, 30_000);

  test('a PNG renamed .md, a file with NUL bytes, an empty file: each refused with its name and a reason', async () => {
    const el = await withData(timeline(), 'bin');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await drop(el, [new File([png], 'photo.md'), new File(['abc\u0000def'], 'nul.txt'), new File([''], 'empty.md'), new File([png], 'image.png')]);
    await until(() => /photo\.md/.test(allText(el)) && /nul\.txt/.test(allText(el)) && /empty\.md/.test(allText(el)) && /image\.png/.test(allText(el)));
    expect(marks(el)).toHaveLength(4);
    expect(thrown).toEqual([]);
  });

  test('a 50 MB file is refused at once with its size', async () => {
    const el = await withData(timeline(), 'huge');
    await drop(el, [new File([new Uint8Array(50 * 1024 * 1024).fill(65)], 'huge.txt')]);
    await until(() => /huge\.txt.*50\.0 MB/.test(allText(el)));
    expect(marks(el)).toHaveLength(4);
  });

  test('1,000 files at once: refused as too many, with a message, and the page stays responsive', async () => {
    const el = await withData(timeline(), 'many');
    const files = Array.from({ length: 1000 }, (_, i) => new File([`Troops arrived on ${1 + (i % 28)} March 2016.`], `f${i}.txt`));
    const t0 = performance.now();
    await drop(el, files);
    await until(() => allText(el).length > 0 && /1,?000/.test(allText(el)), 20_000);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(thrown).toEqual([]);
  }, 30_000);

  test('a pasted text of 5 MB with no sentence end is refused on the spot, with its size', async () => {
    const el = await withData(timeline(), 'paste');
    const panel = addSource(el);
    panel.setAttribute('open', '');
    await settle(el);
    const root = panel.shadowRoot!;
    const area = root.querySelector('textarea')!;
    area.value = 'word '.repeat(1_000_000);
    root.querySelector<HTMLInputElement>('input[name="date"]')!.value = '2017-07-09';
    root.querySelector('form')!.requestSubmit();
    // Refused before any parsing: the message names the size (the time is the textarea's own layout of 5 MB).
    await until(() => /text is 4\.8 MB/.test(problems(el)), 20_000);
    expect(panel.shadowRoot!.querySelector('.status')!.textContent).toBe('');
    expect(marks(el)).toHaveLength(4);
  });
});

describe('storage that fails', () => {
  test('localStorage full (QuotaExceededError): a dropped file still shows, with a warning it is not kept', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const el = await withData(timeline(), 'quota');
    const dt = new DataTransfer();
    dt.items.add(new File(['Forces entered Sinjar on 13 November 2015, officials said.'], 'sinjar.txt'));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    await until(() => marks(el).some((m) => /sinjar/i.test(m.getAttribute('aria-label') ?? '')), 20_000);
    await until(() => /could not be kept/.test(message(el) + (sr(el).querySelector('et-add-source')?.shadowRoot?.textContent ?? '')));
    // Hiding an event still works for this page view.
    const siege = marks(el).find((m) => /siege/i.test(m.getAttribute('aria-label') ?? ''))!.dataset.id!;
    el.select(siege);
    await settle(el);
    sr(el).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('button.hide')!.click();
    await settle(el);
    expect(markIds(el)).not.toContain(siege);
    expect(thrown).toEqual([]);
  }, 30_000);

  test('localStorage that throws on access and corrupt stored JSON: the element works', async () => {
    localStorage.setItem('event-timeline:/:id=corrupt:hidden', '{not json');
    localStorage.setItem(`event-timeline:${location.pathname}:id=corrupt:hidden`, '[1,2,{"a":');
    localStorage.setItem(`event-timeline:${location.pathname}:id=corrupt:local`, '{"__proto__":{"polluted":1}}');
    const el = await withData(timeline(), 'corrupt');
    expect(marks(el)).toHaveLength(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const again = await withData(timeline(), 'denied');
    expect(marks(again)).toHaveLength(4);
    again.select('e-siege');
    await settle(again);
    sr(again).querySelector('et-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('button.hide')!.click();
    await settle(again);
    expect(markIds(again)).not.toContain('e-siege');
    expect(thrown).toEqual([]);
  });
});

describe('decodeBytes', () => {
  test('UTF-16 big and little endian with a BOM are read; a broken one is refused with a reason; NUL bytes without a BOM are refused', () => {
    const text = 'Mosul, 8 July 2017 — “retaken” 👍';
    const units = [...text].flatMap((c) => { const out: number[] = []; for (let i = 0; i < c.length; i++) out.push(c.charCodeAt(i)); return out; });
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeBytes('le.txt', le)).toEqual({ text, diagnostics: [] });
    expect(decodeBytes('be.txt', be)).toEqual({ text, diagnostics: [] });
    const broken = decodeBytes('bad.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(broken.text).toBeNull();
    expect(broken.diagnostics[0]!.message).toMatch(/UTF-16LE.*UTF-8/);
    expect(decodeBytes('nul.txt', new Uint8Array([0x41, 0, 0x42])).diagnostics[0]!.message).toMatch(/NUL/);
  });
});

describe('adding a source with no timeline loaded', () => {
  test('a file dropped on an element whose src failed shows its events, and the load error stays', async () => {
    const el = document.createElement('event-timeline');
    el.id = 'no-base';
    el.setAttribute('src', '/__nowhere__/t.json');
    place(el);
    await until(() => /Could not load/.test(message(el)));
    const dt = new DataTransfer();
    dt.items.add(new File(['---\ndatePublished: 2015-11-14\n---\nForces entered Sinjar on 13 November 2015, officials said.'], 'sinjar.md'));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    await until(() => marks(el).some((m) => /sinjar/i.test(m.getAttribute('aria-label') ?? '')), 20_000);
    expect(message(el)).toMatch(/Could not load/);
    expect(thrown).toEqual([]);
  }, 30_000);
});
