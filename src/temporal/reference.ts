/** Parses `YYYY-MM-DD` into a local-time Date at noon (noon keeps DST shifts off the day). */
export function referenceInstant(referenceDate: string | undefined): Date | undefined {
  if (!referenceDate) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(referenceDate);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(y, mo - 1, d, 12, 0, 0);
  if (date.getMonth() !== mo - 1) return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}
