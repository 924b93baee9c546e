import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** After extents have grown (modifiers) or shrunk (prepositions): in order, and no two overlapping (the longer stays). */
export class ENOverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // One result (or none) is in order and overlaps nothing: the copy below would hold the same.
    if (results.length < 2) return results;
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const r of sorted) {
      const prev = out[out.length - 1];
      if (prev && r.index < prev.index + prev.text.length) {
        if (r.text.length > prev.text.length) out[out.length - 1] = r;
        continue;
      }
      out.push(r);
    }
    return out;
  }
}
