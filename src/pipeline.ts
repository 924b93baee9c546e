/**
 * The engine's entry point: source files in, a Timeline out. Pure (no DOM, no Node API), so the
 * CLI, the Vite plugin and the browser all run the same code. The steps are exported so the CLI
 * can run the per-source ones on worker threads (every value between them is plain JSON):
 *
 *   readSource (per file) → inferReferenceDates (all sources) → extractSource (per source) → assembleTimeline (all)
 */
import { MODEL_VERSION, type Diagnostic, type Source, type Timeline, type TimelineEvent } from './model.ts';
import { readSource } from './sources/read-source.ts';
import { uniqueSourceIds } from './sources/source-id.ts';
import type { ParsedSource, SourceInput } from './sources/types.ts';
import { extractSource } from './events/extract.ts';
import { inferReferenceDates } from './events/reference-date.ts';
import type { ExtractedEvent, SourceExtraction } from './events/types.ts';
import { mergeExtractions } from './merge/merge.ts';

export { readSource } from './sources/read-source.ts';
export { extractSource } from './events/extract.ts';
export { inferReferenceDates } from './events/reference-date.ts';
export type { ExtractedEvent, SourceExtraction } from './events/types.ts';
export type { ParsedSource, SourceInput } from './sources/types.ts';

export interface BuildOptions {
  /** ISO date-time to stamp the timeline with (defaults to now; informative only). */
  generatedAt?: string;
}

function compareFiles(a: ParsedSource, b: ParsedSource): number {
  return a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0;
}

/**
 * The cross-source steps before extraction: unique ids (in file order, so the input order does not
 * matter) and inferred reference dates for undated sources.
 */
export function prepareSources(parsed: readonly ParsedSource[]): ParsedSource[] {
  return inferReferenceDates(uniqueSourceIds([...parsed].sort(compareFiles)));
}

/** 1-based line in the source file of an offset in its body. */
export function fileLine(parsed: ParsedSource, offset: number): number {
  let line = parsed.bodyLine;
  const end = Math.min(offset, parsed.body.length);
  for (let i = parsed.body.indexOf('\n'); i !== -1 && i < end; i = parsed.body.indexOf('\n', i + 1)) line++;
  return line;
}

/** Merge per-source extractions into the Timeline (sources, events, diagnostics in a stable order). */
export function assembleTimeline(
  parsed: readonly ParsedSource[],
  extractions: readonly SourceExtraction[],
  options: BuildOptions = {},
): Timeline {
  const byId = new Map(parsed.map((p) => [p.source.id, p]));
  const merged = mergeExtractions(extractions, {
    file: (id) => byId.get(id)?.source.file ?? id,
    line: (id, offset) => {
      const p = byId.get(id);
      return p ? fileLine(p, offset) : undefined;
    },
  });
  const sources: Source[] = [...parsed].sort(compareFiles).map((p) => p.source);
  const diagnostics: Diagnostic[] = [
    ...parsed.flatMap((p) => p.diagnostics),
    ...extractions.flatMap((x) => x.diagnostics),
    ...merged.diagnostics,
  ].sort(compareDiagnostics);
  return {
    version: MODEL_VERSION,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    sources,
    events: merged.events,
    diagnostics,
  };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0)
    || (a.severity < b.severity ? -1 : a.severity > b.severity ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Sources in, Timeline out: the whole pipeline in one thread. Never throws for a bad source. */
export function buildTimeline(inputs: readonly SourceInput[], options: BuildOptions = {}): Timeline {
  const parsed = prepareSources(inputs.map((input) => readSource(input)));
  return assembleTimeline(parsed, parsed.map((p) => extractSource(p)), options);
}

/** A Source of an existing timeline as a ParsedSource again (its text is the body). */
function reparse(source: Source): ParsedSource {
  return { source, body: source.text ?? '', bodyLine: 1, diagnostics: [], ok: true };
}

/**
 * Sources added in the browser: read them, mark them local, and rebuild the timeline with the
 * existing sources (whose text the timeline carries). Existing diagnostics are kept; a source
 * without text keeps its events as they were. Never throws for a bad input.
 */
export function addSources(timeline: Timeline, inputs: readonly SourceInput[], options: BuildOptions = {}): Timeline {
  const existing = timeline.sources.filter((s) => typeof s.text === 'string').map(reparse);
  const textless = new Set(timeline.sources.filter((s) => typeof s.text !== 'string').map((s) => s.id));
  const added = inputs.map((input) => {
    const p = readSource(input);
    return { ...p, source: { ...p.source, local: true } };
  });
  const parsed = prepareSources([...existing, ...added]);
  const extractions = parsed.map((p) => extractSource(p));
  // Events of sources without text cannot be re-extracted: carry their mentions over as they are.
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  for (const e of timeline.events) keptMentions(e, textless, extractions, byId);
  const rebuilt = assembleTimeline(parsed, extractions, options);
  // Reading diagnostics of the existing sources live only in the old timeline; the rest is rebuilt.
  const seen = new Set<string>();
  const diagnostics = [...timeline.diagnostics, ...rebuilt.diagnostics].filter((d) => {
    const key = `${d.file}\u0000${d.line ?? ''}\u0000${d.severity}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort(compareDiagnostics);
  const kept = timeline.sources.filter((s) => textless.has(s.id));
  return { ...rebuilt, sources: [...rebuilt.sources, ...kept], diagnostics };
}

function keptMentions(e: TimelineEvent, textless: Set<string>, extractions: SourceExtraction[], sources: ReadonlyMap<string, Source>): void {
  for (const m of e.mentions) {
    if (!textless.has(m.source)) continue;
    let x = extractions.find((s) => s.source === m.source);
    if (!x) extractions.push((x = { source: m.source, events: [], diagnostics: [] }));
    // The signature is not in the model: read the mention's own sentence again to recover it.
    const source = sources.get(m.source);
    const again = source ? extractSource({ source: { ...source, text: m.text }, body: m.text, bodyLine: 1, diagnostics: [], ok: true }) : null;
    const same = again?.events.find((a) => a.title === e.title);
    const kept: ExtractedEvent = {
      title: e.title, start: e.start, granularity: e.granularity, inferred: e.inferred, mention: m,
      signature: same?.signature ?? e.title.toLowerCase().split(/\s+/).filter(Boolean),
    };
    if (e.end) kept.end = e.end;
    if (e.qualifier) kept.qualifier = e.qualifier;
    x.events.push(kept);
  }
}
