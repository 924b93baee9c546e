/**
 * Per-source extraction: the happenings one source reports, each dated by its own time
 * expression or by the narrative time in force, with provenance. Plain JSON out.
 */
import type { Diagnostic, Granularity, Mention, Qualifier } from '../model.ts';
import type { ParsedSource } from '../sources/types.ts';
import { tag } from '../temporal/tag.ts';
import type { Timex, TimexMod } from '../temporal/types.ts';
import { analyseClauses, type Predicate } from './clauses.ts';
import { isFurniture, isFurnitureGiven } from './furniture.ts';
import { DECLARING_VERBS, NON_EVENT_VERBS, TITLE_WORDS, irregularPastForms } from './lexicon.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { spanOf } from './spans.ts';
import { calendarDate, coarsen, dayRange, daysBefore, firstDay, isoDaysBefore, monthsBefore, timexDate, type CalendarDate } from './timex-date.ts';
import { SAYING_FORMS, declaredWords, headline, newDiscourse, notePlaces, personNamed, type Discourse } from './title.ts';
import { quotedMaskShared, timexBoundsShared, tokenize, tokensMayHoldNeeded, type Token } from './tokens.ts';
import type { ExtractedEvent, SourceExtraction } from './types.ts';

/** Where the narrative stands: the news "now" (the reference date) or the last date a main clause gave. */
interface TimeInForce {
  date: CalendarDate;
  /** story: the day the lede dated the news to, which a new paragraph of the opening ones goes back to. */
  origin: 'now' | 'anchor' | 'story';
  /** For a flashback (an anchor far from "now"): how many more sentences it dates. */
  left?: number;
  /** For the story's day: the verb of the lede's happening, its infinitive and as written ("sentence sentenced"), '' when its date came with no happening. */
  happening?: string;
}

/** A flashback dates only its own sentence: news mostly returns to its story right after one. */
const FLASHBACK_SENTENCES = 0;

const QUALIFIERS: Partial<Record<TimexMod, Qualifier>> = {
  START: 'start', MID: 'mid', END: 'end', APPROX: 'approx',
  BEFORE: 'before', ON_OR_BEFORE: 'before', AFTER: 'after', ON_OR_AFTER: 'after',
};

/** QUALIFIERS as a Map: a keyed read of the object by a new modifier name deoptimised the sentence code ("wrong name"). */
const QUALIFIER_OF = new Map<string, Qualifier>(Object.entries(QUALIFIERS));
function qualifierOf(mod: TimexMod): Qualifier | undefined {
  return QUALIFIER_OF.get(mod);
}

/** A report frame that hands over to another text ("The Daily Caller reported:"). */
const REPORT_FRAME = /\b(reported|wrote|said|says|writes|reports|added|stated|noted|explained|continued|according to [^:]{1,80}|to state|as follows)\s{0,3}:\s{0,3}$/i;
/** Paragraphs of running text (furniture lines aside) in which the news "now" dates undated happenings. */
const LEDE_PARAGRAPHS = 6;
/** Longest stretch analysed as one sentence. */
const MAX_SENTENCE = 5000;
/** How many unresolved expressions are reported one by one per source before a summary. */
const MAX_UNRESOLVED = 10;

function lineOf(parsed: ParsedSource, offset: number): number {
  let line = parsed.bodyLine;
  for (let i = parsed.body.indexOf('\n'); i !== -1 && i < offset; i = parsed.body.indexOf('\n', i + 1)) line++;
  return line;
}

/** The reference date's last day and the day a month before it, worked out when first needed (fields present from the start: one shape). */
interface NearNow {
  reference: CalendarDate | null; ref?: string; monthBefore?: string;
  /** Happenings left off for a stated date after the reference date, so far (one warning each for the first MAX_LATE). */
  late: number;
}

/** How many happenings dated after the reference date are named one by one per source before a summary. */
const MAX_LATE = 10;

/** The anchor is close to the news "now": a new paragraph goes on from "now" rather than from it. */
function nearNow(date: CalendarDate, window: NearNow): boolean {
  if (!window.reference) return false;
  const [, last] = dayRange(date);
  const ref = referenceLastDay(window, window.reference);
  window.monthBefore ??= isoDaysBefore(ref, 31);
  return last >= window.monthBefore && last <= ref;
}

/** The reference date's last day, worked out once per source. */
function referenceLastDay(window: NearNow, reference: CalendarDate): string {
  return (window.ref ??= dayRange(reference)[1]);
}

/** The verb of a lemma with its particle ("break out" → "break"). */
function headWord(lemma: string): string {
  const space = lemma.indexOf(' ');
  return space < 0 ? lemma : lemma.slice(0, space);
}

// Patterns made once (a pattern literal makes a new RegExp object at each evaluation); none is global or sticky.
/** A length of time that says when ("hours later"), read after the expression. */
const WHEN_AFTER = /^\s*(later|earlier|ago|after|afterwards|before)\b/i;
/** The relation word before a time expression, read in the 22 characters before it ("payable on", "due by": a date set, not when it happened). */
const RELATION = /\b(since|until|till|before|after|payable|due|effective|of record)\s+(?:(?:on|from|by|in)\s+)?(?:the\s+)?$/i;
/** A value that opens with a capital (PRESENT_REF, PAST_REF, …): no date of its own. */
const UNRESOLVED_VALUE = /^[A-Z]/;
const PRONOUN = /^(it|he|she|they|we|i|you)$/i;
const CAPITAL = /^\p{Lu}/u;

const NEGATIVE_SUBJECTS = new Set(['neither', 'no', 'none', 'nobody', 'nothing']);
const PERSON_WORD = /^(\p{Lu}|al-|bin|van|von|de)/u;

const endsWithDot = (word: string): boolean => word.charCodeAt(word.length - 1) === 0x2e;

function isPersonName(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  for (let n = 0; n < words.length; n++) if (!PERSON_WORD.test(words[n]!) || endsWithDot(words[n]!)) return false;
  return true;
}

/** The date and relation word clauseDate read for the expression it returned last (its caller needs both: not read twice). */
let clauseDateValue: CalendarDate | null = null;
let clauseDateRelation: 'before' | 'after' | 'bound' | null = null;

/**
 * The clause's own date: the first date or time in its region with a calendar value, unless a bound
 * of a stretch of time ("the highest since 1992", "until 2005"), which says not when it happened.
 * Its timexDate and relationBefore are left in clauseDateValue and clauseDateRelation.
 */
function clauseDate(tokens: Token[], p: Predicate, own: Timex[], body: string): Timex | undefined {
  const to = tokens[p.regionEnd - 1]?.end ?? 0;
  // "The man arrested on Monday was charged on Wednesday": the verb's own date before its subject's modifier's.
  if (p.modifier >= 0) {
    const t = firstClauseDate(tokens, own, body, tokens[p.first]!.start, to);
    if (t) return t;
  }
  return firstClauseDate(tokens, own, body, tokens[p.regionStart]?.start ?? 0, to);
}

/** The first date in [from, to) of the body that can be a clause's own (see clauseDate). */
function firstClauseDate(tokens: Token[], own: Timex[], body: string, from: number, to: number): Timex | undefined {
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.start < from || t.start >= to) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const date = timexDate(t.value);
    if (date === null) continue;
    if (date.through && periodModifier(tokens, t, body)) continue;
    const relation = relationBefore(body, t.start);
    if (relation === 'bound' || baseline(body, t)) continue;
    clauseDateValue = date;
    clauseDateRelation = relation;
    return t;
  }
  return undefined;
}

