import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/** Month and weekday names that are also common words: "march", "august", "sun", "sat", "wed". */
const NAME_WORD = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/gi;
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;

/**
 * chrono reads month and weekday names in any case; English writes them capitalised, so "the march
 * on Washington", "the couple wed", "he sat down" are words, not dates (unless the whole sentence is
 * in lower case). A weekday abbreviation alone ("Sun Microsystems") needs its period: "Wed." .
 */
export class ENCommonWordFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const hasCapitals = /[A-Z]/.test(context.text);
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      if (hasCapitals) {
        NAME_WORD.lastIndex = 0;
        for (let m = NAME_WORD.exec(r.text); m; m = NAME_WORD.exec(r.text)) {
          if (!/^[A-Z]/.test(m[0])) return false;
        }
      }
      const word = r.text.trim().replace(/^on\s+/i, '');
      if (WEEKDAY_ABBREVIATION.test(word) && context.text.charAt(r.index + r.text.length) !== '.') return false;
      return true;
    });
  }
}
