/**
 * The Timeline model: the one contract between the engine (src/) and the view (components/).
 *
 * Bump MODEL_VERSION on any change a consumer could notice, and update
 * `schema/timeline.schema.json` with it (tests check one against the other).
 */

export const MODEL_VERSION = 1 as const;

/** ISO 8601 at the event's granularity: `2014`, `2016-10`, `2017-07-08`, `2017-07-08T14:30`. */
export type IsoDate = string;

export type Granularity = 'year' | 'month' | 'day' | 'time';

/**
 * How the date of an event is qualified, from TIMEX3 `mod` and the text:
 * `start`/`mid`/`end` ("early", "mid", "late/end of"), `approx` ("about", "nearly"),
 * `before`/`after` ("before", "after", "since", "until", "by").
 */
export type Qualifier = 'start' | 'mid' | 'end' | 'approx' | 'before' | 'after';

export type ReferenceDateOrigin = 'dateModified' | 'datePublished' | 'inferred' | 'none';

export interface Timeline {
  version: typeof MODEL_VERSION;
  /** ISO 8601 date-time when the timeline was generated (informative only). */
  generatedAt: string;
  sources: Source[];
  events: TimelineEvent[];
  diagnostics: Diagnostic[];
}

export interface Source {
  /** Stable id, unique in a timeline: the file name without extension, made unique. */
  id: string;
  /** The file as given (relative path or name). */
  file: string;
  headline?: string;
  author?: string;
  publisher?: string;
  url?: string;
  /** ISO 8601 date or date-time, as in the front matter. */
  datePublished?: string;
  dateModified?: string;
  /** The date relative expressions are resolved against (ISO 8601 day). */
  referenceDate?: IsoDate;
  referenceDateOrigin: ReferenceDateOrigin;
  /** The source's body (text after the front matter), which mention offsets index into. */
  text?: string;
  /** True when the source was added in the browser rather than read from data/. */
  local?: boolean;
}

export interface TimelineEvent {
  id: string;
  title: string;
  start: IsoDate;
  end?: IsoDate;
  granularity: Granularity;
  qualifier?: Qualifier;
  /** True when the date comes from the narrative around the sentence, not from the sentence itself. */
  inferred: boolean;
  mentions: Mention[];
  /** Sources disagree on the date of this happening; see the mentions and diagnostics. */
  conflict?: boolean;
}

export interface Mention {
  /** Source id. */
  source: string;
  /** The clause or sentence reporting the happening. */
  text: string;
  /** Offsets of `text` in the source's body (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The time expression as written ("in October"), empty when the date was inferred. */
  dateText: string;
  /** Offsets of the time expression in the source's body. */
  dateStart: number;
  dateEnd: number;
  /** The TIMEX3 value the time expression was understood as (`2016-10`, `P9M`…). */
  timex?: string;
}

export interface Diagnostic {
  file: string;
  /** 1-based line in the file, where the problem has one. */
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}
