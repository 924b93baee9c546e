/**
 * The cross-source step: sources without dateModified/datePublished get an inferred reference
 * date (never the wall clock). A source that reproduces passages of a dated source is no older
 * than it; otherwise the latest explicit date in its own text bounds it from below.
 */
import type { Diagnostic } from '../model.ts';
import type { ParsedSource } from '../sources/types.ts';
import { tag } from '../temporal/tag.ts';
import { calendarDate, dayRange } from './timex-date.ts';

/** Words per shingle, and shared shingles needed to call it a reproduced passage (about 12 words running). */
const SHINGLE = 8;
const MIN_SHARED = 5;

/** Word shingles of a text (lower-cased, punctuation and quote styles ignored). */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** Latest fully specified date the text states with its year ("in 2014", "July 9, 2017"), as its last day. */
export function latestExplicitDate(body: string): string | null {
  let latest: string | null = null;
  for (const t of tag(body)) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!/\b\d{4}\b/.test(t.text)) continue;
    const d = calendarDate(t.value);
    if (!d) continue;
    const last = dayRange(d)[1];
    if (latest === null || last > latest) latest = last;
  }
  return latest;
}

/**
 * Gives each readable source without a reference date an inferred one, with a warning naming the
 * file and the evidence. Order of `parsed` does not matter. Returns new objects.
 */
export function inferReferenceDates(parsed: readonly ParsedSource[]): ParsedSource[] {
  const undated = parsed.filter((p) => p.ok && !p.source.referenceDate && p.body.trim() !== '');
  if (undated.length === 0) return [...parsed];
  const grams = new Map<ParsedSource, Set<string>>();
  const gramsOf = (p: ParsedSource): Set<string> => {
    let g = grams.get(p);
    if (!g) grams.set(p, (g = shingles(p.body)));
    return g;
  };
  const inferred = new Map<ParsedSource, { date: string; how: string }>();
  const dateOf = (p: ParsedSource): string | undefined => p.source.referenceDate ?? inferred.get(p)?.date;

  // Own text first, then passages shared with dated (or already inferred) sources until nothing changes.
  for (const p of undated) {
    const own = latestExplicitDate(p.body);
    if (own) inferred.set(p, { date: own, how: `the latest date its own text states is ${own}` });
  }
  // Sorted, so that which dated source a warning names does not depend on the input order.
  const candidates = [...parsed].sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0));
  for (let changed = true, rounds = 0; changed && rounds <= parsed.length; rounds++) {
    changed = false;
    for (const p of undated) {
      for (const other of candidates) {
        if (other === p || !other.ok) continue;
        const date = dateOf(other);
        if (!date) continue;
        const current = inferred.get(p);
        if (current && current.date >= date) continue;
        if (sharedCount(gramsOf(p), gramsOf(other)) < MIN_SHARED) continue;
        inferred.set(p, { date, how: `it reproduces passages of ${other.source.file} (dated ${date}), so it is no older than that` });
        changed = true;
      }
    }
  }

  return parsed.map((p) => {
    if (!undated.includes(p)) return p;
    const found = inferred.get(p);
    if (!found) {
      const warning: Diagnostic = {
        file: p.source.file, line: 1, severity: 'warning',
        message: 'no dateModified or datePublished, and no date to infer one from: relative dates ("on Sunday", "in October") cannot be resolved and are reported, not guessed. Add datePublished: YYYY-MM-DD to the front matter.',
      };
      return { ...p, diagnostics: [...p.diagnostics, warning] };
    }
    const warning: Diagnostic = {
      file: p.source.file, line: 1, severity: 'warning',
      message: `no dateModified or datePublished: reference date inferred as ${found.date} because ${found.how}. Add datePublished: YYYY-MM-DD to the front matter if you know the date.`,
    };
    return {
      ...p,
      source: { ...p.source, referenceDate: found.date, referenceDateOrigin: 'inferred' as const },
      diagnostics: [...p.diagnostics, warning],
    };
  });
}
