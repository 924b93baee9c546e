import type { Diagnostic, Source } from '../model.ts';
import { decodeSource } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { readMetadata } from './metadata.ts';
import { sourceIdFromFile } from './source-id.ts';
import type { ParsedSource, SourceInput } from './types.ts';

export interface ReadOptions {
  /** "Now", for the future-date check (the reading itself never depends on the clock). */
  now?: Date;
}

/** CRLF and lone CR become LF, in one linear pass. */
function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Read one source: decode its bytes, split and check its YAML front matter, choose its reference
 * date. Pure (no file system, no DOM); never throws on any input; whatever is wrong comes back as
 * diagnostics naming the file and the line, and the body is kept whenever it can be.
 */
export function readSource(input: SourceInput, options: ReadOptions = {}): ParsedSource {
  const { file } = input;
  const id = sourceIdFromFile(file);
  const decoded = decodeSource(file, input.content);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  if (!decoded.ok) {
    const source: Source = { id, file, referenceDateOrigin: 'none', text: '' };
    return { source, body: '', bodyLine: 1, diagnostics, ok: false };
  }
  const text = normaliseNewlines(decoded.text);
  const fm = readFrontMatter(file, text);
  diagnostics.push(...fm.diagnostics);
  const meta = readMetadata(file, fm.data, fm.keyLines, options.now ?? new Date());
  diagnostics.push(...meta.diagnostics);

  if (text.trim() === '') {
    diagnostics.push({
      file, severity: 'warning',
      message: `${text === '' ? 'the file is empty' : 'the file holds only blank space (spaces, tabs or empty lines)'}; it adds no events. Paste the article text into it (with front matter if you have the metadata), or remove it.`,
    });
  } else if (fm.body.trim() === '') {
    // At the very end of a file without a final newline, the body's line does not exist yet.
    const lastLine = text.split('\n').length;
    diagnostics.push({
      file, line: Math.min(fm.bodyLine, lastLine), severity: 'warning',
      message: 'there is no article text after the front matter, so this source adds no events. Add the text after the closing "---".',
    });
  }
  // Messages in file order (a stable sort keeps same-line messages as found).
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const source: Source = { id, file, ...meta.fields, text: fm.body };
  return { source, body: fm.body, bodyLine: fm.bodyLine, diagnostics, ok: true };
}
