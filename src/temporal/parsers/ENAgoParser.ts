import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate, annotationOf } from '../annotation.ts';
import { addDays, addMonths, dayString, monthString } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { NUMBER_PATTERN, parseNumber, UNIT_PATTERN, unitOf } from '../lexicon.ts';
import { yearValue } from '../value.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/**
 * "two years ago" → 2015 (a DATE at the unit's granularity, as TimeML values it), "three weeks
 * from now", and the anaphoric "a year earlier" / "two days later", counted from the time in force.
 */
export class ENAgoParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`(?:(about|around|approximately|roughly|nearly|almost|some|more than|just over|over|less than|just under|under)\\s+(?=(?:half\\s+)?\\S+(?:\\s+and\\s+a\\s+half)?(?:\\s+|-)${UNIT_PATTERN}))?(?:(half\\s+a|${NUMBER_PATTERN}(?:\\s+and\\s+a\\s+half)?)(?:\\s+|-))?(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?\\s+(ago|from now|hence|earlier|later)`, 'i');
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const result = this.read(context, match);
    // "about two hours later", "roughly a year ago": an approximate distance.
    // "more than a decade ago" is before that point, "less than a year ago" after it.
    const info = match[1] && result ? annotationOf(result.start) : undefined;
    const bound = (match[1] ?? '').toLowerCase();
    const ago = /^ago$/i.test(match[5] ?? '');
    const mod = /over|more/.test(bound) ? (ago ? 'BEFORE' : 'AFTER') : /under|less/.test(bound) ? (ago ? 'AFTER' : 'BEFORE') : 'APPROX';
    if (result && info && info.mod === undefined) annotate(result, { ...info, mod });
    return result;
  }

  private read(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const unit = unitOf(match[3] ?? '');
    const word = (match[5] ?? '').toLowerCase();
    if (unit === null) return null;
    // "years ago", "a few weeks ago", "months from now": an unknown distance is TimeML's PAST_REF / FUTURE_REF.
    const plural = /s$/i.test(match[3] ?? '');
    if (!match[2] || /^(?:several|a few|few|many|some|a couple of)$/i.test(match[2])) {
      if (!match[2] && !plural) return null;
      if (word === 'earlier' || word === 'later') return null;
      return annotate(context.createParsingResult(match.index ?? 0, match[0]), { type: 'DATE', value: word === 'ago' ? 'PAST_REF' : 'FUTURE_REF' });
    }
    // "an hour and a half later": the half comes after the unit.
    const whole = /^half\s+a$/i.test(match[2]) ? 0.5 : parseNumber(match[2]);
    const n = whole !== null && match[4] ? whole + 0.5 : whole;
    // "later than planned", "earlier than expected": a comparison, not a date.
    if (/^\s+than\b/i.test(context.text.slice(index + match[0].length))) return null;
    const state = narrativeOf(context);
    const sign = word === 'ago' || word === 'earlier' ? -1 : 1;
    const result = context.createParsingResult(index, match[0]);
    // "half a century ago": a whole number of years.
    const years = n === null ? null : unit === 'CE' ? n * 100 : unit === 'DE' ? n * 10 : unit === 'Y' ? n : null;
    if ((word === 'earlier' || word === 'later') && years !== null && Number.isInteger(years)) {
      return annotate(result, { type: 'DATE', value: 'XXXX', anaphor: { unit: 'year', shift: sign * years, distance: true } });
    }
    if ((word === 'earlier' || word === 'later') && n !== null && Number.isInteger(n)) {
      // Counted from the time in force, which ENNarrativeRefiner knows.
      const anaphor =
        unit === 'Y' ? { unit: 'year' as const, shift: sign * n } :
        unit === 'DE' ? { unit: 'year' as const, shift: sign * 10 * n } :
        unit === 'CE' ? { unit: 'year' as const, shift: sign * 100 * n } :
        unit === 'M' ? { unit: 'month' as const, shift: sign * n } :
        unit === 'Q' ? { unit: 'month' as const, shift: sign * 3 * n } :
        unit === 'W' ? { unit: 'day' as const, shift: sign * 7 * n } :
        unit === 'D' ? { unit: 'day' as const, shift: sign * n } : undefined;
      const x: Record<string, string> = { year: 'XXXX', month: 'XXXX-XX', day: 'XXXX-XX-XX' };
      if (anaphor) return annotate(result, { type: 'DATE', value: x[anaphor.unit] ?? 'XXXX-XX-XX', anaphor });
    }
    // "two hours later", "about an hour and a half later": from the clock time in force (ENNarrativeRefiner).
    if ((word === 'earlier' || word === 'later') && n !== null && (unit === 'H' || unit === 'MIN')) {
      const minutes = n * (unit === 'H' ? 60 : 1);
      if (Number.isInteger(minutes)) return annotate(result, { type: 'DATE', value: 'XXXX-XX-XX', anaphor: { unit: 'minute', shift: sign * minutes } });
    }
    const base = state.reference;
    const x: Record<string, string> = { Y: 'XXXX', DE: 'XXXX', CE: 'XXXX', M: 'XXXX-XX', Q: 'XXXX-XX', W: 'XXXX-WXX', D: 'XXXX-XX-XX' };
    if (base && years !== null && Number.isInteger(years)) return annotate(result, { type: 'DATE', value: yearValue(base.year + sign * years) });
    if (!base || n === null || !Number.isInteger(n)) return annotate(result, { type: 'DATE', value: x[unit] ?? 'PAST_REF' });
    let value: string;
    switch (unit) {
      case 'Y':
        value = yearValue(base.year + sign * n);
        break;
      case 'DE':
        value = yearValue(base.year + sign * 10 * n);
        break;
      case 'M':
      case 'Q': {
        const m = addMonths(base.year, base.month, sign * n * (unit === 'Q' ? 3 : 1));
        value = monthString(m.year, m.month);
        break;
      }
      case 'W':
        // News reads "a week ago" as that day.
        value = dayString(addDays(base, sign * 7 * n));
        break;
      case 'D':
        value = dayString(addDays(base, sign * n));
        break;
      default:
        // Hours and minutes ago: the reference day, as we know no clock time.
        value = dayString(base);
    }
    return annotate(result, { type: 'DATE', value });
  }
}
