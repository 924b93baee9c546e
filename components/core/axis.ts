import { utcTicks, utcDay, utcHour, utcMinute, utcMonth, utcYear, utcSecond } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Ms } from './time.ts';

export interface Tick {
  t: Ms;
  label: string;
  /** True for ticks that start a larger unit (a new year among months): drawn bolder. */
  major: boolean;
}

const fmtSecond = utcFormat(':%S');
const fmtMinute = utcFormat('%H:%M');
const fmtHour = utcFormat('%H:00');
const fmtDay = utcFormat('%-d %b');
const fmtMonth = utcFormat('%b');
const fmtYear = utcFormat('%Y');
const fmtDayYear = utcFormat('%-d %b %Y');

function yearLabel(d: Date): string {
  const y = d.getUTCFullYear();
  return y <= 0 ? `${1 - y} BC` : fmtYear(d);
}

/**
 * d3's multi-scale time format, with the larger unit spelled out where it changes so a reader
 * always knows the year: "2017", "Feb", …; "3 Jul", "4 Jul"; "8 Jul 2017", "06:00".
 */
function label(d: Date, first: boolean): { label: string; major: boolean } {
  if (utcSecond(d) < d) return { label: fmtSecond(d), major: false };
  if (utcMinute(d) < d) return { label: fmtSecond(d), major: false };
  if (utcHour(d) < d) return { label: fmtMinute(d), major: false };
  if (utcDay(d) < d) return first ? { label: `${fmtDayYear(d)} ${fmtHour(d)}`, major: true } : { label: fmtHour(d), major: false };
  if (utcMonth(d) < d) return { label: first ? fmtDayYear(d) : fmtDay(d), major: first };
  if (utcYear(d) < d) return first ? { label: `${fmtMonth(d)} ${yearLabel(d)}`, major: true } : { label: fmtMonth(d), major: false };
  return { label: yearLabel(d), major: true };
}

/** Ticks for the visible domain, about one per `spacing` pixels. */
export function axisTicks(t0: Ms, t1: Ms, width: number, spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(width / spacing));
  const dates = utcTicks(new Date(t0), new Date(t1), count);
  const out: Tick[] = [];
  let prevDay = '';
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const fineUnit = utcDay(d) < d;
    // At hour level, name the day where it changes (and on the first tick).
    const dayKey = fmtDayYear(d);
    const l = label(d, i === 0 || (fineUnit && dayKey !== prevDay && i > 0) ? true : false);
    if (fineUnit) prevDay = dayKey;
    out.push({ t: d.getTime(), label: l.label, major: l.major });
  }
  return out;
}