/**
 * "Two weeks later, after heavy rain flooded the water system, daily case counts jumped": a date that opens the sentence
 * before a subordinate clause dates the first main clause after it, whose region does not hold it.
 */
function openingDate(tokens: Token[], preds: Predicate[], n: number, own: Timex[], body: string): Timex | undefined {
  for (let m = 0; m < n; m++) if (!preds[m]!.subordinate) return undefined;
  let k = 0;
  while (k < tokens.length && tokens[k]!.timex) k++;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.cls !== 'sub' || preds[0]!.regionStart !== 0) return undefined;
  return firstClauseDate(tokens, own, body, tokens[0]!.start, tokens[k]!.start);
}

/** Predicate `n` is the clause a verb of saying right before it reports ("said it was cancelling", "said that they were"). */
function reportedAfter(tokens: Token[], preds: Predicate[], n: number): boolean {
  if (n === 0) return false;
  const q = preds[n - 1]!;
  return SAYING_FORMS.has(tokens[q.verb]!.lower) && preds[n]!.first - q.after <= 4;
}

/** A name of one to three capitalised words opening a sentence, before a verb form ("Harrow has been…", "General Motors said…"). */
const OPENING_NAME = /^(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,2})\s+(?:has|had|have|is|was|were|will|would|also|said|says|\p{Ll}+ed|\p{Ll}+s)\b/u;
/** Capitalised words that open sentences without naming anyone. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'But', 'And', 'Its', 'His', 'Her', 'Their', 'Our', 'There', 'Some', 'Many', 'Most', 'All', 'One']);

/** The name opening `text`, if it opens with one before a verb form, else null (read only for an "it" that needs it). */
function openingName(text: string): string | null {
  const m = OPENING_NAME.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const space = name.indexOf(' ');
  return NOT_NAMES.has(space < 0 ? name : name.slice(0, space)) ? null : name;
}

/** "of" (and "the") right before a time expression, after another one and "and"/"or" too ("of the 70s and 80s"). */
const OF_BEFORE = /\bof\s+(?:the\s+)?(?:\S+\s+(?:and|or)\s+(?:the\s+)?)?$/i;

/**
 * A period named as a whole that says what a noun was like, not when the clause happened: after "of"
 * ("the boxy cars of the 70s and 80s", "the music of the 1960s"), or before a noun without a preposition
 * of its own ("removed the 1950s facade", "when a winter storm had stripped", "held their Autumn meetings").
 */
function periodModifier(tokens: Token[], t: Timex, body: string): boolean {
  if (OF_BEFORE.test(body.slice(Math.max(0, t.start - 30), t.start))) return true;
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < t.start) k++;
  let before = k - 1;
  while (before >= 0 && tokens[before]!.cls === 'det') before--;
  while (k < tokens.length && tokens[k]!.start < t.end) k++;
  return tokens[k]?.cls === 'noun' && (before < 0 || tokens[before]!.cls !== 'prep');
}

const FROM_BEFORE = /\bfrom\s+$/i;
const EARLIER_END = /\b(?:earlier|ago|before)$/i;

/** "a 32% drop in US sales from a year earlier": the time a change is measured from, not when it happened. */
function baseline(body: string, t: Timex): boolean {
  return EARLIER_END.test(t.text) && FROM_BEFORE.test(body.slice(Math.max(0, t.start - 6), t.start));
}

/** A recurring time ("every Monday") in the clause's region. */
function clauseHasSet(tokens: Token[], p: Predicate, own: Timex[]): boolean {
  const from = tokens[p.regionStart]?.start ?? 0;
  const to = tokens[p.regionEnd - 1]?.end ?? 0;
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.start >= from && t.start < to && t.type === 'SET' && !setModifiesNoun(tokens, p, t)) return true;
  }
  return false;
}

/**
 * "daily case counts jumped", "Annual inflation rose", "weekly sales fell": a one-word SET before a noun says what
 * the noun measures, not that the happening recurs.
 */
function setModifiesNoun(tokens: Token[], p: Predicate, t: Timex): boolean {
  if (t.text.includes(' ')) return false;
  for (let k = p.regionStart; k < p.regionEnd; k++) {
    if (tokens[k]!.start < t.end) continue;
    return !tokens[k]!.timex && (tokens[k]!.cls === 'noun' || tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'proper');
  }
  return false;
}

/** A length of time right after the verb ("took four days"), unless it says when ("followed hours later"). */
function lengthAfterVerb(body: string, own: Timex[], verbEnd: number): boolean {
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.type === 'DURATION' && t.start >= verbEnd && t.start - verbEnd <= 2 && !WHEN_AFTER.test(body.slice(t.end, t.end + 14))) return true;
  }
  return false;
}

