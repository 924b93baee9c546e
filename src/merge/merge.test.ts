import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ExtractedEvent, SourceExtraction } from '../events/types.ts';
import { mergeExtractions, narrativeFollower, statedDay, type Item, type MentionLocator } from './merge.ts';

const locate: MentionLocator = { file: (id) => `data/${id}.md`, line: (_id, offset) => 1 + Math.floor(offset / 100) };

function ev(source: string, signature: string[], start: string, opts: Partial<ExtractedEvent> & { at?: number } = {}): ExtractedEvent {
  const at = opts.at ?? 0;
  const { at: _at, ...rest } = opts;
  void _at;
  return {
    title: signature.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '), start, granularity: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day', inferred: false,
    mention: { source, text: `sentence at ${at}`, start: at, end: at + 10, dateText: rest.inferred ? '' : 'on Saturday', dateStart: at, dateEnd: at + (rest.inferred ? 0 : 3) },
    signature, ...rest,
  };
}

describe('mergeExtractions', () => {
  test('one happening in two sources: one event, both mentions', () => {
    const { events, diagnostics } = mergeExtractions([
      { source: 'a', events: [ev('a', ['declare', 'victory'], '2017-07', { inferred: true })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['declare', 'victory'], '2017-07', { inferred: true })], diagnostics: [] },
    ], locate);
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.source)).toEqual(['a', 'b']);
    expect(events[0]!.inferred).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  test('an inferred month joins the stated day inside it; the stated day speaks for the event', () => {
    const { events } = mergeExtractions([
      { source: 'a', events: [ev('a', ['mosul', 'retake'], '2017-07', { inferred: true, title: 'Mosul recaptured' })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['mosul', 'retake'], '2017-07-08', { title: 'ISF retake Mosul' })], diagnostics: [] },
    ], locate);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2017-07-08', granularity: 'day', title: 'ISF retake Mosul', inferred: false });
    expect(events[0]!.conflict).toBeUndefined();
  });

  test('two sources, two dates for one happening: a conflict, both mentions, a warning with file and line', () => {
    const { events, diagnostics } = mergeExtractions([
      { source: 'a', events: [ev('a', ['kidal', 'retake'], '2023-11-17', { at: 250, title: 'Troops retake Kidal' })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['kidal', 'retake'], '2023-11-14', { at: 0, title: 'Troops retake Kidal' })], diagnostics: [] },
    ], locate);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ conflict: true, start: '2023-11-14' });
    expect(events[0]!.mentions).toHaveLength(2);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', file: 'data/b.md', line: 1 });
    expect(diagnostics[0]!.message).toContain('data/a.md:3 says 2023-11-17');
  });

  test('the majority date wins a conflict', () => {
    const { events } = mergeExtractions([
      { source: 'a', events: [ev('a', ['x', 'retake'], '2023-11-17', { title: 'Troops retake X' })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['x', 'retake'], '2023-11-14', { title: 'Troops retake X' })], diagnostics: [] },
      { source: 'c', events: [ev('c', ['x', 'retake'], '2023-11-17', { title: 'Troops retake X' })], diagnostics: [] },
    ], locate);
    expect(events[0]).toMatchObject({ start: '2023-11-17', conflict: true });
  });

  test('something that recurs ("post gains") on two dates is two happenings, not a conflict', () => {
    const { events, diagnostics } = mergeExtractions([
      { source: 'a', events: [ev('a', ['gain', 'post'], '2009-04-03', { title: 'Stock indexes post gains' })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['gain', 'post'], '2009-04-06', { title: 'Stock indexes post gains' })], diagnostics: [] },
    ], locate);
    expect(events.map((e) => [e.start, e.conflict ?? false])).toEqual([['2009-04-03', false], ['2009-04-06', false]]);
    expect(diagnostics).toEqual([]);
  });

  test('a named happening placed years apart by two sources is two happenings, not a disagreement', () => {
    const { events, diagnostics } = mergeExtractions([
      { source: 'a', events: [ev('a', ['apple', 'start'], '1976', { title: 'Steve Jobs starts Apple' })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['apple', 'start'], '2003-04-28', { title: 'Steve Jobs starts Apple' })], diagnostics: [] },
    ], locate);
    expect(events.map((e) => [e.start, e.conflict ?? false])).toEqual([['1976', false], ['2003-04-28', false]]);
    expect(diagnostics).toEqual([]);
  });

  test('one source telling two dates tells two happenings, not a conflict', () => {
    const { events, diagnostics } = mergeExtractions([
      { source: 'a', events: [ev('a', ['election', 'hold'], '2014', { at: 0 }), ev('a', ['election', 'hold'], '2018', { at: 50 })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['election', 'hold'], '2018')], diagnostics: [] },
    ], locate);
    expect(events.map((e) => [e.start, e.mentions.length, e.conflict ?? false])).toEqual([['2014', 1, false], ['2018', 2, false]]);
    expect(diagnostics).toEqual([]);
  });

  test('a mention with fewer words joins the one wider happening of its day, from any source', () => {
    const { events } = mergeExtractions([
      { source: 'a', events: [ev('a', ['arrive', 'kathmandu', 'rescuer'], '2015-04-26', { title: 'Rescuers arrive in Kathmandu' })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['arrive', 'kathmandu'], '2015-04-26', { title: 'Rescuers reach Kathmandu' })], diagnostics: [] },
      // Another day: another happening, however alike its words.
      { source: 'c', events: [ev('c', ['arrive', 'kathmandu'], '2015-05-02', { title: 'Aid arrives in Kathmandu' })], diagnostics: [] },
    ], locate);
    expect(events.map((e) => [e.start, e.title, e.mentions.map((m) => m.source).join()])).toEqual([
      ['2015-04-26', 'Rescuers arrive in Kathmandu', 'a,b'],
      ['2015-05-02', 'Aid arrives in Kathmandu', 'c'],
    ]);
  });

  test('a narrower mention stays alone when two wider happenings of its day could take it, or when it is a verb alone', () => {
    const { events } = mergeExtractions([
      { source: 'a', events: [ev('a', ['cut', 'job', 'ford'], '2019-06-27'), ev('a', ['cut', 'job', 'gm'], '2019-06-27', { at: 50 }), ev('a', ['resign'], '2019-06-27', { at: 90 })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['cut', 'job'], '2019-06-27'), ev('b', ['minister', 'resign'], '2019-06-27', { at: 40 })], diagnostics: [] },
    ], locate);
    expect(events.map((e) => e.mentions.length)).toEqual([1, 1, 1, 1, 1]);
  });

  test('a chain of narrower mentions of one day ends in the widest', () => {
    const { events } = mergeExtractions([
      { source: 'a', events: [ev('a', ['enter', 'mosul', 'old', 'city'], '2017-07-01')], diagnostics: [] },
      { source: 'b', events: [ev('b', ['enter', 'mosul', 'city'], '2017-07-01')], diagnostics: [] },
      { source: 'c', events: [ev('c', ['enter', 'mosul'], '2017-07-01'), ev('c', ['enter', 'mosul'], '2017-07', { at: 80, inferred: true })], diagnostics: [] },
    ], locate);
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.source)).toEqual(['a', 'b', 'c', 'c']);
  });

  test('sentences that tell one happening tell their other happenings of the same dates alike: those merge', () => {
    const ex = (source: string, cleared: string[]) => ({
      source, diagnostics: [],
      events: [ev(source, ['declare', 'victory'], '2017-07', { inferred: true, at: 100 }), ev(source, cleared, '2017-07', { inferred: true, at: 100 })],
    });
    const linked = mergeExtractions([ex('a', ['clear', 'force', 'isi', 'last', 'remaining']), ex('b', ['clear', 'fighter', 'isi', 'last'])], locate);
    expect(linked.events.map((e) => e.mentions.map((m) => m.source).join())).toEqual(['a,b', 'a,b']);
    // Without the shared "Victory declared" the two sentences are not known to tell one story.
    const alone = mergeExtractions([
      { source: 'a', events: [ev('a', ['clear', 'force', 'isi', 'last', 'remaining'], '2017-07', { inferred: true, at: 100 })], diagnostics: [] },
      { source: 'b', events: [ev('b', ['clear', 'fighter', 'isi', 'last'], '2017-07', { inferred: true, at: 100 })], diagnostics: [] },
    ], locate);
    expect(alone.events).toHaveLength(2);
  });

  test('two happenings of one sentence stay two, even when a copy of the sentence links it to another source', () => {
    const copy = (source: string) => ({
      source, diagnostics: [],
      events: [ev(source, ['737', 'airliner', 'narrowbody', 'start'], '2006', { at: 0 }), ev(source, ['737', 'airliner', 'narrowbody', 'push'], '2006', { at: 0 })],
    });
    const { events } = mergeExtractions([copy('a'), copy('b')], locate);
    expect(events.map((e) => e.mentions.length)).toEqual([2, 2]);
  });

  test('ids come from content: stable across runs and unique', () => {
    const x: SourceExtraction[] = [{ source: 'a', events: [ev('a', ['a', 'b'], '2014'), ev('a', ['c', 'd'], '2015', { at: 40 })], diagnostics: [] }];
    const one = mergeExtractions(x, locate).events.map((e) => e.id);
    const two = mergeExtractions(structuredClone(x), locate).events.map((e) => e.id);
    expect(one).toEqual(two);
    expect(new Set(one).size).toBe(one.length);
    expect(one.every((id) => /^e-[0-9a-z]+(-\d+)?$/.test(id))).toBe(true);
  });

  test('property: the same timeline whatever the order of sources and of their events', () => {
    const day = fc.record({ y: fc.integer({ min: 2014, max: 2017 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), g: fc.constantFrom(0, 1, 2) })
      .map(({ y, m, d, g }) => [String(y), `${y}-${String(m).padStart(2, '0')}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`][g]!);
    const event = fc.record({
      sig: fc.subarray(['retake', 'mosul', 'declare', 'victory', 'east'], { minLength: 1 }),
      start: day, inferred: fc.boolean(), at: fc.integer({ min: 0, max: 5000 }), span: fc.boolean(),
    });
    const extraction = fc.array(event, { maxLength: 8 });
    fc.assert(fc.property(fc.array(extraction, { minLength: 1, maxLength: 5 }), fc.infiniteStream(fc.nat()), (sources, seeds) => {
      const xs: SourceExtraction[] = sources.map((list, n) => ({
        source: `s${n}`, diagnostics: [],
        events: list.map((e) => ev(`s${n}`, e.sig, e.start, { inferred: e.inferred, at: e.at, ...(e.span && e.start.length === 7 ? { end: `${Number(e.start.slice(0, 4)) + 1}-01`, granularity: 'month' as const } : {}) })),
      }));
      const shuffle = <T,>(list: T[]): T[] => {
        const out = [...list];
        for (let i = out.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [out[i], out[j]] = [out[j]!, out[i]!];
        }
        return out;
      };
      const reordered = shuffle(xs).map((x) => ({ ...x, events: shuffle(x.events) }));
      expect(mergeExtractions(reordered, locate)).toEqual(mergeExtractions(xs, locate));
    }), { numRuns: 300 });
  });
});

