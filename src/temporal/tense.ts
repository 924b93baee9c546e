import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './irregular-past.ts';

/** The tense of the clause around a time expression, from cheap lexical cues. */
export type Tense = 'past' | 'future' | 'present';

/** Finite auxiliaries and reporting verbs: they decide when present near the expression. */
const STRONG_FUTURE = /\b(?:will|shall|won't|'ll|going to|expects?|expected to|plans? to|planned to|intends? to|aims? to|is to|are to|to be|scheduled|slated|due to|due in|set to|would|should|may|might|must|upcoming|forecasts?|predicts?|hopes? to|wants? to|seeks? to|needs? to|remain|faces?|awaits?|prepares? (?:for|to)|payable|set(?:\s+[a-z]+){0,2}\s+for|takes? effect|comes? into (?:force|effect)|goes into effect|go into effect|opens|closes|begins|starts|ends|resumes|reopens|kicks off|expires|takes place|goes on sale|gets under way|goes to the polls)\b/gi;
/** Past tense forms: a few regular and ambiguous ones ("rose", "left", "hit"), and every irregular one. */
// Short past forms the -ed pattern (three letters before "ed") misses, and irregular ones compromise's
// list lacks: "died", "fled", "sued", "drew", "got", "overtook". Not "fed" (the Fed), "spat", "slew", "dove" (nouns).
const STRONG_PAST = [...new Set(['earlier', 'rose', 'lost', 'left', 'led', 'hit', 'reported', 'announced', 'dropped', 'traveled', 'travelled', 'died', 'fled', 'sued', 'drew', 'bled', 'sped', 'owed', 'eyed', 'got', 'overtook', 'overran', 'bore', 'strode', 'woke', 'burnt', 'learnt', 'stank', 'slung', ...IRREGULAR_PAST])].join('|');
/** Irregular participles ("sworn", "taken") weigh as a verb in -ed does. */
const PARTICIPLE = IRREGULAR_PARTICIPLES.join('|');
/**
 * "it forecast", "he quit", "she cut": a verb whose past is spelt as its infinitive, right after a
 * singular pronoun, is in the past (the present would take an -s).
 */
const PRONOUN_BARE_PAST = /\b(?:it|he|she)\s+(?:forecast|set|put|cut|hit|quit|bet|let|cast|cost|spread|shut|burst|broadcast|hurt|split|upset|shed)\b/gi;
/** Before "set … for" or "forecast": a subject or auxiliary that puts it in the past ("was set for", "it forecast"). */
const AFTER_PAST_SUBJECT = /\b(?:was|were|had been|it|he|she)\s+$/i;
/** A verb in -ed, unless a participle after "be"/"been"/"to be" or one of the verbs of intention. */
const WEAK_PAST = /\b\w{3,}ed\b/gi;
const NOT_PAST_ED = /^(?:expected|scheduled|planned|intended|slated|projected|anticipated|proposed|need|speed|feed|seed|breed|bed|red|shed|embed)$/i;

/**
 * Words that tell the direction only of the time right next to them: "since March", "until May",
 * "next Monday", "last June", "two years ago". Farther away they belong to another time.
 */
const ADJACENT_PAST = 'since|last|ago';
const ADJACENT_FUTURE = 'until|till|through|next|coming|starting|beginning|effective';

/**
 * The strong past words and both adjacent lists in one scan, a group for each. All are single
 * words between word boundaries, and no word is in two lists: a match is a whole word of one list,
 * so one scan finds just what a scan per list finds.
 */
const ONE_WORD_CUES = new RegExp(`\\b(?:(${STRONG_PAST})|(${ADJACENT_PAST})|(${ADJACENT_FUTURE})|(${PARTICIPLE}))\\b`, 'gi');

/** A participle after a present or future form of "be" ("is held", "to be released") or of "stay", "remain" ("will stay closed") tells no past. */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|stay|stays|remain|remains)\s+$/i;

/** Window of characters either side of the expression that tense cues are looked for in. */
const WINDOW = 100;

/**
 * Weights in half units, all small integers: an auxiliary or reporting verb 2, a verb in -ed 3
 * (half again as far away). A fractional weight (1.5 among 1s) changed the field's representation
 * in V8 and sent tenseAround into a loop of deoptimisations in some cold runs.
 */
