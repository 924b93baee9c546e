import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, addMonths, dayString, monthString, weekValue } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { durationValue, NUMBER_PATTERN, parseNumber, UNIT_PATTERN, unitOf, type Unit } from '../lexicon.ts';
import type { TimexMod } from '../types.ts';
import { yearValue } from '../value.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const MODS: Readonly<Record<string, TimexMod>> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', nearly: 'APPROX',
  almost: 'APPROX', some: 'APPROX', 'more than': 'MORE_THAN', 'over': 'MORE_THAN', 'just over': 'MORE_THAN',
  'less than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};

const AUXILIARY_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|did|does|do|didn't|doesn't|won't|not)\s+$/i;

const VAGUE = /^(?:several|a few|few|many|some|recent|a couple of)$/i;

/** A point N units back or ahead of a day, at the unit's granularity. */
function shifted(ref: { year: number; month: number; day: number }, n: number, unit: Unit): string | undefined {
  if (!Number.isInteger(n)) return undefined;
  switch (unit) {
    case 'Y':
      return yearValue(ref.year + n);
    case 'DE':
      return yearValue(ref.year + 10 * n);
    case 'Q':
    case 'M': {
      const m = addMonths(ref.year, ref.month, unit === 'Q' ? 3 * n : n);
      return monthString(m.year, m.month);
    }
    case 'W':
      return weekValue(addDays(ref, 7 * n));
    case 'D':
      return dayString(addDays(ref, n));
    default:
      return undefined;
  }
}

/**
 * Durations: "two years", "a nearly nine-month operation" → P9M APPROX, "nearly 9-months",
 * "12-year", "two and a half years", "several years" → PXY, "the past 6 months" (a span ending at
 * the reference date), "the next four years", "for years", "recent years".
 */
export class ENDurationParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(
      `(?:(about|around|approximately|roughly|nearly|almost|some|more than|just over|over|less than|just under|under|at least|up to|no more than)\\s+)?` +
        `(?:(the\\s+)?(past|last|next|coming|previous|following|first|final|recent)\\s+)?` +
        `(?:(${NUMBER_PATTERN}(?:\\s+and\\s+a\\s+half)?)(?:\\s+|-)(?:(?:straight|consecutive|successive|full|whole|more|additional|further|long|short|trading|working|business)\\s+){0,2})?(${UNIT_PATTERN})(?:-long)?`,
      'i',
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    let index = match.index ?? 0;
    let text = match[0];
    let modWord = (match[1] ?? '').toLowerCase();
    const hasThe = !!match[2];
    let span = (match[3] ?? '').toLowerCase();
    // "expected to last six weeks", "will last two days": "last" is the verb, not the span word.
    if (span === 'last' && !hasThe && !modWord && AUXILIARY_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))) {
      const rest = text.slice(text.toLowerCase().indexOf('last') + 4).replace(/^\s+/, '');
      index += text.length - rest.length;
      text = rest;
      span = '';
    }
    // "over the next four years": "over" is a preposition before a span, not "more than".
    if ((modWord === 'over' || modWord === 'under') && hasThe) {
      const cut = text.indexOf(match[2] ?? '');
      index += cut;
      text = text.slice(cut);
      modWord = '';
    }
    const numberText = match[4];
    const unitText = match[5] ?? '';
    const unit = unitOf(unitText);
    if (!unit) return null;
    const after = context.text.slice(index + text.length, index + text.length + 12);
    // Ages ("a 51-year-old", "five years old") are not times.
    if (/^[-\s]old\b/i.test(after) || /^-olds?\b/i.test(after)) return null;
    // "about a quarter, of its dealers", "three quarters of the vote": a fraction ("two consecutive quarters of growth" is not).
    if (unit === 'Q' && /^,?\s+of\b/i.test(after) && !/\b(?:straight|consecutive|successive|full)\b/i.test(text)) return null;
    const plural = /s$/i.test(unitText) || /ies$/i.test(unitText);
    let n: number | null;
    if (numberText && /^(?:a|an)$/i.test(numberText) && plural) {
      // "a months-long standoff": the article of the noun, not one unit.
      const rest = text.slice(numberText.length).replace(/^[\s-]+/, '');
      index += text.length - rest.length;
      text = rest;
      n = null;
    } else if (numberText) {
      if (VAGUE.test(numberText)) n = null;
      else {
        n = parseNumber(numberText);
        if (n === null) return null;
        if (/^an?$/i.test(numberText) && unit === 'S') return null; // "a second" is an ordinal
        if (/^\d{4}$/.test(numberText) && n >= 1000) return null; // "2008 years" is a year
      }
    } else {
      // A bare unit is a duration only in the plural and after a span word ("the past years",
      // "recent weeks") or a quantifying context ("for years", "over the years", "took decades");
      // "the past year" / "last month" are dates, left to the relative-unit parser.
      if (!plural) return null;
      const before = context.text.slice(Math.max(0, index - 12), index);
      const quantified = /\b(?:for|over the|in|just|within|after|take|takes|took|lasting|than)\s+$/i.test(before) || /^\s+(?:before|after|later|earlier|ago)\b/i.test(after) || /-long$/i.test(text);
      if (!span && !quantified) return null;
      if (span === 'first' || span === 'final') return null;
      n = null;
    }
    const value = durationValue(n, unit, /fortnight/i.test(unitText));
    const result = context.createParsingResult(index, text);
    const mod = MODS[modWord];
    const ref = narrativeOf(context).reference;
    const info: Parameters<typeof annotate>[1] = { type: 'DURATION', value };
    if (mod) info.mod = mod;
    if (ref && n !== null && (span === 'past' || span === 'last' || span === 'previous' || span === 'recent')) {
      const begin = shifted(ref, -n, unit);
      if (begin) {
        info.beginPoint = begin;
        info.endPoint = dayString(ref);
      }
    } else if (ref && n !== null && (span === 'next' || span === 'coming' || span === 'following')) {
      const end = shifted(ref, n, unit);
      if (end) {
        info.beginPoint = dayString(ref);
        info.endPoint = end;
      }
    }
    if (n !== null && !mod && !span) {
      const low = lowerEnd(context.text, index, n);
      if (low) info.parts = [{ index: low.index, text: low.text, type: 'DURATION', value: durationValue(low.n, unit, /fortnight/i.test(unitText)) }];
    }
    return annotate(result, info);
  }
}

/**
 * The lower end of a range of counts before the unit: "between 12 and 18 months", "two to three
 * years", "three or four weeks". TimeML tags the bare number as a duration of the same unit
 * (both gold corpora do: "between 60 and 90 days" -> "60" P60D, "between 12 and 18 months" -> "12" P12M).
 */
const LOWER_END = /(?:^|[\s(])(between\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\s+(to|or|and)\s+$/i;

function lowerEnd(text: string, index: number, n: number): { index: number; text: string; n: number } | undefined {
  const from = Math.max(0, index - 30);
  const m = LOWER_END.exec(text.slice(from, index));
  if (!m || (m[3]?.toLowerCase() === 'and' && !m[1])) return undefined;
  const word = m[2] ?? '';
  const low = parseNumber(word);
  if (low === null || low <= 0 || low >= n) return undefined;
  // The match opens on the start of the window or on one space or bracket, then "between ".
  const lead = /^[\s(]/.test(m[0]) ? 1 : 0;
  return { index: from + m.index + lead + (m[1]?.length ?? 0), text: word, n: low };
}
