import { Chrono, casual, type Parser, type Refiner } from 'chrono-node';
import { gated } from './parsers/GatedParser.ts';
import { ENAgoParser } from './parsers/ENAgoParser.ts';
import { ENAnaphoricDateParser } from './parsers/ENAnaphoricDateParser.ts';
import { ENDecadeParser } from './parsers/ENDecadeParser.ts';
import { ENDurationParser } from './parsers/ENDurationParser.ts';
import { ENHolidayParser } from './parsers/ENHolidayParser.ts';
import { ENFiscalYearParser } from './parsers/ENFiscalYearParser.ts';
import { ENPartOfDayParser } from './parsers/ENPartOfDayParser.ts';
import { ENPastFutureRefParser } from './parsers/ENPastFutureRefParser.ts';
import { ENPresentRefParser } from './parsers/ENPresentRefParser.ts';
import { ENQuarterParser } from './parsers/ENQuarterParser.ts';
import { ENRelativeUnitParser } from './parsers/ENRelativeUnitParser.ts';
import { ENSeasonParser } from './parsers/ENSeasonParser.ts';
import { ENSetParser } from './parsers/ENSetParser.ts';
import { ENUtcClockParser } from './parsers/ENUtcClockParser.ts';
import { ENMonthOfRelativeYearParser } from './parsers/ENMonthOfRelativeYearParser.ts';
import { ENWeekOfMonthParser } from './parsers/ENWeekOfMonthParser.ts';
import { ENYearParser } from './parsers/ENYearParser.ts';
import { ChronoResultsOnly } from './refiners/ChronoResultsOnly.ts';
import { ENBareNumberTimeFilter } from './refiners/ENBareNumberTimeFilter.ts';
import { ENClockRangeRefiner } from './refiners/ENClockRangeRefiner.ts';
import { ENCommonWordFilter } from './refiners/ENCommonWordFilter.ts';
import { ENModalMayFilter } from './refiners/ENModalMayFilter.ts';
import { ENModifierRefiner } from './refiners/ENModifierRefiner.ts';
import { ENNarrativeRefiner } from './refiners/ENNarrativeRefiner.ts';
import { ENOverlapRefiner } from './refiners/ENOverlapRefiner.ts';
import { ENPrepositionExtentRefiner } from './refiners/ENPrepositionExtentRefiner.ts';
import { ENProperNameFilter } from './refiners/ENProperNameFilter.ts';
import { ENPunctuationTrimRefiner } from './refiners/ENPunctuationTrimRefiner.ts';
import { ENRangeDurationRefiner } from './refiners/ENRangeDurationRefiner.ts';
import { ENTenseDirectionRefiner } from './refiners/ENTenseDirectionRefiner.ts';
import { ENUnlikelyNumberFilter } from './refiners/ENUnlikelyNumberFilter.ts';

/**
 * chrono's parsers we replace: relative units without tense or granularity ("last week" as a day),
 * "within/for N units" read as a date, "end of month" as its last day.
 */
const REPLACED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
]);
const REPLACED_REFINERS = new Set(['ENMergeRelativeFollowByDateRefiner', 'ENMergeRelativeAfterDateRefiner', 'ENEndOfPeriodRefiner', 'UnlikelyFormatFilter', 'ForwardDateRefiner']);

/**
 * The tagger's chrono configuration: our parsers first (on a tie in length the earlier parser
 * wins chrono's overlap removal), then chrono's casual English ones; chrono's refiners, then ours.
 * Each parser is gated by its cue words unless `gated: false` (the tests compare both).
 */
export function createTaggerChrono(options: { gated?: boolean } = {}): Chrono {
  const base = casual.clone();
  const ours: Parser[] = [
    new ENAgoParser(),
    new ENDurationParser(),
    new ENQuarterParser(),
    new ENWeekOfMonthParser(),
    new ENMonthOfRelativeYearParser(),
    new ENFiscalYearParser(),
    new ENSeasonParser(),
    new ENDecadeParser(),
    new ENRelativeUnitParser(),
    new ENPartOfDayParser(),
    new ENSetParser(),
    new ENPresentRefParser(),
    new ENPastFutureRefParser(),
    new ENAnaphoricDateParser(),
    new ENHolidayParser(),
    new ENUtcClockParser(),
    new ENYearParser(),
  ];
  const parsers = [...ours, ...base.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name))].map((p) => (options.gated === false ? p : gated(p)));
  const refiners: Refiner[] = base.refiners
    .map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? new ENUnlikelyNumberFilter() : r.constructor.name === 'ENUnlikelyFormatFilter' ? new ENModalMayFilter() : r))
    .filter((r) => !REPLACED_REFINERS.has(r.constructor.name))
    .map((r) => (r.constructor.name === 'OverlapRemovalRefiner' || r instanceof ENUnlikelyNumberFilter || r instanceof ENModalMayFilter ? r : new ChronoResultsOnly(r)));
  // Filters first, so that chrono's merging refiners never glue a number that is no time to a date.
  refiners.unshift(new ENPunctuationTrimRefiner(), new ENCommonWordFilter(), new ENProperNameFilter(), new ENBareNumberTimeFilter(), new ENClockRangeRefiner());
  refiners.push(
    new ENTenseDirectionRefiner(),
    new ENRangeDurationRefiner(),
    new ENModifierRefiner(),
    new ENPrepositionExtentRefiner(),
    new ENOverlapRefiner(),
    new ENNarrativeRefiner(),
  );
  return new Chrono({ parsers, refiners });
}
