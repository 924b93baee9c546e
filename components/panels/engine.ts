/**
 * The in-page parser: the only panel module that imports the engine (and with it chrono-node).
 * It is loaded with a dynamic import() so the engine is its own chunk, fetched on first use.
 */
import type { Diagnostic, Timeline } from '../../src/model.ts';
import { addSources, type SourceInput } from '../../src/pipeline.ts';
import type { LocalSourceInput } from './contract.ts';

const FRONT_MATTER = /^\uFEFF?---\r?\n/;

/**
 * A pasted text with a date or headline becomes a source with front matter (JSON strings are
 * valid YAML double-quoted scalars, so any headline is safe). Returns how many lines were added.
 */
export function toSourceInput(input: LocalSourceInput): { input: SourceInput; addedLines: number } {
  const keys: string[] = [];
  if (input.headline) keys.push(`headline: ${JSON.stringify(input.headline)}`);
  if (input.referenceDate) keys.push(`datePublished: ${JSON.stringify(input.referenceDate)}`);
  if (keys.length === 0 || FRONT_MATTER.test(input.text)) return { input: { file: input.file, content: input.text }, addedLines: 0 };
  const header = ['---', ...keys, '---', ''].join('\n');
  return { input: { file: input.file, content: header + input.text }, addedLines: keys.length + 2 };
}

/** Lines in messages about a pasted text count from its first line, not from our header. */
function shiftLines(diagnostics: Diagnostic[], shifts: ReadonlyMap<string, number>): Diagnostic[] {
  return diagnostics.map((d) => {
    const n = shifts.get(d.file);
    if (!n || typeof d.line !== 'number') return d;
    const { line, ...rest } = d;
    return line > n ? { ...rest, line: line - n } : rest;
  });
}

/** The base timeline with the local inputs read, extracted and merged in (marked local). */
export async function mergeLocalSources(base: Timeline, inputs: readonly LocalSourceInput[]): Promise<Timeline> {
  const converted = inputs.map(toSourceInput);
  const shifts = new Map(converted.filter((c) => c.addedLines > 0).map((c) => [c.input.file, c.addedLines] as const));
  const merged = addSources(base, converted.map((c) => c.input));
  return { ...merged, diagnostics: shiftLines(merged.diagnostics, shifts) };
}
