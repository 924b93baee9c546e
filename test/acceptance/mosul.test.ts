/** Acceptance on the two Mosul articles in data/ (issue 4), through the whole pipeline. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/model.ts';
import { buildTimeline } from '../../src/pipeline.ts';

const DATA = join(import.meta.dirname, '../../data');
const DAILY = 'dailycaller-2017-07-08-us-backed-forces-victory-over-isis';
const PATRIOT = 'americanpatriotdaily-us-big-win-in-iraq';

let timeline: Timeline;
beforeAll(() => {
  const inputs = readdirSync(DATA).filter((f) => /\.(md|txt)$/.test(f)).sort()
    .map((f) => ({ file: `data/${f}`, content: readFileSync(join(DATA, f)) }));
  timeline = buildTimeline(inputs, { generatedAt: '2026-01-01T00:00:00.000Z' });
});

/** The one event whose title has all these words (case-insensitive). */
function find(...words: string[]): TimelineEvent {
  const hits = timeline.events.filter((e) => words.every((w) => e.title.toLowerCase().includes(w.toLowerCase())));
  expect(hits.map((e) => e.title), `one event titled with ${words.join(' + ')}`).toHaveLength(1);
  return hits[0]!;
}

const sourcesOf = (e: TimelineEvent): string[] => [...new Set(e.mentions.map((m) => m.source))].sort();

describe('the Mosul timeline', () => {
  test('siege begins: October 2016, month', () => {
    const e = find('siege', 'Mosul');
    expect(e.title).toMatch(/^ISF (start|begin)/);
    expect([e.start, e.granularity, e.inferred]).toEqual(['2016-10', 'month', false]);
    expect(e.mentions[0]!.dateText).toBe('October');
  });

  test('east Mosul retaken: January 2017, end of month', () => {
    const e = find('retake', 'east Mosul');
    expect([e.start, e.granularity, e.qualifier, e.inferred]).toEqual(['2017-01', 'month', 'end', false]);
  });

  test('Mosul retaken: Saturday 2017-07-08, day, told by both articles', () => {
    const e = timeline.events.find((x) => /retake Mosul$/.test(x.title) && x.end === undefined)!;
    expect(e).toBeDefined();
    expect([e.start, e.granularity, e.inferred]).toEqual(['2017-07-08', 'day', false]);
    expect(sourcesOf(e)).toEqual([PATRIOT, DAILY].sort());
    expect(e.mentions.find((m) => m.source === DAILY)!.dateText).toBe('Saturday');
  });

  test('victory declared: July 2017, one event with mentions from both articles', () => {
    const e = find('victory', 'declared');
    expect([e.start, e.granularity, e.inferred]).toEqual(['2017-07', 'month', true]);
    expect(sourcesOf(e)).toEqual([PATRIOT, DAILY].sort());
  });

  test('al-Abadi travels to Mosul: Sunday 2017-07-09', () => {
    const e = find('al-Abadi', 'travels', 'Mosul');
    expect([e.start, e.granularity]).toEqual(['2017-07-09', 'day']);
  });

  test('ISIS seizes Mosul: 2014, year', () => {
    const e = find('seizes', 'Mosul');
    expect([e.start, e.granularity, e.inferred]).toEqual(['2014', 'year', false]);
    expect(e.mentions[0]!.text).toContain('seized by the terrorist group in 2014');
  });

  test('the nine-month operation: about 2016-10 to 2017-07, in both articles', () => {
    const e = timeline.events.find((x) => x.end !== undefined && /operation|effort/i.test(x.title))!;
    expect(e).toBeDefined();
    expect([e.start, e.end, e.granularity, e.qualifier]).toEqual(['2016-10', '2017-07', 'month', 'approx']);
    expect(sourcesOf(e)).toEqual([PATRIOT, DAILY].sort());
  });

  test('nothing before 2014 or after July 2017', () => {
    for (const e of timeline.events) {
      expect(e.start >= '2014', e.title).toBe(true);
      expect((e.end ?? e.start).slice(0, 7) <= '2017-07', e.title).toBe(true);
    }
  });

  test('nothing from site furniture, present references, quotes or the future', () => {
    const furniture = /font size|follow|twitter|tips|licensing|logo|reuters|all content|national security|comments/i;
    for (const e of timeline.events) {
      for (const m of e.mentions) {
        expect(m.text, e.title).not.toMatch(furniture);
        expect(m.text, e.title).not.toMatch(/^“|will come|to date|for now|currently|every day/i);
      }
    }
  });

  test('nothing false: every event is one of the happenings the articles report', () => {
    const reported = [
      /seizes Mosul/, /siege of Mosul/, /retake east Mosul/, /retake Mosul$/, /declared/, /travels to Mosul/,
      /^(Operation|Efforts?) to retake/, /congratulates soldiers/, /celebrates big win/, /clear|take out/i,
    ];
    for (const e of timeline.events) expect(reported.some((r) => r.test(e.title)), e.title).toBe(true);
  });

  test('every title is short and no title repeats its sentence', () => {
    for (const e of timeline.events) {
      expect(e.title.split(' ').length, e.title).toBeLessThanOrEqual(12);
      expect(e.title).not.toBe(e.mentions[0]!.text);
      expect(e.title).toMatch(/^\p{Lu}/u);
    }
  });

  test('mention offsets slice the source body', () => {
    const bodies = new Map(timeline.sources.map((s) => [s.id, s.text ?? '']));
    for (const e of timeline.events) {
      for (const m of e.mentions) {
        const body = bodies.get(m.source)!;
        expect(body.slice(m.start, m.end)).toBe(m.text);
        expect(body.slice(m.dateStart, m.dateEnd)).toBe(m.dateText);
      }
    }
  });

  test('the undated article gets an inferred reference date, flagged, with a warning', () => {
    const s = timeline.sources.find((x) => x.id === PATRIOT)!;
    expect(s.referenceDateOrigin).toBe('inferred');
    expect(s.referenceDate).toBe('2017-07-09');
    const d = timeline.diagnostics.find((x) => x.file === `data/${PATRIOT}.md` && x.severity === 'warning' && /inferred/.test(x.message));
    expect(d?.message).toContain(`data/${DAILY}.md`);
    const dated = timeline.sources.find((x) => x.id === DAILY)!;
    expect([dated.referenceDate, dated.referenceDateOrigin]).toEqual(['2017-07-09', 'dateModified']);
  });

  test('the same timeline whatever the order of the files', () => {
    const inputs = readdirSync(DATA).filter((f) => /\.(md|txt)$/.test(f)).sort().reverse()
      .map((f) => ({ file: `data/${f}`, content: readFileSync(join(DATA, f)) }));
    expect(buildTimeline(inputs, { generatedAt: '2026-01-01T00:00:00.000Z' })).toEqual(timeline);
  });
});
