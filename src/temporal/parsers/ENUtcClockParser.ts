import type { ParsingContext, ParsingResult } from 'chrono-node';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/**
 * Wire-service clock times written as four digits with a zone: "0800 UTC", "1430 GMT", "2100Z".
 * chrono reads hours only with a colon or a meridiem; the date comes from the narrative
 * (ENNarrativeRefiner), the Z from the zone (timexOf).
 */
export class ENUtcClockParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /([01]\d|2[0-3])([0-5]\d)\s?(?:UTC|GMT|Z)/;
  }

  /** The zone is needed: most sentences with a four-digit number (a year) have none. */
  override mayMatch(_text: string, lower: string): boolean {
    return lower.includes('utc') || lower.includes('gmt') || lower.includes('z');
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('hour', Number(match[1]));
    result.start.assign('minute', Number(match[2]));
    result.start.addTag('parser/ENUtcClockParser');
    return result;
  }
}
