import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';
import type { Timex } from './types.ts';

/** The annotation whose text is `text` (first one), for compact assertions. */
function find(list: Timex[], text: string): Timex | undefined {
  return list.find((t) => t.text === text);
}

function one(sentence: string, ref: string, text: string): Timex {
  const list = tag(sentence, { referenceDate: ref });
  const t = find(list, text);
  if (!t) throw new Error(`no ${JSON.stringify(text)} in ${JSON.stringify(list.map((x) => x.text))}`);
  expect(sentence.slice(t.start, t.end)).toBe(t.text);
  return t;
}

describe('the Mosul articles', () => {
  const caller = readFileSync(new URL('../../data/dailycaller-2017-07-08-us-backed-forces-victory-over-isis.md', import.meta.url), 'utf8');
  const tags = tag(caller, { referenceDate: '2017-07-09' });
  test('past narration puts Saturday, Sunday, October and the end of January in the past', () => {
    expect(find(tags, 'Saturday')).toMatchObject({ type: 'DATE', value: '2017-07-08' });
    expect(tags.filter((t) => t.text === 'Sunday').map((t) => t.value)).toContain('2017-07-09');
    expect(find(tags, 'October')).toMatchObject({ type: 'DATE', value: '2016-10' });
    expect(find(tags, 'the end of January')).toMatchObject({ type: 'DATE', value: '2017-01', mod: 'END' });
  });
  test('a nearly nine-month operation is an approximate duration', () => {
    expect(find(tags, 'nearly nine-month')).toMatchObject({ type: 'DURATION', value: 'P9M', mod: 'APPROX' });
  });
  test('to date and currently are the present', () => {
    expect(find(tags, 'to date')).toMatchObject({ value: 'PRESENT_REF' });
    expect(find(tags, 'currently')).toMatchObject({ value: 'PRESENT_REF' });
  });
  test('names and quantities are not dates', () => {
    const texts = tags.map((t) => t.text).join(' | ');
    expect(texts).not.toMatch(/82nd|1\.5|Inherent|Daily/);
  });
  const patriot = readFileSync(new URL('../../data/americanpatriotdaily-us-big-win-in-iraq.md', import.meta.url), 'utf8');
  const ptags = tag(patriot, { referenceDate: '2017-07-10' });
  test('in 2014, nearly 9-months, the past 6 months, now', () => {
    expect(find(ptags, '2014')).toMatchObject({ type: 'DATE', value: '2014' });
    expect(find(ptags, 'nearly 9-months')).toMatchObject({ type: 'DURATION', value: 'P9M', mod: 'APPROX' });
    expect(find(ptags, 'the past 6 months')).toMatchObject({ type: 'DURATION', value: 'P6M', beginPoint: '2017-01', endPoint: '2017-07-10' });
    expect(find(ptags, 'now')).toMatchObject({ value: 'PRESENT_REF' });
  });
});

describe('tense and the reference date', () => {
  test('future clauses look forward', () => {
    expect(one('The company will report its results in October.', '2017-07-09', 'October').value).toBe('2017-10');
    expect(one('The talks are expected to resume on Monday.', '2017-07-09', 'Monday').value).toBe('2017-07-10');
    expect(one('Officials said the plant closed in March.', '2017-07-09', 'March').value).toBe('2017-03');
    expect(one('Merkel, who has led Germany since 2005, faces an election on Sept. 24.', '2017-07-12', 'Sept. 24').value).toBe('2017-09-24');
    expect(one('Markets will remain closed until Friday.', '2008-09-18', 'Friday').value).toBe('2008-09-19');
  });
  test('a weekday named on that weekday is the day itself; next and last never are', () => {
    // 2013-03-22 is a Friday.
    expect(one('Snow will disrupt travel on Friday.', '2013-03-22', 'Friday').value).toBe('2013-03-22');
    expect(one('Police arrested him on Friday.', '2013-03-22', 'Friday').value).toBe('2013-03-22');
    expect(one('Talks resume next Friday.', '2013-03-22', 'next Friday').value).toBe('2013-03-29');
    expect(one('Officials met last Friday.', '2013-03-22', 'last Friday').value).toBe('2013-03-15');
    expect(one('They will meet on Thursday.', '2013-03-22', 'Thursday').value).toBe('2013-03-28');
  });
  test('a dashed span of years gives each year', () => {
    const list = tag('The 1957-58 season was his best; losses grew in 2009-2010. Call 1955-1234 now.', { referenceDate: '2013-03-22' });
    expect(list.filter((t) => t.type === 'DATE' && /^\d{4}$/.test(t.value)).map((t) => [t.text, t.value])).toEqual([
      ['1957', '1957'], ['58', '1958'], ['2009', '2009'], ['2010', '2010'],
    ]);
  });
  test('last, this, next and the previous', () => {
    expect(one('Sales fell last June.', '2017-07-09', 'last June').value).toBe('2017-06');
    expect(one('Sales fell last June.', '2017-05-09', 'last June').value).toBe('2016-06');
    expect(one('Shares rose this week.', '2013-03-14', 'this week').value).toBe('2013-W11');
    expect(one('The election is next year.', '2017-07-09', 'next year').value).toBe('2018');
    expect(one('Jobless claims rose last week.', '2004-11-24', 'last week').value).toBe('2004-W47');
    expect(one('He resigned on March 3. He had met her the previous Monday.', '2017-07-09', 'the previous Monday').value).toBe('2017-02-27');
    expect(one('Prices peaked in late last July.', '2017-07-09', 'late last July')).toMatchObject({ value: '2016-07', mod: 'END' });
  });
});