export function extractSource(parsed: ParsedSource, given?: Timex[]): SourceExtraction {
  const id = parsed.source.id;
  const events: ExtractedEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!parsed.ok || parsed.body.trim() === '') return { source: id, events, diagnostics };
  const { body } = parsed;
  const referenceDate = parsed.source.referenceDate;
  const timexes = given ?? tag(body, referenceDate ? { referenceDate } : {});
  const reference = referenceDate ? calendarDate(referenceDate.slice(0, 10)) : null;
  const now: TimeInForce | null = reference ? { date: coarsen(reference, 'month'), origin: 'now' } : null;
  const near: NearNow = { reference, ref: undefined, monthBefore: undefined, late: 0 };
  // Buffers shared from source to source (no typed array made per source): read only at offsets inside
  // the body (sentences and their tokens and expressions) and only until this source is done.
  const quoted = quotedMaskShared(body);
  const bounds = timexBoundsShared(timexes);
  const discourse = newDiscourse(body);

  reportUnresolved(parsed, timexes, diagnostics, referenceDate);

  let timeInForce = now;
  // The day the lede dated the news to ("sentenced on Monday"): the opening paragraphs' undated happenings
  // ("Victims applauded…", after a paragraph of background or of the days before) happened then.
  let story: TimeInForce | null = null;
  // The first paragraph of running text read for events: the lede, whose date is the story's day.
  let ledeParagraph = -1;
  // This paragraph told a happening far from "now".
  let flashback = false;
  // A paragraph after a flashback, whose first sentence read says whether the story comes back.
  let returning = false;
  // The start of the line last looked at, and whether it is a line of a chronology ("- June 2012: A routine inspection rates…").
  let chronologyLine = -1, chronology = false;
  // The date the previous sentence's main clause gave, for a sentence that goes on from it ("Hours later, …").
  let previousAnchor: CalendarDate | null = null;
  let paragraph = -1;
  let paragraphs = 0;
  // The last sentence not read for events ("Harrow has been spending heavily…"): what a following "it" may be about.
  let unread: Sentence | null = null;
  let lastRunning = -1;
  let cursor = 0;
  // Indexed loops on the per-sentence paths: a for…of steps an iterator, slow until the code is optimised.
  const sentences = splitSentences(body);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.paragraph !== paragraph) {
      // A flashback lasts for its paragraph; news near "now" carries on from "now".
      if (timeInForce?.origin === 'anchor' && !nearNow(timeInForce.date, near)) timeInForce = null;
      else if (timeInForce !== null) timeInForce = story ?? now;
      // After a paragraph of background far from "now" ("Madoff pleaded guilty in March…"), a paragraph that names the
      // lede's happening again returns to its day ("Victims applauded when the sentence was read"; see namesAgain).
      returning = timeInForce === null && flashback && story !== null && story.happening !== '' && paragraphs < LEDE_PARAGRAPHS;
      flashback = false;
      paragraph = sentence.paragraph;
    }
    if (timeInForce?.left !== undefined) {
      if (timeInForce.left <= 0) timeInForce = null;
      else timeInForce = { ...timeInForce, left: timeInForce.left - 1 };
    }
    while (cursor < timexes.length && timexes[cursor]!.start < sentence.start) cursor++;
    const own: Timex[] = [];
    for (let k = cursor; k < timexes.length && timexes[k]!.start < sentence.end; k++) own.push(timexes[k]!);
    const before = previousAnchor;
    previousAnchor = null;
    // Sentences are trimmed: a frame ends with its colon.
    if (sentence.text.endsWith(':') && sentence.end - sentence.start < 300 && REPORT_FRAME.test(sentence.text)) {
      timeInForce = story = null;
      continue;
    }
    // "Within hours, cooling systems failed", "Aldrin followed him about 20 minutes later": the same day as the sentence before.
    if (before && followsWithinTheDay(body, own)) timeInForce = { date: coarsen(before, 'day'), origin: 'anchor', left: 0 };
    if (sentence.end - sentence.start > MAX_SENTENCE) warnLongSentence(parsed, sentence, own, diagnostics);
    if (!worthAnalysing(sentence, own, quoted, timeInForce !== null || returning)) {
      if (sentence.paragraph !== lastRunning && !isFurniture(sentence.text)) lastRunning = sentence.paragraph, paragraphs++;
      unread = sentence;
      continue;
    }
    const unreadBefore = unread !== null && unread === sentences[s - 1] ? unread : null;
    unread = null;
    // Tokens first: their words say whether the furniture test needs its scans of the whole line (most need none).
    // (`own` is timexes[cursor, cursor + own.length): the same spans, as numbers.)
    const tokens = tokenize(body, sentence.start, sentence.end, bounds, cursor, cursor + own.length);
    if (isFurnitureGiven(sentence.text, tokensMayHoldNeeded())) continue;
    // "Now" dates undated happenings only in the opening paragraphs, where news tells what just happened.
    if (sentence.paragraph !== lastRunning) {
      lastRunning = sentence.paragraph;
      if (++paragraphs > LEDE_PARAGRAPHS && (timeInForce?.origin === 'now' || timeInForce?.origin === 'story')) timeInForce = null;
    }
    if (ledeParagraph < 0) ledeParagraph = sentence.paragraph;
    const lede = story === null && sentence.paragraph === ledeParagraph;
    if (returning) {
      returning = false;
      if (namesAgain(tokens, story!.happening!)) timeInForce = story;
    }
    // "- 1968: The four-lane bridge opens to traffic": a line of a chronology, told in the historical present.
    const lineStart = body.lastIndexOf('\n', sentence.start - 1) + 1;
    if (lineStart !== chronologyLine) {
      chronologyLine = lineStart;
      chronology = sentence.start - lineStart <= 4 && own.length > 0 && isChronologyLabel(body, lineStart, own[0]!);
    }
    const anchor = sentenceEvents(parsed, sentence, own, tokens, quoted, discourse, timeInForce, near, diagnostics, events, lede, chronology, unreadBefore);
    if (anchor) {
      previousAnchor = anchor;
      const close = nearNow(anchor, near);
      // ("…benefits rose 15,000 last week. … Target posted a sales loss.": a month near "now" (a week is shown as its month)
      // says less than the day near "now" in force, which the paragraph goes on telling.)
      if (!(close && anchor.granularity === 'month' && timeInForce !== null && timeInForce.origin !== 'now' && timeInForce.date.granularity === 'day' && nearNow(timeInForce.date, near))) {
        timeInForce = close ? { date: anchor, origin: 'anchor' } : { date: anchor, origin: 'anchor', left: FLASHBACK_SENTENCES };
      }
      if (!close) flashback = true;
    }
    // ("Harrow reported a jump in profit on Wednesday": a main clause's date says the story's day, event or not.)
    if (lede && (anchor ?? ledeStated) !== null) {
      const day = (anchor ?? ledeStated)!;
      if ((day.granularity === 'day' || day.granularity === 'time') && nearNow(day, near)) story = { date: coarsen(day, 'day'), origin: 'story', happening: anchor ? anchorHappening : '' };
    }
  }
  if (near.late > MAX_LATE) {
    diagnostics.push({
      file: parsed.source.file, severity: 'warning',
      message: `${near.late - MAX_LATE} more happenings told in the past are dated after the source's reference date ${reference!.iso} and left off the timeline. Check the dates or the reference date.`,
    });
  }
  return { source: id, events, diagnostics };
}

/** A length of time under a day ("hours", "about 20 minutes") that links a sentence to the one before: "Within hours," or "… later". */
const WITHIN_BEFORE = /\b(?:within|in)\s+(?:a\s+few\s+|several\s+|just\s+)?$/i;
const LATER_AFTER = /^\s*(?:later|afterwards|afterward)\b/i;
function followsWithinTheDay(body: string, own: Timex[]): boolean {
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.type !== 'DURATION' || !t.value.startsWith('PT')) continue;
    if (LATER_AFTER.test(body.slice(t.end, t.end + 14)) || WITHIN_BEFORE.test(body.slice(Math.max(0, t.start - 20), t.start))) return true;
  }
  return false;
}

/** A stretch too long to be a sentence that holds dates: say it was not read. */
function warnLongSentence(parsed: ParsedSource, sentence: Sentence, own: Timex[], diagnostics: Diagnostic[]): void {
  if (!own.some((t) => t.type === 'DATE' && calendarDate(t.value))) return;
  diagnostics.push({
    file: parsed.source.file, line: lineOf(parsed, sentence.start), severity: 'warning',
    message: `a "sentence" of ${sentence.end - sentence.start} characters without a full stop holds dates but was not read for events (longer than ${MAX_SENTENCE}). Break it into sentences if it is prose.`,
  });
}

/**
 * Past forms that could report a happening: a regular -ed/-en ending, or an auxiliary or common irregular
 * past as a word. Two patterns tried in turn: the ending alone scans fast and decides most sentences (one
 * pattern with the three alternatives took twice as long over the corpus's sentences).
 */
const PAST_ENDING = /[a-z](?:ed|en)\b/i;
/**
 * The auxiliaries, common pasts the lexicon lists under other tags ("left", "lost", "hit"), and every
 * irregular past and participle of compromise's verbs ("tore", "swam", "sworn", "dug"), longest first.
 */
export const PAST_WORDS: readonly string[] = [...new Set([
  ...'was were had did took fell won began struck met led fled sent went came made gave left lost held hit shot fought broke ran rose sank spoke stole swore threw wrote drove flew bought brought caught built paid put quit sold set cut beat bit blew chose drew froze grew hung hid knew lay lit overran saw shut slew split spread stood stuck swept tore told thought understood upheld withdrew woke wore'.split(' '),
  ...irregularPastForms(NON_EVENT_VERBS),
])].sort((a, b) => b.length - a.length);
const PAST_WORD = new RegExp(`\\b(?:${PAST_WORDS.join('|')})\\b`, 'i');

