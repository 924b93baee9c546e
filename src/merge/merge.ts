/**
 * One event per happening across sources. Mentions with the same signature (action + what it
 * happened to) and overlapping dates are one happening; sources that each report it once but on
 * different dates disagree: one event, `conflict: true`, every mention kept, a warning.
 * The result does not depend on the order of the sources or of their events.
 */
import type { Diagnostic, Granularity, IsoDate, Mention, Qualifier, TimelineEvent } from '../model.ts';
import type { ExtractedEvent, SourceExtraction } from '../events/types.ts';
import { calendarDate, dayRange } from '../events/timex-date.ts';
import { contentHash } from './hash.ts';

/** Where a source's mentions are, to name a file and line in a diagnostic. */
export interface MentionLocator {
  file(source: string): string;
  line(source: string, offset: number): number | undefined;
}

const GRANULARITY_RANK: Record<Granularity, number> = { year: 0, month: 1, day: 2, time: 3 };

/** An extracted event with its source, signature key and day interval; one shape for all. */
export interface Item {
  title: string;
  start: IsoDate;
  end: IsoDate | undefined;
  granularity: Granularity;
  qualifier: Qualifier | undefined;
  inferred: boolean;
  mention: Mention;
  signature: string[];
  source: string;
  key: string;
  first: string;
  last: string;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A total order on the items of one group (one signature key), so that every later choice is
 * independent of input order.
 */
function compareItems(a: Item, b: Item): number {
  return compareText(a.first, b.first) || compareText(a.last, b.last)
    || compareText(a.source, b.source) || a.mention.start - b.mention.start || a.mention.end - b.mention.end
    || compareText(a.title, b.title);
}

/** The signature as one text, its words in order (extraction gives them sorted already). */
function signatureKey(signature: readonly string[]): string {
  for (let i = 1; i < signature.length; i++) {
    if (signature[i - 1]! > signature[i]!) return [...signature].sort().join(' ');
  }
  return signature.join(' ');
}

function interval(e: ExtractedEvent): [string, string] | null {
  const s = calendarDate(e.start);
  if (!s) return null;
  const en = e.end ? calendarDate(e.end) : null;
  return [dayRange(s)[0], dayRange(en ?? s)[1]];
}

function overlaps(a: Item, b: Item): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * Groups items into clusters of pairwise-connected overlapping dates (connected components).
 * The items come in compareItems order, which sorts them by their first day.
 */
function overlapClusters(sorted: readonly Item[]): Item[][] {
  const clusters: Item[][] = [];
  let current: Item[] = [];
  let reach = '';
  for (const it of sorted) {
    if (current.length > 0 && it.first <= reach) {
      current.push(it);
      if (it.last > reach) reach = it.last;
    } else {
      if (current.length) clusters.push(current);
      current = [it];
      reach = it.last;
    }
  }
  if (current.length) clusters.push(current);
  return clusters;
}

/** The mention whose date and title speak for the event: explicit, finest, most precise span, then canonical order. */
function representative(items: Item[]): Item {
  // The first of the order, found in one pass (a source repeated across an archive makes big groups).
  let best = items[0]!;
  let bestWords = wordCount(best.title);
  for (let k = 1; k < items.length; k++) {
    const it = items[k]!;
    const words = wordCount(it.title);
    if (better(it, words, best, bestWords) < 0) {
      best = it;
      bestWords = words;
    }
  }
  return best;
}

function better(a: Item, aWords: number, b: Item, bWords: number): number {
  return Number(a.inferred) - Number(b.inferred)
    || GRANULARITY_RANK[b.granularity] - GRANULARITY_RANK[a.granularity]
    || Number(Boolean(b.end)) - Number(Boolean(a.end))
    || bWords - aWords
    || compareItems(a, b);
}

/** Words of a title as `split(' ').length` counts them, without the array. */
function wordCount(title: string): number {
  let n = 1;
  for (let i = title.indexOf(' '); i !== -1; i = title.indexOf(' ', i + 1)) n++;
  return n;
}

/** In a conflict: the date most sources give (then the earliest), and its best mention. */
function majority(clusters: Item[][]): Item {
  const scored = clusters.map((c) => ({ rep: representative(c), sources: new Set(c.map((i) => i.source)).size }));
  scored.sort((a, b) => b.sources - a.sources || compareText(a.rep.first, b.rep.first) || compareItems(a.rep, b.rep));
  return scored[0]!.rep;
}

/**
 * Whether a happening is about something named ("retake Kidal"), which happens once; "post gains"
 * recurs, so two dates for it are two happenings, not a disagreement.
 */
function namesItsSubject(e: Item): boolean {
  const words = e.title.split(/\s+/).slice(1);
  return words.some((w) => /^\p{Lu}/u.test(w) && e.signature.includes(w.toLowerCase().replace(/['’]s$/, '')));
}

/** Dates further apart than this are two happenings ("founded Apple" in 1976, "…" in 2003), not sources that disagree. */
const CONFLICT_WINDOW_DAYS = 366;

/** Whether every cluster lies within the window of the next one, ends to starts. */
function closeEnough(clusters: readonly Item[][]): boolean {
  const spans = clusters.map((c) => [c.reduce((m, i) => (i.first < m ? i.first : m), c[0]!.first), c.reduce((m, i) => (i.last > m ? i.last : m), c[0]!.last)] as const);
  for (let k = 1; k < spans.length; k++) {
    const gap = (Date.parse(`${spans[k]![0]}T00:00:00Z`) - Date.parse(`${spans[k - 1]![1]}T00:00:00Z`)) / 86_400_000;
    if (gap > CONFLICT_WINDOW_DAYS) return false;
  }
  return true;
}

export interface MergeResult {
  events: TimelineEvent[];
  diagnostics: Diagnostic[];
}

/** Several dates, each source giving only one of them: a disagreement, not several happenings. */
function disagree(explicit: readonly Item[], explicitClusters: readonly Item[][]): boolean {
  const allSources = new Set(explicit.map((i) => i.source));
  if (allSources.size <= 1) return false;
  const eachSourceOnce = explicitClusters.reduce((n, c) => n + new Set(c.map((i) => i.source)).size, 0) === allSources.size;
  return eachSourceOnce && explicit.some(namesItsSubject) && closeEnough(explicitClusters);
}

/** The items of each signature, keys in order, each group in compareItems order. */
function groupBySignature(extractions: readonly SourceExtraction[]): Item[][] {
  const byKey = new Map<string, Item[]>();
  for (const x of extractions) {
    for (const e of x.events) {
      const range = interval(e);
      if (!range) continue;
      const key = signatureKey(e.signature);
      const item: Item = {
        title: e.title, start: e.start, end: e.end, granularity: e.granularity, qualifier: e.qualifier, inferred: e.inferred,
        mention: e.mention, signature: e.signature, source: x.source, key, first: range[0], last: range[1],
      };
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    }
  }
  // Sorting the keys, then each group, orders the items as one sort by (key, compareItems) would.
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!.sort(compareItems));
}

/** A mention dated to one day, stated in its sentence: what a same-day join may move. */
export function statedDay(it: Item): string | null {
  return !it.inferred && it.first === it.last && (it.granularity === 'day' || it.granularity === 'time') ? it.first : null;
}

/**
 * One happening told with more words in one mention than in another of the same day: "Rescuers
 * reach Kathmandu" joins "Rescuers reach Kathmandu airport", "Firm cuts jobs" joins "Firm cuts 500
 * jobs". A group's day-dated mentions move to the one group of that day whose signature holds all
 * of its words and more; with two such groups it is not clear which, and nothing moves. Groups
 * are taken widest first, so a chain of narrower ones ends in the widest. Order-independent: the
 * groups come sorted by key, and ties are broken by key.
 */
function joinNarrowerSameDay(groups: Item[][]): Item[][] {
  const words = groups.map((g) => g[0]!.key.split(' '));
  const wordSets: Array<Set<string> | undefined> = [];
  // Day → groups with a stated mention that day, and each group's days (kept current as mentions move).
  const byDay = new Map<string, Set<number>>();
  const daysOf: string[][] = groups.map(() => []);
  const index = (g: number) => {
    for (const it of groups[g]!) {
      const day = statedDay(it);
      if (!day) continue;
      const set = byDay.get(day);
      if (set) set.add(g);
      else byDay.set(day, new Set([g]));
      daysOf[g]!.push(day);
    }
  };
  groups.forEach((_, g) => index(g));
  if (byDay.size === 0) return groups;
  const isWider = (wide: number, narrow: number) => {
    if (words[wide]!.length <= words[narrow]!.length) return false;
    const have = (wordSets[wide] ??= new Set(words[wide]));
    return words[narrow]!.every((w) => have.has(w));
  };
  const order = groups.map((_, g) => g).sort((a, b) => words[b]!.length - words[a]!.length || compareText(groups[a]![0]!.key, groups[b]![0]!.key));
  const touched = new Set<number>();
  for (const g of order) {
    // A verb alone ("resign") says too little to join anything.
    if (words[g]!.length < 2 || daysOf[g]!.length === 0) continue;
    // Where each stated day goes: the one wider group of that day, else nowhere (-1).
    const target = new Map<string, number>();
    for (const day of daysOf[g]!) {
      if (target.has(day)) continue;
      let to = -1;
      for (const h of byDay.get(day)!) {
        if (h === g || !isWider(h, g)) continue;
        if (to !== -1) { to = -1; break; }
        to = h;
      }
      // (A second candidate ends the search with -1: with two wider happenings it is not clear which.)
      target.set(day, to);
    }
    if (![...target.values()].some((to) => to !== -1)) continue;
    const follow = narrativeFollower(groups[g]!, target);
    const keep: Item[] = [];
    for (const it of groups[g]!) {
      const day = statedDay(it);
      const to = day ? target.get(day)! : it.inferred ? follow(it) : -1;
      if (to === -1) keep.push(it);
      else {
        groups[to]!.push(it);
        touched.add(to);
      }
    }
    groups[g] = keep;
    for (const day of daysOf[g]!) byDay.get(day)!.delete(g);
    daysOf[g] = [];
    index(g);
  }
  for (const g of touched) groups[g]!.sort(compareItems);
  return groups.filter((group) => group.length > 0);
}

/**
 * Where a date the narrative gave goes when a group's stated days move: with the stated mentions it
 * overlaps, when every one of them went to one group (else -1). Logarithmic per item, for groups of
 * any size: stated mentions that stay, as intervals sorted by start with the running latest end;
 * days that move, sorted, with a count of where their target changes.
 */
export function narrativeFollower(group: readonly Item[], target: ReadonlyMap<string, number>): (it: Item) => number {
  const staying = group.filter((o) => !o.inferred && (statedDay(o) === null || target.get(statedDay(o)!) === -1)).sort((a, b) => compareText(a.first, b.first));
  const latestEnd: string[] = [];
  for (const o of staying) latestEnd.push(latestEnd.length && latestEnd[latestEnd.length - 1]! > o.last ? latestEnd[latestEnd.length - 1]! : o.last);
  const days = [...target].filter(([, to]) => to !== -1).sort((a, b) => compareText(a[0], b[0]));
  const changes: number[] = [0];
  for (let k = 1; k < days.length; k++) changes.push(changes[k - 1]! + (days[k]![1] !== days[k - 1]![1] ? 1 : 0));
  // Index of the first element whose key is greater than `day` (or, with `orEqual`, not less).
  const bound = (n: number, keyAt: (k: number) => string, day: string, orEqual = false) => {
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const key = keyAt(mid);
      if (key < day || (!orEqual && key === day)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (it) => {
    // A stated mention that stays and overlaps it keeps it here.
    const s = bound(staying.length, (k) => staying[k]!.first, it.last);
    if (s > 0 && latestEnd[s - 1]! >= it.first) return -1;
    const from = bound(days.length, (k) => days[k]![0], it.first, true);
    const to = bound(days.length, (k) => days[k]![0], it.last);
    if (from >= to) return -1;
    return changes[to - 1]! - changes[from]! === 0 ? days[from]![1] : -1;
  };
}

/** Share of words two signatures have in common (Jaccard), from sorted word lists. */
function overlapShare(a: readonly string[], b: readonly string[]): { shared: number; share: number } {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) shared++, i++, j++;
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return { shared, share: shared / (a.length + b.length - shared) };
}

/** Half the words shared, two at least: "ISF clear last remaining ISIS forces" and "… take out last of ISIS fighters". */
const CO_MENTION_SHARE = 0.5;

/**
 * Sentences of different sources that tell one happening (a group holds a mention from each) tell
 * the rest of what they say alike: "Victory was declared after ISF cleared the last remaining ISIS
 * forces…" and "Victory was declared after the Iraqi Special Forces took out the last of the ISIS
 * fighters…" merged on "Victory declared", so their other happenings of the same dates merge when
 * their signatures share half their words. Sentences linked this way form classes (union-find);
 * within a class, mentions of one date in groups alike enough join the group with the most words
 * (then the first key). Linear in the mentions, whatever the size of a group.
 */
function joinCoMentioned(groups: Item[][]): Item[][] {
  // Each mention's sentence as one text, made once (it is looked up four times below).
  const ids = new Map<Item, string>();
  for (const group of groups) for (const it of group) ids.set(it, `${it.source}\u0000${it.mention.start}\u0000${it.mention.end}`);
  const sentenceOf = (it: Item) => ids.get(it)!;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a), rb = find(b);
    // The smaller id is the root, so that classes do not depend on the order of the unions.
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  let linked = false;
  for (const group of groups) {
    for (const it of group) {
      const id = sentenceOf(it);
      if (!parent.has(id)) parent.set(id, id);
    }
    // Mentions of one happening: same signature and overlapping dates ("post gains" on two dates is two).
    for (const cluster of overlapClusters(group)) {
      const first = sentenceOf(cluster[0]!);
      for (let k = 1; k < cluster.length; k++) {
        const id = sentenceOf(cluster[k]!);
        if (id !== first) union(first, id), (linked = true);
      }
    }
  }
  if (!linked) return groups;
  // (class, dates) → group → its mentions there; only buckets reached by two groups matter.
  const buckets = new Map<string, Map<number, Item[]>>();
  groups.forEach((group, g) => {
    for (const it of group) {
      const key = `${find(sentenceOf(it))}\u0000${it.first}\u0000${it.last}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = new Map()));
      const list = bucket.get(g);
      if (list) list.push(it);
      else bucket.set(g, [it]);
    }
  });
  const words = groups.map((g) => g[0]!.key.split(' '));
  const moves = new Map<number, Map<Item, number>>();
  for (const bucket of buckets.values()) {
    if (bucket.size < 2) continue;
    // Groups of one class and dates alike enough, joined transitively; each component goes to its widest group.
    const members = [...bucket.keys()].sort((a, b) => a - b);
    // A sentence that tells both tells two happenings ("development, begun two years ago, has been pushed back").
    const sentences = new Map(members.map((g) => [g, new Set(bucket.get(g)!.map(sentenceOf))]));
    const apart = (a: number, b: number) => [...sentences.get(a)!].some((id) => sentences.get(b)!.has(id));
    const top = new Map(members.map((g) => [g, g]));
    const root = (g: number): number => (top.get(g) === g ? g : root(top.get(g)!));
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const { shared, share } = overlapShare(words[members[x]!]!, words[members[y]!]!);
        if (shared < 2 || share < CO_MENTION_SHARE) continue;
        const [a, b] = [root(members[x]!), root(members[y]!)];
        // (Components keep the sentences of all their groups, so no chain joins two happenings of one sentence.)
        if (a === b || apart(a, b)) continue;
        const wider = words[a]!.length > words[b]!.length || (words[a]!.length === words[b]!.length && compareText(groups[a]![0]!.key, groups[b]![0]!.key) <= 0) ? a : b;
        const narrower = wider === a ? b : a;
        top.set(narrower, wider);
        for (const id of sentences.get(narrower)!) sentences.get(wider)!.add(id);
      }
    }
    for (const g of members) {
      const to = root(g);
      if (to === g) continue;
      let m = moves.get(g);
      if (!m) moves.set(g, (m = new Map()));
      for (const it of bucket.get(g)!) m.set(it, to);
    }
  }
  if (moves.size === 0) return groups;
  const out = groups.map((group) => [...group]);
  const touched = new Set<number>();
  for (const [g, m] of moves) {
    out[g] = out[g]!.filter((it) => !m.has(it));
    for (const [it, to] of m) {
      out[to]!.push(it);
      touched.add(to);
    }
  }
  for (const g of touched) out[g]!.sort(compareItems);
  return out.filter((group) => group.length > 0);
}

export function mergeExtractions(extractions: readonly SourceExtraction[], locate: MentionLocator): MergeResult {
  const events: TimelineEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const group of joinCoMentioned(joinNarrowerSameDay(groupBySignature(extractions)))) {
    const explicit: Item[] = [];
    const inferred: Item[] = [];
    for (const it of group) (it.inferred ? inferred : explicit).push(it);
    const explicitClusters = overlapClusters(explicit);
    const clusters: Array<{ items: Item[]; conflict: boolean }> = [];
    if (explicitClusters.length > 1 && disagree(explicit, explicitClusters)) {
      clusters.push({ items: explicitClusters.flat(), conflict: true });
    } else {
      for (const c of explicitClusters) clusters.push({ items: c, conflict: false });
    }
    // A date inferred from the narrative joins a happening it agrees with; else it stands alone.
    const loose: Item[] = [];
    for (const it of inferred) {
      const home = clusters.find((c) => c.items.some((o) => !o.inferred && overlaps(o, it)));
      if (home) home.items.push(it);
      else loose.push(it);
    }
    for (const c of overlapClusters(loose)) clusters.push({ items: c, conflict: false });

    for (const c of clusters) {
      const rep = c.conflict ? majority(explicitClusters) : representative(c.items);
      const mentions: Mention[] = c.items
        .map((i) => i.mention)
        .sort((a, b) => compareText(a.source, b.source) || a.start - b.start || a.end - b.end);
      const event: TimelineEvent = {
        id: '',
        title: rep.title,
        start: rep.start,
        granularity: rep.granularity,
        inferred: c.items.every((i) => i.inferred),
        mentions: dedupeMentions(mentions),
      };
      if (rep.end) event.end = rep.end;
      if (rep.qualifier) event.qualifier = rep.qualifier;
      if (c.conflict) {
        event.conflict = true;
        diagnostics.push(conflictDiagnostic(rep, c.items, locate));
      }
      event.id = `e-${contentHash(`${rep.key}|${rep.start}|${rep.end ?? ''}|${event.title}`)}`;
      events.push(event);
    }
  }

  events.sort((a, b) => compareText(a.start, b.start) || compareText(a.end ?? '', b.end ?? '')
    || compareText(a.title, b.title) || compareText(a.id, b.id));
  // Ids come from content; two events with the same content get a stable ordinal suffix.
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}-${n + 1}`;
  }
  return { events, diagnostics };
}

function dedupeMentions(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.source === m.source && prev.start === m.start && prev.end === m.end && prev.dateStart === m.dateStart) continue;
    out.push(m);
  }
  return out;
}

function conflictDiagnostic(rep: Item, items: Item[], locate: MentionLocator): Diagnostic {
  const claims = items
    .filter((i) => !i.inferred)
    .map((i) => {
      const line = locate.line(i.source, i.mention.start);
      return `${locate.file(i.source)}${line ? `:${line}` : ''} says ${i.end ? `${i.start} to ${i.end}` : i.start}${i.mention.dateText ? ` ("${i.mention.dateText}")` : ''}`;
    });
  const line = locate.line(rep.source, rep.mention.start);
  const d: Diagnostic = {
    file: locate.file(rep.source),
    severity: 'warning',
    message: `sources disagree on the date of "${rep.title}": ${claims.join('; ')}. The timeline shows ${rep.start} and keeps every mention; check the sources.`,
  };
  if (line) d.line = line;
  return d;
}
