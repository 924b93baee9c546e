import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/**
 * chrono's UnlikelyFormatFilter, but keeping bare years ("in 2014") that our year parser vouched
 * for: a result that is only digits is dropped unless it is a year we recognised; so are fractions
 * and ratios chrono reads as a day and month ("1/2", "24/7") unless a preposition asks for a date ("on 12/25").
 */
export class ENUnlikelyNumberFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      if (/^\d*(\.\d*)?$/.test(r.text.replace(' ', '')) && !r.start.tags().has('parser/ENYearParser')) return false;
      // "1/2 cup", "3/4 of cases", "24/7": news writes no day and month as bare numbers without a year.
      if (/^\d{1,2}[/.-]\d{1,2}$/.test(r.text.trim()) && !/\b(?:on|by|since|until|till|before|after|from|through)\s+$/i.test(context.text.slice(Math.max(0, r.index - 8), r.index))) return false;
      if (!r.start.isValidDate()) return false;
      return !(r.end && !r.end.isValidDate());
    });
  }
}
