import { LitElement, html } from 'lit';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Timeline } from '../../src/model.ts';
import type { LocalSourceInput } from './contract.ts';
import { HiddenEventsController } from './hidden-events.ts';
import { LocalSourcesController, type MergeLocal } from './local-sources.ts';
import { storageKeyFor } from './storage.ts';
import { cleanup, timeline } from './test-fixtures.ts';

class HostEl extends LitElement {
  hiddenCtl = new HiddenEventsController(this, () => storageKeyFor(this));
  localCtl: LocalSourcesController;
  static merge: MergeLocal = async (base) => base;
  constructor() {
    super();
    this.localCtl = new LocalSourcesController(this, () => storageKeyFor(this), (b, i) => HostEl.merge(b, i));
  }
  override render() {
    return html`${[...this.hiddenCtl.hidden].join(',')}`;
  }
}
customElements.define('test-panels-host', HostEl);

async function host(src = 'data/a.json'): Promise<HostEl> {
  const el = document.createElement('test-panels-host') as HostEl;
  el.setAttribute('src', src);
  document.body.appendChild(el);
  await el.updateComplete;
  return el;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('HiddenEventsController', () => {
  test('hide and restore survive a new element on the same page and src', async () => {
    const a = await host();
    a.hiddenCtl.hide('e-siege');
    a.hiddenCtl.hide('e-visit');
    a.hiddenCtl.hide('e-visit');
    await a.updateComplete;
    expect(a.shadowRoot!.textContent).toBe('e-siege,e-visit');
    a.remove();
    const b = await host();
    expect([...b.hiddenCtl.hidden]).toEqual(['e-siege', 'e-visit']);
    b.hiddenCtl.restore('e-siege');
    b.remove();
    const c = await host();
    expect([...c.hiddenCtl.hidden]).toEqual(['e-visit']);
  });

  test('is namespaced per timeline (src) and follows a changed src', async () => {
    const a = await host('one.json');
    a.hiddenCtl.hide('x');
    const b = await host('two.json');
    expect(b.hiddenCtl.hidden.size).toBe(0);
    b.setAttribute('src', 'one.json');
    expect([...b.hiddenCtl.hidden]).toEqual(['x']);
  });

  test('the key follows the data, however its URL is written', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    a.setAttribute('src', './data/mosul.json');
    b.setAttribute('src', 'data/mosul.json#x');
    expect(storageKeyFor(a)).toBe(storageKeyFor(b));
    b.setAttribute('src', 'data/other.json');
    expect(storageKeyFor(a)).not.toBe(storageKeyFor(b));
    const c = document.createElement('div');
    c.id = 'one';
    expect(storageKeyFor(c)).toBe(`event-timeline:${location.pathname}:id=one`);
  });

  test('storage that throws on every access (sandboxed frame) leaves an empty, working list', async () => {
    const proto = Storage.prototype;
    const { getItem, setItem } = proto;
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = proto.getItem;
    try {
      const a = await host('sandboxed.json');
      expect(a.hiddenCtl.hidden.size).toBe(0);
      a.hiddenCtl.hide('e-1');
      expect([...a.hiddenCtl.hidden]).toEqual(['e-1']);
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
    }
  });

  test('garbage in storage is ignored', async () => {
    const el = document.createElement('test-panels-host') as HostEl;
    el.setAttribute('src', 'g.json');
    for (const junk of ['{not json', '{"a":1}', '[1,2]', 'null', '"x"']) {
      localStorage.setItem(`${storageKeyFor(el)}:hidden`, junk);
      const h = await host('g.json');
      expect(h.hiddenCtl.hidden.size).toBe(0);
      h.remove();
    }
  });

  test('a full or failing storage keeps the list for the page view', async () => {
    const proto = Storage.prototype;
    const original = proto.setItem;
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const a = await host();
      a.hiddenCtl.hide('e-siege');
      expect([...a.hiddenCtl.hidden]).toEqual(['e-siege']);
    } finally {
      proto.setItem = original;
    }
  });
});

