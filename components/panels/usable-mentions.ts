import type { Mention } from '../../src/model.ts';

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * The mentions a panel can show. A timeline given in code is drawn before it is checked (the
 * check runs after the first frame), so an event selected at once may still hold a null, a number
 * or a half mention: those are skipped here, and the check reports them.
 */
export function usableMentions(mentions: unknown): Mention[] {
  if (!Array.isArray(mentions)) return [];
  const ok = (m: unknown): m is Mention => {
    if (typeof m !== 'object' || m === null) return false;
    const o = m as Record<string, unknown>;
    return typeof o.source === 'string' && typeof o.text === 'string' && typeof o.dateText === 'string'
      && isCount(o.start) && isCount(o.end) && isCount(o.dateStart) && isCount(o.dateEnd) && (o.timex === undefined || typeof o.timex === 'string');
  };
  // The same list when all are usable (no copy for the 100,000-mention event).
  return mentions.every(ok) ? (mentions as Mention[]) : mentions.filter(ok);
}
