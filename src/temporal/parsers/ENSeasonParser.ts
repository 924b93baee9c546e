import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate, type SeasonAnaphor } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { SEASONS } from '../lexicon.ts';
import { tenseOf, yearFor } from '../resolve.ts';
import { yearValue } from '../value.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const FIRST_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Seasons: "last summer" → 2012-SU, "this spring", "the autumn of 2008", "Winter 2009". */
export class ENSeasonParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(that\s+same|the\s+same|that|the\s+following|the\s+next|the\s+previous|the|this|last|next|past|coming|previous|in|during|early|late|by)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}|['’]\d\d))?(?![\d'’])/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    let index = match.index ?? 0;
    let text = match[0];
    const word = (match[1] ?? '').toLowerCase();
    const name = (match[2] ?? '').toLowerCase();
    const season = SEASONS[name];
    if (!season) return null;
    // "fall" is mostly a verb: only a season after a determiner/preposition or before a year.
    // "fall" and "spring" are mostly a verb and a noun: a season only after a determiner or
    // preposition, or before a year; "the fall of Mosul" is an event.
    if ((name === 'fall' || name === 'spring') && !word && !match[3]) return null;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 24);
    if (name === 'fall' && !match[3] && /^\s+of\s+(?![\d'’])/i.test(after)) return null;
    // "a winter storm", "a summer job", "an autumn chill": after "a"/"an" a season names a kind of thing, not a time.
    if (!word && !match[3] && /\ban?\s+$/i.test(context.text.slice(Math.max(0, index - 4), index))) return null;
    // "the Winter Olympics", "Summer Games": a capitalised season before a capitalised word is a name.
    if (/^[A-Z]/.test(match[2] ?? '') && /^\s+[A-Z]/.test(after) && !match[3]) return null;
    // "that summer", "the following spring": the season counted from the time in force (ENNarrativeRefiner).
    const anaphoric = /^(?:that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous)$/.test(word);
    if (anaphoric && !match[3] && season !== undefined) {
      const shift = /following|next/.test(word) ? 1 : /previous/.test(word) ? -1 : 0;
      return annotate(context.createParsingResult(index, text), { type: 'DATE', value: `XXXX-${season}`, anaphor: { unit: 'season', season: season as SeasonAnaphor['season'], shift } });
    }
    const relative = /^(?:this|last|next|past|coming|previous)$/.test(word);
    if (word && !relative) {
      // Prepositions and "the" are not part of the extent; early/late are modifiers, left to the modifier refiner.
      const cut = match[0].indexOf(match[2] ?? '');
      index += cut;
      text = text.slice(cut);
    }
    const ref = narrativeOf(context).reference;
    let year: string;
    if (match[3] && /^\d/.test(match[3])) year = match[3];
    else if (match[3]) {
      // "the summer of '69": the century closest behind the reference.
      const two = Number(match[3].slice(1));
      year = String(2000 + two <= (ref?.year ?? new Date().getFullYear()) + 10 ? 2000 + two : 1900 + two);
    }
    else if (!ref) year = 'XXXX';
    else {
      const first = FIRST_MONTH[season] ?? 1;
      const inSeason = first === 12 ? ref.month === 12 || ref.month <= 2 : ref.month >= first && ref.month < first + 3;
      const refSeasonYear = first === 12 && ref.month <= 2 ? ref.year - 1 : ref.year;
      if (word === 'this') year = yearValue(inSeason ? refSeasonYear : ref.year);
      else if (word === 'last' || word === 'past' || word === 'previous') {
        // The last one over: this year's if it has come and gone, else last year's.
        year = yearValue(inSeason ? refSeasonYear - 1 : first <= ref.month ? ref.year : ref.year - 1);
      } else if (word === 'next' || word === 'coming') year = yearValue(first > ref.month ? ref.year : ref.year + 1);
      else year = yearValue(inSeason ? refSeasonYear : yearFor(ref, first, first + 2, tenseOf(context, index, text.length)));
    }
    const result = context.createParsingResult(index, text);
    // "in 1988, the summer she turned 18", "She spent the summer applying for jobs" (after "that
    // spring" of 2023): told in the past, "the summer" is the one of the year in force, which
    // ENNarrativeRefiner knows; this value stands when that year is the reference's.
    if (word === 'the' && !match[3] && ref && tenseOf(context, index, text.length) === 'past') {
      return annotate(result, { type: 'DATE', value: `${year}-${season}`, anaphor: { unit: 'season', season: season as SeasonAnaphor['season'], shift: 0, bare: true } });
    }
    return annotate(result, { type: 'DATE', value: `${year}-${season}` });
  }
}
