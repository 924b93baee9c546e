/** Headline-style titles from a clause ("Iraqi forces retake east Mosul") and the signature used to merge. */
import { ARTICLES, DECLARING_VERBS, NO_PASSIVE, POSSESSIVE_DETERMINERS, TITLE_WORDS, VERB_SYNONYMS, isPastOnly, isPlaceOrOrgWord, lexiconTags, presentSingular } from './lexicon.ts';
import { lengthAdjective, lengthAsObject, setAdjective, type Predicate } from './clauses.ts';
import { isBaseVerb, type Token } from './tokens.ts';

/** What the source said earlier, to name "the city" and "he" in a headline. */
export interface Discourse {
  /** Lower-cased place kind ("city", "country") → the last such place named. */
  places: Map<string, string>;
  /** The last person named as a subject. */
  person?: string;
  /** People named so far (runs of capitalised words), with where, for "him" and "her". */
  people: Array<{ name: string; at: number }>;
  /** Companies named so far ("Apple Inc.", "General Motors"), with where, for a later "the company" as a subject. */
  companies: Array<{ name: string; at: number }>;
  /** The last thing (not a person) a main clause was about, for a following "It …". */
  thing?: string;
  /** The number of the sentence that named `thing`: "it" stands for it in that sentence and the next only (-1: none). */
  thingAt: number;
  /** The number of the last sentence whose main clause's subject was a person described, not named ("The al Qaeda leader had evaded…"), else -1. */
  describedAt: number;
  /** The number of the sentence being read. */
  sentence: number;
  /** Acronym → its expansion ("ISF" → "Iraqi Security Forces"). */
  acronyms: Map<string, string>;
  /** The source body, for looking back at what it named. */
  body: string;
  /** Sentences whose places and people are not yet recorded: read only when a title asks for them. */
  pending: Token[][];
  /** Names in -s the text uses with a plural verb ("Rovers still have two games"), asked per name when a title needs it. */
  pluralNames: Map<string, boolean>;
}

/** "(ISF)": an acronym in brackets, after the words it stands for. */
const ACRONYM = /\((\p{Lu}{2,6})\)/uy;
/** One to six capitalised words right before it: "Iraqi Security Forces ". */
const EXPANSION = /(?:\p{Lu}[\p{L}.’'-]{0,30}\s{1,3}){1,6}$/u;
/** Longest expansion EXPANSION can match (6 words of 31 characters and 3 spaces). */
const EXPANSION_MAX = 6 * 34;
const CAPITALISED = /\p{Lu}[\p{L}’'-]{1,30}/gu;
const LETTER_OR_COMMA = /^[\p{L},]$/u;
const SPACE = /^\s$/;

export function newDiscourse(body: string): Discourse {
  const acronyms = new Map<string, string>();
  // Found from each bracket backwards: a pattern that opened at every capital would scan the body many times over.
  let from = 0;
  // Every match opens with a bracket: jump between brackets and try the pattern only there.
  for (let at = body.indexOf('('); at !== -1; at = body.indexOf('(', at + 1)) {
    ACRONYM.lastIndex = at;
    const m = ACRONYM.exec(body);
    if (!m) continue;
    at = ACRONYM.lastIndex - 1;
    const expansion = EXPANSION.exec(body.slice(Math.max(from, m.index - EXPANSION_MAX), m.index));
    if (!expansion) continue;
    acronyms.set(m[1]!, expansion[0].trim());
    from = m.index + m[0].length;
  }
  // Every field present from the start: one shape for every discourse.
  return {
    places: new Map(), person: undefined, people: [], companies: [], thing: undefined, thingAt: -1, describedAt: -1, sentence: 0, acronyms, body, pending: [],
    pluralNames: new Map(),
  };
}

/**
 * Capitalised words after a letter or comma and a space: names used inside sentences, even when one
 * opens a sentence ("Jobs said"). plural asks usedAsName for one word instead; this is its reference.
 */
export function namesIn(body: string): Set<string> {
  const names = new Set<string>();
  for (const m of body.matchAll(CAPITALISED)) {
    if (m.index < 2 || !SPACE.test(body[m.index - 1]!)) continue;
    const low = body.charCodeAt(m.index - 2);
    const before = low >= 0xdc00 && low <= 0xdfff && m.index >= 3 ? body.slice(m.index - 3, m.index - 1) : body[m.index - 2]!;
    if (LETTER_OR_COMMA.test(before)) names.add(m[0]);
  }
  return names;
}

/** CAPITALISED as a sticky pattern: the name that starts at an offset. */
const NAME_AT = /\p{Lu}[\p{L}’'-]{1,30}/uy;

/**
 * Whether namesIn(body) holds `word`, read at the word's own occurrences (a few) rather than by
 * listing every capitalised word of the body. A whitespace before an occurrence means no match of
 * the global scan runs into it, so the scan matches there exactly as the sticky pattern does.
 */
export function usedAsName(body: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let i = body.indexOf(word); i !== -1; i = body.indexOf(word, i + 1)) {
    if (i < 2 || !SPACE.test(body[i - 1]!)) continue;
    NAME_AT.lastIndex = i;
    if (!NAME_AT.test(body) || NAME_AT.lastIndex !== i + word.length) continue;
    const low = body.charCodeAt(i - 2);
    const before = low >= 0xdc00 && low <= 0xdfff && i >= 3 ? body.slice(i - 3, i - 1) : body[i - 2]!;
    if (LETTER_OR_COMMA.test(before)) return true;
  }
  return false;
}

const GROUP_ADJECTIVES = new Set(['terror', 'terrorist', 'militant', 'jihadist', 'extremist', 'rebel', 'insurgent', 'armed', 'islamist', 'separatist']);
const GROUP_NOUNS = new Set(['group', 'organization', 'organisation', 'militia', 'movement']);
/** Acronyms that name countries or forces, never "the group". */
const NOT_GROUPS = /^(US|USA|UK|EU|UN|UAE|NATO|ISF|IDF|FBI|CIA|NSA|CEO|GDP|TV|AP|AFP|BBC|CNN)$/;

/** The organisation an article keeps naming by acronym before `at` (two mentions or more), or null. */
function mainGroup(d: Discourse, at: number): string | null {
  const counts = new Map<string, number>();
  for (const m of d.body.slice(0, at).matchAll(/\b\p{Lu}{3,6}\b/gu)) {
    if (NOT_GROUPS.test(m[0])) continue;
    const expansion = d.acronyms.get(m[0]);
    if (expansion && /\b(Forces|Army|Police|Guard|Government|Ministry|Council|Agency)\b/.test(expansion)) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 1;
  for (const [name, n] of counts) if (n > most) { best = name; most = n; }
  return best;
}

/** Words a phrase cut at a time expression can end on. */
const DANGLING = /^(of|in|on|at|by|for|with|from|to|into|and|or|but|as|than|after|before|during|since|until|that|which|who|due|amid|not|because)$/i;
const CAPITAL = /^\p{Lu}/u;
/** Determiners and quantifiers a phrase cut short can end on. */
const DANGLING_DETERMINER = /^(all|some|any|each|both|every|the|a|an)$/;
/** Adverbs of degree a phrase cut before its adjective can end on ("gave a boost to an otherwise disappointing show"). */
// ("proceed with iPhone 4 development even though…": "even" of a clause cut off.)
const DANGLING_DEGREE = /^(otherwise|very|highly|largely|increasingly|mostly|rather|quite|extremely|fairly|relatively|particularly|especially|so|too|even)$/i;
const PLURAL_S = /[^su]s$/;
const CAMEL = /^\p{Ll}+\p{Lu}/u;
const HE_SHE = /^(he|she)$/i;
const IT = /^it$/i;
const THEY = /^they$/i;

/** Adverbs that lead a time expression ("shortly before 2 a.m.", "soon after", "just after dawn", "long before"). */
const TIME_LEADERS = new Set(['shortly', 'soon', 'just', 'right', 'immediately', 'long', 'well', 'briefly', 'sometime', 'moments', 'hours', 'days', 'weeks']);

/** Whether the phrase ending before `hi` was cut at a time expression or a clause of time ("before 2 a.m.", "after the vote"). */
function cutAtTime(tokens: Token[], hi: number): boolean {
  const t = tokens[hi];
  if (t === undefined) return false;
  return t.timex || (t.cls === 'sub' && TIME_SUBORDINATORS.has(t.lower)) || (t.cls === 'prep' && tokens[hi + 1]?.timex === true);
}
/** Words for a part of a time span before its "of" ("most of the day", "the rest of the week", "the end of 2024"). */
const PART_OF_TIME = new Set(['most', 'much', 'part', 'parts', 'rest', 'some', 'half', 'end', 'start', 'beginning', 'middle', 'remainder', 'bulk', 'whole', 'course', 'length']);
const TIME_SUBORDINATORS = new Set(['before', 'after', 'since', 'until', 'till', 'when', 'once', 'as']);

const PLACE_KINDS = new Set(['city', 'town', 'village', 'capital', 'country', 'province', 'region', 'state', 'nation', 'island']);
const MODIFIER_SUFFIX = /^[\p{L}.]+-(backed|led|controlled|held|based|allied|aligned|affiliated|linked|supported|sponsored|run|owned|occupied|dominated)$/iu;

/**
 * Records places the text names, so a later "the city" can be named in a title. Few titles ask, so the
 * sentence is only queued; `placesAndPeople` records the queue in order when one does (token classes
 * change later only from a verb form to "adj", never to or from "proper", so the record is the same).
 */
export function notePlaces(tokens: Token[], d: Discourse): void {
  d.pending.push(tokens);
}

/** The discourse with every queued sentence's places and people recorded. */
function placesAndPeople(d: Discourse): Discourse {
  if (d.pending.length > 0) {
    for (let n = 0; n < d.pending.length; n++) recordPlaces(d.pending[n]!, d);
    d.pending.length = 0;
  }
  return d;
}

function recordPlaces(tokens: Token[], d: Discourse): void {
  // People: runs of capitalised words, each run from its first word.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.cls !== 'proper' || tokens[i]!.timex || (tokens[i - 1]?.cls === 'proper' && !endsWithDot(tokens[i - 1]!.text)) || tokens[i - 1]?.lower === 'the') continue;
    let e = i;
    // A word with a full stop ("Inc.", "Gen.") ends a run: the name is what follows it.
    // ("Osama bin Laden", "Charles de Gaulle": a name particle between capitalised words is in the name.)
    while (e < tokens.length && ((tokens[e]!.cls === 'proper' && !tokens[e]!.timex && !endsWithDot(tokens[e]!.text))
      || (e > i && NAME_PARTICLES.has(tokens[e]!.text) && tokens[e + 1]?.cls === 'proper'))) e++;
    // A single word is no one's full name; capitalised words after "at", "in", "near"… name a place ("at Ground Zero").
    if (e - i >= 2 && !PLACE_BEFORE.has(tokens[i - 1]?.lower ?? '')) notePerson(tokens, i, e, d);
    noteCompany(tokens, i, e, d);
    i = Math.max(i, e - 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cls !== 'proper') continue;
    const tags = lexiconTags(withoutPossessive(t.lower));
    if (tags.includes('City')) d.places.set('city', stripPossessive(t.text));
    if (tags.includes('Country')) d.places.set('country', stripPossessive(t.text));
    // "the city of Mosul", "the town of Tal Afar"
    const prev = tokens[i - 1], kind = tokens[i - 2];
    if (prev?.lower === 'of' && kind && PLACE_KINDS.has(kind.lower)) d.places.set(kind.lower, properRun(tokens, i));
  }
}

/** Last words of companies' names, and the abbreviations written after them ("Inc.", "Corp."). */
const COMPANY_WORDS = new Set(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'co.', 'ltd', 'ltd.', 'plc', 'group', 'motors', 'airlines',
  'airways', 'holdings', 'labs', 'systems', 'technologies', 'industries', 'microdevices', 'pharmaceuticals', 'ag', 'sa', 'llc']);

/** Records the capitalised run tokens[i, e) as a company when its last word or the abbreviation after it says so, or the lexicon does. */
function noteCompany(tokens: Token[], i: number, e: number, d: Discourse): void {
  // (A run can be empty: a capital with a full stop, "U.S.", ends it before its first word.)
  if (e <= i) return;
  const last = tokens[e - 1]!.lower, after = tokens[e]?.lower ?? '';
  let name: string;
  if (COMPANY_WORDS.has(after) && tokens[e]!.cls === 'proper') name = runText(tokens, i, e + 1);
  else if (e - i >= 2 && COMPANY_WORDS.has(last)) name = runText(tokens, i, e);
  else if (lexiconTags(runText(tokens, i, e).toLowerCase()).includes('Organization')) name = runText(tokens, i, e);
  else return;
  d.companies.push({ name: stripPossessive(name), at: tokens[i]!.start });
}

function runText(tokens: Token[], i: number, e: number): string {
  let text = tokens[i]!.text;
  for (let k = i + 1; k < e; k++) text += ' ' + tokens[k]!.text;
  return text;
}

/** Lower-case particles inside people's names. */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'van', 'von', 'de', 'da', 'del', 'der', 'di', 'du', 'la', 'le']);
/** Prepositions after which capitalised words name a place, not a person. */
const PLACE_BEFORE = new Set(['at', 'in', 'near', 'outside', 'inside', 'into', 'across', 'toward', 'towards']);

