import type { Diagnostic, ReferenceDateOrigin, Source } from '../model.ts';
import { didYouMean } from './did-you-mean.ts';
import { checkIsoDate } from './iso-date.ts';

/** The schema.org NewsArticle names a source's front matter is read from. */
export const SOURCE_KEYS = ['headline', 'author', 'publisher', 'url', 'datePublished', 'dateModified'] as const;
type SourceKey = (typeof SOURCE_KEYS)[number];

/** Other schema.org names an article may carry: accepted without a warning, not used. */
export const TOLERATED_KEYS = [
  'section', 'articleSection', 'description', 'abstract', 'keywords', 'tags', 'image', 'inLanguage',
  'dateCreated', 'genre', 'about', 'alternativeHeadline', 'wordCount', 'copyrightHolder', 'license',
  'isAccessibleForFree', 'mainEntityOfPage', 'identifier', 'dateline', 'editor', 'contributor',
] as const;

/** Names other tools use (Jekyll, Hugo, RSS) for our keys: read, with a warning to rename. */
// A Map, not an object: a key such as "__proto__" or "constructor" must find nothing here.
const ALIASES: ReadonlyMap<string, SourceKey> = new Map<string, SourceKey>(Object.entries({
  title: 'headline', name: 'headline',
  date: 'datePublished', published: 'datePublished', pubDate: 'datePublished', publishDate: 'datePublished', publishedAt: 'datePublished',
  updated: 'dateModified', modified: 'dateModified', lastModified: 'dateModified', lastmod: 'dateModified', updatedAt: 'dateModified',
  link: 'url', permalink: 'url', source: 'publisher', site: 'publisher',
  byline: 'author', authors: 'author', creator: 'author',
} satisfies Record<string, SourceKey>));

const ALL_KNOWN: readonly string[] = [...SOURCE_KEYS, ...TOLERATED_KEYS];
/** What a misspelt key is compared with: our names and the aliases we read. */
const KNOWN_NAMES: readonly string[] = [...ALL_KNOWN, ...ALIASES.keys()];

export interface Metadata {
  fields: Pick<Source, SourceKey | 'referenceDate' | 'referenceDateOrigin'>;
  diagnostics: Diagnostic[];
}

/** A person or organisation as text: a string, a schema.org `{ name }`, or a list of them. */
function asName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const names = value.map(asName).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return asName((value as { name: unknown }).name);
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a mapping' : `"${String(value).slice(0, 60)}"`;
}

