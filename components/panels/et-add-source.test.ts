import { afterEach, describe, expect, test } from 'vitest';
import { EtAddSource } from './et-add-source.ts';
import type { EtEventMap } from './contract.ts';
import { axeViolations, cleanup, dropEvent, file, mount, sleep } from './test-fixtures.ts';

afterEach(cleanup);

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
