import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEADING = /^(?:(?:in|on|at|by|since|until|till|from|during|for|within|of|before|after|through|throughout|as of|starting|beginning)\s+)+/i;
const TRAILING = /[\s,;:]+$|(?<![ap]\.m|\b[A-Z])\.+$/i;

/**
 * TimeML extents leave out the prepositions that relate a time to its event ("on Sunday" →
 * "Sunday", "at 18:00 UTC" → "18:00 UTC") and any trailing punctuation chrono takes along.
 */
export class ENPrepositionExtentRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEADING.exec(r.text);
      if (lead && lead[0].length < r.text.length) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      const trail = TRAILING.exec(r.text);
      if (trail && trail.index > 0) r.text = r.text.slice(0, trail.index);
    }
    return results.filter((r) => r.text.length > 0);
  }
}
