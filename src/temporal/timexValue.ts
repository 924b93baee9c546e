import type { ParsedResult } from 'chrono-node';
import { annotationOf, type TimexInfo } from './annotation.ts';
import { componentsValue } from './value.ts';

const UTC = /\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)|\d{4}Z\b/;

/** Readings fixed by the last refiner (ENNarrativeRefiner), so tag() need not compute them again (null: none). */
const SETTLED = Symbol('settled timex');
type Settled = { [SETTLED]?: TimexInfo | null };

/** Records the final reading of a result; later calls to `timexOf` return it. */
export function settleTimex(result: ParsedResult, info: TimexInfo | undefined): void {
  (result as Settled)[SETTLED] = info ?? null;
}

/** The TIMEX3 reading of a refined chrono result: our annotation, else chrono's components at their granularity. */
export function timexOf(result: ParsedResult, hasReference: boolean): TimexInfo | undefined {
  const known = (result as Settled)[SETTLED];
  if (known !== undefined) return known ?? undefined;
  const own = annotationOf(result.start);
  if (own) return own;
  const c = result.start;
  let value = componentsValue(c);
  if (!value) return undefined;
  // Without a reference date, an implied year is a guess: leave it unresolved ("Monday" → XXXX-WXX-1).
  if (!hasReference && !c.isCertain('year')) {
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      const weekday = c.get('weekday') ?? 0;
      value = `XXXX-WXX-${weekday === 0 ? 7 : weekday}${value.slice(10)}`;
    } else value = `XXXX${value.slice(4)}`;
  } else if (!hasReference && !yearWritten(result.text, value.slice(0, 4))) {
    // "yesterday", "today at 3pm": chrono counted them from its stand-in instant, not from the text.
    value = value.replace(/^\d{4}(-\d{2})?(-\d{2})?/, (_all, month?: string, day?: string) => `XXXX${month ? '-XX' : ''}${day ? '-XX' : ''}`);
  }
  if (value.includes('T')) {
    // A time stated in UTC/GMT is written with Z, as TimeML does.
    if (UTC.test(result.text)) value += 'Z';
    return { type: 'TIME', value };
  }
  return { type: 'DATE', value };
}

/** True when `text` writes the year `year` (four digits): in full, or as "'58". */
function yearWritten(text: string, year: string): boolean {
  return text.includes(year) || text.includes(`'${year.slice(2)}`) || text.includes(`’${year.slice(2)}`);
}