/** Whether the text holds a past form (see PAST_ENDING, PAST_WORD). */
export function hasPastHint(text: string): boolean {
  return PAST_ENDING.test(text) || PAST_WORD.test(text);
}

/** The person name a subject ends with ("Party leader Anna Berg"), if it is one. */
function trailingName(tokens: Token[], subject: [number, number]): string | null {
  const from = subject[0], to = subject[1];
  let k = to;
  // ("… of Apple Inc. Steve Jobs": a word with a full stop, an abbreviation or a title, ends what comes before the name.)
  while (k > from && tokens[k - 1]!.cls === 'proper' && !endsWithDot(tokens[k - 1]!.text)) k--;
  // Two to four words, each a capital or a name particle (as isPersonName), read off the tokens.
  if (to - k < 2 || to - k > 4) return null;
  for (let i = k; i < to; i++) if (!PERSON_WORD.test(tokens[i]!.text)) return null;
  // "District Judge Denny Chin": the name after the last title word.
  for (let i = to - 2; i > k; i--) if (TITLE_WORDS.has(tokens[i]!.lower)) { k = i + 1; break; }
  if (to - k < 2) return null;
  let name = tokens[k]!.text;
  for (let i = k + 1; i < to; i++) name += ' ' + tokens[i]!.text;
  return name;
}

/** The relation word right before a time expression: "before"/"after" qualify it, "since"/"until" make it a bound. */
function relationBefore(body: string, start: number): 'before' | 'after' | 'bound' | null {
  const m = RELATION.exec(body.slice(Math.max(0, start - 22), start));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === 'before' ? 'before' : word === 'after' ? 'after' : 'bound';
}

/** Cheap test before tokenising: can this sentence give an event at all? */
function worthAnalysing(sentence: Sentence, own: Timex[], quoted: Uint8Array, narrative: boolean): boolean {
  // Thousands of characters without a full stop are not a sentence a reader wrote (a table, a dump).
  if (sentence.end - sentence.start > MAX_SENTENCE) return false;
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.type === 'DURATION' || ((t.type === 'DATE' || t.type === 'TIME') && !UNRESOLVED_VALUE.test(t.value))) return true;
  }
  // Undated: only a main clause in the narrative's time, never inside quotes, and only with a past form.
  if (!narrative) return false;
  if (quoted[sentence.start] === 1 && quoted[sentence.end - 1] === 1) return false;
  return hasPastHint(sentence.text);
}

/**
 * The date of a clause opened by "since", "after" or "before" right after a length of time ("one year since
 * an earthquake devastated…", "two days after the peninsula voted", "six hours after it touched down"),
 * counted from the date `from` the sentence gave: back for "since" and "after", forward for "before".
 * Null for any other clause, or a length that cannot be counted at the date's granularity.
 */
function countedFrom(tokens: Token[], p: Predicate, own: Timex[], from: CalendarDate): CalendarDate | null {
  const sub = tokens[p.regionStart];
  if (sub === undefined || sub.cls !== 'sub' || (sub.lower !== 'since' && sub.lower !== 'after' && sub.lower !== 'before')) return null;
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.type !== 'DURATION' || t.end > sub.start || sub.start - t.end > 2) continue;
    return shifted(from, t.value, sub.lower === 'before' ? 1 : -1);
  }
  return null;
}

/** `date` moved by a TIMEX3 duration (`P1Y`, `P2D`, `PT6H`, `PXD`…) in `sign`'s direction, at the granularity the length allows. */
function shifted(date: CalendarDate, duration: string, sign: 1 | -1): CalendarDate | null {
  const m = /^P(T?)(\d+|X)([YMWDH])$/.exec(duration);
  if (!m) return null;
  const time = m[1] === 'T', unit = m[3]!, n = m[2] === 'X' ? -1 : Number(m[2]);
  // Hours and minutes: the same day.
  if (time) return unit === 'H' || unit === 'M' ? coarsen(date, 'day') : null;
  if (n < 0) return unit === 'D' || unit === 'W' ? coarsen(date, 'month') : unit === 'M' ? coarsen(date, 'year') : null;
  if (unit === 'Y') return calendarDate(String(date.year + sign * n).padStart(4, '0') + date.iso.slice(4, 10).replace(/T.*/, '')) ?? coarsen(date, 'month');
  if (unit === 'M') return monthsBefore(date, -sign * n);
  const days = unit === 'W' ? 7 * n : n;
  return date.granularity === 'day' || date.granularity === 'time' ? daysBefore(coarsen(date, 'day'), -sign * days) : coarsen(date, 'month');
}

/** A month name, and words that make a date a plan or a bound ("next March", "by March 12", "postponed to March 12"). */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const PLANNED = /\b(?:next|this|coming|following|upcoming)\b/i;
const PLAN_BEFORE = /\b(?:to|for|until|till|by|from)\s+$/i;

/** A date written as a month (and day) with no year, not marked as a plan or a bound. */
function yearLessPast(body: string, t: Timex): boolean {
  return !/\d{4}/.test(t.text) && MONTH_NAME.test(t.text) && !PLANNED.test(t.text) && !PLAN_BEFORE.test(body.slice(Math.max(0, t.start - 12), t.start));
}

const TIME_SUBORDINATORS = new Set(['after', 'before', 'when', 'until', 'since', 'as', 'once']);

/**
 * The singular thing named right before a clause of time opened by "it" ("the lunar module Eagle six hours after
 * it touched down", "the ferry three days after it sank"): the noun phrase's words without determiners, with
 * at most a length of time between it and the subordinator. Null when no such phrase (or a plural, or a name of two capitalised words: a person).
 */
function thingBefore(tokens: Token[], p: Predicate): string | null {
  const sub = tokens[p.regionStart];
  if (sub === undefined || sub.cls !== 'sub' || !TIME_SUBORDINATORS.has(sub.lower) || p.subject[0] !== p.regionStart + 1) return null;
  let k = p.regionStart - 1;
  // ("the ferry on Friday three days after it sank": the dates and their prepositions between.)
  while (k >= 0 && (tokens[k]!.timex || (tokens[k]!.cls === 'prep' && tokens[k + 1]!.timex))) k--;
  const end = k + 1;
  while (k >= 0 && (tokens[k]!.cls === 'noun' || tokens[k]!.cls === 'proper' || tokens[k]!.cls === 'adj') && !tokens[k]!.timex) k--;
  if (end - k - 1 < 1) return null;
  const last = tokens[end - 1]!;
  if (last.cls === 'noun' && last.lower.length > 3 && last.lower.charCodeAt(last.lower.length - 1) === 0x73) return null;
  const words: string[] = [];
  for (let i = k + 1; i < end; i++) words.push(tokens[i]!.text);
  if (isPersonName(words)) return null;
  return words.join(' ');
}

/** A subject of one noun after "the" ("after the deal closed", "after the news broke"): a happening the story told already. */
function toldBefore(tokens: Token[], p: Predicate): boolean {
  return p.subject[1] - p.subject[0] === 2 && tokens[p.subject[0]]!.lower === 'the' && tokens[p.subject[0] + 1]!.cls === 'noun';
}

/**
 * For a relative clause ("…, which killed…"), the date written right before the noun it hangs on ("the
 * September 11, 2001, attacks", "the 2004 tsunami", "the March 2011 earthquake"), else null.
 */