/** One to three capitalised words, each followed by one space, right before the end: "Bernard ", "Ruth Bader ". */
const GIVEN_NAMES = /(?:\p{Lu}[\p{L}'’-]*\.?\s){1,3}$/u;

/**
 * The full name the body gave before `before` for a surname ("Madoff" → "Bernard Madoff"): the last
 * occurrence of the surname after capitalised words (titles left out), or null. Read off the text at the
 * surname's occurrences (a few), not from the people record, which would record every sentence so far.
 */
export function personNamed(d: Discourse, surname: string, before: number): string | null {
  const body = d.body;
  for (let i = body.lastIndexOf(surname, before - 1); i > 0; i = body.lastIndexOf(surname, i - 1)) {
    const after = body.charCodeAt(i + surname.length);
    if (body.charCodeAt(i - 1) !== 0x20 || (after >= 0x61 && after <= 0x7a) || (after >= 0x41 && after <= 0x5a)) continue;
    const m = GIVEN_NAMES.exec(body.slice(Math.max(0, i - 60), i));
    if (!m) continue;
    const given: string[] = [];
    // (A word with a full stop, "Inc." or "Gen.", ends what comes before the name: "Apple Inc. Steve Jobs".)
    for (const w of spaceSplit(m[0].trim())) {
      if (w.endsWith('.')) given.length = 0;
      else if (!TITLE_WORDS.has(w.toLowerCase())) given.push(w);
    }
    if (given.length === 0) continue;
    given.push(surname);
    return given.join(' ');
  }
  return null;
}

/** People: two to four capitalised words not after "the" and not a known place or organisation. */
const endsWithDot = (word: string): boolean => word.charCodeAt(word.length - 1) === 0x2e;

function notePerson(tokens: Token[], i: number, e: number, d: Discourse): void {
  // The run without the titles before the name, built in one go (no copy to map and shift).
  let s = i;
  while (e - s > 1 && TITLE_WORDS.has(stripPossessive(tokens[s]!.text).toLowerCase())) s++;
  const run: string[] = [];
  for (let k = s; k < e; k++) run.push(stripPossessive(tokens[k]!.text));
  const phrase = run.join(' ').toLowerCase();
  const kind = lexiconTags(phrase);
  // ("Kennedy Space Center", "White House": a last word that ends names of places and organisations.)
  if (run.length >= 2 && run.length <= 4 && !kind.includes('Country') && !kind.includes('City') && !kind.includes('Organization')
    && !isPlaceOrOrgWord(run[run.length - 1]!.toLowerCase())
    && run.every((w) => !/^\p{Lu}+$/u.test(w) && !lexiconTags(w.toLowerCase()).includes('Place'))) {
    d.people.push({ name: run.join(' '), at: tokens[i]!.start });
  }
}

/** `lower` without a final "'s" (token lower cases spell ’ as '), as stripPossessive does, without a pattern. */
function withoutPossessive(lower: string): string {
  const n = lower.length;
  if (n >= 2 && lower.charCodeAt(n - 1) === 0x73 && (lower.charCodeAt(n - 2) === 0x27 || lower.charCodeAt(n - 2) === 0x2019)) return lower.slice(0, n - 2);
  return lower;
}

function properRun(tokens: Token[], i: number): string {
  const words: string[] = [];
  for (let k = i; k < tokens.length && tokens[k]!.cls === 'proper'; k++) words.push(stripPossessive(tokens[k]!.text));
  return words.join(' ');
}

/** The word without a final 's or ’s (/['’]s$/). */
const stripPossessive = withoutPossessive;

/** Words of a phrase made headline-short: no articles, asides, "-backed" modifiers; "the city of X" → X; "the city" → its name. */
export function headlinePhrase(tokens: Token[], [from, to]: [number, number], d: Discourse, role: 'subject' | 'object'): string[] {
  // The phrase is tokens[lo, hi), read in place (no copies). "the (major) city of Mosul" → "Mosul".
  let lo = from;
  const hi = to;
  for (let i = from + 1; i < to; i++) {
    if (tokens[i]!.lower !== 'of' || !PLACE_KINDS.has(tokens[i - 1]!.lower) || !(i + 1 < to && tokens[i + 1]!.cls === 'proper')) continue;
    let modifiers = true;
    for (let k = from; k < i - 1; k++) if (tokens[k]!.cls !== 'det' && tokens[k]!.cls !== 'adj') { modifiers = false; break; }
    if (modifiers) lo = i + 1;
    break;
  }
  const last = hi - lo - 1;
  const out: string[] = [];
  // "At least four people were killed": the clause's phrase starts after the "at" of "at least".
  if (lo > 0 && tokens[lo - 1]!.lower === 'at' && (tokens[lo]!.lower === 'least' || tokens[lo]!.lower === 'most') && last > 0) out.push(tokens[lo - 1]!.text);
  let depth = 0;
  // "one year since the earthquake": a length of time that is the object stays in its title.
  const kept = role === 'object' && tokens[lo]?.timex ? lengthAsObject(tokens, lo, hi) > lo : false;
  for (let n = 0; n <= last; n++) {
    const t = tokens[lo + n]!;
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
    // ("won a second six-year term": a length before a noun describes it, and stays.)
    if (depth > 0 || (t.timex && !kept && !(n < last && (lengthAdjective(t, tokens[lo + n + 1]!) || setAdjective(t, tokens[lo + n + 1]!))))) continue;
    // The preposition of a time expression left out ("on Monday") goes with it.
    if (t.cls === 'prep' && n < last && tokens[lo + n + 1]!.timex && !(n + 1 < last && lengthAdjective(tokens[lo + n + 1]!, tokens[lo + n + 2]!))) continue;
    // ("France, Germany and Italy signed": a list's comma stays, on the word before it.)
    if (t.text === ',' && out.length > 0 && n < last && listComma(tokens, lo + n, hi)) { out[out.length - 1] += ','; continue; }
    if (t.cls === 'punct' && t.text !== '’' && t.text !== "'" && t.text !== '&') continue;
    if (ARTICLES.has(t.lower) && !(t.cls === 'proper' && n > 0)) {
      // "the city" alone → the city named earlier.
      const next = n < last ? tokens[lo + n + 1] : undefined;
      if (t.lower === 'the' && next && PLACE_KINDS.has(next.lower) && (n + 1 < last ? tokens[lo + n + 2]!.lower : undefined) !== 'of' && !/['’]s$/.test(next.lower) && placesAndPeople(d).places.has(next.lower)) {
        out.push(d.places.get(next.lower)!);
        n++;
      }
      // "the terrorist group" → the group the article keeps naming ("ISIS").
      if (t.lower === 'the' && n === 0 && role !== 'object') {
        let k = n + 1;
        while (k < last && GROUP_ADJECTIVES.has(tokens[lo + k]!.lower)) k++;
        const group = k <= last && GROUP_NOUNS.has(tokens[lo + k]!.lower) && k === last ? mainGroup(d, tokens[lo + k]!.start) : null;
        if (group) {
          out.push(group);
          n = k;
        }
      }
      continue;
    }
    if (n === 0 && t.cls === 'det' && POSSESSIVE_DETERMINERS.has(t.lower)) continue;
    // ("That sale closed on Feb. 21": a demonstrative before its noun, as an article.)
    if (n === 0 && n < last && t.cls === 'det' && DEMONSTRATIVE.test(t.lower)) continue;
    // The pattern needs a hyphen and a word after this one.
    if (n < last && t.text.includes('-') && MODIFIER_SUFFIX.test(t.text)) continue;
    out.push(t.text);
  }
  // A phrase cut at a time expression can end on "in", "the", "and": drop them.
  // ("nationalized in all but name": cut at "but", "in all" says nothing either.)
  // So can an adverb that leads the time cut off after it ("conceded defeat shortly before 2 a.m.", "soon after").
  // So can a part of the time cut off ("suspended for most of the day", "at the end of the year": "for most", "at end").
  for (let of = false; out.length > 0;) {
    const w = out[out.length - 1]!;
    if (DANGLING.test(w) || DANGLING_DETERMINER.test(w) || DANGLING_DEGREE.test(w) || (TIME_LEADERS.has(w.toLowerCase()) && cutAtTime(tokens, hi))) of = w.length === 2 && w.toLowerCase() === 'of';
    else if (of && PART_OF_TIME.has(w.toLowerCase()) && cutAtTime(tokens, hi)) of = false;
    else break;
    out.pop();
  }
  // (A list's comma with nothing kept after it goes.)
  if (out.length > 0 && out[out.length - 1]!.endsWith(',')) out[out.length - 1] = out[out.length - 1]!.slice(0, -1);
  let result = out;
  // "Iraqi Prime Minister Haider al-Abadi" → "Haider al-Abadi"
  let lastTitle = -1;
  for (let n = 0; n < result.length - 1; n++) {
    if (TITLE_WORDS.has(result[n]!.toLowerCase())) {
      // ("General Motors", "General Electric", "Foreign Office": a title word that opens an organisation's name is the name's.)
      const end = CAPITAL.test(result[n]!) ? organisationEnd(result, n) : -1;
      if (end < 0) lastTitle = n;
      else if (role === 'object') break;
      else n = end - 1;
    } else if (role === 'subject' && lastTitle === n - 1 && n > 0 && CAPITAL.test(result[n]!) && ROLE_WORDS.has(result[n]!.toLowerCase())) lastTitle = n;
    // ("Chief Executive Nadia Osei": a capitalised role word right after a title is in it; "Apple chief executive Steve Jobs" keeps its company.)
    else if ((!CAPITAL.test(result[n]!) && result[n] !== '&') || role === 'object') break;
  }
  // (The name and what follows it: the words from the name on.)
  if (lastTitle >= 0 && CAPITAL.test(result[lastTitle + 1] ?? '')) result = result.slice(lastTitle + 1);
  // "President of the United States Barack Obama": after a title and what it is of, a name of two words that ends the phrase.
  else if (role === 'subject' && lastTitle >= 0 && result[lastTitle + 1] === 'of' && result.length - lastTitle >= 5 && allCapitalised(result, lastTitle + 2)) result = result.slice(-2);
  if (role === 'subject') {
    // "The co-founder … of Apple Inc. Steve Jobs": an abbreviation with its full stop ends what comes before the name.
    for (let n = result.length - 2; n >= 0; n--) {
      const w = result[n]!;
      if (w.length > 2 && w.charCodeAt(w.length - 1) === 0x2e && !TITLE_WORDS.has(w.toLowerCase()) && !NAME_OPENERS.has(w.toLowerCase()) && CAPITAL.test(result[n + 1]!)) { result = result.slice(n + 1); break; }
    }
    // Too long for a headline's subject: its last five words, or of two joined phrases the last three words of each
    // ("a FedEx cargo plane and a Southwest Airlines jet" → "FedEx cargo plane and Southwest Airlines jet", not "plane and …").
    // ("British and American airline Virgin Atlantic": a single word before "and" is a modifier: "American airline Virgin Atlantic".)
    if (result.length > 5) {
      const and = result.indexOf('and');
      if (and > 1 && and < result.length - 1 && result.indexOf('and', and + 1) < 0) {
        // ("At least 120 homes and 40 other buildings": "At least" goes with its number.)
        result = [...result.slice(cutStart(result, Math.max(0, and - 3)), and + 1), ...result.slice(Math.max(and + 1, result.length - 3))];
        // ("… of a railway clerk and a seamstress": not "Of railway clerk …".)
        while (result.length > 1 && result[0] === 'of') result = result.slice(1);
      } else if (result[1] === 'of' && PLURAL_S.test(result[0]!) && !TITLE_WORDS.has(result[0]!.toLowerCase())) {
        // ("Shares of Kestrel's main display supplier", "Members of the Gulf Longshore Workers Association": a plural head
        // before "of" and the end of what it is of; "the release of Apple's MacBook Pro" keeps the product.)
        // ("gusts of up to 45 mph": the end starts on the word "to" or "than" goes with, not on "to".)
        let tail = result.length - 3;
        while (tail > 2 && QUANTITY_JOINERS.has(result[tail]!.toLowerCase())) tail--;
        result = [result[0]!, 'of', ...result.slice(tail)];
      } else {
        result = result.slice(nameStart(result, cutStart(result, result.length - 5)));
        // ("the release of Apple's 13-inch MacBook Pro": not "Of Apple's …".)
        // (Only these: a cut left on "that" or "who" is a clause, which makes no title.)
        while (result.length > 1 && (result[0] === 'and' || result[0] === 'of' || result[0] === '&')) result = result.slice(1);
      }
    }
  } else if (result.length > 8) {
    // Too long for a headline: keep the first of two joined phrases, else the first eight words.
    const and = result.indexOf('and');
    result = and > 0 && and <= 8 ? result.slice(0, and) : result.slice(0, 8);
  }
  return result;
}

/**
 * The end of an organisation's name opened by the title word at `at` ("General Motors Corporation", "General Electric"):
 * the capitalised words after it that the lexicon knows with it as an organisation, or that end on a word that ends
 * names of companies, places and organisations ("Corporation", "Office"). Else -1 (a person's title: "General David Petraeus").
 */
function organisationEnd(words: string[], at: number): number {
  let end = at + 1;
  while (end < words.length && CAPITAL.test(words[end]!) && !TITLE_WORDS.has(words[end]!.toLowerCase())) end++;
  if (end - at < 2) return -1;
  const last = withoutPossessive(words[end - 1]!.toLowerCase());
  if (COMPANY_WORDS.has(last) || isPlaceOrOrgWord(last)) return end;
  // (The title word and the next: "General Motors" before "Corporation" the lexicon may not know.)
  return lexiconTags(words.slice(at, at + 2).join(' ').toLowerCase()).includes('Organization') ? end : -1;
}

/** The comma at `at` separates items of a list ended by "and" or "or" before `hi` and no other mark: a word follows it. */
function listComma(tokens: Token[], at: number, hi: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined || at + 1 >= hi || next.cls === 'punct' || next.cls === 'coord') return false;
  for (let k = at + 2; k < hi; k++) {
    const t = tokens[k]!;
    if (t.cls === 'coord') return t.lower === 'and' || t.lower === 'or';
    if (t.cls === 'punct') return false;
  }
  return false;
}

/** Abbreviations that open a place's name ("St. Louis", "Mt. Everest", "Ft. Lauderdale"): they end nothing before them. */
const NAME_OPENERS = new Set(['st.', 'ste.', 'sts.', 'mt.', 'ft.', 'pt.']);

/** Where a cut for length may start: on the "at" of "at least"/"at most", not on "least". */
function cutStart(words: string[], at: number): number {
  return at > 0 && (words[at] === 'least' || words[at] === 'most') && words[at - 1]!.toLowerCase() === 'at' ? at - 1 : at;
}

/**
 * Where a cut for length may start without splitting a name: at `at`, else back at the name's first word when
 * that keeps seven words at most ("General Motors chief executive Rick Wagoner", not "Motors chief executive …"),
 * else after the name.
 */
function nameStart(words: string[], at: number): number {
  if (at === 0 || !CAPITAL.test(words[at]!) || !CAPITAL.test(words[at - 1]!)) return at;
  let from = at - 1;
  while (from > 0 && CAPITAL.test(words[from - 1]!)) from--;
  if (words.length - from <= 7) return from;
  let past = at;
  while (past < words.length - 2 && CAPITAL.test(words[past]!)) past++;
  return CAPITAL.test(words[past]!) ? at : past;
}

/** Words that join a quantity to the word before them ("up to", "more than", "as many as"). */
const QUANTITY_JOINERS = new Set(['to', 'than', 'as']);

/** Nouns in -s that take a singular verb ("The news drove prices higher"). */
const SINGULAR_IN_S = new Set(['news', 'politics', 'economics', 'physics', 'mathematics', 'athletics', 'measles', 'diabetes', 'series', 'species']);

/** Prepositions of a phrase of where after a subject's head ("in", "at"…), as written. */
const WHERE_WORDS = new Set(['in', 'at', 'on', 'near', 'from', 'across', 'inside', 'outside', 'around']);

/** Quantifiers that stand for a plural on their own ("Both resigned", "Several were hurt"). */
// (Not "most": "the most valued" leaves it alone as a subject more often than "Most fled".)
const PLURAL_QUANTIFIERS = new Set(['both', 'many', 'several', 'few', 'others', 'all', 'these', 'those', 'some']);

/** Whether the words of `words` from `from` on are a name ("United States Barack Obama", "Royal Bank of Scotland Fred Goodwin"). */
function allCapitalised(words: string[], from: number): boolean {
  for (let n = from; n < words.length; n++) if (!CAPITAL.test(words[n]!) && !(n < words.length - 2 && NAME_JOINERS.has(words[n]!))) return false;
  return from < words.length;
}
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for']);

/** Plural subjects take the base form ("forces retake"), singular ones the -s form ("ISIS seizes"). */
function isPlural(words: string[], d: Discourse, initial = false): boolean {
  return plural(words, d, d.acronyms, initial);
}

function hasTag(tags: readonly string[], more: readonly string[], tag: string): boolean {
  return tags.includes(tag) || more.includes(tag);
}

/** isPlural with the acronyms to expand (none for an expansion itself, which is read as not sentence-initial). */
/** Roles that stand before one person's name, joined by "and" ("CEO and co-founder Steve Jobs", "chairman and chief executive Tim Cook"). */
const ROLE_WORDS = new Set(['ceo', 'co-founder', 'founder', 'chairman', 'chairwoman', 'chair', 'owner', 'publisher', 'editor', 'president', 'chief', 'executive', 'director', 'manager', 'coach', 'captain']);

/** The "and" at `and` joins two roles before one name that ends the phrase. */
function rolesOfOne(words: string[], and: number): boolean {
  const before = words[and - 1]?.toLowerCase(), after = words[and + 1]?.toLowerCase();
  if (before === undefined || after === undefined || !ROLE_WORDS.has(before) || !(ROLE_WORDS.has(after) || TITLE_WORDS.has(after))) return false;
  const last = words.length - 1;
  return last >= and + 3 && CAPITAL.test(words[last]!) && CAPITAL.test(words[last - 1]!);
}

function plural(words: string[], d: Discourse, acronyms: Map<string, string> | null, initial: boolean): boolean {
  let of = -1;
  // "Politicians in Germany", "Workers at the plant": the head is before a phrase of where.
  let where = -1;
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    // toLowerCase keeps the length of any word that lowers to "and" or "of" (only "İ" grows): test only those lengths.
    // ("CEO and co-founder Steve Jobs": two roles of one person named after them.)
    if (w.length === 3 && w.toLowerCase() === 'and') return !rolesOfOne(words, n);
    if (of < 0 && n > 0 && w.length === 2 && w.toLowerCase() === 'of') of = n;
    if (where < 0 && n > 0 && w.length <= 6 && WHERE_WORDS.has(w)) where = n;
  }
  if (where > 0 && (of < 0 || where < of)) return plural(words.slice(0, where), d, acronyms, initial);
  // The head of "2 million copies of Tiger" is "copies"; of "Bank of America shares" (a name, then a common noun) "shares".
  const last = words.length - 1;
  // ("Performance of American stock exchanges": an adjective of a people is no name.)
  // ("Shares of the San Jose company": a plural before "of" is the head all the same.)
  const headAt = of > 0 && !(of + 1 < last && CAPITAL.test(words[of + 1]!) && !CAPITAL.test(words[last]!) && !PLURAL_S.test(words[of - 1]!.toLowerCase())
    && !lexiconTags(words[of + 1]!.toLowerCase()).includes('Demonym')) ? of - 1 : last;
  const head = words[headAt];
  if (!head) return false;
  const lower = head.toLowerCase();
  if (lower === 'they' || lower === 'we' || lower === 'you' || lower === 'i') return true;
  // "Both resigned the following week", "Many fled": a quantifier standing for people or things named before.
  if (words.length === 1 && PLURAL_QUANTIFIERS.has(lower)) return true;
  // "about 740 died", "23 of its 96 cars left the tracks": a count other than one ("FTSE 100", "iPhone 4" are names).
  if (NUMBER.test(lower) && (headAt === 0 || !CAPITAL_OR_CAMEL.test(words[headAt - 1]!))) return lower !== '1';
  // "Nine of the paper's 12 authors agreed", "Two of the victims were": a count in words before "of" is the head.
  if (headAt === of - 1 && headAt === 0 && countWord(head)) return true;
  // "The three largest accounted for 47%": a count before an adjective standing for its noun.
  if (headAt > 0 && lower.length > 3 && (lower.endsWith('est') || lower.endsWith('er')) && countWord(words[headAt - 1]!)) return true;
  const expansion = acronyms?.get(head);
  if (expansion) return plural(expansion.split(/\s+/), d, null, false);
  const phrase = words.length === 1 ? lower : words.join(' ').toLowerCase();
  // A one-word phrase is its head: one lookup serves both.
  const a = lexiconTags(phrase), b = words.length === 1 ? a : lexiconTags(lower);
  if (SINGULAR_IN_S.has(lower)) return false;
  // ("Dockworkers at 14 ports voted", "Shareholders", "Taxpayers": a compound of a plural agent noun, capitalised or not.)
  if (compoundAgents(lower)) return true;
  if (hasTag(a, b, 'Plural') || hasTag(a, b, 'Uncountable') && lower.endsWith('s')) return true;
  if (hasTag(a, b, 'Singular') || hasTag(a, b, 'Country') || hasTag(a, b, 'Organization') || hasTag(a, b, 'City')) return false;
  // A name that ends in s is still one (Jobs, Reuters, Paris) unless the lexicon says otherwise, or the text names
  // one of them ("the Nationalists took 52.8%" where "Nationalist leader Roberta Camilleri"; not "United States");
  // a capital that only opens the sentence ("Protesters marched") is no name.
  if (CAPITAL.test(head) && (!(initial && headAt === 0) || usedAsName(d.body, head))) return headAt === 0 && namesOneOf(head, d);
  // "gunmen", "policemen": the plural of -man.
  return PLURAL_S.test(lower) || (lower.length > 4 && lower.endsWith('men'));
}

/** Plural agent nouns that end compounds ("dock|workers", "share|holders", "tax|payers", "fire|fighters"). */
const AGENT_TAILS = ['workers', 'fighters', 'makers', 'holders', 'keepers', 'payers', 'owners', 'goers', 'dwellers', 'seekers', 'builders', 'growers'];

/** Three letters or more before one of AGENT_TAILS: a compound, not the tail itself or a name like "Rogers". */
function compoundAgents(lower: string): boolean {
  if (lower.length < 9 || lower.charCodeAt(lower.length - 1) !== 0x73) return false;
  for (const tail of AGENT_TAILS) if (lower.length >= tail.length + 3 && lower.endsWith(tail)) return true;
  return false;
}

/** A count above one, in figures or words ("three", "12"). */
function countWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NUMBER.test(lower)) return lower !== '1';
  return lower !== 'one' && lexiconTags(lower).includes('Cardinal');
}

