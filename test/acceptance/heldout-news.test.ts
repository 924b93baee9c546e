/**
 * Held-out news: short real-world stories (test/acceptance/fixtures/news) written after the rules,
 * from every desk (wire, disaster, court, vote, deal, sport, space, obituary, conflict, a feature
 * with flashbacks). Each lists the happenings a careful reader dates from the story alone, and what
 * must not become an event. An expectation the extractor does not meet yet is marked with the
 * cause (`open`): it runs as a test that must fail, so meeting it is noticed and the mark removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/model.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import { STORIES } from './heldout-news.data.ts';

const DIR = join(import.meta.dirname, 'fixtures/news');

function build(file: string): Timeline {
  return buildTimeline([{ file, content: readFileSync(join(DIR, file)) }], { generatedAt: '2026-01-01T00:00:00.000Z' });
}

/** The one event whose title holds all the words (null when none or several). */
function findOne(t: Timeline, words: string[]): TimelineEvent | null {
  const hits = t.events.filter((e) => words.every((w) => e.title.toLowerCase().includes(w)));
  return hits.length === 1 ? hits[0]! : null;
}

function dated(e: TimelineEvent, at: string): boolean {
  return at.endsWith('*') ? e.start.startsWith(at.slice(0, -1)) : `${e.start} ${e.granularity}` === at;
}

for (const story of STORIES) {
  describe(story.file, () => {
    const t = build(story.file);
    const titles = (): string => t.events.map((e) => `${e.start} ${e.granularity} ${e.title}`).join(' | ');
    for (const x of story.expected) {
      const check = (): void => {
        const e = findOne(t, x.words);
        expect(e, `one event titled with ${x.words.join(' + ')} in ${titles()}`).not.toBeNull();
        expect(`${e!.start} ${e!.granularity}`, e!.title).toSatisfy((s: string) => dated(e!, x.at) || s === x.at);
      };
      if (x.open) test.fails(`${x.words.join(' ')} (${x.at}) — open: ${x.open}`, check);
      else test(`${x.words.join(' ')} (${x.at})`, check);
    }
    test('titles are short', () => {
      for (const e of t.events) expect(e.title.split(' ').length, e.title).toBeLessThanOrEqual(12);
    });
    const never = (): void => {
      for (const e of t.events) expect(e.title, titles()).not.toMatch(story.never);
    };
    const name = `no furniture, plan, state or quote is an event (${story.never.source})`;
    if (story.neverOpen) test.fails(`${name} — open: ${story.neverOpen}`, never);
    else test(name, never);
  });
}
