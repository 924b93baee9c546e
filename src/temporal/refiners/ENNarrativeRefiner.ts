import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotate, annotationOf, type SamePeriodAnaphor, type SeasonAnaphor } from '../annotation.ts';
import { addDays, addMonths, type Day, dayString, digitsAt, monthString, parseDay, weekValue } from '../calendar.ts';
import { narrativeOf, type Anchor, type NarrativeState } from '../context.ts';
import { settleTimex, timexOf } from '../timexValue.ts';
import { yearValue } from '../value.ts';
import { tenseOf } from '../resolve.ts';

/**
 * Updates the time in force from a TIMEX3 value: a day sets day, month and year; a month its month
 * and year; a year (or a part of one: 2014-Q3, 2014-H1, 2014-SU) its year. `day` is `parseDay(value)`,
 * which the caller has at hand.
 */
export function advanceAnchor(anchor: Anchor, value: string, day: Day | undefined): Anchor {
  if (day) return { day, month: { year: day.year, month: day.month }, year: day.year };
  // The value begins with a four-digit year (digitsAt reads -1 otherwise, and a short value has no digits to read).
  const year = value.length >= 4 ? digitsAt(value, 0, 4) : -1;
  if (year < 0) return anchor;
  // YYYY-MM
  if (value.length === 7 && value.charCodeAt(4) === 45) {
    const month = digitsAt(value, 5, 7);
    if (month >= 0) return { ...anchor, month: { year, month }, year };
  }
  // YYYY, or YYYY-Q…, -H…, -S…, -F…, -W…
  if (value.length === 4 || (value.charCodeAt(4) === 45 && YEAR_PART.has(value.charCodeAt(5)))) return { ...anchor, year };
  return anchor;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** How many sentences back a named day still holds a clock time said alone. */
const RECENT_SENTENCES = 2;

/** The opening sentences whose first day named is the day of the news (a headline, a dateline, the lede). */
const LEDE_SENTENCES = 2;
/** How many days before the article the news day may be: wire stories run the day after, weeklies later. */
const LEDE_DAYS = 7;

/**
 * A clock time told in the past with no day near it is on the day of the news: the lede's day
 * when that is in the week up to the article ("reported … on Wednesday. … released shortly after
 * 4 p.m. ET", published Thursday); a clock time in the present or ahead stays on the article's day.
 */
function storyDay(context: ParsingContext, r: ParsingResult, state: NarrativeState): Day | undefined {
  const lede = state.ledeDay;
  const ref = state.reference;
  if (!lede || !ref) return undefined;
  const at = dayString(lede);
  if (at > dayString(ref) || at < dayString(addDays(ref, -LEDE_DAYS))) return undefined;
  return tenseOf(context, r.index, r.text.length) === 'past' ? lede : undefined;
}

/** What may stand between a clock time and its day: a zone ("local time", "Pacific time", "ET"), brackets, commas, "on". */
const CLOCK_TO_DAY = /^(?:\s|,|\(|\)|local\s+time|[A-Z][a-z]+\s+time|[A-Z]{2,4})*(?:\bon\s+)?$/;

/** A bare clock time: hours or minutes, no day, no weekday, not one of our annotations. */
const bareClock = (r: ParsingResult): boolean =>
  !annotationOf(r.start) && !r.end && (r.start.isCertain('hour') || r.start.isCertain('minute')) && !r.start.isCertain('day') && !r.start.isCertain('weekday');

/**
 * The day named right after a clock time, past its zone and a bracketed clock of another zone
 * ("at about 3:15 a.m. local time (0715 GMT) on Tuesday", "11:59 p.m. Pacific time Friday"):
 * chrono joins a day only when it follows at once.
 */
function dayAfterClock(context: ParsingContext, results: ParsingResult[], i: number, hasRef: boolean): Day | undefined {
  let end = results[i]!.index + results[i]!.text.length;
  for (let j = i + 1; j < results.length && j <= i + 2; j++) {
    const next = results[j]!;
    if (next.index < end || !CLOCK_TO_DAY.test(context.text.slice(end, next.index))) return undefined;
    if (bareClock(next)) {
      end = next.index + next.text.length;
      continue;
    }
    const info = timexOf(next, hasRef);
    return info && info.type === 'DATE' && info.value.length === 10 ? parseDay(info.value) : undefined;
  }
  return undefined;
}

/** Before an entry heading's clock time: markup only ("**", "## ", "- "). */
const HEADING_BEFORE = /^[\s*_#>|[(-]*$/;
/** After it: a zone, markup, then a dash, colon or bar, or the end of the sentence ("**11:52 p.m.** —", "9:15 a.m. ET:"). */
const HEADING_AFTER = /^[\s*_)\]]*(?:(?:[A-Z]{2,4}|local time)\b[\s*_)\]]*)?(?:[—–:|-]|$)/;

