import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addMonths, dayString } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { tenseOf } from '../resolve.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** A preposition of time before "the 15th": a day of the month, not a rank ("finished 15th"). */
const PREPOSITION = /\b(?:on|by|until|till|since|from|before|after|through|to|and|or)\s+$/i;
/** What may follow a day of the month: the end, punctuation, or a word that is not its noun ("the 18th hole", "the 5th time"). */
const FOLLOWER = /^(?:$|[,.;:)!?'"’”—–-]|\s+(?:and|or|but|when|while|as|at|in|after|before|until|with|to|for|by|when|the|a|an|he|she|it|they|we|i|his|her|its|their|was|were|is|are|had|has|will|would|could|which|who|that)\b)/i;
/** "the 3rd of June", "the 5th anniversary", "the 21st century": someone else's phrase. */
const NOT_A_DAY_AFTER = /^\s+(?:of\b|century|centuries|anniversary|birthday|amendment|annual|edition|time|round|day|week|month|year|floor|hole|minute|inning|place|straight|consecutive|largest|biggest|most|district|precinct|street|avenue|division|fleet|army)/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of the month without its month: "The vote was held on the 15th", "began on the 5th" (after
 * "on Aug. 3"). The month is the one in force in the narrative; at the reference month, the tense
 * decides between it and the one before (past) or after (future).
 */
export class ENOrdinalDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = context.text;
    if (!PREPOSITION.test(text.slice(Math.max(0, index - 8), index))) return null;
    const after = text.slice(index + match[0].length, index + match[0].length + 24);
    if (NOT_A_DAY_AFTER.test(after) || !FOLLOWER.test(after)) return null;
    const day = Number(match[1]);
    const state = narrativeOf(context);
    const ref = state.reference;
    const month = state.anchor?.month;
    const result = context.createParsingResult(index, match[0]);
    if (!ref || !month) return annotate(result, { type: 'DATE', value: `XXXX-XX-${String(day).padStart(2, '0')}` });
    let m = month;
    if (month.year === ref.year && month.month === ref.month) {
      const tense = tenseOf(context, index, match[0].length);
      if (tense === 'past' && day > ref.day) m = addMonths(month.year, month.month, -1);
      else if (tense === 'future' && day < ref.day) m = addMonths(month.year, month.month, 1);
    }
    // "the 31st" of a 30-day month: no such day.
    const leap = m.year % 4 === 0 && (m.year % 100 !== 0 || m.year % 400 === 0);
    const last = (DAYS_IN_MONTH[m.month - 1] ?? 31) + (m.month === 2 && leap ? 1 : 0);
    if (day > last) return null;
    return annotate(result, { type: 'DATE', value: dayString({ year: m.year, month: m.month, day }) });
  }
}
