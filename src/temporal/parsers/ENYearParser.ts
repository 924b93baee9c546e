import type { ParsingContext, ParsingResult } from 'chrono-node';
import { narrativeOf } from '../context.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/**
 * A year on its own: "in 2014", "since 2009", "the year 2000", "'58". Years 1600-2099 only, and
 * not when the number is a quantity ("2008 cars" is rare; "2,008", "$2008", "2008%" are excluded).
 */
export class ENYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(1[6-9]\d\d|20\d\d)|['’](\d\d))(?![.,:/]\d|[-–]\d{1,2}\b|\s*(?:%|percent|per cent)|[-–](?:year|month|day)s?\b)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 12), index);
    // Numbers in a quantity context: "No. 2008", "$ 2008", "flight 2008", "Route 2010".
    if (/(?:[$#£€]\s?|\bNo\.?\s|\bflights?\s|\broute\s|\bmodel\s)$/i.test(before)) return null;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 16);
    // Inside a name: "the Russell 2000 Index", "Windows 2000 Server", "iLife '11 suite".
    const prevWord = /([A-Za-z][A-Za-z.]*)\s*$/.exec(before)?.[1] ?? '';
    const nextCapitalised = /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after);
    const prevCapitalised = /^[A-Z]/.test(prevWord) && !/^(?:In|On|Since|By|From|Until|Of|The|And|Early|Late|Mid|Spring|Summer|Fall|Autumn|Winter|Fiscal|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(prevWord);
    if (prevCapitalised && nextCapitalised) return null;
    let year: number;
    if (match[1]) {
      year = Number(match[1]);
    } else {
      // "'58" only where a year is expected: after a preposition, a month or a season ("in '58", "summer of '69").
      if (!/^(?:in|of|since|by|from|until|to|and|or|the|early|late|mid|class|spring|summer|fall|autumn|winter|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/i.test(prevWord)) return null;
      // "'58": the century closest behind the reference (news speaks of the past).
      const two = Number(match[2]);
      const refYear = narrativeOf(context).reference?.year ?? new Date().getFullYear();
      year = 1900 + two;
      if (2000 + two <= refYear + 10) year = 2000 + two;
      // A "'s" after the digits is a decade ("'80s"), left to the decade parser.
      if (/^s\b/i.test(context.text.slice(index + match[0].length))) return null;
    }
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.start.addTag('parser/ENYearParser');
    return result;
  }
}
