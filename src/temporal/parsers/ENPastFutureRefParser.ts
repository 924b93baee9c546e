import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const FUTURE = /^(?:the (?:near |distant |foreseeable )?future|(?:very )?soon|the (?:long|short|medium|near) term|(?:long|short|medium|near)-term)$/i;

/** A word after "near-term" that makes it a noun: a preposition, conjunction or verb. */
const TERM_AS_NOUN = /^\s+(?:from|to|and|or|but|in|of|for|as|at|by|with|is|are|was|were|will|would|could|should|than|because|when|while)\b/i;

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
    // "long-term illness", "short-term funding", "near-term benefits": an adjective of a noun tells
    // no time; "in the near-term from…", "for the short term" do (TimeBank and TE3 tag none of the first).
    if (/-term$/i.test(text) && /^\s+[a-z]+/.test(context.text.slice(index + text.length)) && !TERM_AS_NOUN.test(context.text.slice(index + text.length))) return null;
    const value = FUTURE.test(text) ? 'FUTURE_REF' : 'PAST_REF';
    return annotate(context.createParsingResult(index, text), { type: 'DATE', value });
  }
}
