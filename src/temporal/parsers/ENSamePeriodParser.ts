import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const UNRESOLVED: Readonly<Record<string, string>> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', period: 'XXXX', year: 'XXXX' };

/**
 * The same part of the year before, as business news compares: "the same period last year", "the
 * same month a year ago", "the same quarter a year earlier", "the same period of the last year".
 * One expression, one year before the time in force at its unit (a period: the date named last in
 * its sentence, at its own unit); ENNarrativeRefiner resolves it. Alone, "a year ago" would be
 * tagged on its own and "the same month" would be this year's.
 */
export class ENSamePeriodParser extends WordBoundaryParser {
  override mayMatch(_text: string, lower: string): boolean {
    return lower.includes('same');
  }

  innerPattern(): RegExp {
    return /(?:the|that)\s+same\s+(day|week|month|quarter|period|time)(?:\s+of)?\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+(?:before|earlier))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const word = (match[1] ?? '').toLowerCase();
    const unit = word === 'time' ? 'period' : (word as 'day' | 'week' | 'month' | 'quarter' | 'period');
    return annotate(context.createParsingResult(match.index ?? 0, match[0]), { type: 'DATE', value: UNRESOLVED[unit] ?? 'XXXX', anaphor: { unit, shift: 0, years: -1 } });
  }
}
