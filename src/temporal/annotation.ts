import type { ParsedComponents, ParsingComponents, ParsingResult } from 'chrono-node';
import type { TimexMod, TimexType } from './types.ts';

/** "the same period last year": the time in force at `unit` (a period: the last date of the sentence), `years` years off. */
export interface SamePeriodAnaphor {
  unit: 'day' | 'week' | 'month' | 'quarter' | 'period';
  shift: 0;
  years: number;
}

/** "that summer", "the following spring": a season counted from the time in force (`shift` seasons of that name on). */
export interface SeasonAnaphor {
  unit: 'season';
  season: 'SP' | 'SU' | 'FA' | 'WI';
  shift: -1 | 0 | 1;
  years?: undefined;
  /** "the summer" (no "that"): the season of the year in force only when that is not the reference's; else the value parsed stands. */
  bare?: boolean;
}

/** What one of our parsers or refiners decided about a result, beyond chrono's date components. */
export interface TimexInfo {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  beginPoint?: string;
  endPoint?: string;
  /**
   * Resolved from the time in force in the narrative (see ENNarrativeRefiner): that unit, shifted
   * (minutes: from the clock time in force; `monthName`: "the following February", the first
   * February after the month in force, or before it with a negative shift; `distance`: "a year
   * later", a length of time from it, not "the following year").
   */
  anaphor?: { unit: 'day' | 'week' | 'month' | 'year' | 'decade' | 'minute'; shift: number; years?: undefined; part?: 'MO' | 'AF' | 'EV' | 'NI'; monthName?: number; distance?: boolean } | SamePeriodAnaphor | SeasonAnaphor;
  /** A holiday told in the past without a year ("over Labor Day weekend"): its value in another year, for a year the sentence told before it. */
  holiday?: (year: number) => string;
  /** The two ends of a span ("from 2009 to 2011"), tagged as DATEs of their own too (offsets in the parsed text). */
  parts?: { index: number; text: string; type: TimexType; value: string }[];
}

// Kept on the start components: chrono's range merge keeps that object, so the annotation survives
// it, and chrono's clone() copies no symbol. A symbol property, not a WeakMap: cheaper to read and
// set, and no ephemeron table for the garbage collector to trace.
const ANNOTATION = Symbol('timex annotation');
type Annotated = { [ANNOTATION]?: TimexInfo };

export function annotate(result: ParsingResult, info: TimexInfo): ParsingResult {
  (result.start as Annotated)[ANNOTATION] = info;
  return result;
}

export function annotationOf(components: ParsedComponents | ParsingComponents | null | undefined): TimexInfo | undefined {
  return components ? (components as Annotated)[ANNOTATION] : undefined;
}
