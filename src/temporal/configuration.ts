import { casual, type Chrono, type Parser, type Refiner } from 'chrono-node';
import { GatedChrono } from './GatedChrono.ts';
import { gated } from './parsers/GatedParser.ts';
import { CASUAL_PARSER_NAMES, CASUAL_REFINER_NAMES, nameByPosition } from './chrono-names.ts';
import { ENAgoParser } from './parsers/ENAgoParser.ts';
import { ENAnaphoricDateParser } from './parsers/ENAnaphoricDateParser.ts';
import { ENDecadeParser } from './parsers/ENDecadeParser.ts';
import { ENDurationParser } from './parsers/ENDurationParser.ts';
import { ENEarlyYearParser } from './parsers/ENEarlyYearParser.ts';
import { ENHolidayParser } from './parsers/ENHolidayParser.ts';
import { ENFiscalYearParser } from './parsers/ENFiscalYearParser.ts';
import { ENOrdinalDayParser } from './parsers/ENOrdinalDayParser.ts';
import { ENPartOfDayParser } from './parsers/ENPartOfDayParser.ts';
import { ENPastFutureRefParser } from './parsers/ENPastFutureRefParser.ts';
import { ENPresentRefParser } from './parsers/ENPresentRefParser.ts';
import { ENQuarterParser } from './parsers/ENQuarterParser.ts';
import { ENRelativeUnitParser } from './parsers/ENRelativeUnitParser.ts';
import { ENSamePeriodParser } from './parsers/ENSamePeriodParser.ts';
import { ENSeasonParser } from './parsers/ENSeasonParser.ts';
import { ENSetParser } from './parsers/ENSetParser.ts';
import { ENUtcClockParser } from './parsers/ENUtcClockParser.ts';
import { ENMonthOfRelativeYearParser } from './parsers/ENMonthOfRelativeYearParser.ts';
import { ENWeekOfMonthParser } from './parsers/ENWeekOfMonthParser.ts';
import { ENYearParser } from './parsers/ENYearParser.ts';
import { ENYearRangeParser } from './parsers/ENYearRangeParser.ts';
import { SlashDateShortcut } from './parsers/SlashDateShortcut.ts';
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
import { TimezoneAbbrShortcut } from './refiners/TimezoneAbbrShortcut.ts';
import { TimezoneOffsetShortcut } from './refiners/TimezoneOffsetShortcut.ts';

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
  // Named here, not by constructor.name: a minifier renames classes (the in-page engine is minified).
  const ours: [Parser, string][] = [
    [new ENAgoParser(), 'ENAgoParser'],
    [new ENDurationParser(), 'ENDurationParser'],
    [new ENQuarterParser(), 'ENQuarterParser'],
    [new ENWeekOfMonthParser(), 'ENWeekOfMonthParser'],
    [new ENMonthOfRelativeYearParser(), 'ENMonthOfRelativeYearParser'],
    [new ENFiscalYearParser(), 'ENFiscalYearParser'],
    [new ENSeasonParser(), 'ENSeasonParser'],
    [new ENDecadeParser(), 'ENDecadeParser'],
    [new ENRelativeUnitParser(), 'ENRelativeUnitParser'],
    [new ENPartOfDayParser(), 'ENPartOfDayParser'],
    [new ENSetParser(), 'ENSetParser'],
    [new ENPresentRefParser(), 'ENPresentRefParser'],
    [new ENPastFutureRefParser(), 'ENPastFutureRefParser'],
    [new ENSamePeriodParser(), 'ENSamePeriodParser'],
    [new ENAnaphoricDateParser(), 'ENAnaphoricDateParser'],
    [new ENHolidayParser(), 'ENHolidayParser'],
    [new ENUtcClockParser(), 'ENUtcClockParser'],
    [new ENYearRangeParser(), 'ENYearRangeParser'],
    [new ENYearParser(), 'ENYearParser'],
    [new ENEarlyYearParser(), 'ENEarlyYearParser'],
    [new ENOrdinalDayParser(), 'ENOrdinalDayParser'],
  ];
  const theirs = nameByPosition(base.parsers, CASUAL_PARSER_NAMES, 'parsers')
    .filter(([, name]) => !REPLACED_PARSERS.has(name))
    .map(([p, name]): [Parser, string] => [name === 'SlashDateFormatParser' ? new SlashDateShortcut(p) : p, name]);
  const parsers = [...ours, ...theirs].map(([p, name]) => (options.gated === false ? p : gated(p, name)));
  // chrono's refiners on chrono's results only (ChronoResultsOnly), one wrapper for each run of them
  // between refiners that see every result (its overlap removal, our filters in its places).
  const refiners: Refiner[] = [];
  let run: Refiner[] = [];
  const endRun = (): void => {
    if (run.length > 0) refiners.push(new ChronoResultsOnly(...run));
    run = [];
  };
  for (const [r, name] of nameByPosition(base.refiners, CASUAL_REFINER_NAMES, 'refiners')) {
    if (name === 'UnlikelyFormatFilter' || name === 'ENUnlikelyFormatFilter' || name === 'OverlapRemovalRefiner') {
      endRun();
      refiners.push(name === 'UnlikelyFormatFilter' ? new ENUnlikelyNumberFilter() : name === 'ENUnlikelyFormatFilter' ? new ENModalMayFilter() : r);
    } else if (REPLACED_REFINERS.has(name)) continue;
    else if (name === 'ExtractTimezoneAbbrRefiner') run.push(new TimezoneAbbrShortcut(r));
    else if (name === 'ExtractTimezoneOffsetRefiner') run.push(new TimezoneOffsetShortcut(r));
    else run.push(r);
  }
  endRun();
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
  return new GatedChrono({ parsers, refiners });
}
