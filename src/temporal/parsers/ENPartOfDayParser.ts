import type { ParsingContext, ParsingResult } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { addDays, dayString } from '../calendar.ts';
import { narrativeOf } from '../context.ts';
import { WEEKDAYS } from '../lexicon.ts';
import { dayForWeekday, tenseOf } from '../resolve.ts';
import { WordBoundaryParser } from './WordBoundaryParser.ts';

const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Parts of days: "this morning" → 2008-01-09TMO, "Friday morning", "yesterday afternoon", "tonight", "Thursday night". */
export class ENPartOfDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(this|yesterday|tomorrow|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(morning|afternoon|evening|night)|(tonight))/i;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const word = (match[1] ?? '').toLowerCase();
    // "the Saturday Evening Post": a capitalised part of day inside a sentence is a name.
    if (match[2] && /^[A-Z]/.test(match[2]) && /[a-z]/.test(context.text)) return null;
    const part = match[3] ? 'NI' : PARTS[(match[2] ?? '').toLowerCase()];
    if (!part) return null;
    const ref = narrativeOf(context).reference;
    const result = context.createParsingResult(index, match[0]);
    if (!ref) return annotate(result, { type: 'TIME', value: `XXXX-XX-XXT${part}` });
    let day = ref;
    if (word === 'yesterday') day = addDays(ref, -1);
    else if (word === 'tomorrow') day = addDays(ref, 1);
    else if (word === 'last') day = part === 'NI' ? addDays(ref, -1) : ref;
    else if (WEEKDAYS[word] !== undefined) day = dayForWeekday(ref, WEEKDAYS[word] ?? 0, tenseOf(context, index, match[0].length));
    return annotate(result, { type: 'TIME', value: `${dayString(day)}T${part}` });
  }
}
