import { XMLValidator } from 'fast-xml-parser';
import type { Timex, TimexMod, TimexType } from '../temporal/types.ts';

/** A time expression annotated by hand, with offsets into its document's text: the tagger's fields a corpus gives. */
export type GoldTimex = Pick<Timex, 'start' | 'end' | 'text' | 'type' | 'value' | 'mod'>;

/** One annotated document: the text the tagger sees, its creation time, and the gold expressions. */
export interface AnnotatedDocument {
  /** File the document was read from (for messages and `--errors`). */
  file: string;
  text: string;
  /** Document creation time as `YYYY-MM-DD` (the tagger's reference date). */
  dct?: string;
  gold: GoldTimex[];
}

export class CorpusFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'CorpusFormatError';
  }
}

const TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
export function asTimexType(s: string | undefined): TimexType | null {
  const t = (s ?? '').toUpperCase();
  return TYPES.has(t) ? (t as TimexType) : null;
}

const MODS: ReadonlySet<string> = new Set([
  'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER',
  'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE',
]);
export function asTimexMod(s: string | undefined): TimexMod | undefined {
  const m = (s ?? '').toUpperCase();
  return MODS.has(m) ? (m as TimexMod) : undefined;
}

/** `2009-05-14T…`, `20090514` or `14-05-2009` → `2009-05-14`; anything else → undefined. */
export function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // Some hand annotations write the day first: 03-02-2009.
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : undefined;
}

/**
 * Throws a CorpusFormatError naming the first place where `xml` is not well-formed (the parser
 * itself reads an unclosed tag or a stray end tag without complaint, and the file would be scored
 * as if it were a document with less in it). `what` says what the file should be.
 */
export function checkWellFormed(xml: string, file: string, what: string): void {
  const result = XMLValidator.validate(xml);
  if (result === true) return;
  const { msg, line, col } = result.err;
  // Tags still open at the end come as a JSON-ish list at line 1: named, with where the file ends.
  const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(msg);
  if (open) {
    let names: unknown;
    try { names = JSON.parse(open[1]!); } catch { names = null; }
    if (Array.isArray(names) && names.length > 0) {
      const lines = xml.split('\n').length;
      throw new CorpusFormatError(file, `not well-formed XML: the file ends (line ${lines}) with ${names.map((n) => `<${String(n)}>`).join(', ')} still open; ${what}`);
    }
  }
  throw new CorpusFormatError(file, `not well-formed XML at line ${line}, column ${col} (${msg.replace(/\.$/, '')}); ${what}`);
}
