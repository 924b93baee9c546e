/** Contracts of the event stage: what one source yields before the merge across sources. */
import type { Diagnostic, Granularity, IsoDate, Mention, Qualifier } from '../model.ts';

/** One happening as one source reports it. Plain JSON: safe to post between worker threads. */
export interface ExtractedEvent {
  /** Scannable title: subject + action + object ("Iraqi forces retake east Mosul"). */
  title: string;
  start: IsoDate;
  end?: IsoDate;
  granularity: Granularity;
  qualifier?: Qualifier;
  /** The date comes from the narrative time in force, not from the clause itself. */
  inferred: boolean;
  mention: Mention;
  /**
   * Content words of the happening (lower-cased lemmas of its action and participants), sorted
   * and de-duplicated: how the merge recognises one happening reported by several sources.
   */
  signature: string[];
}

/** What extractSource returns for one source: its events and what went wrong while reading dates. */
export interface SourceExtraction {
  /** Id of the source (Source.id). */
  source: string;
  events: ExtractedEvent[];
  diagnostics: Diagnostic[];
}
