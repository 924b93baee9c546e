import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** "now", "currently", "to date", "at present", "nowadays": TimeML PRESENT_REF (never a dated event). */
const PRESENT_WORDS = ['now', 'current', 'present', 'to date', 'moment', 'these days', 'time being'];

export class ENPresentRefParser extends WordBoundaryParser {
  // Every match holds one of these ("now" in "nowadays", "current" in "currently", "present" in "presently").
  override mayMatch(_text: string, lower: string): boolean {
    return PRESENT_WORDS.some((w) => lower.includes(w));
  }

  innerPattern(): RegExp {
    return /(?:right now|now|currently|(?<=\bthe\s)current|presently|nowadays|at present|the present|to date|at the moment|these days|the time being)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return annotate(context.createParsingResult(match.index ?? 0, match[0]), { type: 'DATE', value: 'PRESENT_REF' });
  }
}