function antecedentDate(tokens: Token[], p: Predicate, own: Timex[]): CalendarDate | null {
  let i = p.first - 1;
  while (i >= 0 && tokens[i]!.cls === 'adv') i--;
  if (i < 0 || tokens[i]!.cls !== 'rel' || p.subject[0] >= p.subject[1]) return null;
  let k = p.subject[0] - 1;
  while (k >= 0 && tokens[k]!.text === ',') k--;
  if (k < 0 || !tokens[k]!.timex) return null;
  const at = tokens[k]!.start;
  for (let n = 0; n < own.length; n++) {
    const t = own[n]!;
    if (t.start <= at && at < t.end) return t.type === 'DATE' || t.type === 'TIME' ? timexDate(t.value) : null;
  }
  return null;
}

/** The date of the clause after predicate `n` when it is its own "when"/"as"/"while" clause with a date of its own, else null. */
function whenClauseDate(tokens: Token[], preds: Predicate[], n: number, own: Timex[], body: string): CalendarDate | null {
  const q = preds[n + 1];
  if (q === undefined || !q.subordinate || own.length === 0) return null;
  const sub = tokens[q.regionStart];
  if (sub === undefined || sub.cls !== 'sub' || (sub.lower !== 'when' && sub.lower !== 'as' && sub.lower !== 'while')) return null;
  const t = clauseDate(tokens, q, own, body);
  // (A date inside what the clause declares, "insisted that the union agree to cuts by next year", is not its own.)
  if (!t || clauseDateRelation !== null || (q.content >= 0 && t.start >= tokens[q.content]!.start)) return null;
  return clauseDateValue;
}

/** ", and raised": the verb group follows "and" right after a comma. */
function joinedAfterComma(tokens: Token[], p: Predicate): boolean {
  const k = p.first;
  return k >= 2 && tokens[k - 1]!.lower === 'and' && tokens[k - 2]!.text === ',';
}

/** The clause after predicate `n` is its own "after …" clause ("was declared after ISF cleared…"). */
function followedByAfter(tokens: Token[], preds: Predicate[], n: number): boolean {
  const q = preds[n + 1];
  if (q === undefined || !q.subordinate) return false;
  const sub = tokens[q.regionStart];
  return sub !== undefined && sub.cls === 'sub' && (sub.lower === 'after' || sub.lower === 'following');
}

/** "no" opens the object, or stands between the verb and it. */
function saysNone(tokens: Token[], p: Predicate): boolean {
  for (let k = p.after; k <= p.object[0] && k < tokens.length; k++) if (tokens[k]!.lower === 'no') return true;
  return false;
}

/** Verbs of saying and showing that tell a happening when their object is a thing, not what was said. */
const SHOWING_VERBS = new Set(['report', 'show', 'call', 'describe']);
/** What witnesses and reporters describe: happenings told elsewhere, not a description that is news itself ("described a new species"). */
const DESCRIBED_HAPPENINGS = new Set(['attack', 'attacks', 'scene', 'incident', 'situation', 'events', 'event', 'moment', 'explosion', 'crash', 'fire',
  'shooting', 'violence', 'conditions', 'ordeal', 'experience', 'encounter', 'chaos', 'aftermath', 'blast']);
/** Nouns of results a report gives. */
const RESULT_NOUNS = new Set(['profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'earnings', 'sales', 'growth', 'jump', 'rise', 'fall', 'drop', 'decline',
  'increase', 'surplus', 'deficit', 'case', 'cases', 'death', 'deaths', 'infection', 'infections', 'result', 'results']);

/** A number or a result noun among tokens[from, to). */
function figuresIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.cls === 'num' || RESULT_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Determiners of an object that says nothing happened ("reported no injuries"). */
const NONE_DETERMINERS = new Set(['no', 'nothing', 'none']);

/**
 * "Harrow reported a 38% jump in profit", "Copperbelt province reported its first two cases", "called the snap
 * election", "showed a prototype": a verb of saying or showing with a noun phrase for its object (no clause, no quote:
 * not "called the crimes evil", "showed the engineer made no inputs", "called him a hero").
 */
function reportsAThing(tokens: Token[], p: Predicate): boolean {
  // ("showed off the glasses": with its particle.)
  if (!SHOWING_VERBS.has(headWord(p.lemma)) || p.content >= 0 || p.object[0] >= p.object[1] || p.voice !== 'active') return false;
  let end = p.object[1];
  // ("called a recess shortly before 9 p.m.": an adverb that leads a time is not the object's.)
  while (end - 1 > p.object[0] && tokens[end - 1]!.cls === 'adv') end--;
  const first = tokens[p.object[0]]!, last = tokens[end - 1]!;
  // ("described trackways left by a large animal": a past form that modifies the object, with its phrase after it.)
  const after = tokens[end] !== undefined && (tokens[end]!.cls === 'adj' || tokens[end]!.cls === 'past') && tokens[end + 1]?.cls === 'prep' ? tokens[end + 1] : tokens[end];
  // ("Witnesses described the attack": a happening told elsewhere, as for "report".)
  if (p.lemma === 'describe') {
    if (DESCRIBED_HAPPENINGS.has(last.lower)) return false;
    // ("described the bankruptcy of Chrysler, and …, as being quick": described as, however far.)
    for (let k = end; k < tokens.length; k++) if (tokens[k]!.lower === 'as') return false;
  }
  if (first.cls !== 'det' && first.cls !== 'num' && first.cls !== 'adj' && first.cls !== 'noun') return false;
  if (NONE_DETERMINERS.has(first.lower) || NONE_DETERMINERS.has(tokens[p.object[0] - 1]?.lower ?? '') || (last.cls !== 'noun' && last.cls !== 'proper' && last.cls !== 'num')) return false;
  // "reported a 38% jump", "reported its first two cases", "reported a loss": a report of figures or results (not
  // "Reuters reported the attack": the happening is the attack, told elsewhere).
  if (p.lemma === 'report' && !figuresIn(tokens, p.object[0], p.object[1])) return false;
  // ("called the crimes evil", "described it as…": a second phrase after the object names or describes it.)
  // ("called a recess shortly before 9 p.m.": an adverb of when after the object.)
  return after === undefined || after.timex || (after.cls === 'punct' && after.text !== '"' && after.text !== '“') || after.cls === 'prep' && after.lower !== 'as' || after.cls === 'coord'
    || (after.cls === 'adv' && (tokens[end + 1]?.timex === true || tokens[end + 1]?.cls === 'prep' || tokens[end + 1]?.cls === 'sub'));
}

const LIST_MARK = /^[ \t]*(?:[-•*–—][ \t]*)?$/;
const LABEL_COLON = /^[ \t]*:[ \t]/;

/** The line at `lineStart` opens with a date (after a list mark at most) and a colon: "- Nov. 4, 2021: A diver finds…". */
function isChronologyLabel(body: string, lineStart: number, first: Timex): boolean {
  if (first.type !== 'DATE' && first.type !== 'TIME') return false;
  return first.start - lineStart <= 4 && LIST_MARK.test(body.slice(lineStart, first.start)) && LABEL_COLON.test(body.slice(first.end, first.end + 4));
}

/** For a sentence of the lede: the first date a main clause of it states, happening or not (set by sentenceEvents). */
let ledeStated: CalendarDate | null = null;
/** The verb of the main clause that gave a sentence's anchor first, its infinitive and as written (set by sentenceEvents). */
let anchorHappening = '';

