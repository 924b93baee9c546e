import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEAD = /^[\s,;:(（]+/;
const TRAIL = /[\s,;:)）]+$|\s+(?:of|in|on|at|the|and|to)$/i;

/**
 * Trims the commas, brackets and dangling words some of chrono's parsers take along (", next
 * Tuesday,", "October of") before
 * overlapping results are compared by length, so the longer match is longer in words, not in
 * punctuation.
 */
export class ENPunctuationTrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEAD.exec(r.text);
      if (lead && lead[0].length < r.text.length) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      const trail = TRAIL.exec(r.text);
      if (trail && trail.index > 0) r.text = r.text.slice(0, trail.index);
    }
    return results;
  }
}