describe('granularity', () => {
  test('years, decades, seasons, quarters, halves, fiscal years', () => {
    expect(one('Chrysler has been unprofitable since 2009.', '2011-01-01', '2009').value).toBe('2009');
    expect(one("The car was first built in '58.", '2011-01-01', "'58").value).toBe('1958');
    // Decades and centuries without "the", as TempEval-3's and MEANTIME's gold tag them.
    expect(one('Cars of the 1990s were boxy.', '2011-01-01', '1990s').value).toBe('199');
    expect(one('The case dates back to the early 2000s.', '2011-01-01', 'the early 2000s')).toMatchObject({ value: '200', mod: 'START' });
    expect(one('The firm was founded in the mid-19th century.', '2011-01-01', 'the mid-19th century')).toMatchObject({ value: '18', mod: 'MID' });
    expect(one('The plant was opened last summer.', '2013-03-01', 'last summer').value).toBe('2012-SU');
    expect(one('GM lost $2 billion in the third quarter.', '2009-11-03', 'the third quarter').value).toBe('2009-Q3');
    expect(one('Output fell in the first half of 2009.', '2010-01-01', 'the first half of 2009').value).toBe('2009-H1');
    expect(one('It expects a profit in fiscal 2010.', '2009-06-01', 'fiscal 2010').value).toBe('FY2010');
    expect(one('Profit fell in the third quarter of fiscal 1990.', '1990-11-01', 'the third quarter of fiscal 1990').value).toBe('FY1990-Q3');
    expect(one('Sales will rise next quarter.', '2009-11-03', 'next quarter').value).toBe('2010-Q1');
    expect(one('The launch took place at 08:30 UTC.', '2005-04-27', '08:30 UTC')).toMatchObject({ type: 'TIME', value: '2005-04-27T08:30Z' });
    expect(one('Apple held a press conference on Friday morning.', '2010-07-17', 'Friday morning')).toMatchObject({ type: 'TIME', value: '2010-07-16TMO' });
  });
  test('modifiers', () => {
    expect(one('Sales slumped in late 2006.', '2007-03-01', 'late 2006')).toMatchObject({ value: '2006', mod: 'END' });
    expect(one('It is to be released in mid-2011.', '2010-10-20', 'mid-2011')).toMatchObject({ value: '2011', mod: 'MID' });
    expect(one('The plant closes at the beginning of next year.', '2010-10-20', 'the beginning of next year')).toMatchObject({ value: '2011', mod: 'START' });
  });
});

