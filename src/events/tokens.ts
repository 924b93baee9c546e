/** Tokens of a sentence with offsets and a coarse word class, decided by lexicon and position. */
import {
  ARTICLES, BE_FORMS, COORDINATORS, DETERMINERS, DO_FORMS, HAVE_FORMS, MODALS, NEGATIONS, POSSESSIVE_DETERMINERS,
  NEWS_ADJECTIVES, PREPOSITIONS, PRONOUNS, RELATIVES, SUBORDINATORS, isLexiconAbbreviation, isPastOnly, lexiconTags, pastFormOf,
} from './lexicon.ts';
import { neededHints } from './furniture.ts';
import { isAbbreviationWord, isSpace } from './sentences.ts';

export type WordClass =
  | 'det' | 'prep' | 'sub' | 'coord' | 'rel' | 'pron' | 'be' | 'have' | 'do' | 'modal' | 'neg' | 'adv'
  | 'past' | 'part' | 'ing' | 'verb' | 'noun' | 'proper' | 'adj' | 'num' | 'punct' | 'to';

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the source body. */
  start: number;
  end: number;
  cls: WordClass;
  /** Inside a time expression found by the tagger. */
  timex: boolean;
}

// Words with inner dots, hyphens and apostrophes stay whole ("U.S.-backed", "al-Abadi", "Mosul’s").
const TOKEN_AT = /[$€£¥]?\p{N}+(?:[.,\-–]\p{N}+)*(?:%|\p{L}+|(?:-\p{L}+)+)?|(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’&\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/uy;

const ADJECTIVE_ED = new Set(['red', 'bed', 'shed', 'hundred', 'sacred', 'naked', 'wicked', 'beloved', 'aged', 'learned', 'kindred', 'rugged', 'ragged', 'jagged', 'wretched', 'crooked', 'dogged', 'need', 'seed', 'speed', 'feed', 'creed', 'breed', 'greed', 'steed', 'weed', 'reed', 'deed', 'indeed', 'ted', 'fred', 'ned', 'med', 'ed']);
const NOT_ING = new Set(['thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'spring', 'string', 'sing', 'wing', 'bring', 'during', 'morning', 'evening', 'ceiling', 'building', 'beijing', 'ping', 'sterling', 'darling', 'viking', 'swing', 'sling', 'cling', 'sting', 'bling', 'ming', 'ling', 'jing', 'xinjiang', 'king']);
const NOT_ADVERB_LY = new Set(['only', 'early', 'family', 'italy', 'july', 'rally', 'ally', 'supply', 'reply', 'apply', 'fly', 'holy', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'sicily', 'lily', 'belly', 'bully', 'jelly', 'folly', 'ugly', 'silly', 'friendly', 'elderly', 'lonely', 'lovely', 'deadly', 'costly', 'orderly', 'manly', 'kelly', 'billy', 'molly', 'emily', 'holly', 'anomaly', 'assembly', 'monopoly', 'comply', 'imply', 'multiply', 'rely', 'ply', 'wily', 'hourly', 'quarterly', 'stately', 'timely', 'unlikely', 'lively', 'burly', 'surly', 'curly']);

/** Adverbs of sequence that sit before a verb ("first announced", "later retook"). */
const TIME_ADVERBS = new Set(['first', 'then', 'later', 'also', 'still', 'just', 'already', 'finally', 'eventually', 'again', 'subsequently', 'initially', 'previously', 'since', 'soon']);

/** "retook" → "took", "overran" → "ran": prefixed forms compromise does not list. */
function unprefixed(lower: string): string | null {
  // Every prefix opens with one of these letters: most words are refused without running the pattern.
  const c = lower.charCodeAt(0);
  if (c !== 0x72 && c !== 0x75 && c !== 0x6f && c !== 0x6d && c !== 0x77 && c !== 0x66 && c !== 0x64 && c !== 0x63 && c !== 0x70) return null;
  const m = PREFIXED.exec(lower);
  return m ? m[2]! : null;
}
const PREFIXED = /^(re|un|over|out|mis|under|with|up|fore|de|dis|co|pre)-?(.{3,})$/;

/** A base-form verb after "to" ("to retake", "to congratulate"). */
export function isBaseVerb(t: Token): boolean {
  if (t.cls === 'verb') return true;
  if (t.cls !== 'noun') return false;
  const tags = lexiconTags(t.lower);
  if (tags.includes('Infinitive')) return true;
  const inner = unprefixed(t.lower);
  return inner !== null && lexiconTags(inner).includes('Infinitive');
}

/** The characters that change the quoting state: newline, “, ”, ", ', `. */
const QUOTE_OR_BREAK = /[\n\u201c\u201d"'`]/g;

/** Marks each offset of `body` inside quotation marks (curly quotes pair across sentences; straight quotes within a paragraph). */
export function quotedMask(body: string): Uint8Array {
  return markQuoted(body, new Uint8Array(body.length));
}

/** One mask reused from source to source: a new typed array per source costs more than its marking (a backing store each). */
let sharedMask = new Uint8Array(1 << 14);

/**
 * quotedMask(body) in offsets 0 to body.length - 1 of a buffer shared by every call (the offsets after
 * them hold anything): valid until the next call, for a caller that reads no offset past the body.
 */
export function quotedMaskShared(body: string): Uint8Array {
  if (sharedMask.length < body.length) sharedMask = new Uint8Array(Math.max(2 * sharedMask.length, body.length));
  sharedMask.fill(0, 0, body.length);
  return markQuoted(body, sharedMask);
}

/** Marks the quoted offsets of `body` in `mask`, whose first body.length offsets are 0. */
function markQuoted(body: string, mask: Uint8Array): Uint8Array {
  let curly = false;
  let straight = false;
  // The pattern jumps to the next character that can change the state; the stretch before it
  // takes the state it is in (filled at once; the mask starts at 0).
  const re = QUOTE_OR_BREAK;
  re.lastIndex = 0;
  let from = 0;
  while (re.test(body)) {
    const i = re.lastIndex - 1;
    if ((curly || straight) && i > from) mask.fill(1, from, i);
    // Compared as UTF-16 code units: “ U+201C, ” U+201D, " 0x22, ' 0x27, ` 0x60, newline 0x0A.
    const c = body.charCodeAt(i);
    // Read inside the string only (0 past either end, which no test below matches): a read past the
    // end deoptimised quotedMask in every cold run.
    const next = i + 1 < body.length ? body.charCodeAt(i + 1) : 0;
    if (c === 0x0a && next === 0x0a) straight = false;
    // Curly quotes, and the TeX-style ``…'' some corpora use, pair up; straight quotes toggle.
    if (c === 0x201c || (c === 0x60 && next === 0x60)) curly = true;
    else if (c === 0x201d || (c === 0x27 && next === 0x27)) curly = false;
    else if (c === 0x22) straight = !straight;
    mask[i] = curly || straight || c === 0x201d || c === 0x22 || (c === 0x27 && i > 0 && body.charCodeAt(i - 1) === 0x27) ? 1 : 0;
    from = i + 1;
  }
  if ((curly || straight) && from < body.length) mask.fill(1, from, body.length);
  return mask;
}

/**
 * The closed word classes by spelling, each word in the first list of this order that holds it
 * ("as" is a preposition, not a subordinator): one lookup instead of a test per list for every new word.
 */
const CLOSED_CLASSES: ReadonlyMap<string, WordClass> = (() => {
  const classes = new Map<string, WordClass>();
  const lists: Array<[Iterable<string>, WordClass]> = [
    [['to'], 'to'], [BE_FORMS, 'be'], [HAVE_FORMS, 'have'], [DO_FORMS, 'do'], [MODALS, 'modal'], [NEGATIONS, 'neg'],
    [ARTICLES, 'det'], [POSSESSIVE_DETERMINERS, 'det'], [DETERMINERS, 'det'], [RELATIVES, 'rel'],
    [[...SUBORDINATORS].filter((w) => w !== 'as'), 'sub'], [COORDINATORS, 'coord'], [PRONOUNS, 'pron'],
    [PREPOSITIONS, 'prep'], [['as'], 'prep'], [TIME_ADVERBS, 'adv'],
  ];
  for (const [words, cls] of lists) for (const w of words) if (!classes.has(w)) classes.set(w, cls);
  return classes;
})();

// baseClass's patterns, made once; ASCII first characters are decided by their codes, the patterns read the rest.
const ONE_MARK = /^[^\p{L}\p{N}]$/u;
const NUMBER_START = /^[$€£¥]?\p{N}/u;
const CAPITAL_START = /^\p{Lu}/u;
const LOWER_PREFIX = /^[\p{Ll}]+-/u;
const isAsciiAlnumCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** ONE_MARK.test(word): one code point, neither letter nor number (a longer word is two or more). */
function isOneMark(word: string): boolean {
  const c = word.charCodeAt(0);
  if (word.length === 1) return c < 0x80 ? !isAsciiAlnumCode(c) : ONE_MARK.test(word);
  return word.length === 2 && c >= 0x80 && ONE_MARK.test(word);
}

/** NUMBER_START.test(word): a number, or $ € £ ¥ and a number, opens it. */
function opensNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return true;
  if (c === 0x24) {
    const d = word.charCodeAt(1);
    return d >= 0x30 && d <= 0x39 ? true : d < 0x80 ? false : NUMBER_START.test(word);
  }
  return c < 0x80 ? false : NUMBER_START.test(word);
}

/** CAPITAL_START.test(word). */
function opensCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITAL_START.test(word);
}

/** The class a word has whatever its context (settle decides in context). Exported for its test. */
export function baseClass(word: string, lower: string): WordClass {
  if (isOneMark(word)) return 'punct';
  if (opensNumber(word)) return 'num';
  const closed = CLOSED_CLASSES.get(lower);
  if (closed !== undefined) return closed;
  const tags = lexiconTags(lower);
  const capital = opensCapital(word);
  if (tags.includes('PastTense')) return 'past';
  if (tags.includes('Participle') || lower === 'born') return 'part';
  const prefixed = unprefixed(lower);
  if (prefixed) {
    const inner = lexiconTags(prefixed);
    if (inner.includes('PastTense')) return 'past';
    if (inner.includes('Participle')) return 'part';
    if (inner.includes('Infinitive')) return 'verb';
  }
  if (!word.includes('-') && /[^e]ed$|[^e]eed$|ied$/.test(lower) && lower.length > 4 && !ADJECTIVE_ED.has(lower)) return capital && !tags.length ? 'proper' : 'past';
  if (/ing$/.test(lower) && lower.length > 5 && !NOT_ING.has(lower) && !word.includes('-')) return capital ? 'proper' : 'ing';
  if (tags.includes('Adverb') || (/ly$/.test(lower) && lower.length > 4 && !NOT_ADVERB_LY.has(lower))) return capital ? 'proper' : 'adv';
  // (Without a hyphen the replacement changes nothing, and the word does not open with a capital.)
  if (capital || (word.includes('-') && CAPITAL_START.test(word.replace(LOWER_PREFIX, '')))) return 'proper';
  // "left", "lost": irregular pasts the lexicon lists as adjectives; position decides later.
  if (tags.includes('Adjective') && !/ing$/.test(lower)) {
    const form = pastFormOf(lower);
    if (form) return form === 'PastTense' ? 'past' : 'part';
  }
  if (tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative')) return 'adj';
  if (tags.includes('Infinitive') || tags.includes('PresentTense')) return 'verb';
  return NEWS_ADJECTIVES.has(lower) ? 'adj' : 'noun';
}

/** Lexicon tags of names: a capitalised word with one of these stays a name at the start of a sentence. */
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'ProperNoun', 'Honorific', 'Month', 'WeekDay', 'Holiday']);

const SAME_FORM_PAST = new Set(['hit', 'cut', 'put', 'set', 'shut', 'hurt', 'spread', 'quit', 'burst', 'split', 'cost', 'beat', 'cast', 'shed', 'upset']);

/** Spellings settle tests by name, as bits of WordInfo.is (one bit test instead of a string comparison per token). */
const IS_HER = 1, IS_LAST = 2, IS_WAS = 4, IS_SAME_FORM_PAST = 8;
/** The spelling's own class is one a possessive or a past form modifies (isModifiable); IS_MODIFIABLE >> 4 === IS_HER. */
const IS_MODIFIABLE = 16;
/** The spelling's own class is one settle may change (verb, noun, ing, past, part). */
const IS_UNSETTLED = 32;
/** furniture's neededHints of the spelling, shifted: NEEDED_IN_WORD, NEEDED_FIRST_WORD, NEEDED_SECOND_WORD (IS_NEEDED_FIRST << 1 === IS_NEEDED_SECOND). */
const IS_NEEDED_IN = 64, IS_NEEDED_SECOND = 256;
const NEEDED_SHIFT = 6;
/**
 * Tokens whose spelling has none of these bits keep their class in settle (their class is none that
 * a rule reads, and no rule is about their spelling), unless a capital opens the sentence.
 */
const SETTLE_BITS = IS_HER | IS_LAST | IS_SAME_FORM_PAST | IS_UNSETTLED;
/** For the test that skipping those tokens changes nothing: settle every token when set. */
let settleEvery = false;
export function settleEveryToken(on: boolean): void {
  settleEvery = on;
}

/** What a spelling always is, whatever its context. */
interface WordInfo {
  text: string;
  lower: string;
  cls: WordClass;
  /** IS_* bits of `lower`. */
  is: number;
  /** isPastOnly(lower), once asked: -1 until then, else 0 or 1. */
  pastOnly: number;
  /** pastFormOf(lower) === 'PastTense', once asked: -1 until then, else 0 or 1. */
  pastTense: number;
  /** The class of a capitalised word opening a sentence, once asked ('' until then): see openerClass. */
  opener: WordClass | '';
}

function wordInfo(word: string): WordInfo {
  const lowered = word.toLowerCase();
  const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
  const is = (lower === 'her' ? IS_HER : 0) | (lower === 'last' ? IS_LAST : 0) | (lower === 'was' ? IS_WAS : 0) | (SAME_FORM_PAST.has(lower) ? IS_SAME_FORM_PAST : 0);
  const cls = baseClass(word, lower);
  const unsettled = cls === 'verb' || cls === 'noun' || cls === 'ing' || cls === 'past' || cls === 'part';
  const needed = neededHints(lower) << NEEDED_SHIFT;
  return new WordEntry(word, lower, cls, is | needed | (isModifiable(cls) ? IS_MODIFIABLE : 0) | (unsettled ? IS_UNSETTLED : 0));
}

/**
 * A table entry, made by a constructor rather than an object literal: every entry outlives the young
 * generation, so V8 soon switched the literal's allocation site to old-space allocation, which threw
 * away the compiled addWord ("code dependencies") in every cold run; a `new` has no allocation site.
 */
class WordEntry implements WordInfo {
  declare text: string;
  declare lower: string;
  declare cls: WordClass;
  declare is: number;
  declare pastOnly: number;
  declare pastTense: number;
  declare opener: WordClass | '';
  constructor(text: string, lower: string, cls: WordClass, is: number) {
    this.text = text;
    this.lower = lower;
    this.cls = cls;
    this.is = is;
    this.pastOnly = -1;
    this.pastTense = -1;
    this.opener = '';
  }
}

/**
 * Words repeat across a corpus: each spelling's lower case and class are worked out once, in an
 * open-addressing table looked up straight from the body's characters (no string is cut for a
 * word already known, and its token shares the stored spelling). A slot's hash, length and the
 * place of its spelling in one pool of characters sit side by side in typed arrays: a lookup
 * compares characters there, not through the entry and its string. The table stays small (half
 * full at most) so that lookups stay in the processor's cache.
 */
const MAX_WORDS = 100_000;
const FIRST_SLOTS = 1 << 14;
let wordSlots: Array<WordInfo | undefined> = new Array<WordInfo | undefined>(FIRST_SLOTS).fill(undefined);
/** Per slot, three numbers: hash (0 when empty), length, offset of the spelling in wordChars. */
let wordKeys = new Int32Array(3 * FIRST_SLOTS);
let wordChars = new Uint16Array(1 << 16);
let charsUsed = 0;
let wordCount = 0;

function hashAt(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // Never 0: a zero hash marks an empty slot.
  return h | 1;
}

function resizeWords(size: number, keep: boolean): void {
  const slots = wordSlots, keys = wordKeys;
  wordSlots = new Array<WordInfo | undefined>(size).fill(undefined);
  wordKeys = new Int32Array(3 * size);
  if (!keep) { wordCount = 0; charsUsed = 0; return; }
  const mask = size - 1;
  for (let i = 0; i < slots.length; i++) {
    const h = keys[3 * i]!;
    if (h === 0) continue;
    let slot = h & mask;
    while (wordKeys[3 * slot] !== 0) slot = (slot + 1) & mask;
    wordKeys[3 * slot] = h;
    wordKeys[3 * slot + 1] = keys[3 * i + 1]!;
    wordKeys[3 * slot + 2] = keys[3 * i + 2]!;
    wordSlots[slot] = slots[i];
  }
}

/** The word `text.slice(from, to)`, its lower case and class. */
function wordAt(text: string, from: number, to: number): WordInfo {
  const h = hashAt(text, from, to);
  return knownWord(text, from, to, h) ?? addWord(text, from, to, h);
}

/**
 * The table's entry for `text.slice(from, to)` (hash `h`), if it has one. No call to addWord in it:
 * V8 compiles this small function early in a cold run (tokenize's interpreted loop calls it for every
 * token), and with addWord and wordInfo inlined it took a compile many times as long, done again
 * whenever the table grew.
 */
function knownWord(text: string, from: number, to: number, h: number): WordInfo | undefined {
  const n = to - from;
  const keys = wordKeys, chars = wordChars;
  const mask = wordSlots.length - 1;
  let slot = h & mask;
  for (let stored = keys[3 * slot]!; stored !== 0; stored = keys[3 * slot]!) {
    if (stored === h && keys[3 * slot + 1] === n && samePooled(chars, keys[3 * slot + 2]!, text, from, to)) return wordSlots[slot]!;
    slot = (slot + 1) & mask;
  }
  return undefined;
}

/**
 * Whether `text.slice(from, to)` is spelt at `at` in the pool. Hash, comparison and scanning are
 * small functions of their own: V8 compiles small functions early, so a cold run leaves the
 * interpreter for these character loops after a few sentences.
 */
function samePooled(chars: Uint16Array, at: number, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (chars[at++] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * A word not seen before. Kept out of wordAt, which stays small and is compiled into tokenize:
 * the rare growing of the table then never throws away tokenize's optimised code.
 */
function addWord(text: string, from: number, to: number, h: number): WordInfo {
  if (wordCount >= MAX_WORDS) resizeWords(FIRST_SLOTS, false);
  else if (2 * (wordCount + 1) > wordSlots.length) resizeWords(2 * wordSlots.length, true);
  const n = to - from;
  if (charsUsed + n > wordChars.length) {
    const more = new Uint16Array(Math.max(2 * wordChars.length, charsUsed + n));
    more.set(wordChars);
    wordChars = more;
  }
  for (let i = 0; i < n; i++) wordChars[charsUsed + i] = text.charCodeAt(from + i);
  const mask = wordSlots.length - 1;
  let slot = h & mask;
  while (wordKeys[3 * slot] !== 0) slot = (slot + 1) & mask;
  const info = wordInfo(from === 0 && to === text.length ? text : text.slice(from, to));
  wordKeys[3 * slot] = h;
  wordKeys[3 * slot + 1] = n;
  wordKeys[3 * slot + 2] = charsUsed;
  charsUsed += n;
  wordSlots[slot] = info;
  wordCount++;
  return info;
}

const cachedWord = (word: string): WordInfo => wordAt(word, 0, word.length);

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
/** The code unit at `i`, or 0 (a character no token continues with) past the end. */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : 0);

/**
 * Where TOKEN_AT's match at `s` ends, worked out from ASCII characters alone, or -1 when a
 * character the decision depends on is not ASCII (it may be a letter or digit of another script:
 * the pattern decides then).
 */
function plainTokenEnd(body: string, s: number): number {
  const c = codeAt(body, s);
  if (isAsciiLetter(c)) return wordEnd(body, s);
  if (isAsciiDigit(c)) return numberEnd(body, s + 1);
  if (c === 0x24) {
    // "$5" is a number; a "$" before anything else is a mark of its own.
    const d = codeAt(body, s + 1);
    return isAsciiDigit(d) ? numberEnd(body, s + 2) : d >= 0x80 ? -1 : s + 1;
  }
  if (c < 0x80) return s + 1;
  // Dashes, curly quotes, bullets and the ellipsis (U+2010-U+2027) are marks: no letter, digit or space.
  return c >= 0x2010 && c <= 0x2027 ? s + 1 : -1;
}

/** The end of a match opened by the ASCII letter at `s`; -1 when that depends on non-ASCII. */
function wordEnd(body: string, s: number): number {
  let j = s + 1;
  let d = codeAt(body, j);
  // "U.S.": one letter and a dot may open a run of initials (the second alternative).
  if (d === 0x2e) return -1;
  // The third alternative: letters and digits, joined by . ' ’ & - when one follows them.
  for (;;) {
    if (isAsciiAlnum(d)) d = codeAt(body, ++j);
    else if (d === 0x2e || d === 0x27 || d === 0x26 || d === 0x2d || d === 0x2019) {
      const e = codeAt(body, j + 1);
      if (isAsciiAlnum(e)) { j += 2; d = codeAt(body, j); } else return e >= 0x80 ? -1 : j;
    } else return d >= 0x80 ? -1 : j;
  }
}

/** The end of the first alternative (a number) whose digits run on from `j`; -1 when that depends on non-ASCII. */
function numberEnd(body: string, j: number): number {
  let d = codeAt(body, j);
  while (isAsciiDigit(d)) d = codeAt(body, ++j);
  // Groups: "1,000", "3.5", "2016-17" (an en dash is not ASCII: the pattern decides).
  while (d === 0x2e || d === 0x2c || d === 0x2d) {
    const e = codeAt(body, j + 1);
    if (!isAsciiDigit(e)) {
      if (e >= 0x80) return -1;
      break;
    }
    j += 2;
    d = codeAt(body, j);
    while (isAsciiDigit(d)) d = codeAt(body, ++j);
  }
  // A unit: "%", letters ("5km", "3rd") or hyphenated words ("30-year-old").
  if (d === 0x25) return j + 1;
  if (isAsciiLetter(d)) {
    while (isAsciiLetter(d)) d = codeAt(body, ++j);
    return d >= 0x80 ? -1 : j;
  }
  while (d === 0x2d) {
    const e = codeAt(body, j + 1);
    if (!isAsciiLetter(e)) return e >= 0x80 ? -1 : j;
    j += 2;
    d = codeAt(body, j);
    while (isAsciiLetter(d)) d = codeAt(body, ++j);
  }
  return d >= 0x80 ? -1 : j;
}

/** The sentence splitter's abbreviations and compromise's ("inc", "calif", "corp", "gov"…). */
function isAbbreviationToken(lower: string): boolean {
  return isAbbreviationWord(lower) || isLexiconAbbreviation(lower);
}

/** What a past form after a preposition modifies: a noun, a name or a number (not a pronoun). */
const MODIFIED_AFTER_PREP: ReadonlySet<WordClass> = new Set(['noun', 'proper', 'num']);
/** What may follow a same-form past used as a verb ("hit the region", "hit on February 6"). */
const AFTER_SAME_FORM_PAST: ReadonlySet<WordClass> = new Set(['det', 'proper', 'num', 'noun', 'pron', 'prep', 'sub', 'adv']);

/** What may follow it after "and" ("and spread quickly", "and cut the ribbon"; not "bread and cut flowers"). */
const AFTER_JOINED_SAME_FORM_PAST: ReadonlySet<WordClass> = new Set(['det', 'prep', 'adv', 'pron']);

/**
 * Tokens of `body.slice(start, end)`. A word that looks like a past form is an adjective when it
 * follows a determiner, adjective or preposition ("the armed forces", "in previously captured cities").
 */
/** The [start, end) offsets of a source's time expressions, in order, two numbers each (see timexBounds). */
export type SpanBounds = Int32Array;

/** The offsets of these time expressions as SpanBounds: tokenize reads numbers, not the expressions' objects (of several shapes). */
export function timexBounds(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): SpanBounds {
  return writeBounds(spans, new Int32Array(2 * spans.length));
}

let sharedBounds = new Int32Array(256);

/**
 * timexBounds(spans) in the first 2 * spans.length numbers of a buffer shared by every call (a typed
 * array per source costs more than filling it): valid until the next call.
 */
export function timexBoundsShared(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): SpanBounds {
  if (sharedBounds.length < 2 * spans.length) sharedBounds = new Int32Array(Math.max(2 * sharedBounds.length, 2 * spans.length));
  return writeBounds(spans, sharedBounds);
}

function writeBounds(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>, bounds: Int32Array): SpanBounds {
  for (let k = 0; k < spans.length; k++) {
    bounds[2 * k] = spans[k]!.start;
    bounds[2 * k + 1] = spans[k]!.end;
  }
  return bounds;
}

/** Whether the sentence tokenize cut last may hold a word furniture's needed patterns look for (see tokensMayHoldNeeded). */
let lastMayHoldNeeded = true;

/**
 * For the tokens tokenize returned last: false when no token holds a mark or word of furniture's
 * NEEDED_MARK / NEEDED_WORD (neededHints of each spelling; tokens cover every character of the
 * stretch that is not white space), so isFurnitureGiven(text, false) answers as isFurniture(text).
 */
export function tokensMayHoldNeeded(): boolean {
  return lastMayHoldNeeded;
}

/**
 * Tokens of `body.slice(start, end)`; a token is in a time expression if inside one of the spans
 * firstSpan to endSpan (exclusive) of `spans`.
 */
export function tokenize(body: string, start: number, end: number, spans: SpanBounds, firstSpan: number, endSpan: number): Token[] {
  const tokens: Token[] = [];
  // The table entry of each token's spelling, for what settle asks of the word itself.
  const infos: WordInfo[] = [];
  // Every character that is not a space starts a token: skip spaces, then let the sticky pattern
  // say where the token ends (no match array, no copy of the text).
  const re = TOKEN_AT;
  let span = firstSpan;
  let s = start;
  // As the unicode pattern does, a start inside a surrogate pair moves back to the pair.
  if (s > 0 && s < body.length && (body.charCodeAt(s) & 0xfc00) === 0xdc00 && (body.charCodeAt(s - 1) & 0xfc00) === 0xd800) s--;
  const limit = Math.min(end, body.length);
  // Tokens cover every character that is not white space unless the pattern ever fails (it never does): then assume a needed word.
  let covered = true;
  for (;;) {
    // JavaScript's \s: where no token starts.
    while (s < limit && isSpace(body.charCodeAt(s))) s++;
    if (s >= limit) break;
    let next = plainTokenEnd(body, s);
    if (next < 0) {
      re.lastIndex = s;
      if (!re.test(body)) { covered = false; break; }
      next = re.lastIndex;
    }
    let e = next > end ? end : next;
    // (wordAt spelt out: the call of addWord stays in tokenize, out of the small knownWord.)
    let h = hashAt(body, s, e);
    let known = knownWord(body, s, e, h) ?? addWord(body, s, e, h);
    // "No. 1 reactor", "Facebook Inc. agreed", "Calif. —": a full stop inside the sentence after an abbreviation is part of it.
    if (e < end - 1 && body.charCodeAt(e) === 0x2e && !isAsciiAlnum(body.charCodeAt(e + 1)) && isAbbreviationToken(known.lower)) {
      next = ++e;
      h = hashAt(body, s, e);
      known = knownWord(body, s, e, h) ?? addWord(body, s, e, h);
    }
    // Spans are in order: move past those that end before this word.
    while (span < endSpan && spans[2 * span + 1]! <= s) span++;
    const inTimex = span < endSpan && spans[2 * span]! <= s;
    // (Whether a token is quoted is read from the quoting mask at its start where it matters: one verb per clause.)
    tokens.push({ text: known.text, lower: known.lower, start: s, end: e, cls: known.cls, timex: inTimex });
    infos.push(known);
    s = next;
  }
  // Position decides between a verb and a modifier for -ed and -ing words.
  // Most tokens (determiners, prepositions, marks, names…) keep their class: settle is not called for them.
  // Furniture's needed words: a word holding one, or a first word of a two-word one right before its second (bit operations, no branch).
  let needed = 0, previous = 0;
  for (let i = 0; i < tokens.length; i++) {
    const is = infos[i]!.is;
    needed |= (is & IS_NEEDED_IN) | ((previous << 1) & is & IS_NEEDED_SECOND);
    previous = is;
    if ((is & SETTLE_BITS) !== 0 || (i === 0 && tokens[0]!.cls === 'proper') || settleEvery) settle(tokens, infos, i);
  }
  lastMayHoldNeeded = needed !== 0 || !covered;
  return tokens;
}

const isNominal = (c: WordClass): boolean => c === 'noun' || c === 'proper' || c === 'pron';
/** What a past form before it modifies, and what "her" before it is the possessive of. */
const isModifiable = (c: WordClass): boolean => c === 'noun' || c === 'proper' || c === 'adj' || c === 'num' || c === 'past' || c === 'ing';

/** The class of a proper word (lower-cased `lower`) when it opens a sentence. */
function openerClass(lower: string): WordClass {
  const tags = lexiconTags(lower);
  if (tags.length && !tags.some((x) => NAME_TAGS.has(x))) {
    const plain = cachedWord(lower);
    // News does not open with an order: "Shares rose" starts with a noun.
    if (plain.cls !== 'proper') return plain.cls === 'verb' ? 'noun' : plain.cls;
  }
  return 'proper';
}

/** The class of token `i` in its context (tokens before it are settled, tokens after it not yet); `infos` are their spellings'. */
function settle(tokens: Token[], infos: WordInfo[], i: number): void {
  const t = tokens[i]!;
  const word = infos[i]!;
  const afterIs = i + 1 < infos.length ? infos[i + 1]!.is : 0;
  const before = i > 0 ? tokens[i - 1] : undefined;
  const after = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  // A capital that only opens the sentence: "Heavy rain caused…" is an adjective and a noun, not a name.
  // (The first token is settled first: its class is still its word's, 'proper'.)
  if (i === 0 && t.cls === 'proper') {
    if (word.opener === '') word.opener = openerClass(word.lower);
    t.cls = word.opener;
  }
  let cls = t.cls;
  // "a state of emergency": a verb-like word after a determiner or adjective is a noun;
  // so is one right before the real verb ("the flood hit").
  if (cls === 'verb' && before !== undefined) {
    const b = before.cls;
    // ("The company's shares, which…": after a possessive, as after a determiner.)
    if (b === 'det' || b === 'adj' || b === 'num' || ((b === 'noun' || b === 'proper') && ((after !== undefined && (after.cls === 'past' || (afterIs & IS_SAME_FORM_PAST) !== 0)) || isPossessive(before.lower)))) cls = 'noun';
    // "a military base", "the government plan": a base form after a singular noun that a determiner opens is a noun too.
    // ("a new $2 billion share buyback program": after an amount too.)
    else if (b === 'noun' && i >= 2 && (tokens[i - 2]!.cls === 'det' || tokens[i - 2]!.cls === 'num') && before.lower.charCodeAt(before.lower.length - 1) !== 0x73 && t.lower.charCodeAt(t.lower.length - 1) !== 0x73) cls = 'noun';
    // "Pfizer shares rose": before an irregular past the lexicon lists as a noun ("rose", "left") and a preposition, a number or the end.
    else if ((b === 'noun' || b === 'proper') && after !== undefined && after.cls === 'noun' && pastAfter(tokens, infos, i + 1)) cls = 'noun';
  }
  // "to raise the minimum wage", "to house them": after "to" and before a determiner or pronoun, a verb.
  if (cls === 'noun' && before !== undefined && before.cls === 'to' && after !== undefined && (after.cls === 'det' || after.cls === 'pron')) cls = 'verb';
  // "Fighting resumed", "Shelling killed three": an -ing word right before a past verb is its subject.
  if (cls === 'ing' && after !== undefined && (after.cls === 'past' || after.cls === 'have' || (afterIs & IS_WAS) !== 0)) cls = 'noun';
  // "Within hours, cooling systems failed": an -ing word before a noun and its past verb describes the noun.
  if (cls === 'ing' && after !== undefined && after.cls === 'noun' && i + 2 < tokens.length && tokens[i + 2]!.cls === 'past') cls = 'adj';
  // "the stabbing": an -ing word after a determiner or adjective names a happening.
  if (cls === 'ing' && before !== undefined && (before.cls === 'det' || before.cls === 'adj')) cls = 'noun';
  // "Shares rose 2%": an irregular past the lexicon lists as a noun, right after its subject.
  // ("Yields on the bond, which is sensitive to policy, rose 4.1 basis points": after the comma that closes an aside.)
  if (cls === 'noun' && before !== undefined && (isNominal(before.cls) || before.text === ',') && after !== undefined
    && (after.cls === 'num' || after.cls === 'det' || after.cls === 'prep' || after.cls === 'adv' || after.cls === 'to')) {
    if (word.pastTense < 0) word.pastTense = pastFormOf(word.lower) === 'PastTense' ? 1 : 0;
    if (word.pastTense === 1) cls = 'past';
  }
  // "nominated her in September": "her" before no noun is the pronoun, not the possessive.
  // (The next token is not settled yet: its class is its spelling's, so its bits answer isModifiable. Bit operations
  // that run for every token: a test first reached in optimised code deoptimised settle in every cold run.)
  if ((word.is & ~(afterIs >> 4) & IS_HER) !== 0) cls = 'pron';
  // "the flood hit the region": a verb spelt the same in past and present, after its subject.
  // "the quake hit on February 6": also intransitive, before a preposition, an adverb or its date.
  // "broke out on Monday and spread quickly": also after "and", before an adverb, a preposition, a determiner or its date.
  if (before !== undefined && after !== undefined && (isNominal(before.cls) || before.cls === 'coord') && (word.is & IS_SAME_FORM_PAST) !== 0) {
    // Both tests run on every entry (a chain of comparisons left its later ones unreached, and deoptimised settle when first reached).
    if (after.timex || (before.cls === 'coord' ? AFTER_JOINED_SAME_FORM_PAST : AFTER_SAME_FORM_PAST).has(after.cls)) cls = 'past';
  }
  // "was last hit": "last" between an auxiliary and a verb is an adverb.
  // "Germany last won the tournament in 1990": before a past verb too.
  if ((word.is & IS_LAST) !== 0 && before !== undefined && (before.cls === 'be' || before.cls === 'have' || (after !== undefined && after.cls === 'past'))) cls = 'adv';
  t.cls = cls;
  if (cls !== 'past' && cls !== 'part' && cls !== 'ing') return;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.cls === 'adv') j--;
  if (j < 0) return;
  const prev = tokens[j]!;
  const next = after;
  const p = prev.cls;
  // "the armed forces": a past form between a determiner or adjective and a noun modifies it
  // ("The general praised the troops" keeps its verb).
  // ("the FAA's last confirmed administrator": a possessive name is a determiner.)
  const modifier = ((p === 'det' || p === 'adj' || (p === 'proper' && cls !== 'ing' && isPossessive(prev.lower))) && next !== undefined && isModifiable(next.cls))
    // "rebuild destroyed homes", "saw damaged cars": a past form right after another verb, before a noun, modifies it.
    || ((p === 'verb' || p === 'past') && cls !== 'ing' && next !== undefined && (next.cls === 'noun' || next.cls === 'adj'))
    // "proposed installing automated gates": after the -ing object of a verb, before a noun.
    || (p === 'noun' && cls !== 'ing' && j >= 1 && prev.lower.endsWith('ing') && (tokens[j - 1]!.cls === 'past' || tokens[j - 1]!.cls === 'verb') && next !== undefined && next.cls === 'noun')
    // (One set test, not a test and a comparison: a comparison first reached in optimised code deoptimises it.)
    || (p === 'prep' && cls !== 'ing' && next !== undefined && MODIFIED_AFTER_PREP.has(next.cls));
  if (!modifier) return;
  // A simple past never modifies a noun. Asked only here, where a modifier reading is open: the answer
  // comes from compromise's conjugation rules, costly the first time for each word.
  if (cls === 'past') {
    if (word.pastOnly < 0) word.pastOnly = isPastOnly(word.lower) ? 1 : 0;
    if (word.pastOnly === 1) return;
  }
  t.cls = 'adj';
}

/** Whether token `j` (a noun by its spelling) is an irregular past ("rose") followed by what follows a verb of change. */
function pastAfter(tokens: Token[], infos: WordInfo[], j: number): boolean {
  const next = tokens[j + 1];
  if (next !== undefined && next.cls !== 'prep' && next.cls !== 'num' && next.cls !== 'adv' && !(next.cls === 'punct' && j + 1 === tokens.length - 1)) return false;
  const word = infos[j]!;
  if (word.pastTense < 0) word.pastTense = pastFormOf(word.lower) === 'PastTense' ? 1 : 0;
  return word.pastTense === 1;
}

/** A word ending in 's (token lower cases spell ’ as '). */
function isPossessive(lower: string): boolean {
  const n = lower.length;
  return n > 2 && lower.charCodeAt(n - 1) === 0x73 && lower.charCodeAt(n - 2) === 0x27;
}

/** baseClass's character tests, for their test against the patterns they stand for. */
export const baseClassParts = { isOneMark, opensNumber, opensCapital, unprefixed };
