import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotate, annotationOf } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { clockDuration } from '../lexicon.ts';
import { componentsValue } from '../value.ts';

const BETWEEN = /^\s*(?:to|-|–|until|till|through)\s*$/i;

const isClockOnly = (r: ParsingResult): boolean =>
  !annotationOf(r.start) && !r.end && (r.start.isCertain('hour') || r.start.isCertain('minute')) && !r.start.isCertain('day') && !r.start.isCertain('weekday');

/**
 * "from midnight to 5 a.m.", "10 p.m.-2 a.m.": two clock times make a DURATION in the order they
 * are written, across midnight when the second comes first on the clock. Done before chrono's range
 * merge, which orders the ends by instant and so loses which is which.
 */
export class ENClockRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      if (!b || !isClockOnly(a) || !isClockOnly(b) || !BETWEEN.test(context.text.slice(a.index + a.text.length, b.index))) {
        out.push(a);
        continue;
      }
      const minutes = ((b.start.get('hour') ?? 0) * 60 + (b.start.get('minute') ?? 0) - (a.start.get('hour') ?? 0) * 60 - (a.start.get('minute') ?? 0) + 1440) % 1440;
      const opener = /\b(?:from|between)\s+$/i.exec(context.text.slice(Math.max(0, a.index - 9), a.index));
      const start = a.index - (opener?.[0].length ?? 0);
      const merged = context.createParsingResult(start, b.index + b.text.length);
      merged.start = a.start;
      merged.end = b.start;
      const hasRef = !!narrativeOf(context).reference;
      const value = clockDuration(minutes);
      const begin = hasRef ? componentsValue(a.start) : undefined;
      annotate(merged, { type: 'DURATION', value, ...(begin ? { beginPoint: begin } : {}) });
      out.push(merged);
      i++;
    }
    return out;
  }
}
