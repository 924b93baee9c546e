/**
 * Site furniture: the page around the article (bylines, font controls, calls to follow or share,
 * licensing notes, photo credits, logos). Such lines never give events, even when they hold a date.
 */

// Quantifiers are bounded so that no line, however long, makes a pattern backtrack for ever.
const LINK = /[\w.+-]{1,64}@[\w-]{1,63}\.\w|https?:\/\/|\bwww\.[\w-]{1,63}\./i;
const CALL_TO_ACTION = /^(follow|send|leave|click|tap|subscribe|sign up|share|read more|read the|watch|contact|like us|join|download|visit|email|comment|listen|register|log in|continue reading|advertisement)\b/i;
const NOTICES = /\b(font size|all rights reserved|copyright|©|licens(e|ing)|republish|reprint|newsletter|cookies?|privacy policy|terms of (use|service)|sponsored content|affiliate link|comments section)\b/i;
const CREDITS = /\b(reuters|ap|afp|getty(?: images)?|epa|shutterstock|xinhua|anadolu)\s*\/|\b(photo|image|picture|video|file photo|credit|caption)s?\s*(:|\bby\b|\bcredit)|\(\s*photo\b/i;
const STAMP = /^(updated|published|posted|last modified|first published|filed)\b/i;
const BYLINE = /^by\s+\p{Lu}/u;
const CONTRIBUTED = /\bcontributed (to )?(this )?(report|story|article)|\bcontributed reporting\b|\b(editing|reporting) by\b/i;
const ROLE = /\b(reporter|correspondent|editor|contributor|columnist|staff writer|producer)\b/i;

/** Longest line still checked as furniture: page furniture is short; long text is running prose. */
const MAX_FURNITURE = 1000;

export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (t.length > MAX_FURNITURE) return false;
  if (CONTRIBUTED.test(t) || LINK.test(t) || CALL_TO_ACTION.test(t) || NOTICES.test(t) || CREDITS.test(t) || STAMP.test(t)) return true;
  if (/\blogo\b/i.test(t) && t.length < 120) return true;
  const sentenceLike = /[.!?]["”’)]*$/.test(t);
  if (!sentenceLike && t.length < 100 && (BYLINE.test(t) || ROLE.test(t))) return true;
  // A short line without end punctuation in title case: a headline, section name or caption.
  if (!sentenceLike) {
    const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const capitalised = words.filter((w) => /^[\p{Lu}\p{N}"“‘]/u.test(w)).length;
    if (words.length <= 16 && capitalised >= Math.ceil(words.length * 0.6)) return true;
  }
  return false;
}