const CAPITAL_OR_CAMEL = /^\p{Lu}|^\p{Ll}+\p{Lu}/u;

/** A capitalised plural whose singular the text uses as a name ("Nationalists" beside "Nationalist Party"). */
function namesOneOf(head: string, d: Discourse): boolean {
  const n = head.length;
  if (n < 5 || head.charCodeAt(n - 1) !== 0x73 || !PLURAL_S.test(head)) return false;
  return usedAsName(d.body, head.slice(0, -1));
}

function capitalise(s: string): string {
  // "iPhone", "eBay" keep their spelling.
  return CAMEL.test(s) ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `text.split(' ')` as a packed array: split's arrays are holey (copy-on-write from V8's split cache), and one of
 * them among the packed word lists made here changed the lists' map where anyUnnamed and addContentWords were compiled for one.
 */
export function spaceSplit(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', from)) {
    out.push(text.slice(from, i));
    from = i + 1;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * Who "he" or "she" is in a phrase just named: the full name it ends with ("the collection of the tobacco heiress
 * Edith Whitcombe, who … when she died" is Edith Whitcombe, not the collection), else the phrase ("a man").
 */
function personIn(phrase: string[]): string[] {
  let s = phrase.length;
  while (s > 0 && CAPITAL.test(phrase[s - 1]!) && !TITLE_WORDS.has(phrase[s - 1]!.toLowerCase())) s--;
  if (s > 0 && phrase.length - s >= 2) return phrase.slice(s);
  // A place or a pronoun is no one ("fell near him; he was flown…": "near him" is not who "he" is),
  // and of a phrase with a place or a goal, the one is before it ("Tate went to work … after she finished": Tate).
  if (phrase.length === 0 || PERSON_CUT.has(phrase[0]!.toLowerCase())) return NO_WORDS;
  for (let n = 1; n < phrase.length; n++) {
    const w = phrase[n]!.toLowerCase();
    if (OBJECT_PRONOUN.test(w)) return NO_WORDS;
    if (PERSON_CUT.has(w)) return phrase.slice(0, n);
  }
  return phrase;
}
/** Prepositions of place, goal or time after which a phrase's words are not the person ("of" is kept: "mother of three"). */
const PERSON_CUT = new Set(['to', 'in', 'at', 'on', 'near', 'from', 'into', 'onto', 'for', 'with', 'across', 'inside', 'outside', 'around', 'over', 'under', 'behind', 'beside', 'past', 'toward', 'towards', 'through', 'after', 'before', 'by']);
const OBJECT_PRONOUN = /^(him|her|them|it|me|us|himself|herself|themselves)$/;

/** Forms of verbs of saying whose subject a pronoun right after them stands for ("Firefighters say they have freed…"). */
export const SAYING_FORMS = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'announce', 'announces', 'announced', 'add', 'adds', 'added',
  'report', 'reports', 'reported', 'confirm', 'confirms', 'confirmed', 'state', 'states', 'stated']);

