import { describe, expect, test } from 'vitest';
import { MODEL_VERSION, type Diagnostic, type Mention, type Source, type Timeline, type TimelineEvent } from './model.ts';
import { checkTimeline, ISO_DATE } from './model-check.ts';
import { schemaErrors, timelineSchema } from '../test/properties/validate-timeline.ts';

const mention = { source: 'a', text: 'Mosul fell in June 2014.', start: 0, end: 24, dateText: 'June 2014', dateStart: 14, dateEnd: 23, timex: '2014-06' };
const good: Timeline = {
  version: MODEL_VERSION,
  generatedAt: '2026-11-21T12:00:00.000Z',
  sources: [{ id: 'a', file: 'data/a.md', referenceDateOrigin: 'datePublished', datePublished: '2017-07-08', referenceDate: '2017-07-08', url: 'https://example.com/a', text: 'Mosul fell in June 2014.' }],
  events: [
    { id: 'e1', title: 'Mosul fell', start: '2014-06', granularity: 'month', inferred: false, mentions: [mention] },
    { id: 'e2', title: 'Siege', start: '2016-10-17', end: '2017-07-09', granularity: 'day', qualifier: 'approx', inferred: true, conflict: true, mentions: [mention] },
    { id: 'e3', title: 'At noon', start: '2017-07-09T12:00', granularity: 'time', inferred: false, mentions: [mention] },
  ],
  diagnostics: [{ file: 'data/a.md', line: 3, severity: 'warning', message: 'something' }],
};

/** Keys a type requires (not optional), so the schema's `required` lists can be checked against the model. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Every key of T, listed once; the compiler fails when the model gains or loses one. */
function keysOf<T>() {
  return <const K extends readonly (keyof T)[]>(keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : never)) => [...keys].sort();
}
function requiredOf<T>() {
  return <const K extends readonly RequiredKeys<T>[]>(keys: K & ([Exclude<RequiredKeys<T>, K[number]>] extends [never] ? unknown : never)) => [...keys].sort();
}

const MODEL_SHAPES = {
  Source: {
    keys: keysOf<Source>()(['id', 'file', 'headline', 'author', 'publisher', 'url', 'datePublished', 'dateModified', 'referenceDate', 'referenceDateOrigin', 'text', 'local']),
    required: requiredOf<Source>()(['id', 'file', 'referenceDateOrigin']),
  },
  TimelineEvent: {
    keys: keysOf<TimelineEvent>()(['id', 'title', 'start', 'end', 'granularity', 'qualifier', 'inferred', 'mentions', 'conflict']),
    required: requiredOf<TimelineEvent>()(['id', 'title', 'start', 'granularity', 'inferred', 'mentions']),
  },
  Mention: {
    keys: keysOf<Mention>()(['source', 'text', 'start', 'end', 'dateText', 'dateStart', 'dateEnd', 'timex']),
    required: requiredOf<Mention>()(['source', 'text', 'start', 'end', 'dateText', 'dateStart', 'dateEnd']),
  },
  Diagnostic: {
    keys: keysOf<Diagnostic>()(['file', 'line', 'severity', 'message']),
    required: requiredOf<Diagnostic>()(['file', 'severity', 'message']),
  },
  Timeline: {
    keys: keysOf<Timeline>()(['version', 'generatedAt', 'sources', 'events', 'diagnostics']),
    required: requiredOf<Timeline>()(['version', 'generatedAt', 'sources', 'events', 'diagnostics']),
  },
};

describe('schema/timeline.schema.json', () => {
  test.each(Object.entries(MODEL_SHAPES))('%s has the same keys, and the same required keys, as src/model.ts', (name, shape) => {
    const def = (name === 'Timeline' ? timelineSchema : (timelineSchema.$defs as Record<string, unknown>)[name]) as { properties: object; required: string[] };
    expect(Object.keys(def.properties).sort()).toEqual(shape.keys);
    expect([...def.required].sort()).toEqual(shape.required);
  });

  test('matches the model version and accepts a full timeline', () => {
    expect((timelineSchema.properties as { version: { const: number } }).version.const).toBe(MODEL_VERSION);
    expect(schemaErrors(good)).toEqual([]);
  });

  test.each([
    ['wrong version', { ...good, version: 2 }, '/version'],
    ['missing events', { ...good, events: undefined }, "required property 'events'"],
    ['impossible month', { ...good, events: [{ ...good.events[0]!, start: '2017-13' }] }, '/events/0/start'],
    ['bad granularity', { ...good, events: [{ ...good.events[0]!, granularity: 'week' }] }, '/events/0/granularity'],
    ['unknown event field', { ...good, events: [{ ...good.events[0]!, colour: 'red' }] }, 'additional properties'],
    ['negative offset', { ...good, events: [{ ...good.events[0]!, mentions: [{ ...mention, start: -1 }] }] }, '/events/0/mentions/0/start'],
    ['javascript: url', { ...good, sources: [{ ...good.sources[0]!, url: 'javascript:alert(1)' }] }, '/sources/0/url'],
    ['bad severity', { ...good, diagnostics: [{ file: 'a', severity: 'info', message: 'x' }] }, '/diagnostics/0/severity'],
    ['line 0', { ...good, diagnostics: [{ file: 'a', line: 0, severity: 'error', message: 'x' }] }, '/diagnostics/0/line'],
    ['generatedAt not a date-time', { ...good, generatedAt: 'yesterday' }, '/generatedAt'],
    ['reference date with time', { ...good, sources: [{ ...good.sources[0]!, referenceDate: '2017-07-08T10:00' }] }, '/sources/0/referenceDate'],
  ])('rejects %s', (_name, value, where) => {
    expect(schemaErrors(value).join('\n')).toContain(where);
  });
});

