/** The tense of the clause around a time expression, from cheap lexical cues. */
export type Tense = 'past' | 'future' | 'present';

/** Finite auxiliaries and reporting verbs: they decide when present near the expression. */
const STRONG_FUTURE = /\b(?:will|shall|won't|'ll|going to|expects?|expected to|plans? to|planned to|intends? to|aims? to|is to|are to|to be|scheduled|slated|due to|due in|set to|would|should|may|might|must|upcoming|coming|next|forecasts?|predicts?|hopes? to|wants? to|seeks? to|needs? to|until|remain)\b/gi;
const STRONG_PAST = /\b(?:was|were|had|did|ago|said|told|earlier|last|since|began|came|rose|fell|grew|took|made|went|saw|won|lost|sold|bought|became|left|led|hit|paid|spent|met|held|reported|announced|fell|dropped|traveled|travelled)\b/gi;
/** A verb in -ed, unless a participle after "be"/"been"/"to be" or one of the verbs of intention. */
const WEAK_PAST = /\b\w{3,}ed\b/gi;
const NOT_PAST_ED = /^(?:expected|scheduled|planned|intended|slated|projected|anticipated|proposed|need|speed|feed|seed|breed|bed|red|shed|embed)$/i;

/** A participle after a present or future form of "be" ("is held", "to be released") tells no past. */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are)\s+$/i;

/** Window of characters either side of the expression that tense cues are looked for in. */
const WINDOW = 100;

interface Found {
  /** Distance in characters from the expression. */
  d: number;
  t: Tense;
  before: boolean;
}

function collect(window: string, lo: number, start: number, end: number, re: RegExp, t: Tense, weight: number, skip?: (word: string, at: number) => boolean): Found[] {
  const found: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const at = lo + m.index;
    if (at >= start && at < end) continue;
    if (skip?.(m[0], m.index)) continue;
    const before = at < start;
    found.push({ d: (before ? start - (at + m[0].length) : at - end) * weight, t, before });
  }
  return found;
}

/**
 * The tense of the clause holding `[start, end)`. The nearest cue before the expression decides
 * ("said Monday", "will … next week", "who returned … on Wednesday"); auxiliaries and reporting
 * verbs ("will", "is expected to", "was", "said") weigh more than a verb in -ed. With no cue
 * before it, the nearest one after it ("On Friday, the index fell"); with none, the present.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const lo = Math.max(0, start - WINDOW);
  const hi = Math.min(sentence.length, end + WINDOW);
  const window = sentence.slice(lo, hi);
  const cues = [
    // The month May is no modal verb.
    ...collect(window, lo, start, end, STRONG_FUTURE, 'future', 1, (word) => word === 'May'),
    ...collect(window, lo, start, end, STRONG_PAST, 'past', 1, (_word, at) => PASSIVE_BEFORE.test(window.slice(Math.max(0, at - 8), at))),
    ...collect(window, lo, start, end, WEAK_PAST, 'past', 1.5, (word, at) => NOT_PAST_ED.test(word) || PASSIVE_BEFORE.test(window.slice(Math.max(0, at - 8), at))),
  ];
  const nearest = (list: Found[]): Found | undefined => list.reduce<Found | undefined>((best, c) => (!best || c.d < best.d ? c : best), undefined);
  return (nearest(cues.filter((c) => c.before)) ?? nearest(cues))?.t ?? 'present';
}
