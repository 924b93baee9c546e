import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

const LEADING = /^(?:(?:in|on|at(?!\s+(?:least|most)\b)|by|since|until|till|from|during|for|within|of|before|after|through|throughout|as of|starting|beginning)\s+)+/i;
const TRAILING = /[\s,;:]+$|\s+(?:of|in|on|at|the|and|to)$|(?<![ap]\.m|\b[A-Z])\.+$/i;

/**
 * TimeML extents leave out the prepositions that relate a time to its event ("on Sunday" →
 * "Sunday", "at 18:00 UTC" → "18:00 UTC") and any trailing punctuation or dangling word chrono
 * takes along ("October of"). A span keeps its "from"/"between", as MEANTIME and TimeML mark it.
 */
export class ENPrepositionExtentRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEADING.exec(r.text);
      // A span keeps its "from" / "between": "from 2009 to 2011" is one expression.
      const span = !!annotationOf(r.start)?.parts && /^(?:from|between)\s/i.test(r.text);
      if (lead && !span && lead[0].length < r.text.length) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      const trail = TRAILING.exec(r.text);
      if (trail && trail.index > 0) r.text = r.text.slice(0, trail.index);
    }
    return results.filter((r) => r.text.length > 0);
  }
}
