import { MODEL_VERSION } from './model.ts';
import type { Diagnostic, Granularity, Mention, Qualifier, ReferenceDateOrigin, Source, Timeline, TimelineEvent } from './model.ts';

/**
 * Salvage a Timeline from untrusted JSON (the element's `src`): keep what is valid, drop what is
 * not, and say what was dropped and why. Dependency-free and small: it ships in the embed bundle.
 * `timeline` is null only when nothing can be used (not an object, or another model version).
 */
export function checkTimeline(value: unknown): { timeline: Timeline | null; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(value)) return { timeline: null, problems: [`the data is ${kind(value)}, not a timeline object`] };
  if (value.version !== MODEL_VERSION) {
    if (value.version !== undefined) {
      return { timeline: null, problems: [`the data is timeline version ${shown(value.version, 20)}; this element reads version ${MODEL_VERSION}`] };
    }
    problems.push(`the data has no "version" (expected ${MODEL_VERSION}); read as version ${MODEL_VERSION}`);
  }
  const sources = list(value, 'sources', problems).flatMap((s, i) => {
    const source = checkSource(s);
    if (typeof source === 'string') { problems.push(`source ${i + 1} dropped: ${source}`); return []; }
    return [source];
  });
  const texts = new Map(sources.map((s) => [s.id, s.text?.length]));
  const ids = new Set<string>();
  const events = list(value, 'events', problems).flatMap((e, i) => {
    const event = checkEvent(e, texts);
    const name = isObject(e) && typeof e.id === 'string' ? `"${e.id.slice(0, 40)}"` : String(i + 1);
    if (typeof event === 'string') { problems.push(`event ${name} dropped: ${event}`); return []; }
    if (ids.has(event.id)) { problems.push(`event ${name} dropped: its id is used twice`); return []; }
    ids.add(event.id);
    return [event];
  });
  const diagnostics = list(value, 'diagnostics', problems).filter((d): d is Diagnostic => {
    const ok = isObject(d) && typeof d.file === 'string' && typeof d.message === 'string' && d.message !== ''
      && (d.severity === 'error' || d.severity === 'warning') && (d.line === undefined || isCount(d.line, 1));
    if (!ok) problems.push('a diagnostic without file, severity and message was dropped');
    return ok;
  });
  let generatedAt = typeof value.generatedAt === 'string' ? value.generatedAt : '';
  if (!DATE_TIME.test(generatedAt) || Number.isNaN(Date.parse(generatedAt))) {
    // Informative only: an unknown generation time is written as the epoch rather than refused.
    if (value.generatedAt !== undefined) problems.push(`"generatedAt" ${shown(value.generatedAt, 40)} is not an ISO 8601 date-time; ignored`);
    generatedAt = new Date(0).toISOString();
  }
  return { timeline: { version: MODEL_VERSION, generatedAt, sources, events, diagnostics }, problems };
}

/** ISO 8601 at year, month, day or minute granularity (optionally seconds and a zone). */
export const ISO_DATE = /^-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const GRANULARITIES: readonly Granularity[] = ['year', 'month', 'day', 'time'];
const QUALIFIERS: readonly Qualifier[] = ['start', 'mid', 'end', 'approx', 'before', 'after'];
const ORIGINS: readonly ReferenceDateOrigin[] = ['dateModified', 'datePublished', 'inferred', 'none'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min = 0): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : `${/^[aeiou]/.test(typeof v) ? 'an' : 'a'} ${typeof v}`);
/**
 * A value quoted in a message, cut to `max` characters. As JSON, never through String(): data may
 * hold {"toString": null}, which String() throws on; a value JSON cannot write (a cycle, a bigint) is named by its kind.
 */
function shown(v: unknown, max: number): string {
  try {
    return (JSON.stringify(v) ?? kind(v)).slice(0, max);
  } catch {
    return kind(v);
  }
}

function list(value: Obj, key: string, problems: string[]): unknown[] {
  const v = value[key];
  if (Array.isArray(v)) return v;
  if (v !== undefined) problems.push(`"${key}" is ${kind(v)}, not a list; ignored`);
  else if (key !== 'diagnostics') problems.push(`the data has no "${key}"`);
  return [];
}

function checkSource(s: unknown): Source | string {
  if (!isObject(s)) return `it is ${kind(s)}`;
  if (typeof s.id !== 'string' || s.id === '') return 'it has no id';
  const source: Source = {
    id: s.id,
    file: typeof s.file === 'string' ? s.file : s.id,
    referenceDateOrigin: ORIGINS.includes(s.referenceDateOrigin as ReferenceDateOrigin) ? (s.referenceDateOrigin as ReferenceDateOrigin) : 'none',
  };
  for (const key of ['headline', 'author', 'publisher', 'datePublished', 'dateModified', 'text'] as const) {
    if (typeof s[key] === 'string') source[key] = s[key];
  }
  // A link the element would open must be a web address; anything else (javascript:…) is dropped.
  if (typeof s.url === 'string' && /^https?:\/\//.test(s.url)) source.url = s.url;
  if (typeof s.referenceDate === 'string' && ISO_DATE.test(s.referenceDate) && /^-?\d{4}-\d{2}-\d{2}$/.test(s.referenceDate)) source.referenceDate = s.referenceDate;
  if (s.local === true) source.local = true;
  return source;
}

/** `texts`: length of each source's text, so mention offsets can be checked against it. */
function checkEvent(e: unknown, texts: ReadonlyMap<string, number | undefined>): TimelineEvent | string {
  if (!isObject(e)) return `it is ${kind(e)}`;
  if (typeof e.id !== 'string' || e.id === '') return 'it has no id';
  if (typeof e.title !== 'string') return 'it has no title';
  if (typeof e.start !== 'string' || !ISO_DATE.test(e.start)) return `its start ${shown(e.start, 40)} is not an ISO 8601 date`;
  if (e.end !== undefined && (typeof e.end !== 'string' || !ISO_DATE.test(e.end))) return `its end ${shown(e.end, 40)} is not an ISO 8601 date`;
  if (!GRANULARITIES.includes(e.granularity as Granularity)) return `its granularity ${shown(e.granularity, 20)} is not year, month, day or time`;
  if (!Array.isArray(e.mentions)) return 'it has no mentions list';
  const mentions = e.mentions.filter((m): m is Mention => {
    if (!isMention(m)) return false;
    const length = texts.get(m.source);
    return length === undefined || (m.end <= length && m.dateEnd <= length);
  });
  if (mentions.length === 0 && e.mentions.length > 0) return 'none of its mentions is valid';
  const event: TimelineEvent = {
    id: e.id, title: e.title, start: e.start, granularity: e.granularity as Granularity,
    inferred: e.inferred === true, mentions,
  };
  if (typeof e.end === 'string') event.end = e.end;
  if (QUALIFIERS.includes(e.qualifier as Qualifier)) event.qualifier = e.qualifier as Qualifier;
  if (e.conflict === true) event.conflict = true;
  return event;
}

function isMention(m: unknown): m is Mention {
  return isObject(m) && typeof m.source === 'string' && m.source !== '' && typeof m.text === 'string' && typeof m.dateText === 'string'
    && isCount(m.start) && isCount(m.end) && m.end >= m.start && isCount(m.dateStart) && isCount(m.dateEnd) && m.dateEnd >= m.dateStart
    && (m.timex === undefined || typeof m.timex === 'string');
}
