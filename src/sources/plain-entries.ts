import type { ParsedYaml } from './yaml-entries.ts';

/** `key:` in column 1, then spaces; the key is what YAML reads as a plain text key. */
const PLAIN_ENTRY = /^([A-Za-z_][\w-]{0,63}):(?: +|$)/;
/** Printable characters only: no controls, tabs, lone surrogates, BOMs or YAML line breaks. */
const SAFE_TEXT = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
/** Unquoted text YAML keeps as written: starts with a letter or digit, no ": ", " #" or final ":". */
const PLAIN_SCALAR = /^[A-Za-z0-9](?:[^:#]|:(?! |$)|(?<! )#)*$/;

/**
 * The common front matter (one `key: value` per line, plain or quoted text without escapes, maybe
 * blank or comment lines) read without the YAML parser, whose first calls cost more than the rest
 * of reading a short article. Gives what `parseYamlEntries` gives for such text (checked in
 * plain-entries.test.ts); for anything else (nesting, lists, escapes, duplicates…) null.
 */
export function parsePlainEntries(yamlText: string, firstLine: number): ParsedYaml | null {
  const value: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  for (let start = 0, line = firstLine; start < yamlText.length; line++) {
    let end = yamlText.indexOf('\n', start);
    if (end === -1) end = yamlText.length;
    const text = yamlText.slice(start, end);
    start = end + 1;
    if (text === '') continue;
    if (!SAFE_TEXT.test(text)) return null;
    if (text.charCodeAt(0) === 0x23 /* # */) continue;
    const m = PLAIN_ENTRY.exec(text);
    if (!m) return null;
    const key = m[1]!;
    // A key the object already has (a duplicate, or a name like "constructor") goes to the parser.
    if (key in value) return null;
    const raw = text.slice(m[0].length).replace(/ +$/, '');
    if (raw === '') return null;
    const quote = raw[0];
    let scalar: string;
    if (quote === '"' || quote === "'") {
      scalar = raw.slice(1, -1);
      if (raw.length < 2 || raw[raw.length - 1] !== quote || scalar.includes(quote) || scalar.includes('\\')) return null;
    } else if (PLAIN_SCALAR.test(raw)) {
      scalar = raw;
    } else {
      return null;
    }
    value[key] = scalar;
    keyLines.set(key, line);
  }
  if (keyLines.size === 0) return null;
  return { value, keyLines, errors: [], warnings: [], other: [] };
}
