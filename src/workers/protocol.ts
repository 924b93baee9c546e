import type { SourceExtraction } from '../events/types.ts';
import type { ParsedSource } from '../sources/types.ts';

/** Main thread → worker: extract the events of one source. */
export interface ExtractTask {
  index: number;
  parsed: ParsedSource;
}

/** Worker → main thread: the extraction, or why it failed (the other sources go on). */
export type ExtractReply =
  | { index: number; extraction: SourceExtraction }
  | { index: number; error: string; stack?: string };
