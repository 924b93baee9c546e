/** Splitting a text into plain and highlighted runs, for Lit text bindings (never HTML). */
import type { Mention } from '../../src/model.ts';

export interface Range<T> {
  start: number;
  end: number;
  data: T;
}

export type Segment<T> = { text: string; range?: Range<T> };

/**
 * Cuts `text` at the given ranges. Ranges out of bounds, empty or overlapping an earlier kept
 * range are dropped (the first by start, then the longest, wins) so the output always covers
 * the text exactly once.
 */
export function segment<T>(text: string, ranges: readonly Range<T>[]): Segment<T>[] {
  const valid = ranges
    .filter(
      (r) =>
        Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= text.length && r.end > r.start,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const r of valid) {
    if (r.start < at) continue;
    if (r.start > at) out.push({ text: text.slice(at, r.start) });
    out.push({ text: text.slice(r.start, r.end), range: r });
    at = r.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

type MentionLike = Pick<Mention, 'text' | 'start' | 'end' | 'dateText' | 'dateStart' | 'dateEnd'>;

/**
 * Where a mention's time expression sits inside `mention.text`: from the body offsets when they
 * agree with the text, else the first occurrence of dateText; null when it cannot be found
 * (an inferred date has no expression in the sentence).
 */
export function dateRangeInMention(m: MentionLike): { start: number; end: number } | null {
  if (!m.dateText) return null;
  const start = m.dateStart - m.start;
  const end = m.dateEnd - m.start;
  if (start >= 0 && end <= m.text.length && end > start && m.text.slice(start, end) === m.dateText) {
    return { start, end };
  }
  const found = m.text.indexOf(m.dateText);
  return found >= 0 ? { start: found, end: found + m.dateText.length } : null;
}
