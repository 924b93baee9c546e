/**
 * Held-out news, third set (test/acceptance/fixtures/news-3): twelve wire-style stories of kinds the
 * first two sets lack (appeal ruling, central bank decision, wildfire over several days, merger saga,
 * port strike, policy anniversary, live blog with clock times, interview feature with seasons,
 * transport disruption, scientific retraction, city budget vote, obituary of an artist), written with
 * every way news dates a happening: weekdays, 'last month', 'the following winter', 'in the late
 * 1950s', 'on the 29th'-style anaphors, clock times with zones, datelines, bylines, photo captions and
 * corrections. The expectations were written before the extractor was run on them. Same format and
 * checks as the first two sets (heldout-checks.ts); an `at` may list alternatives split by '|' (a
 * season is right as its year or as one of its months).
 */
import type { Story } from './heldout-news.data.ts';

export const STORIES_3: Story[] = [
  {
    // Published Wednesday 2025-04-16.
    file: 'appeal.md',
    expected: [
      { words: ['throws out', 'verdict'], at: '2025-04-15 day' },
      { words: ['orders', 'new trial'], at: '2025-04-15 day' },
      { words: ['returns', 'verdict'], at: '2022-10 month' },
      { words: ['halvorsen appeals'], at: '2023*' },
      { words: ['hears arguments'], at: '2024-09 month' },
      { words: ['diagnosed'], at: '2016 year' },
      { words: ['sues'], at: '2018 year' },
      { words: ['shares', 'rise'], at: '2025-04-15 day' },
      { words: ['withdraws'], at: '2019 year' },
    ],
    never: /rehear|could make|pleased|faces|cautious|sells herbicide|on our side|devastated/,
  },
  {
    // Published Wednesday 2025-10-29.
    file: 'rates.md',
    expected: [
      { words: ['canada cuts'], at: '2025-10-29 day' },
      { words: ['dollar weakens'], at: '2025-10-29*' },
      { words: ['yields', 'rise'], at: '2025-10-29*' },
      { words: ['begins lowering'], at: '2024-06 month' },
      { words: ['resumes cutting'], at: '2025-09 month' },
      { words: ['inflation rises'], at: '2025-09 month' },
      { words: ['raises', 'key rate'], at: '2023-07 month' },
      { words: ['cycle', 'starts'], at: '2022-03 month' },
      { words: ['imposes tariffs'], at: '2025*' },
    ],
    never: /prepared to respond|would grow|forecast|chance|scheduled|polled|expected|right level|Reporting|Editing/,
  },
  {
    // Published Monday 2025-08-11.
    file: 'wildfire.md',
    expected: [
      { words: ['42,000 acres'], at: '2025-08-11*' },
      { words: ['fire starts'], at: '2025-08-08*' },
      { words: ['thunderstorm'], at: '2025-08-07*' },
      { words: ['drive', 'flames'], at: '2025-08-09*' },
      { words: ['invokes', 'act'], at: '2025-08-09*' },
      { words: ['door to door'], at: '2025-08-10*' },
      { words: ['raise', 'evacuations'], at: '2025-08-10*' },
      { words: ['1,400 people leave'], at: '2025-08-10*' },
      { words: ['firefighter', 'injured'], at: '2025-08-10*' },
      { words: ['air quality reaches'], at: '2025-08-10*' },
      { words: ['holiday farm fire', 'burns'], at: '2020*' },
    ],
    never: /red flag|could double|expected|remains closed|replaceable|misstated|orrection|struggle|not determined|grab/,
  },
  {
    // Published Tuesday 2025-03-04.
    file: 'merger.md',
    expected: [
      { words: ['closes', 'acquisition'], at: '2025-03-03 day' },
      { words: ['shares rise 3.1%'], at: '2025-03-03*' },
      { words: ['approaches carver'], at: '2021 year|2021-09*|2021-10*|2021-11*' },
      { words: ['rejects', 'offer'], at: '2022-03 month' },
      { words: ['rebuffs', 'approach'], at: '2022 year|2022-06*|2022-07*|2022-08*' },
      { words: ['launches', 'tender offer'], at: '2022-11 month' },
      { words: ['agrees', 'sweetened deal'], at: '2023-02 month' },
      { words: ['shareholders', 'approve'], at: '2023-05 month' },
      { words: ['sues to block'], at: '2024-01 month' },
      { words: ['judge', 'sides'], at: '2024-10 month' },
      { words: ['sale closes'], at: '2025-02-21 day' },
      { words: ['carver', 'founded'], at: '1887 year' },
      { words: ['brandt joins'], at: '2018 year' },
      { words: ['delisted'], at: '2025-03-03*' },
    ],
    never: /will keep|will move|expects to save|will leave|would raise|marathon|logic/,
  },
  {
    // Published Saturday 2024-10-12.
    file: 'strike.md',
    expected: [
      { words: ['vote', 'ratify'], at: '2024-10-11 day' },
      { words: ['approve', 'deal'], at: '2024-10-11*' },
      { words: ['negotiations', 'break down'], at: '2024-09-12 day' },
      { words: ['employers propose'], at: '2024-09*' },
      { words: ['contract expires'], at: '2024-09-30*|2024-10-01T00*' },
      { words: ['walk off the job'], at: '2024-10-01*' },
      { words: ['reach', 'tentative agreement'], at: '2024-10-10 day' },
      { words: ['suspends picketing'], at: '2024-10-10*' },
      { words: ['retailers rush'], at: '2024 year|2024-06*|2024-07*|2024-08*' },
      { words: ['settle', 'dispute'], at: '2024*' },
    ],
    never: /could take|keep its gates|brings certainty|fall further behind|held the line|wanted|coming for|wrong date|orrection|raises wages|bars/,
  },
  {
    // Published Tuesday 2024-01-02.
    file: 'anniversary.md',
    expected: [
      { words: ['takes effect'], at: '2019-01-01 day' },
      { words: ['study'], at: '2023-12 month' },
      { words: ['retires'], at: '2021 year' },
      { words: ['legislature passes ban'], at: '2017-06 month' },
      { words: ['governor', 'signs'], at: '2017-06*|2017-07*' },
      { words: ['dismisses', 'challenge'], at: '2018 year' },
      { words: ['charges', 'fee'], at: '2006 year' },
      { words: ['repeals'], at: '2008 year' },
      { words: ['stops ordering'], at: '2018 year|2018-09*|2018-10*|2018-11*' },
      { words: ['introduces', 'bill'], at: '2023-11 month' },
    ],
    never: /would charge|scheduled|want|be honest|solve|feared|footprint|found two|fill a bucket/,
  },
  {
    // Published Tuesday 2025-11-18; entries in Lisbon time, the newest first.
    file: 'liveblog.md',
    expected: [
      { words: ['electricity', 'goes out'], at: '2025-11-18*' },
      { words: ['failure begins'], at: '2025-11-18T11:33*' },
      { words: ['metro', 'evacuated'], at: '2025-11-18*' },
      { words: ['firefighters free'], at: '2025-11-18*' },
      { words: ['close', 'bridge'], at: '2025-11-18*' },
      { words: ['convenes', 'meeting'], at: '2025-11-18*' },
      { words: ['restarts', 'plant'], at: '2025-11-18*' },
      { words: ['traffic lights'], at: '2025-11-18*' },
      { words: ['airport', 'resumes'], at: '2025-11-18*' },
      { words: ['takes off'], at: '2025-11-18T21:58*' },
      { words: ['outage', 'cuts power'], at: '2019-11 month' },
      { words: ['blackout', 'leaves'], at: '2025-04-28 day' },
    ],
    never: /no longer being updated|will run|advised|will set up|no indication|not affected|pitch black|torches|running on generators/,
  },
  {
    // Published Sunday 2025-09-21.
    file: 'feature.md',
    expected: [
      { words: ['goes to work'], at: '1988*' },
      { words: ['buys', 'mill'], at: '2019 year' },
      { words: ['announces'], at: '2023-01 month' },
      { words: ['clocks out'], at: '2023 year|2023-03*|2023-04*|2023-05*' },
      { words: ['pool', '$14,000'], at: '2023 year|2023-12*|2024-01*|2024-02*' },
      { words: ['rugs', 'sell out'], at: '2024-12 month' },
      { words: ['orders', '220 rugs'], at: '2025 year|2025-03*|2025-04*|2025-05*' },
      { words: ['sold to', 'developer'], at: '2025 year|2025-06*|2025-07*|2025-08*' },
    ],
    never: /wants|apartments|nobody wanted|isn't gone|got smaller|how to go home|power loom/,
  },
  {
    // Published Sunday 2025-02-16.
    file: 'disruption.md',
    expected: [
      { words: ['stranded'], at: '2025-02-15*' },
      { words: ['brings', 'train'], at: '2025-02-15*' },
      { words: ['services', 'suspended'], at: '2025-02-15*' },
      { words: ['loses power'], at: '2025-02-15*' },
      { words: ['passengers', 'moved'], at: '2025-02-15*' },
      { words: ['repaired'], at: '2025-02-15*' },
      { words: ['cancels 26 trains'], at: '2025-02-15*' },
      { words: ['resumes', 'timetable'], at: '2025-02-15*' },
      { words: ['lorry catches fire'], at: '2025-01-19 day' },
      { words: ['trains fail'], at: '2009-12 month' },
      { words: ['passengers', 'trapped'], at: '2009-12 month' },
      { words: ['tunnel opens'], at: '1994-11 month' },
    ],
    never: /expected to run|advise|entitled|refund|anxious/,
  },
  {
    // Published Wednesday 2025-06-04.
    file: 'retraction.md',
    expected: [
      { words: ['retracts'], at: '2025-06-03 day' },
      { words: ['investigation concludes'], at: '2025-05*' },
      { words: ['published'], at: '2019-03 month' },
      { words: ['fail', 'reproduce'], at: '2021 year' },
      { words: ['posts', 'analysis'], at: '2022-08 month' },
      { words: ['opens', 'inquiry'], at: '2022-09 month' },
      { words: ['reyes resigns'], at: '2025-01 month' },
      { words: ['accuses'], at: '2025-02 month' },
      { words: ['shares fall'], at: '2025-06-03*' },
    ],
    never: /relied upon|would continue|warned|vulnerable|not respond|9,000|ORRECTION|stands by|cited more|wrong strain/i,
  },
  {
    // Published Wednesday 2025-06-11; the session ran from Tuesday noon to 2:10 a.m. Wednesday.
    file: 'budget.md',
    expected: [
      { words: ['council approves', 'budget'], at: '2025-06-11*' },
      { words: ['meeting begins'], at: '2025-06-10*' },
      { words: ['calls', 'recess'], at: '2025-06-10*' },
      { words: ['darkens'], at: '2025-06-10*' },
      { words: ['proposes', 'budget'], at: '2025-04 month' },
      { words: ['committee cuts'], at: '2025-06-05 day' },
      { words: ['rally'], at: '2025-06-10*' },
      { words: ['testify'], at: '2025-05-20 day' },
      { words: ['proposes', 'amendment'], at: '2025-06-10*|2025-06-11*' },
      { words: ['amendment', 'fails'], at: '2025-06-11*' },
      { words: ['votes down'], at: '2009 year' },
    ],
    never: /takes effect|will be mailed|scheduled|would sign|would fall|live with|reckless|spending plan|plan raises|trims/,
  },
  {
    // Published Tuesday 2025-01-14.
    file: 'obituary.md',
    expected: [
      { words: ['carvalho', 'dies'], at: '2025-01-12 day' },
      { words: ['carvalho', 'born'], at: '1937-03-03 day' },
      { words: ['leaves for paris'], at: '195*' },
      { words: ['hires'], at: '1961 year' },
      { words: ['first album'], at: '1962 year' },
      { words: ['tours'], at: '197*' },
      { words: ['double album'], at: '1976 year' },
      { words: ['marries'], at: '1965 year' },
      { words: ['divorce'], at: '1980 year' },
      { words: ['lévy', 'dies'], at: '2003 year' },
      { words: ['revolution', 'topples'], at: '1974-04 month' },
      { words: ['returns to portugal'], at: '1974*' },
      { words: ['becomes', 'first portuguese'], at: '1986 year' },
      { words: ['stroke', 'leaves'], at: '2015 year' },
      { words: ['releases', 'album'], at: '2024 year|2024-03*|2024-04*|2024-05*' },
    ],
    never: /survived|funeral|will be held|pioneer|late for everything|heart failure/,
  },
];
