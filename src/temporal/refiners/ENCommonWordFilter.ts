import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';
import { isSpace } from '../whitespace.ts';

/** Month and weekday names that are also common words: "march", "august", "sun", "sat", "wed". */
const NAME_WORD = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/gi;
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
/** The last letters of the abbreviations, lower case: n e s d u r i t. */
const ABBREVIATION_END = new Set([110, 101, 115, 100, 117, 114, 105, 116]);

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The last code unit of `text` that trim() keeps (white space as /\s/ reads it), or -1. */
function lastNonSpace(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

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
          if (!isCapital(m[0].charCodeAt(0))) return false;
        }
      }
      // Every abbreviation ends in one of n e s d u r i t: a text ending otherwise is none.
      if (!ABBREVIATION_END.has(lastNonSpace(r.text) | 32)) return true;
      const word = r.text.trim().replace(/^on\s+/i, '');
      if (WEEKDAY_ABBREVIATION.test(word) && context.text.charAt(r.index + r.text.length) !== '.') return false;
      return true;
    });
  }
}
