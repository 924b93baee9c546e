import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, type Day, dayString, weekdayOf, weekValue } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { tenseOf } from '../resolve.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** Easter Sunday of a year (Anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The n-th (or, with n = -1, the last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first: Day = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  const lastFixed: Day = month === 12 ? { year, month: 12, day: 31 } : last;
  return addDays(lastFixed, -((weekdayOf(lastFixed) - weekday + 7) % 7));
}

const HOLIDAYS: Readonly<Record<string, (year: number) => Day>> = {
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  'christmas day': (y) => ({ year: y, month: 12, day: 25 }),
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  'boxing day': (y) => ({ year: y, month: 12, day: 26 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  halloween: (y) => ({ year: y, month: 10, day: 31 }),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  'bastille day': (y) => ({ year: y, month: 7, day: 14 }),
  'easter sunday': easter,
  easter,
  'good friday': (y) => addDays(easter(y), -2),
  'easter monday': (y) => addDays(easter(y), 1),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
};

/** The weekend nearest a holiday: the one before a Monday, after a Thursday or Friday, around a Sunday. */
function holidayWeekend(day: Day): string {
  let toSaturday = (6 - weekdayOf(day) + 7) % 7;
  if (toSaturday > 3) toSaturday -= 7;
  return `${weekValue(addDays(day, toSaturday))}-WE`;
}

/** "a " or "an " right before the holiday's name. */
const INDEFINITE_BEFORE = /\ban?\s+$/i;

/**
 * Holidays: "Christmas", "New Year's Eve", "Easter", "Thanksgiving", "Labor Day", with an
 * optional year ("Christmas 2008"); without one, the year comes from the tense of the clause.
 */
export class ENHolidayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(9\/11|christmas(?: eve| day)?|boxing day|new year['’]s (?:eve|day)|valentine['’]s day|halloween|independence day|bastille day|easter(?: sunday| monday)?|good friday|thanksgiving(?: day)?|memorial day|labor day|martin luther king(?: jr\.?)? day)(?:,?\s+(\d{4}))?(\s+weekend)?/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const name = (match[1] ?? '').toLowerCase().replace('’', "'").replace(/ jr\.?/, '');
    // "9/11" without a year is the day of the 2001 attacks, as news uses it.
    if (name === '9/11') {
      if (/^\/\d/.test(context.text.slice(index + match[0].length))) return null;
      return annotate(context.createParsingResult(index, '9/11'), { type: 'DATE', value: '2001-09-11' });
    }
    const rule = HOLIDAYS[name];
    if (!rule) return null;
    // Holidays are capitalised; "christmas shopping" in lower case is still Christmas, but "easter" alone in lower case is rare.
    if (!/^[A-Z9]/.test(match[1] ?? '')) return null;
    // "Christmas sales", "Christmas tree": a holiday used as a modifier names the season, not the day; TimeML still tags it.
    // After "a"/"an" it is a kind of thing, never a day: "at a Christmas market", "a Thanksgiving dinner", "an Easter egg hunt".
    if (!match[2] && INDEFINITE_BEFORE.test(context.text.slice(Math.max(0, index - 4), index))) return null;
    const result = context.createParsingResult(index, match[0]);
    const ref = narrativeOf(context).reference;
    // "over Labor Day weekend", "Thanksgiving weekend": the weekend nearest the holiday.
    const weekend = !!match[3];
    const value = (day: Day): string => (weekend ? holidayWeekend(day) : dayString(day));
    let year: number;
    if (match[2]) year = Number(match[2]);
    else if (!ref) return weekend ? annotate(result, { type: 'DATE', value: 'XXXX-WXX-WE' }) : annotate(result, { type: 'DATE', value: `XXXX-${dayString(rule(2000)).slice(5)}` });
    else {
      const tense = tenseOf(context, index, match[0].length);
      const thisYear = dayString(rule(ref.year));
      const today = dayString(ref);
      if (tense === 'past') year = thisYear <= today ? ref.year : ref.year - 1;
      else if (tense === 'future') year = thisYear >= today ? ref.year : ref.year + 1;
      else year = ref.year;
    }
    // Told in the past with no year of its own: the year in force may move it (ENNarrativeRefiner).
    if (!match[2] && tenseOf(context, index, match[0].length) === 'past') return annotate(result, { type: 'DATE', value: value(rule(year)), holiday: (y) => value(rule(y)) });
    return annotate(result, { type: 'DATE', value: value(rule(year)) });
  }
}
