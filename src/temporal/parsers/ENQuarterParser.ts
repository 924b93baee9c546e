import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { tenseOf } from '../resolve.ts';
import { yearValue } from '../value.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const ORDINAL: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

/**
 * Quarters and halves: "the third quarter" → 2009-Q3, "third-quarter", "the first half of 2009"
 * → 2009-H1, "Q4 2008", "the fourth quarter of last year", "the last quarter" (the one before now).
 */
export class ENQuarterParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(quarter|half)(?:\s+of\s+(?:(\d{4})|(?:the\s+)?(this|last|next|previous|current|the)\s+(?:fiscal\s+|financial\s+)?year)|\s+(\d{4}))?|Q([1-4])(?:\s+|-|\s*of\s+)?(\d{4})?|(\d{4})\s*-?Q([1-4]))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const ref = narrativeOf(context).reference;
    let n: number;
    let unit: 'Q' | 'H';
    const yearText = match[3] ?? match[5] ?? match[7] ?? match[8];
    if (match[6] || match[9]) {
      n = Number(match[6] ?? match[9]);
      unit = 'Q';
    } else {
      unit = (match[2] ?? '').toLowerCase() === 'half' ? 'H' : 'Q';
      const word = (match[1] ?? '').toLowerCase();
      if (word === 'last' && !yearText && !match[4]) {
        // "the last quarter": the one before the reference's.
        if (!ref) return annotate(context.createParsingResult(index, match[0]), { type: 'DATE', value: `XXXX-${unit}X` });
        const per = unit === 'Q' ? 3 : 6;
        const current = Math.floor((ref.month - 1) / per) + 1;
        const prev = current === 1 ? { y: ref.year - 1, n: unit === 'Q' ? 4 : 2 } : { y: ref.year, n: current - 1 };
        return annotate(context.createParsingResult(index, match[0]), { type: 'DATE', value: `${yearValue(prev.y)}-${unit}${prev.n}` });
      }
      n = word === 'last' || word === 'final' ? (unit === 'Q' ? 4 : 2) : (ORDINAL[word] ?? 0);
      if (unit === 'H' && n > 2) return null;
      if (n === 0) return null;
    }
    let year: string;
    if (yearText) year = yearText;
    else if (!ref) year = 'XXXX';
    else if (match[4]) {
      const rel = match[4].toLowerCase();
      // "of the year": the year in force in the narrative.
      const inForce = narrativeOf(context).anchor?.year ?? ref.year;
      year = yearValue(rel === 'the' ? inForce : rel === 'last' || rel === 'previous' ? ref.year - 1 : rel === 'next' ? ref.year + 1 : ref.year);
    } else {
      const per = unit === 'Q' ? 3 : 6;
      const lastMonth = n * per;
      const tense = tenseOf(context, index, match[0].length);
      // Results are reported once the period is over: past narration takes the latest one ended.
      if (tense === 'future') year = yearValue(lastMonth >= ref.month ? ref.year : ref.year + 1);
      else year = yearValue(lastMonth - per + 1 <= ref.month ? ref.year : ref.year - 1);
    }
    return annotate(context.createParsingResult(index, match[0]), { type: 'DATE', value: `${year}-${unit}${n}` });
  }
}
