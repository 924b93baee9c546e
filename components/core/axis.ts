import { utcTicks } from 'd3-time';
import { civilFromDays, type Ms } from './time.ts';

export interface Tick {
  t: Ms;
  label: string;
  /** True for ticks that start a larger unit (a new year among months): drawn bolder. */
  major: boolean;
}

const SECOND = 1e3;
const MINUTE = 6e4;
const HOUR = 36e5;
const DAY = 864e5;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => (n < 10 ? '0' : '') + n;
const yearText = (y: number) => (y <= 0 ? `${1 - y} BC` : String(y));

/**
 * d3's multi-scale time format, with the larger unit spelled out on the first tick so a reader
 * always knows the year: "2017", "Feb", …; "3 Jul 2017", "4 Jul"; "8 Jul 2017 00:00", "06:00".
 */
function label(t: Ms, first: boolean): { label: string; major: boolean } {
  const day = Math.floor(t / DAY);
  const { y, m, d } = civilFromDays(day);
  const inDay = t - day * DAY;
  const dayText = `${d} ${MON[m - 1]}`;
  if (inDay % MINUTE) return { label: `:${two(Math.floor((inDay % MINUTE) / SECOND))}`, major: false };
  if (inDay) {
    const hm = `${two(Math.floor(inDay / HOUR))}:${two(Math.floor((inDay % HOUR) / MINUTE))}`;
    return first ? { label: `${dayText} ${yearText(y)} ${hm}`, major: true } : { label: hm, major: false };
  }
  if (d !== 1) return { label: first ? `${dayText} ${yearText(y)}` : dayText, major: first };
  if (m !== 1) return first ? { label: `${MON[m - 1]} ${yearText(y)}`, major: true } : { label: MON[m - 1]!, major: false };
  return { label: yearText(y), major: true };
}

/**
 * Ticks for the visible domain, about one per `spacing` pixels: d3-time's `utcTicks`, the calendar
 * steps of d3-scale's `scaleUtc().ticks()` (seconds to centuries, aligned on calendar boundaries).
 */
export function axisTicks(t0: Ms, t1: Ms, width: number, spacing = 90): Tick[] {
  let count = Math.max(2, Math.floor(width / spacing));
  let ticks = calendarTicks(t0, t1, count);
  // Calendar steps may overshoot the count; fewer ticks until labels have room.
  while (ticks.length > Math.max(3, width / 55) && count > 1) {
    count = Math.floor(count * 0.7);
    ticks = calendarTicks(t0, t1, count);
  }
  const out = ticks.map((t, i) => ({ t, ...label(t, i === 0) }));
  // A label runs right of its tick (about 7 px a character at 11 px): one that would run into the
  // label before it (after the long first one, "4 Jul 2017 03:00") is left out; its tick stays.
  let free = -Infinity;
  for (const tick of out) {
    const x = ((tick.t - t0) / (t1 - t0)) * width + 3;
    if (x < free) tick.label = '';
    else free = x + tick.label.length * 7 + 6;
  }
  return out;
}

function calendarTicks(t0: Ms, t1: Ms, count: number): Ms[] {
  if (!(t1 > t0)) return [];
  return utcTicks(new Date(t0), new Date(t1), count).map((d) => d.getTime());
}
