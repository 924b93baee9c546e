/**
 * localStorage that never throws: unavailable (privacy mode, sandboxed iframe), full, or holding
 * garbage all degrade to "nothing stored" while the page keeps working.
 */

const PREFIX = 'event-timeline';

function store(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** `src` resolved against the page, so "./a.json" and "a.json" share their stored state. */
function resolved(src: string): string {
  try {
    const url = new URL(src, globalThis.document?.baseURI);
    url.hash = '';
    return url.href;
  } catch {
    return src;
  }
}

/** A key namespaced by page path and the element's data origin (src attribute, else id). */
export function storageKeyFor(host: Element, page: string = globalThis.location?.pathname ?? ''): string {
  const src = host.getAttribute('src');
  const id = host.getAttribute('id');
  const which = src ? `src=${resolved(src)}` : id ? `id=${id}` : 'data';
  return `${PREFIX}:${page}:${which}`;
}

/** Reads JSON at key and validates it; anything unreadable or invalid yields `fallback`. */
export function readJson<T>(key: string, guard: (v: unknown) => v is T, fallback: T): T {
  const s = store();
  if (!s) return fallback;
  try {
    const raw = s.getItem(key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Writes JSON at key; false (never an exception) when storage is unavailable or full. */
export function writeJson(key: string, value: unknown): boolean {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    /* storage unavailable: nothing to remove */
  }
}