/**
 * A live blog's entry heading: a clock time that opens its line, alone but for markup, before a
 * dash, a colon or the line's end. Its entry is told on its own day, whatever the entry before
 * said ("Metros will run a normal service on Wednesday" is no day for the next heading).
 */
function isEntryHeading(context: ParsingContext, r: ParsingResult, state: NarrativeState): boolean {
  const body = state.body;
  const start = state.sentenceStart;
  if (body === undefined || start === undefined || r.index > 8 || !HEADING_BEFORE.test(context.text.slice(0, r.index))) return false;
  const end = r.index + r.text.length;
  if (!HEADING_AFTER.test(context.text.slice(end, end + 20))) return false;
  let p = start - 1;
  while (p >= 0 && (body.charCodeAt(p) === 32 || body.charCodeAt(p) === 9)) p--;
  return p < 0 || body.charCodeAt(p) === 10;
}

/** Minutes after midnight of a clock time. */
const minutesOf = (r: ParsingResult): number => (r.start.get('hour') ?? 0) * 60 + (r.start.get('minute') ?? 0);

/**
 * The day of an entry heading: the one that puts it nearest the heading before, whichever way
 * the blog runs (newest first or oldest first); past midnight it is the day after or before.
 */
function entryDay(entry: { day: Day; minutes: number }, minutes: number): Day {
  const delta = minutes - entry.minutes;
  return delta > 720 ? addDays(entry.day, -1) : delta < -720 ? addDays(entry.day, 1) : entry.day;
}

/** "had testified", "had been closed", "had already left": the past perfect. */
const PAST_PERFECT = /\bhad\s+(?:(?:not|never|already|just|also|long|previously)\s+)?[a-z]{2,}(?:ed|en|wn)\b/;
/** A verb of saying or a "that" between a day and the past perfect: the day is the saying's ("said on Tuesday it had sold"). */
const SAYING = /\b(?:said|says|told|tells|announced|reported|added|stated|confirmed|that)\b/;

/**
 * Whether the day at [start, end) of the sentence is told in the past perfect, a flashback that does
 * not move the story's night on: "At a public hearing on May 20, more than 150 residents had testified".
 */
function flashback(sentence: string, start: number, end: number): boolean {
  const had = sentence.indexOf('had ', Math.max(0, start - 40));
  if (had < 0 || had > end + 60) return false;
  const m = PAST_PERFECT.exec(sentence.slice(had, had + 40));
  if (!m || m.index !== 0) return false;
  return !SAYING.test(had > end ? sentence.slice(end, had) : sentence.slice(had, start));
}