/**
 * "Firefighters in Lisbon say they have freed 140 people", "Harrow said it opened a plant": "they" or "it" right after a
 * verb of saying is its speaker, when the number agrees ("they" a plural, "it" a singular that is no person). Else null.
 */
function speakerOf(tokens: Token[], sayer: Predicate, stated: string[], d: Discourse): string[] | null {
  if (stated.length !== 1 || sayer.subject[0] >= sayer.subject[1]) return null;
  const they = THEY.test(stated[0]!);
  if (!they && !IT.test(stated[0]!)) return null;
  const speaker = headlinePhrase(tokens, sayer.subject, d, 'subject');
  if (speaker.length === 0 || anyUnnamed(speaker) || HE_SHE.test(speaker[0]!)) return null;
  if (they !== isPlural(speaker, d, sayer.subject[0] === 0)) return null;
  // ("Anna Berg said it was…": "it" is no person.)
  if (!they && personIn(speaker).length > 0 && speaker.length >= 2 && speaker.every((w) => CAPITAL.test(w))) return null;
  return speaker;
}

function resolvePronoun(words: string[], d: Discourse, inheritedPatient: string[] | null, active = false): string[] {
  if (words.length !== 1) return words;
  if (HE_SHE.test(words[0]!)) {
    // "Police arrested a man after he attacked…": the person just named in the sentence, else the story's.
    if (inheritedPatient?.length) return personIn(inheritedPatient);
    if (d.person) return spaceSplit(d.person);
    return [];
  }
  // ("… after it touched down" three paragraphs on is not about what the lede was about.)
  if (IT.test(words[0]!)) return d.thing && d.sentence - d.thingAt <= 1 ? spaceSplit(d.thing) : [];
  // "The crew had lifted off four days earlier. They splashed down…": what the sentence before was about (a doer:
  // "Police arrested two men. They were charged" is about the men, so only for an active clause).
  if (active && THEY.test(words[0]!)) return d.thing && d.sentence - d.thingAt === 1 ? spaceSplit(d.thing) : [];
  return words;
}

