import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, type Day, dayString } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { MONTHS, WEEKDAYS } from '../lexicon.ts';
import { isTimexValue } from '../validate.ts';
import { dayForWeekday, tenseOf } from '../resolve.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Parts of days: "this morning" → 2008-01-09TMO, "Friday morning", "yesterday afternoon", "tonight", "Thursday night". */
export class ENPartOfDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(this|yesterday|tomorrow|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(morning|afternoon|evening|night)|(tonight)|(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=[\s,.;]|$)(?:,?\s+)?)?(?:(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?)?)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (match[4]) return this.partOfNamedDay(context, match);
    const index = match.index ?? 0;
    const word = (match[1] ?? '').toLowerCase();
    // "the Saturday Evening Post": a capitalised part of day inside a sentence is a name.
    if (match[2] && /^[A-Z]/.test(match[2]) && /[a-z]/.test(context.text)) return null;
    const part = match[3] ? 'NI' : PARTS[(match[2] ?? '').toLowerCase()];
    if (!part) return null;
    const ref = narrativeOf(context).reference;
    const result = context.createParsingResult(index, match[0]);
    if (!ref) return annotate(result, { type: 'TIME', value: `XXXX-XX-XXT${part}` });
    let day = ref;
    if (word === 'yesterday') day = addDays(ref, -1);
    else if (word === 'tomorrow') day = addDays(ref, 1);
    else if (word === 'last') day = part === 'NI' ? addDays(ref, -1) : ref;
    else if (WEEKDAYS[word] !== undefined) day = dayForWeekday(ref, WEEKDAYS[word] ?? 0, tenseOf(context, index, match[0].length));
    return annotate(result, { type: 'TIME', value: `${dayString(day)}T${part}` });
  }

  /**
   * "the evening of June 3", "the night of Nov. 13, 2015", "the morning of Tuesday" (chrono joins
   * "evening of June 3" into one result that has lost the date). A month and day without a year
   * take the year the tense points to, as a bare date does.
   */
  private partOfNamedDay(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const part = PARTS[(match[4] ?? '').toLowerCase()];
    const weekday = match[5] ? WEEKDAYS[match[5].toLowerCase()] : undefined;
    const month = match[6] ? MONTHS[match[6].toLowerCase()] : undefined;
    if (!part || (weekday === undefined && month === undefined)) return null;
    // "the night of the long knives" is never reached (no day); a capitalised part inside a sentence is a name.
    if (/^[A-Z]/.test(match[4] ?? '') && index > 0 && !/^the\s/i.test(match[0]) && /[a-z]/.test(context.text)) return null;
    const result = context.createParsingResult(index, match[0]);
    const ref = narrativeOf(context).reference;
    const tense = tenseOf(context, index, match[0].length);
    let day: Day | undefined;
    if (month !== undefined) {
      const d = Number(match[7]);
      let year = match[8] ? Number(match[8]) : undefined;
      if (year === undefined && ref) {
        const key = month * 100 + d;
        const refKey = ref.month * 100 + ref.day;
        year = tense === 'future' ? (key >= refKey ? ref.year : ref.year + 1) : tense === 'past' ? (key <= refKey ? ref.year : ref.year - 1) : ref.year;
      }
      if (year === undefined) return annotate(result, { type: 'TIME', value: `XXXX-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}T${part}` });
      day = { year, month, day: d };
      // "June 31": no such day.
      if (!isTimexValue('DATE', dayString(day))) return null;
    } else if (ref && weekday !== undefined) day = dayForWeekday(ref, weekday, tense === 'present' ? 'past' : tense);
    if (!day) return annotate(result, { type: 'TIME', value: `XXXX-XX-XXT${part}` });
    return annotate(result, { type: 'TIME', value: `${dayString(day)}T${part}` });
  }
}
