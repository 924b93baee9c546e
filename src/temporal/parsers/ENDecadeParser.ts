import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty first': 21,
};

/**
 * Decades and centuries: "the 1990s" → 199, "the '80s", "the 80s", "the nineties", "the 1160s" → 116,
 * "the 19th century", "the nineteenth century" and "the 1800s" → 18 (a year ending in 00 with an s
 * names its century in news usage: "the early 1800s"; "the 2000s" stays the decade 200, as it is
 * mostly used for 2000-2009).
 */
export class ENDecadeParser extends WordBoundaryParser {
  // Every match holds "0s", "0's", "0’s", a decade word (all end in "ties") or "century".
  override mayMatch(_text: string, lower: string): boolean {
    return lower.includes('0s') || lower.includes("0'") || lower.includes('0’') || lower.includes('ties') || lower.includes('century');
  }

  innerPattern(): RegExp {
    return /(?:the\s+)?(?:(1\d\d|20\d)0['’]?s|['’]?(\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:([1-9]|1\d|2[01])(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century)/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    let value: string;
    // "the 19th century" → 18 (TimeML writes centuries by their first two digits).
    const ordinal = match[4] ? Number(match[4]) : match[5] ? ORDINALS[match[5].toLowerCase().replace(/[\s-]+/, ' ')] : undefined;
    if (ordinal !== undefined) return annotate(withoutThe(context, index, match[0]), { type: 'DATE', value: String(ordinal - 1).padStart(2, '0') });
    // "the 1800s": the century 1800-1899.
    if (match[1] && match[1] < '200' && match[1].endsWith('0')) return annotate(withoutThe(context, index, match[0]), { type: 'DATE', value: match[1].slice(0, 2) });
    if (match[1]) value = match[1];
    else {
      const digit = match[2] ? Number(match[2]) : DECADE_WORDS[(match[3] ?? '').toLowerCase()];
      if (digit === undefined) return null;
      // Words and bare "80s" without "the" are often ages ("in her 80s"); take them only after "the".
      if (!/^the\s/i.test(match[0]) && !/['’]/.test(match[0])) {
        const before = context.text.slice(Math.max(0, index - 10), index);
        if (!/\b(?:the|early|mid|late|of|and|to|through|or)\s*-?$|,\s*$/i.test(before)) return null;
      }
      const refYear = narrativeOf(context).reference?.year ?? new Date().getFullYear();
      const century = 2000 + digit * 10 <= refYear ? 20 : 19;
      value = `${century}${digit}`;
    }
    return annotate(withoutThe(context, index, match[0]), { type: 'DATE', value });
  }
}

/**
 * The result without a leading "the": TimeML's corpora tag "20th century" and "70s" in "the 20th
 * century", "the 70s" (TempEval-3's and MEANTIME's gold).
 */
function withoutThe(context: ParsingContext, index: number, text: string): ParsingResult {
  const the = /^the\s+/i.exec(text);
  return the ? context.createParsingResult(index + the[0].length, text.slice(the[0].length)) : context.createParsingResult(index, text);
}
