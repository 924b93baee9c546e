import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** "now", "currently", "to date", "at present", "nowadays": TimeML PRESENT_REF (never a dated event). */
export class ENPresentRefParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:right now|now|currently|presently|nowadays|at present|the present|to date|at the moment|these days|the time being)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    // "now" as a discourse marker between commas at sentence start still refers to the present.
    const result = context.createParsingResult(index, match[0]);
    return annotate(result, { type: 'DATE', value: 'PRESENT_REF' });
  }
}
