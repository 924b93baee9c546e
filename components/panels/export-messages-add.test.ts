import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LitElement } from 'lit';
import { EtAddSource } from './et-add-source.ts';
import { EtExportMenu } from './et-export-menu.ts';
import { EtMessages } from './et-messages.ts';
import { DropController } from './drop.ts';
import type { EtEventMap } from './contract.ts';
import { axeViolations, cleanup, hostileTimeline, liveHostileNodes, mount, timeline } from './test-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

describe('<et-messages>', () => {
  test('renders nothing when all is well', async () => {
    const el = await mount(new EtMessages());
    expect(el.shadowRoot!.querySelector('.box')).toBeNull();
  });

  test('shows load errors and each diagnostic with file, line, severity; errors first', async () => {
    const el = new EtMessages();
    el.errors = ['Could not load timeline.json: HTTP 404'];
    el.diagnostics = [
      { file: 'data/a.md', severity: 'warning', message: 'unknown key "hedline"; did you mean "headline"?', line: 2 },
      { file: 'data/b.md', severity: 'error', message: 'the date 2017-13-45 is impossible; write YYYY-MM-DD', line: 4 },
    ];
    await mount(el);
    const r = el.shadowRoot!;
    expect(r.querySelector('.error-line')!.textContent).toBe('Could not load timeline.json: HTTP 404');
    expect(r.querySelector('summary')!.textContent).toContain('1 error, 1 warning');
    const items = [...r.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'error data/b.md:4 — the date 2017-13-45 is impossible; write YYYY-MM-DD',
      'warning data/a.md:2 — unknown key "hedline"; did you mean "headline"?',
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('hostile messages stay text', async () => {
    const el = new EtMessages();
    el.diagnostics = hostileTimeline().diagnostics;
    el.errors = ['<img src=x onerror="window.__pwned=1">'];
    await mount(el);
    el.shadowRoot!.querySelector('details')!.open = true;
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(el.shadowRoot!.textContent).toContain('<script>');
  });
});

function file(name: string, content: string | Uint8Array, type = 'text/plain'): File {
  return new File([content as BlobPart], name, { type });
}

function dropEvent(type: string, files: File[]): DragEvent {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return new DragEvent(type, { dataTransfer: dt, bubbles: true, composed: true, cancelable: true });
}

describe('<et-add-source>', () => {
  function next(el: EventTarget): Promise<EtEventMap['et-add-source']> {
    return new Promise((r) => el.addEventListener('et-add-source', (e) => r((e as CustomEvent<EtEventMap['et-add-source']>).detail), { once: true }));
  }

  test('a dropped .md file becomes an input; a PDF and a binary are refused with reasons', async () => {
    const el = await mount(new EtAddSource());
    const got = next(el);
    const zone = el.shadowRoot!.querySelector('.drop')!;
    const over = dropEvent('dragover', [file('a.md', 'x')]);
    zone.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    zone.dispatchEvent(
      dropEvent('drop', [
        file('kurds.md', '---\nheadline: Sinjar\n---\nKurdish forces retook Sinjar on Friday.'),
        file('report.pdf', '%PDF-1.4'),
        file('bytes.txt', new Uint8Array([0x48, 0, 0, 1, 2])),
      ]),
    );
    const detail = await got;
    expect(detail.inputs.map((i) => i.file)).toEqual(['kurds.md']);
    expect(detail.inputs[0]!.text).toContain('Kurdish forces retook Sinjar');
    expect(detail.errors.map((e) => `${e.file}: ${e.severity}`)).toEqual(['report.pdf: error', 'bytes.txt: error']);
    expect(detail.errors[0]!.message).toContain('.md or .txt');
    expect(detail.errors[1]!.message).toContain('not a text file');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('ul.problems li')).toHaveLength(2);
  });

  test('Windows-1252 is read with a warning naming the line; a BOM is dropped', async () => {
    const el = await mount(new EtAddSource());
    const got = next(el);
    const latin = new Uint8Array([...new TextEncoder().encode('first line\nCaf'), 0xe9, ...new TextEncoder().encode(' on Monday')]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('On Friday.')]);
    el.shadowRoot!.querySelector('.drop')!.dispatchEvent(dropEvent('drop', [file('latin.txt', latin), file('bom.txt', bom)]));
    const detail = await got;
    expect(detail.inputs.map((i) => i.text)).toEqual(['first line\nCafé on Monday', 'On Friday.']);
    expect(detail.errors).toEqual([expect.objectContaining({ file: 'latin.txt', line: 2, severity: 'warning' })]);
  });

  test('is folded until opened, and unfolds while files are dragged over the host', async () => {
    const el = await mount(new EtAddSource());
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(el.shadowRoot!.querySelector('textarea')!.checkVisibility()).toBe(false);
    el.dragging = true;
    await el.updateComplete;
    expect(details.open).toBe(true);
    await sleep(30); // the toggle event of an open driven by a drag comes a task later: it must not stick
    el.dragging = false;
    await el.updateComplete;
    await sleep(30);
    expect(details.open).toBe(false);
    expect(el.open).toBe(false);
    // While the host parses a dropped file the panel stays open and says so.
    el.busy = true;
    await el.updateComplete;
    expect(details.open).toBe(true);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).toContain('Reading');
    el.busy = false;
    await el.updateComplete;
    await sleep(30);
    expect(details.open).toBe(false);
    // Problems keep it open until the reader folds it, which dismisses them.
    el.problems = [{ file: 'x.pdf', severity: 'error', message: 'is not a .md or .txt file.' }];
    await el.updateComplete;
    expect(details.open).toBe(true);
    el.shadowRoot!.querySelector('summary')!.click();
    await sleep(30);
    await el.updateComplete;
    expect(details.open).toBe(false);
    expect(el.problems).toEqual([]);
    el.shadowRoot!.querySelector('summary')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(el.open).toBe(true);
    expect(el.shadowRoot!.querySelector('textarea')!.checkVisibility()).toBe(true);
  });

  test('the paste form sends the text with its date and headline, then clears', async () => {
    const el = await mount(new EtAddSource());
    const r = el.shadowRoot!;
    r.querySelector('summary')!.click();
    r.querySelector('textarea')!.value = 'Kurdish forces retook the town of Sinjar on Friday.';
    r.querySelector<HTMLInputElement>('input[name=date]')!.value = '2015-11-14';
    r.querySelector<HTMLInputElement>('input[name=headline]')!.value = 'Kurds take <b>Sinjar</b>';
    const got = next(el);
    r.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const detail = await got;
    expect(detail.inputs).toEqual([
      expect.objectContaining({ text: 'Kurdish forces retook the town of Sinjar on Friday.', referenceDate: '2015-11-14', headline: 'Kurds take <b>Sinjar</b>' }),
    ]);
    expect(detail.inputs[0]!.file).toMatch(/^pasted-kurds-take-b-sinjar-b-[a-z0-9]+\.txt$/);
    expect(r.querySelector('textarea')!.value).toBe('');
  });

  test('an empty paste is refused on the spot (the browser keeps the form)', async () => {
    const el = await mount(new EtAddSource());
    let sent = 0;
    el.addEventListener('et-add-source', () => sent++);
    const form = el.shadowRoot!.querySelector('form')!;
    el.shadowRoot!.querySelector('textarea')!.value = '   ';
    form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await el.updateComplete;
    expect(sent).toBe(0);
    expect(el.shadowRoot!.querySelector('ul.problems')!.textContent).toContain('empty');
  });

  test('every control is labelled; axe-clean', async () => {
    const el = await mount(new EtAddSource());
    expect(await axeViolations(el)).toEqual([]);
  });
});

