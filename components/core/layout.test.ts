import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Granularity, TimelineEvent } from '../../src/model.ts';
import { buildIndex } from './timeline-index.ts';
import { clusterMarks, layoutMarks } from './layout.ts';

const GRAN: Granularity[] = ['day', 'day', 'day', 'month', 'year', 'time'];

function events(specs: [number, number, number, number][]): TimelineEvent[] {
  return specs.map(([day, g, len, titleLen], i) => {
    const d = new Date(Date.UTC(2017, 0, 1) + day * 86_400_000).toISOString();
    const granularity = GRAN[g % GRAN.length]!;
    const start = granularity === 'year' ? d.slice(0, 4) : granularity === 'month' ? d.slice(0, 7) : granularity === 'time' ? d.slice(0, 16) : d.slice(0, 10);
    const mention = (source: string) => ({ source, text: 't', start: 0, end: 1, dateText: '', dateStart: 0, dateEnd: 0 });
    // One, two or three sources: corroborated events may take a row from less-reported ones.
    const e: TimelineEvent = { id: `e${i}`, title: 'x'.repeat(titleLen), start, granularity, inferred: false, mentions: [0, 1, 2].slice(0, 1 + (titleLen % 3)).map((k) => mention(`s${(i + k) % 3}`)) };
    if (granularity === 'day' && len) e.end = new Date(Date.UTC(2017, 0, 1) + (day + len) * 86_400_000).toISOString().slice(0, 10);
    return e;
  });
}

describe('layoutMarks', () => {
  test('a band too narrow for its label is labelled beside it; near the right edge, on its left, in full', () => {
    // Two month bands (January and December 2017) in a one-year view 600 px wide: each band is ~50 px.
    const ix = buildIndex({ version: 1, generatedAt: '', sources: [], diagnostics: [], events: [
      { id: 'a', title: 'x'.repeat(30), start: '2017-01', granularity: 'month', inferred: false, mentions: [] },
      { id: 'b', title: 'y'.repeat(30), start: '2017-12', granularity: 'month', inferred: false, mentions: [] },
    ] }, { lanes: 'none' });
    const view = { t0: Date.UTC(2017, 0, 1), t1: Date.UTC(2018, 0, 1), width: 600 };
    const [a, b] = layoutMarks(ix, [0, 1], view, 4, 6.6);
    expect(a!.band && b!.band).toBe(true);
    expect(a!.lx).toBeGreaterThanOrEqual(a!.gx1);
    expect(b!.lx + b!.lw).toBeLessThanOrEqual(b!.gx0);
    expect(b!.lw).toBeGreaterThanOrEqual(30 * 6.6);
  });

  test('in a crowded lane an event several sources report keeps its label; one source fewer goes bare', () => {
    const mention = (source: string) => ({ source, text: 't', start: 0, end: 1, dateText: '', dateStart: 0, dateEnd: 0 });
    const ev = (id: string, start: string, sources: string[]): TimelineEvent => ({ id, title: `Happening ${id} told at length`, start, granularity: 'day', inferred: false, mentions: sources.map(mention) });
    // Three events a day apart in a 600 px view of a month: their labels collide; two label rows (3 rows).
    const ix = buildIndex({ version: 1, generatedAt: '', sources: [], diagnostics: [], events: [
      ev('a', '2017-07-08', ['x']),
      ev('b', '2017-07-09', ['x']),
      ev('c', '2017-07-10', ['x', 'y']),
    ] }, { lanes: 'none' });
    const view = { t0: Date.UTC(2017, 6, 1), t1: Date.UTC(2017, 7, 1), width: 600 };
    const marks = layoutMarks(ix, [0, 1, 2], view, 3, 6.6);
    const byId = (id: string) => marks.find((m) => ix.events[m.i]!.id === id)!;
    expect(byId('c').lw).toBeGreaterThan(0);
    expect(byId('c').row).toBeLessThan(2);
    expect([byId('a'), byId('b')].filter((m) => m.lw === 0 && m.row === 2)).toHaveLength(1);
  });

  test('labels never overlap one another, nor a glyph in their row, whatever the events and the view (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.nat(), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 80 })), { maxLength: 120 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<'none' | 'source'>('none', 'source'),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 5, max: 500 }),
        (specs, width, rows, lanes, from, days) => {
          const ix = buildIndex({ version: 1, generatedAt: '', sources: [], events: events(specs), diagnostics: [] }, { lanes });
          const t0 = Date.UTC(2017, 0, 1) + from * 86_400_000;
          const view = { t0, t1: t0 + days * 86_400_000, width };
          const all = Array.from({ length: ix.events.length }, (_, i) => i);
          const marks = layoutMarks(ix, all, view, rows, 6.6);
          const labelled = marks.filter((m) => m.lw > 0);
          for (const m of labelled) {
            expect(m.lx).toBeGreaterThanOrEqual(-0.001);
            expect(m.lx + m.lw).toBeLessThanOrEqual(width + 0.001);
            for (const o of marks) {
              if (o === m || o.lane !== m.lane || o.row !== m.row) continue;
              const hitsLabel = o.lw > 0 && o.lx < m.lx + m.lw && m.lx < o.lx + o.lw;
              const hitsGlyph = o.gx0 < m.lx + m.lw && m.lx < o.gx1;
              expect(hitsLabel, `labels of ${m.i} and ${o.i} overlap`).toBe(false);
              expect(hitsGlyph, `label of ${m.i} covers the glyph of ${o.i}`).toBe(false);
            }
          }
          // Every visible event is laid out (labelled or not): nothing silently dropped.
          const visible = all.filter((i) => ix.end[i]! >= view.t0 && ix.start[i]! <= view.t1);
          expect(marks.map((m) => m.i).sort((a, b) => a - b)).toEqual(visible);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('clusterMarks', () => {
  test('clusters count every visible event exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.nat(), fc.integer({ min: 0, max: 30 }), fc.constant(5)), { maxLength: 300 }), fc.integer({ min: 100, max: 3000 }), (specs, width) => {
        const ix = buildIndex({ version: 1, generatedAt: '', sources: [], events: events(specs), diagnostics: [] }, { lanes: 'source' });
        const view = { t0: Date.UTC(2017, 1, 1), t1: Date.UTC(2017, 9, 1), width };
        const visible = Array.from({ length: ix.events.length }, (_, i) => i).filter((i) => ix.end[i]! >= view.t0 && ix.start[i]! <= view.t1).length;
        const clusters = clusterMarks(ix, 0, ix.events.length, view, 56);
        expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(visible);
        for (const c of clusters) expect(c.x).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
