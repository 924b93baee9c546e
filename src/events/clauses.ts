/**
 * Clauses of a sentence: each verb group that could report a happening (its predicate), the
 * stretch of the sentence it governs (so each time expression anchors the right happening), its
 * subject and its object. Shallow and rule-based on purpose: it runs on every candidate sentence.
 */
import { DECLARING_VERBS, HEDGES, NON_EVENT_VERBS, NO_PASSIVE, PARTICLES, infinitive, isPastOnly, lexiconTags } from './lexicon.ts';
import { isBaseVerb, type Token } from './tokens.ts';

export interface Predicate {
  /** Index of the lexical verb token. */
  verb: number;
  /** Index of the first token of the verb group (auxiliary or the verb itself). */
  first: number;
  /** Index after the verb group (past the verb and a particle such as "out"). */
  after: number;
  /**
   * The verb's infinitive (with its particle: "break out") for a predicate that can report a happening
   * (past, not a state, neither negated nor hedged: the only ones whose lemma is read); for the others,
   * the verb as written until analyseClauses has read them (lemmaOf says how to make the infinitive).
   */
  lemma: string;
  /** The verb form `lemma` still is and infinitive() converts from, or '' once it is the infinitive. */
  lemmaOf: LemmaForm;
  voice: 'active' | 'passive';
  /** finite: "retook", "was retaken"; participle: ", retaking…", "after being seized…"; state: copula or present tense. */
  form: 'finite' | 'participle' | 'state';
  tense: 'past' | 'present' | 'modal';
  negated: boolean;
  /** A hedge ("reportedly", "possibly") in or before the verb group; looked for only on a past, unnegated verb group that is no state. */
  hedged: boolean;
  /** Introduced by a subordinator or relative ("after ISF cleared…", "which was…"). */
  subordinate: boolean;
  /** Token range the clause governs: [regionStart, regionEnd). */
  regionStart: number;
  regionEnd: number;
  /** Token ranges of subject and object/complement, [start, end), possibly empty (the object is read only for a past, unnegated, unhedged happening). */
  subject: [number, number];
  object: [number, number];
  /** For a passive with "by …": the agent's token range. */
  agent?: [number, number];
  /** Index of a "that" opening a clause this verb reports or declares ("declared that the reactors had…"), else -1. */
  content: number;
  /** Index of a past form that modifies the subject ("The man arrested on Monday was charged": "arrested"), else -1. */
  modifier: number;
}

/** The marks that bound a clause: , ; : — – ( ) “ ” " (compared by code: a lookup per mark cost more). */
function isBoundaryPunct(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x28 || c === 0x29 || c === 0x201c || c === 0x201d || c === 0x22;
}
const isBoundary = (t: Token): boolean =>
  (t.cls === 'punct' && isBoundaryPunct(t.text)) || t.cls === 'sub' || t.cls === 'rel' || t.cls === 'coord' || t.lower === 'as' || (t.lower === 'that' && t.cls === 'det');

/** Marks the last letter of each hedge: a word ending in any other is none (most are, so most lookups are skipped). */
const HEDGE_END = new Uint8Array(0x10000);
for (const w of HEDGES) HEDGE_END[w.charCodeAt(w.length - 1)] = 1;

/** HEDGES.has(lower). */
function isHedge(lower: string): boolean {
  return lower.length > 0 && HEDGE_END[lower.charCodeAt(lower.length - 1)] === 1 && HEDGES.has(lower);
}

/** Verbs whose participle is spelt like the base ("was hit", "has cut"). */
const SAME_FORM_PARTICIPLES = new Set(['hit', 'put', 'set', 'cut', 'shut', 'hurt', 'let', 'spread', 'quit', 'cast', 'burst', 'upset', 'split', 'bid', 'broadcast', 'forecast', 'thrust', 'shed', 'rid', 'beat', 'struck', 'outbid', 'reset', 'recast']);

/** Verbs whose object can be "to" + a verb ("tried to walk away", "voted to confirm"). */
const CATENATIVE = new Set(['try', 'decide', 'agree', 'vow', 'refuse', 'fail', 'attempt', 'manage', 'plan', 'begin', 'start', 'threaten',
  'promise', 'pledge', 'seek', 'move', 'opt', 'want', 'hope', 'aim', 'vote', 'arrange', 'offer', 'choose', 'prepare', 'ask', 'order', 'urge',
  'pledge', 'resolve', 'elect', 'struggle', 'rush', 'scramble', 'need', 'intend', 'propose', 'demand', 'apply', 'volunteer', 'swear']);

/** Forms of verbs that link a subject to a description ("remain closed", "became involved"): a past form after one describes. */
const LINKING_VERBS = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'become', 'becomes', 'became', 'seem', 'seems', 'seemed',
  'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'feel', 'feels', 'felt', 'get', 'gets', 'got', 'grow', 'grows', 'grew']);

/** Participles that mostly modify a name ("Los Angeles based Northrop Grumman"). */
const COMPOUND_PARTICIPLES = new Set(['based', 'backed', 'led', 'controlled', 'owned', 'run', 'allied', 'affiliated', 'linked', 'supported', 'sponsored', 'funded', 'listed', 'born', 'trained', 'armed', 'held']);

/** Words of about how many, before a number ("about 22,000 workers"): no prepositions there. */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under', 'some', 'up']);

/** Words before an "as" that make it a preposition ("such as", "as well as"). */
const AS_PREPOSITION = new Set(['such', 'well']);

/**
 * "During a media event held at its headquarters", "to supply 14 airliners converted for the task": a
 * past form after a noun phrase that is itself the object of a preposition or verb, followed by a
 * preposition, modifies that noun phrase.
 */
function reducedRelative(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !(next.cls === 'prep' || next.cls === 'to') || next.lower === 'of') return false;
  let k = i - 1;
  // (k checked first: a read before the array's start deoptimises the compiled caller.)
  // ("A federal appeals court on Tuesday threw out": a date between a subject and its verb.)
  if (k < 0 || !(tokens[k]!.cls === 'noun' || tokens[k]!.cls === 'proper') || tokens[k]!.timex) return false;
  while (k >= 0 && (tokens[k]!.cls === 'noun' || tokens[k]!.cls === 'proper' || tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'num' || tokens[k]!.cls === 'det')) k--;
  const before = tokens[k];
  // ("At least 20 soldiers died in the attack": "at least" counts the noun phrase, it is no preposition.)
  if (before !== undefined && before.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most')) return false;
  // ("About 22,000 workers walked off the job", "Around 300 people gathered": a word of about how many before a number.)
  if (before !== undefined && APPROXIMATORS.has(before.lower) && tokens[k + 1]?.cls === 'num') return false;
  // (After a subordinator the noun phrase is a subject: "two days after the peninsula voted in a referendum";
  // so after "as", unless "such as" or "as well as": "wept as the coffin passed on Friday".)
  if (before === undefined) return false;
  if (before.cls === 'prep' && before.lower !== 'of' && (before.lower !== 'as' || AS_PREPOSITION.has(tokens[k - 1]?.lower ?? ''))) {
    // ("Workers at the plant walked out on Monday": after a subject that opens the sentence, with no verb to come, the verb.)
    // (A verb after a subordinator is that clause's: "Negotiations with the Council broke down on Sept. 12 after the employers proposed…".)
    return !(k >= 1 && isNameOrNoun(tokens[k - 1]!.cls) && opensSentence(tokens, k - 1) && !verbInClause(tokens, i + 1));
  }
  // ("ports from Texas to Florida voted": a "to" before a name is a preposition, no infinitive's.)
  return before.cls === 'verb' || (before.cls === 'to' && tokens[k + 1]!.cls !== 'proper');
}

/** Nouns of a stretch of time that "ended" before a date modifies ("the three months ended Sept. 30", "the quarter ended June 30"). */
const PERIOD_NOUNS = new Set(['quarter', 'quarters', 'year', 'years', 'month', 'months', 'week', 'weeks', 'period', 'half', 'days', 'season']);

/** Object forms of pronouns: a past form right after one is what was done to it ("ordered her held", "had them arrested"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'whom']);

/** Words that open a clause of their own: a noun phrase after one is that clause's subject ("when the deputy noticed in May…"). */
const opensSubject = (t: Token): boolean => t.cls === 'sub' || t.cls === 'rel' || t.lower === 'that' || t.lower === 'as';

/**
 * "CT scans carried out in September 2023 revealed…", "The man arrested in Lyon on Monday was charged", "doses shipped
 * from the global stockpile began": a past form right after a noun phrase, followed only by phrases of place or time, an
 * agent and adverbs, then a finite verb with no boundary between, modifies the noun phrase; the later verb is the clause's.
 * (Not a verb of saying, whose clause may follow a phrase: "said in a statement revenue rose"; nor after a subordinator,
 * whose subject the noun phrase is: "when prices rose in May…".) Runs for a past form after a noun, and reads on only
 * while it meets prepositions, dates and adverbs: most stop at the first word (an object, a comma).
 */