const THAT_BEFORE = /^that\s$/i;
/** Before a demonstrative "that": a sentence's start, a comma, a conjunction or a preposition (not "said that March was…"). */
const BEFORE_DEMONSTRATIVE = /(?:^|[,;(]|\b(?:and|but|or|by|in|until|till|of|from|since|before|after|during|through|for|that)\s)\s*$/i;
const demonstrativeThat = (text: string, at: number): boolean => BEFORE_DEMONSTRATIVE.test(text.slice(Math.max(0, at - 8), at));

/** Q H S F W: the letters after "YYYY-" that make a value part of that year. */
const YEAR_PART = new Set([81, 72, 83, 70, 87]);

/**
 * Reads the narrative left to right: anaphora ("the day", "that year", "the previous day") take
 * the time in force, a clock time said alone takes the day named in its sentence ("Tuesday … at
 * 18:00 UTC") or the reference day,
 * and every dated expression becomes the time in force for what follows, in this sentence and the
 * next (the state is carried by the tagging option).
 */
export class ENNarrativeRefiner implements Refiner {
  refine(context: ParsingContext, input: ParsingResult[]): ParsingResult[] {
    const results = joinClockToDay(context, input);
    const state = narrativeOf(context);
    const hasRef = !!state.reference;
    let anchor: Anchor = state.anchor ?? {};
    // A clock time said alone belongs to a day named in its own sentence, else to the reference day
    // ("At 11:45 a.m. ET, the Nasdaq was down" reports the day of the article).
    let sentenceDay = undefined as Anchor['day'];
    // The last dated value of this sentence: "rose 43% in February compared to the same period last year".
    let lastInSentence: string | undefined;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const own = annotationOf(r.start);
      // Whether r is a live blog's entry heading: known for bare clock times after a first heading, found below for the others.
      let heading: boolean | undefined;
      if (own?.anaphor) {
        const { unit, shift } = own.anaphor;
        let value: string | undefined;
        let stale: string | undefined;
        if (own.anaphor.years !== undefined) value = samePeriodValue(own.anaphor, anchor, lastInSentence);
        else if (own.anaphor.unit === 'season') value = own.anaphor.bare && anchor.year === state.reference?.year ? undefined : seasonValue(own.anaphor, anchor);
        else if (unit === 'minute') {
          const clock = state.clock;
          if (clock && state.sentence !== undefined && state.sentence - clock.sentence <= RECENT_SENTENCES) {
            const total = clock.minutes + shift;
            const days = Math.floor(total / 1440);
            const m = total - days * 1440;
            annotate(r, { ...own, type: 'TIME', value: `${dayString(addDays(clock.day, days))}T${pad2(Math.floor(m / 60))}:${pad2(m % 60)}` });
          } else if (anchor.day) value = dayString(anchor.day);
        }
        // Not "the day" itself: "For the day, the Nikkei closed down" after "since October 1982" is the session's.
        else if ((unit === 'day' || unit === 'week') && (shift !== 0 || own.anaphor.part) && (stale = staleDay(anchor, lastInSentence)) !== undefined) annotate(r, { ...own, type: 'DATE', value: stale });
        else if (unit === 'day' && anchor.day && own.anaphor.part) annotate(r, { ...own, value: `${dayString(addDays(anchor.day, shift))}T${own.anaphor.part}` });
        else if (unit === 'day' && anchor.day) {
          const from = laterFrom(context, r, state, anchor.day, shift);
          // No day named fits: the month in force, when it is not after the article either.
          const month = anchor.month;
          if (from) value = dayString(addDays(from, shift));
          else if (month && state.reference && month.year * 12 + month.month <= state.reference.year * 12 + state.reference.month) value = monthString(month.year, month.month);
          else value = dayString(addDays(anchor.day, shift));
        }
        else if (unit === 'week' && anchor.day) value = weekValue(addDays(anchor.day, 7 * shift));
        else if (unit === 'month' && anchor.month && own.anaphor.monthName !== undefined) {
          // After a year alone ("married in 2019 … the following June") the whole year is behind.
          const from = anchor.year === undefined || anchor.month.year === anchor.year ? anchor.month : { year: anchor.year, month: shift > 0 ? 12 : 1 };
          value = monthNamed(own.anaphor.monthName, shift, from);
        }
        else if (unit === 'month' && anchor.month) {
          const m = addMonths(anchor.month.year, anchor.month.month, shift);
          value = monthString(m.year, m.month);
        } else if (unit === 'year' && anchor.year !== undefined) value = (own.anaphor.distance ? (monthYearsOn(lastInSentence, shift) ?? yearsFromAge(context.text, r.index, state.born, lastInSentence, shift)) : undefined) ?? yearValue(anchor.year + shift);
        else if (unit === 'decade' && anchor.year !== undefined && anchor.year >= 1000) value = String(Math.floor(anchor.year / 10));
        if (value) annotate(r, { ...own, value });
      } else if (own?.holiday && lastInSentence !== undefined && state.reference) {
        // "the 2020 Holiday Farm fire, which … destroyed more than 400 homes … over Labor Day weekend":
        // a holiday told in the past is in the year this sentence has just told, when it is an earlier one.
        const year = digitsAt(lastInSentence, 0, 4);
        if (year >= 0 && year < state.reference.year && !own.value.startsWith(String(year))) annotate(r, { ...own, value: own.holiday(year) });
      } else if (!own && (r.start.isCertain('hour') || r.start.isCertain('minute')) && !r.start.isCertain('day') && !r.start.isCertain('weekday')) {
        // Else to the day the story tells of, when a recent sentence named it ("slammed into the coast
        // early Thursday. … made landfall at 5:40 a.m."), else to the reference day.
        // A day told in a flashback ("On May 20, residents had testified") is not the night a later clock time tells of.
        const recent = state.daySentence !== undefined && state.sentence !== undefined && state.sentence - state.daySentence <= RECENT_SENTENCES && !state.dayFlashback;
        if (state.entry) heading = isEntryHeading(context, r, state);
        const day = heading && state.entry ? entryDay(state.entry, minutesOf(r)) : (dayAfterClock(context, results, i, hasRef) ?? sentenceDay ?? (recent ? anchor.day : undefined) ?? storyDay(context, r, state) ?? state.reference);
        if (day) {
          r.start.imply('year', day.year);
          r.start.imply('month', day.month);
          r.start.imply('day', day.day);
        }
      }
      // "On July 20, 1969, … They splashed down on July 24": a month and day without a year, told
      // while the story sits in another year than the reference's, are in that year.
      // "Talks broke down in October 2021. That December, the union struck": the month in the year in force.
      if (!own && anchor.year !== undefined && r.index >= 5 && r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year') && !r.start.isCertain('weekday') && THAT_BEFORE.test(context.text.slice(r.index - 5, r.index)) && demonstrativeThat(context.text, r.index - 5)) {
        r.start.assign('year', anchor.year);
        r.text = context.text.slice(r.index - 5, r.index + r.text.length);
        r.index -= 5;
      }
      const past = state.pastYear;
      if (!own && past && state.sentence !== undefined && state.sentence - past.sentence <= 1 && r.start.isCertain('month') && r.start.isCertain('day') && !r.start.isCertain('year')) {
        r.start.imply('year', past.year);
      }
      const info = timexOf(r, hasRef);
      const named = info && (info.type === 'DATE' || info.type === 'TIME') ? parseDay(info.value) : undefined;
      if (named) {
        sentenceDay = named;
        state.days = [named, ...(state.days ?? []).filter((d) => dayString(d) !== dayString(named))].slice(0, 6);
        state.daySentence = state.sentence;
        state.dayFlashback = flashback(context.text, r.index, r.index + r.text.length);
        // "**11:52 p.m.** — …": the entry heading that the next heading's day is counted from.
        if (info && info.type === 'TIME' && (heading ?? (r.start.isCertain('hour') && isEntryHeading(context, r, state)))) state.entry = { day: named, minutes: minutesOf(r) };
        if (!state.ledeDay && state.sentence !== undefined && state.sentence <= LEDE_SENTENCES) state.ledeDay = named;
        // A clock time ("11:05 p.m. on March 8, 2022"): the clock in force for "two hours later".
        if (info && info.type === 'TIME' && state.sentence !== undefined && info.value.charCodeAt(10) === 84 /* T */) {
          const hour = digitsAt(info.value, 11, 13);
          const minute = info.value.charCodeAt(13) === 58 ? digitsAt(info.value, 14, 16) : 0;
          if (hour >= 0 && minute >= 0) state.clock = { day: named, minutes: hour * 60 + minute, sentence: state.sentence };
        }
      }
      settleTimex(r, info);
      if (info && (info.type === 'DATE' || info.type === 'TIME')) {
        anchor = advanceAnchor(anchor, info.value, named);
        lastInSentence = info.value;
        if (state.reference && state.sentence !== undefined) followPastYear(state, r.text, info.value, named, state.reference.year, state.sentence);
        // "Carvalho was born in Coimbra on March 3, 1937": the year ages count from ("at 15, … two years later").
        if (info.value.length >= 4 && r.index > 4 && context.text.lastIndexOf('born', r.index) >= 0 && BORN_BEFORE.test(context.text.slice(Math.max(0, r.index - 40), r.index))) {
          const year = digitsAt(info.value, 0, 4);
          if (year >= 0) state.born = year;
        }
      }
    }
    state.anchor = anchor;
    return results;
  }
}