/** Word classes that open an object right after a verb. */
const OBJECT_OPENERS = new Set(['det', 'pron', 'noun', 'proper', 'num', 'adj']);
/** Word classes of a plain noun phrase ("the governor", "Northfield's board"). */
const NP_WORDS = new Set(['det', 'adj', 'noun', 'proper']);

/**
 * The subject of "X, Y, verbed O" when the clauses read the past after the appositive Y as a participle with Y
 * (or its end) for subject: Y when it is a name ("The university where Reyes worked, Northbridge University in
 * Massachusetts, opened an inquiry"), else the noun phrase X before it ("and the governor, a Republican, signed
 * it"). Null for any other clause, and when neither is found.
 */
function asideSubject(tokens: Token[], p: Predicate): [number, number] | null {
  if (p.voice !== 'passive' || p.form !== 'participle' || p.first !== p.verb || p.agent) return null;
  const comma = p.verb - 1;
  if (tokens[comma]?.text !== ',' || p.subject[0] >= p.subject[1] || p.subject[1] > comma) return null;
  const o = tokens[p.object[0]];
  if (p.object[0] !== p.after || p.object[0] >= p.object[1] || o === undefined || o.timex || !OBJECT_OPENERS.has(o.cls)) return null;
  // The comma that opens the appositive, within a dozen words, with no other mark between.
  let open = p.subject[0] - 1;
  for (const floor = Math.max(0, comma - 12); open >= floor && tokens[open]!.text !== ','; open--) if (tokens[open]!.cls === 'punct') return null;
  if (open < 0 || tokens[open]?.text !== ',' || open + 1 >= comma) return null;
  if (tokens[open + 1]!.cls === 'proper' && !tokens[open + 1]!.timex) return [open + 1, comma];
  let from = open;
  // ("said that the council, …": the "that" of a reported clause is no determiner of its subject.)
  while (from > 0 && NP_WORDS.has(tokens[from - 1]!.cls) && !tokens[from - 1]!.timex && tokens[from - 1]!.lower !== 'that') from--;
  // (The phrase must open where a subject can: the sentence's start, after "and", "but", "that", "when", a comma.)
  const before = tokens[from - 1];
  if (from === open || !(before === undefined || before.cls === 'coord' || before.cls === 'sub' || before.lower === 'that' || before.text === ',' || before.text === ';')) return null;
  return [from, open];
}

/** Verbs that report a happening with no object ("Floyd died", "the index fell"). */
const INTRANSITIVE = new Set((
  'die fall rise drop dip surge plunge slide soar climb decline gain jump tumble sink slump rally recover advance retreat '
  + 'resign collapse explode crash erupt arrive leave return retire occur happen begin start end close open vote protest '
  + 'strike flee escape win lose grow shrink surrender speak testify land depart fail succeed disappear emerge '
  + 'follow move react respond riot march meet gather burn flood freeze melt spread weaken strengthen expand contract '
  + 'rebound stabilise stabilize fluctuate trade settle finish edge slip sag soar skyrocket spike crumble '
  + 'resume intensify escalate subside ease stop halt cease unfold break recede rage continue abate hit shut split'
).split(' '));

/**
 * A verb the clauses took for a passive participle that is active after all: a simple past that is no
 * participle ("His first pick, a retired Air Force general, withdrew"), a verb that has no passive ("The bank,
 * founded in 1850, collapsed in 2008"), or a bare participle with its subject right before it and a noun
 * phrase after it ("Settlers built the first church").
 */
function readsActive(tokens: Token[], p: Predicate): boolean {
  if ((p.agent && !byTime(tokens, p.agent)) || p.first !== p.verb) return false;
  if (isPastOnly(tokens[p.verb]!.lower) || NO_PASSIVE.has(p.lemma)) return true;
  const next = tokens[p.object[0]];
  return p.form === 'participle' && p.subject[0] < p.subject[1] && p.subject[1] === p.verb && p.object[0] === p.after && p.object[0] < p.object[1]
    && next !== undefined && !next.timex && (next.cls === 'det' || next.cls === 'num' || next.cls === 'proper' || next.cls === 'noun' || next.cls === 'adj');
}

/** Nouns of a time of day or a point in a span, which a "by" before them makes a deadline ("by early afternoon", "by the end of"). */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'midday', 'dawn', 'dusk', 'daybreak', 'nightfall',
  'sunrise', 'sunset', 'lunchtime', 'teatime', 'weekend', 'then', 'now', 'end', 'close', 'start', 'middle']);

/** Whether a passive's "by" phrase says by when, not by whom: its first word after articles and adjectives is a time (a common noun: "by Close Brothers" is a doer). */
function byTime(tokens: Token[], [from, to]: [number, number]): boolean {
  let k = from;
  while (k < to && (tokens[k]!.cls === 'det' || tokens[k]!.cls === 'adj') && !TIME_NOUNS.has(tokens[k]!.lower)) k++;
  return k < to && (tokens[k]!.timex || (TIME_NOUNS.has(tokens[k]!.lower) && tokens[k]!.cls !== 'proper'));
}

/**
 * The subject as the object of an active title: a capital that only opened the sentence on a word the lexicon
 * knows as common and the text never writes as a name goes ("Markets dragged down by credit crisis" → "Credit
 * crisis drags down markets"; "Pluto was discovered by…" keeps Pluto).
 */
