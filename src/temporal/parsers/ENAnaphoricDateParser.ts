import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, dayString } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const PARTS: Readonly<Record<string, 'MO' | 'AF' | 'EV' | 'NI'>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const UNRESOLVED: Readonly<Record<string, string>> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', decade: 'XXXX' };

/**
 * Anaphora: "the day", "that day", "the same day", "that week", "the same month", "that year",
 * "the previous day", "the following day", "the year before", "the previous year", "that time",
 * "that night", "the following morning", "the night before", "the end of the decade", "by end of year".
 * ENNarrativeRefiner resolves them from the time in force; without one they stay XXXX-XX-XX.
 */
export class ENAnaphoricDateParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(the\s+same|that\s+same|that|the|the\s+previous|the\s+following|the\s+next)\s+(day|week|month|year|decade|time|morning|afternoon|evening|night)(?:\s+(before|after|previous|earlier))?|(?:the\s+)?(year|month)-end|(?<=\b(?:end|beginning|start|middle|close|turn)\s+of\s+)(year|month)(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (match[4]) {
      // "year-end": the end of the year in force.
      const unit = match[4].toLowerCase() === 'month' ? 'month' : 'year';
      return annotate(context.createParsingResult(index, match[0]), { type: 'DATE', value: UNRESOLVED[unit] ?? 'XXXX', mod: 'END', anaphor: { unit, shift: 0 } });
    }
    if (match[5]) {
      // "by the end of year", "at the start of month": no article, the one in force (ENModifierRefiner adds "the end of").
      const unit = match[5].toLowerCase() === 'month' ? 'month' : 'year';
      return annotate(context.createParsingResult(index, match[0]), { type: 'DATE', value: UNRESOLVED[unit] ?? 'XXXX', anaphor: { unit, shift: 0 } });
    }
    const det = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unitWord = (match[2] ?? '').toLowerCase();
    const post = (match[3] ?? '').toLowerCase();
    const after = context.text.slice(index + match[0].length, index + match[0].length + 20);
    // "the day before yesterday", "the day after tomorrow": counted from the reference date.
    const deictic = /^\s+(yesterday|tomorrow)\b/i.exec(after);
    if (deictic && unitWord === 'day' && det === 'the' && (post === 'before' || post === 'after')) {
      const ref = narrativeOf(context).reference;
      const value = ref ? dayString(addDays(ref, post === 'before' ? -2 : 2)) : 'XXXX-XX-XX';
      return annotate(context.createParsingResult(index, match[0] + deictic[0]), { type: 'DATE', value });
    }
    // "the day of the vote", "the year when", "the time that": another time is named, not this one.
    if (det === 'the' && !post && /^\s+(?:of|when|that|which|he|she|they|it|in which)\b/i.test(after)) return null;
    if (unitWord === 'time' && !/^(?:that|the same|that same)$/.test(det)) return null;
    if (unitWord === 'time' && /^\s+(?:that|when|as)\b/i.test(after)) return null;
    // "the week"/"the month"/"the year" alone are mostly generic ("the year's best"); "the day" is the day in force.
    // After "the end of", "the beginning of", "the rest of" they are the one in force.
    const framed = /\b(?:end|beginning|start|middle|rest|remainder|close|turn|course)\s+of\s+$/i.test(context.text.slice(Math.max(0, index - 16), index));
    if (det === 'the' && !post && unitWord !== 'day' && !framed) return null;
    // "the decade" only after "the end of" and the like ("the following decade" is a span, ENDurationParser's;
    // "that decade" may follow "the 1990s", which sets no year in force).
    if (unitWord === 'decade' && (post || det !== 'the' || !framed)) return null;
    // "the day after falling", "the week after Easter": "after" introduces a clause or an anchor, the expression is "the day".
    if (post && /^\s+[A-Za-z0-9]/.test(after)) {
      return this.innerExtract(context, Object.assign([match[0].slice(0, match[0].length - post.length).trimEnd(), match[1], match[2]], { index, input: match.input }) as unknown as RegExpMatchArray);
    }
    let shift = 0;
    if (det === 'the previous' || post === 'before' || post === 'previous' || post === 'earlier') shift = -1;
    else if (det === 'the following' || det === 'the next' || post === 'after') shift = 1;
    // "that night", "the following morning", "the night before": a part of the day in force.
    const part = PARTS[unitWord];
    if (part) return annotate(context.createParsingResult(index, match[0]), { type: 'TIME', value: `XXXX-XX-XXT${part}`, anaphor: { unit: 'day', shift, part } });
    const unit = unitWord === 'time' ? 'day' : (unitWord as 'day' | 'week' | 'month' | 'year' | 'decade');
    const result = context.createParsingResult(index, match[0]);
    return annotate(result, { type: 'DATE', value: UNRESOLVED[unit] ?? 'XXXX-XX-XX', anaphor: { unit, shift } });
  }
}
