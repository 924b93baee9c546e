import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Timeline } from '../../src/model.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import type { SourceInput } from '../../src/sources/types.ts';
import { schemaErrors } from './validate-timeline.ts';

const SENTENCES = [
  'Iraqi forces retook Mosul on 9 July 2017.', 'The offensive began in October 2016.', 'ISIS seized the city in June 2014.',
  'The Prime Minister visited on Sunday.', 'Fighting lasted nearly nine months.', 'Last week, troops cleared the Old City.',
  'By the end of January, east Mosul was retaken.', 'Officials said the battle would end soon.', 'Since 2014 the city has suffered.',
  'The report came out on 2017-07-10 at 10:30 a.m.', 'Between March and May 2017 the west bank was besieged.',
];
const KEYS = ['headline', 'author', 'publisher', 'url', 'datePublished', 'dateModified', 'section', 'title', 'date', 'datePublshed', 'colour'];
const isoDay = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const value = fc.oneof(
  isoDay,
  fc.constantFrom('2017-13-45', '2017-02-30', '2017', '2017-07', 'July 9, 2017', 'https://example.com/a', 'javascript:alert(1)', '', '[broken', '"quoted: text"', '{a: 1}', '&a x', '*a'),
  fc.string({ maxLength: 30 }),
);
const frontMatter = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 }).map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`);
const body = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }), { maxLength: 12 })
  .chain((parts) => fc.constantFrom('\n', '\n\n', ' ', '\r\n').map((sep) => parts.join(sep)));
const text = fc.tuple(fc.option(frontMatter, { nil: '' }), body).map(([fm, b]) => fm + b);
const content = fc.oneof(
  text,
  text.map((t) => new TextEncoder().encode(t)),
  text.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)])),
  fc.uint8Array({ maxLength: 200 }),
);
const input: fc.Arbitrary<SourceInput> = fc.record({
  file: fc.tuple(fc.constantFrom('data/', 'data/sub/', ''), fc.constantFrom('a', 'b', 'mosul', 'a-2', 'x y'), fc.constantFrom('.md', '.txt', '.markdown')).map((p) => p.join('')),
  content,
});

function checkTimeline(t: Timeline, inputs: SourceInput[]): void {
  expect(schemaErrors(t)).toEqual([]);
  const ids = t.sources.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(t.sources).toHaveLength(inputs.length);
  const files = new Set(inputs.map((i) => i.file));
  for (const d of t.diagnostics) expect(files.has(d.file)).toBe(true);
  const eventIds = t.events.map((e) => e.id);
  expect(new Set(eventIds).size).toBe(eventIds.length);
  for (const e of t.events) {
    if (e.end) expect(e.end >= e.start).toBe(true);
    for (const m of e.mentions) {
      const source = t.sources.find((s) => s.id === m.source);
      expect(source).toBeDefined();
      const body = source!.text ?? '';
      expect(body.slice(m.start, m.end)).toBe(m.text);
      expect(body.slice(m.dateStart, m.dateEnd)).toBe(m.dateText);
    }
  }
}

test('buildTimeline never throws and its output always validates against the schema', () => {
  let events = 0;
  fc.assert(
    fc.property(fc.array(input, { maxLength: 5 }), (inputs) => {
      const timeline = buildTimeline(inputs);
      events += timeline.events.length;
      checkTimeline(timeline, inputs);
    }),
    { numRuns: 100 },
  );
  // The generated sources must yield events, or the mention checks check nothing.
  expect(events).toBeGreaterThan(50);
});

test('merging gives the same timeline whatever the order of the sources', () => {
  const distinctFiles = fc.uniqueArray(input, { maxLength: 5, selector: (i) => i.file });
  const withOrder = distinctFiles.chain((inputs) => fc.tuple(fc.constant(inputs), fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length })));
  fc.assert(
    fc.property(withOrder, ([inputs, shuffled]) => {
      const options = { generatedAt: '2026-01-01T00:00:00.000Z' };
      expect(buildTimeline(shuffled, options)).toEqual(buildTimeline(inputs, options));
    }),
    { numRuns: 60 },
  );
});