class DropHost extends LitElement {
  drop = new DropController(this);
}
customElements.define('test-drop-host', DropHost);

class CallbackDropHost extends LitElement {
  got: string[] = [];
  drop = new DropController(this, (inputs, errors) => this.got.push(...inputs.map((i) => i.file), ...errors.map((e) => `!${e.file}`)));
}
customElements.define('test-drop-callback-host', CallbackDropHost);

describe('DropController', () => {
  test('with a callback, the files go to it and no event leaves the host', async () => {
    const host = document.createElement('test-drop-callback-host') as CallbackDropHost;
    await mount(host);
    let events = 0;
    document.body.addEventListener('et-add-source', () => events++);
    host.dispatchEvent(dropEvent('drop', [file('a.md', 'On Friday.'), file('b.docx', 'x')]));
    await sleep(30);
    expect(host.got).toEqual(['a.md', '!b.docx']);
    expect(events).toBe(0);
  });

  test('a file dropped anywhere on the host is reported from the host, with a drag hint meanwhile', async () => {
    const host = document.createElement('test-drop-host') as DropHost;
    await mount(host);
    const got = new Promise<EtEventMap['et-add-source']>((r) => host.addEventListener('et-add-source', (e) => r(e.detail), { once: true }));
    host.dispatchEvent(dropEvent('dragenter', [file('a.txt', 'x')]));
    expect(host.drop.dragging).toBe(true);
    const drop = dropEvent('drop', [file('a.txt', 'The city fell on 9 July 2017.')]);
    host.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(host.drop.dragging).toBe(false);
    expect((await got).inputs.map((i) => i.text)).toEqual(['The city fell on 9 July 2017.']);
  });

  test('drags that carry no files are left alone; listeners go with the element', async () => {
    const host = document.createElement('test-drop-host') as DropHost;
    await mount(host);
    const text = new DragEvent('dragover', { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true });
    host.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    host.remove();
    let fired = 0;
    host.addEventListener('et-add-source', () => fired++);
    host.dispatchEvent(dropEvent('drop', [file('a.txt', 'x')]));
    await sleep(20);
    expect(fired).toBe(0);
  });
});