describe('checkTimeline', () => {
  test('a valid timeline comes back whole, with no problems, and validates', () => {
    const { timeline, problems } = checkTimeline(JSON.parse(JSON.stringify(good)));
    expect(problems).toEqual([]);
    expect(timeline).toEqual(good);
  });

  test('not a timeline at all: null and a reason', () => {
    expect(checkTimeline('<html>')).toEqual({ timeline: null, problems: ['the data is a string, not a timeline object'] });
    expect(checkTimeline(null).timeline).toBeNull();
    expect(checkTimeline([good]).problems[0]).toMatch(/a list/);
    expect(checkTimeline({ ...good, version: 2 }).problems[0]).toMatch(/version 2.*reads version 1/);
  });

  test('salvages the valid events and sources, saying what was dropped and why', () => {
    const broken = {
      ...good,
      sources: [good.sources[0], { file: 'x.md' }, 'nope'],
      events: [
        good.events[0],
        { ...good.events[1], start: '2017-02-30x' },
        { ...good.events[2], granularity: 'fortnight' },
        { id: 'e4', start: '2017' },
        { ...good.events[0], title: 'duplicate id' },
        { ...good.events[2], id: 'e5', mentions: [{ source: 'a' }] },
        42,
      ],
      diagnostics: [good.diagnostics[0], { message: 'no file' }],
    };
    const { timeline, problems } = checkTimeline(broken);
    expect(timeline!.events.map((e) => e.id)).toEqual(['e1']);
    expect(timeline!.sources).toHaveLength(1);
    expect(timeline!.diagnostics).toHaveLength(1);
    expect(problems).toEqual([
      'source 2 dropped: it has no id',
      'source 3 dropped: it is a string',
      'event "e2" dropped: its start "2017-02-30x" is not an ISO 8601 date',
      'event "e3" dropped: its granularity "fortnight" is not year, month, day or time',
      'event "e4" dropped: it has no title',
      'event "e1" dropped: its id is used twice',
      'event "e5" dropped: none of its mentions is valid',
      'event 7 dropped: it is a number',
      'a diagnostic without file, severity and message was dropped',
    ]);
    expect(schemaErrors(timeline)).toEqual([]);
  });

  test('mentions pointing past their source text are dropped', () => {
    const short = { ...good, sources: [{ ...good.sources[0]!, text: 'Mosul' }] };
    const { timeline, problems } = checkTimeline(short);
    expect(timeline!.events).toEqual([]);
    expect(problems[0]).toBe('event "e1" dropped: none of its mentions is valid');
  });

  test('values that cannot be turned into text are quoted as JSON or named, never thrown on', () => {
    // {"toString": null} is valid JSON, and String() throws on it.
    const hostile = { toString: null };
    expect(checkTimeline({ ...good, version: hostile }).problems).toEqual(['the data is timeline version {"toString":null}; this element reads version 1']);
    const { timeline, problems } = checkTimeline({ ...good, generatedAt: hostile, events: [{ ...good.events[0], start: hostile }] });
    expect(timeline!.events).toEqual([]);
    expect(problems).toEqual([
      'event "e1" dropped: its start {"toString":null} is not an ISO 8601 date',
      '"generatedAt" {"toString":null} is not an ISO 8601 date-time; ignored',
    ]);
    // Set from script rather than parsed from JSON: a cycle and a bigint.
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(checkTimeline({ ...good, version: cycle }).problems).toEqual(['the data is timeline version an object; this element reads version 1']);
    expect(checkTimeline({ ...good, events: [{ ...good.events[0], start: 10n }] }).problems).toEqual(['event "e1" dropped: its start a bigint is not an ISO 8601 date']);
  });

  test('a missing version or list is reported but the rest is kept', () => {
    const { timeline, problems } = checkTimeline({ events: good.events, sources: 'x' });
    expect(timeline!.events).toHaveLength(3);
    expect(problems).toEqual(['the data has no "version" (expected 1); read as version 1', '"sources" is a string, not a list; ignored']);
  });

  test('ISO_DATE agrees with the schema pattern', () => {
    const pattern = new RegExp((timelineSchema.$defs as Record<string, { pattern: string }>).IsoDate!.pattern);
    for (const d of ['2014', '2016-10', '2017-07-08', '2017-07-08T14:30', '2017-07-08T14:30:05.5Z', '-0044-03-15', '2017-7', '2017-07-08T25:00', '20170708', 'July']) {
      expect(ISO_DATE.test(d), d).toBe(pattern.test(d));
    }
  });
});
