import type { Parser, ParsingContext } from 'chrono-node';
import { narrativeOf } from '../context.ts';
import { Cue, cuesOf } from '../cues.ts';

/** Matches nothing, and fails at once: anchored at the start. */
const NEVER = /^(?!)/;

const computed = new WeakMap<ParsingContext, number>();

/** The sentence's cues: given by tag() with the option, else found once per parse. */
function cues(context: ParsingContext): number {
  const given = narrativeOf(context).cues;
  if (given !== undefined) return given;
  let c = computed.get(context);
  if (c === undefined) {
    c = cuesOf(context.text);
    computed.set(context, c);
  }
  return c;
}

/**
 * Runs a parser only on sentences holding one of its cue words (a digit, a month name, a unit
 * word…). chrono runs every parser's pattern over every sentence; most sentences lack most cues,
 * and the cues are found in one pass per sentence.
 */
export class GatedParser implements Parser {
  constructor(
    readonly inner: Parser,
    readonly cue: number,
  ) {}

  pattern(context: ParsingContext): RegExp {
    return (cues(context) & this.cue) !== 0 ? this.inner.pattern(context) : NEVER;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ReturnType<Parser['extract']> {
    return this.inner.extract(context, match);
  }
}

/** Cues of chrono's own English parsers (by class name) and of ours: without one, the parser cannot match. */
const CUES: Readonly<Record<string, number>> = {
  ENYearMonthDayParser: Cue.yearFirst,
  ISOFormatParser: Cue.yearDash,
  SlashDateFormatParser: Cue.numericDate,
  ENSlashMonthFormatParser: Cue.slashMonth,
  // Times without a clock cue ("at 8" before "8.1%") are dropped by ENBareNumberTimeFilter anyway.
  ENTimeExpressionParser: Cue.clock,
  ENMonthNameLittleEndianParser: Cue.month,
  ENMonthNameMiddleEndianParser: Cue.month,
  ENMonthNameParser: Cue.month,
  ENYearMonthNameParser: Cue.month,
  ENWeekdayParser: Cue.weekday,
  ENCasualDateParser: Cue.casualDate,
  ENCasualTimeParser: Cue.partOfDay,
  ENAgoParser: Cue.ago,
  // Its pattern also finds a bare singular unit ("last year"), for which its extract gives nothing.
  ENDurationParser: Cue.duration,
  ENQuarterParser: Cue.quarter,
  ENFiscalYearParser: Cue.fiscal,
  ENSeasonParser: Cue.season,
  ENDecadeParser: Cue.decade | Cue.unit,
  ENRelativeUnitParser: Cue.relative,
  ENPartOfDayParser: Cue.partOfDay,
  ENSetParser: Cue.set,
  ENPresentRefParser: Cue.present | Cue.casualDate,
  ENPastFutureRefParser: Cue.pastFuture,
  ENAnaphoricDateParser: Cue.anaphor | Cue.partOfDay,
  ENSamePeriodParser: Cue.anaphor,
  ENYearParser: Cue.fourDigits,
  ENEarlyYearParser: Cue.earlyYear,
  ENOrdinalDayParser: Cue.ordinalDay,
  ENYearRangeParser: Cue.yearDash,
  // Its one holiday in digits, "9/11", is a holiday cue of its own (cues.ts).
  ENHolidayParser: Cue.holiday,
  ENUtcClockParser: Cue.fourDigits,
  ENWeekOfMonthParser: Cue.month,
  ENMonthOfRelativeYearParser: Cue.month,
};

/** The cues that open at least one of these parsers' gates: all of them when one has no gate. */
export function cueMask(parsers: readonly Parser[]): number {
  let mask = 0;
  for (const p of parsers) {
    if (!(p instanceof GatedParser)) return ~0;
    mask |= p.cue;
  }
  return mask;
}

/** Wraps a parser in its gate when the cue of its class (named by the caller) is known. */
export function gated(parser: Parser, className: string): Parser {
  const cue = CUES[className];
  return cue ? new GatedParser(parser, cue) : parser;
}
