import { lowerBound, type TimelineIndex } from './timeline-index.ts';
import type { Ms } from './time.ts';

/**
 * The events overlapping [t0, t1] as a virtual list: spans that began earlier (`before`), then the
 * contiguous run of events starting inside the view. Row r maps to an index in O(1).
 */
export interface ListWindow {
  before: number[];
  lo: number;
  hi: number;
  length: number;
}

export function listWindow(index: TimelineIndex, t0: Ms, t1: Ms): ListWindow {
  const lo = lowerBound(index.start, t0);
  let hi = lowerBound(index.start, t1);
  while (hi < index.start.length && index.start[hi]! <= t1) hi++;
  const before: number[] = [];
  const from = lowerBound(index.start, t0 - index.maxSpan);
  for (let i = from; i < lo; i++) if (index.end[i]! > t0) before.push(i);
  return { before, lo, hi, length: before.length + hi - lo };
}

export function rowIndex(w: ListWindow, row: number): number {
  return row < w.before.length ? w.before[row]! : w.lo + row - w.before.length;
}

export function rowOf(w: ListWindow, i: number): number {
  if (i >= w.lo && i < w.hi) return w.before.length + i - w.lo;
  return w.before.indexOf(i);
}

