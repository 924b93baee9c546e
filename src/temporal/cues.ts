import { isSpace } from './whitespace.ts';

/**
 * Cue words of the parsers, found in one linear pass over a sentence: each parser (ours and
 * chrono's) runs only when a word it needs is there (see parsers/GatedParser.ts), and a sentence
 * with no cue at all is not handed to chrono.
 */
export const Cue = {
  digit: 1 << 0,
  month: 1 << 1,
  weekday: 1 << 2,
  casualDate: 1 << 3,
  partOfDay: 1 << 4,
  ago: 1 << 5,
  unit: 1 << 6,
  quarter: 1 << 7,
  fiscal: 1 << 8,
  season: 1 << 9,
  decade: 1 << 10,
  relative: 1 << 11,
  set: 1 << 12,
  present: 1 << 13,
  pastFuture: 1 << 14,
  anaphor: 1 << 15,
  holiday: 1 << 16,
  /** A clock time: "10:30", "5pm", "5 p.m.", "noon", "o'clock". */
  clock: 1 << 17,
  /** Digits joined by / . or - ("7/8/2017", "2017-07-08"). */
  numericDate: 1 << 18,
  /** A four-digit number ("2014", "0800") or an apostrophe year ("'58"). */
  fourDigits: 1 << 19,
  /**
   * A word of ENDurationParser's units, plural ("years") or right after a word that can end its
   * number or qualifier ("two years", "a full year", "12-month"): its pattern finds a bare
   * singular unit ("last year") too, but then its extract gives nothing.
   */
  duration: 1 << 20,
  /** Four digits, a dash or en dash and a digit: an ISO date ("2017-07-08"), a span of years ("2009–11"). */
  yearDash: 1 << 21,
  /** One or two digits, a slash and a digit: a month and year ("7/2017"). */
  slashMonth: 1 << 22,
  /**
   * Four digits, then - . / or a space, then a digit or the first letter of a month (j f m a s o n
   * d): a date written year first ("2017 July 8", "2017.7.8").
   */
  yearFirst: 1 << 23,
  /**
   * A number that may be a year before 1600 (three digits, or four from 1000 to 1599) or an era
   * word (AD, BC, BCE): "in 1163", "AD 79", "the year 800".
   */
  earlyYear: 1 << 24,
  /** An ordinal suffix glued to digits ("the 15th", "3rd"), or alone. */
  ordinalDay: 1 << 25,
} as const;

/** Marks of words, used inside cuesOf only and never returned. */
/** "new" and "year": together they open the holiday gate ("New Year's Day"), alone they do not. */
const NEW_WORD = 1 << 26;
const YEAR_WORD = 1 << 27;
const UNIT_WORD = 1 << 28;
const PLURAL_UNIT = 1 << 29;
const QUANTITY = 1 << 30;
const PUBLIC = (1 << 26) - 1;

const WORDS = new Map<string, number>();
function add(flag: number, words: string): void {
  for (const w of words.split(' ')) WORDS.set(w, (WORDS.get(w) ?? 0) | flag);
}
add(Cue.month, 'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december');
add(Cue.weekday, 'weekend weekends mon monday mondays tue tues tuesday tuesdays wed weds wednesday wednesdays thu thur thurs thursday thursdays fri friday fridays sat saturday saturdays sun sunday sundays');
add(Cue.set, 'mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends every each per once twice times annual biennial daily weekly monthly quarterly annually yearly hourly nightly biannually biennially');
add(Cue.casualDate, 'now today tonight tomorrow overmorrow tmr tmrw yesterday night');
add(Cue.partOfDay, 'morning mornings afternoon afternoons evening evenings night nights overnight tonight noon midday midnight');
add(Cue.clock, 'am pm noon midnight midday clock');
add(Cue.ago, 'ago hence earlier later now');
add(Cue.unit | Cue.anaphor, 'year years day days week weeks month months time');
add(Cue.unit, 'yr yrs hour hours hr hrs minute minutes min mins second seconds sec secs quarter quarters decade decades century centuries fortnight fortnights weekend weekends');
add(Cue.quarter, 'quarter quarters half q1 q2 q3 q4 h1 h2');
add(Cue.fiscal, 'fiscal financial fy');
add(Cue.season, 'spring summer autumn fall winter');
// "the end of the decade", "that decade": the decade in force (ENAnaphoricDateParser).
add(Cue.anaphor, 'decade');
add(Cue.decade, 'twenties thirties forties fifties sixties seventies eighties nineties');
add(Cue.relative, 'this last next past previous coming following current weekend');
add(Cue.present, 'now current currently present presently nowadays date moment these time');
add(Cue.holiday, 'christmas boxing eve valentine halloween independence bastille easter good thanksgiving memorial labor king');
add(NEW_WORD, 'new');
add(YEAR_WORD, 'year');
add(Cue.pastFuture, 'recent recently past future soon term');
add(Cue.earlyYear, 'ad bc bce');
add(Cue.ordinalDay, 'st nd rd th');
// ENDurationParser's units (lexicon.ts UNIT_PATTERN), and the last words of its numbers
// (NUMBER_PATTERN, "and a half") and of the qualifiers allowed between number and unit.
add(UNIT_WORD, 'year yr month week day hour hr minute min second quarter decade century fortnight');
add(UNIT_WORD | PLURAL_UNIT, 'years yrs months weeks days hours hrs minutes mins seconds quarters decades centuries fortnights');
add(QUANTITY, 'one single two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');
add(QUANTITY, 'twenty thirty forty fifty sixty seventy eighty ninety an of dozen several few many some half');
add(QUANTITY, 'straight consecutive successive full whole more additional further long short trading working business');

