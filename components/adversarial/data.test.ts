/** Hostile data given to <event-timeline> through src and data: every case ends in a drawn element with a message. */
import { describe, expect, test } from 'vitest';
import type { Timeline } from '../../src/model.ts';
import { drawn, ev, json, mark, markIds, marks, message, place, range, settle, small, sr, thrown, until, useHarness, withData, withSrc } from './harness.ts';
import { liveHostileNodes, timeline } from '../panels/test-fixtures.ts';

useHarness();

describe('src: bad answers', () => {
  test('a 404 says what went wrong and keeps the frame', async () => {
    const el = await withSrc('/__nowhere__/t.json');
    await until(() => message(el).includes('Could not load'));
    expect(message(el)).toMatch(/404/);
    drawn(el);
    expect(thrown).toEqual([]);
  });

  test.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"timeline"'],
    ['a list', '[1,2,3]'],
    ['an empty object', '{}'],
    ['events as a string', '{"version":1,"events":"lots","sources":[],"diagnostics":[]}'],
  ])('JSON that is %s gives a message, never a blank element', async (_name, body) => {
    const el = await withSrc(`data:application/json,${encodeURIComponent(body)}`);
    await until(() => message(el) !== '');
    drawn(el);
    expect(message(el).length).toBeGreaterThan(20);
    expect(thrown).toEqual([]);
  });

  test('an HTML page (a wrong URL served as a page) says it is not JSON', async () => {
    const el = await withSrc(`data:text/html,${encodeURIComponent('<!doctype html><title>x</title><script>window.__pwned=1</script>')}`);
    await until(() => message(el).includes('not JSON'));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    drawn(el);
  });
});

describe('dates the index cannot draw', () => {
  test('years beyond what a Date can hold are left out with a message, not a crash', async () => {
    const t = small([ev('ok', '2017-07-08'), ev('far', '999999-01-01'), ev('far2', '+275761'), ev('far3', '-999999-01-01')]);
    const el = await withData(t);
    expect(markIds(el)).toEqual(['ok']);
    expect(message(el)).toMatch(/cannot be read/);
    expect(range(el)).toMatch(/1 event/);
    drawn(el);
    expect(thrown).toEqual([]);
  });

  test('the same through src', async () => {
    const el = await withSrc(json(small([ev('ok', '2017-07-08'), ev('far', '999999')])));
    await until(() => markIds(el).length === 1);
    expect(message(el)).toMatch(/cannot be read/);
    expect(thrown).toEqual([]);
  });

  test('reversed, NaN and empty dates are left out with a message naming them', async () => {
    const t = small([ev('ok', '2017-07-08'), ev('rev', '2017-07-10', { end: '2017-07-01' }), ev('nan', 'NaN'), ev('empty', '')]);
    const el = await withData(t);
    expect(markIds(el)).toEqual(['ok']);
    expect(message(el)).toContain('3 events have dates that cannot be read');
    expect(thrown).toEqual([]);
  });

  test('events at the far ends of the calendar still draw and zoom', async () => {
    const el = await withData(small([ev('a', '-9999-01-01'), ev('b', '9999-12-31')]));
    expect(markIds(el).sort()).toEqual(['a', 'b']);
    // Years before 1 are written as BC, not cut from toISOString's "-009999" to "-009".
    expect(range(el)).toMatch(/^\d{5} BC – \d{5}: 2 events$/);
    el.fit();
    sr(el).querySelector<HTMLButtonElement>('[part~="zoom-out"]')!.click();
    await settle(el);
    drawn(el);
    expect(thrown).toEqual([]);
  });
});

