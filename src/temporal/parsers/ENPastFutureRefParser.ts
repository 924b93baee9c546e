import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const FUTURE = /^(?:the (?:near |distant |foreseeable )?future|(?:very )?soon|the (?:long|short|medium|near) term|(?:long|short|medium|near)-term)$/i;

/** "recently", "in the past", "the future", "soon": TimeML PAST_REF and FUTURE_REF. */
export class ENPastFutureRefParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(?:more |most |very |until )?recently|recent|the past(?! (?:\d|few|several|many|couple|week|month|year|decade|day|hour|quarter|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty))|the (?:near |distant |foreseeable )?future|(?:very )?soon|the (?:long|short|medium|near) term|(?:long|short|medium|near)-term)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = match[0];
    const index = match.index ?? 0;
    // "recent" only as an adjective of time ("recent years" is a duration, "recent weeks" too).
    if (/^recent$/i.test(text) && /^\s+(?:years?|months?|weeks?|days?|decades?)\b/i.test(context.text.slice(index + text.length))) return null;
    if (/^recent$/i.test(text) && /\bmost\s+$/i.test(context.text.slice(Math.max(0, index - 6), index))) return null;
    // "as soon as they boarded" is a conjunction, not a time.
    if (/soon$/i.test(text) && /\bas\s+$/i.test(context.text.slice(Math.max(0, index - 4), index)) && /^\s+as\b/i.test(context.text.slice(index + text.length))) return null;
    const value = FUTURE.test(text) ? 'FUTURE_REF' : 'PAST_REF';
    return annotate(context.createParsingResult(index, text), { type: 'DATE', value });
  }
}
