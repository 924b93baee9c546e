import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EtExportMenu } from './et-export-menu.ts';
import type { EtEventMap } from './contract.ts';
import { axeViolations, cleanup, mount, timeline } from './test-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Captures what the export menu hands to the browser as a download. */
function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return create(b);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('<et-export-menu>', () => {
  async function menu(): Promise<EtExportMenu> {
    const el = new EtExportMenu();
    el.timeline = timeline();
    el.filename = 'mosul timeline';
    await mount(el);
    el.shadowRoot!.querySelector('details')!.open = true;
    return el;
  }

  test('offers the JSON and the CLI formats; JSON downloads the timeline as shown', async () => {
    const el = await menu();
    const { blobs, names } = captureDownloads();
    const done = new Promise<EtEventMap['et-exported']>((r) => el.addEventListener('et-exported', (e) => r(e.detail)));
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul button')];
    expect(buttons.map((b) => b.dataset.format)).toEqual(['json', 'timelinejs', 'csv', 'ics']);
    buttons[0]!.click();
    const detail = await done;
    expect(names).toEqual(['mosul-timeline.json']);
    expect(detail.filename).toBe('mosul-timeline.json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(timeline());
    expect(blobs[0]!.type).toContain('application/json');
  });

  test('CSV and iCalendar carry the events shown', async () => {
    const el = await menu();
    const { blobs, names } = captureDownloads();
    el.timeline = { ...timeline(), events: timeline().events.filter((e) => e.id !== 'e-siege') };
    await el.updateComplete;
    for (const f of ['csv', 'ics']) {
      const done = new Promise((r) => el.addEventListener('et-exported', r, { once: true }));
      el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-format=${f}]`)!.click();
      await done;
    }
    expect(names).toEqual(['mosul-timeline.csv', 'mosul-timeline.ics']);
    const csv = await blobs[0]!.text();
    expect(csv).toContain('ISF retakes Mosul');
    expect(csv).not.toContain('siege');
    const ics = await blobs[1]!.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('al-Abadi travels to Mosul');
    expect(ics).not.toContain('siege');
  });

  test('works from the keyboard: Enter opens, Tab reaches the formats, Escape closes back to the button', async () => {
    const el = new EtExportMenu();
    el.timeline = timeline();
    await mount(el);
    const { names } = captureDownloads();
    const r = el.shadowRoot!;
    r.querySelector<HTMLElement>('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(r.querySelector('details')!.open).toBe(true);
    await userEvent.keyboard('{Tab}{Tab}');
    expect((r.activeElement as HTMLElement).dataset.format).toBe('timelinejs');
    const done = new Promise((res) => el.addEventListener('et-exported', res, { once: true }));
    await userEvent.keyboard('{Enter}');
    await done;
    expect(names).toEqual(['timeline.timelinejs.json']);
    await userEvent.keyboard('{Escape}');
    expect(r.querySelector('details')!.open).toBe(false);
    r.querySelector<HTMLElement>('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    r.querySelector<HTMLButtonElement>('ul button')!.focus();
    await userEvent.keyboard('{Escape}');
    expect(r.querySelector('details')!.open).toBe(false);
    expect(r.activeElement).toBe(r.querySelector('summary'));
  });

  test('is labelled and axe-clean', async () => {
    const el = await menu();
    expect(await axeViolations(el)).toEqual([]);
  });
});