function modifierBeforeVerb(tokens: Token[], i: number): number {
  let k = i + 1;
  let seen = false;
  // ("Photos posted online on Sunday showed": an adjective of how right after it.)
  if (tokens[k]?.cls === 'adj' && !tokens[k]!.timex) k++;
  while (k < tokens.length && k - i < 16) {
    const t = tokens[k]!;
    // ("Troops stationed near the border since 2019 withdrew": "since" before a date is its preposition.)
    if (t.timex || t.cls === 'adv' || (t.lower === 'since' && tokens[k + 1]?.timex)) { k++; seen = true; continue; }
    if ((t.cls === 'prep' && t.lower !== 'as' && t.lower !== 'of') || (t.cls === 'to' && opensNounPhrase(tokens[k + 1]?.cls ?? 'punct'))) {
      k++;
      seen = true;
      // The preposition's noun phrase: one determiner, then its modifiers and nouns ("the global stockpile", "Sept. 30").
      if (tokens[k]?.cls === 'det' && !tokens[k]!.timex) k++;
      while (k < tokens.length && !tokens[k]!.timex && (tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'num' || tokens[k]!.cls === 'noun' || tokens[k]!.cls === 'proper'
        || (tokens[k]!.lower === 'of' && isNPClass(tokens[k + 1]?.cls ?? 'punct')))) k++;
      continue;
    }
    break;
  }
  const v = tokens[k];
  // (Right after a preposition or a determiner, a word spelt like a verb is a noun: "trapped in lifts since…".)
  if (!seen || v === undefined || v.timex || tokens[k - 1]!.cls === 'prep' || tokens[k - 1]!.cls === 'det') return -1;
  const c = v.cls;
  if (!(c === 'past' || c === 'be' || c === 'have' || c === 'modal' || (c === 'verb' && lexiconTags(v.lower).includes('PresentTense')))) return -1;
  // ("Net income rose to $412 million in the three months ended Sept. 30": that past form is itself a modifier.)
  if (c === 'past' && PERIOD_NOUNS.has(tokens[k - 1]!.lower) && tokens[k + 1]?.timex) return -1;
  // The noun phrase before it does not follow a subordinator or relative.
  let j = i - 1;
  while (j >= 0 && isNPClass(tokens[j]!.cls) && !tokens[j]!.timex) j--;
  if (j >= 0 && opensSubject(tokens[j]!)) return -1;
  // ("Markets fell on fears echoed by Japan": that later past form modifies the noun before it.)
  if (c === 'past' && tokens[k + 1]?.lower === 'by') return -1;
  // A modifier is a passive: not a form that is only a past ("came", "fell"), nor a verb that takes no object ("surged", "died").
  const lower = tokens[i]!.lower;
  if (isPastOnly(lower)) return -1;
  const inf = infinitive(lower, 'PastTense');
  return NON_EVENT_VERBS.has(inf) || DECLARING_VERBS.has(inf) || NO_PASSIVE.has(inf) ? -1 : k;
}

/** Verbs of saying spelt in the plural's present like their infinitive ("Officials say", "Analysts warn"). */
const PLURAL_SAYING = new Set(['say', 'tell', 'report', 'add', 'confirm', 'warn', 'claim', 'estimate']);

/** Verbs whose object can be a clause without "that" ("found the pilot failed to…"): a past form after their object is that clause's verb. */
const CLAUSE_TAKING = new Set(['find', 'discover', 'learn', 'realise', 'realize', 'determine', 'prove', 'ensure', 'fear', 'deny', 'insist', 'estimate', 'predict', 'assume', 'guess', 'suspect', 'decide', 'agree', 'warn', 'admit', 'reveal']);

/**
 * "found that plastic bags made up less than 1% of the litter collected during the beach sweep", "arrested a man suspected of
 * murder": a past form right after the object of a past verb in the same clause (no comma, conjunction or relative between)
 * modifies that object; a clause has one finite verb. Not after a verb whose object can be a clause ("said the man fled").
 */
function afterObjectOfPast(tokens: Token[], i: number, last: Predicate, first: Predicate): boolean {
  if (last.form !== 'finite' || last.tense !== 'past' || last.verb >= i - 1) return false;
  // (Not in a subordinate or relative clause before any main verb, which a missing comma may end: "After the case closed Apple's
  // chief executive extended…", "developers that had been given early access to the SDK demonstrated…".)
  for (let k = last.first - 1; k >= 0 && !(tokens[k]!.cls === 'punct' && isBoundaryPunct(tokens[k]!.text)); k--) {
    if (opensSubject(tokens[k]!)) {
      if (first.first > k) return false;
      break;
    }
  }
  let nouns = 0, preps = 0;
  for (let k = last.after; k < i; k++) {
    const t = tokens[k]!;
    if (isBoundary(t) || t.cls === 'past' || t.cls === 'be' || t.cls === 'have' || t.cls === 'modal' || t.cls === 'pron') return false;
    if (t.cls === 'noun' || t.cls === 'proper') nouns++;
    // (Two phrases of place or time and a name: a sentence whose end was missed, "…crisis in the U.S. Deutsche Bank lost".)
    else if (t.cls === 'prep' && t.lower !== 'of' && ++preps > 1) return false;
  }
  if (nouns === 0) return false;
  const inf = infinitive(tokens[last.verb]!.lower, last.lemmaOf === '' ? 'PastTense' : last.lemmaOf);
  return !NON_EVENT_VERBS.has(inf) && !DECLARING_VERBS.has(inf) && !CLAUSE_TAKING.has(inf);
}

/** For the verb groups that follow a modifier modifierBeforeVerb found: [verb group's first token, the modifier's past form], flat (set per sentence). */
const afterModifier: number[] = [];

/** The past form that modifies the subject of the verb group opening at `first` ("CT scans carried out … revealed"), else -1. */
function modifierOf(first: number): number {
  for (let n = 0; n < afterModifier.length; n += 2) if (afterModifier[n] === first) return afterModifier[n + 1]!;
  return -1;
}

/** The noun phrase ending at `k` opens the sentence (only noun-phrase words before it). */
function opensSentence(tokens: Token[], k: number): boolean {
  for (let j = k; j >= 0; j--) if (!isNPClass(tokens[j]!.cls)) return false;
  return true;
}

/** ", Haider al-Abadi," before a verb: a name between two commas after a noun phrase. */
function closesAppositive(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  // ("Madoff, 71, pleaded": an age.)
  if (tokens[k]?.cls !== 'proper' && tokens[k]?.cls !== 'noun' && tokens[k]?.cls !== 'num') return false;
  // (", the chief executive officer of Apple Inc.,": through "of".)
  while (k >= 0 && (tokens[k]!.cls === 'proper' || tokens[k]!.cls === 'det' || tokens[k]!.cls === 'adj' || tokens[k]!.cls === 'noun' || tokens[k]!.cls === 'num' || (tokens[k]!.lower === 'of' && k > 0))) k--;
  // ", Britain's longest-reigning monarch," after a name: the name is the subject.
  return tokens[k]?.text === ',' && k > 0 && (tokens[k - 1]!.cls === 'proper' || tokens[k - 1]!.cls === 'noun');
}

/** The appositive the comma at `comma` closes hangs on a noun phrase that opens a clause (after "and", "but", ";" or nothing). */
function appositiveOpensClause(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.text !== ',') k--;
  let j = k - 1;
  while (j >= 0 && isNPClass(tokens[j]!.cls) && !tokens[j]!.timex) j--;
  if (j === k - 1) return false;
  return j < 0 || (tokens[j]!.cls === 'coord' && (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'but')) || tokens[j]!.text === ';';
}

/**
 * "when the company's founder, Martin Harrow, retired": the comma at `comma` closes an appositive whose noun phrase
 * a subordinator opens, so the verb after it is that clause's, not a participle.
 */
function subordinateAppositive(tokens: Token[], comma: number): boolean {
  if (!closesAppositive(tokens, comma)) return false;
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.text !== ',') k--;
  let j = k - 1;
  while (j >= 0 && (isNPClass(tokens[j]!.cls) || (tokens[j]!.lower === 'of' && j > 0))) j--;
  return j >= 0 && j < k - 1 && tokens[j]!.cls === 'sub';
}

/**
 * "Nelson Mandela, who led South Africa out of apartheid and became its first president, died": the comma
 * at `comma` closes a relative clause opened by ", who" or ", which" after a noun phrase. The index of the
 * comma that opened it, else -1.
 */
