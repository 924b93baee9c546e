import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { yearValue } from '../value.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** Fiscal years: "fiscal 2009", "fiscal year 2010", "FY2008", "FY 09", "the financial year" → FY2009. */
export class ENFiscalYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(?:the\s+)?(?:(this|last|next|current|previous)\s+)?(?:fiscal|financial)(?:\s+year)?(?:\s+(\d{4}))?|FY\s?-?(\d{4}|\d{2}))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    let year: string | undefined = match[2] ?? match[3];
    if (year && year.length === 2) year = `20${year}`;
    if (!year) {
      // "fiscal" alone is an adjective ("fiscal policy"): only "fiscal year" or "financial year" name a year.
      if (!/year$/i.test(text)) return null;
      const ref = narrativeOf(context).reference;
      const rel = (match[1] ?? 'this').toLowerCase();
      if (!ref) year = 'XXXX';
      else year = yearValue(rel === 'last' || rel === 'previous' ? ref.year - 1 : rel === 'next' ? ref.year + 1 : ref.year);
    }
    return annotate(context.createParsingResult(index, text), { type: 'DATE', value: `FY${year}` });
  }
}
