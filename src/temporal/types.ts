/** TIMEX3-style annotations produced by the tagger (see `tag()` in ./tag.ts). */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML `mod` values we produce. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

export interface Timex {
  /** Offsets into the tagged text (UTF-16 code units, end exclusive): `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** The normalised value as TimeML writes it: `2016-10`, `2013-W11`, `2012-SU`, `P9M`, `XXXX-WXX-1`, `PRESENT_REF`. */
  value: string;
  mod?: TimexMod;
  /**
   * For a DURATION anchored in time ("the past 6 months", "the next four years", "from October
   * 2016 to July 2017"): the span it covers, as TIMEX3 values. A span's two ends are also tagged
   * as DATEs of their own, so annotations may overlap (a span and the dates inside it).
   */
  beginPoint?: string;
  endPoint?: string;
}

export interface TagOptions {
  /** The document's reference (creation) date, `YYYY-MM-DD`. Without it, relative expressions stay unresolved (X-values). */
  referenceDate?: string;
}
