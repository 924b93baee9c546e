import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotate, annotationOf, type TimexInfo } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { clockDuration } from '../lexicon.ts';
import { componentsValue, granularityOf } from '../value.ts';

const CONNECTOR = /\s*(?:\bto\b|\band\b|\buntil\b|\bthrough\b|\btill\b|-|–)\s*/gi;

/** The two ends of a range's text, split at its last connector ("October 2016 to July 2017"). */
function splitRange(text: string): [string, string] | undefined {
  let last: RegExpExecArray | undefined;
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(text); m; m = CONNECTOR.exec(text)) {
    if (m.index > 0 && m.index + m[0].length < text.length) last = m;
    if (m[0].length === 0) CONNECTOR.lastIndex++;
  }
  if (!last) return undefined;
  return [text.slice(0, last.index), text.slice(last.index + last[0].length)];
}

/** Months between two (year, month) pairs. */
const monthsBetween = (a: { y: number; m: number }, b: { y: number; m: number }): number => (b.y - a.y) * 12 + (b.m - a.m);

/**
 * A span between two times, "from October 2016 to July 2017", "between March and May", "2005-2007",
 * is a DURATION whose value is the distance at the coarser granularity and whose beginPoint and
 * endPoint are the two times. chrono merges "X to Y"; "between X and Y" is merged here.
 */
export class ENRangeDurationRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      let r = results[i]!;
      const next = results[i + 1];
      if (!r.end && next && !annotationOf(r.start) && !annotationOf(next.start)) {
        const between = context.text.slice(r.index + r.text.length, next.index);
        const before = context.text.slice(Math.max(0, r.index - 9), r.index);
        if (/^\s*and\s*$/i.test(between) && /\bbetween\s+$/i.test(before)) {
          const merged = context.createParsingResult(r.index, next.index + next.text.length);
          merged.start = r.start;
          merged.end = next.start;
          r = merged;
          i++;
        }
      }
      if (r.end && !annotationOf(r.start)) {
        // "between November and March": an end before the start wraps into the next year.
        const key = (c: typeof r.start): number => (c.get('year') ?? 0) * 10000 + (c.get('month') ?? 1) * 100 + (c.get('day') ?? 1);
        if (key(r.end) < key(r.start) && !r.end.isCertain('year')) r.end.imply('year', (r.start.get('year') ?? 0) + 1);
        if (key(r.end) < key(r.start) && !r.start.isCertain('year')) r.start.imply('year', (r.end.get('year') ?? 0) - 1);
        const g1 = granularityOf(r.start);
        const g2 = granularityOf(r.end);
        const begin = componentsValue(r.start, g1 === 'time' || g2 === 'time' ? 'day' : g1);
        const end = componentsValue(r.end, g2 === 'time' || g1 === 'time' ? 'day' : g2);
        if (begin && end && narrativeOf(context)) {
          const coarse = g1 === 'year' || g2 === 'year' ? 'year' : g1 === 'month' || g2 === 'month' ? 'month' : g1 === 'time' && g2 === 'time' ? 'time' : 'day';
          const s = { y: r.start.get('year') ?? 0, m: r.start.get('month') ?? 1, d: r.start.get('day') ?? 1 };
          const e = { y: r.end.get('year') ?? 0, m: r.end.get('month') ?? 1, d: r.end.get('day') ?? 1 };
          let value: string;
          if (coarse === 'year') value = `P${e.y - s.y}Y`;
          else if (coarse === 'month') value = `P${monthsBetween(s, e)}M`;
          else if (coarse === 'time') {
            // "from midnight to 5 a.m.": clock times, across midnight when the end comes first.
            const minutes = ((r.end.get('hour') ?? 0) * 60 + (r.end.get('minute') ?? 0) - (r.start.get('hour') ?? 0) * 60 - (r.start.get('minute') ?? 0) + 1440) % 1440;
            value = clockDuration(minutes);
          } else value = `P${Math.round((Date.UTC(e.y, e.m - 1, e.d) - Date.UTC(s.y, s.m - 1, s.d)) / 86_400_000)}D`;
          if (!/^P-/.test(value)) {
            const info: TimexInfo = { type: 'DURATION', value, beginPoint: begin, endPoint: end };
            // chrono may swap the ends of a clock-time range; the ends are tagged only for calendar spans.
            const parts = coarse === 'time' ? undefined : splitRange(r.text);
            if (parts) {
              const t1 = g1 === 'time' ? 'TIME' : 'DATE';
              const t2 = g2 === 'time' ? 'TIME' : 'DATE';
              info.parts = [
                { index: r.index, text: parts[0], type: t1, value: componentsValue(r.start) ?? begin },
                { index: r.index + r.text.length - parts[1].length, text: parts[1], type: t2, value: componentsValue(r.end) ?? end },
              ];
            }
            annotate(r, info);
            // "from 2009 to 2011", "between 2014 and 2016": the span's extent holds its opening word.
            const opener = /\b(?:from|between)\s+$/i.exec(context.text.slice(Math.max(0, r.index - 9), r.index));
            if (opener) {
              r.index -= opener[0].length;
              r.text = opener[0] + r.text;
            }
          }
        }
      }
      out.push(r);
    }
    return out;
  }
}
