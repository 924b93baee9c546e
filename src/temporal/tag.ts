import * as chrono from 'chrono-node';
import { splitSentences } from './sentences.ts';
import type { TagOptions, Timex } from './types.ts';
import { componentsValue } from './value.ts';
import { referenceInstant } from './reference.ts';



/** Tags the time expressions of `text` (TIMEX3 style); never throws, offsets slice `text` exactly. */
export function tag(text: string, options: TagOptions = {}): Timex[] {
  const ref = referenceInstant(options.referenceDate) ?? new Date(2000, 0, 1, 12);
  const out: Timex[] = [];
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    let results: chrono.ParsedResult[];
    try {
      results = chrono.casual.parse(sentence, ref);
    } catch {
      continue;
    }
    for (const r of results) {
      const value = componentsValue(r.start);
      if (!value) continue;
      const start = span.start + r.index;
      out.push({ start, end: start + r.text.length, text: r.text, type: value.includes('T') ? 'TIME' : 'DATE', value });
    }
  }
  return out;
}