/**
 * Whether the sentence names the lede's happening again, as a noun or a verb ("the sentence was read" after
 * "was sentenced", "the vote", "voters", "after the quake struck"): a word that opens with the verb's stem,
 * or the verb as the lede wrote it. `happening` is "infinitive written".
 */
function namesAgain(tokens: Token[], happening: string): boolean {
  const space = happening.indexOf(' ');
  const lemma = happening.slice(0, space), written = happening.slice(space + 1);
  const stem = lemma.charCodeAt(lemma.length - 1) === 0x65 ? lemma.slice(0, -1) : lemma;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === written || (stem.length >= 3 && w.length <= stem.length + 4 && w.startsWith(stem))) return true;
  }
  return false;
}

/** Appends the sentence's events to `out`; returns the date its main clause gives the narrative, if any. */
function sentenceEvents(
  parsed: ParsedSource, sentence: Sentence, own: Timex[], tokens: Token[], quoted: Uint8Array, d: Discourse,
  timeInForce: TimeInForce | null, near: NearNow, diagnostics: Diagnostic[], out: ExtractedEvent[], lede: boolean, chronology: boolean,
  unreadBefore: Sentence | null,
): CalendarDate | null {
  const id = parsed.source.id;
  ledeStated = null;
  anchorHappening = '';
  d.sentence++;
  notePlaces(tokens, d);
  const preds = analyseClauses(tokens, chronology);
  let anchor: CalendarDate | null = null;
  let previousPatient: string[] | null = null;
  // The date a main clause of this sentence stated: a later undated main clause ("… on Monday and spread
  // quickly") happened then, not at the narrative's time before the sentence.
  let sentenceDate: CalendarDate | null = null;
  // The date of the last main-clause event of this sentence, stated or inferred: what a "when" clause after it happened at.
  let mainDate: CalendarDate | null = null;

  // The subject a participle or coordinated verb inherits: the last one stated (worked out only when needed).
  let lastWithSubject: Predicate | null = null, lastMainWithSubject: Predicate | null = null;
  for (let n = 0; n < preds.length; n++) {
    const p = preds[n]!;
    // "Born in Mvezo on July 18, 1918, Mandela joined…": an opening participle is about the next clause's subject.
    // ("beating estimates as cloud companies raced to buy its chips, and raised its forecast": after a comma, "and" joins
    // the main clause, not the subordinate one before it.)
    const main = lastWithSubject !== null && lastWithSubject.subordinate && lastMainWithSubject !== null && joinedAfterComma(tokens, p) ? lastMainWithSubject : lastWithSubject;
    const from = main ?? (n === 0 && p.form === 'participle' && n + 1 < preds.length && preds[1]!.subject[0] < preds[1]!.subject[1] ? preds[1]! : null);
    if (p.subject[0] < p.subject[1]) {
      lastWithSubject = p;
      if (!p.subordinate) lastMainWithSubject = p;
    }
    // "Anna Berg is expected to…" names the person a later "she" is about, event or not.
    const named = trailingName(tokens, p.subject);
    if (named) d.person = named;
    // "Harrow has been spending heavily… In August it opened a plant", "Cisco states that it has received…": a name alone
    // as the subject of a main clause is what a following "it" is about, whether the clause tells a happening or not.
    else if (p.form !== 'participle' && !p.subordinate && p.subject[1] - p.subject[0] === 1 && tokens[p.subject[0]]!.cls === 'proper' && !tokens[p.subject[0]]!.timex) {
      d.thing = tokens[p.subject[0]]!.text;
      d.thingAt = d.sentence;
    }
    // "Harrow has been spending heavily… In August it opened a plant": the name that opens the sentence before, which was
    // not read for events (no date), is what a first "it" is about.
    else if (unreadBefore !== null && p.subject[1] - p.subject[0] === 1 && tokens[p.subject[0]]!.lower === 'it' && d.thingAt < d.sentence) {
      const name = openingName(unreadBefore.text);
      if (name !== null) d.thing = name, d.thingAt = d.sentence;
      unreadBefore = null;
    }
    // "The al Qaeda leader had evaded capture…": a person described, not named, for a "him" in the next sentence.
    else if (!p.subordinate && p.subject[1] - p.subject[0] >= 2 && tokens[p.subject[0]]!.lower === 'the' && TITLE_WORDS.has(tokens[p.subject[1] - 1]!.lower)) d.describedAt = d.sentence;
    // The lede's main clauses say the story's day even when they report no happening ("reported a jump … on Wednesday").
    if (lede && ledeStated === null && !p.subordinate && p.form !== 'participle' && clauseDate(tokens, p, own, parsed.body)) ledeStated = clauseDateValue;
    if (p.form === 'state' || p.negated || p.hedged || p.tense !== 'past') continue;
    // "when their season was falling apart", "by 2019 the wiring was failing", "the index was trading below 11,000": a past
    // progressive tells what was going on, the background of a happening; unless reported ("GM said it was cancelling a deal").
    if (p.form === 'finite' && p.first < p.verb && tokens[p.first]!.cls === 'be' && tokens[p.verb]!.cls === 'ing' && !reportedAfter(tokens, preds, n)) continue;
    // "Neither company made a statement", "No one was hurt": a negated subject.
    if (p.subject[0] < p.subject[1] && NEGATIVE_SUBJECTS.has(tokens[p.subject[0]]?.lower ?? '')) continue;
    // "the engineer made no control inputs", "found no survivors": an object that says nothing happened.
    if (p.object[0] < p.object[1] && saysNone(tokens, p)) continue;
    if (NON_EVENT_VERBS.has(headWord(p.lemma)) && !reportsAThing(tokens, p)) {
      // ("Data released Thursday showed the economy grew": the date of what the subject's modifier tells dates the sentence.)
      if (p.modifier >= 0 && !p.subordinate && clauseDate(tokens, p, own, parsed.body)) sentenceDate = clauseDateValue;
      continue;
    }
    // "the highest since 1992", "until 2005": a bound of a stretch of time, not when the happening was.
    const dated = clauseDate(tokens, p, own, parsed.body) ?? (n > 0 && !p.subordinate && tokens[0]!.timex ? openingDate(tokens, preds, n, own, parsed.body) : undefined);
    // A bare participle tells a happening only with its doer ("taken by ISIS") or its own date
    // ("The cathedral, completed in 1345,").
    if (p.form === 'participle' && p.voice === 'passive' && tokens[p.first]!.lower !== 'being' && !p.agent && !dated) continue;
    // "Firefighters say they have freed…", "Harrow said it opened…": a pronoun right after a verb of saying (and "that").
    let sayer: Predicate | null = null;
    if (n > 0 && p.subject[1] - p.subject[0] === 1 && tokens[p.subject[0]]!.cls === 'pron') {
      const q = preds[n - 1]!;
      let k = q.after;
      // ("said on Monday that they…": its date and "that" between.)
      while (k < p.subject[0] && (tokens[k]!.timex || (tokens[k]!.cls === 'prep' && tokens[k + 1]!.timex))) k++;
      if (tokens[k]!.lower === 'that') k++;
      if (k === p.subject[0] && SAYING_FORMS.has(tokens[q.verb]!.lower) && !q.negated) sayer = q;
    }
    const quotedVerb = quoted[tokens[p.verb]!.start] === 1;
    if (clauseHasSet(tokens, p, own)) continue;
    // Quotes are statements, not reports: only a quoted past happening with its own date counts.
    if (quotedVerb && !dated) continue;
    let date: CalendarDate;
    let end: CalendarDate | null = null;
    let qualifier: Qualifier | undefined;
    let inferred = false;
    let mention: Mention;
    if (dated) {
      date = clauseDateValue!;
      if (dated.beginPoint && dated.endPoint) {
        const b = calendarDate(dated.beginPoint), e = calendarDate(dated.endPoint);
        if (b && e) { date = b; end = e; }
      }
      if (dated.mod) qualifier = qualifierOf(dated.mod);
      const relation = clauseDateRelation;
      if (!qualifier && (relation === 'before' || relation === 'after')) qualifier = relation;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: dated.text, dateStart: dated.start, dateEnd: dated.end, timex: dated.value };
    } else if (p.subordinate && mainDate !== null && p.form === 'finite' && tokens[p.regionStart]?.lower === 'when' && tokens[p.regionStart]!.cls === 'sub') {
      // "won the tournament in 1990, when it beat Argentina", "was killed when gunmen stormed a base": at the main clause's time.
      date = mainDate;
      inferred = true;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: '', dateStart: sentence.start, dateEnd: sentence.start };
    } else if (p.subordinate && sentenceDate !== null && p.form === 'finite' && (date = countedFrom(tokens, p, own, sentenceDate)!) !== null) {
      // "marked one year since an earthquake devastated…", "arrested on Dec. 11, 2008, a day after he confessed": counted from the sentence's date.
      inferred = true;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: '', dateStart: sentence.start, dateEnd: sentence.start };
    } else if (p.subordinate && mainDate !== null && p.form === 'finite' && tokens[p.regionStart]?.lower === 'after' && tokens[p.regionStart]!.cls === 'sub' && !toldBefore(tokens, p)) {
      // "made a similar recommendation a decade ago, after two coal trains collided…": at or before the main clause's time.
      date = mainDate;
      qualifier = 'before';
      inferred = true;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: '', dateStart: sentence.start, dateEnd: sentence.start };
    } else if (sayer !== null && clauseDate(tokens, sayer, own, parsed.body)) {
      // "1:15 p.m. — Firefighters in Lisbon say they have freed 140 people": at or before the time it was said (which the
      // saying clause stated for the sentence: "Police have closed the bridge" after it is at that time too).
      date = clauseDateValue!;
      if (!sayer.subordinate) sentenceDate = date;
      qualifier = 'before';
      inferred = true;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: '', dateStart: sentence.start, dateEnd: sentence.start };
    } else if (p.subordinate && p.form === 'finite' && (date = antecedentDate(tokens, p, own)!) !== null) {
      // "since the September 11, 2001, attacks, which killed nearly 3,000 people": at the date of what the relative clause hangs on.
      inferred = true;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: '', dateStart: sentence.start, dateEnd: sentence.start };
    } else {
      // Without its own date, only a main clause takes the narrative's time.
      if (p.subordinate || p.form === 'participle') continue;
      let during = whenClauseDate(tokens, preds, n, own, parsed.body);
      // ("Kestrel, founded in 2016, has raised $1.4 billion", "…, and fossils have followed": a present perfect runs up to now,
      // not at the date another clause of the sentence gave.)
      const inherited = sentenceDate !== null && tokens[p.first]!.lower !== 'has' && tokens[p.first]!.lower !== 'have' ? sentenceDate : null;
      if (!timeInForce && !inherited && !during) continue;
      // (A when-clause told in the past is before "now": a later date there is a plan misread, not the clause's time.)
      if (during && near.reference && firstDay(during) > referenceLastDay(near, near.reference)) during = null;
      // "had trailed", "first announced", "was founded": told as before the narrative's time, so not at it;
      // nor is "began in 1163" when the tagger has no date for the year.
      if (backgrounded(tokens, p) || untaggedYear(tokens, p) || unreadableDate(tokens, p, own)) continue;
      // "Fans wept as the coffin passed on Friday", "Crowds cheered when the result was announced on Sunday": at the time of its when-clause.
      if (during) date = during;
      else if (inherited) date = coarsen(inherited, 'day');
      // "Victory was declared after ISF cleared the last…": later than a happening it does not date, so not
      // surely on the story's day; the month of "now" says no more than the text.
      else if (timeInForce!.origin === 'story' && near.reference && followedByAfter(tokens, preds, n)) date = coarsen(near.reference, 'month');
      else date = timeInForce!.origin === 'now' ? coarsen(timeInForce!.date, 'month') : coarsen(timeInForce!.date, 'day');
      inferred = true;
      mention = { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: '', dateStart: sentence.start, dateEnd: sentence.start };
    }
    const reference = near.reference;
    // "On March 12, a hydrogen explosion tore through…" (published March 11): a month and day without a year in a
    // clause told in the past is the last such day before the reference date, whatever tense the tagger read around it.
    if (reference && dated && end === null && firstDay(date) > referenceLastDay(near, reference) && yearLessPast(parsed.body, dated)) {
      const before = calendarDate(String(date.year - 1).padStart(4, '0') + date.iso.slice(4));
      if (before && firstDay(before) <= referenceLastDay(near, reference)) {
        date = before;
        mention.timex = before.iso;
      }
    }
    if (reference && firstDay(date) > referenceLastDay(near, reference)) {
      warnAfterReference(parsed, sentence, mention.dateText, date, reference, near, diagnostics);
      continue;
    }
    // (Set even when no title comes of the clause: "took six months off in early 2009" still moves the story to 2009.)
    if (dated && !p.subordinate) sentenceDate = date;
    // "Counting took four days": a verb whose only complement is a length of time says nothing on its own.
    // ("followed hours later" is a happening: the length there says when, not how long.)
    if (p.object[0] === p.object[1] && p.voice === 'active' && lengthAfterVerb(parsed.body, own, tokens[p.verb]!.end)) continue;
    // "declared that the reactors had reached…": what was declared is the title's object. When only the
    // declared clause has a date ("announced that forces retook Mosul on Sunday"), it is the happening, told on its own.
    let declared: string[] | null = null;
    if (p.content >= 0 && n + 1 < preds.length && DECLARING_VERBS.has(headWord(p.lemma))) {
      const q = preds[n + 1]!;
      if (!dated && clauseDate(tokens, q, own, parsed.body)) continue;
      declared = declaredWords(tokens, q, d);
    }
    // "…the lunar module Eagle six hours after it touched down": "it" is the thing named right before the clause.
    if (p.subordinate && p.subject[1] - p.subject[0] === 1 && tokens[p.subject[0]]!.lower === 'it') {
      const thing = thingBefore(tokens, p);
      if (thing !== null) d.thing = thing, d.thingAt = d.sentence;
    }
    const h = headline(tokens, p, from, previousPatient, d, declared, sayer);
    if (!h) continue;
    previousPatient = h.patient;
    // (A period named as a whole, "in the 1950s", dates its own sentence only: the narrative does not stand in it.)
    if (!p.subordinate && dated && !date.through) {
      if (anchor === null) anchorHappening = headWord(p.lemma) + ' ' + tokens[p.verb]!.lower;
      anchor = date;
    }
    // The doer as stated (headline worked it out already; the discourse has not changed since).
    const subj = h.doer;
    // "Madoff, 71, pleaded guilty": a surname alone is the person named in full before.
    // (The person in force already: no look back.)
    const full = subj.length === 1 && CAPITAL.test(subj[0]!)
      ? (d.person !== undefined && d.person.endsWith(' ' + subj[0]!) ? d.person : personNamed(d, subj[0]!, sentence.start)) : null;
    if (isPersonName(subj)) d.person = subj.join(' ');
    else if (full) d.person = full;
    else if (!p.subordinate && subj.length && !PRONOUN.test(subj[0]!)) {
      d.thing = subj.join(' ');
      d.thingAt = d.sentence;
    }
    // "rebuilt in the 1950s", "took over in the autumn of 2022": a period named as a whole spans it (to the reference date at most: a happening told in the past).
    if (end === null && date.through) end = reference && firstDay(date.through) > referenceLastDay(near, reference) ? coarsen(reference, date.granularity) : date.through;
    const event: ExtractedEvent = { title: h.title, start: date.iso, granularity: date.granularity as Granularity, inferred, mention, signature: h.signature };
    if (end) {
      event.end = end.iso;
      event.granularity = end.granularity === date.granularity ? date.granularity : 'month';
    }
    if (qualifier) event.qualifier = qualifier;
    out.push(event);
    if (!p.subordinate) mainDate = date;
  }

  // Few sentences hold a length of time: the span code is reached (and compiled in) only for those.
  if (hasDuration(own)) spanEvents(id, sentence, own, quoted, tokens, anchor ?? (timeInForce ? timeInForce.date : null), anchor !== null, d, out);
  return anchor ?? (sentenceDate?.through ? null : sentenceDate);
}

