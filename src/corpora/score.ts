import type { TimexType } from '../temporal/types.ts';

/** What the scorer needs of an annotation, gold or system. */
export interface ScoredTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  /** One-to-one matches whose extents overlap. */
  relaxed: number;
  /** Matches with exactly the same extent. */
  strict: number;
  /** Relaxed matches whose value is the gold value. */
  valueCorrect: number;
  /** Relaxed matches whose type is the gold type. */
  typeCorrect: number;
}

export interface Miss {
  kind: 'missed' | 'spurious' | 'wrong value';
  gold?: ScoredTimex;
  system?: ScoredTimex;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, relaxed: 0, strict: 0, valueCorrect: 0, typeCorrect: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    valueCorrect: a.valueCorrect + b.valueCorrect,
    typeCorrect: a.typeCorrect + b.typeCorrect,
  };
}

/**
 * Pairs gold and system annotations one to one by overlapping extent (TempEval-3 relaxed match),
 * preferring the pair with the largest overlap.
 */
export function matchTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): [number, number][] {
  const candidates: { g: number; s: number; overlap: number; spill: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      // Extent difference: on equal overlap the closest extent wins ("2009" itself, not "from 2009 to 2011").
      if (overlap > 0) candidates.push({ g: gi, s: si, overlap, spill: (g.end - g.start) + (s.end - s.start) - 2 * overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.spill - b.spill || a.g - b.g || a.s - b.s);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    pairs.push([c.g, c.s]);
  }
  return pairs;
}

/** Counts one document's annotations (restricted beforehand to a type when scoring per type). */
export function scoreDocument(gold: readonly ScoredTimex[], system: readonly ScoredTimex[], misses?: Miss[]): Counts {
  const c = emptyCounts();
  c.gold = gold.length;
  c.system = system.length;
  const pairs = matchTimexes(gold, system);
  const matchedG = new Set<number>();
  const matchedS = new Set<number>();
  for (const [gi, si] of pairs) {
    const g = gold[gi]!;
    const s = system[si]!;
    matchedG.add(gi);
    matchedS.add(si);
    c.relaxed++;
    if (g.start === s.start && g.end === s.end) c.strict++;
    if (g.type === s.type) c.typeCorrect++;
    if (g.value === s.value) c.valueCorrect++;
    else misses?.push({ kind: 'wrong value', gold: g, system: s });
  }
  if (misses) {
    gold.forEach((g, i) => matchedG.has(i) || misses.push({ kind: 'missed', gold: g }));
    system.forEach((s, i) => matchedS.has(i) || misses.push({ kind: 'spurious', system: s }));
  }
  return c;
}

export interface Figures {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  /** Correct values over relaxed matches. */
  valueAccuracy: number;
  typeAccuracy: number;
  /** Correct values over system count (P) and gold count (R). */
  valueP: number;
  valueR: number;
  valueF1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(c: Counts): Figures {
  const strictP = ratio(c.strict, c.system);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.system);
  const relaxedR = ratio(c.relaxed, c.gold);
  const valueP = ratio(c.valueCorrect, c.system);
  const valueR = ratio(c.valueCorrect, c.gold);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1: f1(relaxedP, relaxedR),
    valueAccuracy: ratio(c.valueCorrect, c.relaxed),
    typeAccuracy: ratio(c.typeCorrect, c.relaxed),
    valueP,
    valueR,
    valueF1: f1(valueP, valueR),
  };
}

const TYPES: TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

export interface CorpusScore {
  all: Counts;
  byType: Record<TimexType, Counts>;
  misses: { file: string; miss: Miss }[];
}

/**
 * Scores a corpus: all expressions together, then per type (gold and system both restricted to
 * the type, so a DURATION tagged as a DATE counts as a miss in DURATION and spurious in DATE).
 */
export function scoreCorpus(docs: readonly { file: string; gold: readonly ScoredTimex[]; system: readonly ScoredTimex[] }[]): CorpusScore {
  let all = emptyCounts();
  const byType = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()])) as Record<TimexType, Counts>;
  const misses: { file: string; miss: Miss }[] = [];
  for (const d of docs) {
    const local: Miss[] = [];
    all = addCounts(all, scoreDocument(d.gold, d.system, local));
    for (const m of local) misses.push({ file: d.file, miss: m });
    for (const t of TYPES) {
      byType[t] = addCounts(byType[t], scoreDocument(d.gold.filter((g) => g.type === t), d.system.filter((s) => s.type === t)));
    }
  }
  return { all, byType, misses };
}

/** The TempEval-3 table, one row per type and one for all. */
export function formatTable(score: CorpusScore, title: string): string {
  const header = ['type', 'gold', 'sys', 'strict P', 'strict R', 'strict F1', 'relax P', 'relax R', 'relax F1', 'val acc', 'val P', 'val R', 'val F1'];
  const rows: string[][] = [];
  const row = (name: string, c: Counts): void => {
    const f = figures(c);
    const n = (x: number): string => x.toFixed(3);
    rows.push([name, String(c.gold), String(c.system), n(f.strictP), n(f.strictR), n(f.strictF1), n(f.relaxedP), n(f.relaxedR), n(f.relaxedF1), n(f.valueAccuracy), n(f.valueP), n(f.valueR), n(f.valueF1)]);
  };
  for (const t of TYPES) row(t, score.byType[t]);
  row('ALL', score.all);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [title, line(header), ...rows.map(line)].join('\n');
}
