import { describe, expect, test } from 'vitest';
import { addSources, assembleTimeline, buildTimeline, extractSource, prepareSources, readSource } from './pipeline.ts';

const GOOD = '---\nheadline: Rebels take Kidal\ndatePublished: 2012-04-02\n---\nSeparatist rebels seized the town of Kidal on Friday.\n';
const OTHER = '---\ndatePublished: 2012-04-03\n---\nTuareg rebels captured the town of Kidal on Friday, residents said.\n';
const at = { generatedAt: '2026-01-01T00:00:00.000Z' };

describe('buildTimeline', () => {
  test('good sources come through beside a broken one, whose problem is reported', () => {
    const t = buildTimeline([
      { file: 'data/kidal.md', content: GOOD },
      { file: 'data/binary.md', content: new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 3, 0]) },
      { file: 'data/empty.md', content: '' },
    ], at);
    expect(t.version).toBe(1);
    expect(t.generatedAt).toBe(at.generatedAt);
    expect(t.events.map((e) => [e.title, e.start])).toEqual([['Separatist rebels seize Kidal', '2012-03-30']]);
    expect(t.sources.map((s) => s.id)).toEqual(['binary', 'empty', 'kidal']);
    expect(t.diagnostics.some((d) => d.file === 'data/binary.md')).toBe(true);
    expect(t.diagnostics.some((d) => d.file === 'data/empty.md')).toBe(true);
  });

  test('the steps give what buildTimeline gives, and per-source results survive structured cloning', () => {
    const inputs = [{ file: 'a.md', content: GOOD }, { file: 'b.md', content: OTHER }];
    const parsed = prepareSources(inputs.map((i) => readSource(i)));
    const extractions = parsed.map((p) => structuredClone(extractSource(structuredClone(p))));
    expect(assembleTimeline(parsed, extractions, at)).toEqual(buildTimeline(inputs, at));
  });

  test('two files with the same name get unique ids whatever their order', () => {
    const a = { file: 'x/kidal.md', content: GOOD }, b = { file: 'y/kidal.md', content: OTHER };
    const one = buildTimeline([a, b], at), two = buildTimeline([b, a], at);
    expect(one).toEqual(two);
    expect(one.sources.map((s) => s.id)).toEqual(['kidal', 'kidal-2']);
  });
});

describe('one happening told in other words by several papers', () => {
  const story = (published: string, body: string) => `---\ndatePublished: ${published}\n---\n${body}\n`;
  test('paraphrased verbs and fewer words on the same day merge into one event with every source', () => {
    const t = buildTimeline([
      { file: 'a.md', content: story('2015-04-26', 'An earthquake struck Nepal on Saturday, killing more than 1,000 people. Rescuers reached Kathmandu on Sunday.') },
      { file: 'b.md', content: story('2015-04-27', 'A magnitude 7.8 quake hit Nepal on 25 April 2015. The government declared an emergency on April 26.') },
      { file: 'c.md', content: story('2015-05-01', 'On April 26, rescuers arrived in Kathmandu.') },
    ], at);
    expect(t.events.map((e) => [e.start, e.mentions.map((m) => m.source).sort().join()])).toEqual([
      ['2015-04-25', 'a,b'],
      ['2015-04-26', 'b'],
      ['2015-04-26', 'a,c'],
    ]);
  });

  test('markets: "jumped" and "surged" on one day are one rise; a fall that day stays apart', () => {
    const t = buildTimeline([
      { file: 'a.md', content: story('2020-11-10', 'Pfizer shares jumped on Monday.') },
      { file: 'b.md', content: story('2020-11-10', 'Pfizer shares surged on Monday after the vaccine news.') },
      { file: 'c.md', content: story('2020-11-10', 'Zoom shares plunged on Monday.') },
    ], at);
    expect(t.events.map((e) => [e.start, e.mentions.map((m) => m.source).sort().join()]).sort()).toEqual([
      ['2020-11-09', 'a,b'],
      ['2020-11-09', 'c'],
    ]);
  });

  test('two rewrites of one sentence: "Victory declared" and the clearing it followed are each one event with both sources', () => {
    const t = buildTimeline([
      { file: 'a.md', content: story('2017-07-09', 'Victory was declared after ISF cleared the last remaining ISIS forces from neighborhoods near Mosul’s Old City.') },
      { file: 'b.md', content: story('2017-07-09', 'Victory was declared after the Iraqi Special Forces took out the last of the ISIS fighters from neighborhoods surrounding Mosul.') },
    ], at);
    expect(t.events.map((e) => e.mentions.map((m) => m.source).sort().join())).toEqual(['a,b', 'a,b']);
  });
});

describe('addSources', () => {
  test('a dropped source merges into the timeline, marked local; nothing is lost', () => {
    const base = buildTimeline([{ file: 'data/kidal.md', content: GOOD }], at);
    const t = addSources(base, [{ file: 'dropped.md', content: OTHER }, { file: 'bad.md', content: '' }], at);
    const kidal = t.events.find((e) => /Kidal/.test(e.title))!;
    expect(kidal.mentions.map((m) => m.source).sort()).toEqual(['dropped', 'kidal']);
    expect(t.sources.find((s) => s.id === 'dropped')!.local).toBe(true);
    expect(t.sources.find((s) => s.id === 'kidal')!.local).toBeUndefined();
    expect(t.diagnostics.some((d) => d.file === 'bad.md')).toBe(true);
  });

  test('events of sources whose text the timeline does not carry are kept', () => {
    const base = buildTimeline([{ file: 'data/kidal.md', content: GOOD }], at);
    const stripped = { ...base, sources: base.sources.map(({ text: _t, ...s }) => s) };
    const t = addSources(stripped, [{ file: 'dropped.md', content: OTHER }], at);
    const kidal = t.events.find((e) => /Kidal/.test(e.title))!;
    expect(kidal.mentions.map((m) => m.source).sort()).toEqual(['dropped', 'kidal']);
    expect(t.sources.map((s) => s.id).sort()).toEqual(['dropped', 'kidal']);
  });
});
