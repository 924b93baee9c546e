import { civilFromDays, daysFromCivil, type Ms } from './time.ts';

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
const YEAR = 31_556_952e3;

/** Calendar steps, as d3's utcTicks has them: fixed ones (up to hours), then days, weeks, months, years. */
type Step = { unit: 'fixed' | 'day' | 'week' | 'month' | 'year'; n: number; ms: number };
const STEPS: Step[] = [
  ...[1, 5, 15, 30].map((n) => ({ unit: 'fixed' as const, n: n * SECOND, ms: n * SECOND })),
  ...[1, 5, 15, 30].map((n) => ({ unit: 'fixed' as const, n: n * MINUTE, ms: n * MINUTE })),
  ...[1, 3, 6, 12].map((n) => ({ unit: 'fixed' as const, n: n * HOUR, ms: n * HOUR })),
  { unit: 'day', n: 1, ms: DAY },
  { unit: 'day', n: 2, ms: 2 * DAY },
  { unit: 'week', n: 1, ms: 7 * DAY },
  ...[1, 3, 6].map((n) => ({ unit: 'month' as const, n, ms: n * 2_629_746e3 })),
];

function chooseStep(t0: Ms, t1: Ms, count: number): Step {
  const target = (t1 - t0) / count;
  if (target < YEAR * 0.75) {
    let best = STEPS[0]!;
    for (const s of STEPS) if (Math.abs(Math.log(target / s.ms)) < Math.abs(Math.log(target / best.ms))) best = s;
    return best;
  }
  const years = target / YEAR;
  const power = 10 ** Math.floor(Math.log10(years));
  const ratio = years / power;
  const n = Math.max(1, Math.round((ratio >= 7.1 ? 10 : ratio >= 3.2 ? 5 : ratio >= 1.4 ? 2 : 1) * power));
  return { unit: 'year', n, ms: n * YEAR };
}

/**
 * Tick instants of `step` in [t0, t1], aligned like d3-time's UTC intervals (hours on multiples of
 * the step, odd days of the month, Sundays, months and years on multiples). Plain calendar
 * arithmetic: UTC has no DST, and d3-time ships as one bundle that cannot be tree-shaken.
 */
export function stepTicks(t0: Ms, t1: Ms, step: Step): Ms[] {
  const out: Ms[] = [];
  if (step.unit === 'fixed') {
    for (let t = Math.ceil(t0 / step.n) * step.n || 0; t <= t1; t += step.n) out.push(t);
    return out;
  }
  const day0 = Math.floor(t0 / DAY);
  if (step.unit === 'day' || step.unit === 'week') {
    for (let d = day0; d * DAY <= t1; d++) {
      if (d * DAY < t0) continue;
      if (step.unit === 'week' ? (((d + 4) % 7) + 7) % 7 === 0 : (civilFromDays(d).d - 1) % step.n === 0) out.push(d * DAY);
    }
    return out;
  }
  const c = civilFromDays(day0);
  if (step.unit === 'month') {
    let y = c.y;
    let m = c.m - ((c.m - 1) % step.n);
    for (;;) {
      const t = daysFromCivil(y, m, 1) * DAY;
      if (t > t1) break;
      if (t >= t0) out.push(t);
      m += step.n;
      if (m > 12) {
        m -= 12;
        y++;
      }
    }
    return out;
  }
  for (let y = Math.floor(c.y / step.n) * step.n; ; y += step.n) {
    const t = daysFromCivil(y, 1, 1) * DAY;
    if (t > t1) break;
    if (t >= t0) out.push(t);
  }
  return out;
}

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

/** Ticks for the visible domain, about one per `spacing` pixels. */
export function axisTicks(t0: Ms, t1: Ms, width: number, spacing = 90): Tick[] {
  let count = Math.max(2, Math.floor(width / spacing));
  let ticks = stepTicks(t0, t1, chooseStep(t0, t1, count));
  // Calendar steps may overshoot; fewer ticks until labels have room.
  while (ticks.length > Math.max(3, width / 55) && count > 1) {
    count = Math.floor(count * 0.7);
    ticks = stepTicks(t0, t1, chooseStep(t0, t1, count));
  }
  return ticks.map((t, i) => ({ t, ...label(t, i === 0) }));
}