/** For the tests' plain reading of cues: the cue words and the marks cuesOf uses inside. */
export const CUE_WORDS: ReadonlyMap<string, number> = WORDS;
export const WORD_MARKS = { unit: UNIT_WORD, pluralUnit: PLURAL_UNIT, quantity: QUANTITY, newWord: NEW_WORD, yearWord: YEAR_WORD, public: PUBLIC } as const;

/** Cue words by a hash of their lower-cased letters: a sentence's words are looked up without slicing. */
const BY_HASH = new Map<number, string[]>();
function hashOf(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + (word.charCodeAt(k) | 32)) | 0;
  return h;
}
/** One flag per hash bucket holding a cue word: most words are no cue and skip the map lookup. */
const BUCKETS = 4095;
const MAY_BE_CUE = new Uint8Array(BUCKETS + 1);
for (const w of WORDS.keys()) {
  const h = hashOf(w);
  BY_HASH.set(h, [...(BY_HASH.get(h) ?? []), w]);
  MAY_BE_CUE[h & BUCKETS] = 1;
}

/** The flags of the cue word at text[start, end), compared without regard to case; 0 when none. */
function lookUp(text: string, start: number, end: number, hash: number): number {
  if (MAY_BE_CUE[hash & BUCKETS] === 0) return 0;
  const candidates = BY_HASH.get(hash);
  if (!candidates) return 0;
  for (const w of candidates) {
    if (w.length !== end - start) continue;
    let same = true;
    for (let k = 0; k < w.length && same; k++) same = (text.charCodeAt(start + k) | 32) === w.charCodeAt(k);
    if (same) return WORDS.get(w) ?? 0;
  }
  return 0;
}

/**
 * The cues as module constants inside the hot functions. An operation in a branch V8 has not yet
 * seen taken when it optimises cuesOf (reading `Cue.clock`, or-ing a rare cue in) has no type
 * feedback and deoptimises it: cuesOf ran three times through TurboFan in a cold run. Constants
 * need no feedback, and the rare cues are or-ed in unconditionally (0 when absent).
 */
const DIGIT = Cue.digit;
const CLOCK = Cue.clock;
const NUMERIC_DATE = Cue.numericDate;
const YEAR_DASH = Cue.yearDash;
const SLASH_MONTH = Cue.slashMonth;
const YEAR_FIRST = Cue.yearFirst;
const FOUR_DIGITS = Cue.fourDigits;
const EARLY_YEAR = Cue.earlyYear;
const DECADE = Cue.decade;
const FISCAL = Cue.fiscal;
const QUARTER = Cue.quarter;
const NAMES = Cue.month | Cue.weekday | Cue.clock | Cue.fourDigits;
const DURATION = Cue.duration;
const HOLIDAY = Cue.holiday;
const NEW_YEAR = NEW_WORD | YEAR_WORD;

/** The character code at `k`, or -1 outside the text (no NaN: an out-of-bounds read deoptimises the caller). */
function codeAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : -1;
}

/** j f m a s o n d: the first letters of the month names, lower case. */
const MONTH_INITIAL = new Set([106, 102, 109, 97, 115, 111, 110, 100]);

