/**
 * The in-page parser: the only panel module that imports the engine (and with it chrono-node).
 * It is loaded with a dynamic import() so the engine is its own chunk, fetched on first use.
 */
import type { Diagnostic, Timeline } from '../../src/model.ts';
import { addSources, type SourceInput } from '../../src/pipeline.ts';
import type { LocalSourceInput } from './contract.ts';

const FRONT_MATTER = /^\uFEFF?---\r?\n/;
/** The closing line of a front matter, after its opening one. */
const CLOSING = /^---[ \t]*\r?$/m;

/** The form's fields as front-matter keys, with the names (aliases included) that mean the same. */
function formKeys(input: LocalSourceInput): { line: string; names: RegExp }[] {
  const keys: { line: string; names: RegExp }[] = [];
  if (input.headline) keys.push({ line: `headline: ${JSON.stringify(input.headline)}`, names: /^(headline|title)[ \t]*:/im });
  if (input.referenceDate) keys.push({ line: `datePublished: ${JSON.stringify(input.referenceDate)}`, names: /^(datePublished|date)[ \t]*:/im });
  return keys;
}

/**
 * A pasted text with a date or headline becomes a source with front matter (JSON strings are
 * valid YAML double-quoted scalars, so any headline is safe). A text with its own front matter
 * gets the keys it lacks, after its first line (the form's date was silently lost before).
 * Returns where lines were added (after line `addedAfter`) and how many.
 */
export function toSourceInput(input: LocalSourceInput): { input: SourceInput; addedLines: number; addedAfter: number } {
  const keys = formKeys(input);
  const asIs = { input: { file: input.file, content: input.text }, addedLines: 0, addedAfter: 0 };
  if (keys.length === 0) return asIs;
  if (!FRONT_MATTER.test(input.text)) {
    const header = ['---', ...keys.map((k) => k.line), '---', ''].join('\n');
    return { input: { file: input.file, content: header + input.text }, addedLines: keys.length + 2, addedAfter: 0 };
  }
  const first = input.text.indexOf('\n') + 1;
  const close = CLOSING.exec(input.text.slice(first));
  // No closing line: the front matter is broken and the reader will be told; leave it as written.
  if (!close) return asIs;
  const block = input.text.slice(first, first + close.index);
  const missing = keys.filter((k) => !k.names.test(block));
  if (missing.length === 0) return asIs;
  const content = input.text.slice(0, first) + missing.map((k) => `${k.line}\n`).join('') + input.text.slice(first);
  return { input: { file: input.file, content }, addedLines: missing.length, addedAfter: 1 };
}

/** Lines in messages about a pasted text count from its own lines, not from the keys we added. */
function shiftLines(diagnostics: Diagnostic[], shifts: ReadonlyMap<string, { after: number; count: number }>): Diagnostic[] {
  return diagnostics.map((d) => {
    const s = shifts.get(d.file);
    if (!s || typeof d.line !== 'number' || d.line <= s.after) return d;
    const { line, ...rest } = d;
    return line > s.after + s.count ? { ...rest, line: line - s.count } : rest;
  });
}

/** The base timeline with the local inputs read, extracted and merged in (marked local). */
export async function mergeLocalSources(base: Timeline, inputs: readonly LocalSourceInput[]): Promise<Timeline> {
  const converted = inputs.map(toSourceInput);
  const shifts = new Map(converted.filter((c) => c.addedLines > 0).map((c) => [c.input.file, { after: c.addedAfter, count: c.addedLines }] as const));
  const merged = addSources(base, converted.map((c) => c.input));
  return { ...merged, diagnostics: shiftLines(merged.diagnostics, shifts) };
}