const STRONG = 2;
const WEAK = 3;
/** Weight marking a cue that counts only right next to the expression (distance as a strong one). */
const ADJACENT = -2;
/** "until", "till", "through": adjacent future cues that give way to a past verb before them ("remained closed until Monday"). */
const UNTIL = -4;

interface Cue {
  at: number;
  length: number;
  t: Tense;
  /** Weak cues (a verb in -ed) count as farther away: STRONG, WEAK or ADJACENT. */
  weight: number;
}

function scan(sentence: string, re: RegExp, t: Tense, weight: number, out: Cue[], skip?: (word: string, at: number) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (skip?.(m[0], m.index)) continue;
    out.push({ at: m.index, length: m[0].length, t, weight });
  }
}

// The cues of the last sentence asked about: a sentence's expressions are resolved one after another.
let cachedSentence: string | undefined;
let cachedCues: Cue[] = [];

function cuesIn(sentence: string): Cue[] {
  if (sentence === cachedSentence) return cachedCues;
  const cues: Cue[] = [];
  const passive = (at: number): boolean => PASSIVE_BEFORE.test(sentence.slice(Math.max(0, at - 8), at));
  // The month May is no modal verb.
  // "set sentencing for Jan. 20" is an appointment ahead; "was set for Oct. 2" may be one gone by;
  // "it forecast in July" told of a forecast made then.
  scan(sentence, STRONG_FUTURE, 'future', STRONG, cues, (word, at) => word === 'May' || (/^(?:set\s|forecast$)/i.test(word) && AFTER_PAST_SUBJECT.test(sentence.slice(Math.max(0, at - 12), at))));
  // Strong past words, then -ed verbs, then the adjacent-only words, each in text order, as when
  // each list had its own scan (the first of two cues at the same distance decides).
  const adjacentPast: Cue[] = [];
  const adjacentFuture: Cue[] = [];
  const participles: Cue[] = [];
  ONE_WORD_CUES.lastIndex = 0;
  for (let m = ONE_WORD_CUES.exec(sentence); m; m = ONE_WORD_CUES.exec(sentence)) {
    const at = m.index;
    const length = m[0].length;
    if (m[1] !== undefined) {
      if (!passive(at)) cues.push({ at, length, t: 'past', weight: STRONG });
    } else if (m[2] !== undefined) adjacentPast.push({ at, length, t: 'past', weight: ADJACENT });
    else if (m[3] !== undefined) {
      if (length === 7 && (m[3] === 'through' || m[3] === 'Through') && periodEnd(sentence, at)) continue;
      adjacentFuture.push({ at, length, t: 'future', weight: length <= 7 && /^(?:until|till|through)$/i.test(m[3]) ? UNTIL : ADJACENT });
    }
    else if (!passive(at)) participles.push({ at, length, t: 'past', weight: WEAK });
  }
  scan(sentence, PRONOUN_BARE_PAST, 'past', STRONG, cues);
  // Participles and -ed verbs in one text-ordered list, as one scan of both would give.
  const weak: Cue[] = [];
  scan(sentence, WEAK_PAST, 'past', WEAK, weak, (word, at) => NOT_PAST_ED.test(word) || passive(at));
  if (participles.length > 0) weak.push(...participles), weak.sort((a, b) => a.at - b.at);
  for (const c of weak) cues.push(c);
  // Adjacent-only cues count only a word's width away (see tenseAround).
  for (const c of adjacentPast) cues.push(c);
  for (const c of adjacentFuture) cues.push(c);
  cachedSentence = sentence;
  cachedCues = cues;
  return cues;
}

