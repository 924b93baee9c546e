import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotate } from '../annotation.ts';
import { narrativeOf } from '../context.ts';
import { timexOf } from '../timexValue.ts';
import { isSpace } from '../whitespace.ts';
import type { TimexMod } from '../types.ts';

export const BEFORE = /(?:(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn|dawn)\s+of\s+(?:the\s+)?|(?:the\s+)?(early|late|mid|earlier|later)(?:\s+|-)|(mid)-?|(?<![a-z])(end)-)$/i;

/**
 * False when BEFORE cannot match at the end of `before`: every match ends in "of" or "the" then
 * spaces, in "early", "late", "mid", "earlier" or "later" then spaces or a dash, or in "mid". Most
 * times follow a preposition ("in March") and skip the regex.
 */
export function mayEndWithModifier(before: string): boolean {
  return mayEndWithModifierAt(before, 0, before.length);
}

/** mayEndWithModifier(text.slice(from, to)), read in place: no slice for the many results it rules out. */
function mayEndWithModifierAt(text: string, from: number, to: number): boolean {
  let k = to - 1;
  if (k < from) return false;
  const last = text.charCodeAt(k);
  if ((last | 32) === 100 /* d */) return true;
  if (last === 45 /* - */) {
    if (k === from) return false;
    const c = text.charCodeAt(k - 1) | 32;
    return c === 121 || c === 101 || c === 100 || c === 114; // y e d r
  }
  if (!isSpace(last)) return false;
  while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === from) return false;
  const c = text.charCodeAt(k - 1) | 32;
  return c === 102 || c === 101 || c === 121 || c === 100 || c === 114; // f e y d r
}

const MOD: Readonly<Record<string, TimexMod>> = {
  end: 'END', close: 'END', late: 'END', beginning: 'START', start: 'START', dawn: 'START', early: 'START', turn: 'START',
  middle: 'MID', mid: 'MID',
};

/**
 * Folds "early", "mid", "late", "the end of", "the beginning of", "the start of" into the time
 * they qualify: "by the end of January" → 2017-01 END, "late 2006" → 2006 END, "mid-2011" → 2011
 * MID, "end-2014" → 2014 END. The value keeps the granularity of the time itself (the end of January is a month, not
 * its 31st day).
 */
export class ENModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const hasRef = !!narrativeOf(context).reference;
    return results.map((r) => {
      const from = Math.max(0, r.index - 40);
      if (!mayEndWithModifierAt(context.text, from, r.index)) return r;
      const m = BEFORE.exec(context.text.slice(from, r.index));
      if (!m) return r;
      const info = timexOf(r, hasRef);
      if (!info || info.type !== 'DATE' || /_REF$/.test(info.value)) return r;
      // "end-2014", "end-March": wire copy's (Reuters') end of a year or a month.
      const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
      const mod = MOD[word];
      if (!mod && word !== 'earlier' && word !== 'later') return r;
      const start = r.index - m[0].length;
      const extended = context.createParsingResult(start, r.index + r.text.length);
      extended.start = r.start.clone();
      for (const tag of r.start.tags()) extended.start.addTag(tag);
      // "earlier this month": part of the extent, without a TimeML mod.
      return annotate(extended, mod ? { ...info, mod } : { ...info });
    });
  }
}
