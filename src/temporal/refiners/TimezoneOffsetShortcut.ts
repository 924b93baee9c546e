import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isSpace } from '../whitespace.ts';

/**
 * chrono's ExtractTimezoneOffsetRefiner, run only when a result may be followed by an offset. Its
 * pattern (2.10), `^\s*(?:\(?(?:GMT|UTC)\s?)?([+-])(\d{1,2})…`, case-insensitive, needs "(", "G",
 * "U", "+" or "-" as the first character after the spaces that follow a result; after any other
 * character chrono leaves every result as it is. Most results are followed by a word or a comma.
 */
export class TimezoneOffsetShortcut implements Refiner {
  constructor(readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    for (let k = 0; k < results.length; k++) {
      const r = results[k]!;
      let i = r.index + r.text.length;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const c = i < text.length ? text.charCodeAt(i) : -1;
      // ( + - G g U u
      if (c === 40 || c === 43 || c === 45 || (c | 32) === 103 || (c | 32) === 117) return this.inner.refine(context, results);
    }
    return results;
  }
}