describe('hostile data through data', () => {
  test.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'timeline'],
    ['an array', []],
    ['a function', () => 1],
  ])('data set to %s is refused with a message or cleared, never a crash', async (_name, value) => {
    const el = await withData(timeline());
    (el as unknown as { data: unknown }).data = value;
    await settle(el);
    drawn(el);
    if (value !== null) expect(message(el)).toMatch(/cannot be shown/);
    expect(thrown).toEqual([]);
  });

  test('a frozen timeline is drawn', async () => {
    const t = timeline();
    const deepFreeze = (o: object): void => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) deepFreeze(v);
    };
    deepFreeze(t);
    const el = await withData(t);
    expect(marks(el)).toHaveLength(4);
    marks(el)[0]!.click();
    await settle(el);
    expect(thrown).toEqual([]);
  });

  test('a Proxy that throws on every read gives a message, not an exception', async () => {
    const trap = new Proxy({}, { get: () => { throw new Error('no reading'); }, has: () => { throw new Error('no reading'); }, ownKeys: () => { throw new Error('no reading'); } });
    const el = await withData(trap);
    await until(() => message(el) !== '');
    expect(message(el)).toMatch(/cannot be (shown|read)/);
    drawn(el);
    expect(thrown).toEqual([]);
  });

  test('a Proxy whose events throw deep inside gives a message, not an exception', async () => {
    const t = timeline();
    const events = new Proxy(t.events, {
      get(target, key, recv) {
        if (key === '2') throw new Error('event 3 cannot be read');
        return Reflect.get(target, key, recv) as unknown;
      },
    });
    const el = await withData({ ...t, events });
    await settle(el);
    await until(() => message(el) !== '');
    drawn(el);
    expect(thrown).toEqual([]);
  });

  test('prototype keys as ids, sources, qualifiers and granularities stay plain data', async () => {
    const base = timeline();
    const t: Timeline = {
      ...base,
      sources: [
        { id: '__proto__', file: '__proto__', referenceDateOrigin: 'none', headline: 'proto source' },
        { id: 'constructor', file: 'constructor.md', referenceDateOrigin: 'none', headline: 'ctor source' },
      ],
      events: [
        ev('__proto__', '2017-07-08', { mentions: [{ source: '__proto__', text: 'x', start: 0, end: 1, dateText: '', dateStart: 0, dateEnd: 0 }] }),
        ev('constructor', '2017-07-09', { mentions: [{ source: 'toString', text: 'y', start: 0, end: 1, dateText: '', dateStart: 0, dateEnd: 0 }] }),
        ev('hasOwnProperty', '2017-07-10', { qualifier: 'constructor' as never }),
        ev('valueOf', '2017-07-11', { granularity: 'toString' as never }),
      ],
    };
    const el = await withData(JSON.parse(JSON.stringify(t)) as Timeline);
    el.setAttribute('lanes', 'source');
    await settle(el);
    const text = [...marks(el)].map((m) => m.getAttribute('aria-label')).join('\n');
    expect(text).not.toMatch(/native code|function|\[object/);
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
      el.select(id);
      await settle(el);
      const detail = sr(el).querySelector('et-detail');
      const body = detail?.shadowRoot?.textContent ?? '';
      expect(body).not.toMatch(/native code|function \w*\(|\[object Object\]/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(thrown).toEqual([]);
  });

  test('huge and strange strings: a 1 MB title, RTL, combining marks, lone surrogates, zero-width, emoji', async () => {
    const weird = ['\u202Eevil\u202C', 'e\u0301\u0301\u0301\u0301', 'lone \uD800 high', 'lone \uDC00 low', 'zero\u200B\u200C\u200Dwidth\uFEFF', '👩‍👩‍👧‍👦🇮🇶', 'نص عربي'];
    const t = small([ev('big', '2017-07-08', { title: 'A'.repeat(1_000_000) }), ...weird.map((w, i) => ev(`w${i}`, `2017-07-${String(10 + i)}`, { title: w }))]);
    const t0 = performance.now();
    const el = await withData(t);
    expect(markIds(el)).toContain('big');
    el.select('big');
    await settle(el);
    mark(el, 'big')!.focus();
    await settle(el);
    expect(performance.now() - t0).toBeLessThan(5000);
    // The tooltip, the detail and the list must not grow the element sideways.
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await settle(el);
    expect(el.scrollWidth).toBeLessThanOrEqual(900);
    el.select('w2');
    await settle(el);
    expect(thrown).toEqual([]);
  });

  test('markup in every field stays text', async () => {
    const x = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const t: Timeline = {
      version: 1,
      generatedAt: x,
      sources: [{ id: x, file: x, headline: x, author: x, publisher: x, url: 'javascript:window.__pwned=1', datePublished: x, referenceDateOrigin: 'none', text: `${x} 8 July 2017` }],
      events: [ev(x, '2017-07-08', { title: x, qualifier: x as never, granularity: x as never, mentions: [{ source: x, text: x, start: 0, end: x.length, dateText: x, dateStart: 0, dateEnd: 3, timex: x }] })],
      diagnostics: [{ file: x, severity: 'error', message: x, line: 1 }],
    };
    const el = await withData(t, 'hostile');
    el.setAttribute('lanes', 'source');
    el.select(x);
    await settle(el);
    expect(liveHostileNodes(sr(el))).toEqual([]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('events with broken mentions or fields whose toString throws, selected before the data is checked: nothing throws', async () => {
    const t = timeline();
    const broken = { ...t.events[0]!, id: 'broken', mentions: [null, 5, 'text', { source: 'dailycaller' }, ...t.events[0]!.mentions] };
    const evil = { toString: null, valueOf: null };
    const objects = [
      { ...t.events[1]!, id: 'obj-title', title: evil },
      { ...t.events[1]!, id: 'obj-granularity', granularity: evil },
      { ...t.events[1]!, id: 'obj-qualifier', qualifier: evil },
      { ...t.events[1]!, id: 'obj-start', title: evil, start: evil },
      null,
    ];
    localStorage.setItem(`event-timeline:${location.pathname}:data:hidden`, JSON.stringify(['obj-title', 'obj-start']));
    const el = document.createElement('event-timeline');
    place(el);
    (el as unknown as { data: unknown }).data = { ...t, events: [...t.events, broken, ...objects] };
    await el.updateComplete;
    for (const id of ['obj-title', 'obj-granularity', 'obj-qualifier']) el.select(id);
    el.select('broken');
    await settle(el);
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await settle(el);
    const view = sr(el).querySelector('et-detail')?.shadowRoot?.querySelector<HTMLButtonElement>('.link-button');
    view?.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 600)); // the check after the first frame
    await settle(el);
    drawn(el);
    expect(thrown).toEqual([]);
  });
});
