import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { dayForWeekday, tenseOf } from '../resolve.ts';

/**
 * Places dates chrono left without a year or week by the tense of their clause: past narration
 * puts "in October", "Saturday", "by the end of January" on or before the reference date, future
 * clauses after it. chrono alone picks the closest, which lands "in October" said in July 2017 in
 * October 2017.
 */
export class ENTenseDirectionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = narrativeOf(context).reference;
    if (!ref) return results;
    for (const r of results) {
      if (annotationOf(r.start) || r.end) continue;
      const c = r.start;
      if (c.isCertain('month') && !c.isCertain('year')) {
        const tense = tenseOf(context, r.index, r.text.length);
        const month = c.get('month') ?? 1;
        const day = c.isCertain('day') ? (c.get('day') ?? 1) : 1;
        const key = month * 100 + day;
        const refKey = ref.month * 100 + (c.isCertain('day') ? ref.day : 1);
        let year = ref.year;
        if (tense === 'past') year = key <= refKey ? ref.year : ref.year - 1;
        else if (tense === 'future') year = key >= refKey ? ref.year : ref.year + 1;
        else {
          // No tense: the nearest occurrence; on a tie the past one (news mostly reports).
          const refIndex = ref.year * 372 + ref.month * 31 + (c.isCertain('day') ? ref.day : 1);
          const dist = (y: number): number => Math.abs(y * 372 + month * 31 + day - refIndex);
          year = [ref.year - 1, ref.year, ref.year + 1].reduce((best, y) => (dist(y) < dist(best) ? y : best));
        }
        c.imply('year', year);
      } else if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')) {
        const tense = tenseOf(context, r.index, r.text.length);
        const strict = /^(?:next|coming|this coming)\s/i.test(r.text) ? 'future' : /^(?:last|past|previous)\s/i.test(r.text) ? 'past' : null;
        const d = dayForWeekday(ref, c.get('weekday') ?? 0, strict ?? (tense === 'present' ? 'past' : tense), strict !== null);
        c.imply('year', d.year);
        c.imply('month', d.month);
        c.imply('day', d.day);
      }
    }
    return results;
  }
}