function relativeOpenedAt(tokens: Token[], comma: number): number {
  for (let k = comma - 1; k > 0; k--) {
    if (tokens[k]!.text !== ',') continue;
    // ("Kestrel, founded in 2016 by three former Microsoft engineers, raised": a participle's aside likewise.)
    const opener = tokens[k + 1]!;
    return (opener.cls === 'rel' || ((opener.cls === 'part' || opener.cls === 'past') && k + 2 < comma)) && (tokens[k - 1]!.cls === 'proper' || tokens[k - 1]!.cls === 'noun') ? k : -1;
  }
  return -1;
}

/** Whether a finite verb form follows from `i` before a subordinator, a relative or a mark that bounds the clause. */
function verbInClause(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cls === 'sub' || t.cls === 'rel' || (t.cls === 'punct' && isBoundaryPunct(t.text))) return false;
    const c = t.cls;
    if (c === 'past' || c === 'be' || c === 'have' || c === 'modal' || c === 'do') return true;
  }
  return false;
}

/** Whether a finite verb form (a past, an auxiliary) follows from `i`. */
function verbAfter(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const c = tokens[k]!.cls;
    if (c === 'past' || c === 'be' || c === 'have' || c === 'modal' || c === 'do') return true;
  }
  return false;
}

/** "Koum and Brian Acton, two former Yahoo engineers, founded": the word at `i` ends an appositive between commas. */
function endsAppositive(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  let k = i - 1;
  while (k >= 0 && isNPClass(tokens[k]!.cls) && tokens[k]!.cls !== 'pron') k--;
  return k < i - 1 && k > 0 && tokens[k]!.text === ',' && (tokens[k - 1]!.cls === 'proper' || tokens[k - 1]!.cls === 'noun');
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'been', 'being', 'having']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'outside', 'inside']);
/** Prepositions of where someone was moved to or from. */
const DIRECTIONS = new Set(['into', 'across', 'toward', 'towards', 'onto', 'through', 'out', 'from', 'over']);
const isNameOrNoun = (c: string): boolean => c === 'proper' || c === 'noun';
const opensNounPhrase = (c: string): boolean => c === 'proper' || c === 'adj' || c === 'det';

/** Classes of the words of a noun phrase: det, adj, noun, proper, num, pron (compared, not looked up). */
function isNPClass(c: string): boolean {
  return c === 'noun' || c === 'det' || c === 'proper' || c === 'adj' || c === 'num' || c === 'pron';
}

function skipAdverbs(tokens: Token[], i: number, step: 1 | -1): number {
  while (tokens[i] && (tokens[i]!.cls === 'adv' || tokens[i]!.cls === 'neg')) i += step;
  return i;
}

function hasNegation(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]?.cls === 'neg') return true;
  return false;
}

type LemmaForm = 'PastTense' | 'Gerund' | 'PresentTense' | '';

/** A predicate from its verb group (arguments, not an object of them: no object made per verb group). */
function predicate(
  length: number, verb: number, first: number, after: number, lemma: string, lemmaOf: LemmaForm,
  voice: Predicate['voice'], form: Predicate['form'], tense: Predicate['tense'], negated: boolean,
): Predicate {
  return {
    verb, first, after, lemma, lemmaOf, voice, form, tense, negated,
    hedged: false, subordinate: false, regionStart: 0, regionEnd: length, subject: [0, 0], object: [0, 0],
    // Present from the start (if unset), so that every predicate has one shape.
    agent: undefined, content: -1, modifier: -1,
  };
}

/** A noun phrase (a few words) from `i`, then a verb group: a clause ("the reactors had reached", "he would"). */
function opensClause(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i < 8 && !tokens[k]!.timex && (isNPClass(tokens[k]!.cls) || (tokens[k]!.lower === 'of' && k > i))) k++;
  if (k === i || k >= tokens.length) return false;
  const c = tokens[k]!.cls;
  return c === 'be' || c === 'have' || c === 'modal' || c === 'do' || c === 'past' || c === 'adv' || c === 'neg'
    || (c === 'verb' && lexiconTags(tokens[k]!.lower).includes('PresentTense'));
}

/** Whether only adverbs, a particle and a time expression (with its preposition) stand between the verb group and `i`. */
function followsVerbGroup(tokens: Token[], i: number, p: Predicate): boolean {
  let k = i - 1;
  while (k > p.verb && (tokens[k]!.timex || tokens[k]!.cls === 'adv' || (tokens[k]!.cls === 'prep' && (tokens[k + 1]!.timex || PARTICLES.has(tokens[k]!.lower))))) k--;
  return k === p.verb && p.form !== 'state';
}

