/**
 * Site furniture: the page around the article (bylines, font controls, calls to follow or share,
 * licensing notes, photo credits, logos). Such lines never give events, even when they hold a date.
 */
import { isSpace } from './sentences.ts';

// Quantifiers are bounded so that no line, however long, makes a pattern backtrack for ever.
// The unanchored patterns run on the lower-cased line: without the i flag V8 scans for their first letters fast.
const LINK = /[\w.+-]{1,64}@[\w-]{1,63}\.\w|https?:\/\/|\bwww\.[\w-]{1,63}\./;
// Anchored patterns fail at once on most lines: they run on the line as it is (i flag), without lowering it.
const CALL_TO_ACTION = /^(follow|send|leave|click|tap|subscribe|sign up|share|read more|read the|watch|contact|like us|join|download|visit|email|comment|listen|register|log in|continue reading|advertisement)\b/i;
const NOTICES = /\b(font size|all rights reserved|copyright|©|licens(e|ing)|republish|reprint|newsletter|cookies?|privacy policy|terms of (use|service)|sponsored content|affiliate link|comments section)\b/;
const CREDITS = /\b(reuters|ap|afp|getty(?: images)?|epa|shutterstock|xinhua|anadolu)\s*\/|\b(photo|image|picture|video|file photo|credit|caption)s?\s*(:|\bby\b|\bcredit)|\(\s*photo\b/;
/** What every match of CREDITS holds: one scan instead of one per word. */
const CREDIT_WORD = /\/|photo|image|picture|video|credit|caption/;
const STAMP = /^(updated|published|posted|last modified|first published|filed)\b/i;
const BYLINE = /^by\s+\p{Lu}/u;
const CONTRIBUTED = /\bcontributed (to )?(this )?(report|story|article)|\bcontributed reporting\b|\b(editing|reporting) by\b/;
const ROLE = /\b(reporter|correspondent|editor|contributor|columnist|staff writer|producer)\b/i;
const LOGO = /\blogo\b/;

/**
 * What a match of CONTRIBUTED, LINK, NOTICES, CREDITS or LOGO always holds: one of these marks, or
 * one of these words at a word start (each pattern's words start at a \b: see each). Two scans of a
 * prose line instead of lowering it and running five patterns; the i flag matches ASCII letters in
 * either case and nothing else, as lowering the ASCII letters does.
 */
const NEEDED_MARK = /[@/©]/;
const NEEDED_WORD = /\b(?:contributed|editing by|reporting by|www\.|font size|all rights|copyright|licens|republish|reprint|newsletter|cookie|privacy policy|terms of|sponsored content|affiliate link|comments section|photo|image|picture|video|credit|caption|logo)/i;

/**
 * Lower case for ASCII letters only, as the i flag matches them: toLowerCase would also turn "İ"
 * into "i̇" and give \b a letter it never saw.
 */
function asciiLower(text: string): string {
  return NON_ASCII.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text.toLowerCase();
}
const NON_ASCII = /[^\x00-\x7f]/;

/** Longest line still checked as furniture: page furniture is short; long text is running prose. */
const MAX_FURNITURE = 1000;

/** The line ends with . ! or ? and only closing quotes or brackets after it (/[.!?]["”’)]*$/, read from the end). */
function endsSentence(t: string): boolean {
  let j = t.length - 1;
  for (let c = t.charCodeAt(j); c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29; c = t.charCodeAt(--j));
  const c = t.charCodeAt(j);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

export function isFurniture(text: string): boolean {
  return furniture(text, true);
}

/**
 * isFurniture(text) for a sentence whose words say whether it can hold a match of NEEDED_MARK or
 * NEEDED_WORD (see neededHints): when `mayHoldNeeded` is false it holds none, and the two scans of
 * the whole line (most of isFurniture's time on prose) are left out.
 */
export function isFurnitureGiven(text: string, mayHoldNeeded: boolean): boolean {
  return furniture(text, mayHoldNeeded);
}

/** A word holds a mark of NEEDED_MARK or a whole one-word match of NEEDED_WORD (see neededHints). */
export const NEEDED_IN_WORD = 1;
/** A word ends with the first word of a two-word match of NEEDED_WORD ("editing" of "editing by"). */
export const NEEDED_FIRST_WORD = 2;
/** A word starts with the second word of a two-word match of NEEDED_WORD ("by" of "editing by"). */
export const NEEDED_SECOND_WORD = 4;

// NEEDED_MARK and NEEDED_WORD's alternatives, split at their one space; "www\." needs its "www".
const IN_WORD = /[@/©]|contributed|www|copyright|licens|republish|reprint|newsletter|cookie|photo|image|picture|video|credit|caption|logo/;
const FIRST_WORD = /(?:editing|reporting|font|all|privacy|terms|sponsored|affiliate|comments)$/;
const SECOND_WORD = /^(?:by|size|rights|policy|of|content|link|section)/;

/**
 * NEEDED_* bits of a word, from its lower case (toLowerCase: every ASCII letter lowered, as the i flag
 * matches it). A match of NEEDED_MARK or NEEDED_WORD in a line lies in the words of the line (the
 * runs between white space, or tokens of them that together cover every character that is not
 * white space): a mark or a one-word alternative inside one word (NEEDED_IN_WORD); a two-word
 * alternative as a word ending with its first word (a space follows it) and the next word starting
 * with its second. A line none of whose words has NEEDED_IN_WORD, and no word with NEEDED_FIRST_WORD
 * right before one with NEEDED_SECOND_WORD, holds no match: its isFurniture is isFurnitureGiven(line, false).
 */
export function neededHints(lower: string): number {
  return (IN_WORD.test(lower) ? NEEDED_IN_WORD : 0) | (FIRST_WORD.test(lower) ? NEEDED_FIRST_WORD : 0) | (SECOND_WORD.test(lower) ? NEEDED_SECOND_WORD : 0);
}

function furniture(text: string, mayHoldNeeded: boolean): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (t.length > MAX_FURNITURE) return false;
  if (CALL_TO_ACTION.test(t) || STAMP.test(t)) return true;
  if (mayHoldNeeded && (NEEDED_MARK.test(t) || NEEDED_WORD.test(t))) {
    const lower = asciiLower(t);
    // Each unanchored pattern needs a character most prose lines lack, or one of its words.
    if ((lower.includes('contributed') || lower.includes('by')) && CONTRIBUTED.test(lower)) return true;
    if ((lower.includes('@') || lower.includes('://') || lower.includes('www.')) && LINK.test(lower)) return true;
    if (NOTICES.test(lower)) return true;
    if (CREDIT_WORD.test(lower) && CREDITS.test(lower)) return true;
    if (t.length < 120 && LOGO.test(lower)) return true;
  }
  const sentenceLike = endsSentence(t);
  if (!sentenceLike && t.length < 100 && (BYLINE.test(t) || ROLE.test(t))) return true;
  // A short line without end punctuation in title case: a headline, section name or caption.
  return !sentenceLike && titleCase(t);
}

/**
 * Of the words of trimmed `t` (split at white space) that hold a letter, at most 16, and at least
 * 60% of them open with a capital, a digit or an opening quote (/^[\p{Lu}\p{N}"“‘]/u). Read by
 * char codes; the patterns decide only for words that hold no ASCII letter or open with non-ASCII.
 */
function titleCase(t: string): boolean {
  let words = 0, capitalised = 0;
  let i = 0;
  while (i < t.length) {
    const start = i;
    let letter = false, ascii = true;
    // The next code unit read only inside the string (a read past the end deoptimised this in every cold run).
    for (let c = t.charCodeAt(i); i < t.length && !isSpace(c); c = ++i < t.length ? t.charCodeAt(i) : 0) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letter = true;
      else if (c >= 0x80) ascii = false;
    }
    if (letter || (!ascii && LETTER.test(t.slice(start, i)))) {
      if (++words > 16) return false;
      const c = t.charCodeAt(start);
      if (c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x22 : c === 0x201c || c === 0x2018 || CAPITAL_OPENING.test(t.slice(start, i))) capitalised++;
    }
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  }
  return capitalised >= Math.ceil(words * 0.6);
}
const LETTER = /\p{L}/u;
const CAPITAL_OPENING = /^[\p{Lu}\p{N}]/u;
