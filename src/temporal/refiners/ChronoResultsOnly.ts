import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/**
 * Runs chrono's own refiners, in turn, on chrono's results only. Our annotated results (durations,
 * sets, PRESENT_REF…) carry no certain date components, which chrono's merging refiners would
 * read as "date only" and "time only" at once and glue to their neighbours ("over a year on Monday").
 *
 * Several refiners in one wrapper do what a wrapper per refiner did, with one look at the list
 * when none of its results is ours (chrono's refiners make no annotated result out of unannotated
 * ones, so none appears later) or all of them are (each wrapper would return the sorted list).
 */
export class ChronoResultsOnly implements Refiner {
  readonly inners: readonly Refiner[];

  constructor(...inners: Refiner[]) {
    this.inners = inners;
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const count = ourCount(results);
    if (count === 0) {
      let out = results;
      for (let k = 0; k < this.inners.length; k++) out = this.inners[k]!.refine(context, out);
      return out;
    }
    // None of chrono's: each of its refiners returns an empty list as it is. The list is the
    // caller's to replace, so a sorted one is returned as it is (a stable sort would not move it).
    if (count === results.length) return isSorted(results) ? results : [...results].sort(byIndex);
    let out = results;
    for (let k = 0; k < this.inners.length; k++) out = refineTheirs(context, this.inners[k]!, out);
    return out;
  }
}

/** One refiner on chrono's results of a list holding ours too; ours first on a tie (chrono's overlap removal keeps the earlier one). */
function refineTheirs(context: ParsingContext, inner: Refiner, results: ParsingResult[]): ParsingResult[] {
  const count = ourCount(results);
  if (count === 0) return inner.refine(context, results);
  if (count === results.length) return isSorted(results) ? results : [...results].sort(byIndex);
  const ours = results.filter((r) => annotationOf(r.start));
  const theirs = inner.refine(context, results.filter((r) => !annotationOf(r.start)));
  return [...ours, ...theirs].sort(byIndex);
}

function ourCount(results: ParsingResult[]): number {
  let count = 0;
  for (let k = 0; k < results.length; k++) if (annotationOf(results[k]!.start)) count++;
  return count;
}

function isSorted(results: ParsingResult[]): boolean {
  for (let k = 1; k < results.length; k++) if (results[k - 1]!.index > results[k]!.index) return false;
  return true;
}

const byIndex = (a: ParsingResult, b: ParsingResult): number => a.index - b.index;
