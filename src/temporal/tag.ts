import type { ParsedResult } from 'chrono-node';
import type { Day } from './calendar.ts';
import { createTaggerChrono } from './configuration.ts';
import { cueMask } from './parsers/GatedParser.ts';
import type { NarrativeState, TaggingOption } from './context.ts';
import { cuesOf } from './cues.ts';
import { referenceInstant } from './reference.ts';
import { splitSentences } from './sentences.ts';
import { timexOf } from './timexValue.ts';
import type { TagOptions, Timex } from './types.ts';

const tagger = createTaggerChrono();
/** A sentence whose cues open no parser's gate cannot yield anything: it is not handed to chrono. */
const USEFUL_CUES = cueMask(tagger.parsers);

/**
 * Tags the time expressions of `text` as TIMEX3 annotations. Each sentence goes to chrono (our
 * configuration) on its own, with the reference date and the time in force in the narrative;
 * offsets always slice `text` exactly. Never throws: a sentence chrono fails on yields nothing.
 */
export function tag(text: string, options: TagOptions = {}): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const instant = referenceInstant(options.referenceDate);
  const reference: Day | undefined = instant ? { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() } : undefined;
  // chrono needs some instant; without a reference our refiners leave relative values as X.
  const chronoRef = instant ?? new Date(2000, 0, 1, 12);
  // One state for the whole text: ENNarrativeRefiner moves the time in force on as sentences go by.
  const state: NarrativeState = reference ? { reference, anchor: { day: reference, month: { year: reference.year, month: reference.month }, year: reference.year } } : { anchor: {} };
  state.body = text;
  const out: Timex[] = [];
  let sentenceNumber = 0;
  for (const span of splitSentences(text)) {
    state.sentence = sentenceNumber++;
    const sentence = text.slice(span.start, span.end);
    const cues = cuesOf(sentence);
    if ((cues & USEFUL_CUES) === 0) continue;
    state.cues = cues;
    state.sentenceStart = span.start;
    let results: ParsedResult[];
    try {
      const option: TaggingOption = { narrative: state };
      results = tagger.parse(sentence, chronoRef, option);
    } catch {
      continue;
    }
    for (const r of results) {
      const info = timexOf(r, !!reference);
      if (!info) continue;
      const start = span.start + r.index;
      const end = start + r.text.length;
      if (r.index < 0 || end > span.end || text.slice(start, end) !== r.text) continue;
      const timex: Timex = { start, end, text: r.text, type: info.type, value: info.value };
      if (info.mod) timex.mod = info.mod;
      if (info.beginPoint) timex.beginPoint = info.beginPoint;
      if (info.endPoint) timex.endPoint = info.endPoint;
      out.push(timex);
      for (const p of info.parts ?? []) {
        const ps = span.start + p.index;
        if (p.text && text.slice(ps, ps + p.text.length) === p.text) out.push({ start: ps, end: ps + p.text.length, text: p.text, type: p.type, value: p.value });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
