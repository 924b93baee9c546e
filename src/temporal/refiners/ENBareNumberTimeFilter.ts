import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

const CLOCK_CUE = /:\d|(?<![a-z])[ap]\.?\s?m\b\.?|o'clock|\bnoon\b|\bmidnight\b|\b(?:UTC|GMT|[ECMP][SD]T|BST|CET)\b|\bmorning\b|\bevening\b|\bnight\b|\bafternoon\b|\btonight\b/i;

const THE_BEFORE = /\bthe\s+$/i;
const SERVICE_AFTER = /^\s+(?:service|train|flight|bus|coach|ferry|sailing|departure|shuttle|express)\b/i;

/**
 * A clock time needs a clock cue: "at 8" before "8.1%", "from 14 to 20 percent", "in the S&P" are
 * numbers that chrono's time parsers read as hours. Results with a time but no cue are dropped.
 */
export class ENBareNumberTimeFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      const hasTime = r.start.isCertain('hour') || r.start.isCertain('minute');
      if (!hasTime) return true;
      // "at 0600 local time", "at 1800 hours": ENUtcClockParser read the clock from its context.
      if (r.start.tags().has('parser/ENUtcClockParser')) return true;
      if (!CLOCK_CUE.test(r.text)) return false;
      // "The 07:01 service from London", "the 8:15 train": a departure's name, not when anything happened.
      return !(THE_BEFORE.test(context.text.slice(Math.max(0, r.index - 4), r.index)) && SERVICE_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 14)));
    });
  }
}
