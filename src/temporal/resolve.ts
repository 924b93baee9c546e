import type { ParsingContext } from 'chrono-node';
import { addDays, type Day, weekdayOf } from './calendar.ts';
import { tenseAround, type Tense } from './tense.ts';

export function tenseOf(context: ParsingContext, index: number, length: number): Tense {
  return tenseAround(context.text, index, index + length);
}

/**
 * The year of a period that recurs each year (a month, a season, a quarter), given the first and
 * last month it covers: past narration takes the latest one begun by the reference date, future
 * the next one not yet over, the present the reference year.
 */
export function yearFor(ref: Day, firstMonth: number, lastMonth: number, tense: Tense): number {
  if (tense === 'past') return firstMonth <= ref.month ? ref.year : ref.year - 1;
  if (tense === 'future') return lastMonth >= ref.month ? ref.year : ref.year + 1;
  return ref.year;
}

/** A weekday (0 = Sunday) said without a date: the last one on or before the reference in past narration, the next one after it in the future. */
export function dayForWeekday(ref: Day, weekday: number, tense: Tense, strict = false): Day {
  const diff = weekday - weekdayOf(ref);
  // A bare weekday named on that very weekday is the day itself, in either tense (news style names
  // days, not "today"); "next Friday" and "last Friday" (strict) never mean the reference day.
  if (tense === 'future') return addDays(ref, diff > 0 || (diff === 0 && !strict) ? diff : diff + 7);
  if (tense === 'past') return addDays(ref, diff < 0 || (diff === 0 && !strict) ? diff : diff - 7);
  // Present: within the week around the reference.
  return addDays(ref, diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff);
}
