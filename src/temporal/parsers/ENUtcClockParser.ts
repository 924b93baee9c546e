import type { ParsingContext, ParsingResult } from 'chrono-node';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const PREPOSITION_BEFORE = /\b(?:at|by|until|till|from|before|after|since|around|about|to)\s+$/i;

/**
 * Wire-service clock times written as four digits with a zone: "0800 UTC", "1430 GMT", "2100Z";
 * military and police style "at 1800 hours", "at 0600 local time".
 * chrono reads hours only with a colon or a meridiem; the date comes from the narrative
 * (ENNarrativeRefiner), the Z from the zone (timexOf).
 */
export class ENUtcClockParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /([01]\d|2[0-3])([0-5]\d)(?:\s?(?:UTC|GMT|Z)|\s+(?:hours|hrs)\b|(?=\s+local\s+time\b))/;
  }

  /** The zone (or "hours", "local time") is needed: most sentences with a four-digit number (a year) have none. */
  override mayMatch(_text: string, lower: string): boolean {
    return lower.includes('utc') || lower.includes('gmt') || lower.includes('z') || lower.includes('local') || lower.includes('hours') || lower.includes('hrs');
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // "at 1800 hours", "at 0600 local time": a clock only after a preposition of time ("1500 hours of video" is a length).
    if (!/[UGZ]/.test(match[0].slice(4)) && !PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0))) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('hour', Number(match[1]));
    result.start.assign('minute', Number(match[2]));
    result.start.addTag('parser/ENUtcClockParser');
    return result;
  }
}
