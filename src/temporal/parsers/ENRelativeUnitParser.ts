import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, addMonths, type Day, dayString, monthString, weekdayOf, weekValue } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { MONTHS, WEEKDAYS } from '../lexicon.ts';
import { dayForWeekday, tenseOf } from '../resolve.ts';
import { yearValue } from '../value.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

type Direction = -1 | 0 | 1;

function directionOf(word: string): Direction {
  switch (word) {
    case 'last':
    case 'past':
    case 'previous':
      return -1;
    case 'next':
    case 'coming':
    case 'following':
      return 1;
    default:
      return 0;
  }
}

/** Monday of the week holding `d`. */
function weekStart(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/**
 * "this week" → 2013-W11, "last month", "next year", "this weekend" → 2010-W04-WE, "the past week",
 * "last June", "next Monday", "the previous Monday", "this decade". The previous/following forms
 * count from the time in force in the narrative, the others from the reference date.
 */
export class ENRelativeUnitParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:the\s+|this\s+(?=(?:past|coming)\s))?(this|last|next|past|previous|coming|following|current|(?=week-?end))\s*(week-?end|week|month|quarter|year|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const word = (match[1] ?? '').toLowerCase();
    const unit = (match[2] ?? '').toLowerCase().replace('-', '');
    const hasThe = /^the\s/i.test(text);
    // "this may have", "the next march": verbs and nouns, not months, unless capitalised.
    if (/^(?:may|march)$/.test(match[2] ?? '')) return null;
    // "the next year" after a date is anaphoric; "next year" alone is deictic.
    const state = narrativeOf(context);
    const anaphoric = word === 'previous' || word === 'following' || (hasThe && word === 'next');
    const base = anaphoric ? (state.anchor?.day ?? state.reference) : state.reference;
    const dir = directionOf(word);
    const result = context.createParsingResult(index, text);
    if (!base) {
      const x: Record<string, string> = { week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX' };
      return annotate(result, { type: 'DATE', value: x[unit] ?? 'XXXX-XX-XX' });
    }
    // "the past decade", "the next decade": a span of ten years up to or from now, as TimeML values it.
    if (hasThe && dir !== 0 && (unit === 'decade' || unit === 'century')) return annotate(result, { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : 'P100Y' });
    let value: string;
    switch (unit) {
      case 'week':
        value = weekValue(addDays(weekStart(base), 7 * dir));
        break;
      case 'weekend': {
        // Saturday of the week in question; a weekend told in the past before it has come is the previous one.
        let sat = addDays(weekStart(base), 5);
        const before = dayString(sat) > dayString(base);
        if (dir === -1 || (dir === 0 && before && tenseOf(context, index, text.length) === 'past')) sat = addDays(sat, -7);
        else if (dir === 1) sat = addDays(sat, 7);
        value = `${weekValue(sat)}-WE`;
        break;
      }
      case 'month': {
        const m = addMonths(base.year, base.month, dir);
        value = monthString(m.year, m.month);
        break;
      }
      case 'quarter': {
        const total = base.year * 4 + Math.floor((base.month - 1) / 3) + dir;
        value = `${yearValue(Math.floor(total / 4))}-Q${(total % 4) + 1}`;
        break;
      }
      case 'year':
        value = yearValue(base.year + dir);
        break;
      case 'decade':
        value = String(Math.floor(base.year / 10) + dir);
        break;
      case 'century':
        value = String(Math.floor(base.year / 100) + dir);
        break;
      default: {
        const month = MONTHS[unit];
        if (month !== undefined) {
          // "last June": the latest June before the reference month; "next June" the first after it.
          let year = base.year;
          if (dir === -1) year = month < base.month ? base.year : base.year - 1;
          else if (dir === 1) year = month > base.month ? base.year : base.year + 1;
          value = monthString(year, month);
          // "the following February", "the previous June": counted by ENNarrativeRefiner from the
          // month in force where it stands (this value, from the day in force, is the fallback).
          if (anaphoric && dir !== 0) return annotate(result, { type: 'DATE', value, anaphor: { unit: 'month', shift: dir, monthName: month } });
          break;
        }
        const weekday = WEEKDAYS[unit];
        if (weekday === undefined) return null;
        let day: Day;
        if (dir === -1) day = dayForWeekday(addDays(base, -1), weekday, 'past');
        else if (dir === 1) day = dayForWeekday(base, weekday, 'future', true);
        else day = addDays(weekStart(base), (weekday + 6) % 7);
        value = dayString(day);
      }
    }
    // "in 1993 and … the following year": ENNarrativeRefiner counts it again from the time in force
    // at this point of the sentence (this parser sees only the time in force before the sentence).
    if (anaphoric && (unit === 'week' || unit === 'month' || unit === 'year')) return annotate(result, { type: 'DATE', value, anaphor: { unit, shift: dir } });
    return annotate(result, { type: 'DATE', value });
  }
}
