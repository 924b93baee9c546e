import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, weekValue } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { MONTHS } from '../lexicon.ts';
import { tenseOf, yearFor } from '../resolve.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** "the last week of March" → 2009-W13, "the first week of August 2017": the ISO week holding that part of the month. */
export class ENWeekOfMonthParser extends WordBoundaryParser {
  // Every match holds "week".
  override mayMatch(_text: string, lower: string): boolean {
    return lower.includes('week');
  }

  innerPattern(): RegExp {
    return /(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(?:of\s+)?(\d{4}))?/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const nth = NTH[(match[1] ?? '').toLowerCase()];
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    if (nth === undefined || month === undefined) return null;
    const result = context.createParsingResult(index, match[0]);
    const ref = narrativeOf(context).reference;
    let year: number;
    if (match[3]) year = Number(match[3]);
    else if (ref) year = yearFor(ref, month, month, tenseOf(context, index, match[0].length));
    else return annotate(result, { type: 'DATE', value: 'XXXX-WXX' });
    // The middle day of the week meant: the 4th, 11th, 18th, 25th, or three days before the month's end.
    const lastDay = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
    const day = nth > 0 ? { year, month, day: 7 * nth - 3 } : addDays(lastDay, -3);
    return annotate(result, { type: 'DATE', value: weekValue(day) });
  }
}
