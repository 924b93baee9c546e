import type { ParsingContext, ParsingOption } from 'chrono-node';
import type { Day } from './calendar.ts';

/** What our parsers read beyond chrono's reference instant: the calendar day and the narrative's time. */
export interface Anchor {
  day?: Day;
  month?: { year: number; month: number };
  year?: number;
}

export interface NarrativeState {
  /** The document's reference date; undefined when unknown (relative values then stay X). */
  reference?: Day;
  /** The time in force in the narrative: the last day, month and year mentioned (else the reference date's). Updated as sentences are tagged. */
  anchor?: Anchor;
  /** Cue words of the sentence being parsed (see cues.ts), when the caller has found them already. */
  cues?: number;
  /** The number of the sentence being parsed (tag() counts every sentence, tagged or not). */
  sentence?: number;
  /**
   * A year other than the reference's that the story sits in: named in figures ("On July 20, 1969")
   * in sentence `sentence`, or still in force there ("four days earlier" counted from it).
   */
  pastYear?: { year: number; sentence: number };
  /** The number of the sentence that last named a day (the anchor's day). */
  daySentence?: number;
  /** The days named so far, latest first (a few): "N days later" told in the past may count from an earlier one. */
  days?: Day[];
  /** The first day named in the story's opening sentences (the lede's day): the day of the news. */
  ledeDay?: Day;
  /** The last clock time told (its day and minutes after midnight) and its sentence: "at 11:05 p.m. … Two hours later". */
  clock?: { day: Day; minutes: number; sentence: number };
  /** The day in force was told in the past perfect ("On May 20, residents had testified"): a flashback, no day for a clock time said later. */
  dayFlashback?: boolean;
  /** The text being tagged and where the sentence being parsed starts in it (a live blog's entry heading opens a line). */
  body?: string;
  sentenceStart?: number;
  /** The year of birth the story told ("born … on March 3, 1937"), for years counted from an age ("at 15, … two years later"). */
  born?: number;
  /** The last entry heading of a live blog ("**10:15 p.m.** — …"): its day and minutes after midnight. */
  entry?: { day: Day; minutes: number };
}

export interface TaggingOption extends ParsingOption {
  narrative?: NarrativeState;
}

export function narrativeOf(context: ParsingContext): NarrativeState {
  return (context.option as TaggingOption).narrative ?? {};
}
