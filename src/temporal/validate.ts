import type { TimexType } from './types.ts';

const NUM = '(?:\\d+(?:\\.\\d+)?|X)';
const YEAR = '(?:\\d{4}|XXXX)';
const TIME_PART = '(?:T(?:MO|AF|EV|NI|DT|(?:\\d{2}|XX)(?::(?:\\d{2}|XX)(?::\\d{2}(?:\\.\\d+)?)?)?)(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)';
const CALENDAR = `${YEAR}(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)|-W(?:\\d{2}|XX)(?:-WE|-[1-7])?)?`;

const DATE = new RegExp(`^(?:${CALENDAR}|BC\\d{4}|\\d{2,3}|FY${YEAR}(?:-(?:Q[1-4]|H[12]))?|PRESENT_REF|PAST_REF|FUTURE_REF)$`);
const TIME = new RegExp(`^(?:${CALENDAR}${TIME_PART}|${TIME_PART}|PRESENT_REF)$`);
const DURATION = new RegExp(`^P(?:(?:${NUM}(?:Y|M|W|D|Q|DE|CE))+(?:T(?:${NUM}[HMS])+)?|T(?:${NUM}[HMS])+)$`);

/** True when `value` is a TIMEX3 value TimeML allows for `type` (the forms the tagger writes). */
export function isTimexValue(type: TimexType, value: string): boolean {
  switch (type) {
    case 'DATE':
      return DATE.test(value) && validCalendar(value);
    case 'TIME':
      return TIME.test(value) && validCalendar(value);
    case 'DURATION':
      return DURATION.test(value);
    case 'SET':
      return DURATION.test(value) || ((DATE.test(value) || TIME.test(value)) && value.includes('X'));
  }
}

/** Months 01-12, days within the month, weeks 01-53, hours < 24. */
function validCalendar(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (m[3]) {
      const day = Number(m[3]);
      const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
      const inYear = month === 2 ? (Number(m[1]) % 4 === 0 && (Number(m[1]) % 100 !== 0 || Number(m[1]) % 400 === 0) ? 29 : 28) : days;
      if (day < 1 || day > inYear) return false;
    }
  }
  const w = /-W(\d{2})/.exec(value);
  if (w && (Number(w[1]) < 1 || Number(w[1]) > 53)) return false;
  const t = /T(\d{2}):(\d{2})/.exec(value);
  if (t && (Number(t[1]) > 24 || Number(t[2]) > 59)) return false;
  return true;
}
