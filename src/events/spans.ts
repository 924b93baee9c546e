/**
 * Spans: a duration tied to a happening ("a nearly nine-month operation", "efforts … that lasted
 * nearly 9-months") becomes a range ending at the time in force, or at the points the tagger gives.
 */
import type { Granularity, Qualifier } from '../model.ts';
import type { Timex } from '../temporal/types.ts';
import { SPAN_NOUNS, VERB_SYNONYMS, infinitive } from './lexicon.ts';
import { headlinePhrase, type Discourse } from './title.ts';
import { calendarDate, coarsen, daysBefore, durationDays, durationMonths, monthsBefore, type CalendarDate } from './timex-date.ts';
import { isBaseVerb, type Token } from './tokens.ts';

export interface Span {
  title: string;
  start: string;
  end: string;
  granularity: Granularity;
  qualifier?: Qualifier;
  /** The end came from the narrative, not from the sentence. */
  inferred: boolean;
  signature: string[];
}

// Patterns made once (a pattern literal makes a new RegExp object at each evaluation).
const PLURAL_S = /[^s]s$/;
const ABOUT = /^(of|against|in|on|for|over)$/;
const HEDGED_LENGTH = /^(nearly|about|almost|around|roughly|some|approximately|over)$/i;
const APPROXIMATE = /\b(nearly|about|almost|around|roughly|some|approximately|more than|over|less than)\b/i;

const LASTING = new Set(['lasted', 'lasting', 'spanned', 'spanning', 'took', 'stretched', 'ran', 'running', 'endured']);

function singular(w: string): string {
  return PLURAL_S.test(w) ? w.slice(0, -1) : w;
}

/** The noun of the happening a duration measures, or -1. */
function anchorNoun(tokens: Token[], first: number, last: number): number {
  let k = last + 1;
  while (tokens[k] && (tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'adv')) k++;
  if (tokens[k] && SPAN_NOUNS.has(tokens[k]!.lower)) return k;
  let j = first - 1;
  while (tokens[j] && tokens[j]!.cls === 'adv') j--;
  if (tokens[j] && LASTING.has(tokens[j]!.lower)) {
    for (let n = j - 1; n >= 0 && j - n <= 12; n--) if (SPAN_NOUNS.has(tokens[n]!.lower)) return n;
  }
  return -1;
}

function countAdjectives(tokens: Token[], last: number, noun: number): number {
  let n = 0;
  for (let k = last + 1; k < noun; k++) if (tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'adv') n++;
  return n;
}

/** Words after the noun that say what the happening was about ("to retake the city", "against ISIS"). */
function complement(tokens: Token[], noun: number): { end: number; verb?: string } {
  let k = noun + 1;
  const startsWith = tokens[k];
  if (!startsWith) return { end: k };
  let verb: string | undefined;
  if (startsWith.cls === 'to' && tokens[k + 1] && isBaseVerb(tokens[k + 1]!)) {
    verb = infinitive(tokens[k + 1]!.lower, 'PresentTense');
    k += 2;
  } else if (startsWith.cls === 'prep' && ABOUT.test(startsWith.lower)) {
    k++;
  } else {
    return { end: k };
  }
  const limit = k + 6;
  while (k < tokens.length && k < limit) {
    const t = tokens[k]!;
    if (t.timex || t.cls === 'rel' || t.cls === 'sub' || t.cls === 'coord' || (t.cls === 'punct' && t.text !== '’') || t.cls === 'be' || t.cls === 'have' || t.cls === 'modal' || t.cls === 'past' || t.lower === 'that') break;
    k++;
  }
  return verb ? { end: k, verb } : { end: k };
}

/** Words before a length that make its span another one than the one ending now ("a further three-month search", "a second five-year term"). */
const ANOTHER = new Set(['further', 'another', 'new', 'second', 'third', 'next', 'extra', 'additional']);
/** Words before a length's phrase that put the happening inside the span ("midway through a five-year term", "two years into a 10-year sentence"). */
const INSIDE = new Set(['through', 'into', 'during', 'throughout', 'within']);

/** Verb forms that start a span rather than end it. */
const STARTING = new Set(['begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'launch', 'launches',
  'launched', 'launching', 'open', 'opens', 'opened', 'opening', 'embark', 'embarks', 'embarked', 'win', 'wins', 'won', 'winning',
  'sign', 'signs', 'signed', 'signing', 'award', 'awarded', 'grant', 'granted', 'given', 'handed', 'sentenced', 'face', 'faces',
  'faced', 'facing', 'announce', 'announced', 'announces', 'unveil', 'unveiled', 'unveils', 'propose', 'proposed', 'proposes']);

