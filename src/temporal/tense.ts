/** The tense of the clause around a time expression, from cheap lexical cues. */
export type Tense = 'past' | 'future' | 'present';

/** Finite auxiliaries and reporting verbs: they decide when present near the expression. */
const STRONG_FUTURE = /\b(?:will|shall|won't|'ll|going to|expects?|expected to|plans? to|planned to|intends? to|aims? to|is to|are to|to be|scheduled|slated|due to|due in|set to|would|should|may|might|must|upcoming|coming|next|forecasts?|predicts?|hopes? to|wants? to|seeks? to|needs? to|until|remain)\b/gi;
const STRONG_PAST = /\b(?:was|were|had|did|ago|said|told|earlier|last|since|began|came|rose|fell|grew|took|made|went|saw|won|lost|sold|bought|became|left|led|hit|paid|spent|met|held|reported|announced|fell|dropped|traveled|travelled)\b/gi;
/** A verb in -ed, unless a participle after "be"/"been"/"to be" or one of the verbs of intention. */
const WEAK_PAST = /\b\w{3,}ed\b/gi;
const NOT_PAST_ED = /^(?:expected|scheduled|planned|intended|slated|projected|anticipated|proposed|need|speed|feed|seed|breed|bed|red|shed|embed)$/i;

/** Window of characters either side of the expression that tense cues are looked for in. */
const WINDOW = 100;

interface Cue {
  d: number;
  t: Tense;
}

function nearest(window: string, lo: number, start: number, end: number, re: RegExp, t: Tense, skip?: (word: string, at: number) => boolean): Cue | undefined {
  let best: Cue | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const at = lo + m.index;
    if (at >= start && at < end) continue;
    if (skip?.(m[0], m.index)) continue;
    // Cues before the expression bind more tightly than those after it.
    const d = at < start ? start - (at + m[0].length) : (at - end) * 1.5;
    if (!best || d < best.d) best = { d, t };
  }
  return best;
}

/**
 * The tense of the clause holding `[start, end)`: the nearest auxiliary or reporting verb ("will",
 * "is expected to", "was", "said") decides; failing those, the nearest verb in -ed; else present.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const lo = Math.max(0, start - WINDOW);
  const hi = Math.min(sentence.length, end + WINDOW);
  const window = sentence.slice(lo, hi);
  // The month May is no modal verb.
  const strong = [nearest(window, lo, start, end, STRONG_FUTURE, 'future', (word) => word === 'May'), nearest(window, lo, start, end, STRONG_PAST, 'past')]
    .filter((c): c is Cue => !!c)
    .sort((a, b) => a.d - b.d)[0];
  if (strong) return strong.t;
  const weak = nearest(window, lo, start, end, WEAK_PAST, 'past', (word, at) => NOT_PAST_ED.test(word) || /\b(?:be|been|being|is|are)\s+$/i.test(window.slice(Math.max(0, at - 8), at)));
  return weak?.t ?? 'present';
}
