/**
 * The href a source's URL may become: only absolute http(s) URLs, normalised by the URL parser;
 * anything else (javascript:, data:, relative, garbage) is shown as text and never linked.
 */
export function safeHref(url: string | undefined | null): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
