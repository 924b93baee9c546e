import type { Diagnostic } from '../model.ts';
import { parsePlainEntries } from './plain-entries.ts';
import { parseYamlEntries, TOO_DEEP, type ParsedYaml } from './yaml-entries.ts';

/** Front matter split from the body, parsed, with the file line of each key. */
export interface FrontMatter {
  /** The parsed mapping (empty when there is none or it was not a mapping). */
  data: Record<string, unknown>;
  /** 1-based file line of each top-level key. */
  keyLines: Map<string, number>;
  body: string;
  bodyLine: number;
  present: boolean;
  diagnostics: Diagnostic[];
}

const YAML_KEY_LINE = /^(?:[A-Za-z_][\w-]{0,63}[ \t]*:|#|[ \t]|-[ \t]|$)/;

/** Line starts of an LF-normalised text, found in one linear pass. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The first line after line 0 that is a fence, and the line starts up to the line after it
 * (all of them when there is none). Only the front matter is scanned, not the whole article.
 */
function findFence(text: string, closers: readonly string[]): { starts: number[]; close: number } {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    const next = text.indexOf('\n', i + 1);
    if (isFence(text.slice(i + 1, next === -1 ? text.length : next), closers)) {
      if (next !== -1) starts.push(next + 1);
      return { starts, close: starts.length - (next === -1 ? 1 : 2) };
    }
    i = next;
  }
  return { starts, close: -1 };
}

function lineAt(text: string, starts: number[], index: number): string {
  const start = starts[index]!;
  const next = starts[index + 1];
  return text.slice(start, next === undefined ? text.length : next - 1);
}

function isFence(line: string, closers: readonly string[]): boolean {
  return closers.includes(line.trimEnd());
}

/**
 * Split `---` front matter from an LF-normalised text and parse it as YAML, keeping file line
 * numbers. A broken front matter never loses the body: its errors are reported with the line
 * in the file and whatever keys parsed are kept.
 */
/** Lines of front matter whose YAML errors are named one by one; past them, one diagnostic counts the rest. */
export const MAX_ERROR_LINES_NAMED = 10;

export function readFrontMatter(file: string, text: string): FrontMatter {
  const diagnostics: Diagnostic[] = [];
  const empty = { data: {}, keyLines: new Map<string, number>(), diagnostics };
  const firstEnd = text.indexOf('\n');
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  if (firstLine.trimEnd() === '+++' && firstEnd !== -1) return skipToml(file, text, diagnostics);
  if (firstLine.trimEnd() !== '---' || firstEnd === -1) {
    return { ...empty, body: text, bodyLine: 1, present: false };
  }
  const fence = findFence(text, ['---', '...']);
  const { close } = fence;
  let { starts } = fence;
  let yamlEnd: number; // index of the first line after the YAML
  let bodyStartLine: number; // 0-based line where the body starts
  if (close === -1) {
    // Unclosed: take the leading lines that look like YAML as front matter, so the metadata
    // does not end up in the body as if it were article text.
    starts = lineStarts(text);
    let i = 1;
    while (i < starts.length && YAML_KEY_LINE.test(lineAt(text, starts, i).slice(0, 80))) i++;
    while (i > 1 && lineAt(text, starts, i - 1).trim() === '') i--;
    yamlEnd = i;
    bodyStartLine = i;
    diagnostics.push({
      file, line: 1, severity: 'error',
      message: `the front matter opened with "---" on line 1 is never closed; lines 2-${Math.max(2, i)} were read as front matter and the rest as the article. Add a line "---" after the last metadata line.`,
    });
  } else {
    yamlEnd = close;
    bodyStartLine = close + 1;
  }
  const yamlText = text.slice(starts[1]!, yamlEnd < starts.length ? starts[yamlEnd]! : text.length);
  const bodyStart = bodyStartLine < starts.length ? starts[bodyStartLine]! : text.length;
  const body = text.slice(bodyStart);
  const bodyLine = bodyStartLine + 1;

  const lastLine = Math.max(2, yamlEnd);
  const whole = parseYaml(yamlText, 2, lastLine);
  let parsed = whole;
  if (whole.errors.length > 0 || whole.other.length > 0) {
    // One mistake must not swallow the keys after it: parse each top-level entry on its own.
    const blocks = topLevelBlocks(yamlText).map((b) => parseYaml(b.text, b.line + 1, lastLine));
    const salvaged = mergeBlocks(blocks);
    if (whole.errors.length > 0 && salvaged.errors.length > 0) parsed = salvaged;
    else parsed = { ...salvaged, errors: whole.errors, warnings: whole.warnings, other: whole.other };
  }
  const seen = new Set<string>();
  // Lines with errors named one by one; the lines past them are counted in one more diagnostic.
  const named = new Set<number>();
  const unnamed = new Set<number>();
  for (const e of parsed.errors) {
    // The parser can report one mistake twice at the same place.
    if (seen.has(`${e.line}:${e.code}`)) continue;
    seen.add(`${e.line}:${e.code}`);
    if (!named.has(e.line) && named.size >= MAX_ERROR_LINES_NAMED) {
      unnamed.add(e.line);
      continue;
    }
    named.add(e.line);
    diagnostics.push({
      file, line: e.line, severity: 'error',
      // Too deep is valid YAML refused on purpose: its message is whole.
      message: e.code === TOO_DEEP ? e.message : `the front matter is not valid YAML: ${e.message}. Fix line ${e.line} (write "key: value"; put quotes around a value holding ": " or starting with a special character such as [, {, *, &, ! or %). The article text was still read.`,
    });
  }
  if (unnamed.size > 0) {
    const lines = [...unnamed].sort((a, b) => a - b);
    diagnostics.push({
      file, line: lines[0], severity: 'error',
      message: `the front matter is not valid YAML on ${lines.length.toLocaleString('en')} more line(s) too, from line ${lines[0]} to line ${lines.at(-1)}; what they hold was not read. Fix them as the lines above. The article text was still read.`,
    });
  }
  for (const w of parsed.warnings) diagnostics.push({ file, line: w.line, severity: 'warning', message: `front matter: ${w.message}.` });
  for (const m of parsed.other) diagnostics.push({ file, line: 2, severity: 'error', message: m });

  const errorLines = new Set(parsed.errors.map((e) => e.line));
  const { keyLines } = parsed;
  let data: Record<string, unknown> = {};
  if (parsed.value !== null && parsed.value !== undefined) {
    if (typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
      data = repairBrokenLines(parsed.value as Record<string, unknown>, keyLines, errorLines, (l) => lineAt(text, starts, l - 1));
    } else if (parsed.errors.length === 0) {
      diagnostics.push({
        file, line: 2, severity: 'error',
        message: 'the front matter is not a list of "key: value" lines, so its metadata is ignored. Write e.g. "headline: …" and "datePublished: 2017-07-08", one per line.',
      });
    }
  }
  return { data, keyLines, body, bodyLine, present: true, diagnostics };
}

