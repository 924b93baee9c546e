/** Splits a source body into sentences with their offsets, for event extraction. */

export interface Sentence {
  text: string;
  /** Offsets into the body (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** 0-based paragraph index: narrative time does not carry across unrelated blocks forever. */
  paragraph: number;
}

// Words after which a full stop does not end a sentence (titles, initials, months, "U.S.").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'col', 'gen', 'lt', 'maj', 'capt',
  'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx', 'est',
  'fig', 'al', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'a.m', 'p.m', 'd.c',
]);

// A soft-wrapped line of a paragraph is long; a short line without end punctuation is a line of its own.
const SOFT_WRAP_MIN = 60;

/** A paragraph: a non-empty line and the lines after it up to a blank (whitespace-only) line. */
const BLOCK = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;

/** Sentences of `body`, in order, never empty, trimmed; offsets slice back to the text. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  // Blocks are found by the pattern's end alone (no match array, no copy): a match starts at the
  // first character that is not a newline.
  const blocks = BLOCK;
  blocks.lastIndex = 0;
  let from = 0;
  while (blocks.test(body)) {
    while (body.charCodeAt(from) === 0x0a) from++;
    splitBlock(out, body, from, blocks.lastIndex, paragraph);
    from = blocks.lastIndex;
    paragraph++;
  }
  return out;
}

/** JavaScript's \s (what trim() and split(/\s+/) take for white space), by UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function pushTrimmed(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end, paragraph });
}

/**
 * The sentences of the block `body.slice(start, end)` (a paragraph), appended to `out`.
 * A line that is short and does not end a sentence stands alone (headlines, bylines, captions).
 */
function splitBlock(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  // The block's text up to `end`: what the boundary pattern may look ahead into.
  const text = body.slice(0, end);
  let from = start;
  let line = start;
  for (let nl = body.indexOf('\n', start); nl >= 0 && nl < end; nl = body.indexOf('\n', nl + 1)) {
    if (standsAlone(body, line, nl)) {
      splitRun(out, text, from, nl, paragraph);
      from = nl + 1;
    }
    line = nl + 1;
  }
  splitRun(out, text, from, end, paragraph);
}

/** Whether the line `body.slice(lineStart, lineEnd)` (trimmed) is short or ends with a sentence's last mark. */
function standsAlone(body: string, lineStart: number, lineEnd: number): boolean {
  let b = lineStart, e = lineEnd;
  while (b < e && isSpace(body.charCodeAt(b))) b++;
  while (e > b && isSpace(body.charCodeAt(e - 1))) e--;
  if (e - b < SOFT_WRAP_MIN) return true;
  // [.!?:;"”’)] at the end of the trimmed line.
  const c = body.charCodeAt(e - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29;
}

/** End punctuation, optional closing quotes/brackets, then whitespace and a plausible sentence opener. */
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])/g;

/** Splits the run `text.slice(from, to)` of running text at sentence-final punctuation, appending its sentences to `out`. */
function splitRun(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  let start = from;
  const boundary = BOUNDARY;
  boundary.lastIndex = from;
  // The pattern sees the text up to the run's end only.
  const run = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(run)) !== null) {
    const end = m.index + m[0].length;
    if (m[0].length === 1 && m[0].charCodeAt(0) === 0x2e && isAbbreviation(run, m.index) && !clockEndsSentence(run, m.index)) continue;
    pushTrimmed(out, text, start, end, paragraph);
    start = end;
  }
  if (start < to) pushTrimmed(out, text, start, to, paragraph);
}

/** [A-Za-z.] */
function isLetterOrDot(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e;
}

/** Whether a lower-cased word is one after which a full stop does not end a sentence ("no", "inc", "gen"). */
export function isAbbreviationWord(lower: string): boolean {
  return ABBREVIATIONS.has(lower);
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  // Abbreviations are short: looking back further would make a long run of "a.a.a." quadratic.
  while (i > 0 && dot - i < 12 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  if (i === dot) return false;
  // A single letter before a dot is an initial ("George W. Bush"), unless it ends a number ("in the 1950s.", "in his 50s.").
  if (dot - i === 1 && text.charCodeAt(i) !== 0x2e) return !(i > 0 && text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39);
  const word = text.slice(i, dot).toLowerCase();
  return ABBREVIATIONS.has(word);
}

/** Words that go on a clock time after "p.m.": its day or its zone ("7 p.m. Tuesday", "9 a.m. Eastern"). */
const CLOCK_GOES_ON = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'eastern', 'pacific', 'central', 'mountain', 'atlantic', 'greenwich', 'british', 'local', 'lisbon', 'london', 'paris', 'new', 'today', 'tonight', 'tomorrow', 'yesterday',
]);

/**
 * "ran until almost 7 p.m. Council President Nora Delacroix called a recess": after "a.m."/"p.m.",
 * a capitalised word that is not the clock's day or zone ("7 p.m. Tuesday", "9 a.m. ET") opens a
 * new sentence. Asked only when the word before the stop is an abbreviation.
 */
function clockEndsSentence(text: string, dot: number): boolean {
  if (dot < 3 || text.charCodeAt(dot - 2) !== 0x2e || (text.charCodeAt(dot - 1) | 0x20) !== 0x6d) return false;
  const ap = text.charCodeAt(dot - 3) | 0x20;
  if (ap !== 0x61 && ap !== 0x70) return false;
  let k = dot + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  let e = k;
  while (e < text.length && isLetterOrDot(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x2e) e++;
  const word = text.slice(k, e);
  if (word.length === 0 || word.charCodeAt(0) < 0x41 || word.charCodeAt(0) > 0x5a) return false;
  // An all-capital short word is a zone ("ET", "GMT", "CEST").
  if (word.length <= 4 && word === word.toUpperCase()) return false;
  return !CLOCK_GOES_ON.has(word.toLowerCase());
}
