import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { MONTHS, WEEKDAYS } from '../lexicon.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y',
  hourly: 'PT1H', nightly: 'P1D', biannually: 'P6M', 'semi-annually': 'P6M', biennially: 'P2Y', biennial: 'P2Y',
};
const UNITS: Readonly<Record<string, string>> = {
  day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P3M', season: 'P1Y', hour: 'PT1H', decade: 'P10Y',
  morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE',
};

/**
 * Recurring times (TimeML SET): "every Monday" → XXXX-WXX-1, "each season", "annually" / "annual"
 * → P1Y, "weekly", "twice a year", "on Mondays", "every January" → XXXX-01.
 */
export class ENSetParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(?:(?:once|twice|\w+ times)\s+(?:a|an|per|each|every)|every(?:\s+other)?|each|per)\s+(day|week|month|year|quarter|season|hour|decade|morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|(daily|weekly|monthly|quarterly|annually|annual|yearly|hourly|nightly|biannually|semi-annually|biennially|biennial)|(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    let value: string | undefined;
    if (match[1]) {
      const w = match[1].toLowerCase();
      const weekday = WEEKDAYS[w];
      const month = MONTHS[w];
      value = weekday !== undefined ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}` : month !== undefined ? `XXXX-${String(month).padStart(2, '0')}` : UNITS[w];
    } else if (match[2]) {
      // "Daily Caller", "American Patriot Daily": a capitalised adverb inside a sentence, or before
      // a capitalised word, is part of a name.
      if (/^[A-Z]/.test(match[2])) {
        const before = context.text.slice(Math.max(0, index - 3), index);
        const sentenceStart = index === 0 || /[.!?]["'”’]?\s+$/.test(before);
        if (!sentenceStart || /^\s+[A-Z]/.test(context.text.slice(index + match[0].length, index + match[0].length + 3))) return null;
      }
      value = ADVERBS[match[2].toLowerCase()];
    } else if (match[3]) {
      // "Mondays" as a recurrence; "on Mondays" is the usual form, the preposition is not in the extent.
      const word = match[3].toLowerCase();
      // "on weekends", "on Mondays": the plural after "on" or "at" is a recurrence.
      if (word === 'weekends') {
        if (!/\b(?:on|at|over|during)\s+$/i.test(context.text.slice(Math.max(0, index - 8), index))) return null;
        value = 'XXXX-WXX-WE';
      } else {
        const weekday = WEEKDAYS[word.replace(/s$/, '')];
        if (weekday === undefined) return null;
        value = `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
      }
    }
    if (!value) return null;
    return annotate(context.createParsingResult(index, match[0]), { type: 'SET', value });
  }
}
