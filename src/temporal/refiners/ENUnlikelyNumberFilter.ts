import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/**
 * chrono's UnlikelyFormatFilter, but keeping bare years ("in 2014") that our year parser vouched
 * for: a result that is only digits is dropped unless it is a year we recognised; so are fractions
 * and ratios chrono reads as a day and month ("1/2", "24/7") unless a preposition asks for a date ("on 12/25").
 */
export class ENUnlikelyNumberFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      // Both number patterns need a digit or a period first (after a space the replace or trim drops):
      // a text opening with a letter ("March 3", "Monday") skips them.
      if (!isAsciiLetter(r.text.charCodeAt(0))) {
        if (/^\d*(\.\d*)?$/.test(r.text.replace(' ', '')) && !r.start.tags().has('parser/ENYearParser') && !r.start.tags().has('parser/ENUtcClockParser')) return false;
        // "1/2 cup", "3/4 of cases", "24/7": news writes no day and month as bare numbers without a year.
        if (/^\d{1,2}[/.-]\d{1,2}$/.test(r.text.trim()) && !/\b(?:on|by|since|until|till|before|after|from|through)\s+$/i.test(context.text.slice(Math.max(0, r.index - 8), r.index))) return false;
      }
      if (!isValidDate(r.start)) return false;
      return !(r.end && !isValidDate(r.end));
    });
  }
}

function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 <= 25;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * chrono's `isValidDate` (the components make a real date and time), answered without building
 * a Date when every component is a whole number in its range and the year is 100-9999 (where
 * Date.UTC takes the year as it is); anything else is asked of chrono.
 */
export function isValidDate(c: ParsingComponents): boolean {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  const hour = c.get('hour');
  const minute = c.get('minute');
  const second = c.get('second');
  const millisecond = c.get('millisecond');
  if (
    isInt(year) && year >= 100 && year <= 9999 &&
    isInt(month) && month >= 1 && month <= 12 &&
    isInt(day) && day >= 1 && day <= daysInMonth(year, month) &&
    isInt(hour) && hour >= 0 && hour <= 23 &&
    isInt(minute) && minute >= 0 && minute <= 59 &&
    isInt(second) && second >= 0 && second <= 59 &&
    isInt(millisecond) && millisecond >= 0 && millisecond <= 999
  ) {
    return true;
  }
  return c.isValidDate();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