/** TOML front matter (Hugo's `+++`): not read, but kept out of the article text. */
function skipToml(file: string, text: string, diagnostics: Diagnostic[]): FrontMatter {
  const { starts, close } = findFence(text, ['+++']);
  diagnostics.push({
    file, line: 1, severity: 'error',
    message: close === -1
      ? 'the file starts with "+++" (TOML front matter) that is never closed, and TOML is not read; the whole file was read as the article. Write the metadata as YAML between "---" lines.'
      : `the front matter (lines 1-${close + 1}) is TOML ("+++"), which is not read; its metadata is ignored. Write it as YAML between "---" lines (e.g. datePublished: 2017-07-08).`,
  });
  if (close === -1) return { data: {}, keyLines: new Map(), body: text, bodyLine: 1, present: false, diagnostics };
  const bodyStart = close + 1 < starts.length ? starts[close + 1]! : text.length;
  return { data: {}, keyLines: new Map(), body: text.slice(bodyStart), bodyLine: close + 2, present: true, diagnostics };
}

/** Parse YAML whose first line is `firstLine` in the file; positions are clamped to `lastLine`. */
function parseYaml(yamlText: string, firstLine: number, lastLine: number): ParsedYaml {
  return parsePlainEntries(yamlText, firstLine) ?? parseYamlEntries(yamlText, firstLine, lastLine);
}

/** Top-level entries of a YAML mapping: a line starting in column 1 and its indented lines. */
function topLevelBlocks(yamlText: string): Array<{ line: number; text: string }> {
  const lines = yamlText.split('\n');
  const blocks: Array<{ line: number; lines: string[] }> = [];
  lines.forEach((l, i) => {
    const starts = l !== '' && !/^[ \t#]/.test(l);
    if (starts || blocks.length === 0) blocks.push({ line: i + 1, lines: [l] });
    else blocks[blocks.length - 1]!.lines.push(l);
  });
  return blocks.map((b) => ({ line: b.line, text: b.lines.join('\n') }));
}

function mergeBlocks(blocks: ParsedYaml[]): ParsedYaml {
  const value: Record<string, unknown> = {};
  const merged: ParsedYaml = { value, keyLines: new Map(), errors: [], warnings: [], other: [] };
  for (const b of blocks) {
    merged.errors.push(...b.errors);
    merged.warnings.push(...b.warnings);
    merged.other.push(...b.other);
    for (const [k, l] of b.keyLines) {
      if (merged.keyLines.has(k)) {
        merged.errors.push({ line: l, code: 'DUPLICATE_KEY', message: `the key "${k}" appears twice (first on line ${merged.keyLines.get(k)})` });
        continue;
      }
      merged.keyLines.set(k, l);
      if (b.value && typeof b.value === 'object' && !Array.isArray(b.value)) value[k] = (b.value as Record<string, unknown>)[k];
    }
  }
  return merged;
}

/**
 * On a line the YAML parser rejected, `key: text` most often means text with an unquoted
 * ": " in it (`headline: Mosul: the end`). Keep that text as written rather than lose it.
 */
function repairBrokenLines(
  data: Record<string, unknown>,
  keyLines: ReadonlyMap<string, number>,
  errorLines: ReadonlySet<number>,
  lineText: (line: number) => string,
): Record<string, unknown> {
  const repaired = { ...data };
  for (const [key, line] of keyLines) {
    if (!errorLines.has(line) || typeof repaired[key] === 'string') continue;
    const m = /^([A-Za-z_][\w-]{0,63})[ \t]*:[ \t]*(.*)$/.exec(lineText(line).slice(0, 10_000));
    const raw = m?.[2]?.trim();
    if (m?.[1] !== key || !raw || /^[[{&*!|>%@`]/.test(raw)) continue;
    repaired[key] = raw.replace(/^(["'])(.*)\1$/, '$2');
  }
  return repaired;
}
