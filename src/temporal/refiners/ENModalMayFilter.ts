import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/**
 * chrono's ENUnlikelyFormatFilter, with a wider view of the month May: "May" alone is a month
 * after a preposition or a conjunction of dates ("in May", "between March and May", "until May"),
 * a modal verb or a name elsewhere. "the second" followed by more text is an ordinal.
 */
export class ENModalMayFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      const text = r.text.trim();
      if (text === context.text.trim()) return true;
      if (text.toLowerCase() === 'may') {
        const before = context.text.slice(Math.max(0, r.index - 12), r.index);
        return /\b(?:in|and|or|to|between|until|till|through|since|by|of|early|late|mid|from|before|after|during)\s*-?\s*$/i.test(before);
      }
      if (text.toLowerCase().endsWith('the second')) return false;
      return true;
    });
  }
}
