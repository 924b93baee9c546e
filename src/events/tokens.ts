/** Tokens of a sentence with offsets and a coarse word class, decided by lexicon and position. */
import {
  ARTICLES, BE_FORMS, COORDINATORS, DETERMINERS, DO_FORMS, HAVE_FORMS, MODALS, NEGATIONS, POSSESSIVE_DETERMINERS,
  PREPOSITIONS, PRONOUNS, RELATIVES, SUBORDINATORS, isPastOnly, lexiconTags, pastFormOf,
} from './lexicon.ts';

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
  /** Inside quotation marks. */
  quoted: boolean;
}

// Words with inner dots, hyphens and apostrophes stay whole ("U.S.-backed", "al-Abadi", "Mosul’s").
const TOKEN = /[$€£¥]?\p{N}+(?:[.,\-–]\p{N}+)*(?:%|\p{L}+|(?:-\p{L}+)+)?|(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’&\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

const ADJECTIVE_ED = new Set(['red', 'bed', 'shed', 'hundred', 'sacred', 'naked', 'wicked', 'beloved', 'aged', 'learned', 'kindred', 'rugged', 'ragged', 'jagged', 'wretched', 'crooked', 'dogged', 'need', 'seed', 'speed', 'feed', 'creed', 'breed', 'greed', 'steed', 'weed', 'reed', 'deed', 'indeed', 'ted', 'fred', 'ned', 'med', 'ed']);
const NOT_ING = new Set(['thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'spring', 'string', 'sing', 'wing', 'bring', 'during', 'morning', 'evening', 'ceiling', 'building', 'beijing', 'ping', 'sterling', 'darling', 'viking', 'swing', 'sling', 'cling', 'sting', 'bling', 'ming', 'ling', 'jing', 'xinjiang', 'king']);
const NOT_ADVERB_LY = new Set(['only', 'early', 'family', 'italy', 'july', 'rally', 'ally', 'supply', 'reply', 'apply', 'fly', 'holy', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'sicily', 'lily', 'belly', 'bully', 'jelly', 'folly', 'ugly', 'silly', 'friendly', 'elderly', 'lonely', 'lovely', 'deadly', 'costly', 'orderly', 'manly', 'kelly', 'billy', 'molly', 'emily', 'holly', 'anomaly', 'assembly', 'monopoly', 'comply', 'imply', 'multiply', 'rely', 'ply', 'wily', 'hourly', 'quarterly', 'stately', 'timely', 'unlikely', 'lively', 'burly', 'surly', 'curly']);

/** Adverbs of sequence that sit before a verb ("first announced", "later retook"). */
const TIME_ADVERBS = new Set(['first', 'then', 'later', 'also', 'still', 'just', 'already', 'finally', 'eventually', 'again', 'subsequently', 'initially', 'previously', 'since', 'soon']);

/** "retook" → "took", "overran" → "ran": prefixed forms compromise does not list. */
function unprefixed(lower: string): string | null {
  const m = /^(re|un|over|out|mis|under|with|up|fore|de|dis|co|pre)-?(.{3,})$/.exec(lower);
  return m ? m[2]! : null;
}

/** A base-form verb after "to" ("to retake", "to congratulate"). */
export function isBaseVerb(t: Token): boolean {
  if (t.cls === 'verb') return true;
  if (t.cls !== 'noun') return false;
  const tags = lexiconTags(t.lower);
  if (tags.includes('Infinitive')) return true;
  const inner = unprefixed(t.lower);
  return inner !== null && lexiconTags(inner).includes('Infinitive');
}

/** Marks each offset of `body` inside quotation marks (curly quotes pair across sentences; straight quotes within a paragraph). */
export function quotedMask(body: string): Uint8Array {
  const mask = new Uint8Array(body.length);
  let curly = false;
  let straight = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\n' && body[i + 1] === '\n') straight = false;
    // Curly quotes, and the TeX-style ``…'' some corpora use, pair up; straight quotes toggle.
    if (c === '“' || (c === '`' && body[i + 1] === '`')) curly = true;
    else if (c === '”' || (c === "'" && body[i + 1] === "'")) curly = false;
    else if (c === '"') straight = !straight;
    mask[i] = curly || straight || c === '”' || c === '"' || (c === "'" && body[i - 1] === "'") ? 1 : 0;
  }
  return mask;
}

function baseClass(word: string, lower: string): WordClass {
  if (/^[^\p{L}\p{N}]$/u.test(word)) return 'punct';
  if (/^[$€£¥]?\p{N}/u.test(word)) return 'num';
  if (lower === 'to') return 'to';
  if (BE_FORMS.has(lower)) return 'be';
  if (HAVE_FORMS.has(lower)) return 'have';
  if (DO_FORMS.has(lower)) return 'do';
  if (MODALS.has(lower)) return 'modal';
  if (NEGATIONS.has(lower)) return 'neg';
  if (ARTICLES.has(lower) || POSSESSIVE_DETERMINERS.has(lower) || DETERMINERS.has(lower)) return 'det';
  if (RELATIVES.has(lower)) return 'rel';
  if (SUBORDINATORS.has(lower) && lower !== 'as') return 'sub';
  if (COORDINATORS.has(lower)) return 'coord';
  if (PRONOUNS.has(lower)) return 'pron';
  if (PREPOSITIONS.has(lower) || lower === 'as') return 'prep';
  if (TIME_ADVERBS.has(lower)) return 'adv';
  const tags = lexiconTags(lower);
  const capital = /^\p{Lu}/u.test(word);
  if (tags.includes('PastTense')) return 'past';
  if (tags.includes('Participle')) return 'part';
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
  if (capital || /^\p{Lu}/u.test(word.replace(/^[\p{Ll}]+-/u, ''))) return 'proper';
  // "left", "lost": irregular pasts the lexicon lists as adjectives; position decides later.
  if (tags.includes('Adjective') && !/ing$/.test(lower)) {
    const form = pastFormOf(lower);
    if (form) return form === 'PastTense' ? 'past' : 'part';
  }
  if (tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative')) return 'adj';
  if (tags.includes('Infinitive') || tags.includes('PresentTense')) return 'verb';
  return 'noun';
}

/** Lexicon tags of names: a capitalised word with one of these stays a name at the start of a sentence. */
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'ProperNoun', 'Honorific', 'Month', 'WeekDay', 'Holiday']);

const SAME_FORM_PAST = new Set(['hit', 'cut', 'put', 'set', 'shut', 'hurt', 'spread', 'quit', 'burst', 'split', 'cost', 'beat', 'cast', 'shed', 'upset']);

const wordCache = new Map<string, { lower: string; cls: WordClass }>();
/** Words repeat across a corpus: work out each spelling's lower case and class once. */
function cachedWord(word: string): { lower: string; cls: WordClass } {
  let known = wordCache.get(word);
  if (known === undefined) {
    const lower = word.toLowerCase().replace(/’/g, "'");
    known = { lower, cls: baseClass(word, lower) };
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(word, known);
  }
  return known;
}

const NOUNISH: ReadonlySet<WordClass> = new Set(['noun', 'proper', 'pron', 'num']);

/**
 * Tokens of `body.slice(start, end)`. A word that looks like a past form is an adjective when it
 * follows a determiner, adjective or preposition ("the armed forces", "in previously captured cities").
 */
export function tokenize(body: string, start: number, end: number, timexSpans: ReadonlyArray<readonly [number, number]>, quoted: Uint8Array): Token[] {
  const tokens: Token[] = [];
  // One shared global regex, run on the body itself from `start` (no copy of the text).
  const re = TOKEN;
  re.lastIndex = start;
  let span = 0;
  for (let m = re.exec(body); m !== null && m.index < end; m = re.exec(body)) {
    const s = m.index;
    const word = s + m[0].length > end ? m[0].slice(0, end - s) : m[0];
    const known = cachedWord(word);
    // Spans are in order: move past those that end before this word.
    while (span < timexSpans.length && timexSpans[span]![1] <= s) span++;
    const inTimex = span < timexSpans.length && timexSpans[span]![0] <= s;
    tokens.push({ text: word, lower: known.lower, start: s, end: s + word.length, cls: known.cls, timex: inTimex, quoted: quoted[s] === 1 });
  }
  // Position decides between a verb and a modifier for -ed and -ing words.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1];
    // A capital that only opens the sentence: "Heavy rain caused…" is an adjective and a noun, not a name.
    if (i === 0 && t.cls === 'proper') {
      const tags = lexiconTags(t.lower);
      if (tags.length && !tags.some((x) => NAME_TAGS.has(x))) {
        const plain = cachedWord(t.lower);
        // News does not open with an order: "Shares rose" starts with a noun.
        if (plain.cls !== 'proper') t.cls = plain.cls === 'verb' ? 'noun' : plain.cls;
      }
    }
    // "a state of emergency": a verb-like word after a determiner or adjective is a noun;
    // so is one right before the real verb ("the flood hit").
    const after = tokens[i + 1];
    if (t.cls === 'verb' && before && (before.cls === 'det' || before.cls === 'adj' || before.cls === 'num'
      || ((before.cls === 'noun' || before.cls === 'proper') && after && (after.cls === 'past' || SAME_FORM_PAST.has(after.lower))))) t.cls = 'noun';
    // "to raise the minimum wage", "to house them": after "to" and before a determiner or pronoun, a verb.
    if (t.cls === 'noun' && before?.cls === 'to' && after && (after.cls === 'det' || after.cls === 'pron')) t.cls = 'verb';
    // "Fighting resumed", "Shelling killed three": an -ing word right before a past verb is its subject.
    if (t.cls === 'ing' && (tokens[i + 1]?.cls === 'past' || tokens[i + 1]?.cls === 'have' || tokens[i + 1]?.lower === 'was')) t.cls = 'noun';
    // "the stabbing": an -ing word after a determiner or adjective names a happening.
    if (t.cls === 'ing' && before && (before.cls === 'det' || before.cls === 'adj')) t.cls = 'noun';
    // "Shares rose 2%": an irregular past the lexicon lists as a noun, right after its subject.
    if (t.cls === 'noun' && before && (before.cls === 'noun' || before.cls === 'proper' || before.cls === 'pron')
      && /^(num|det|prep|adv|to)$/.test(tokens[i + 1]?.cls ?? '') && pastFormOf(t.lower) === 'PastTense') t.cls = 'past';
    // "nominated her in September": "her" before no noun is the pronoun, not the possessive.
    if (t.lower === 'her' && !/^(noun|adj|proper|num|past|ing)$/.test(tokens[i + 1]?.cls ?? 'punct')) t.cls = 'pron';
    // "the flood hit the region": a verb spelt the same in past and present, after its subject.
    // "the quake hit on February 6": also intransitive, before a preposition, an adverb or its date.
    if (SAME_FORM_PAST.has(t.lower) && before && (before.cls === 'noun' || before.cls === 'proper' || before.cls === 'pron') && tokens[i + 1]
      && (/^(det|proper|num|noun|pron|prep|sub|adv)$/.test(tokens[i + 1]!.cls) || tokens[i + 1]!.timex)) t.cls = 'past';
    // "was last hit": "last" between an auxiliary and a verb is an adverb.
    if (t.lower === 'last' && before && (before.cls === 'be' || before.cls === 'have')) t.cls = 'adv';
    if (t.cls !== 'past' && t.cls !== 'part' && t.cls !== 'ing') continue;
    let j = i - 1;
    while (j >= 0 && tokens[j]!.cls === 'adv') j--;
    const prev = tokens[j];
    const next = tokens[i + 1];
    // "the armed forces": a past form between a determiner or adjective and a noun modifies it
    // ("The general praised the troops" keeps its verb).
    const modifies = next !== undefined && (next.cls === 'noun' || next.cls === 'proper' || next.cls === 'adj' || next.cls === 'num' || next.cls === 'past' || next.cls === 'ing');
    // "rebuild destroyed homes", "saw damaged cars": a past form right after another verb, before a noun, modifies it.
    const afterVerb = prev !== undefined && (prev.cls === 'verb' || prev.cls === 'past') && t.cls !== 'ing' && next !== undefined && (next.cls === 'noun' || next.cls === 'adj');
    if (t.cls === 'past' && isPastOnly(t.lower)) continue;
    if (prev && (((prev.cls === 'det' || prev.cls === 'adj') && modifies) || afterVerb || (prev.cls === 'prep' && t.cls !== 'ing' && next && NOUNISH.has(next.cls) && next.cls !== 'pron'))) {
      t.cls = 'adj';
    }
  }
  return tokens;
}
