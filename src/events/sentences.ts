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

/** Sentences of `body`, in order, never empty, trimmed; offsets slice back to the text. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const blocks = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const block of body.matchAll(blocks)) {
    const blockStart = block.index;
    for (const [start, end] of splitBlock(block[0])) {
      pushTrimmed(out, body, blockStart + start, blockStart + end, paragraph);
    }
    paragraph++;
  }
  return out;
}

function pushTrimmed(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end, paragraph });
}

/** Sentence boundaries inside one block of text (a paragraph) as [start, end) pairs. */
function splitBlock(block: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  let from = 0;
  const lines = block.split('\n');
  let offset = 0;
  // A line that is short and does not end a sentence stands alone (headlines, bylines, captions).
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed.length < SOFT_WRAP_MIN || /[.!?:;"”’)]$/.test(trimmed)) {
      splitRun(block, from, offset - 1, cuts);
      from = offset;
    }
  }
  splitRun(block, from, block.length, cuts);
  return cuts;
}

/** Splits a run of running text at sentence-final punctuation, appending the pieces to `cuts`. */
function splitRun(text: string, from: number, to: number, cuts: Array<[number, number]>): void {
  let start = from;
  // End punctuation, optional closing quotes/brackets, then whitespace and a plausible sentence opener.
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])/g;
  boundary.lastIndex = from;
  const run = text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(run)) !== null) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(run, m.index)) continue;
    cuts.push([start, end]);
    start = end;
  }
  if (start < to) cuts.push([start, to]);
}

/** [A-Za-z.] */
function isLetterOrDot(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  // Abbreviations are short: looking back further would make a long run of "a.a.a." quadratic.
  while (i > 0 && dot - i < 12 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  if (i === dot) return false;
  // A single letter before a dot is an initial ("George W. Bush").
  if (dot - i === 1 && text.charCodeAt(i) !== 0x2e) return true;
  const word = text.slice(i, dot).toLowerCase();
  return ABBREVIATIONS.has(word);
}
