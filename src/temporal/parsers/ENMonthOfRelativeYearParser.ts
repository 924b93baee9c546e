import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { monthString } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { MONTHS } from '../lexicon.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** "October of next year", "March of last year", "June this year": the month takes the year named after it. */
export class ENMonthOfRelativeYearParser extends WordBoundaryParser {
  // Every match holds "year" and one of "this", "last", "next".
  override mayMatch(_text: string, lower: string): boolean {
    return lower.includes('year') && (lower.includes('this') || lower.includes('last') || lower.includes('next'));
  }

  innerPattern(): RegExp {
    return /(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?(this|last|next)\s+year/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const month = MONTHS[(match[1] ?? '').toLowerCase()];
    if (month === undefined || !/^[A-Z]/.test(match[1] ?? '')) return null;
    const ref = narrativeOf(context).reference;
    const rel = (match[2] ?? '').toLowerCase();
    const value = ref ? monthString(rel === 'last' ? ref.year - 1 : rel === 'next' ? ref.year + 1 : ref.year, month) : `XXXX-${String(month).padStart(2, '0')}`;
    // The month alone is the expression; "next year" after it is tagged on its own (as MEANTIME does).
    return annotate(context.createParsingResult(match.index ?? 0, match[1] ?? ''), { type: 'DATE', value });
  }
}
