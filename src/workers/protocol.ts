import type { SourceExtraction } from '../events/types.ts';
import type { ParsedSource } from '../sources/types.ts';
import type { Timex } from '../temporal/types.ts';

/** Main thread → worker: extract the events of one source. */
export interface ExtractTask {
  index: number;
  parsed: ParsedSource;
}

/** Worker → main thread: the extraction, or why it failed (the other sources go on). */
export type ExtractReply =
  | { index: number; extraction: SourceExtraction }
  | { index: number; error: string; stack?: string };

/** Main thread → tagging worker: tag these sources' bodies (a batch, to keep messages few). */
export interface TagTask {
  items: Array<{ index: number; body: string; referenceDate?: string }>;
}

/** Tagging worker → main thread, per source: its time expressions, or why tagging failed. */
export type TagReply =
  | { index: number; timexes: Timex[] }
  | { index: number; error: string; stack?: string };
