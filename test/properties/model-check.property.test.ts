import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkTimeline } from '../../src/model-check.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import { schemaErrors } from './validate-timeline.ts';

const base = buildTimeline([
  { file: 'data/a.md', content: '---\ndatePublished: 2017-07-09\n---\nIraqi forces retook Mosul on 9 July 2017. The offensive began in October 2016.\n' },
  { file: 'data/b.txt', content: 'ISIS seized the city in June 2014. By the end of January, east Mosul was retaken.\n' },
], { generatedAt: '2026-01-01T00:00:00.000Z' });

/** Replace the value at a random path of a JSON value with a random JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [step, ...rest] = path;
  const i = step! % entries.length;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[entries[i]![0]] = mutate(entries[i]![1], rest, replacement);
  return copy;
}

test('checkTimeline never throws on any JSON, and what it keeps always validates against the schema', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const { timeline, problems } = checkTimeline(value);
      if (timeline) expect(schemaErrors(timeline).join('; ')).toBe('');
      else expect(problems.length).toBeGreaterThan(0);
    }),
    { numRuns: 500 },
  );
});

test('a timeline damaged in one place keeps everything else, and says what it dropped', () => {
  expect(base.events.length).toBeGreaterThan(1);
  fc.assert(
    fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (path, replacement) => {
      const damaged = mutate(JSON.parse(JSON.stringify(base)), path, replacement);
      const { timeline, problems } = checkTimeline(damaged);
      if (!timeline) return;
      expect(schemaErrors(timeline).join('; ')).toBe('');
      // Damage inside one event costs at most that event; damage outside events and sources costs none.
      const top = Object.keys(base)[path[0]! % Object.keys(base).length];
      const lost = base.events.length - timeline.events.length;
      if (top === 'events' && path.length > 1) expect(lost).toBeLessThanOrEqual(1);
      if (top !== 'events' && top !== 'sources') expect(lost).toBe(0);
      // (A whole events list replaced by another list is a valid timeline, not damage.)
      if (lost > 0 && !(top === 'events' && path.length === 1)) expect(problems.length).toBeGreaterThan(0);
    }),
    { numRuns: 500 },
  );
});
