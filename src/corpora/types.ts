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
