import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/**
 * Runs one of chrono's own refiners on chrono's results only. Our annotated results (durations,
 * sets, PRESENT_REF…) carry no certain date components, which chrono's merging refiners would
 * read as "date only" and "time only" at once and glue to their neighbours ("over a year on Monday").
 */
export class ChronoResultsOnly implements Refiner {
  constructor(readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let count = 0;
    let sorted = true;
    for (let k = 0; k < results.length; k++) {
      const r = results[k]!;
      if (annotationOf(r.start)) count++;
      if (k > 0 && results[k - 1]!.index > r.index) sorted = false;
    }
    if (count === 0) return this.inner.refine(context, results);
    // None of chrono's: each of its refiners returns an empty list as it is. The list is the
    // caller's to replace, so a sorted one is returned as it is (a stable sort would not move it).
    if (count === results.length) return sorted ? results : [...results].sort(byIndex);
    const ours = results.filter((r) => annotationOf(r.start));
    const theirs = this.inner.refine(context, results.filter((r) => !annotationOf(r.start)));
    // Ours first: on a tie, chrono's overlap removal keeps the earlier one.
    return [...ours, ...theirs].sort(byIndex);
  }
}

const byIndex = (a: ParsingResult, b: ParsingResult): number => a.index - b.index;