/** Finds verb groups left to right. */
function findVerbGroups(tokens: Token[], historical: boolean): Predicate[] {
  const out: Predicate[] = [];
  let npBefore = false;
  // The verb a modifier of its subject leads to: its own clause's verb, not a modifier again.
  let mainVerb = -1;
  afterModifier.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0) {
      const c = tokens[i - 1]!.cls;
      if (c === 'noun' || c === 'proper' || c === 'pron') npBefore = true;
    }
    if (t.timex) continue;
    if (t.cls === 'modal' || t.cls === 'be' || t.cls === 'have' || t.cls === 'do') {
      // An auxiliary chain: modal? have? be? then the lexical verb.
      let j = i;
      let modal = false, perfect = false, be: Token | undefined;
      const first = i;
      for (; j < tokens.length; j++) {
        const u = tokens[j]!;
        if (u.cls === 'adv' || u.cls === 'neg') continue;
        if (u.cls === 'modal') modal = true;
        else if (u.cls === 'have') perfect = true;
        else if (u.cls === 'be') be = u;
        else if (u.cls === 'do') continue;
        else break;
      }
      const v = tokens[j];
      const lastAux = tokens[skipAdverbs(tokens, j - 1, -1)]!;
      // "being seized" takes its tense from the clause it hangs on: in news narration, the past.
      const tense: Predicate['tense'] = modal ? 'modal' : PAST_AUXILIARIES.has(tokens[first]!.lower) || perfect ? 'past' : 'present';
      const pastLike = v && (v.cls === 'past' || v.cls === 'part' || (v.cls === 'adj' && /ed$|en$/.test(v.lower)) || SAME_FORM_PARTICIPLES.has(v.lower));
      // The branches say what the group is; one predicate is made after them (one call site, not five: a smaller function to compile).
      let verb = j;
      let voice: Predicate['voice'] = 'active';
      let form: Predicate['form'] = 'finite';
      let lemma: string;
      let lemmaOf: LemmaForm = 'PastTense';
      if (v && be && lastAux.cls === 'be' && pastLike && lastAux.lower !== 'being') {
        voice = 'passive';
        lemma = v.lower;
      } else if (v && be && lastAux.lower === 'being' && pastLike) {
        voice = 'passive';
        if (first === i && tokens[first]!.lower === 'being') form = 'participle';
        lemma = v.lower;
      } else if (v && (v.cls === 'past' || v.cls === 'part') && lastAux.cls === 'have') {
        lemma = v.lower;
      } else if (v && (v.cls === 'verb' || v.cls === 'noun' || v.cls === 'ing') && (lastAux.cls === 'modal' || lastAux.cls === 'do' || (lastAux.cls === 'be' && v.cls === 'ing'))) {
        lemma = v.lower;
        lemmaOf = v.cls === 'ing' ? 'Gerund' : '';
      } else {
        // Copula or possession: a state, kept only to bound the clauses around it.
        verb = i;
        form = 'state';
        lemma = t.cls === 'have' ? 'have' : 'be';
        lemmaOf = '';
      }
      out.push(predicate(tokens.length, verb, first, verb + 1, lemma, lemmaOf, voice, form, tense, hasNegation(tokens, first, j)));
      i = Math.max(i, j);
      continue;
    }
    // "declared that the reactors had…", "announced on Friday that he would…": "that" right after a verb group
    // (and its date), before a clause of its own, opens what the verb says: a subordinator, not a determiner.
    if (t.lower === 'that' && t.cls === 'det' && out.length > 0 && opensClause(tokens, i + 1) && followsVerbGroup(tokens, i, out[out.length - 1]!)) {
      t.cls = 'sub';
      out[out.length - 1]!.content = i;
      continue;
    }
    // ("- June 2012: A routine inspection rates the bridge deck": in a chronology line a verb spelt like a plural noun, between
    // a noun phrase and the next, is the verb.)
    // (A line with no verb form at all: "The state bans trucks from the bridge", "The state patches the deck": its -s word is the verb.)
    let historicalVerb = false;
    if (historical && t.cls === 'noun' && i > 0 && isNameOrNoun(tokens[i - 1]!.cls) && i + 1 < tokens.length && opensObject(tokens[i + 1]!)
      && (presentVerb(t.lower) || (out.length === 0 && (endsInS(t.lower) || pluralBefore(tokens, i)) && !verbFormFrom(tokens, i + 1)))) t.cls = 'verb', historicalVerb = true;
    // Only a verb form opens a group from here on: the word before it is looked up for those alone.
    if (t.cls !== 'past' && t.cls !== 'part' && t.cls !== 'ing' && t.cls !== 'verb') continue;
    const prevIndex = skipAdverbs(tokens, i - 1, -1);
    const prev = tokens[prevIndex];
    if (t.cls === 'past' || t.cls === 'part') {
      const afterBoundary = !prev || isBoundary(prev);
      // After a comma, a past form opens a participial clause ("…, destroyed by…") unless it is the
      // sentence's first verb with a noun phrase before it ("The Prime Minister, Haider al-Abadi, congratulated").
      const firstVerb = out.length === 0;
      // "retook the city and seized weapons", "was shelled and captured": a past form after "and" joined to a
      // finite past verb group is finite too, in the same voice (a participle reading lost the happening).
      const last = out.length > 0 ? out[out.length - 1]! : undefined;
      const coordinated = prev !== undefined && prev.cls === 'coord' && last !== undefined && last.form === 'finite' && last.tense === 'past'
        && (t.cls === 'past' || last.voice === 'passive');
      // ("was sentenced to life and spent 27 years behind bars": with an object after it, active.)
      const next0 = tokens[i + 1];
      const joinedVoice = last !== undefined && last.voice === 'passive' && !(next0 !== undefined && (next0.timex || next0.cls === 'det' || next0.cls === 'num' || next0.cls === 'noun' || next0.cls === 'proper' || next0.cls === 'pron')) ? 'passive' : 'active';
      // After the comma that closes a relative clause on the sentence's first noun phrase, the main verb.
      let mainAfterRelative = false;
      if (prev?.text === ',' && t.cls === 'past') {
        const r = relativeOpenedAt(tokens, prevIndex);
        mainAfterRelative = r > 0 && out.length > 0 && out[0]!.first > r;
      }
      const participle = !coordinated && !mainAfterRelative && (t.cls === 'part' || (afterBoundary && prev?.cls !== 'rel' && prev?.lower !== 'that' && !((firstVerb && npBefore && (prev?.text === ')' || (prev?.text === ',' && closesAppositive(tokens, prevIndex))))
        // ("…, and the governor, a Republican, signed it": after an appositive on a noun phrase that opens a clause.)
        || (prev?.text === ',' && t.cls === 'past' && closesAppositive(tokens, prevIndex) && appositiveOpensClause(tokens, prevIndex))
        || (prev?.text === ',' && subordinateAppositive(tokens, prevIndex)))));
      // "ordered her held without bond", "had them arrested": what was done to the pronoun's person, not a verb of its own.
      if (prevIndex === i - 1 && prev !== undefined && OBJECT_PRONOUNS.has(prev.lower)) {
        if (prev.cls === 'det') prev.cls = 'pron';
        t.cls = 'adj';
        continue;
      }
      const next = tokens[i + 1];
      // "Los Angeles based Northrop", "the speed provided by…": a modifier, not a verb of its own;
      // so is a past form after a linking verb ("will remain closed", "became involved").
      // ("Voters backed membership in a referendum": with no verb after it, it is the verb.)
      if ((COMPOUND_PARTICIPLES.has(t.lower) && next && (next.cls === 'proper' || next.cls === 'noun') && verbAfter(tokens, i + 1))
        || (prev !== undefined && prevIndex === i - 1 && LINKING_VERBS.has(prev.lower))
        || (i !== mainVerb && reducedRelative(tokens, i))
        || (prevIndex === i - 1 && prev !== undefined && (prev.cls === 'noun' || prev.cls === 'proper') && !prev.timex && i !== mainVerb && !firstVerb && afterObjectOfPast(tokens, i, out[out.length - 1]!, out[0]!))
        // "the three months ended Sept. 30": a stretch of time and the date it ended.
        || (t.lower === 'ended' && prevIndex === i - 1 && prev !== undefined && PERIOD_NOUNS.has(prev.lower) && next !== undefined && next.timex)
        || (prevIndex === i - 1 && prev !== undefined && (prev.cls === 'noun' || prev.cls === 'proper') && !prev.timex && i !== mainVerb && (mainVerb = modifierBeforeVerb(tokens, i)) >= 0 && afterModifier.push(mainVerb, i) > 0)
        || (next?.lower === 'by' && prev && (prev.cls === 'noun' || prev.cls === 'proper') && prevIndex === i - 1 && !firstVerb)) {
        t.cls = 'adj';
        continue;
      }
      out.push(predicate(tokens.length, i, i, i + 1, t.lower, 'PastTense', participle ? 'passive' : coordinated ? joinedVoice : 'active', participle ? 'participle' : 'finite', 'past', false));
      continue;
    }
    if (t.cls === 'ing' && (!prev || isBoundary(prev)) && prev?.cls !== 'det') {
      out.push(predicate(tokens.length, i, i, i + 1, t.lower, 'Gerund', 'active', 'participle', 'past', false));
      continue;
    }
    // ("Firefighters in Lisbon say they have freed…": a verb of saying in the plural's present.)
    if (t.cls === 'verb' && prev && (prev.cls === 'noun' || prev.cls === 'proper' || prev.cls === 'pron') && (historical ? historicalVerb || presentVerb(t.lower) : lexiconTags(t.lower).includes('PresentTense') || (PLURAL_SAYING.has(t.lower) && (tokens[i + 1]?.cls === 'pron' || tokens[i + 1]?.lower === 'that')))) {
      // ", two former Yahoo engineers,": a word spelt like a verb that ends an appositive is its noun.
      if (endsAppositive(tokens, i)) {
        t.cls = 'noun';
        continue;
      }
      // "- 1968: The four-lane bridge opens to traffic": the historical present of a chronology tells past happenings.
      // (A form without -s is the infinitive already: "Jobs and Wozniak found Apple" is not "find".)
      if (historical) out.push(predicate(tokens.length, i, i, i + 1, t.lower, endsInS(t.lower) ? 'PresentTense' : '', 'active', 'finite', 'past', false));
      else out.push(predicate(tokens.length, i, i, i + 1, t.lower, 'PresentTense', 'active', 'state', 'present', false));
    }
  }
  return out;
}

/** Adverbs that are ordinals after a determiner ("the first case"). */
const ORDINAL_ADVERBS = new Set(['first', 'last', 'second', 'next', 'third', 'fourth', 'fifth', 'final']);

const ARTICLE_WORDS = new Set(['a', 'an', 'the']);
const POSSESSIVE_BACK = new Set(['its', 'their']);

/** tokens[from, to) are one name ("the People's Republic of China"), not a phrase ending in one ("14 ports from Texas to Florida"). */
function nameOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.cls !== 'proper' && tokens[k]!.cls !== 'det' && tokens[k]!.lower !== 'of') return false;
  return true;
}

/** "and" closes, within the names after the comma at `comma` and up to `end`, the list it is in. */
function listClosedBy(tokens: Token[], comma: number, end: number): boolean {
  for (let k = comma + 1; k <= end; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and') return true;
    if (t.cls !== 'proper' && t.text !== ',') return false;
  }
  return false;
}