function afterVerb(subject: string[], tokens: Token[], p: Predicate, d: Discourse): string[] {
  const first = subject[0];
  if (first === undefined || p.subject[0] !== 0 || tokens[0]!.text !== first || CAMEL.test(first) || usedAsName(d.body, first)) return subject;
  const lower = first.toLowerCase();
  const tags = lexiconTags(lower);
  if (tags.length === 0 || tags.some(isNameTag)) return subject;
  return [lower, ...subject.slice(1)];
}
const NAME_TAG_SET = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun', 'Demonym', 'SportsTeam', 'Company']);
const isNameTag = (tag: string): boolean => NAME_TAG_SET.has(tag);

/** Where an object was moved to, after it ("sent revenue down", "drove prices higher"). */
const MOVED_TO = new Set(['down', 'up', 'higher', 'lower', 'back', 'out', 'off', 'away', 'home', 'overseas', 'abroad']);

/** A one-word name in -s that the clause's object calls "their" ("Rovers lost three of their first four matches"). */
function calledTheir(subject: string[], tokens: Token[], p: Predicate, d: Discourse): boolean {
  const name = subject.length > 0 && subject.length <= 2 ? subject[subject.length - 1]! : '';
  if (name.length < 4 || !CAPITAL.test(name) || name.charCodeAt(name.length - 1) !== 0x73 || name.charCodeAt(name.length - 2) === 0x73) return false;
  if (subject.length === 1) for (let k = p.object[0]; k < p.object[1]; k++) if (tokens[k]!.lower === 'their') return true;
  // "Northfield Rovers won…", "Rovers went top…" where the text says "Rovers still have two games": a team's name.
  let known = d.pluralNames.get(name);
  if (known === undefined) {
    // (The name on its own, opening a sentence or after "the": not "Apple and Apple Corps now have".)
    known = new RegExp(`(?:^|[.!?”"]\\s+|\\b[Tt]he\\s+)${name.replace(REGEX_SPECIAL, '\\$&')}(?:\\s+(?:still|also|now|already|have|had|were|are))*\\s+(?:have|were|are)\\b`, 'm').test(d.body);
    d.pluralNames.set(name, known);
  }
  return known;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Only a date label and marks come before token `at` ("- 2022: Engineers install…"): a capital there only opens the line. */
function opensLine(tokens: Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (!tokens[k]!.timex && tokens[k]!.cls !== 'punct') return false;
  return true;
}

/** Verbs whose passive names a role with "as" ("appointed as chief executive"). */
const NAMED_AS = new Set(['appoint', 'name', 'elect', 're-elect', 'reappoint', 'choose', 'select', 'hire', 'confirm', 'install', 'crown',
  'nominate', 'designate', 'tap', 'sworn', 'swear', 'unveil', 'introduce', 'reveal', 'rename', 'rebrand', 'dub', 'brand', 'list', 'rank']);
/** Verbs whose active needs an object before "to" and a verb ("allowed Boeing to bid"): right before "to", a passive. */
const TOLD_TO = new Set(['allow', 'permit', 'force', 'order', 'urge', 'tell', 'compel', 'oblige', 'require', 'authorize', 'authorise',
  'invite', 'instruct', 'advise', 'encourage', 'persuade', 'warn', 'forbid', 'ban', 'bar', 'cause', 'prompt', 'pressure']);
/** Verbs often followed by "by" in the active ("stood by his decision", "passed by the house"). */
const ACTIVE_BY = new Set(['stand', 'pass', 'go', 'come', 'stop', 'abide', 'swear', 'live', 'get', 'fly', 'walk', 'drive', 'run', 'sit',
  'drop', 'stick', 'play', 'increase', 'decrease', 'improve', 'reduce', 'cut', 'raise', 'lower', 'boost', 'narrow', 'widen', 'beat', 'lead', 'trail']);

/**
 * A verb the clauses took for active that is a headline's passive without "be": a past form with no
 * auxiliary right before "by" and the doer ("Apple swamped by iPhone 4 pre-orders"), or before "as" and a
 * role ("Mary Barra appointed as General Motors chief").
 */
function readsPassive(tokens: Token[], p: Predicate, lemma: string, object: string[]): boolean {
  if (p.voice !== 'active' || p.first !== p.verb || object.length < 2 || tokens[p.verb]!.cls !== 'past') return false;
  const verb = tokens[p.verb]!.lower;
  if (object[0] === 'as') return NAMED_AS.has(lemma) && !isPastOnly(verb);
  // ("Boeing allowed to bid for launch contracts", "Residents ordered to leave": these verbs need who before the "to".)
  if (object[0] === 'to') return TOLD_TO.has(lemma) && !isPastOnly(verb);
  return object[0] === 'by' && !INTRANSITIVE.has(lemma) && !NO_PASSIVE.has(lemma) && !ACTIVE_BY.has(lemma) && !isPastOnly(verb) && !isMeasure(object.slice(1));
}

export interface Headline {
  title: string;
  signature: string[];
  /** Who or what the happening happened to, for a later "it" in the same sentence. */
  patient: string[];
  /** The doer's words as the clause states them (the agent of a passive with "by", else the subject), before any pronoun is resolved. */
  doer: string[];
}

const SPACE_BEFORE = /\s[\s’']/;
// The patterns of titles, made once (a pattern literal makes a new RegExp object at each evaluation).
// The global ones are only used by replace, which starts them at 0.
const SPACE_APOSTROPHE = /\s+([’'])/g;
const SPACES = /\s{2,}/g;
const REPORTED = /^(that|whether|if|how|why|what)$/;
const IT_THEM = /^(it|them)$/i;
const HIM_HER = /^(him|her)$/i;
const INDIRECT = /^(to|in|into|at|from|on|for|with|against|toward|towards|across|through)$/i;
const PLACE_WORD = /^(in|at|near|into|outside|inside)$/i;
const DEMONSTRATIVE = /^(this|that|these|those)$/;
const UNNAMED = /^(it|they|them|this|that|there|which|who|i|we|you|us|me|i've|we've|you've|they've|i'm|we're|they're|you're|it's)$/i;

/** Nouns a story calls the company it is about. */
const COMPANY_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'manufacturer', 'retailer', 'airline', 'insurer', 'lender', 'group', 'conglomerate', 'startup', 'start-up']);

/** The company named last before `at` ("Apple Inc." for "the company"), else the words as they are. */
function companyBefore(words: string[], at: number, d: Discourse): string[] {
  const companies = placesAndPeople(d).companies;
  for (let k = companies.length - 1; k >= 0; k--) if (companies[k]!.at < at) return spaceSplit(companies[k]!.name);
  return words;
}

/** Words that stand for a noun left out ("the last of many", "one of several"). */
const NOUN_LEFT_OUT = new Set(['of', 'last', 'first', 'next', 'many', 'several', 'few', 'some', 'all', 'most', 'one', 'each', 'both', 'others', 'other', 'any', 'none']);

const ORDINAL_ALONE = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'latter']);

/** "The Eurogroup meeting was the last of many which took place…": a phrase of words that stand for a noun and "of", with none. */
function nounless(words: string[]): boolean {
  // ("She found two of them …, and a third came from a church basement": an ordinal alone stands for a noun the title cannot name.)
  if (words.length === 1) return ORDINAL_ALONE.has(words[0]!.toLowerCase());
  if (words.length < 3) return false;
  for (let n = 0; n < words.length; n++) if (!NOUN_LEFT_OUT.has(words[n]!.toLowerCase())) return false;
  return true;
}

/** A pronoun with no one to stand for, or a speaker of a quote, among the words. */
function anyUnnamed(words: string[]): boolean {
  for (let n = 0; n < words.length; n++) if (UNNAMED.test(words[n]!)) return true;
  return false;
}

const STOP = new Set(['&', 'least', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'from', 'for', 'with', 'by', 'and', 'its', 'their', 'his', 'her']);

/** No words (shared, never changed). */
const NO_WORDS: string[] = [];

/** `before`, the verb and its particle (if any), then `after` and `last`: the words of a title, without spreads. */
function titleWords(before: string[], verb: string, particle: string, after: string[], last: string[]): string[] {
  const out: string[] = [];
  for (let n = 0; n < before.length; n++) out.push(before[n]!);
  out.push(verb);
  if (particle) out.push(particle);
  for (let n = 0; n < after.length; n++) out.push(after[n]!);
  for (let n = 0; n < last.length; n++) out.push(last[n]!);
  return out;
}

/** Lower-cased words without possessives, stop words and a plural -s, appended to `out`. */
function addContentWords(words: string[], out: string[]): void {
  // Indexed: the lists come in several array shapes, which a for…of deoptimises on.
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const lower = word.toLowerCase();
    // (A list's comma, "france,", is no part of the word.)
    const bare = lower.charCodeAt(lower.length - 1) === 0x2c ? lower.slice(0, -1) : lower;
    const w = stripPossessive(bare.includes('’') ? bare.replace(/’/g, "'") : bare);
    if (!w || STOP.has(w)) continue;
    // A plural -s (/[^s]s$/) on a word longer than three letters.
    const n = w.length;
    out.push(n > 3 && w.charCodeAt(n - 1) === 0x73 && w.charCodeAt(n - 2) !== 0x73 ? w.slice(0, -1) : w);
  }
}

