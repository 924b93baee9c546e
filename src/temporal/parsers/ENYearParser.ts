import type { ParsingContext, ParsingResult } from 'chrono-node';
import { narrativeOf } from '../context.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/**
 * A year on its own: "in 2014", "since 2009", "the year 2000", "'58". Years 1600-2099 only, and
 * not when the number is a quantity ("2008 cars" is rare; "2,008", "$2008", "2008%" are excluded).
 */
export class ENYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(1[6-9]\d\d|20\d\d)|['’](\d\d))(?![.,:/]\d|[-–]\d{1,2}\b|\s*(?:%|percent|per cent)|[-–](?:year|month|day)s?\b)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 12), index);
    // Numbers in a quantity context: "No. 2008", "$ 2008", "flight 2008", "Route 2010".
    if (/(?:[$#£€]\s?|\bNo\.?\s|\bflights?\s|\broute\s|\bmodel\s)$/i.test(before)) return null;
    let year: number;
    if (match[1]) {
      year = Number(match[1]);
    } else {
      // "'58": the century closest behind the reference (news speaks of the past).
      const two = Number(match[2]);
      const refYear = narrativeOf(context).reference?.year ?? new Date().getFullYear();
      year = 1900 + two;
      if (2000 + two <= refYear + 10) year = 2000 + two;
      // A "'s" after the digits is a decade ("'80s"), left to the decade parser.
      if (/^s\b/i.test(context.text.slice(index + match[0].length))) return null;
    }
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.start.addTag('parser/ENYearParser');
    return result;
  }
}
