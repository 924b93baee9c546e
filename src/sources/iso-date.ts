/** A front-matter date checked against the calendar. */
export type IsoCheck =
  | { ok: true; value: string; day: string | null }
  | { ok: false; problem: string };

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Check an ISO 8601 date or date-time as written in front matter (`2017`, `2017-07`,
 * `2017-07-08`, `2017-07-08T14:30:00Z`). `day` is its calendar day when it has one, which is
 * what a reference date needs. Input longer than any date is refused before the regex runs.
 */
export function checkIsoDate(raw: string): IsoCheck {
  const text = raw.trim();
  if (text.length > 40) return { ok: false, problem: 'is far too long to be a date' };
  const m = ISO.exec(text);
  if (!m) return { ok: false, problem: 'is not an ISO 8601 date' };
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return { ok: false, problem: `has no month ${m[2]} (months run 01 to 12)` };
  if (month !== null && day !== null) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) return { ok: false, problem: `has no day ${m[3]} (${m[1]}-${m[2]} has ${last} days)` };
  }
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const min = Number(m[5]);
    const s = m[6] === undefined ? 0 : Number(m[6]);
    if (h > 23 || min > 59 || s > 60) return { ok: false, problem: `has an impossible time ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}` };
    const zone = m[7];
    if (zone && zone !== 'Z') {
      const zh = Number(zone.slice(1, 3));
      const zm = zone.length > 3 ? Number(zone.slice(-2)) : 0;
      if (zh > 14 || zm > 59) return { ok: false, problem: `has an impossible time zone ${zone}` };
    }
  }
  const dayText = month !== null && day !== null ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return { ok: true, value: text, day: dayText };
}
