/**
 * Word knowledge for clause analysis: closed word classes we list ourselves, and compromise's
 * lexicon and verb inflection (lookups only: running its tagger per sentence would cost twenty
 * times a chrono call, and the pipeline must stay faster than chrono on every sentence).
 */
import nlp from 'compromise/two';

interface VerbForms {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | string[] | undefined> } };
  methods: {
    two: {
      transform: {
        verb: {
          toInfinitive(word: string, model: unknown, form: string): string;
          conjugate(infinitive: string, model: unknown): VerbForms;
        };
      };
    };
  };
}

let world: CompromiseWorld | undefined;
function getWorld(): CompromiseWorld {
  world ??= nlp.world() as CompromiseWorld;
  return world;
}

let lexicon: Record<string, string | string[] | undefined> | undefined;
const NO_TAGS: readonly string[] = [];
/** One shared one-tag list per tag: most entries hold a single tag, and callers only read the list. */
const singleTags = new Map<string, readonly string[]>();

/**
 * Lists of the words asked for, by the asked string itself: a word's tokens share one string, whose
 * hash V8 keeps, so a hit is one Map probe (reading the lexicon object by a string key first looks
 * the key up among V8's internalized strings).
 */
const tagsOf = new Map<string, readonly string[]>();

/** compromise's lexicon tags for a lower-cased word (or phrase), as a list (never to be changed). */
export function lexiconTags(lower: string): readonly string[] {
  let tags = tagsOf.get(lower);
  if (tags === undefined) {
    tags = lexiconEntry(lower);
    if (tagsOf.size >= 100_000) tagsOf.clear();
    tagsOf.set(lower, tags);
  }
  return tags;
}

function lexiconEntry(lower: string): readonly string[] {
  lexicon ??= getWorld().model.one.lexicon;
  const t = lexicon[lower];
  // One lookup: entries are strings or lists; an inherited property ("constructor", "__proto__") is neither.
  if (Array.isArray(t)) return t;
  if (typeof t !== 'string') return NO_TAGS;
  let tags = singleTags.get(t);
  if (tags === undefined) {
    tags = [t];
    singleTags.set(t, tags);
  }
  return tags;
}

type VerbForm = 'PastTense' | 'Participle' | 'Gerund' | 'PresentTense';
/** One table per form: no key string is built per lookup. */
const infinitives: Record<VerbForm, Map<string, string>> = {
  PastTense: new Map(), Participle: new Map(), Gerund: new Map(), PresentTense: new Map(),
};
/** The infinitive of a verb form ("retook", "retaken", "retaking" → "retake"). */
/** The verb `inf` has `lower` as its past or its participle (asked only when a new word's infinitive is worked out). */
function conjugatesTo(inf: string, lower: string): boolean {
  const w = getWorld();
  const forms = w.methods.two.transform.verb.conjugate(inf, w.model);
  // (compromise leaves the participle out when it is spelt as the infinitive: "run".)
  return forms.PastTense === lower || (forms.Participle ?? forms.Infinitive) === lower;
}

export function infinitive(lower: string, form: VerbForm): string {
  const known = infinitives[form];
  let inf = known.get(lower);
  if (inf === undefined) {
    const w = getWorld();
    try {
      inf = w.methods.two.transform.verb.toInfinitive(lower, w.model, form) || lower;
      // compromise knows irregular participles only when asked for them as such; asked as a past, it makes some up
      // ("gone" -> "gine", "done" -> "dine", "run" -> "rin": no verb whose forms give the word back).
      // (Regular forms in -ed are read right, even of verbs compromise does not know, whose conjugation it gets wrong.)
      if (form === 'PastTense' && (inf === lower || (!lower.endsWith('ed') && !conjugatesTo(inf, lower)))) {
        const participle = w.methods.two.transform.verb.toInfinitive(lower, w.model, 'Participle');
        if (participle && participle !== lower && conjugatesTo(participle, lower)) inf = participle;
        // ("run", "come": a participle spelt as its infinitive.)
        else if (participle === lower && conjugatesTo(lower, lower)) inf = lower;
        else if (inf === lower) inf = participle || lower;
      }
    } catch {
      inf = lower;
    }
    known.set(lower, inf);
  }
  return inf;
}

/** Present tense, third person singular ("retake" → "retakes"). */
/** Whether a word is the past tense (or participle) of some verb by compromise's conjugation ("left" ← "leave"). */
const pastForms = new Map<string, 'PastTense' | 'Participle' | null>();
export function pastFormOf(lower: string): 'PastTense' | 'Participle' | null {
  let form = pastForms.get(lower);
  if (form === undefined) {
    form = findPastForm(lower);
    if (pastForms.size > 100_000) pastForms.clear();
    pastForms.set(lower, form);
  }
  return form;
}

function findPastForm(lower: string): 'PastTense' | 'Participle' | null {
  const w = getWorld();
  try {
    const inf = w.methods.two.transform.verb.toInfinitive(lower, w.model, 'PastTense');
    if (!inf || inf === lower) return null;
    const forms = w.methods.two.transform.verb.conjugate(inf, w.model);
    if (forms.PastTense === lower) return 'PastTense';
    if (forms.Participle === lower) return 'Participle';
  } catch {
    return null;
  }
  return null;
}

