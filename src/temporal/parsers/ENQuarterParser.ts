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
 * → 2009-H1, "Q4 2008", "the fourth quarter of last year", "the first half of the year", "the
 * third quarter of fiscal 1990" → FY1990-Q3, "the last quarter" (the one before now).
 */
export class ENQuarterParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(?:the\s+)?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?<unit>quarter|half)(?:\s+of\s+(?:(?<ofYear>\d{4})|(?:the\s+)?(?<rel>this|last|next|previous|current|the)\s+(?<relFiscal>fiscal\s+|financial\s+)?year|(?:fiscal|financial)\s+(?:year\s+)?(?<fiscal>\d{4}))|\s+(?<year>\d{4}))?|Q(?<q>[1-4])(?:\s+|-|\s*of\s+)?(?<qYear>\d{4})?|(?<yearQ>\d{4})\s*-?Q(?<q2>[1-4])|H(?<h>[12])(?:\s+|-)?(?<hYear>\d{4})?|(?<yearH>\d{4})\s*-?H(?<h2>[12]))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups ?? {};
    const index = match.index ?? 0;
    const result = context.createParsingResult(index, match[0]);
    const ref = narrativeOf(context).reference;
    const h = g['h'] ?? g['h2'];
    // A bare "H1"/"H2" is a half only where a period is expected ("profit in H1."), not a name ("the H1 visa").
    if (g['h'] && !g['hYear'] && (!/\b(?:in|for|during|over|since|by|than|from|to|and|of|versus|vs\.?)\s+$/i.test(context.text.slice(Math.max(0, index - 10), index)) || /^\s+[A-Za-z]/.test(context.text.slice(index + match[0].length)) && !/^\s+(?:and|or|to|from|compared|versus|vs|than|of|as|when|while|the|a|was|were|is|are|will|rose|fell)\b/i.test(context.text.slice(index + match[0].length)))) return null;
    const q = g['q'] ?? g['q2'] ?? h;
    // "H1 2023", "2023-H2": a half written as analysts do.
    const unit: 'Q' | 'H' = h || (!q && (g['unit'] ?? '').toLowerCase() === 'half') ? 'H' : 'Q';
    const per = unit === 'Q' ? 3 : 6;
    const word = (g['ord'] ?? '').toLowerCase();
    const yearText = g['ofYear'] ?? g['year'] ?? g['qYear'] ?? g['yearQ'] ?? g['hYear'] ?? g['yearH'];
    const fiscal = g['fiscal'] ? `FY${g['fiscal']}` : undefined;
    const rel = (g['rel'] ?? '').toLowerCase();
    if (word === 'last' && !yearText && !fiscal && !rel) {
      // "the last quarter": the one before the reference's.
      if (!ref) return annotate(result, { type: 'DATE', value: `XXXX-${unit}X` });
      const current = Math.floor((ref.month - 1) / per) + 1;
      const prev = current === 1 ? { y: ref.year - 1, n: 12 / per } : { y: ref.year, n: current - 1 };
      return annotate(result, { type: 'DATE', value: `${yearValue(prev.y)}-${unit}${prev.n}` });
    }
    const n = q ? Number(q) : word === 'last' || word === 'final' ? 12 / per : (ORDINAL[word] ?? 0);
    if (n < 1 || n > 12 / per) return null;
    let year: string;
    if (fiscal) year = fiscal;
    else if (yearText) year = yearText;
    else if (!ref) year = 'XXXX';
    else if (rel) {
      // "of the year": the year in force in the narrative.
      const inForce = narrativeOf(context).anchor?.year ?? ref.year;
      const y = rel === 'the' ? inForce : rel === 'last' || rel === 'previous' ? ref.year - 1 : rel === 'next' ? ref.year + 1 : ref.year;
      year = g['relFiscal'] ? `FY${yearValue(y)}` : yearValue(y);
    } else {
      const lastMonth = n * per;
      // Results are reported once the period is over: past narration takes the latest one begun.
      if (tenseOf(context, index, match[0].length) === 'future') year = yearValue(lastMonth >= ref.month ? ref.year : ref.year + 1);
      else year = yearValue(lastMonth - per + 1 <= ref.month ? ref.year : ref.year - 1);
    }
    return annotate(result, { type: 'DATE', value: `${year}-${unit}${n}` });
  }
}
