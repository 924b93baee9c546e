import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../model.ts';

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

function lineAt(text: string, starts: number[], index: number): string {
  const start = starts[index]!;
  const next = starts[index + 1];
  return text.slice(start, next === undefined ? text.length : next - 1);
}

function isFence(line: string, closers: readonly string[]): boolean {
  return closers.includes(line.trimEnd());
}

/** The message of a YAML error without the parser's own (front-matter relative) position. */
function yamlMessage(message: string): string {
  const first = message.split('\n', 1)[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/**
 * Split `---` front matter from an LF-normalised text and parse it as YAML, keeping file line
 * numbers. A broken front matter never loses the body: its errors are reported with the line
 * in the file and whatever keys parsed are kept.
 */
export function readFrontMatter(file: string, text: string): FrontMatter {
  const diagnostics: Diagnostic[] = [];
  const empty = { data: {}, keyLines: new Map<string, number>(), diagnostics };
  const firstEnd = text.indexOf('\n');
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  if (firstLine.trimEnd() !== '---' || firstEnd === -1) {
    return { ...empty, body: text, bodyLine: 1, present: false };
  }
  const starts = lineStarts(text);
  let close = -1;
  for (let i = 1; i < starts.length; i++) {
    if (isFence(lineAt(text, starts, i), ['---', '...'])) { close = i; break; }
  }
  let yamlEnd: number; // index of the first line after the YAML
  let bodyStartLine: number; // 0-based line where the body starts
  if (close === -1) {
    // Unclosed: take the leading lines that look like YAML as front matter, so the metadata
    // does not end up in the body as if it were article text.
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

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  for (const e of doc.errors) {
    const yamlLine = e.linePos?.[0]?.line ?? 1;
    // The parser may notice a problem only at the end; never point past the front matter.
    const line = Math.min(yamlLine + 1, Math.max(2, yamlEnd));
    diagnostics.push({
      file, line, severity: 'error',
      message: `the front matter is not valid YAML: ${yamlMessage(e.message)}. Fix line ${line} (write "key: value"; put quotes around a value holding ": " or starting with a special character such as [, {, *, &, ! or %). The article text was still read.`,
    });
  }
  for (const w of doc.warnings) {
    const line = Math.min((w.linePos?.[0]?.line ?? 1) + 1, Math.max(2, yamlEnd));
    diagnostics.push({ file, line, severity: 'warning', message: `front matter: ${yamlMessage(w.message)}.` });
  }

  let js: unknown = null;
  try {
    js = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    diagnostics.push({
      file, line: 2, severity: 'error',
      message: `the front matter could not be read (${e instanceof Error ? e.message : String(e)}); its metadata is ignored. Write plain "key: value" lines without anchors or aliases.`,
    });
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isPair(item) && isScalar(item.key) && item.key.range) {
        keyLines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line + 1);
      }
    }
  }
  let data: Record<string, unknown> = {};
  if (js !== null && js !== undefined) {
    if (typeof js === 'object' && !Array.isArray(js)) {
      data = js as Record<string, unknown>;
    } else if (doc.errors.length === 0) {
      diagnostics.push({
        file, line: 2, severity: 'error',
        message: 'the front matter is not a list of "key: value" lines, so its metadata is ignored. Write e.g. "headline: …" and "datePublished: 2017-07-08", one per line.',
      });
    }
  }
  return { data, keyLines, body, bodyLine, present: true, diagnostics };
}