/**
 * The month in force when this sentence told it last and it lies well away from the day in force:
 * "passed the ban in June 2017 …, and the governor signed it a week later" (the day in force, Jan.
 * 1, 2019, three paragraphs up), "came in December 2009, when five trains failed … on the same
 * night" (Jan. 19, 2025 before it). A day counted from it is in that month. A month next to the
 * day's ("last month" after "on Tuesday"), or one told in an earlier sentence (often a comparison:
 * "the lowest since October 1982"), leaves the day in force.
 */
function staleDay(anchor: Anchor, lastInSentence: string | undefined): string | undefined {
  const d = anchor.day;
  const m = anchor.month;
  if (!d || !m || lastInSentence === undefined || lastInSentence.length !== 7 || lastInSentence !== monthString(m.year, m.month)) return undefined;
  return Math.abs(m.year * 12 + m.month - (d.year * 12 + d.month)) > 1 ? lastInSentence : undefined;
}

/**
 * "closed in March 2020 …, and the renovation began a year later": years counted from a month this
 * sentence has just told land in that month of the year (2021-03), not on the bare year.
 */
function monthYearsOn(lastInSentence: string | undefined, shift: number): string | undefined {
  if (lastInSentence === undefined || lastInSentence.length !== 7 || lastInSentence.charCodeAt(4) !== 45 || shift === 0) return undefined;
  const year = digitsAt(lastInSentence, 0, 4);
  return year < 0 || digitsAt(lastInSentence, 5, 7) < 0 ? undefined : yearValue(year + shift) + lastInSentence.slice(4);
}