/**
 * The tense of the clause holding `[start, end)`. The nearest cue before the expression decides
 * ("said Monday", "will … next week", "who returned … on Wednesday"); auxiliaries and reporting
 * verbs ("will", "is expected to", "was", "said") weigh more than a verb in -ed. With no cue
 * before it, the nearest one after it ("On Friday, the index fell"); with none, the present.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  let before: { d: number; t: Tense } | undefined;
  let any: { d: number; t: Tense } | undefined;
  const cues = cuesIn(sentence);
  // "The road remained closed until Monday": a past verb before the expression outweighs "until";
  // not a participle right before "until" ("kept markets closed until Friday") nor after "has" ("has continued").
  let pastBefore = false;
  for (const c of cues) if (c.t === 'past' && c.weight > 0 && c.at < start && c.at >= start - WINDOW && pastOutweighsUntil(sentence, c, start)) pastBefore = true;
  for (const c of cues) {
    if (c.at >= start && c.at < end) continue;
    if (c.at < start - WINDOW || c.at + c.length > end + WINDOW) continue;
    const isBefore = c.at < start;
    const gap = isBefore ? start - (c.at + c.length) : c.at - end;
    if ((c.weight === ADJACENT || c.weight === UNTIL) && gap > 2) continue;
    if (c.weight === UNTIL && pastBefore && !RESCHEDULED.test(sentence.slice(Math.max(0, c.at - 48), c.at)) && !STATE_AHEAD.test(sentence.slice(Math.max(0, c.at - 40), c.at))) continue;
    const d = gap * (c.weight === UNTIL ? -ADJACENT : Math.abs(c.weight));
    if (isBefore && (!before || d < before.d)) before = { d, t: c.t };
    if (!any || d < any.d) any = { d, t: c.t };
  }
  if (!before && governedByExpectation(sentence, start)) return 'future';
  return (before ?? any)?.t ?? 'present';
}

/** "was postponed until Friday": a date moved to is ahead whatever the tense of the moving. */
const RESCHEDULED = /\b(?:postponed|delayed|adjourned|deferred|extended|suspended|rescheduled|pushed back|put off|moved)(?:\s+[\w'’-]+){0,3}\s+$/i;
/**
 * "issued a red flag warning for the area through 8 p.m. Tuesday", "imposed a curfew until Monday":
 * a warning, order or ban runs to a time ahead whatever the tense of its issuing.
 */
const STATE_AHEAD = /\b(?:warnings?|watch(?:es)?|advisor(?:y|ies)|curfews?|bans?|orders?|restrictions?|alerts?|emergency|lockdowns?|moratori(?:um|a))\b[^,.;]{0,30}$/i;
/** "the three months through Sept. 30", "from January through March": the end of a period or a span, no direction. */
const PERIOD_BEFORE = /\b(?:months?|quarters?|weeks?|years?|days|period|half)\s+$/i;
const SPAN_BEFORE = /\bfrom\b[^,;.]{0,30}$/i;
const periodEnd = (sentence: string, at: number): boolean =>
  PERIOD_BEFORE.test(sentence.slice(Math.max(0, at - 10), at)) || SPAN_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));

const PERFECT_BEFORE = /\b(?:has|have|'s|'ve)\s+$/i;
const UNTIL_RIGHT_AFTER = /^\s+(?:until|till)\b/i;

function pastOutweighsUntil(sentence: string, c: Cue, start: number): boolean {
  if (PERFECT_BEFORE.test(sentence.slice(Math.max(0, c.at - 6), c.at))) return false;
  return c.weight === STRONG || !UNTIL_RIGHT_AFTER.test(sentence.slice(c.at + c.length, start));
}

/** Verbs of expectation or plan that take an infinitive: what they govern lies ahead. */
const EXPECTATION = /^(?:expects?|expected to|plans? to|planned to|intends? to|aims? to|hopes? to|wants? to|seeks? to|needs? to|is to|are to|set to|due to|scheduled|slated|forecasts?|predicts?|prepares? to)$/i;
/** An infinitive ("to move", "to weaken"), not "to the", "to a", "to $5": the clause the verb governs goes on. */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|about|around|nearly|more|less|at|as)\b)[a-z]{3,}\b/i;

/**
 * With no cue within the window before the expression, a verb of expectation farther back in the
 * sentence still governs it through an infinitive ("Forecasters expect Lorna to weaken … as it
 * crosses Virginia, and to move out to sea on Saturday"): the nearest cue before, whatever its
 * distance, is such a verb, and an infinitive lies between it and the expression.
 */
function governedByExpectation(sentence: string, start: number): boolean {
  let nearest: Cue | undefined;
  for (const c of cuesIn(sentence)) {
    if (c.weight === ADJACENT || c.weight === UNTIL || c.at + c.length > start) continue;
    if (!nearest || c.at > nearest.at) nearest = c;
  }
  if (!nearest || nearest.t !== 'future' || !EXPECTATION.test(sentence.slice(nearest.at, nearest.at + nearest.length))) return false;
  const between = sentence.slice(nearest.at, start);
  return !/[;:]/.test(between) && INFINITIVE.test(between);
}