/** Start of the noun phrase that ends at `from`, walking back (through asides in brackets and "of"). */
function collectBack(tokens: Token[], from: number, floor: number): number {
  // A pronoun is a whole subject: "…the tanker, and we prepared" is about "we".
  if (tokens[from]?.cls === 'pron') return from;
  let k = from;
  let depth = 0;
  while (k >= floor) {
    const t = tokens[k]!;
    if (t.text === ')') { depth++; k--; continue; }
    if (t.text === '(') { depth--; k--; continue; }
    if (depth > 0) { k--; continue; }
    // ("Daily case counts jumped", "Canada's two-year bond": a word of how often or a length before the noun is in the phrase.)
    if (t.timex && !(k < from && (setAdjective(t, tokens[k + 1]!) || lengthAdjective(t, tokens[k + 1]!)))) break;
    // "more than 4 billion songs"
    if (t.lower === 'than' && k > floor && COMPARATIVES.has(tokens[k - 1]!.lower)) { k -= 2; continue; }
    // ("By the time a Georgia company bought": a determiner right after a noun opens a noun phrase of its own.)
    if (t.cls === 'det' && k < from && k > floor + 1 && tokens[k - 1]!.cls === 'noun' && ARTICLE_WORDS.has(tokens[k - 2]!.lower) && !tokens[k - 1]!.timex && ARTICLE_WORDS.has(t.lower)) break;
    if (isNPClass(t.cls) || (t.cls === 'prep' && t.lower === 'of' && k > floor && isNPClass(tokens[k - 1]!.cls)) || (t.cls === 'adj')) { k--; continue; }
    // ("gusts of up to 45 mph", "ports from Texas to Florida": a count's "up to", a span's "to", inside the phrase.)
    if (t.cls === 'to' && k > floor + 1 && k < from && tokens[k - 1]!.lower === 'up' && tokens[k + 1]!.cls === 'num') { k -= 2; continue; }
    if (t.cls === 'to' && k > floor + 2 && k < from && tokens[k + 1]!.cls === 'proper' && tokens[k - 1]!.cls === 'proper' && tokens[k - 2]!.lower === 'from' && isNameOrNoun(tokens[k - 3]?.cls ?? 'punct')) { k -= 3; continue; }
    // ("services between London, Paris and Brussels": a comma between names of a list that "and" closes.)
    if (t.text === ',' && k > floor && k < from && tokens[k - 1]!.cls === 'proper' && tokens[k + 1]!.cls === 'proper' && listClosedBy(tokens, k, from)) { k--; continue; }
    // "the first case", "his first pick": an ordinal read as an adverb, between a determiner and its noun.
    if (t.cls === 'adv' && k < from && k > floor && tokens[k - 1]!.cls === 'det' && ORDINAL_ADVERBS.has(t.lower)) { k--; continue; }
    // "Shares of the San Jose, California-based company": a comma between a place's name and "<state>-based" is inside the phrase.
    if (t.text === ',' && k > floor && k < from && tokens[k - 1]!.cls === 'proper' && regionBased(tokens[k + 1]!)) { k--; continue; }
    // "Standard & Poor's 500 index", "AT&T": an ampersand between names is in the name.
    if (t.text === '&' && k > floor && tokens[k - 1]!.cls === 'proper' && tokens[k + 1]?.cls === 'proper') { k--; continue; }
    // "Britain's newly appointed envoy": an adverb of the adjective after it.
    if (t.cls === 'adv' && k < from && tokens[k + 1]!.cls === 'adj' && k > floor && isNPClass(tokens[k - 1]!.cls)) { k--; continue; }
    if (t.cls === 'coord' && t.lower === 'and' && k > floor && isNPClass(tokens[k - 1]!.cls) && tokens[k - 1]!.cls !== 'pron' && isNPClass(tokens[k + 1]?.cls ?? 'punct') && tokens[k + 1]!.cls !== 'pron') { k--; continue; }
    break;
  }
  return k + 1;
}

/** Subject: the noun phrase before the verb group, through an appositive ("The Prime Minister, Haider al-Abadi, congratulated"). */
function findSubject(tokens: Token[], p: Predicate, floor: number): [number, number] {
  let i = skipAdverbs(tokens, p.first - 1, -1);
  // "the stabbing, which happened…": the subject of a relative clause is what it hangs on.
  if (tokens[i]?.cls === 'rel' || (tokens[i]?.lower === 'that' && p.subordinate)) {
    let k = i - 1;
    if (tokens[k]?.text === ',') k--;
    const start = collectBack(tokens, k, 0);
    // ("the fastest tightening cycle in its history, which started": "its" points back to what the clause is about.)
    if (start >= 2 && tokens[start - 1]!.cls === 'prep' && POSSESSIVE_BACK.has(tokens[start]!.lower) && (isNameOrNoun(tokens[start - 2]!.cls) || tokens[start - 2]!.cls === 'verb')) {
      // (A noun spelt like a verb ends it: "cycle".)
      const head = start - 2;
      const from = tokens[head]!.cls === 'verb' && head > 0 && isNPClass(tokens[head - 1]!.cls) ? collectBack(tokens, head - 1, 0) : collectBack(tokens, head, 0);
      return [Math.min(from, head), start - 1];
    }
    return start <= k ? [start, k + 1] : [i, i];
  }
  // "CT scans carried out in September revealed", "a convoy carrying aid donated by Japan arrived": the noun phrase the modifier follows.
  const m = afterModifier.length > 0 ? modifierOf(p.first) : -1;
  if (m > 0) {
    p.modifier = m;
    let start = collectBack(tokens, m - 1, floor);
    // ("a convoy carrying aid", "a campaign using 400,000 doses": the noun phrase an -ing form with its object hangs on, without them.)
    if (start >= floor + 2 && tokens[start - 1]!.cls === 'ing' && isNameOrNoun(tokens[start - 2]!.cls)) {
      const outer = collectBack(tokens, start - 2, floor);
      if (outer < start - 1) return [outer, start - 1];
    }
    for (let x = start + 1; x + 1 < m; x++) {
      const w = tokens[x]!;
      if (w.cls === 'noun' && isNameOrNoun(tokens[x - 1]!.cls) && w.lower.endsWith('ing') && isNPClass(tokens[x + 1]!.cls) && tokens[x + 1]!.cls !== 'pron' && lexiconTags(w.lower).includes('Gerund')) return [start, x];
    }
    if (start < m) return [start, m];
  }
  // "A jury on Tuesday found": step over a time expression between subject and verb.
  if (tokens[i]?.timex) {
    while (i >= floor && tokens[i]!.timex) i--;
    if (tokens[i]?.cls === 'prep') i--;
    i = skipAdverbs(tokens, i, -1);
  }
  if (tokens[i]?.text === ',') {
    const end = i;
    // "Nelson Mandela, who led…, died": the noun phrase the relative clause is about.
    const r = p.form === 'finite' && !p.subordinate ? relativeOpenedAt(tokens, i) : -1;
    if (r > 0) {
      let s = collectBack(tokens, r - 1, 0);
      // ("the fastest tightening cycle in its history, which started": "its" points back to what the relative clause is about.)
      if (s >= 2 && tokens[s - 1]!.cls === 'prep' && POSSESSIVE_BACK.has(tokens[s]!.lower) && isNameOrNoun(tokens[s - 2]!.cls)) return [collectBack(tokens, s - 2, 0), s - 1];
      // ("Yields on Canada's two-year bond, which is sensitive…, rose": the noun phrase with its phrase of where, as below.)
      if (s >= 2 && SUBJECT_PREPOSITIONS.has(tokens[s - 1]!.lower) && tokens[s - 1]!.lower !== 'with' && isNameOrNoun(tokens[s - 2]!.cls)) {
        const outer = collectBack(tokens, s - 2, 0);
        if (outer === 0 || isBoundary(tokens[outer - 1]!)) s = outer;
      }
      return [s, r];
    }
    const start = collectBack(tokens, i - 1, floor);
    // "The cathedral, completed in 1345,": a participle after a comma is about the noun phrase before it.
    if (p.form === 'participle' && p.voice === 'passive' && start < end) return [start, end];
    // Appositive: ", Haider al-Abadi," right before the verb; a proper name is the better subject.
    if (start < end && tokens[start - 1]?.text === ',') {
      const outer = collectBack(tokens, start - 2, floor);
      const inner: [number, number] = [start, end];
      const outerRange: [number, number] = [outer, start - 1];
      const isName = (r: [number, number]): boolean => tokens[r[1] - 1]?.cls === 'proper';
      // "Residents of Paradise, California,": a state or country after a place's name is where it is, not an appositive.
      const region = isName(outerRange) && outer < start - 1 && isRegion(tokens, start, end);
      // ("Steve Jobs, the chief executive officer of Apple Inc., announced": a description opening with a determiner ends in a name too.)
      const description = tokens[start]!.cls === 'det';
      // ("Shares of Kestrel's main display supplier, Taiwan-based LumiTek, rose": a name cannot rename a plural before "of";
      // it renames what follows "of".)
      // ("the governor, a Republican, signed": a description after a common noun describes it; the noun is the subject.)
      const indefinite = tokens[start]!.lower === 'a' || tokens[start]!.lower === 'an';
      if (!region && !(isName(inner) && pluralOf(tokens, outer, start - 1)) && ((isName(inner) && !description) || (!isName(outerRange) && !indefinite) || outer >= start - 1)) return inner;
      // "Mission controllers in Laurel, Maryland,", "Apple, based in Cupertino, California,": the place ends a phrase about the subject before it.
      return placeModifierHead(tokens, outer, floor) ?? outerRange;
    }
    // ("Apple, led by Tim Cook, posted": the agent of a participle between commas is not the subject.)
    if (start < end && tokens[start - 1]?.lower === 'by') {
      const head = placeModifierHead(tokens, start, floor);
      if (head) return head;
    }
    return [end, end];
  }
  const end = i + 1;
  let start = collectBack(tokens, i, floor);
  // "Police in Lyon, France arrested", "Residents of Paradise, California lost": a state or country after a place's name and
  // its comma (the second comma left out) says where that place is; the subject is before it.
  if (start - 2 >= floor && tokens[start - 1]!.text === ',' && tokens[start - 2]!.cls === 'proper' && tokens[end - 1]!.cls === 'proper' && isRegion(tokens, start, end)) {
    const outer = collectBack(tokens, start - 2, floor);
    if (outer < start - 1) return placeModifierHead(tokens, outer, floor) ?? [outer, start - 1];
  }
  // "Police in Kyiv arrested", "Shares in Tesla fell", "Traffic on the bridge doubled": a noun phrase that opens its
  // clause with a phrase of where after it is the subject whole, not the place.
  if (start - 2 >= floor && start <= i && SUBJECT_PREPOSITIONS.has(tokens[start - 1]!.lower) && isNameOrNoun(tokens[start - 2]!.cls)) {
    const outer = collectBack(tokens, start - 2, floor);
    if (outer === floor || isBoundary(tokens[outer - 1]!) || tokens[outer - 1]!.timex) {
      // Past the five words a title keeps of a subject, the noun phrase before the preposition alone ("a public inquiry
      // into the awarding of a hospital contract criticised" is the inquiry), unless a name ends the place ("Officials
      // from the People's Republic of China" stays the country).
      if (wordsBut(tokens, outer, end, 'det') <= 5) start = outer;
      else if (tokens[end - 1]!.cls !== 'proper' || tokens[start - 1]!.lower === 'with' || tokens[start - 1]!.lower === 'between' || !nameOnly(tokens, start, end)) return [outer, start - 1];
    }
  }
  return [start, Math.max(start, end)];
}

