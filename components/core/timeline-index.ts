import type { Source, Timeline, TimelineEvent } from '../../src/model.ts';
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
  sourceCount: Uint16Array;
  lanes: Lane[];
  byId: Map<string, number>;
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

const haystacks = new WeakMap<TimelineEvent, string>();

function haystack(e: TimelineEvent): string {
  let h = haystacks.get(e);
  if (h === undefined) {
    h = (String(e.title) + '\n' + (Array.isArray(e.mentions) ? e.mentions.map((m) => m.text).join('\n') : '')).toLowerCase();
    haystacks.set(e, h);
  }
  return h;
}

function sourceLabel(s: Source): string {
  return s.publisher || s.headline || s.file || s.id;
}

export function buildIndex(timeline: Timeline | null, options: IndexOptions): TimelineIndex {
  const all = timeline?.events ?? [];
  const sources = timeline?.sources ?? [];
  const query = options.query?.trim().toLowerCase() ?? '';
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
    const ext = eventExtent(e);
    if (!ext) {
      invalid.push(e);
      continue;
    }
    total++;
    if (ext.start < allMin) allMin = ext.start;
    if (ext.end > allMax) allMax = ext.end;
    if (hiddenEvents.has(e.id)) continue;
    const mentions = e.mentions ?? [];
    if (hiddenSources.size && mentions.length && mentions.every((m) => hiddenSources.has(m.source))) continue;
    if (query && !haystack(e).includes(query)) continue;
    kept.push(e);
    starts.push(ext.start);
    ends.push(ext.end);
  }

  const n = kept.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i && (starts[i]! < starts[i - 1]! || (starts[i] === starts[i - 1] && ends[i]! < ends[i - 1]!))) sorted = false;
  }
  if (!sorted) order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!);

  const laneOf = new Map<string, number>();
  const lanes: Lane[] = [];
  if (options.lanes === 'source') {
    const used = new Set<string>();
    for (const e of kept) {
      const first = e.mentions?.[0]?.source;
      used.add(first ?? '');
    }
    for (const s of sources) {
      if (used.has(s.id) && !laneOf.has(s.id)) {
        laneOf.set(s.id, lanes.length);
        lanes.push({ id: s.id, label: sourceLabel(s) });
      }
    }
    for (const id of used) {
      if (!laneOf.has(id)) {
        laneOf.set(id, lanes.length);
        lanes.push({ id, label: id || 'Unknown source' });
      }
    }
  }
  if (!lanes.length) lanes.push({ id: '', label: 'Events' });

  const events: TimelineEvent[] = new Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const flags = new Uint8Array(n);
  const lane = new Uint16Array(n);
  const sourceCount = new Uint16Array(n);
  const byId = new Map<string, number>();
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
    const mentions = e.mentions ?? [];
    if (mentions.length <= 1) sourceCount[i] = mentions.length;
    else sourceCount[i] = new Set(mentions.map((m) => m.source)).size;
    lane[i] = options.lanes === 'source' ? laneOf.get(mentions[0]?.source ?? '') ?? 0 : 0;
    if (!byId.has(e.id)) byId.set(e.id, i);
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (start[i]! < min) min = start[i]!;
    if (end[i]! > max) max = end[i]!;
  }
  return { events, start, end, flags, lane, sourceCount, lanes, byId, maxSpan, min, max, invalid, total, allMin, allMax };
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