function hasDuration(own: Timex[]): boolean {
  for (let k = 0; k < own.length; k++) if (own[k]!.type === 'DURATION') return true;
  return false;
}

/** Spans the sentence's durations measure; `tif` is where they end ("retook Mosul on 9 July 2017 after a nine-month campaign": at the sentence's own date). */
function spanEvents(
  id: string, sentence: Sentence, own: Timex[], quoted: Uint8Array, tokens: Token[], tif: CalendarDate | null, anchored: boolean,
  d: Discourse, out: ExtractedEvent[],
): void {
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.type !== 'DURATION' || quoted[t.start] === 1) continue;
    const span = spanOf(tokens, t, tif, d);
    if (!span) continue;
    if (anchored && span.inferred) span.inferred = false;
    const event: ExtractedEvent = {
      title: span.title, start: span.start, end: span.end, granularity: span.granularity, inferred: span.inferred,
      mention: { source: id, text: sentence.text, start: sentence.start, end: sentence.end, dateText: t.text, dateStart: t.start, dateEnd: t.end, timex: t.value },
      signature: span.signature,
    };
    if (span.qualifier) event.qualifier = span.qualifier;
    out.push(event);
  }
}

/**
 * A happening told in the past dated after the reference date. A relative date there ("Friday",
 * "next month") means a plan read as past: skipped quietly. A stated year is a problem in the source: said.
 * (Its own function: the rare diagnostics stay out of the hot sentence loop's compiled code.)
 */