/**
 * A length whose span does not end at the time in force: in a clause of a plan ("the BEA will seek money for a
 * further three-month search"), for another span than the one just over ("won a second five-year term"), or
 * with the happening inside it ("resigned in March 2022, midway through a five-year term").
 */
function notEndingNow(tokens: Token[], first: number): boolean {
  // (Also one that starts at the clause's time: "began a 10-year sentence".)
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.cls === 'det' || tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'adv' || ANOTHER.has(tokens[k]!.lower))) {
    if (ANOTHER.has(tokens[k]!.lower)) return true;
    k--;
  }
  if (k >= 0 && INSIDE.has(tokens[k]!.lower)) return true;
  // "began a 10-year sentence", "was sentenced to a five-year term", "embarked on a two-week tour": it starts then.
  const verb = k >= 1 && (tokens[k]!.lower === 'to' || tokens[k]!.lower === 'on') ? tokens[k - 1]! : tokens[k];
  if (verb !== undefined && STARTING.has(verb.lower)) return true;
  // A modal in the clause before the length.
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.cls === 'modal') return true;
    if (t.cls === 'sub' || t.cls === 'rel' || (t.cls === 'punct' && t.text !== '’' && t.text !== "'")) return false;
  }
  return false;
}

const APPROX_MODS = new Set(['APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);

/**
 * The span a DURATION timex gives, if it measures a happening. `timeInForce` is where the
 * narrative stands (the span ends there unless the tagger anchored it).
 */
export function spanOf(tokens: Token[], timex: Timex, timeInForce: CalendarDate | null, d: Discourse): Span | null {
  if (timex.type !== 'DURATION') return null;
  const first = tokens.findIndex((t) => t.start >= timex.start && t.start < timex.end);
  if (first < 0) return null;
  let last = first;
  while (tokens[last + 1] && tokens[last + 1]!.start < timex.end) last++;
  const noun = anchorNoun(tokens, first, last);
  if (noun < 0 || notEndingNow(tokens, first)) return null;
  const comp = complement(tokens, noun);
  let words = headlinePhrase(tokens, [noun, comp.end], d, 'object');
  if (words.length === 0) return null;
  // A bare noun says little: "Campaign" reads better as "Nine-month campaign".
  if (comp.end === noun + 1 && first === noun - 1 - countAdjectives(tokens, last, noun)) {
    // The words before the noun (a hedge of the length left out), then the phrase; one list, built in a loop
    // (the copy, filter, map and spread it replaces deoptimised spanOf in every cold run).
    const lead: string[] = [];
    for (let k = first; k < noun; k++) if (!tokens[k]!.timex || !HEDGED_LENGTH.test(tokens[k]!.lower)) lead.push(tokens[k]!.text);
    for (let n = 0; n < words.length; n++) lead.push(words[n]!);
    words = lead;
  }
  const title = words.join(' ').replace(/\s+([’'])/g, '$1');

  let start: CalendarDate | null = null;
  let end: CalendarDate | null = null;
  let inferred = false;
  if (timex.beginPoint && timex.endPoint) {
    start = calendarDate(timex.beginPoint);
    end = calendarDate(timex.endPoint);
  }
  if (!start || !end) {
    if (!timeInForce) return null;
    inferred = true;
    const months = durationMonths(timex.value);
    const days = durationDays(timex.value);
    if (months !== null) {
      end = coarsen(timeInForce, 'month');
      start = monthsBefore(end, months);
    } else if (days !== null && timeInForce.granularity === 'day') {
      end = timeInForce;
      start = daysBefore(end, days);
    } else {
      return null;
    }
  }
  const granularity: Granularity = start.granularity === end.granularity ? start.granularity : 'month';
  const s = coarsen(start, granularity), e = coarsen(end, granularity);
  const signature = ['span', comp.verb ? (VERB_SYNONYMS[comp.verb] ?? comp.verb) : singular(tokens[noun]!.lower)];
  const approx = (timex.mod && APPROX_MODS.has(timex.mod)) || APPROXIMATE.test(timex.text);
  // The qualifier field is there from the start (one shape for every span: adding it later changed the shape compiled code relied on).
  return {
    title: title.charAt(0).toUpperCase() + title.slice(1),
    start: s.iso, end: e.iso, granularity, qualifier: approx ? 'approx' : undefined, inferred, signature,
  };
}