/** The cues of a word holding digits, text[start, end): kept out of `cuesOf`, whose loop stays small. */
function digitWordCues(text: string, start: number, end: number, letter: boolean): number {
  let flags = DIGIT;
  const next = codeAt(text, end);
  const afterNext = codeAt(text, end + 1);
  const nextIsDigit = afterNext >= 48 && afterNext <= 57;
  // Each cue or-ed in on every call (0 when absent), not in a branch taken rarely: see DIGIT above.
  flags |= next === 58 /* : */ && nextIsDigit ? CLOCK : 0;
  flags |= (next === 47 || next === 46 || next === 45) /* / . - */ && nextIsDigit ? NUMERIC_DATE : 0;
  flags |= !letter && end - start === 4 && (next === 45 || next === 0x2013) && nextIsDigit ? YEAR_DASH : 0;
  flags |= !letter && end - start <= 2 && next === 47 && nextIsDigit ? SLASH_MONTH : 0;
  const yearThen = next === 45 || next === 46 || next === 47 || isSpace(next);
  flags |= !letter && end - start === 4 && yearThen && (nextIsDigit || MONTH_INITIAL.has(afterNext | 32)) ? YEAR_FIRST : 0;
  // "'58"
  const before = codeAt(text, start - 1);
  flags |= end - start === 2 && (before === 39 || before === 0x2019) ? FOUR_DIGITS : 0;
  // Three digits, or four from 1000 to 1599: a year before ENYearParser's range.
  const second = codeAt(text, start + 1);
  flags |= !letter && (end - start === 3 || (end - start === 4 && text.charCodeAt(start) === 49 && second >= 48 && second <= 53)) ? EARLY_YEAR : 0;
  // "1980's", "the 80’s": the apostrophe splits the decade's "s" off its digits.
  flags |= (next === 39 || next === 0x2019) && (afterNext | 32) === 115 /* s */ ? DECADE : 0;
  // "9/11", the one holiday written in digits.
  flags |= end - start === 1 && text.charCodeAt(start) === 57 && next === 47 && afterNext === 49 && codeAt(text, end + 2) === 49 ? HOLIDAY : 0;
  if (!letter) return flags;
  // Letters glued to digits: "1990s", "80s", "FY2009", "Q3", "5pm", "1May".
  flags |= (text.charCodeAt(end - 1) | 32) === 115 /* s */ ? DECADE : 0;
  const long = end - start > 12;
  flags |= long ? NAMES : 0;
  if (long) return flags;
  const w = text.slice(start, end).toLowerCase();
  flags |= w.startsWith('fy') ? FISCAL : 0;
  flags |= /^[qh][1-4]$/.test(w) ? QUARTER : 0;
  for (const part of w.split(/\d+/)) flags |= (part ? WORDS.get(part) : undefined) ?? 0;
  return flags;
}

/** The cues a text holds, as a bit set of `Cue` flags (case-insensitive, words split at any non-letter). */
export function cuesOf(text: string): number {
  let flags = 0;
  const n = text.length;
  let i = 0;
  // The word before can end a number or qualifier of a duration ("two", "a", "12", "full").
  let quantity = false;
  while (i < n) {
    // On to the next ASCII letter or digit. (c | 32) - 97 in 0..25: a letter of either case.
    let c = text.charCodeAt(i);
    while (((c | 32) - 97) >>> 0 > 25 && (c - 48) >>> 0 > 9) {
      if (++i === n) return publicCues(flags);
      c = text.charCodeAt(i);
    }
    const start = i;
    let hash = 0;
    // Most words are letters only: read them here, with no digit bookkeeping.
    while (((c | 32) - 97) >>> 0 <= 25) {
      hash = (Math.imul(hash, 31) + (c | 32)) | 0;
      if (++i === n) break;
      c = text.charCodeAt(i);
    }
    if (i < n && (c - 48) >>> 0 <= 9) {
      // A word holding digits (it may start with letters: "FY2009"): read again from its start.
      i = digitWordEnd(text, start);
      flags |= digitFlags;
      quantity = true;
      continue;
    }
    const length = i - start;
    if (length > 12) {
      quantity = false;
      continue;
    }
    if (length === 1) {
      // "a.m.", "p.m.": every operation here runs for every one-letter word, so none lacks type feedback.
      const l = text.charCodeAt(start) | 32;
      const a = l === 97;
      const p = l === 112;
      const dot = codeAt(text, i) === 46;
      const m = (codeAt(text, i + 1) | 32) === 109;
      flags |= (a || p) && dot && m ? CLOCK : 0;
      quantity = a; // "a"
      continue;
    }
    const f = lookUp(text, start, i, hash);
    if (f !== 0) {
      flags |= f;
      const unit = (f & UNIT_WORD) !== 0;
      const plural = (f & PLURAL_UNIT) !== 0;
      flags |= unit && (quantity || plural) ? DURATION : 0;
    }
    quantity = (f & QUANTITY) !== 0;
  }
  return publicCues(flags);
}

/** The cues of the words' flags: "new" with "year" opens the holiday gate; the marks are dropped. */
function publicCues(flags: number): number {
  return (flags | ((flags & NEW_YEAR) === NEW_YEAR ? HOLIDAY : 0)) & PUBLIC;
}

/** The cues of the last word `digitWordEnd` read. */
let digitFlags = 0;

/** Reads the word holding digits that starts at `start`: returns its end and leaves its cues in `digitFlags`. */
function digitWordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let letter = false;
  let run = 0;
  // A run of four digits ended by a letter ("1990s"), or ending the word ("2014").
  let four = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) run++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      letter = true;
      if (run === 4) four = true;
      run = 0;
    } else break;
    i++;
  }
  digitFlags = (four || run === 4 ? FOUR_DIGITS : 0) | digitWordCues(text, start, i, letter);
  return i;
}
