import type { Parser, Refiner } from 'chrono-node';

/**
 * The class names of chrono-node's casual English parsers and refiners, in the order its
 * configuration creates them. Minifiers rename classes, so the tagger names chrono's pieces by
 * position, never by `constructor.name`; chrono-names.test.ts checks this table against chrono.
 */
export const CASUAL_PARSER_NAMES = [
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENYearMonthNameParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENMonthNameParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
] as const;

export const CASUAL_REFINER_NAMES = [
  'ENEndOfPeriodRefiner',
  'OverlapRemovalRefiner',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'OverlapRemovalRefiner',
  'ExtractTimezoneOffsetRefiner',
  'MergeWeekdayComponentRefiner',
  'ENMergeDateTimeRefiner',
  'ExtractTimezoneAbbrRefiner',
  'OverlapRemovalRefiner',
  'ForwardDateRefiner',
  'UnlikelyFormatFilter',
  'ENMergeDateTimeRefiner',
  'ENExtractYearSuffixRefiner',
  'ENMergeDateRangeRefiner',
  'ENUnlikelyFormatFilter',
] as const;

/** Pairs each of chrono's casual parsers or refiners with its name; throws when chrono's list changed shape. */
export function nameByPosition<T extends Parser | Refiner>(items: readonly T[], names: readonly string[], what: string): [T, string][] {
  if (items.length !== names.length) {
    throw new Error(`chrono-node's casual configuration has ${items.length} ${what}, the tagger knows ${names.length}: update src/temporal/chrono-names.ts for this chrono-node version`);
  }
  return items.map((item, i) => [item, names[i]!]);
}