function warnAfterReference(parsed: ParsedSource, sentence: Sentence, dateText: string, date: CalendarDate, reference: CalendarDate, near: NearNow, diagnostics: Diagnostic[]): void {
  if (!/\b\d{4}\b/.test(dateText)) return;
  // (20,000 such sentences gave 20,000 warnings: the first ten are named, the rest counted once at the end.)
  if (++near.late > MAX_LATE) return;
  diagnostics.push({
    file: parsed.source.file, line: lineOf(parsed, sentence.start), severity: 'warning',
    message: `"${dateText || sentence.text.slice(0, 40)}" reads as ${date.iso}, after the source's reference date ${reference.iso}, for a happening told in the past; left off the timeline. Check the date or the reference date.`,
  });
}

/**
 * A date of its own in the clause that the timeline cannot show ("assassinated in 44 BC": BC0044; "in fiscal 2022":
 * FY2022): the clause happened then, not at the narrative's time. (Quarters and halves are left to the narrative:
 * the tagger reads "early in the second half" of a match as a half year.)
 */
function unreadableDate(tokens: Token[], p: Predicate, own: Timex[]): boolean {
  const from = tokens[p.regionStart]?.start ?? 0;
  const to = tokens[p.regionEnd - 1]?.end ?? 0;
  for (let k = 0; k < own.length; k++) {
    const t = own[k]!;
    if (t.start >= from && t.start < to && t.type === 'DATE' && (t.value.startsWith('BC') || t.value.startsWith('FY'))) return true;
  }
  return false;
}

const YEAR_LIKE = /^1\d{3}$|^20\d{2}$/;
const YEAR_PREPOSITIONS = new Set(['in', 'by', 'since', 'from', 'until', 'till', 'of', 'around']);

/** A year the tagger left untagged in the clause ("began in 1163", "completed by 1260"): its own date, unread. */
function untaggedYear(tokens: Token[], p: Predicate): boolean {
  for (let k = Math.max(1, p.regionStart); k < p.regionEnd && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cls === 'num' && !t.timex && YEAR_LIKE.test(t.text) && YEAR_PREPOSITIONS.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

const BACKGROUND_ADVERBS = new Set(['first', 'once', 'originally', 'formerly', 'previously', 'earlier', 'initially', 'long', 'already', 'ever', 'never']);
/** What a life or a place is like over years ("Neil Armstrong grew up here", "lived in Paris"): background, not a happening at the narrative's time. */
const LIFE_COURSE = new Set(['grow up', 'live', 'spend', 'reside', 'dwell']);
const BACKGROUND_VERBS = new Set(['found', 'establish', 'bear', 'create', 'build', 'form', 'invent', 'incorporate']);

/** A clause told as background: past perfect, an adverb of earlier time, or a founding or birth. */
function backgrounded(tokens: Token[], p: Predicate): boolean {
  for (let k = Math.max(0, p.first - 2); k < p.verb; k++) {
    const t = tokens[k]!;
    if (t.lower === 'had' && k >= p.first) return true;
    if (BACKGROUND_ADVERBS.has(t.lower)) return true;
  }
  // "The outbreak grew slowly at first": how a stretch began, told after the verb.
  for (let k = p.after + 1; k < p.regionEnd && k < tokens.length; k++) if (tokens[k]!.lower === 'first' && tokens[k - 1]!.lower === 'at') return true;
  return BACKGROUND_VERBS.has(headWord(p.lemma)) || LIFE_COURSE.has(p.lemma);
}

/** Relative dates the tagger could not resolve are reported with their line, never guessed. */
function reportUnresolved(parsed: ParsedSource, timexes: Timex[], diagnostics: Diagnostic[], referenceDate: string | undefined): void {
  const why = referenceDate ? 'its context does not say which' : 'the source has no reference date (add datePublished: YYYY-MM-DD to its front matter)';
  // One pass, no filtered copy: most sources have none, and this runs for every source.
  let unresolved = 0;
  for (let k = 0; k < timexes.length; k++) {
    const t = timexes[k]!;
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.value.includes('X')) continue;
    if (++unresolved > MAX_UNRESOLVED) continue;
    diagnostics.push({
      file: parsed.source.file, line: lineOf(parsed, t.start), severity: 'warning',
      message: `"${t.text}" cannot be resolved to a date because ${why}; it is left off the timeline.`,
    });
  }
  if (unresolved > MAX_UNRESOLVED) {
    diagnostics.push({
      file: parsed.source.file, severity: 'warning',
      message: `${unresolved - MAX_UNRESOLVED} more relative dates cannot be resolved (${why}).`,
    });
  }
}
