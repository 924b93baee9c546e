import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/**
 * chrono's UnlikelyFormatFilter, but keeping bare years ("in 2014") that our year parser vouched
 * for: a result that is only digits is dropped unless it is a year we recognised.
 */
export class ENUnlikelyNumberFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      if (/^\d*(\.\d*)?$/.test(r.text.replace(' ', '')) && !r.start.tags().has('parser/ENYearParser')) return false;
      if (!r.start.isValidDate()) return false;
      return !(r.end && !r.end.isValidDate());
    });
  }
}