/** Today's date (UTC) as `YYYY-MM-DD`, plus one day so no time zone on Earth calls it future. */
function tomorrowUtc(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Read the schema.org metadata from parsed front matter: check each value, warn on unknown keys
 * (with a did-you-mean), and choose the reference date: dateModified, else datePublished.
 */
/** Unknown keys named one by one in a source's diagnostics; the others are counted in one more. */
export const MAX_UNKNOWN_KEYS_NAMED = 10;

export function readMetadata(
  file: string,
  data: Record<string, unknown>,
  keyLines: ReadonlyMap<string, number>,
  now: Date,
): Metadata {
  const diagnostics: Diagnostic[] = [];
  const line = (key: string) => keyLines.get(key);
  const raw = new Map<SourceKey, { key: string; value: unknown }>();
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if ((SOURCE_KEYS as readonly string[]).includes(key)) {
      raw.set(key as SourceKey, { key, value });
      continue;
    }
    if ((TOLERATED_KEYS as readonly string[]).includes(key)) continue;
    const alias = ALIASES.get(key) ?? ALIASES.get(key.toLowerCase());
    if (alias && !(alias in data)) {
      raw.set(alias, { key, value });
      diagnostics.push({
        file, line: line(key), severity: 'warning',
        message: `"${key}" is not a schema.org NewsArticle name; it was read as "${alias}". Rename it to "${alias}".`,
      });
      continue;
    }
    unknown.push(key);
  }
  // Each unknown key is named up to a point; past it, one line counts the rest (a front matter of
  // thousands of stray keys must not bury the other problems, nor cost a guess each).
  for (const key of unknown.slice(0, MAX_UNKNOWN_KEYS_NAMED)) {
    const guess = didYouMean(key, KNOWN_NAMES);
    const near = guess === null ? null : ALIASES.has(guess) ? `${ALIASES.get(guess)}" (the schema.org name for "${guess}")` : `${guess}"`;
    diagnostics.push({
      file, line: line(key), severity: 'warning',
      message: `unknown front-matter key "${key.slice(0, 80)}" is ignored.${near ? ` Did you mean "${near}?` : ` Known keys: ${SOURCE_KEYS.join(', ')}.`}`,
    });
  }
  if (unknown.length > MAX_UNKNOWN_KEYS_NAMED) {
    const rest = unknown.length - MAX_UNKNOWN_KEYS_NAMED;
    const first = unknown[MAX_UNKNOWN_KEYS_NAMED]!;
    diagnostics.push({
      file, line: line(first), severity: 'warning',
      message: `${rest.toLocaleString('en')} more unknown front-matter keys (from "${first.slice(0, 80)}" on) are ignored too. Known keys: ${SOURCE_KEYS.join(', ')}.`,
    });
  }

  const fields: Metadata['fields'] = { referenceDateOrigin: 'none' };
  for (const key of ['headline', 'author', 'publisher'] as const) {
    const entry = raw.get(key);
    if (!entry) continue;
    const text = asName(entry.value);
    if (text !== null) fields[key] = text;
    else if (entry.value !== null && entry.value !== '') {
      diagnostics.push({
        file, line: line(entry.key), severity: 'warning',
        message: `"${entry.key}" is ${describe(entry.value)}, not text; it is ignored. Write it as plain text, e.g. ${entry.key}: Some Name.`,
      });
    }
  }

  const url = raw.get('url');
  if (url && url.value !== null && url.value !== '') {
    const text = typeof url.value === 'string' ? url.value.trim() : '';
    let parsed: URL | null = null;
    try { parsed = text ? new URL(text) : null; } catch { parsed = null; }
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) fields.url = parsed.href;
    else {
      diagnostics.push({
        file, line: line(url.key), severity: 'warning',
        message: `"${url.key}" ${describe(url.value)} is not a web address; it is ignored. Write the article's full address, starting with https:// or http://.`,
      });
    }
  }

  const days: Partial<Record<'datePublished' | 'dateModified', string>> = {};
  const dayless: string[] = [];
  const tomorrow = tomorrowUtc(now);
  for (const key of ['datePublished', 'dateModified'] as const) {
    const entry = raw.get(key);
    if (!entry || entry.value === null || entry.value === '') continue;
    const value = entry.value instanceof Date ? entry.value.toISOString()
      : typeof entry.value === 'string' || typeof entry.value === 'number' ? String(entry.value) : null;
    const check = value === null ? null : checkIsoDate(value);
    if (!check || !check.ok) {
      const problem = check ? check.problem : 'is not a date';
      diagnostics.push({
        file, line: line(entry.key), severity: 'error',
        message: `${entry.key} ${describe(entry.value)} ${problem}; the date is ignored. Write it as YYYY-MM-DD (e.g. 2017-07-08) or an ISO 8601 date-time (2017-07-08T14:30:00Z).`,
      });
      continue;
    }
    fields[key] = check.value;
    if (check.day) days[key] = check.day;
    else dayless.push(key);
    const date = check.value.slice(0, 10);
    if (date > tomorrow.slice(0, date.length)) {
      diagnostics.push({
        file, line: line(entry.key), severity: 'warning',
        message: `${entry.key} ${check.value} is in the future (today is ${now.toISOString().slice(0, 10)}); relative dates in the article are resolved against it. Check the year.`,
      });
    }
  }
  if (fields.datePublished && fields.dateModified && days.datePublished && days.dateModified && days.dateModified < days.datePublished) {
    diagnostics.push({
      file, line: line(raw.get('dateModified')!.key), severity: 'warning',
      message: `dateModified ${fields.dateModified} is before datePublished ${fields.datePublished}; one of them is probably wrong. Check both dates.`,
    });
  }
  const origin: ReferenceDateOrigin | null = days.dateModified ? 'dateModified' : days.datePublished ? 'datePublished' : null;
  if (origin) {
    fields.referenceDate = days[origin];
    fields.referenceDateOrigin = origin;
  } else if (dayless.length) {
    const key = dayless[0]!;
    diagnostics.push({
      file, line: line(raw.get(key as SourceKey)!.key), severity: 'warning',
      message: `${key} ${fields[key as 'datePublished']} has no day, so it cannot anchor relative dates ("on Sunday", "last month"). Give the full date (YYYY-MM-DD) if you know it.`,
    });
  }
  return { fields, diagnostics };
}