const pastOnly = new Map<string, boolean>();
/** A simple past that is no participle ("began", "rose", "took"): it can never modify a noun. */
export function isPastOnly(lower: string): boolean {
  let known = pastOnly.get(lower);
  if (known === undefined) {
    known = false;
    if (pastFormOf(lower) === 'PastTense') {
      const w = getWorld();
      try {
        const inf = w.methods.two.transform.verb.toInfinitive(lower, w.model, 'PastTense');
        const participle = inf ? w.methods.two.transform.verb.conjugate(inf, w.model).Participle : undefined;
        known = typeof participle === 'string' && participle !== '' && participle !== lower;
      } catch {
        known = false;
      }
    }
    if (pastOnly.size > 100_000) pastOnly.clear();
    pastOnly.set(lower, known);
  }
  return known;
}

const singulars = new Map<string, string>();
export function presentSingular(inf: string): string {
  let out = singulars.get(inf);
  if (out === undefined) {
    const w = getWorld();
    try {
      out = w.methods.two.transform.verb.conjugate(inf, w.model).PresentTense || inf;
    } catch {
      out = inf;
    }
    singulars.set(inf, out);
  }
  return out;
}

/**
 * Irregular simple pasts and participles of the verbs compromise's lexicon holds (its conjugations of them:
 * "tore", "swam", "sworn", "dug"…), one word each, without those an -ed/-en ending already shows, and
 * without verbs that `exclude` (saying, feeling: "said", "felt") says report no happening.
 */
export function irregularPastForms(exclude: ReadonlySet<string>): string[] {
  const w = getWorld();
  const lex = w.model.one.lexicon;
  const out: string[] = [];
  for (const word in lex) {
    const t = lex[word];
    const past = t === 'PastTense' || (Array.isArray(t) && t.includes('PastTense'));
    if (!past && !(t === 'Participle' || (Array.isArray(t) && t.includes('Participle')))) continue;
    if (!/^[a-z]{2,}$/.test(word) || /(?:ed|en)$/.test(word)) continue;
    let inf: string;
    try {
      inf = w.methods.two.transform.verb.toInfinitive(word, w.model, past ? 'PastTense' : 'Participle') || word;
    } catch {
      inf = word;
    }
    if (!exclude.has(inf)) out.push(word);
  }
  return out;
}

/** compromise's words that end names of places and organisations ("center", "museum", "airport", "bank"…). */
let placeOrOrg: Set<string> | undefined;
export function isPlaceOrOrgWord(lower: string): boolean {
  if (placeOrOrg === undefined) {
    const two = (getWorld().model as unknown as { two: { placeWords?: Record<string, unknown>; orgWords?: Record<string, unknown> } }).two;
    placeOrOrg = new Set([...Object.keys(two.placeWords ?? {}), ...Object.keys(two.orgWords ?? {})]);
  }
  return placeOrOrg.has(lower);
}

