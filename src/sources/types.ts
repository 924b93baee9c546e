import type { Diagnostic, Source } from '../model.ts';

/** A file as it reaches the engine: the edges (CLI, Vite plugin, browser drop) do the reading. */
export interface SourceInput {
  /** Path or name as shown to the user (relative to the project when it can be). */
  file: string;
  /** Raw bytes (preferred: lets the reader detect encodings) or already-decoded text. */
  content: Uint8Array | string;
}

/** A source read and checked: metadata, the body the offsets index into, and what was wrong. */
export interface ParsedSource {
  source: Source;
  /** Text after the front matter (normalised to LF line endings, BOM removed). */
  body: string;
  /** 1-based line in the file where the body starts (for diagnostics on body positions). */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** False when the source could not be read at all (it contributes no events). */
  ok: boolean;
}
