import type { Diagnostic } from '../model.ts';

/** What decoding a file's bytes gave: the text (BOM removed), or nothing when it is not text. */
export interface Decoded {
  text: string;
  ok: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'string' | 'binary';
  diagnostics: Diagnostic[];
}

const SNIFF_BYTES = 8192;

/** Magic numbers of formats people drop by mistake, so the message can say what the file is. */
const MAGIC: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a .docx/.odt document)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable (ELF)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** 1-based line of a byte offset (counts LF bytes; CR-only files are counted by CR). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let lf = 1;
  let cr = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lf++;
    else if (bytes[i] === 0x0d) cr++;
  }
  return lf > 1 ? lf : cr;
}

/**
 * Guess UTF-16 without a BOM: ASCII text in UTF-16 has a zero byte in every other position.
 * Returns the byte order, or null when the zeros do not follow that pattern.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Binary when the first bytes hold a NUL or many control characters that text never has. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

/** Byte offset of the first invalid UTF-8 sequence (a linear scan), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decode a file's bytes: BOMs (UTF-8, UTF-16 LE/BE) are honoured and removed, UTF-8 is checked
 * strictly, and text that is not UTF-8 is read as Windows-1252 (a superset of Latin-1 for
 * printable text) with a warning. Binary files are refused.
 */
export function decodeSource(file: string, content: Uint8Array | string): Decoded {
  if (typeof content === 'string') {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    if (text.includes('\u0000')) {
      return {
        text: '', ok: false, encoding: 'binary',
        diagnostics: [{
          file, severity: 'error',
          message: 'the text holds NUL characters, so it is not a text article; it was skipped. Give a Markdown (.md) or plain-text (.txt) file.',
        }],
      };
    }
    return { text, ok: true, encoding: 'string', diagnostics: [] };
  }
  const bytes = content;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return decodeUtf8(file, bytes.subarray(3));
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return {
      text: '', ok: false, encoding: 'binary',
      diagnostics: [{ file, severity: 'error', message: 'the file is UTF-32, which is not read; it was skipped. Save it as UTF-8.' }],
    };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), ok: true, encoding, diagnostics: [] };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes), ok: true, encoding: utf16,
      diagnostics: [{
        file, line: 1, severity: 'warning',
        message: `the file is UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark; it was read as such. Save it as UTF-8 to be sure it is read right.`,
      }],
    };
  }
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic || looksBinary(bytes)) {
    return {
      text: '', ok: false, encoding: 'binary',
      diagnostics: [{
        file, severity: 'error',
        message: `this is ${magic ? magic.name : 'a binary file'}, not text; it was skipped. Save the article as Markdown (.md) or plain text (.txt) in UTF-8, or remove the file from the folder.`,
      }],
    };
  }
  return decodeUtf8(file, bytes);
}

/** Windows-1252 for 0x80-0x9F (curly quotes, dashes, €); undefined bytes keep their C1 code. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Windows-1252, mapped by hand: some Node builds decode the 'windows-1252' label as ISO-8859-1,
 * turning curly quotes into invisible C1 controls.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

/** One decoder for every file: decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  try {
    const text = UTF8.decode(bytes);
    return { text, ok: true, encoding: 'utf-8', diagnostics: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bad >= 0 ? lineOfByte(bytes, bad) : 1;
    const byte = bad >= 0 ? `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}` : 'a byte';
    return {
      text: decodeWindows1252(bytes),
      ok: true,
      encoding: 'windows-1252',
      diagnostics: [{
        file, line, severity: 'warning',
        message: `the file is not valid UTF-8 (${byte} on line ${line}); it was read as Windows-1252 (Latin-1). Check its accented letters and quotes, and save it as UTF-8 to silence this warning.`,
      }],
    };
  }
}