/** Words that make an amount: a scale, or a number of percent ("per cent" too). */
const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'bn', 'mn', 'percent', 'pct', 'cent']);
const CURRENCY_OR_PERCENT = /^[$€£¥]|%$/;
const NUMBER = /^\d[\d.,]*$/;

/** Units of an amount after a number ("344.65 points", "18 cents"). */
const AMOUNT_UNITS = new Set(['point', 'points', 'cent', 'cents', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan']);

/** A word of an amount ("8%", "$2", "billion", the "2" of "2 billion", "per cent", "344.65 points"), given the words around it. */
function isAmount(lower: string, next: string, previous: string): boolean {
  if (CURRENCY_OR_PERCENT.test(lower) || AMOUNT_WORDS.has(lower)) return true;
  if (lower === 'per') return next === 'cent';
  if (AMOUNT_UNITS.has(lower)) return NUMBER.test(previous) || AMOUNT_WORDS.has(previous) || CURRENCY_OR_PERCENT.test(previous);
  return NUMBER.test(lower) && (AMOUNT_WORDS.has(next) || next === 'per' || AMOUNT_UNITS.has(next));
}

/** An object that is only an amount, after a preposition or a hedge ("8%", "by 11.81%", "to $50", "more than 6 per cent"). */
function isMeasure(words: string[]): boolean {
  let amount = false;
  for (let k = 0; k < words.length; k++) {
    const lower = words[k]!.toLowerCase();
    if (isAmount(lower, k + 1 < words.length ? words[k + 1]!.toLowerCase() : '', k > 0 ? words[k - 1]!.toLowerCase() : '')) amount = true;
    else if (!MEASURE_LEADS.has(lower) && !NUMBER.test(lower)) return false;
  }
  return amount;
}
const MEASURE_LEADS = new Set(['by', 'to', 'from', 'about', 'nearly', 'almost', 'around', 'roughly', 'some', 'more', 'less', 'than', 'over', 'under', 'up', 'down', 'and']);

/**
 * What an intransitive happening happened to, for its signature: the names in the subject and its head
 * ("Pfizer shares rose" → Pfizer, shares: not every company's shares that rose that day). A capital that
 * only opens the sentence on a word the lexicon knows as no name ("Heavy rains fell", "Several hundred
 * people") is none.
 */
function subjectCore(subject: string[], initial: boolean, d: Discourse): string[] {
  // ("Its sales in the United States rose": the head is before a phrase of where; the place is where, not what.)
  let end = subject.length;
  for (let n = 1; n < subject.length; n++) if (WHERE_WORDS.has(subject[n]!)) { end = n; break; }
  const out: string[] = [];
  for (let n = 0; n < end - 1; n++) {
    const w = subject[n]!;
    if (CAPITAL.test(w) && !(n === 0 && initial && !usedAsName(d.body, w) && lexiconTags(w.toLowerCase()).some(isNoNameTag))) out.push(w);
  }
  if (end > 0) out.push(subject[end - 1]!);
  return out;
}

const NO_NAME_TAGS = new Set(['Adjective', 'Determiner', 'Value', 'TextValue', 'Cardinal', 'Ordinal', 'Adverb', 'Pronoun', 'Preposition', 'Conjunction', 'Comparative', 'Superlative']);
const isNoNameTag = (tag: string): boolean => NO_NAME_TAGS.has(tag);

/** The words sorted, each once (what sorting a Set of them gives). */
function sortedUnique(words: string[]): string[] {
  words.sort();
  let n = 0;
  for (let i = 0; i < words.length; i++) if (i === 0 || words[i] !== words[n - 1]) words[n++] = words[i]!;
  words.length = n;
  return words;
}

/**
 * Whether only adverbs and time expressions (with their prepositions) follow the verb group to the end of
 * its clause or a mark: "Rebels attacked on Monday." stands alone; "Data released Thursday showed…" does not.
 */
function endsAlone(tokens: Token[], p: Predicate): boolean {
  // Only the date and the sentence's end: an adverb ("fared badly today") or more words may be what the verb needs.
  let k = p.after;
  while (k < tokens.length && (tokens[k]!.timex || (tokens[k]!.cls === 'prep' && tokens[k + 1]?.timex))) k++;
  const next = tokens[k];
  // "Victims applauded when the sentence was read", "Investors panicked on Friday after the bank collapsed": a clause of
  // when it happened right after the verb (or its date) leaves the verb without an object.
  // ("The move came after Apple received criticism" says nothing of its own; "delayed after accident" opens no clause.)
  if (next !== undefined && next.cls === 'sub' && WHEN_CLAUSE.has(next.lower) && p.lemma !== 'come' && opensClause(tokens, k + 1)) return true;
  if (k === p.after) return false;
  return next === undefined || (next.cls === 'punct' && (next.text === '.' || next.text === '!') && k === tokens.length - 1);
}

/**
 * A bare past right after a noun that a preposition governs modifies it ("said in a statement issued early
 * Wednesday", "according to figures released on Monday"): a preposition's object is no verb's subject.
 */
function afterPreposition(tokens: Token[], p: Predicate): boolean {
  const before = tokens[p.subject[0] - 1];
  return p.first === p.verb && p.subject[0] < p.subject[1] && before !== undefined && before.cls === 'prep' && !before.timex;
}

/** A word right after a preposition or an article, so a noun whatever its class ("on fears echoed by…"). */
function afterPrepositionOrArticle(tokens: Token[], at: number): boolean {
  const t = tokens[at - 1];
  return t !== undefined && !t.timex && (t.cls === 'prep' || t.cls === 'det' || t.cls === 'adj');
}

/** Declaring verbs that are acts of saying: what was said is their happening, not the saying. */
const SAYING_ACTS = new Set(['announce', 'confirm', 'declare', 'proclaim', 'reveal', 'disclose', 'state']);
/** Prepositions of where, when or how something was said ("at a news conference", "in a statement", "on Twitter", "via a spokesman"). */
const SAID_WHERE = new Set(['at', 'in', 'on', 'during', 'via', 'through', 'over', 'after', 'before']);

/** The object is one phrase of where or how something was said: a preposition of SAID_WHERE and a noun phrase with one determiner at most. */
function onlyWhereSaid(tokens: Token[], [from, to]: [number, number]): boolean {
  if (from >= to || tokens[from]!.cls !== 'prep' || !SAID_WHERE.has(tokens[from]!.lower)) return false;
  // ("announced in a statement the closure of the plant": a second article opens what was announced.)
  let determiners = 0;
  for (let k = from + 1; k < to; k++) if (tokens[k]!.cls === 'det' && ++determiners > 1) return false;
  return true;
}

/** A verb before the next mark, within a few words from `k`: a clause ("the sentence was read", "finding her guilty"), not a noun phrase. */
function opensClause(tokens: Token[], k: number): boolean {
  for (let end = Math.min(tokens.length, k + 8); k < end; k++) {
    const c = tokens[k]!.cls;
    if (c === 'punct') return false;
    if (c === 'past' || c === 'be' || c === 'have' || c === 'modal' || c === 'do' || c === 'verb' || c === 'ing' || c === 'part') return true;
  }
  return false;
}

/** Subordinators of a clause that says when. */
const WHEN_CLAUSE = new Set(['when', 'as', 'after', 'before', 'while', 'until', 'once', 'whenever']);

/** Auxiliaries a headline leaves out of a declared clause ("had reached" → "reached"); "would" reads "will". */
const DROPPED_AUXILIARIES = new Set(['had', 'has', 'have', 'did', 'do', 'does']);

/**
 * What a clause declares, as the words of a headline's object: "that the reactors had reached a state of
 * cold shutdown" → "reactors reached state of cold shutdown", "that he would step down" → "he will step down".
 * Empty when the clause has no subject.
 */
/** A word of a noun phrase (no pronoun). */
const isNPWord = (t: Token | undefined): boolean => t !== undefined && (t.cls === 'noun' || t.cls === 'proper' || t.cls === 'adj' || t.cls === 'num' || t.cls === 'det');

export function declaredWords(tokens: Token[], q: Predicate, d: Discourse): string[] {
  // A state ("that there were 3,800 attendees", "that it would be available") is no headline's object.
  if (q.form === 'state') return NO_WORDS;
  const subject = headlinePhrase(tokens, q.subject, d, 'subject');
  if (subject.length === 0) return NO_WORDS;
  const space = q.lemma.indexOf(' ');
  const object = headlinePhrase(tokens, q.object, d, 'object');
  // "that Macintosh computers would begin to be shipped…" cut short: a verb that needs an object and has none says nothing.
  if (q.voice === 'active' && object.length === 0 && space < 0 && !INTRANSITIVE.has(q.lemma)) return NO_WORDS;
  const out: string[] = [];
  for (let n = 0; n < subject.length; n++) out.push(subject[n]!);
  // "recommended that railroads be required to install inward-facing cameras": what the subjunctive asks them to do.
  const to = q.verb + 1;
  if (q.voice === 'passive' && tokens[q.first]!.lower === 'be' && tokens[to]?.cls === 'to' && tokens[to + 1] !== undefined && isBaseVerb(tokens[to + 1]!)) {
    out.push(tokens[to + 1]!.lower);
    for (let k = to + 2; k < tokens.length && out.length < 8 && !tokens[k]!.timex && isNPWord(tokens[k]!); k++) {
      if (tokens[k]!.cls !== 'det' || k === to + 2) out.push(tokens[k]!.text);
    }
    return out.length > subject.length + 1 ? out : NO_WORDS;
  }
  for (let k = q.first; k <= q.verb && k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("did not exchange" keeps its "did".)
    if (t.cls === 'adv' || t.cls === 'punct' || (k < q.verb && DROPPED_AUXILIARIES.has(t.lower) && tokens[k + 1]!.cls !== 'neg')) continue;
    out.push(t.lower === 'would' ? 'will' : t.lower);
  }
  if (space > 0) out.push(q.lemma.slice(space + 1));
  for (let n = 0; n < object.length && out.length < 8; n++) out.push(object[n]!);
  return out;
}

/**
 * The clause as a headline, or null when it has no one to act or be acted on. A clause without a
 * subject of its own takes the one of `subjectFrom` (the last clause that stated one).
 */
export function headline(tokens: Token[], given: Predicate, subjectFrom: Predicate | null, inheritedPatient: string[] | null, d: Discourse, declared: string[] | null = null, sayer: Predicate | null = null): Headline | null {
  // "the governor, a Republican, signed it": an active past after an appositive, read from the appositive as a participle.
  const aside = asideSubject(tokens, given);
  const p = aside === null ? given : { ...given, subject: aside, voice: 'active' as const, form: 'finite' as const };
  const stated = headlinePhrase(tokens, p.subject, d, 'subject');
  let subject = (sayer !== null ? speakerOf(tokens, sayer, stated, d) : null) ?? resolvePronoun(stated, d, inheritedPatient, p.voice === 'active' && !p.subordinate);
  // "The company presented the iPhone", "his company sold 13.7 million Macs": the company named before.
  if (subject.length === 1 && COMPANY_NOUNS.has(subject[0]!.toLowerCase()) && p.subject[0] < p.subject[1]) subject = companyBefore(subject, tokens[p.subject[0]]!.start, d);
  // Only a clause with no subject of its own takes the one before ("… after it touched down": "it" is no one's to borrow).
  if (subject.length === 0 && stated.length === 0 && subjectFrom) subject = resolvePronoun(headlinePhrase(tokens, subjectFrom.subject, d, 'subject'), d, null);
  // Pronouns with no one to stand for, and the speakers of quotes ("We reopened…"), make no headline.
  if (subject.length === 0 || anyUnnamed(subject) || nounless(subject)) return null;
  // "announced that …", "asked whether …": a reported statement, not a happening of its own.
  const opener = tokens[p.object[0]];
  if (p.object[0] < p.object[1] && opener && REPORTED.test(opener.lower)) return null;
  // "…showed the company passed Wal-Mart": an object followed by its own verb is a reported clause.
  // ("marked one year since an earthquake devastated…": that verb is the since-clause's.)
  if (p.object[0] < p.object[1] && tokens[p.object[1]]?.cls === 'past' && !(tokens[p.object[0]]!.timex && lengthAsObject(tokens, p.object[0], p.object[1] + 1) > p.object[0])) return null;
  // A verb with a that-clause whose content makes no title reports a statement, no happening of its own.
  if (p.content >= 0 && (!declared || declared.length === 0)) return null;
  // "…, union president Ray Castillo announced at a news conference", "the company confirmed in a statement": saying with only where or how it was said.
  // (Not a passive: "First case confirmed in town of Kasama" is the happening itself.)
  if (declared === null && p.voice === 'active' && SAYING_ACTS.has(p.lemma) && onlyWhereSaid(tokens, p.object)) return null;
  let object = declared && declared.length > 0 ? declared : headlinePhrase(tokens, p.object, d, 'object');
  // "…recaptured Kidal, a decade after rebels seized it": "it" is what the sentence already named.
  if (object !== declared && object.length > 0 && IT_THEM.test(object[0]!)) {
    if (!inheritedPatient?.length) return null;
    // ("reclassified it as a dwarf planet": the rest stays.)
    object = object.length === 1 ? inheritedPatient : [...inheritedPatient, ...object.slice(1)];
  }
  // "Trump nominated her": the last person named before, other than the subject.
  // ("pursued him into the mountains of Tora Bora": the words after it stay.)
  if (object.length >= 1 && HIM_HER.test(object[0]!)) {
    const at = tokens[p.object[0]]!.start;
    const who = subject.join(' ');
    const others = (x: { name: string; at: number }): boolean => x.at < at && x.name !== who && !who.endsWith(x.name) && !x.name.endsWith(who);
    // After "The al Qaeda leader had evaded capture…", "him" is the one the story is about (named first), not the last name read.
    const people = placesAndPeople(d).people;
    const person = d.describedAt === d.sentence - 1 ? people.find(others) : [...people].reverse().find(others);
    if (!person) return null;
    object = object.length === 1 ? spaceSplit(person.name) : [...spaceSplit(person.name), ...object.slice(1)];
  }
  const verb = tokens[p.verb]!;
  const space = p.lemma.indexOf(' ');
  const particle = space < 0 ? '' : p.lemma.slice(space + 1);
  const lemma = space < 0 ? p.lemma : p.lemma.slice(0, space);
  // "Ryanair announced", "Data released Thursday": a verb that needs an object and has none is a
  // modifier or a fragment; only verbs that happen on their own stand without one (checked before the title is built).
  // Any other verb stands alone when nothing but its date follows it in its clause ("The army attacked on March 5, 1904.").
  if (p.voice === 'active' && object.length === 0 && !particle && !INTRANSITIVE.has(lemma) && (DECLARING_VERBS.has(lemma) || !endsAlone(tokens, p) || afterPreposition(tokens, p))) return null;
  // Without a particle the lemma is its own head word: one lookup, not the same one twice.
  const normal = VERB_SYNONYMS[p.lemma] ?? (space < 0 ? undefined : VERB_SYNONYMS[lemma]) ?? p.lemma;
  let words: string[];
  let patient: string[];
  // What the signature holds besides the verb, when not the patient.
  let about: string[] | null = null;
  let doer = stated;
  if (p.voice === 'passive' && !readsActive(tokens, p)) {
    // ("repaired by early afternoon", "completed by the weekend": a "by" of when, not of who.)
    const by = p.agent && !byTime(tokens, p.agent) ? p.agent : undefined;
    const agent = by ? headlinePhrase(tokens, by, d, 'subject') : [];
    if (by) doer = agent;
    if (agent.length) {
      const v = isPlural(agent, d) ? lemma : presentSingular(lemma);
      words = titleWords(agent, v, particle, afterVerb(subject, tokens, p, d), object);
    } else {
      words = titleWords(subject, verb.text.toLowerCase(), particle, NO_WORDS, object);
    }
    patient = subject;
  } else if (readsPassive(tokens, p, lemma, object)) {
    // ("Markets fell on fears echoed by Japan and China": with no subject of its own, a past before "by" right after a
    // noun modifies that noun; it is not the borrowed subject's ("Japan and China echo Other Asian markets").)
    const before = tokens[p.verb - 1];
    if (p.subject[0] === p.subject[1] && before !== undefined && !before.timex && (before.cls === 'noun' || before.cls === 'proper' || afterPrepositionOrArticle(tokens, p.verb - 1))) return null;
    // A headline's passive without "be": "Apple swamped by iPhone 4 pre-orders", "Mary Barra appointed as General Motors chief".
    if (object[0] === 'by') {
      const agent = object.slice(1);
      doer = agent;
      words = titleWords(agent, isPlural(agent, d) ? lemma : presentSingular(lemma), particle, afterVerb(subject, tokens, p, d), NO_WORDS);
    } else {
      words = titleWords(subject, verb.text.toLowerCase(), particle, NO_WORDS, object);
    }
    patient = subject;
  } else {
    // ("Rovers lost three of their first four matches": a team's name in -s that the sentence calls "their" is plural.)
    const v = isPlural(subject, d, p.subject[0] === 0 || opensLine(tokens, p.subject[0])) || calledTheir(subject, tokens, p, d) ? lemma : presentSingular(lemma);
    words = titleWords(subject, v, particle, NO_WORDS, object);
    const direct = object.length > 0 && !INDIRECT.test(object[0]!);
    // The place a happening took place in is not what it happened to.
    let core = -1;
    for (let n = 1; n < object.length; n++) if (PLACE_WORD.test(object[n]!)) { core = n; break; }
    let what = core > 0 ? object.slice(0, core) : object;
    // ("sent the chipmaker's revenue down": what was moved is the revenue, for a later "it" too.)
    if (what.length > 1 && MOVED_TO.has(what[what.length - 1]!)) what = what.slice(0, -1);
    patient = direct ? what : [...subject.slice(-1), ...what];
    // "Pfizer shares rose", "Pfizer shares jumped 8%": what changed is the subject, named (an amount is how much: it stays,
    // as what tells one day's "Dow falls 3.41%" from another's, and "Pfizer shares surged" joins it on its day).
    if (!direct || isMeasure(what)) about = [...subjectCore(subject, p.subject[0] === 0 && tokens[0]!.text === subject[0], d), ...what];
  }
  const joined = words.join(' ');
  // Without a space before a space or an apostrophe, the two replacements change nothing.
  const title = capitalise(SPACE_BEFORE.test(joined) ? joined.replace(SPACE_APOSTROPHE, '$1').replace(SPACES, ' ').trim() : joined.trim());
  const parts = [normal];
  addContentWords(about ?? patient, parts);
  const signature = sortedUnique(parts);
  return { title, signature, patient, doer };
}
