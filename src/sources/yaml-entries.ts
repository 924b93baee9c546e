import { isMap, isPair, isScalar, Lexer, LineCounter, Parser, parseDocument, type Document } from 'yaml';

/** Front matter parsed: the value, the file line of each top-level key, and what was wrong. */
export interface ParsedYaml {
  value: unknown;
  keyLines: Map<string, number>;
  errors: Array<{ line: number; code: string; message: string }>;
  warnings: Array<{ line: number; message: string }>;
  /** Failures that are not syntax errors (alias bombs). */
  other: string[];
}

/** The message of a YAML error without the parser's own (front-matter relative) position. */
function yamlMessage(message: string): string {
  const first = message.split('\n', 1)[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/**
 * Parse YAML whose first line is `firstLine` in the file with the `yaml` package; positions are
 * clamped to `lastLine`. The failsafe schema keeps every scalar as written: `2017` stays text,
 * no number or date guessing.
 */
export function parseYamlEntries(yamlText: string, firstLine: number, lastLine: number): ParsedYaml {
  const tooDeep = nestedTooDeep(yamlText);
  if (tooDeep !== null) {
    const line = Math.min(tooDeep.line - 1 + firstLine, lastLine);
    return {
      value: null, keyLines: new Map(), warnings: [], other: [],
      errors: [{ line, code: TOO_DEEP, message: `the front matter nests lists or mappings more than ${MAX_DEPTH} levels deep at line ${line}, more than metadata needs; it was not read as a whole (its entries that stand on their own are kept). Write plain "key: value" lines.` }],
    };
  }
  const lineCounter = new LineCounter();
  // logLevel 'error': the package's own warnings (a mapping used as a key is turned into text) would
  // go to the process's stderr; what matters of them reaches the user as diagnostics of the source.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true, schema: 'failsafe', logLevel: 'error' });
  // The parser may notice a problem only at the end; never point past the front matter.
  const at = (l: number | undefined) => Math.min((l ?? 1) - 1 + firstLine, lastLine);
  const errors = doc.errors.map((e) => ({ line: at(e.linePos?.[0]?.line), code: e.code, message: yamlMessage(e.message) }));
  const warnings = doc.warnings.map((w) => ({ line: at(w.linePos?.[0]?.line), message: yamlMessage(w.message) }));
  const other: string[] = [];
  let value: unknown = null;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    other.push(`the front matter could not be read as a whole (${e instanceof Error ? e.message : String(e)}); only its entries that stand on their own were kept. Write plain "key: value" lines without anchors (&) or aliases (*).`);
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    const items = doc.contents.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isPair(item) || !item.key || typeof item.key !== 'object' || !('range' in item.key) || !item.key.range) continue;
      const line = at(lineCounter.linePos(item.key.range[0]).line);
      if (isScalar(item.key)) keyLines.set(String(item.key.value), line);
      else {
        // A mapping or list used as a key ("? {a: 1}"): its name is the text the package makes of it,
        // read by converting that pair alone.
        const key = pairKeyText(doc, i);
        if (key !== null) keyLines.set(key, line);
      }
    }
  }
  return { value, keyLines, errors, warnings, other };
}

/** The key that `toJS` gives the document's i-th pair, whose key is a collection; null if it cannot be made. */
function pairKeyText(doc: Document.Parsed, i: number): string | null {
  try {
    const one = doc.clone();
    if (!isMap(one.contents)) return null;
    one.contents.items = [one.contents.items[i]!];
    const value = one.toJS({ maxAliasCount: 50 }) as unknown;
    const keys = value && typeof value === 'object' ? Object.keys(value) : [];
    return keys.length === 1 ? keys[0]! : null;
  } catch {
    return null;
  }
}

/** The error code of front matter refused for its depth (the package's own codes are other words). */
export const TOO_DEEP = 'TOO_DEEP';

/** Deeper nesting than any article's metadata needs; beyond it the front matter is refused. */
export const MAX_DEPTH = 64;

/**
 * Where `yamlText` first nests lists or mappings more than MAX_DEPTH levels deep (its 1-based
 * line), or null. The package's composer recurses once per level: a few thousand levels ("[[[[…")
 * exhaust the stack, and V8 can then abort the whole process rather than throw. Its CST parser keeps
 * an explicit stack, read here token by token, so this check cannot overflow.
 */
function nestedTooDeep(yamlText: string): { line: number } | null {
  // Nesting needs a bracket, a dash or indentation: the many one-level front matters skip the scan.
  if (!/[[{]|^[ \t]*-|^[ \t]+\S/m.test(yamlText)) return null;
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(yamlText)) {
    for (const _token of parser.next(lexeme)) {
      // Top-level tokens are not needed: only the depth of the parser's stack is.
    }
    if (parser.stack.length > MAX_DEPTH) {
      let line = 1;
      for (let i = yamlText.indexOf('\n'); i !== -1 && i < parser.offset; i = yamlText.indexOf('\n', i + 1)) line++;
      return { line };
    }
  }
  return null;
}
