/** The held-out stories and what a careful reader expects of each (see heldout-news.test.ts). */

export interface Expected {
  /** Words the title holds (case-insensitive), e.g. ['madoff', 'pleads guilty']. */
  words: string[];
  /** "start granularity" ("2009-03 month"), or a prefix of the start ending in '*' ("2016-06*"). */
  at: string;
  /** Why the extractor misses it still: the test then must fail. */
  open?: string;
}

export interface Story {
  file: string;
  expected: Expected[];
  /** No event title may match this. */
  never: RegExp;
  /** Why some title still does: the test then must fail. */
  neverOpen?: string;
}

export const STORIES: Story[] = [
  {
    file: 'binladen.md',
    expected: [
      { words: ['kill', 'bin laden'], at: '2011-05-01 day' },
      { words: ['obama', 'announces', 'death'], at: '2011-05-01 day' },
      { words: ['crowds gather'], at: '2011-05-01 day' },
      { words: ['attacks', 'kill', '3,000'], at: '2001-09-11 day' },
      { words: ['pursue', 'bin laden', 'tora bora'], at: '2001-12 month' },
    ],
    never: /pursue (Ground|White|New York)|face questions|Reporting|Editing/,
  },
  {
    file: 'notre-dame.md',
    expected: [
      { words: ['fire breaks out', 'notre-dame'], at: '2019-04-15 day' },
      { words: ['fire', 'spreads'], at: '2019-04-15 day' },
      { words: ['spire collapses'], at: '2019-04-15 day' },
      { words: ['firefighters bring blaze'], at: '2019-04-16 day' },
      { words: ['macron visits site'], at: '2019-04-15 day' },
      { words: ['macron vows', 'rebuilt'], at: '2019-04-15 day' },
      { words: ['pledge 200 million euros'], at: '2019-04-16 day' },
      { words: ['construction', 'begins'], at: '1163 year' },
    ],
    never: /1260|closes|believe|accidental|designs/,
  },
  {
    file: 'madoff.md',
    expected: [
      { words: ['madoff sentenced'], at: '2009-06-29 day' },
      { words: ['madoff pleads guilty'], at: '2009-03 month' },
      { words: ['madoff arrested'], at: '2008-12-11 day' },
      { words: ['madoff confesses'], at: '2008-12-10 day' },
      { words: ['victims applaud'], at: '2009-06-29 day' },
      { words: ['madoff apologizes'], at: '2009-06-29 day' },
    ],
    never: /appeal|live with|asked for|calls|^71/,
  },
  {
    file: 'brexit.md',
    expected: [
      { words: ['britain votes to leave european union'], at: '2016-06-23 day' },
      { words: ['result declared'], at: '2016-06-24 day' },
      { words: ['cameron announces', 'step down'], at: '2016-06-24 day' },
      { words: ['pound falls'], at: '2016-06-24 day' },
      { words: ['scotland votes'], at: '2016-06*' },
      { words: ['britain joins european economic community'], at: '1973 year' },
      { words: ['voters back membership'], at: '1975 year' },
    ],
    never: /negotiate|expected|likely|campaign|Cameron announced$/,
  },
  {
    file: 'whatsapp.md',
    expected: [
      { words: ['facebook', 'agrees to buy', 'whatsapp'], at: '2014-02-19 day' },
      { words: ['koum', 'acton', 'found whatsapp'], at: '2009 year' },
      { words: ['facebook buys', 'instagram'], at: '2012-04 month' },
      { words: ['shares fall 2 percent'], at: '2014-02-19 day' },
    ],
    never: /join|close|help|users|Yahoo found/,
  },
  {
    file: 'worldcup.md',
    expected: [
      { words: ['germany wins world cup'], at: '2014-07-13 day' },
      { words: ['goetze scores winner'], at: '2014-07-13 day' },
      { words: ['messi misses'], at: '2014-07-13 day' },
      { words: ['germany thrashes', 'brazil'], at: '2014-07-08 day' },
      { words: ['beats netherlands'], at: '2014-07-09 day' },
      { words: ['germany', 'wins tournament'], at: '1990 year' },
      { words: ['beats argentina'], at: '1990 year' },
      { words: ['loew takes charge'], at: '2006 year' },
    ],
    never: /return|celebration/,
  },
  {
    file: 'new-horizons.md',
    expected: [
      { words: ['new horizons', 'flies past pluto'], at: '2015-07-14 day' },
      { words: ['probe sends signal'], at: '2015-07-14 day' },
      { words: ['controllers cheer'], at: '2015-07-14 day' },
      { words: ['new horizons launched'], at: '2006-01-19 day' },
      { words: ['tombaugh discovers pluto'], at: '1930 year' },
      { words: ['reclassifies pluto', 'dwarf planet'], at: '2006 year' },
    ],
    never: /16 months|send all/,
  },
  {
    file: 'mandela.md',
    expected: [
      { words: ['mandela dies'], at: '2013-12-05 day' },
      { words: ['zuma announces death'], at: '2013-12-05 day' },
      { words: ['flags lowered'], at: '2013-12-06 day' },
      { words: ['mandela', 'born'], at: '1918-07-18 day' },
      { words: ['mandela joins african national congress'], at: '1944 year' },
      { words: ['mandela sentenced to life'], at: '1964 year' },
      { words: ['mandela released'], at: '1990-02-11 day' },
      { words: ['mandela shares nobel peace prize'], at: '1993 year' },
      { words: ['mandela elected president'], at: '1994 year' },
    ],
    never: /Zuma (sentenced|released)|president died|buried/,
  },
  {
    file: 'crimea.md',
    expected: [
      { words: ['putin signs treaty'], at: '2014-03-18 day' },
      { words: ['peninsula votes', 'referendum'], at: '2014-03-16 day' },
      { words: ['ukrainian soldier killed'], at: '2014-03-18 day' },
      { words: ['gunmen storm', 'base'], at: '2014-03-18 day' },
      { words: ['troops take control', 'parliament'], at: '2014-02 month' },
      { words: ['yanukovich flees kiev'], at: '2014-02*' },
      { words: ['impose sanctions'], at: '2014-03-17 day' },
      { words: ['crimea transferred', 'ukraine'], at: '1954 year' },
    ],
    never: /ratify|moved|illegal/,
  },
  {
    file: 'apollo.md',
    expected: [
      { words: ['people gather', 'museum'], at: '2019-07-20 day' },
      { words: ['armstrong becomes first person to walk'], at: '1969-07-20 day' },
      { words: ['eagle', 'touches down'], at: '1969-07-20 day' },
      { words: ['aldrin follows'], at: '1969-07-20 day' },
      { words: ['crew lifts off'], at: '1969-07-16 day' },
      { words: ['splash', 'down', 'pacific'], at: '1969-07-24 day' },
      { words: ['armstrong dies'], at: '2012 year' },
    ],
    never: /grows up|hangs|hero|meets Kennedy/,
  },
];