/** compromise's abbreviations ("inc", "calif", "gen", "no"…): a full stop after one inside a sentence is part of it. */
let abbreviations: Record<string, unknown> | undefined;
export function isLexiconAbbreviation(lower: string): boolean {
  abbreviations ??= (getWorld().model.one as { abbreviations?: Record<string, unknown> }).abbreviations ?? {};
  return Object.hasOwn(abbreviations, lower);
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const DETERMINERS = words('the a an this that these those its their his her our my your some any each every no all both several many few another either neither');
export const ARTICLES = words('the a an');
export const POSSESSIVE_DETERMINERS = words('its their his her our my your');
export const PREPOSITIONS = words('of in on at by for with from to into onto over under near against during through across toward towards about around between among without within along amid amidst despite per upon via beyond throughout inside outside behind beside besides off out up down past prior');
export const SUBORDINATORS = words('after before when while as since until till because although though if once whereas unless whether where');
export const COORDINATORS = words('and or but yet nor');
export const RELATIVES = words('which who whom whose');
export const PRONOUNS = words("i you he she it we they him her them us me this that there these those i've we've you've they've i'm we're you're they're it's he's she's");
export const BE_FORMS = words('is are was were be been being am');
export const HAVE_FORMS = words('has have had having');
export const DO_FORMS = words('do does did');
export const MODALS = words('will would shall should can could may might must');
export const NEGATIONS = words('not never no n’t n\'t');
export const PARTICLES = words('out up down off over back away on in');
/** Adverbs that hedge a clause: what follows is a possibility, not a reported happening. */
export const HEDGES = words('potentially possibly perhaps maybe reportedly allegedly likely probably');

/** Verbs that state, report, feel or judge rather than happen: not events on a timeline. */
export const NON_EVENT_VERBS = words(
  'be have seem appear remain stay serve include contain consist belong own know believe think want need like love hate mean matter '
  + 'say tell report add note write explain claim state ask reply insist argue suggest accord continue expect hope wish '
  + 'consider regard describe call name see hear feel look sound get do let keep view perceive deem relate show indicate',
);

/**
 * Adjectives news uses all the time that compromise's lexicon lacks ("federal", "annual", "presidential"): read as nouns,
 * "A federal appeals court" made "appeals" its verb.
 */
export const NEWS_ADJECTIVES = words('federal annual biannual fiscal municipal provincial judicial legislative presidential parliamentary '
  + 'congressional electoral regional coastal rural domestic nuclear economic medical clinical appellate statewide nationwide bilateral '
  + 'multilateral diplomatic environmental industrial residential agricultural territorial constitutional ministerial governmental '
  + 'aerial tropical seasonal historic historical educational structural national local');

/** Verbs that take no object, so have no passive: their past form after a noun is the happening. */
export const NO_PASSIVE = words('die collapse occur happen arrive emerge disappear vanish erupt perish expire '
  + 'resign subside recede abate crumble plummet plunge soar surge tumble slump skyrocket rebound '
  + 'rally dip slide fall rise sink retreat surrender testify depart land arise elapse');

/**
 * Verbs whose saying is itself a happening: with a that-clause ("declared that the reactors had reached
 * cold shutdown") the clause is what the title says was declared. (Saying, reporting and believing stay in NON_EVENT_VERBS.)
 */
export const DECLARING_VERBS = words(
  'declare announce proclaim confirm vow pledge promise rule decide conclude admit acknowledge concede reveal disclose agree warn confess certify order '
  // ("The board recommended that railroads be required to install…": a body's recommendation or demand is its act.)
  + 'recommend urge propose demand',
);

/** Nouns of happenings that last: what a duration ("a nine-month operation") is tied to. */
export const SPAN_NOUNS = words(
  'operation operations campaign offensive siege battle war effort efforts fight mission occupation assault blockade conflict '
  + 'strike strikes protest protests investigation trial negotiation negotiations talks crisis standoff rule reign term tenure '
  + 'journey tour drought outbreak epidemic pandemic lockdown ceasefire truce program programme project process struggle hunt '
  + 'search deployment invasion insurgency uprising revolution boycott shutdown recession evacuation manhunt imprisonment '
  + 'detention sentence exile presidency administration career marriage residency construction renovation closure suspension '
  + 'ban embargo sanctions curfew dispute feud election race season',
);

/** Titles and ranks before a name ("Prime Minister Haider al-Abadi"): the name is enough in a headline. */
export const TITLE_WORDS = words(
  'president vice prime minister secretary chancellor governor senator sen. rep. representative mayor king queen prince princess '
  + 'general gen. colonel col. lieutenant lt. major maj. captain capt. sergeant sgt. commander admiral adm. chief director '
  + 'spokesman spokeswoman spokesperson leader ambassador officer judge justice pope sheikh ayatollah dr. mr. mrs. ms. '
  + 'gov. prof. rev. pres. supt. cpl. pvt. cmdr. cpt. hon. '
  + 'army navy air force marine police foreign defense defence interior finance state deputy acting former late interim',
);

/** Words that read as site furniture when a line opens with them (calls to action, credits). */
export const CALLS_TO_ACTION = words('follow send leave click subscribe sign share read watch contact like join download tap visit email comment listen register login log');

/** Normal forms of verbs that report one happening in different words. */
export const VERB_SYNONYMS: Readonly<Record<string, string>> = {
  recapture: 'retake', reclaim: 'retake', regain: 'retake', liberate: 'retake', free: 'retake',
  capture: 'seize', overrun: 'seize', 'take over': 'seize',
  begin: 'start', launch: 'start', commence: 'start', initiate: 'start',
  kill: 'kill', slay: 'kill', murder: 'kill',
  die: 'die', perish: 'die',
  visit: 'travel', 'travel to': 'travel', fly: 'travel',
  announce: 'declare', proclaim: 'declare',
  end: 'end', conclude: 'end', finish: 'end',
  arrest: 'arrest', detain: 'arrest',
  win: 'win', clinch: 'win', 'take out': 'clear', 'clear out': 'clear',
  // How news words one happening differently from paper to paper ("Quake hits Nepal", "Earthquake strikes Nepal").
  hit: 'strike', rock: 'strike', jolt: 'strike', batter: 'strike', lash: 'strike', slam: 'strike',
  reach: 'arrive',
  quit: 'resign', 'step down': 'resign',
  buy: 'acquire', purchase: 'acquire',
  slash: 'cut', axe: 'cut',
  hike: 'raise',
  beat: 'defeat', overcome: 'defeat',
  apprehend: 'arrest',
  indict: 'charge',
  'pull out': 'withdraw',
  sack: 'dismiss', oust: 'dismiss',
  name: 'appoint',
  pass: 'approve',
  introduce: 'unveil', debut: 'unveil',
  climb: 'rise', jump: 'rise', surge: 'rise', soar: 'rise', rally: 'rise',
  drop: 'fall', plunge: 'fall', tumble: 'fall', slide: 'fall', sink: 'fall', slump: 'fall', decline: 'fall',
  'pass away': 'die',
};
