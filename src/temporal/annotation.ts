import type { ParsedComponents, ParsingComponents, ParsingResult } from 'chrono-node';
import type { TimexMod, TimexType } from './types.ts';

/** What one of our parsers or refiners decided about a result, beyond chrono's date components. */
export interface TimexInfo {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  beginPoint?: string;
  endPoint?: string;
  /** Resolved from the time in force in the narrative (see ENNarrativeRefiner): that unit, shifted. */
  anaphor?: { unit: 'day' | 'week' | 'month' | 'year'; shift: number };
  /** The two ends of a span ("from 2009 to 2011"), tagged as DATEs of their own too (offsets in the parsed text). */
  parts?: { index: number; text: string; type: TimexType; value: string }[];
}

// Keyed by the start components: chrono's range merge keeps that object, so the annotation survives it.
const annotations = new WeakMap<ParsedComponents, TimexInfo>();

export function annotate(result: ParsingResult, info: TimexInfo): ParsingResult {
  annotations.set(result.start, info);
  return result;
}

export function annotationOf(components: ParsedComponents | ParsingComponents | null | undefined): TimexInfo | undefined {
  return components ? annotations.get(components) : undefined;
}
