import type { Diagnostic } from '../../src/model.ts';
import type { LocalSourceInput } from './contract.ts';

/** Sources added in the page live in localStorage (about 5 MB per origin), so keep them small. */
export const MAX_LOCAL_BYTES = 2 * 1024 * 1024;
const ACCEPTED = /\.(md|markdown|txt)$/i;
/** Files read from one drop or choice; more are refused with one message (each is parsed and kept in storage). */
export const MAX_FILES_AT_ONCE = 50;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Decodes a dropped file's bytes: UTF-8 (BOM removed), else Windows-1252 with a warning naming the
 * first bad line; refuses files that are not text (NUL bytes).
 */
export function decodeBytes(file: string, bytes: Uint8Array): { text: string | null; diagnostics: Diagnostic[] } {
  // UTF-16 with a byte-order mark (Windows Notepad's "Unicode"), as the CLI reads it: its ASCII has NUL bytes.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), diagnostics: [] };
    } catch {
      return {
        text: null,
        diagnostics: [{ file, severity: 'error', message: `starts as ${utf16.toUpperCase()} text but is not valid ${utf16.toUpperCase()}. Re-save it as UTF-8 and drop it again.` }],
      };
    }
  }
  const sniff = bytes.subarray(0, 8192);
  if (sniff.includes(0)) {
    return {
      text: null,
      diagnostics: [
        {
          file,
          severity: 'error',
          message: 'is not a text file (it contains NUL bytes). Save the article as plain text (.txt) or Markdown (.md) and drop that.',
        },
      ],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), diagnostics: [] };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.indexOf('\uFFFD');
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      diagnostics: [
        {
          file,
          line: bad >= 0 ? lineOf(lossy, bad) : undefined,
          severity: 'warning',
          message: 'is not valid UTF-8; it was read as Windows-1252 (Latin-1). Re-save it as UTF-8 if some characters look wrong.',
        },
      ],
    };
  }
}

/** Reads dropped or chosen files into inputs; every refused file gets a message saying why. */
export async function readFiles(files: Iterable<File>, now: () => number = Date.now): Promise<{ inputs: LocalSourceInput[]; errors: Diagnostic[] }> {
  const inputs: LocalSourceInput[] = [];
  const errors: Diagnostic[] = [];
  const all = Array.from(files);
  if (all.length > MAX_FILES_AT_ONCE) {
    errors.push({
      file: `${all.length.toLocaleString('en')} files`,
      severity: 'error',
      message: `were given at once; only the first ${MAX_FILES_AT_ONCE} are read (from ${all[0]?.name || 'the first'} to ${all[MAX_FILES_AT_ONCE - 1]?.name || 'the last'}). Add the others in groups of ${MAX_FILES_AT_ONCE} or fewer, or put them in data/ and rebuild.`,
    });
  }
  for (const f of all.slice(0, MAX_FILES_AT_ONCE)) {
    const file = f.name || 'unnamed file';
    if (!ACCEPTED.test(file)) {
      errors.push({ file, severity: 'error', message: 'is not a .md or .txt file. Only articles in Markdown or plain text can be added; save it as .md or .txt.' });
      continue;
    }
    if (f.size > MAX_LOCAL_BYTES) {
      errors.push({
        file,
        severity: 'error',
        message: `is ${mb(f.size)}; files added in the page must be under ${mb(MAX_LOCAL_BYTES)} (browser storage is small). Put it in data/ and rebuild instead.`,
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch (e) {
      errors.push({ file, severity: 'error', message: `could not be read (${e instanceof Error ? e.message : String(e)}). Try again, or copy its text into the form.` });
      continue;
    }
    const { text, diagnostics } = decodeBytes(file, bytes);
    errors.push(...diagnostics);
    if (text === null) continue;
    if (text.trim() === '') {
      errors.push({ file, severity: 'error', message: 'is empty. Drop a file that contains the article text.' });
      continue;
    }
    inputs.push({ file, text, addedAt: now() });
  }
  return { inputs, errors };
}

/** A file name for a pasted text, from its headline when it has one. */
export function pastedFileName(headline: string | undefined, addedAt: number): string {
  const slug = (headline ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return `pasted-${slug ? `${slug}-` : ''}${addedAt.toString(36)}.txt`;
}
