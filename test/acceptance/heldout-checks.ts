/**
 * The checks of a held-out news set (heldout-news.test.ts, heldout-news-2.test.ts): each expected
 * happening is one event with its date, titles are short, and nothing matching `never` is an
 * event. An expectation marked `open` runs as a test that must fail, so meeting it is noticed and
 * the mark removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/model.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import type { Story } from './heldout-news.data.ts';

/** The one event whose title holds all the words (null when none or several). */
function findOne(t: Timeline, words: string[]): TimelineEvent | null {
  const hits = t.events.filter((e) => words.every((w) => e.title.toLowerCase().includes(w)));
  return hits.length === 1 ? hits[0]! : null;
}

/** `at` is "start granularity" or a start prefix ending in '*'; alternatives split by '|' (a season: its year, or one of its months). */
function dated(e: TimelineEvent, at: string): boolean {
  return at.split('|').some((a) => (a.endsWith('*') ? e.start.startsWith(a.slice(0, -1)) : `${e.start} ${e.granularity}` === a));
}

export function describeHeldOut(stories: readonly Story[], dir: string, label: (file: string) => string): void {
  for (const story of stories) {
    describe(label(story.file), () => {
      const file = story.file;
      const t = buildTimeline([{ file, content: readFileSync(join(dir, file)) }], { generatedAt: '2026-01-01T00:00:00.000Z' });
      const titles = (): string => t.events.map((e) => `${e.start} ${e.granularity} ${e.title}`).join(' | ');
      for (const x of story.expected) {
        const check = (): void => {
          const e = findOne(t, x.words);
          expect(e, `one event titled with ${x.words.join(' + ')} in ${titles()}`).not.toBeNull();
          expect(`${e!.start} ${e!.granularity}`, e!.title).toSatisfy(() => dated(e!, x.at));
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
}
