/** A span of the input: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Longest piece handed to chrono at once: its regexes cost grows with input length. */
export const MAX_CHUNK = 600;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m',
  'mt', 'ft', 'ave', 'blvd', 'dept', 'est', 'fig', 'approx',
]);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

/**
 * Splits text into sentences (and paragraphs), in one linear pass with no regular expression.
 * A period ends a sentence unless it follows a known abbreviation or a single capital (initials),
 * or the next word starts in lower case. Blank lines end a sentence, and so does a line break
 * unless the next line goes on in lower case (hard-wrapped prose).
 * Pieces longer than MAX_CHUNK are cut at a space so no single chrono call grows unbounded.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  // Jumps from one line break or stop to the next: the regex scans faster than a loop over characters.
  const stops = /[\n.!?]/g;
  for (let i = 0; i < n; i++) {
    stops.lastIndex = i;
    if (!stops.test(text)) break;
    i = stops.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line break ends a sentence, except inside hard-wrapped prose: the next line goes on in
      // lower case and this one does not end with a stop.
      if (!continuesOnNextLine(text, start, i)) {
        pushTrimmed(text, start, i, spans);
        start = i + 1;
      }
      continue;
    }
    const j = sentenceEnd(text, start, i);
    if (j < 0) continue;
    pushTrimmed(text, start, j, spans);
    start = j;
    i = j - 1;
  }
  pushTrimmed(text, start, n, spans);
  return spans;
}

/** Closing quotes and brackets: " ' ” ’ ) ]. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/**
 * Where the sentence ends when the stop at `i` ends it (after its closing quotes), else -1: the
 * stop is inside a word, the next word goes on in lower case, or the period closes an abbreviation.
 * Kept out of `splitSentences`, whose loop over every character stays small.
 */
function sentenceEnd(text: string, start: number, i: number): number {
  const n = text.length;
  // Closing quotes/brackets belong to the sentence.
  let j = i + 1;
  while (j < n && isCloser(text.charCodeAt(j))) j++;
  if (j < n && !isSpace(text.charCodeAt(j))) return -1;
  let k = j;
  while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
  if (k < n && text.charCodeAt(k) !== 10) {
    const next = text[k] ?? '';
    if (next.toLowerCase() === next && next.toUpperCase() !== next) return -1; // lower-case continuation
    // "No. 5", "Jan. 5": a digit next ends the sentence unless an abbreviation keeps it going.
  }
  if (text.charCodeAt(i) === 46) {
    let w = i;
    while (w > start && !isSpace(text.charCodeAt(w - 1))) w--;
    const word = text.slice(w, i).replace(/^["'(\u201c\u2018]+/, '').toLowerCase();
    if (word === 'p.m' || word === 'a.m') return endsAfterClock(text, k) ? j : -1;
    if (ABBREVIATIONS.has(word)) return -1;
    if (/^[a-z]$/.test(word)) return -1; // initials "J. Smith", "U.S."
    // "U.S." at the end of a sentence is ambiguous; keep going unless a capitalised word follows a quote.
    if (/^([a-z]\.)+[a-z]$/.test(word)) return -1;
  }
  return j;
}

/** Words that go on a clock time after "p.m.": its day or its zone ("7 p.m. Tuesday", "9 a.m. Eastern"). */
const CLOCK_GOES_ON = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'eastern', 'pacific', 'central', 'mountain', 'atlantic', 'greenwich', 'british', 'local', 'lisbon', 'london', 'paris', 'new', 'today', 'tonight', 'tomorrow', 'yesterday',
]);

/**
 * Whether "p.m."/"a.m." ends the sentence: the word at `k` opens a new one ("ran until almost 7 p.m.
 * Council President Nora Delacroix called a recess"), not a day or zone of the clock time ("7 p.m.
 * Tuesday", "9 a.m. ET", "at 5 p.m. Eastern time"). Asked only after those two abbreviations.
 */
function endsAfterClock(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (!(c >= 65 && c <= 90)) return false;
  let e = k + 1;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  const word = text.slice(k, e);
  // An all-capital short word is a zone ("ET", "GMT", "CEST").
  if (word.length <= 4 && word === word.toUpperCase()) return false;
  return !CLOCK_GOES_ON.has(word.toLowerCase());
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Adds text[s, e) without its surrounding spaces, cut into chunks, unless it is blank. */
function pushTrimmed(text: string, s: number, e: number, spans: Span[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) chunk(text, s, e, spans);
}

/** . ! ? : ; " ' ” ’ ) ] */
function isStopOrCloser(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || isCloser(code);
}

function continuesOnNextLine(text: string, start: number, newline: number): boolean {
  let p = newline - 1;
  while (p >= start && isSpace(text.charCodeAt(p))) p--;
  if (p < start) return false;
  if (isStopOrCloser(text.charCodeAt(p))) return false;
  let q = newline + 1;
  while (q < text.length && isSpace(text.charCodeAt(q)) && text.charCodeAt(q) !== 10) q++;
  const next = text[q] ?? '';
  return next !== '' && next.toLowerCase() === next && next.toUpperCase() !== next;
}

function chunk(text: string, s: number, e: number, out: Span[]): void {
  while (e - s > MAX_CHUNK) {
    let cut = s + MAX_CHUNK;
    // Prefer the last space in the window; fall back to a hard cut.
    const back = text.lastIndexOf(' ', cut);
    if (back > s + MAX_CHUNK / 2) cut = back;
    out.push({ start: s, end: cut });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