describe('LocalSourcesController', () => {
  const input = (file: string, text = 'On 8 July 2017 the city fell.'): LocalSourceInput => ({ file, text, addedAt: 1 });
  // A stand-in for the engine that records what it was given: adds one local source per input.
  const fakeMerge: MergeLocal = async (base, inputs) => ({
    ...base,
    sources: [...base.sources, ...inputs.map((i) => ({ id: i.file.replace(/\..*$/, ''), file: i.file, referenceDateOrigin: 'none' as const, local: true, text: i.text }))],
  });

  test('without inputs the timeline is the base; adding merges and persists the inputs', async () => {
    HostEl.merge = fakeMerge;
    const a = await host();
    const base: Timeline = timeline();
    await a.localCtl.setBase(base);
    expect(a.localCtl.timeline).toBe(base);
    await a.localCtl.add([input('mine.md')]);
    expect(a.localCtl.timeline!.sources.map((s) => s.id)).toEqual(['dailycaller', 'americanpatriotdaily', 'mine']);
    a.remove();
    const b = await host();
    await b.localCtl.setBase(base);
    expect(b.localCtl.inputs.map((i) => i.file)).toEqual(['mine.md']);
    expect(b.localCtl.timeline!.sources.at(-1)!.local).toBe(true);
  });

  test('the same file name replaces the earlier text; remove by id or file drops it', async () => {
    HostEl.merge = fakeMerge;
    const a = await host();
    await a.localCtl.setBase(timeline());
    await a.localCtl.add([input('a.md', 'one'), input('b.txt')]);
    await a.localCtl.add([input('a.md', 'two')]);
    expect(a.localCtl.inputs.map((i) => `${i.file}:${i.text}`)).toEqual(['b.txt:On 8 July 2017 the city fell.', 'a.md:two']);
    await a.localCtl.remove('b');
    expect(a.localCtl.inputs.map((i) => i.file)).toEqual(['a.md']);
    await a.localCtl.remove('a.md');
    expect(a.localCtl.timeline!.sources).toHaveLength(2);
    expect(JSON.parse(localStorage.getItem(`${storageKeyFor(a)}:local`)!)).toEqual([]);
  });

  test('an engine that fails leaves the base and says why', async () => {
    HostEl.merge = async () => {
      throw new Error('Failed to fetch dynamically imported module');
    };
    const a = await host();
    const base = timeline();
    await a.localCtl.setBase(base);
    await a.localCtl.add([input('x.md')], [{ file: 'y.pdf', severity: 'error', message: 'is not a .md or .txt file.' }]);
    expect(a.localCtl.timeline).toBe(base);
    expect(a.localCtl.busy).toBe(false);
    expect(a.localCtl.problems.map((p) => p.file)).toEqual(['y.pdf', 'x.md']);
    expect(a.localCtl.problems[1]!.message).toContain('Failed to fetch');
  });

  test('a slow earlier merge never overwrites a later one', async () => {
    let release: () => void = () => {};
    HostEl.merge = (base, inputs) =>
      inputs.length === 1 ? new Promise((r) => (release = () => r(fakeMerge(base, inputs)))) : fakeMerge(base, inputs);
    const a = await host();
    await a.localCtl.setBase(timeline());
    void a.localCtl.add([input('first.md')]);
    await a.localCtl.add([input('second.md')]);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(a.localCtl.timeline!.sources.map((s) => s.id).slice(2)).toEqual(['first', 'second']);
  });

  test('storage holding garbage or failing: no inputs, and a warning when it cannot keep one', async () => {
    HostEl.merge = fakeMerge;
    const probe = document.createElement('test-panels-host');
    probe.setAttribute('src', 'data/a.json');
    localStorage.setItem(`${storageKeyFor(probe)}:local`, '[{"file":1}]');
    const a = await host();
    expect(a.localCtl.inputs).toEqual([]);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await a.localCtl.setBase(timeline());
      await a.localCtl.add([input('big.md')]);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(a.localCtl.timeline!.sources.at(-1)!.id).toBe('big');
    expect(a.localCtl.problems[0]!.message).toContain('storage');
  });
});