describe('narrativeFollower', () => {
  // The rule in plain words, for every pair: the stated mentions overlapping a narrative date all moved, to one group.
  const naive = (group: Item[], target: Map<string, number>, it: Item): number => {
    const targets = new Set<number>();
    for (const o of group) if (!o.inferred && o.first <= it.last && it.first <= o.last) targets.add(statedDay(o) === null ? -1 : target.get(statedDay(o)!)!);
    return targets.size === 1 ? [...targets][0]! : -1;
  };
  const day = fc.integer({ min: 1, max: 20 }).map((d) => `2020-01-${String(d).padStart(2, '0')}`);
  const item = fc.record({ a: day, b: day, inferred: fc.boolean(), single: fc.boolean() }).map(({ a, b, inferred, single }): Item => {
    const [first, last] = single ? [a, a] : a <= b ? [a, b] : [b, a];
    return { title: 't', start: first, end: undefined, granularity: first === last ? 'day' : 'month', qualifier: undefined, inferred, mention: { source: 's', text: '', start: 0, end: 0, dateText: '', dateStart: 0, dateEnd: 0 }, signature: ['a', 'b'], source: 's', key: 'a b', first, last };
  });
  test('property: the same answer as checking every stated mention, for every narrative date', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 30 }), fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 20, maxLength: 20 }), (group, to) => {
      const target = new Map<string, number>();
      for (const o of group) {
        const d = statedDay(o);
        if (d) target.set(d, to[Number(d.slice(8)) - 1]!);
      }
      const follow = narrativeFollower(group, target);
      for (const it of group) if (it.inferred) expect(follow(it)).toBe(naive(group, target, it));
    }), { numRuns: 500 });
  });
});