/** A noun phrase that opens its clause ends right before `w` ("Negotiations with the employers broke down"). */
function subjectBefore(tokens: Token[], w: number, floor: number): boolean {
  let j = w - 1;
  if (j < floor || !isNameOrNoun(tokens[j]!.cls)) return false;
  while (j >= floor && isNPClass(tokens[j]!.cls) && !tokens[j]!.timex) j--;
  return j < 0 || (j >= floor && isBoundary(tokens[j]!)) || (j === floor - 1 && j >= 0 && isBoundary(tokens[j]!));
}

/** The noun phrase tokens[from, to) is a plural followed by "of" ("Shares of Kestrel's supplier"). */
function pluralOf(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const t = tokens[k]!;
    if (t.cls === 'noun' || t.cls === 'proper') return t.cls === 'noun' && endsInS(t.lower) && tokens[k + 1]!.lower === 'of';
  }
  return false;
}

/** The tokens in [from, to) that are not of class `cls`. */
function wordsBut(tokens: Token[], from: number, to: number, cls: Token['cls']): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.cls !== cls) n++;
  return n;
}

/** Prepositions of a phrase of where inside a subject ("Police in Kyiv", "Traffic on the bridge"). */
const SUBJECT_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'from', 'outside', 'inside', 'into', 'with', 'between']);

/** tokens[from, to) are a noun phrase and nothing else (a subject right before its verb; "the mall and waterfront" too). */
function subjectOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isNPClass(tokens[k]!.cls) && !(tokens[k]!.lower === 'and' && k > from && k + 1 < to && tokens[k + 1]!.cls !== 'pron')) return false;
  return true;
}

/** A present-tense verb form by the lexicon ("opens", "install"), or an -s form of a verb it lists only as a plural noun ("patches", "bans"). */
function presentVerb(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (tags.includes('PresentTense') || tags.includes('Infinitive')) return true;
  if (lower.length < 4 || lower.charCodeAt(lower.length - 1) !== 0x73) return false;
  const stem = lower.endsWith('es') && lexiconTags(lower.slice(0, -2)).includes('Infinitive') ? lower.slice(0, -2) : lower.slice(0, -1);
  return lexiconTags(stem).includes('Infinitive');
}

/** A word of four letters or more ending in one "s" ("bans", not "glass"). */
function endsInS(lower: string): boolean {
  const n = lower.length;
  return n >= 4 && lower.charCodeAt(n - 1) === 0x73 && lower.charCodeAt(n - 2) !== 0x73;
}

/** A plural subject right before `i` ("Engineers", "Jobs and Wozniak"): a verb there has no -s. */
function pluralBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  return (prev.cls === 'noun' && endsInS(prev.lower)) || (i >= 3 && tokens[i - 2]!.lower === 'and' && isNameOrNoun(tokens[i - 3]!.cls));
}

/** A verb form (or a present-tense verb by the lexicon) from `i` on. */
function verbFormFrom(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const c = tokens[k]!.cls;
    if (c === 'past' || c === 'part' || c === 'be' || c === 'have' || c === 'modal' || c === 'do' || c === 'verb') return true;
  }
  return false;
}

/** A token that can open a verb's complement: a determiner, a number, a noun or name, a preposition, a time. */
function opensObject(t: Token): boolean {
  return t.cls === 'det' || t.cls === 'num' || t.cls === 'noun' || t.cls === 'proper' || t.cls === 'prep' || t.cls === 'to' || t.timex;
}

/** "California-based", "Taiwan-based": a compound of a state, region or country and "based". */
function regionBased(t: Token): boolean {
  const lower = t.lower;
  if (lower.length < 8 || !lower.endsWith('-based')) return false;
  const tags = lexiconTags(lower.slice(0, -6));
  return tags.includes('Region') || tags.includes('Country');
}

/** The words from `start` to `end` name a state, region or country ("Maryland", "New South Wales", "Argentina"). */
function isRegion(tokens: Token[], start: number, end: number): boolean {
  if (end - start > 3) return false;
  let phrase = tokens[start]!.lower;
  for (let k = start + 1; k < end; k++) phrase += ' ' + tokens[k]!.lower;
  const tags = lexiconTags(phrase);
  return tags.includes('Region') || tags.includes('Country');
}

const WHERE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'inside']);

/**
 * The subject a place at `outer` is about, when a preposition opens the place ("controllers in Laurel", "workers
 * at a plant in Flint", "Apple, based in Cupertino"): the noun phrase before the preposition(s), or the one
 * before the comma of a participle. Null when the place opens no such phrase.
 */
function placeModifierHead(tokens: Token[], outer: number, floor: number): [number, number] | null {
  let prep = outer - 1;
  if (prep <= floor || !(WHERE_PREPOSITIONS.has(tokens[prep]!.lower) || tokens[prep]!.lower === 'by')) return null;
  for (let k = prep - 1; k >= floor;) {
    const t = tokens[k]!;
    // ("Apple, led by Tim Cook,", "founded in 2016 by …": an agent, and dates with their prepositions, on the way back.)
    if (t.timex) {
      k--;
      if (k >= floor && tokens[k]!.cls === 'prep') prep = k--;
      continue;
    }
    if (t.cls === 'noun' || t.cls === 'proper') {
      const s = collectBack(tokens, k, floor);
      if (s - 2 >= floor && WHERE_PREPOSITIONS.has(tokens[s - 1]!.lower) && isNameOrNoun(tokens[s - 2]!.cls)) { prep = s - 1; k = s - 2; continue; }
      return s < prep ? [s, prep] : null;
    }
    if ((t.cls === 'part' || t.cls === 'past' || t.cls === 'adj') && k - 1 > floor && tokens[k - 1]!.text === ',') {
      const s = collectBack(tokens, k - 2, floor);
      return s < k - 1 ? [s, k - 1] : null;
    }
    return null;
  }
  return null;
}

/** A length written as one word: "six-year", "10-year", "nine-month-long", "three-day". */
const LENGTH_WORD = /^[\p{L}\d.]+-(?:year|month|week|day|hour|minute|decade|century)s?(?:-(?:old|long))?$/iu;

/** A length of time that describes the noun after it ("a second six-year term", "a two-year siege"), not a date. */
export function lengthAdjective(t: Token, next: Token): boolean {
  return t.timex && !next.timex && (next.cls === 'noun' || next.cls === 'adj' || next.cls === 'proper') && LENGTH_WORD.test(t.text);
}

/** Words of how often that news puts before a noun ("its first annual loss", "weekly unemployment benefits"). */
const SET_ADJECTIVES = new Set(['daily', 'weekly', 'monthly', 'yearly', 'annual', 'quarterly', 'nightly', 'hourly', 'biannual', 'biweekly']);

/** A word of how often, tagged a SET, that says what the noun after it measures ("its first annual loss"), not when. */
export function setAdjective(t: Token, next: Token): boolean {
  return t.timex && !next.timex && (next.cls === 'noun' || next.cls === 'adj' || next.cls === 'proper') && SET_ADJECTIVES.has(t.lower);
}

/** Kinds of place written after a place's name ("Northern province", "Carteret County"). */
const PLACE_KIND_NOUNS = new Set(['province', 'county', 'state', 'region', 'district', 'city', 'town', 'village', 'island', 'islands', 'valley', 'river', 'prefecture', 'governorate']);
/** How an object was sent moving ("sent markets tumbling"); not "sent a signal confirming…". */
const MOTION_ING = new Set(['tumbling', 'soaring', 'plunging', 'reeling', 'sliding', 'spiralling', 'spiraling', 'crashing', 'flying', 'racing',
  'scrambling', 'fleeing', 'running', 'packing', 'sprawling', 'skidding', 'plummeting', 'surging', 'rocketing']);
