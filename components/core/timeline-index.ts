import type { Source, Timeline, TimelineEvent } from '../../src/model.ts';
import { matchesTerms, searchKey, searchTerms } from './search-key.ts';
import { eventExtent, type Ms } from './time.ts';

/** Mark flags, one byte per event. */
export const POINT = 1;
export const FUZZY = 2;
export const INFERRED = 4;
export const CONFLICT = 8;

export interface Lane {
  /** Source id, or '' for the single lane / events without a known source. */
  id: string;
  label: string;
}

/** What the view shows, decided by the element's state. */
export interface IndexOptions {
  lanes: 'source' | 'none';
  query?: string;
  hiddenSources?: ReadonlySet<string>;
  hiddenEvents?: ReadonlySet<string>;
}

/**
 * The events ready to draw: valid, filtered, sorted by time, with typed arrays for the hot loops
 * (visible-window search, canvas density, layout). Built once per data or filter change.
 */
export interface TimelineIndex {
  events: TimelineEvent[];
  start: Float64Array;
  end: Float64Array;
  flags: Uint8Array;
  lane: Uint16Array;
  /** Number of distinct sources reporting each event (corroboration). */
  sourceCount: Uint32Array;
  lanes: Lane[];
  byId: IdLookup;
  /** Longest event, so a window search can start early enough to catch spans reaching in. */
  maxSpan: Ms;
  min: Ms;
  max: Ms;
  /** Events whose dates could not be read (left out of the view). */
  invalid: TimelineEvent[];
  /** Events before filtering (valid ones). */
  total: number;
  /** Time range of every valid event, filtered or not: the zoom limits do not move with a filter. */
  allMin: Ms;
  allMax: Ms;
}

const GRANULARITIES: ReadonlySet<unknown> = new Set(['year', 'month', 'day', 'time']);
const QUALIFIERS: ReadonlySet<unknown> = new Set([undefined, 'start', 'mid', 'end', 'approx', 'before', 'after']);

/**
 * An event whose fields the view can show as they are: an id and title that are strings, a
 * granularity and qualifier of the model, a mentions list. Anything else (a number, an object
 * whose toString throws) could break the rendering of every text that quotes it; such events are
 * left out with the unreadable ones (the check after the first frame then says why).
 */
export function drawable(e: unknown): e is TimelineEvent {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return typeof o.id === 'string' && typeof o.title === 'string' && GRANULARITIES.has(o.granularity) && QUALIFIERS.has(o.qualifier) && Array.isArray(o.mentions);
}

/** Event id → position, built on first use: a 100k-entry Map is not worth building for a view nobody selects in. */
export class IdLookup {
  private map: Map<string, number> | null = null;
  constructor(private events: readonly TimelineEvent[]) {}
  private build(): Map<string, number> {
    if (!this.map) {
      this.map = new Map();
      this.events.forEach((e, i) => {
        if (!this.map!.has(e.id)) this.map!.set(e.id, i);
      });
    }
    return this.map;
  }
  get(id: string): number | undefined {
    return this.build().get(id);
  }
  has(id: string): boolean {
    return this.build().has(id);
  }
}

const haystacks = new WeakMap<TimelineEvent, string>();

function haystack(e: TimelineEvent): string {
  let h = haystacks.get(e);
  if (h === undefined) {
    h = searchKey(String(e.title) + '\n' + e.mentions.map((m) => (typeof m === 'object' && m !== null ? String(m.text) : '')).join('\n'));
    haystacks.set(e, h);
  }
  return h;
}

function sourceLabel(s: Source): string {
  return s.publisher || s.headline || s.file || s.id;
}

/**
 * The permutation sorting events by (start, end). Packs minute and position into one float so the
 * engine's native numeric sort does the work (about 5x faster than a comparator at 100k), then an
 * insertion pass settles ties within a minute exactly.
 */
export function sortOrder(starts: readonly number[], ends: readonly number[]): Uint32Array {
  const n = starts.length;
  const order = new Uint32Array(n);
  let sorted = true;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (starts[i]! < min) min = starts[i]!;
    if (i && (starts[i]! < starts[i - 1]! || (starts[i] === starts[i - 1] && ends[i]! < ends[i - 1]!))) sorted = false;
  }
  if (sorted) return order;
  const cmp = (a: number, b: number) => starts[a]! - starts[b]! || ends[a]! - ends[b]!;
  const shift = 2 ** Math.ceil(Math.log2(n + 1));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = Math.floor((starts[i]! - min) / 60_000) * shift + i;
    if (!(key < Number.MAX_SAFE_INTEGER)) return order.sort(cmp);
    keys[i] = key;
  }
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = keys[i]! % shift;
  for (let i = 1; i < n; i++) {
    const v = order[i]!;
    let j = i;
    while (j > 0 && cmp(order[j - 1]!, v) > 0) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = v;
  }
  return order;
}

