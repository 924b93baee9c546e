/** Words for numbers, units and calendar names shared by our parsers. */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, couple: 2, single: 1,
};

/** `one`, `twenty-one`, `21`, `1.5`, `two and a half` → number; unknown → null. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const half = /^(.+?) and a half$/.exec(t);
  if (half) {
    const n = parseNumber(half[1] ?? '');
    return n === null ? null : n + 0.5;
  }
  if (t === 'a couple of' || t === 'a couple') return 2;
  const parts = t.split(/[\s-]+/);
  let total = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return parts.length > 0 ? total : null;
}

/** A number written in words or digits, as a regex source (no nested quantifiers). */
export const NUMBER_PATTERN =
  '(?:\\d{1,4}(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|a couple of|a dozen|several|a few|few|many|some)';

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'DE' | 'CE';

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  year: 'Y', yr: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', hr: 'H', minute: 'MIN', min: 'MIN',
  second: 'S', sec: 'S', quarter: 'Q', decade: 'DE', century: 'CE', fortnight: 'W',
};

export const UNIT_PATTERN = '(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|quarters?|decades?|centuries|century|fortnights?)';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/(ies)$/, 'y').replace(/s$/, '');
  return UNIT_WORDS[w] ?? null;
}

/** `P9M`, `PT30M`, `P10Y` (decades), `P2Q`… for a number of units; X for an unknown number. */
export function durationValue(n: number | null, unit: Unit, fortnight = false): string {
  let count: number | null = n;
  let u: Unit = unit;
  if (fortnight && count !== null) count *= 2;
  if (u === 'DE') {
    u = 'Y';
    count = count === null ? null : count * 10;
  } else if (u === 'CE') {
    u = 'Y';
    count = count === null ? null : count * 100;
  }
  const c = count === null ? 'X' : Number.isInteger(count) ? String(count) : String(Number(count.toFixed(2)));
  switch (u) {
    case 'H':
      return `PT${c}H`;
    case 'MIN':
      return `PT${c}M`;
    case 'S':
      return `PT${c}S`;
    default:
      return `P${c}${u}`;
  }
}

/** `PT5H`, `PT2H30M`, `PT45M` for a number of minutes. */
export function clockDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