describe('durations, spans and sets', () => {
  test('durations', () => {
    expect(one('She has been with General Motors for 33 years.', '2013-12-10', '33 years')).toMatchObject({ type: 'DURATION', value: 'P33Y' });
    expect(one('The strike lasted two and a half years.', '2013-12-10', 'two and a half years').value).toBe('P2.5Y');
    expect(one('Delays have dogged it for several years.', '2013-12-10', 'several years').value).toBe('PXY');
    expect(one('It announced 10,000 job cuts over the next four years.', '2011-01-01', 'the next four years')).toMatchObject({ value: 'P4Y', beginPoint: '2011-01-01', endPoint: '2015' });
    expect(one('It was the largest single-day decline.', '2011-01-01', 'single-day').value).toBe('P1D');
    expect(one('The software ships two days before the phone launches.', '2009-06-08', 'two days').value).toBe('P2D');
  });
  test('ages and fractions are not durations', () => {
    expect(tag('Barra, a 51-year-old engineer, was named.', { referenceDate: '2013-12-10' })).toEqual([]);
    expect(tag('It wants to cut about a quarter, of its dealers.', { referenceDate: '2013-12-10' })).toEqual([]);
    expect(tag('Three quarters of the vote went to him.', { referenceDate: '2013-12-10' })).toEqual([]);
    expect(one('Japan posted two consecutive quarters of negative growth.', '2008-11-18', 'two consecutive quarters').value).toBe('P2Q');
  });
  test('spans', () => {
    const list = tag('The war ran from October 2016 to July 2017.', { referenceDate: '2017-07-09' });
    expect(find(list, 'from October 2016 to July 2017')).toMatchObject({ type: 'DURATION', value: 'P9M', beginPoint: '2016-10', endPoint: '2017-07' });
    expect(find(list, 'October 2016')).toMatchObject({ type: 'DATE', value: '2016-10' });
    expect(one('The mayor imposed a curfew from midnight to 5 a.m.', '2017-08-28', 'midnight to 5 a.m.')).toMatchObject({ type: 'DURATION', value: 'PT5H' });
    expect(one('The meeting ran from 9:00 to 11:30.', '2017-08-28', '9:00 to 11:30').value).toBe('PT2H30M');
    expect(one('Schools will stay closed for at least a week.', '2017-08-28', 'at least a week')).toMatchObject({ value: 'P1W', mod: 'EQUAL_OR_MORE' });
    expect(find(tag('The economy shrank between March and May.', { referenceDate: '2017-07-09' }), 'between March and May')).toMatchObject({ type: 'DURATION', value: 'P2M' });
  });
  test('ago', () => {
    expect(one('The program, begun two years ago, was delayed.', '2008-05-24', 'two years ago')).toMatchObject({ type: 'DATE', value: '2006' });
    expect(one('Two weeks ago, prices fell.', '2009-04-01', 'Two weeks ago').value).toBe('2009-03-18');
    expect(one('A few weeks ago he resigned.', '2009-04-01', 'A few weeks ago').value).toBe('PAST_REF');
    expect(one('Years ago, the town flourished.', '2009-04-01', 'Years ago').value).toBe('PAST_REF');
    expect(one('It happened the day before yesterday.', '2009-04-01', 'the day before yesterday').value).toBe('2009-03-30');
    expect(one('Sales rebounded in the last week of March.', '2009-04-01', 'the last week of March').value).toBe('2009-W13');
    const october = tag('Franchises will not be renewed after October of next year.', { referenceDate: '2009-06-01' });
    expect(october.map((t) => [t.text, t.value])).toEqual([['October', '2010-10'], ['next year', '2010']]);
  });
  test('sets', () => {
    expect(one('The market meets every Monday.', '2017-07-09', 'every Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
    expect(one('The board is renewed each season.', '2017-07-09', 'each season').type).toBe('SET');
    expect(one('Apple held its annual keynote.', '2017-07-09', 'annual')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(one('The market has been closed on weekends since the 1950s.', '2017-12-05', 'weekends')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WE' });
  });
  test('present, past and future references', () => {
    expect(one('Raqqa is currently besieged.', '2017-07-09', 'currently').value).toBe('PRESENT_REF');
    expect(one('Prices have risen recently.', '2017-07-09', 'recently').value).toBe('PAST_REF');
    expect(one('We will see in the future.', '2017-07-09', 'the future').value).toBe('FUTURE_REF');
  });
});

describe('more news constructions', () => {
  test('holidays and named days take their year from the tense', () => {
    expect(one('Shoppers spent more at Christmas.', '2017-07-09', 'Christmas').value).toBe('2016-12-25');
    expect(one('The store will open on Thanksgiving.', '2017-07-09', 'Thanksgiving').value).toBe('2017-11-23');
    expect(one('Easter 2008 came early.', '2017-07-09', 'Easter 2008').value).toBe('2008-03-23');
    expect(one('The 9/11 attacks changed everything.', '2017-07-09', '9/11').value).toBe('2001-09-11');
  });
  test('periods framed by the narrative', () => {
    expect(one('He will step down at the end of the month.', '2017-07-09', 'the end of the month')).toMatchObject({ value: '2017-07', mod: 'END' });
    expect(one('The plant will close by year-end.', '2017-07-09', 'year-end')).toMatchObject({ value: '2017', mod: 'END' });
    expect(one('The first half of the year was strong.', '2017-07-09', 'The first half of the year').value).toBe('2017-H1');
    expect(one('He resigned earlier this month.', '2017-07-09', 'earlier this month').value).toBe('2017-07');
    expect(one('They met over the weekend.', '2017-07-09', 'the weekend').value).toBe('2017-W27-WE');
    expect(one('The vote, scheduled for next Tuesday, was postponed.', '2017-07-09', 'next Tuesday').value).toBe('2017-07-11');
    expect(one('The company expects sales to rise in the fourth quarter.', '2017-07-09', 'the fourth quarter').value).toBe('2017-Q4');
  });
  test('durations with adjectives, and "last" as a verb', () => {
    expect(one('Sales have fallen for three straight months.', '2017-07-09', 'three straight months').value).toBe('P3M');
    expect(one('Shares fell for six consecutive trading days.', '2017-07-09', 'six consecutive trading days').value).toBe('P6D');
    const trial = one('The trial is expected to last six weeks.', '2017-07-09', 'six weeks');
    expect(trial).toMatchObject({ type: 'DURATION', value: 'P6W' });
    expect(trial.beginPoint).toBeUndefined();
    expect(one('Stocks have risen over the years.', '2017-07-09', 'years').value).toBe('PXY');
    expect(one('A plot was foiled days before it was due.', '2017-07-09', 'days').value).toBe('PXD');
    expect(one('It ended a months-long standoff.', '2017-07-09', 'months-long').value).toBe('PXM');
  });
  test('wire-service times and passive futures', () => {
    // A clock time alone is on the day the story has just named (clock-day.test.ts), else the reference day.
    const report = tag('Trading was light on Thursday. At 11:45 a.m. ET, the Nasdaq was down.', { referenceDate: '2017-12-05' });
    expect(find(report, '11:45 a.m. ET')?.value).toBe('2017-11-30T11:45');
    expect(find(tag('Stocks opened lower. At 11:45 a.m. ET, the Nasdaq was down.', { referenceDate: '2017-12-05' }), '11:45 a.m. ET')?.value).toBe('2017-12-05T11:45');
    expect(one('Markets opened at 0800 UTC on Thursday.', '2008-09-18', '0800 UTC on Thursday')).toMatchObject({ type: 'TIME', value: '2008-09-18T08:00Z' });
    expect(one('Apple announced another event to be held on October 12.', '2005-10-04', 'October 12').value).toBe('2005-10-12');
    expect(one('Given the current weakened state of the economy, we act.', '2008-12-13', 'current').value).toBe('PRESENT_REF');
  });
  test('a weekday before a name is still a date; in a name it is not', () => {
    expect(one('On Tuesday Apple announced a new phone.', '2017-07-09', 'Tuesday').value).toBe('2017-07-04');
    expect(one('Iraqi Forces Retake Mosul Saturday After Long Battle', '2017-07-09', 'Saturday').value).toBe('2017-07-08');
    expect(tag('He told the Sunday Telegraph.', { referenceDate: '2017-07-09' })).toEqual([]);
  });
  test('numbers inside names are no years', () => {
    expect(tag('The Russell 2000 Index dropped.', { referenceDate: '2010-10-23' })).toEqual([]);
    expect(tag("Apple unveils iLife '11 software.", { referenceDate: '2010-10-23' })).toEqual([]);
    expect(one("It was the summer of '69.", '2010-10-23', "summer of '69").value).toBe('1969-SU');
  });
});

describe('anaphora and not-dates', () => {
  test('the day, that week, the same month, the year before', () => {
    const text = 'The Dow fell on October 10, 2008. It rebounded late in the day. That week was the worst. The same month, banks failed. The year before, it had risen.';
    const list = tag(text, { referenceDate: '2008-10-20' });
    expect(find(list, 'the day')?.value).toBe('2008-10-10');
    expect(find(list, 'That week')?.value).toBe('2008-W41');
    expect(find(list, 'The same month')?.value).toBe('2008-10');
    expect(find(list, 'The year before')?.value).toBe('2007');
  });
  test('without a reference date relative times stay unresolved', () => {
    expect(find(tag('Trading was halted for the day.'), 'the day')?.value).toBe('XXXX-XX-XX');
    const list = tag('Police charged him on Sunday, after last week\'s attack in May. He was questioned in 2015.');
    expect(list.map((t) => [t.text, t.value])).toEqual([
      ['Sunday', 'XXXX-WXX-7'],
      ['last week', 'XXXX-WXX'],
      ['May', 'XXXX-05'],
      ['2015', '2015'],
    ]);
  });
  test('proper names, quantities, scores and verbs', () => {
    for (const s of [
      'Soldiers of the 82nd Airborne Division advanced.',
      'The city was home to 1.5 million people.',
      'Operation Inherent Resolve continues.',
      'The Sunday Times reported it first.',
      'Marchers remembered Bloody Sunday.',
      'Markets crashed on Black Monday.',
      'It may have a large impact.',
      'Theresa May said so.',
      'Chelsea won 3-1 at home.',
      'publisher: American Patriot Daily',
      'The Daily Caller reported it.',
      'He competed at the Winter Olympics.',
      'After the fall of Mosul, ISIS retreated.',
      'Thousands joined the march on Washington.',
      "The Women's March drew crowds.",
      'She wrote for the Saturday Evening Post.',
      'Sun Microsystems was bought by Oracle.',
      'The couple wed in secret and he sat down.',
      'Add 1/2 cup of sugar; it is a 24/7 service.',
      'The index rose 8.1% in the S&P 500.',
      'Call me as soon as they board.',
    ]) {
      const list = tag(s, { referenceDate: '2017-07-09' });
      expect(list, s).toEqual([]);
    }
  });
});
