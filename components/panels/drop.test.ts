import { LitElement } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { DropController } from './drop.ts';
import type { EtEventMap } from './contract.ts';
import { cleanup, dropEvent, file, mount, sleep } from './test-fixtures.ts';

afterEach(cleanup);

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
