/**
 * A validator for TIMEX3 `value` attributes (TimeML 1.2.1, ISO-TimeML), per `type`:
 * calendar dates at any precision with X placeholders (`2016-10`, `XXXX-WXX-1`, `2008-W42-WE`),
 * seasons, quarters and halves (`2009-SP`, `2005-Q4`, `H1`), decades and centuries (`197`, `20`),
 * fiscal years as TIMEX2 writes them (`FY2007`), times with parts of day (`2008-01-09TMO`),
 * durations (`P2.5Y`, `PT30M`, `P1DE`, `PXY`), and the references `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`.
 */
const Y4 = '(?:FY|BC)?[0-9X]{4}';
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = '(?:0[1-9]|[12][0-9]|3[01]|XX)';
const WEEK = 'W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)';
const PART_OF_YEAR = '(?:Q[1-4X]|H[12X]|SP|SU|FA|WI|WE)';
const DATE = `(?:${Y4}(?:-(?:${MONTH}(?:-${DAY})?|${WEEK}(?:-(?:[1-7X]|WE))?|${PART_OF_YEAR}))?|[0-9X]{3}|[0-9X]{2})`;
const DAY_DATE = `${Y4}-(?:${MONTH}-${DAY}|${WEEK}-[1-7X])`;
const CLOCK = '(?:(?:[01][0-9]|2[0-4]|XX)(?::(?:[0-5][0-9]|XX)(?::(?:[0-5][0-9]|60|XX)(?:\\.[0-9]+)?)?)?|MO|MI|AF|EV|NI|DT)';
const ZONE = '(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?';
const TIME = `${DAY_DATE}T${CLOCK}${ZONE}`;
const AMOUNT = '(?:[0-9]+(?:\\.[0-9]+)?|X+)';
const DURATION = `P(?:(?:${AMOUNT}(?:DE|CE|ML|WE|Y|M|W|D|Q|H))+(?:T(?:${AMOUNT}[HMS])+)?|T(?:${AMOUNT}[HMS])+)`;
const REF = '(?:PRESENT|PAST|FUTURE)_REF';

const BY_TYPE: Record<string, RegExp> = {
  DATE: new RegExp(`^(?:${DATE}|${REF})$`),
  TIME: new RegExp(`^(?:${TIME}|${REF})$`),
  DURATION: new RegExp(`^${DURATION}$`),
  SET: new RegExp(`^(?:${DURATION}|${DATE}|${TIME})$`),
};
const ANY_POINT = new RegExp(`^(?:${DATE}|${TIME}|${REF})$`);

function realCalendarDay(value: string): boolean {
  const m = /^(?:FY|BC)?(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is a well-formed TIMEX3 value for `type` (and a real calendar day). */
export function isTimex3Value(value: string, type: string): boolean {
  const re = BY_TYPE[type];
  return re !== undefined && re.test(value) && realCalendarDay(value);
}

/** True for a point in time (a DATE or TIME value): what beginPoint/endPoint hold. */
export function isTimex3Point(value: string): boolean {
  return ANY_POINT.test(value) && realCalendarDay(value);
}
