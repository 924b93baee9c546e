import { describe, expect, test } from 'vitest';
import { figures, formatTable, scoreCorpus, scoreDocument, type Miss, type ScoredTimex } from './score.ts';

const t = (start: number, end: number, type: ScoredTimex['type'], value: string): ScoredTimex => ({ start, end, text: 'x'.repeat(end - start), type, value });

describe('TempEval-3 scoring', () => {
  const gold = [t(0, 10, 'DATE', '2017-07-08'), t(20, 30, 'DURATION', 'P9M'), t(40, 45, 'DATE', '2016-10')];
  const system = [t(0, 10, 'DATE', '2017-07-08'), t(23, 30, 'DURATION', 'P8M'), t(60, 65, 'DATE', '2017')];

  test('counts strict, relaxed and value matches one to one', () => {
    const misses: Miss[] = [];
    const c = scoreDocument(gold, system, misses);
    expect(c).toEqual({ gold: 3, system: 3, relaxed: 2, strict: 1, valueCorrect: 1, typeCorrect: 2 });
    expect(misses.map((m) => m.kind).sort()).toEqual(['missed', 'spurious', 'wrong value']);
  });

  test('figures: P, R, F1, value accuracy over relaxed matches, value F1', () => {
    const f = figures(scoreDocument(gold, system));
    expect(f.relaxedP).toBeCloseTo(2 / 3);
    expect(f.relaxedR).toBeCloseTo(2 / 3);
    expect(f.strictF1).toBeCloseTo(1 / 3);
    expect(f.valueAccuracy).toBeCloseTo(1 / 2);
    expect(f.valueP).toBeCloseTo(1 / 3);
    expect(f.valueF1).toBeCloseTo(1 / 3);
  });

  test('a system annotation overlapping two gold ones matches only one', () => {
    const c = scoreDocument([t(0, 5, 'DATE', 'a'), t(6, 10, 'DATE', 'b')], [t(0, 10, 'DATE', 'b')]);
    expect(c.relaxed).toBe(1);
  });

  test('on equal overlap the system annotation of the closest extent is the match: the year itself, not the range around it', () => {
    // "from 2009 to 2011": gold has each year; the system has the range (listed first) and each year.
    const gold2 = [t(5, 9, 'DATE', '2009'), t(13, 17, 'DATE', '2011')];
    const system2 = [t(0, 17, 'DURATION', 'P2Y'), t(5, 9, 'DATE', '2009'), t(13, 17, 'DATE', '2011')];
    const misses: Miss[] = [];
    expect(scoreDocument(gold2, system2, misses)).toEqual({ gold: 2, system: 3, relaxed: 2, strict: 2, valueCorrect: 2, typeCorrect: 2 });
    expect(misses.map((m) => m.kind)).toEqual(['spurious']);
  });

  test('per type rows restrict gold and system to the type', () => {
    const s = scoreCorpus([{ file: 'a', gold, system }]);
    expect(s.byType.DURATION).toMatchObject({ gold: 1, system: 1, relaxed: 1, valueCorrect: 0 });
    expect(s.byType.DATE).toMatchObject({ gold: 2, system: 2, relaxed: 1, valueCorrect: 1 });
    expect(formatTable(s, 'title').split('\n')).toHaveLength(7);
    expect(figures(s.byType.SET).relaxedF1).toBe(0);
  });
});