/** Verbs that move their object somewhere ("sent revenue down"). */
const MOVING_VERBS = new Set(['send', 'drive', 'push', 'pull', 'drag', 'force', 'bring', 'knock', 'put', 'lift']);
/** Where an object is moved to, after it. */
const DIRECTION_WORDS = new Set(['down', 'up', 'higher', 'lower', 'back', 'out', 'off', 'away', 'home', 'overseas', 'abroad']);

/** Verbs whose object can be followed by what it was made to do ("caused the river to burst its banks"). */
const CAUSATIVE = new Set(['cause', 'force', 'prompt', 'allow', 'lead', 'push', 'ask', 'order', 'urge', 'enable', 'help', 'drive',
  'persuade', 'compel', 'require', 'invite', 'encourage', 'tell', 'convince', 'get', 'pressure', 'oblige', 'permit', 'authorize', 'authorise']);

/** Phrases of the state an object ends in ("under control", "into custody"): they complete the verb. */
const RESULT_STATES = new Set(['under control', 'into custody', 'to safety', 'to justice', 'on fire', 'into law', 'on hold', 'in half',
  'to death', 'to rest', 'out of', 'into service', 'into orbit', 'into exile', 'to hospital', 'behind bars', 'in custody', 'on trial', 'in jail', 'to jail', 'to prison']);

/** Verbs whose object can be an -ing form ("began moving money", "kept raising rates"). */
const ASPECT_VERBS = new Set(['begin', 'start', 'stop', 'continue', 'keep', 'resume', 'finish', 'quit', 'cease']);

/**
 * Where a time expression from `k` that ends in a possessive ("Sunday's", "last year's") before a noun phrase
 * ends (the index after it), else `k`.
 */
function possessiveTimeEnd(tokens: Token[], k: number, ceiling: number): number {
  let e = k;
  while (e < ceiling && tokens[e]!.timex) e++;
  if (e === k || e >= ceiling) return k;
  const last = tokens[e - 1]!.lower;
  const n = last.length;
  if (!(n > 2 && last.charCodeAt(n - 1) === 0x73 && last.charCodeAt(n - 2) === 0x27)) return k;
  const next = tokens[e]!.cls;
  return next === 'noun' || next === 'adj' || next === 'proper' ? e : k;
}

/** Classes that end an object: sub, rel, modal, be, have, do, past, ing, coord. */
function isObjectStop(c: string): boolean {
  return c === 'past' || c === 'be' || c === 'coord' || c === 'sub' || c === 'rel' || c === 'have' || c === 'ing' || c === 'modal' || c === 'do';
}

