import * as chrono from 'chrono-node';
import { splitSentences } from './sentences.ts';
import { referenceInstant } from './reference.ts';
import type { TagOptions, Timex } from './types.ts';
import { componentsValue } from './value.ts';

/**
 * chrono-node alone, used naively: the casual parser on each sentence, the value read from the
 * components chrono states at the granularity it reports. The baseline `eval --tagger chrono`
 * and the benchmark measure us against.
 */
export function tagWithChronoAlone(text: string, options: TagOptions = {}): Timex[] {
  const ref = referenceInstant(options.referenceDate) ?? new Date();
  const out: Timex[] = [];
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    for (const r of chrono.casual.parse(sentence, ref)) {
      const value = componentsValue(r.start);
      if (!value) continue;
      const start = span.start + r.index;
      out.push({ start, end: start + r.text.length, text: r.text, type: value.includes('T') ? 'TIME' : 'DATE', value });
    }
  }
  return out;
}
