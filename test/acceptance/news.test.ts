/**
 * The same rules on other news: short real-world stories (test/acceptance/fixtures/news) checked
 * for the events a reader expects, their dates, and nothing from furniture, the future or the present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/model.ts';
import { buildTimeline } from '../../src/pipeline.ts';

const DIR = join(import.meta.dirname, 'fixtures/news');

function build(...files: string[]): Timeline {
  return buildTimeline(files.map((f) => ({ file: f, content: readFileSync(join(DIR, f)) })), { generatedAt: '2026-01-01T00:00:00.000Z' });
}

function find(t: Timeline, ...words: string[]): TimelineEvent {
  const hits = t.events.filter((e) => words.every((w) => e.title.toLowerCase().includes(w.toLowerCase())));
  expect(hits.map((e) => e.title), `one event titled with ${words.join(' + ')} in ${t.events.map((e) => e.title).join(' | ')}`).toHaveLength(1);
  return hits[0]!;
}

const when = (e: TimelineEvent): string => [e.start, e.end, e.granularity, e.qualifier, e.inferred ? 'inferred' : 'stated'].filter(Boolean).join(' ');

describe('an earthquake report', () => {
  const t = build('earthquake.md');
  test('the quake, its aftershock, the rescue, the emergency, the 1939 precedent', () => {
    expect(when(find(t, 'earthquake strikes', 'Turkey'))).toBe('2023-02-06 day stated');
    expect(when(find(t, 'tremor'))).toBe('2023-02-06 day inferred');
    expect(when(find(t, 'rescuers pull survivors'))).toBe('2023-02-07 day stated');
    expect(when(find(t, 'Erdogan declares state of emergency'))).toBe('2023-02-07 day stated');
    expect(when(find(t, 'earthquake', 'hits region'))).toBe('1939 year stated');
    // "in 1939, when some 30,000 people died": at the main clause's time.
    expect(when(find(t, '30,000 people die'))).toBe('1939 year inferred');
  });
  test('no byline, credit, call to follow, forecast or expectation', () => {
    expect(t.events).toHaveLength(6);
    for (const e of t.events) expect(e.mentions[0]!.text).not.toMatch(/Getty|Follow|Share|By Jane|will need|expected/);
  });
});

describe('a court verdict', () => {
  const t = build('verdict.md');
  test('the verdict on "Tuesday" (published Wednesday), custody the same day, the death a year before', () => {
    const verdict = find(t, 'jury finds', 'Chauvin guilty');
    expect(verdict.title).not.toMatch(/officer/);
    expect(when(verdict)).toBe('2021-04-20 day stated');
    expect(when(find(t, 'Chauvin taken into custody'))).toBe('2021-04-20 day inferred');
    expect(when(find(t, 'Floyd dies'))).toBe('2020-05-25 day stated');
  });
  test('an expectation and a refusal to comment are not events', () => {
    expect(t.events.some((e) => /sentenc|comment/i.test(e.title))).toBe(false);
  });
});

describe('a takeover', () => {
  const t = build('takeover.md');
  test('deal closed Thursday, firings after it, the April offer and the July walk-away', () => {
    expect(when(find(t, 'Musk completes', 'takeover of Twitter'))).toBe('2022-10-27 day stated');
    expect(when(find(t, 'Musk fires', 'Parag Agrawal'))).toBe('2022-10-27 day inferred');
    expect(when(find(t, 'offers to buy'))).toBe('2022-04 month stated');
    // "He" is the person the story named.
    expect(find(t, 'tries to walk away').title).toMatch(/^(Elon )?Musk /);
    expect(when(find(t, 'tries to walk away'))).toBe('2022-07 month stated');
  });
  test('the future, the present and habits are not events', () => {
    expect(t.events).toHaveLength(4);
    expect(t.events.some((e) => /private|employs|trading/i.test(e.title))).toBe(false);
  });
});

describe('an undated source', () => {
  const t = build('election-undated.txt');
  test('takes the latest date its text states as reference, with a warning naming the file', () => {
    expect(t.sources[0]).toMatchObject({ referenceDate: '2020-11-07', referenceDateOrigin: 'inferred' });
    const d = t.diagnostics.find((x) => x.severity === 'warning' && /inferred as 2020-11-07/.test(x.message));
    expect(d?.file).toBe('election-undated.txt');
    expect(when(find(t, 'Biden elected president'))).toBe('2020-11-07 day stated');
    expect(when(find(t, 'voters go to polls'))).toBe('2020-11-03 day stated');
    expect(t.events.some((e) => /sworn/i.test(e.title))).toBe(false);
  });
});

describe('two sources that disagree', () => {
  const t = build('kidal-friday.md', 'kidal-tuesday.md');
  test('one event, both mentions, flagged, with a warning naming both files', () => {
    const e = find(t, 'retake Kidal');
    expect(e.conflict).toBe(true);
    expect(e.mentions.map((m) => `${m.source}:${m.dateText}`).sort()).toEqual(['kidal-friday:Friday', 'kidal-tuesday:Tuesday']);
    const d = t.diagnostics.find((x) => /disagree/.test(x.message));
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('kidal-friday.md');
    expect(d?.message).toContain('kidal-tuesday.md');
    expect(d?.line).toBe(6);
  });
  test('"seized it in 2012" names what "it" is', () => {
    expect(when(find(t, 'rebels seize Kidal'))).toBe('2012 year stated');
  });
  test('agreeing sources give no conflict', () => {
    const alone = build('kidal-friday.md');
    expect(alone.events.every((e) => !e.conflict)).toBe(true);
    expect(alone.diagnostics.some((x) => /disagree/.test(x.message))).toBe(false);
  });
});

describe('a wire story with a dateline and a contributor line', () => {
  const t = build('senate.md');
  test('the vote with its purpose, and "nominated her" naming her; no credit line, no forecast', () => {
    expect(when(find(t, 'Senate votes', 'to confirm Amy Coney Barrett'))).toBe('2020-10-26 day stated');
    expect(when(find(t, 'Trump nominates Amy Coney Barrett'))).toBe('2020-09 month stated');
    // "days after Justice Ruth Bader Ginsburg died": counted from September, no finer.
    expect(when(find(t, 'Ruth Bader Ginsburg dies'))).toBe('2020-09 month inferred');
    expect(t.events).toHaveLength(3);
  });
});

describe('a flood report', () => {
  const t = build('flood.md');
  test('"last week" dates its month; an old flood keeps its own date; nothing after the reference date', () => {
    expect(when(find(t, 'rain causes', 'Elbe'))).toBe('2013-06 month stated');
    expect(when(find(t, 'flood hits region'))).toBe('2002-08 month stated');
    for (const e of t.events) expect(e.start <= '2013-06-10').toBe(true);
  });
});

describe('every story', () => {
  const all = build(...readdirSync(DIR));
  test('offsets slice the bodies and titles are headlines, not sentences', () => {
    const bodies = new Map(all.sources.map((s) => [s.id, s.text ?? '']));
    for (const e of all.events) {
      expect(e.title.split(' ').length, e.title).toBeLessThanOrEqual(12);
      for (const m of e.mentions) {
        expect(bodies.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toBe(e.title);
      }
    }
  });
});