/** Object or complement after the verb group: a noun phrase, "of"-chains, or one prepositional phrase. */
function findObject(tokens: Token[], p: Predicate, ceiling: number): { object: [number, number]; agent: [number, number] | undefined } {
  let i = p.after;
  let agent: [number, number] | undefined;
  if (p.voice === 'passive') {
    const k = skipAdverbs(tokens, i, 1);
    if (tokens[k]?.lower === 'by' && !tokens[k]!.timex) {
      const a = nounPhrase(tokens, k + 1, ceiling);
      // ("completed by 1260": a year the tagger left untagged is no doer.)
      if (a > k + 1 && !(a === k + 2 && tokens[k + 1]!.cls === 'num')) {
        agent = [k + 1, a];
        i = a;
      }
    }
  }
  let start = skipAdverbs(tokens, i, 1);
  // "rose more than 6%": the comparison is part of the complement; so is "more" before a noun ("sold more planes than Boeing").
  if (tokens[start]?.lower === 'than' && start > i && COMPARATIVES.has(tokens[start - 1]!.lower)) start--;
  else if (start > i && COMPARATIVES.has(tokens[start - 1]!.lower) && (tokens[start]!.cls === 'noun' || tokens[start]!.cls === 'adj')) start--;
  // "marked one year since a magnitude 9.0 earthquake", "celebrated 50 years of marriage": a length of time
  // followed by "since" or "of" and a noun phrase is the object itself, not a date.
  const lengthEnd = lengthAsObject(tokens, start, ceiling);
  if (lengthEnd > start) return { object: [start, lengthEnd], agent };
  let k = start;
  let preps = 0;
  while (k < ceiling && k - start < 9) {
    const t = tokens[k]!;
    // "southern Turkey and northern Syria": "and" joining two noun phrases stays in the object.
    if (t.cls === 'coord' && t.lower === 'and' && k > start && isNameOrNoun(tokens[k - 1]!.cls) && k + 1 < tokens.length && opensNounPhrase(tokens[k + 1]!.cls) && !tokens[k + 1]!.timex) { k++; continue; }
    // "won Sunday's general election", "delayed last year's vote": a possessive time right after the verb is the determiner of its object.
    if (t.timex && k === start) {
      const past = possessiveTimeEnd(tokens, k, ceiling);
      if (past > k) { k = past; continue; }
    }
    // "won a second six-year term", "ended a two-year siege": a length before a noun describes it.
    if (t.timex && k + 1 < ceiling && (lengthAdjective(t, tokens[k + 1]!) || setAdjective(t, tokens[k + 1]!))) { k++; continue; }
    // "began moving money", "stopped paying rent": the -ing form of an aspect verb's object opens it.
    if (t.cls === 'ing' && k === start && ASPECT_VERBS.has(p.lemma)) { k++; continue; }
    // ("a $1.2 billion chip packaging plant", "its desktop operating system": an -ing form between two singular nouns names a
    // kind of the one after it; not "users putting cases", "value following efforts".)
    if (t.cls === 'ing' && k > start && isNameOrNoun(tokens[k - 1]!.cls) && !endsInS(tokens[k - 1]!.lower) && k + 1 < ceiling && tokens[k + 1]!.cls === 'noun'
      && !tokens[k + 1]!.timex && !endsInS(tokens[k + 1]!.lower)) { k++; continue; }
    if (t.timex || (t.cls === 'punct' && t.text !== '’' && t.text !== "'") || isObjectStop(t.cls)) break;
    // ("described trackways left by a large animal", "a measure backed by the governor": a modifier with its agent ends the object.)
    if (t.cls === 'adj' && k > start && tokens[k + 1]?.lower === 'by' && isNameOrNoun(tokens[k - 1]!.cls) && PAST_SPELLING.test(t.lower)) break;
    // "in a referendum that Kiev and the West called illegal": a relative clause is not part of the object.
    if (k > start && t.lower === 'that') break;
    if (t.cls === 'to') {
      const next = tokens[k + 1];
      // "opted to clear the city": only verbs that take an infinitive keep it as their object.
      if (next && isBaseVerb(next) && k === start && CATENATIVE.has(p.lemma)) { k += 2; continue; }
      // "caused the Elbe river to burst its banks", "forced the airline to cancel flights": what the object was made to do.
      if (next && isBaseVerb(next) && k > start && preps === 0 && CAUSATIVE.has(p.lemma)) { k += 2; continue; }
      if (!next || isBaseVerb(next)) break;
      preps++;
      // ("transferred from Russia to Ukraine": "from" … "to" is one span of the complement.)
      if ((preps > 1 || (k > start && p.voice === 'passive')) && !(preps === 2 && tokens[start]!.lower === 'from')) break;
      k++;
      continue;
    }
    // "brought the blaze under control", "signed the bill into law": a phrase of the state the object ends in.
    if (t.cls === 'prep' && k > start && preps === 0 && k + 1 < ceiling && RESULT_STATES.has(t.lower + ' ' + tokens[k + 1]!.lower)) { k += 2; continue; }
    // "reclassified it as a dwarf planet": "as" after the direct object opens its complement.
    if (t.lower === 'as' && k > start && preps === 0 && opensNounPhrase(tokens[k + 1]?.cls ?? 'punct')) { k++; continue; }
    if (t.cls === 'prep' && t.lower !== 'of') {
      preps++;
      // ("pursued him into the mountains of Tora Bora": a pronoun alone says little; the place it went to stays.)
      if (preps === 1 && k === start + 1 && tokens[start]!.cls === 'pron' && DIRECTIONS.has(t.lower)) { k++; continue; }
      if (preps > 1 || (k > start && !(k === start + 1 && tokens[start]!.cls === 'prep'))) {
        // One prepositional phrase is kept only when it is the whole complement ("to Mosul").
        if (k !== start) break;
      }
    }
    if (t.cls === 'verb' && k > start) break;
    k++;
  }
  // "voted 52-48 on Monday to confirm Barrett": the purpose after the date belongs to the happening.
  const atDate = tokens[k]?.timex ? k : tokens[k]?.cls === 'prep' && tokens[k + 1]?.timex ? k + 1 : -1;
  if (atDate >= 0 && k - start <= 3) {
    let j = atDate;
    while (j < ceiling && tokens[j]!.timex) j++;
    const to = tokens[j], verb = tokens[j + 1];
    if (to?.cls === 'to' && verb && isBaseVerb(verb)) {
      // "agreed in June to give up 40 slots": a particle stays with its verb.
      const from = PARTICLES.has(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2;
      const end = nounPhrase(tokens, from, ceiling);
      if (end > from) return { object: [start, end], agent };
    }
  }
  // A short object may take the place it happened in: "made landfall in Florida", "arrested a man in Leeds".
  const place = tokens[k];
  if (k > start && k - start <= 3 && place && !place.timex && PLACE_PREPOSITIONS.has(place.lower)) {
    let e = k + 1;
    while (e < ceiling && tokens[e]!.cls === 'proper' && !tokens[e]!.timex) e++;
    // ("travelled to a funeral in Northern province": the kind of place after its name is in it.)
    if (e > k + 1 && e < ceiling && PLACE_KIND_NOUNS.has(tokens[e]!.lower)) e++;
    if (e > k + 1) k = e;
  }
  // "sent the chipmaker's revenue down", "drove prices higher": where the object was moved to.
  const moved = tokens[k];
  // ("sent markets tumbling": how, as an -ing form.)
  if (k > start && moved !== undefined && k < ceiling && !moved.timex && (DIRECTION_WORDS.has(moved.lower) || MOTION_ING.has(moved.lower)) && MOVING_VERBS.has(p.lemma)) k++;
  return { object: [start, Math.max(start, k)], agent };
}

/** Spelt like a past form: regular, or one of the irregular forms that stand after a noun with "by" ("left", "held", "led"…). */
const PAST_SPELLING = /(?:ed|en|left|held|led|made|built|won|found|hit|set|paid|sold|bought|brought|caught|kept|lost|run|shot|taught|told|thrown|worn|done|seen)$/;

/** Units of a length of time, as the last word of one ("one year", "50 years"). */
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries', 'hour', 'hours']);

/** Where "one year since a magnitude 9.0 earthquake" (a length of time, "since" or "of", a noun phrase) from `start` ends, else `start`. */
export function lengthAsObject(tokens: Token[], start: number, ceiling: number): number {
  let j = start;
  while (j < ceiling && tokens[j]!.timex) j++;
  if (j === start || j + 1 >= ceiling || !TIME_UNITS.has(tokens[j - 1]!.lower)) return start;
  const link = tokens[j]!.lower;
  if (link !== 'since' && link !== 'of') return start;
  const end = nounPhrase(tokens, j + 1, ceiling);
  return end > j + 1 ? end : start;
}

function nounPhrase(tokens: Token[], from: number, ceiling: number): number {
  let k = from;
  while (k < ceiling) {
    const t = tokens[k]!;
    if (t.timex) break;
    // After "by", a word that could be a verb is a noun ("destroyed by floods").
    if (isNPClass(t.cls) || (t.cls === 'verb' && k === from) || (t.lower === 'of' && isNPClass(tokens[k + 1]?.cls ?? 'punct'))) { k++; continue; }
    if (t.text === '(' ) {
      const close = tokens.findIndex((u, n) => n > k && u.text === ')');
      if (close > 0 && close < ceiling) { k = close + 1; continue; }
    }
    break;
  }
  return k;
}

/**
 * The predicates of a tokenised sentence, each with its region and subject; those that can report
 * a happening (past, not a state, neither negated nor hedged) are also checked for an absolute
 * phrase ("with three seconds left", made a state) and read for their object and agent.
 */
/** The predicates of a sentence; `historical`: a line of a chronology ("- 1968: The bridge opens"), whose present tense tells the past. */
export function analyseClauses(tokens: Token[], historical = false): Predicate[] {
  const preds = findVerbGroups(tokens, historical);
  // Each clause starts at the last boundary between the previous verb group and this one.
  for (let n = 0; n < preds.length; n++) {
    const p = preds[n]!;
    const floor = n === 0 ? 0 : preds[n - 1]!.after;
    let start = n === 0 ? 0 : p.first;
    let subordinate = false;
    // (The first clause starts at the sentence's start: no boundary to look for.)
    if (n > 0) {
      for (let k = p.first - 1; k >= floor; k--) {
        if (isBoundary(tokens[k]!)) {
          start = k;
          break;
        }
      }
    }
    // Subordinate when a subordinator or relative opens the stretch before the verb, with no comma between.
    for (let k = p.first - 1; k >= floor; k--) {
      const t = tokens[k]!;
      if (t.cls === 'punct' && isBoundaryPunct(t.text)) break;
      if (t.cls === 'sub' || t.cls === 'rel' || t.lower === 'as' || (t.lower === 'that' && k === skipAdverbs(tokens, p.first - 1, -1))) {
        subordinate = true;
        // "cheered as the signal arrived": "as" with a subject and this verb opens a clause, so it ends the verb before's object.
        if (t.cls === 'prep' && k + 1 < p.first && subjectOnly(tokens, k + 1, p.first)) t.cls = 'sub';
        break;
      }
    }
    p.regionStart = start;
    p.subordinate = subordinate;
    // Stored on every predicate (a store first reached in compiled code deoptimises it).
    // Hedges are looked for only where they can matter: on a past, unnegated verb group that is no state.
    let hedged = false;
    if (p.form !== 'state' && !p.negated && p.tense === 'past') {
      for (let k = p.first; k <= p.verb; k++) if (tokens[k] && isHedge(tokens[k]!.lower)) hedged = true;
      for (let k = Math.max(floor, p.first - 3); k < p.first; k++) if (isHedge(tokens[k]!.lower)) hedged = true;
    }
    p.hedged = hedged;
  }
  for (let n = 0; n < preds.length; n++) {
    const p = preds[n]!;
    p.regionEnd = n + 1 < preds.length ? preds[n + 1]!.regionStart : tokens.length;
    if (p.regionEnd <= p.regionStart) p.regionEnd = Math.max(p.after, p.regionStart + 1);
    // What a verb declares ("that he would step down") is read whatever its tense: it may be the title's object.
    const declared = n > 0 && preds[n - 1]!.content >= 0 && preds[n - 1]!.content < p.first;
    // The infinitive only where it is read: compromise's conversion of a new word costs, and most predicates are no candidates.
    if (p.lemmaOf !== '' && p.form !== 'state' && ((!p.negated && !p.hedged && p.tense === 'past') || declared)) {
      p.lemma = infinitive(p.lemma, p.lemmaOf);
      p.lemmaOf = '';
    }
    const particle = p.after < tokens.length ? tokens[p.after] : undefined;
    if (particle && PARTICLES.has(particle.lower) && p.form !== 'state') {
      const next = tokens[p.after + 1];
      // "took out the last…": a particle before a noun phrase belongs to the verb.
      // …or one that ends the verb ("fighting broke out in the capital", "the talks broke down.").
      if (!next || next.cls === 'det' || next.cls === 'proper' || next.cls === 'noun' || next.cls === 'num' || next.cls === 'prep' || next.cls === 'punct' || next.timex) {
        if (particle.lower === 'out' || particle.lower === 'up' || particle.lower === 'down' || particle.lower === 'off' || particle.lower === 'back' || particle.lower === 'away' || particle.lower === 'over') {
          p.lemma = `${p.lemma} ${particle.lower}`;
          p.after++;
        }
      }
    }
    const floor = n === 0 ? 0 : preds[n - 1]!.after;
    p.subject = findSubject(tokens, p, Math.max(floor, 0));
    // Only a predicate that can report a happening (past, not a state, neither negated nor hedged)
    // is read further; the others bound clauses and name subjects (object left empty), but for a declared clause.
    if (declared && (p.form === 'state' || p.negated || p.tense !== 'past')) {
      p.object = findObject(tokens, p, n + 1 < preds.length ? preds[n + 1]!.first : tokens.length).object;
      continue;
    }
    if (p.form === 'state' || p.negated || p.hedged || p.tense !== 'past') continue;
    // "with three seconds left": an absolute phrase, not a clause.
    let w = p.first - 1;
    while (w >= 0 && (tokens[w]!.timex || isNPClass(tokens[w]!.cls))) w--;
    // ("Negotiations with the employers broke down": a "with" after a noun is in the subject.)
    if (w < p.first - 1 && (tokens[w]?.lower === 'with' || tokens[w]?.lower === 'without') && !subjectBefore(tokens, w, floor)) { p.form = 'state'; continue; }
    const ceiling = n + 1 < preds.length ? preds[n + 1]!.first : tokens.length;
    const o = findObject(tokens, p, ceiling);
    p.object = o.object;
    if (o.agent) p.agent = o.agent;
  }
  return preds;
}