export function buildIndex(timeline: Timeline | null, options: IndexOptions): TimelineIndex {
  const all = timeline?.events ?? [];
  const sources = timeline?.sources ?? [];
  const terms = searchTerms(options.query ?? '');
  const hiddenSources = options.hiddenSources ?? new Set<string>();
  const hiddenEvents = options.hiddenEvents ?? new Set<string>();

  const kept: TimelineEvent[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const invalid: TimelineEvent[] = [];
  let total = 0;
  let allMin = Infinity;
  let allMax = -Infinity;
  for (const e of all) {
    // Read defensively: data given in code is drawn before it is checked (see DataController.set).
    const ext = drawable(e) ? eventExtent(e) : null;
    if (!ext) {
      invalid.push(e);
      continue;
    }
    total++;
    if (ext.start < allMin) allMin = ext.start;
    if (ext.end > allMax) allMax = ext.end;
    if (hiddenEvents.size && hiddenEvents.has(e.id)) continue;
    const mentions = e.mentions ?? [];
    if (hiddenSources.size && mentions.length && mentions.every((m) => hiddenSources.has(m?.source))) continue;
    if (terms.length && !matchesTerms(haystack(e), terms)) continue;
    kept.push(e);
    starts.push(ext.start);
    ends.push(ext.end);
  }

  const order = sortOrder(starts, ends);
  const n = order.length;

  const laneOf = new Map<string, number>();
  const lanes: Lane[] = [];
  if (options.lanes === 'source') {
    const used = new Set<string>();
    const heads: (string | undefined)[] = [];
    for (const e of kept) {
      const first = e.mentions[0]?.source;
      used.add(first ?? '');
    }
    for (const s of sources) {
      if (used.has(s.id) && !laneOf.has(s.id)) {
        laneOf.set(s.id, lanes.length);
        lanes.push({ id: s.id, label: sourceLabel(s) });
        heads.push(s.headline);
      }
    }
    for (const id of used) {
      if (!laneOf.has(id)) {
        laneOf.set(id, lanes.length);
        lanes.push({ id, label: id || 'Unknown source' });
      }
    }
    // Two articles of one publisher would be two lanes of one name: their headlines tell them apart.
    const seen = new Map<string, number>();
    for (const l of lanes) seen.set(l.label, (seen.get(l.label) ?? 0) + 1);
    lanes.forEach((l, i) => {
      const h = heads[i];
      if (seen.get(l.label)! > 1 && h && h !== l.label) l.label += `: ${h}`;
    });
    if (lanes.length > MAX_LANES) foldLanes(lanes, laneOf, kept);
  }
  if (!lanes.length) lanes.push({ id: '', label: 'Events' });

  const events: TimelineEvent[] = new Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const flags = new Uint8Array(n);
  const lane = new Uint16Array(n);
  const sourceCount = new Uint32Array(n);
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    const j = order[i]!;
    const e = kept[j]!;
    events[i] = e;
    start[i] = starts[j]!;
    end[i] = ends[j]!;
    maxSpan = Math.max(maxSpan, end[i]! - start[i]!);
    let f = 0;
    const hasEnd = e.end !== undefined && e.end !== '' && e.end !== e.start;
    if (!hasEnd && (e.granularity === 'day' || e.granularity === 'time')) f |= POINT;
    if (e.granularity === 'year' || e.granularity === 'month' || e.qualifier === 'approx' || e.qualifier === 'before' || e.qualifier === 'after') f |= FUZZY;
    if (e.inferred) f |= INFERRED;
    if (e.conflict) f |= CONFLICT;
    flags[i] = f;
    const mentions = e.mentions;
    sourceCount[i] = mentions.length <= 1 ? mentions.length : distinctSources(mentions);
    lane[i] = options.lanes === 'source' ? laneOf.get(mentions[0]?.source ?? '') ?? 0 : 0;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (start[i]! < min) min = start[i]!;
    if (end[i]! > max) max = end[i]!;
  }
  const byId = new IdLookup(events);
  return { events, start, end, flags, lane, sourceCount, lanes, byId, maxSpan, min, max, invalid, total, allMin, allMax };
}

/** Lanes drawn one per source at most; past this the sources with fewest events share one lane (2,000 lanes made a 140,000 px plot). */
export const MAX_LANES = 24;
/** The id of that shared lane: no source id can be it (ids are non-empty text without NUL). */
export const OTHER_LANE = '\u0000other';

/** Keeps the MAX_LANES - 1 lanes with the most events, in their order, and folds the rest into one. */
function foldLanes(lanes: Lane[], laneOf: Map<string, number>, kept: readonly TimelineEvent[]): void {
  const counts = new Map<string, number>();
  for (const e of kept) {
    const id = e.mentions[0]?.source ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const keep = new Set(
    [...lanes]
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
      .slice(0, MAX_LANES - 1)
      .map((l) => l.id),
  );
  const all = lanes.splice(0);
  for (const l of all) if (keep.has(l.id)) lanes.push(l);
  laneOf.clear();
  lanes.forEach((l, i) => laneOf.set(l.id, i));
  const other = lanes.length;
  const folded = all.filter((l) => !keep.has(l.id));
  for (const l of folded) laneOf.set(l.id, other);
  lanes.push({ id: OTHER_LANE, label: `${folded.length.toLocaleString('en')} other sources` });
}

/** Distinct source ids among a few mentions, without allocating a Set per event (a Set past a few: the pairwise test is quadratic). */
function distinctSources(mentions: TimelineEvent['mentions']): number {
  if (mentions.length > 16) return new Set(mentions.map((m) => m?.source)).size;
  let n = 0;
  for (let a = 0; a < mentions.length; a++) {
    const id = mentions[a]?.source;
    let seen = false;
    for (let b = 0; b < a && !seen; b++) seen = mentions[b]?.source === id;
    if (!seen) n++;
  }
  return n;
}

/** First index whose start is >= t (binary search over the sorted starts). */
export function lowerBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index range [from, to) of events that may overlap [t0, t1]; callers check `end` for spans. */
export function visibleRange(index: TimelineIndex, t0: Ms, t1: Ms): [number, number] {
  const from = lowerBound(index.start, t0 - index.maxSpan);
  let to = lowerBound(index.start, t1);
  while (to < index.start.length && index.start[to] === t1) to++;
  return [from, to];
}
