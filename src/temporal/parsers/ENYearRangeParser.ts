import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/**
 * A span of years written with a dash: "the 1957-58 season", "losses in 2009-2010". Each year is a
 * DATE of its own, as TimeML annotates them; "'58" after the dash takes the first year's century.
 */
export class ENYearRangeParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(1[6-9]\d\d|20\d\d)[-–](\d\d|1[6-9]\d\d|20\d\d)/;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const first = Number(match[1]);
    const secondText = match[2]!;
    let second = Number(secondText);
    if (secondText.length === 2) {
      second += Math.floor(first / 100) * 100;
      if (second <= first) second += 100;
      // A two-digit end is a season or a fiscal span, never decades away.
      if (second - first > 10) return null;
    } else if (second <= first || second - first > 50) {
      return null;
    }
    const result = context.createParsingResult(index, match[1]!);
    result.start.assign('year', first);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    // A four-digit end is found by the year parser on its own; a two-digit one only here.
    const parts = secondText.length === 2
      ? [{ index: index + match[1]!.length + 1, text: secondText, type: 'DATE' as const, value: String(second) }]
      : undefined;
    return annotate(result, { type: 'DATE', value: String(first), ...(parts ? { parts } : {}) });
  }
}