/** "born in", "born on", "was born in Coimbra on": a birth date follows. */
const BORN_BEFORE = /\bborn\b[^,.;]{0,30}\b(?:in|on)\s+$/;
/** "at 15,", "aged 20", "at the age of 12": an age, not a clock time or a figure. */
const AGE = /\b(?:at|aged|at the age of)\s+(\d{1,2})\b(?!\s*(?:%|percent|per cent|a\.?m|p\.?m|o'clock|[:.]\d|mph|km|miles|degrees))/gi;

/**
 * "born … 1937. … at 15, won a scholarship to the conservatory, where she was expelled two years
 * later": years counted from an age told before them in their sentence are counted from the birth
 * year plus that age (1954), not from the last year told (1939). Only with no date told before in
 * the sentence and a birth year known.
 */
function yearsFromAge(sentence: string, at: number, born: number | undefined, lastInSentence: string | undefined, shift: number): string | undefined {
  if (born === undefined || lastInSentence !== undefined) return undefined;
  let age = -1;
  AGE.lastIndex = 0;
  for (let m = AGE.exec(sentence); m && m.index < at; m = AGE.exec(sentence)) age = Number(m[1]);
  return age > 0 ? yearValue(born + age + shift) : undefined;
}

/** "the following February": the first February after the month in force (`shift` 1), "the previous June" the last one before it (-1). */
function monthNamed(name: number, shift: number, from: { year: number; month: number }): string {
  const year = shift > 0 ? (name > from.month ? from.year : from.year + 1) : name < from.month ? from.year : from.year - 1;
  return monthString(year, name);
}

/**
 * The day "two weeks later" counts from: the day in force, unless that puts a happening told in the
 * past after the article's date ("Copperbelt reported cases on Tuesday. … The outbreak grew slowly
 * at first. Two weeks later, counts jumped"): then the latest day named before that this does not;
 * undefined when none does.
 */
function laterFrom(context: ParsingContext, r: ParsingResult, state: NarrativeState, day: Day, shift: number): Day | undefined {
  const ref = state.reference;
  if (shift <= 0 || !ref || dayString(addDays(day, shift)) <= dayString(ref)) return day;
  if (tenseOf(context, r.index, r.text.length) !== 'past') return day;
  for (const d of state.days ?? []) if (dayString(addDays(d, shift)) <= dayString(ref)) return d;
  return undefined;
}

/**
 * "until 9 p.m. on the 21st": a clock time alone followed by "on" and a day that one of our parsers
 * resolved (chrono joins the dates it reads itself) is one time on that day.
 */
function joinClockToDay(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  let out: ParsingResult[] | undefined;
  for (let i = 0; i + 1 < results.length; i++) {
    const r = results[i]!;
    const next = results[i + 1]!;
    const own = annotationOf(next.start);
    if (annotationOf(r.start) || r.end || !r.start.isCertain('hour') || r.start.isCertain('day') || r.start.isCertain('weekday') || !own || own.anaphor) continue;
    const day = own.type === 'DATE' ? parseDay(own.value) : undefined;
    if (!day || own.value.length !== 10 || !/^\s+on\s+$/.test(context.text.slice(r.index + r.text.length, next.index))) continue;
    const joined = context.createParsingResult(r.index, context.text.slice(r.index, next.index + next.text.length));
    joined.start = r.start.clone();
    joined.start.assign('year', day.year);
    joined.start.assign('month', day.month);
    joined.start.assign('day', day.day);
    out ??= results.slice();
    out.splice(out.indexOf(r), 2, joined);
  }
  return out ?? results;
}

/**
 * The value of "the same <unit> last year": the time in force at that unit, `years` years off. A
 * period takes the unit of the last date named in its sentence (a month, a quarter, a year), else
 * the year; undefined when the unit's time is not known.
 */
/**
 * "that summer" is the summer of the year in force; "the following spring" the first spring begun
 * after the month in force (else the next year's), "the previous winter" the last one begun before it.
 */
function seasonValue(a: SeasonAnaphor, anchor: Anchor): string | undefined {
  const year = anchor.year;
  if (year === undefined) return undefined;
  const first = SEASON_FIRST_MONTH[a.season];
  const month = anchor.month && anchor.month.year === year ? anchor.month.month : undefined;
  let y = year;
  if (a.shift === 1) y = month !== undefined && first > month ? year : year + 1;
  else if (a.shift === -1) y = month !== undefined && first < month ? year : year - 1;
  return `${yearValue(y)}-${a.season}`;
}

const SEASON_FIRST_MONTH: Readonly<Record<SeasonAnaphor['season'], number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function samePeriodValue(a: SamePeriodAnaphor, anchor: Anchor, last: string | undefined): string | undefined {
  let base: string | undefined;
  const month = anchor.month;
  if (a.unit === 'period' && last !== undefined && /^\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?/.test(last)) {
    // A day names its month: a period is no single day.
    base = /^\d{4}-\d{2}-\d{2}/.test(last) ? last.slice(0, 7) : (/^\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?/.exec(last)?.[0] ?? last);
  } else if (a.unit === 'period') base = anchor.year !== undefined ? yearValue(anchor.year) : undefined;
  else if (a.unit === 'quarter') base = last !== undefined && /^\d{4}-Q[1-4]$/.test(last) ? last : month ? `${yearValue(month.year)}-Q${Math.floor((month.month - 1) / 3) + 1}` : undefined;
  else if (a.unit === 'month') base = month ? monthString(month.year, month.month) : undefined;
  else if (a.unit === 'day') base = anchor.day ? dayString(anchor.day) : undefined;
  else base = anchor.day ? weekValue(anchor.day) : undefined;
  if (base === undefined) return undefined;
  const year = digitsAt(base, 0, 4);
  return year < 0 ? undefined : yearValue(year + a.years) + base.slice(4);
}

/**
 * Keeps `state.pastYear`: a full date in an earlier year, its year in figures, starts it ("On July
 * 20, 1969"; a year alone does not: "retailer in 2007. According to an April 2nd report" is this
 * year's April), a day in that year keeps it in force ("four days earlier"), any other dated value
 * ends it ("on Saturday", "in 2012").
 */
function followPastYear(state: NarrativeState, text: string, value: string, day: Day | undefined, referenceYear: number, sentence: number): void {
  const year = value.length >= 4 ? digitsAt(value, 0, 4) : -1;
  if (year < 0) return;
  if (day && year < referenceYear && text.includes(String(year))) state.pastYear = { year, sentence };
  else if (state.pastYear) state.pastYear = state.pastYear.year === year && day ? { year, sentence } : undefined;
}
