import { ReferenceWithTimezone, type ParsingContext, type ParsingResult, type Refiner } from 'chrono-node';

/** chrono's TIMEZONE_NAME_PATTERN in ExtractTimezoneAbbrRefiner (2.10): the word right after a result. */
const SUFFIX = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const INSTANT = new Date(2000, 0, 1);
/** Whether chrono knows an abbreviation, by word (a few hundred 2-4 letter words occur). */
const known = new Map<string, boolean>();

function isKnown(abbreviation: string): boolean {
  let k = known.get(abbreviation);
  if (k === undefined) {
    // chrono resolves a reference's timezone with the same table (toTimezoneOffset): null when unknown.
    k = ReferenceWithTimezone.fromInput({ instant: INSTANT, timezone: abbreviation }).timezoneOffset !== null;
    if (known.size < 10000) known.set(abbreviation, k);
  }
  return k;
}

/**
 * chrono's ExtractTimezoneAbbrRefiner, run only when a result is followed by a timezone it knows.
 * For every other result it only works out the result's date and an options object before
 * finding the word after it ("in", "said") is no timezone, and leaves it as it is; most results
 * are followed by a short word. With timezone overrides, chrono always runs.
 */
export class TimezoneAbbrShortcut implements Refiner {
  constructor(readonly inner: Refiner & { timezoneOverrides?: Record<string, unknown> }) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (this.inner.timezoneOverrides !== undefined || context.option.timezones !== undefined) return this.inner.refine(context, results);
    for (const r of results) {
      const m = SUFFIX.exec(context.text.substring(r.index + r.text.length));
      if (m && isKnown((m[1] ?? '').toUpperCase())) return this.inner.refine(context, results);
    }
    return results;
  }
}
