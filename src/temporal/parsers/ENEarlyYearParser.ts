import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

/** The words a year may be followed by ("in 1163 and", "in 1163, when", "by 1260 the"): no noun counted by the number. */
const FOLLOWER = /^(?:and|or|but|when|where|while|after|before|until|as|at|by|for|from|in|into|on|to|under|with|during|the|a|an|he|she|it|they|his|her|its|their|was|were|is|had|has|became|which|who|that|than)$/;
/** A preposition that asks for a time before a four-digit year ("began in 1163", "completed by 1260", "around 1450"). */
const TIME_PREPOSITION = /\b(?:in|by|since|until|till|from|before|after|between|around|circa|c\.|ca\.)\s+$/i;
/** Before a number of any width: a year is named as such ("the year 800", "circa 900"). */
const YEAR_NAMED = /\b(?:the\s+year|circa|c\.|ca\.)\s+$/i;
/** "between 1163 and 1260", "from 1163 to 1260": the second year of a pair. */
const PAIR_SECOND = /(?<![\d,.])(?:1[0-5]\d\d|\d{3})\s+(?:and|to|or|through|until)\s+$/;
/** "fell by 1200", "up by 1500": a change by a quantity, not a deadline. */
const CHANGE_BY = /\b(?:rose|risen|fell|fallen|up|down|increased?|decreased?|dropped|declined|grew|grown|jumped|climbed|gained|lost|cut|reduced|raised|won|led|lead|trailed|beat|outnumbered|exceeded)\s+by\s+$/i;

/**
 * Years before 1600, which ENYearParser leaves alone (a bare three- or four-digit number is far more
 * often a count): "began in 1163", "completed by 1260", "Rome fell in AD 476" / "476 AD", "founded
 * in 753 BC" (BC0753, TIMEX2's and HeidelTime's way of writing it), "the year 800", "circa 1450".
 * Without an era (AD, BC, CE, BCE) it takes four digits after a preposition of time, or any width
 * after "the year"/"circa"; then no counted noun may follow ("in 1500 homes", "by 1200 votes").
 */
export class ENEarlyYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    // A number of any width with an era, else three digits or 1000-1599 (the only bare years taken):
    // most numbers of a sentence, and the years ENYearParser reads, never reach innerExtract.
    return /(?:(A\.D\.|AD)\s+)?(1[0-5]\d\d|[1-9]\d\d|[1-9]\d{0,3}(?=\s*(?:B\.C\.|BC|A\.D\.|AD|C\.E\.|CE)(?![A-Za-z]))|(?<=(?:A\.D\.|AD)\s+)[1-9]\d{0,3})(?:\s*(B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![A-Za-z]))?/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const digits = match[2] ?? '';
    const year = Number(digits);
    const eraBefore = match[1];
    const eraAfter = match[3];
    // Eras are written in capitals: "ad 800" is an advertisement (chrono then looks again from the next
    // character, where "800" alone is judged as a bare number).
    if ((eraBefore && eraBefore !== eraBefore.toUpperCase()) || (eraAfter && eraAfter !== eraAfter.toUpperCase())) return null;
    if (eraBefore || eraAfter) {
      const bc = !!eraAfter && eraAfter.startsWith('B');
      if (eraBefore && bc) return null;
      if (!bc && year > 2099) return null;
      return annotate(context.createParsingResult(index, match[0]), { type: 'DATE', value: `${bc ? 'BC' : ''}${digits.padStart(4, '0')}` });
    }
    return this.bare(context, index, digits);
  }

  /** A year written without an era at text[index…]: only where the words around it ask for one. */
  private bare(context: ParsingContext, index: number, digits: string): ParsingResult | null {
    const year = Number(digits);
    // ENYearParser takes 1600 on.
    if (year < 100 || year >= 1600) return null;
    const text = context.text;
    const before = text.slice(Math.max(0, index - 24), index);
    const named = YEAR_NAMED.test(before);
    if (!named) {
      if (digits.length !== 4) return null;
      if (!TIME_PREPOSITION.test(before) && !PAIR_SECOND.test(before)) return null;
      if (CHANGE_BY.test(before)) return null;
    }
    if (!followedLikeAYear(text, index + digits.length)) return null;
    // chrono's components, as ENYearParser gives: its range merge then joins "from 1558 to 1603".
    const result = context.createParsingResult(index, digits);
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.start.addTag('parser/ENYearParser');
    return result;
  }
}

/**
 * True when what follows text[end] reads as after a year: the end, punctuation, a capitalised word
 * ("in 800 Charlemagne was crowned"), or a function word ("in 1163 and", "by 1260 the"); false
 * for a counted noun ("in 1500 homes") or a second number that has one ("from 1000 to 2000 people").
 */
function followedLikeAYear(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const m = /^\s*([A-Za-z]+)/.exec(after);
  if (!m) return !/^\s*(?:%|[-–]?\s*\d)/.test(after) || /^\s*[-–]\s*1[0-5]\d\d\b/.test(after);
  const word = m[1] ?? '';
  if (/^[A-Z][a-z]/.test(word)) return !/^(?:GMT|UTC|Street|St|Avenue|Ave|Road|Rd)$/.test(word);
  if (/^[A-Z]+$/.test(word)) return false;
  // A verb in the past ("The Battle of Hastings in 1066 changed England") follows a year, not a count.
  if (!FOLLOWER.test(word) && !/^[a-z]{2,}ed$/.test(word)) return false;
  // "from 1000 to 2000 people": the pair's second number counts a noun, so both do.
  const pair = /^\s*(?:and|to|or|through|until)\s+(\d{1,4})\b(\s*[A-Za-z]+)?/.exec(after);
  if (pair && pair[2] && /^\s*[a-z]/.test(pair[2]) && !FOLLOWER.test(pair[2].trim())) return false;
  return true;
}
