/**
 * Headline titles and merge signatures on held-out news (set 2, kind E3, and the lead's signature
 * notes), each kind on sentences from several stories: quantifiers and "at least" as subjects, a past
 * read as a passive participle, an adverb that leads a time cut off, and what a change happened to.
 */
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { buildTimeline } from '../pipeline.ts';
import { extractSource } from './extract.ts';
import type { ExtractedEvent } from './types.ts';

function source(body: string, referenceDate: string): ParsedSource {
  return {
    source: { id: 'doc', file: 'doc.md', referenceDateOrigin: 'datePublished', referenceDate, text: body },
    body, bodyLine: 5, diagnostics: [], ok: true,
  };
}

const events = (body: string, ref: string): ExtractedEvent[] => extractSource(source(body, ref)).events;
const titles = (body: string, ref: string): string[] => events(body, ref).map((e) => e.title);
const signatures = (body: string, ref: string): string[] => events(body, ref).map((e) => e.signature.join(' '));

describe('a quantifier standing for people named before is plural', () => {
  test('"Both", "Many", "Several", "Others" take the plural verb (election, conflict, protest stories)', () => {
    expect(titles('Zammit called the snap election on Jan. 27. Two of his ministers were criticised. Both resigned the following week.', '2025-03-10'))
      .toContain('Both resign');
    expect(titles('The rebels attacked the village on Monday. Many fled on Tuesday.', '2025-03-10')).toEqual(['Rebels attack village', 'Many flee']);
    expect(titles('Others fled to the hills on Monday.', '2022-03-10')).toEqual(['Others flee to hills']);
  });
});

describe('"at least" before a number stays with it', () => {
  test('storm, blast and crash tolls', () => {
    expect(titles('At least four people were killed on Thursday, officials said.', '2022-09-02')).toEqual(['At least four people killed']);
    expect(titles('At least 12 people were injured in the blast on Monday.', '2022-03-10')).toEqual(['At least 12 people injured in blast']);
    // ("least" says nothing of the happening: the signature is the count and what happened.)
    expect(signatures('At least 12 people were injured in the blast on Monday.', '2022-03-10')).toEqual(['12 injure people']);
  });
});

describe('a past the clauses read as a passive participle is told in the present', () => {
  test('a simple past that is no participle, after an appositive (government, markets)', () => {
    expect(titles('His first pick, a retired Air Force general, withdrew in October amid Republican objections.', '2023-05-01'))
      .toEqual(['Retired Air Force general withdraws']);
    expect(titles('The Dow, a stock market index of 30 companies, fell 344.65 points on Thursday.', '2008-09-05'))
      .toEqual(['Dow falls 344.65 points']);
  });

  test('a verb with no passive after a participial aside (banking, health)', () => {
    expect(titles('The bank, founded in 1850, collapsed in 2008.', '2012-03-10')).toEqual(['Bank founded', 'Bank collapses']);
    expect(titles('The patient, admitted on Friday, died on Monday.', '2022-03-10')).toEqual(['Patient admitted', 'Patient dies']);
  });

  test('a bare participle between its subject and its object is active (history, heritage)', () => {
    expect(titles('Settlers built the first church in 1750.', '2019-04-16')).toEqual(['Settlers build first church']);
    // (A participle with no object after it stays a passive: "The cathedral, completed in 1345,".)
    expect(titles('The cathedral, completed in 1345, burned in 2019.', '2019-04-16')[0]).toBe('Cathedral completed');
  });
});

describe('an adverb that leads a time expression goes with it', () => {
  test('"shortly before 2 a.m.", "soon after dawn", "just before midnight" (election, rescue, politics)', () => {
    expect(titles('Prime Minister Karl Zammit conceded defeat shortly before 2 a.m. and telephoned Nationalist leader Roberta Camilleri.', '2025-03-10')[0])
      .toBe('Karl Zammit concedes defeat');
    expect(titles('Rescuers reached the village soon after dawn on Monday.', '2022-03-10')).toEqual(['Rescuers reach village']);
    expect(titles('The plane landed shortly after 6 a.m. on Monday.', '2022-03-10')).toEqual(['Plane lands']);
  });

  test('other adverbs stay ("defeat again" is what happened)', () => {
    expect(titles('The champion conceded defeat again on Sunday.', '2022-03-10')).toEqual(['Champion concedes defeat again']);
  });
});

describe('signatures: what changed is the named subject', () => {
  test('a measure after a verb of change keeps what it measures (markets)', () => {
    expect(signatures('Pfizer shares jumped 8% on Monday.', '2022-03-10')).toEqual(['8% pfizer rise share']);
    expect(signatures('The Nasdaq rose by 11.81% on Monday.', '2022-03-10')).toEqual(['11.81% nasdaq rise']);
    expect(signatures('The Dow Jones Industrial Average fell 2.5% on Monday.', '2022-03-10')).toEqual(['2.5% average dow fall industrial jone']);
  });

  test('an intransitive\'s subject names its company, not only its head (markets, politics)', () => {
    expect(signatures('Pfizer shares surged on Monday.', '2022-03-10')).toEqual(['pfizer rise share']);
    expect(signatures('Zoom shares surged on Monday.', '2022-03-10')).toEqual(['rise share zoom']);
    expect(signatures('Shares of Pfizer surged on Monday.', '2022-03-10')).toEqual(['pfizer rise share']);
    // A capital that only opens the sentence on a common word is no name.
    expect(signatures('Heavy rains fell on Monday.', '2022-03-10')).toEqual(['fall rain']);
  });

  test('merged: one company\'s shares told by two papers; two companies stay two', () => {
    const build = (a: string, b: string) => buildTimeline([
      { file: 'a.md', content: `---\ndatePublished: 2022-03-08\n---\n${a}\n` },
      { file: 'b.md', content: `---\ndatePublished: 2022-03-08\n---\n${b}\n` },
    ], { generatedAt: '2026-01-01T00:00:00.000Z' }).events.map((e) => `${e.title} @ ${e.start} (${e.mentions.length})`);
    expect(build('Pfizer shares jumped 8% on Monday.', 'Pfizer shares surged on Monday.')).toEqual(['Pfizer shares jump 8% @ 2022-03-07 (2)']);
    expect(build('Pfizer shares surged on Monday.', 'Zoom shares surged on Monday.'))
      .toEqual(['Pfizer shares surge @ 2022-03-07 (1)', 'Zoom shares surge @ 2022-03-07 (1)']);
  });
});

describe('"he" or "she" after a phrase just named is the person it ends with', () => {
  test('a name at the end of a longer phrase (museum, arts, courts); a phrase without one stays', () => {
    expect(titles("The gallery grew out of the collection of the tobacco heiress Edith Whitcombe, who left 400 paintings to the city when she died in 1921.", '2025-06-15'))
      .toContain('Edith Whitcombe dies');
    expect(titles('The prize went to the novelist Anna Berg, who wrote her first book when she moved to Oslo in 1990.', '2025-06-15'))
      .toContain('Anna Berg moves to Oslo');
    expect(titles('Police arrested the former minister Ivan Petrov on Monday, two days after he fled to Spain.', '2025-06-15'))
      .toEqual(['Police arrest Ivan Petrov', 'Ivan Petrov flees to Spain']);
    expect(titles('Police arrested a man on Monday, a day after he attacked a guard.', '2025-06-15')).toEqual(['Police arrest man', 'Man attacks guard']);
  });
});

describe('plural subjects: counts and a party named by its members', () => {
  test('a count other than one takes the plural (outbreak, rail); a number in a name does not (markets)', () => {
    expect(titles('More than 23,000 people were infected in January and about 740 died in February.', '2024-08-15'))
      .toEqual(['More than 23,000 people infected', '740 die']);
    expect(titles('The train entered a curve at 59 mph on Monday, and 23 of its 96 cars left the tracks.', '2023-06-14')[1]).toBe('23 of its 96 cars leave tracks');
    expect(titles('The FTSE 100 fell 3% on Monday.', '2008-10-06')).toEqual(['FTSE 100 falls 3%']);
    // A count before an adjective that stands for its noun (earnings, markets).
    expect(titles('The three largest accounted for 47% of revenue in March.', '2023-10-26')).toEqual(['Three largest account for 47% of revenue']);
    expect(titles('The two biggest fell 5% on Monday.', '2023-10-26')).toEqual(['Two biggest fall 5%']);
  });

  test('a team\'s name in -s that its clause calls "their" (sport)', () => {
    expect(titles('Northfield Rovers were promoted in May. Rovers lost three of their first four matches in August.', '2023-05-07')[1])
      .toBe('Rovers lose three of their first four matches');
    expect(titles('The Yankees won their tenth game on Monday.', '2022-09-02')).toEqual(['Yankees win tenth game']);
  });

  test('a capitalised plural of a name the text uses (election, US politics); a name ending in s stays one', () => {
    expect(titles('Figures showed the Nationalist Party ahead. The Nationalists took 52.8% of the vote on Monday.', '2025-03-10'))
      .toEqual(['Nationalists take 52.8% of vote']);
    expect(titles('Senior Republican leaders met on Monday. The Republicans won the vote on Tuesday.', '2008-10-06')).toContain('Republicans win vote');
    expect(titles('The chairman of Reuters resigned on Monday. Reuters announced the sale of the unit on Tuesday.', '2008-10-06')).toContain('Reuters announces sale of unit');
  });
});

describe('a long subject of two joined phrases keeps both heads', () => {
  test('aviation, heritage, politics; "and" between two modifiers is not two phrases', () => {
    expect(titles('In February, a FedEx cargo plane and a Southwest Airlines jet came within about 100 feet of colliding on a foggy runway.', '2023-05-17')[0])
      .toMatch(/^FedEx cargo plane and Southwest Airlines jet come/);
    expect(titles('On Tuesday, the luxury group LVMH and the Arnault family pledged 200 million euros for the reconstruction.', '2019-04-17'))
      .toEqual(['Luxury group LVMH and Arnault family pledge 200 million euros']);
    expect(titles('Australian Prime Minister John Howard and federal industry minister Ian MacDonald today announced a rescue package.', '2006-05-05'))
      .toEqual(['John Howard and minister Ian MacDonald announce rescue package']);
    expect(titles('British and American airline Virgin Atlantic purchased six of these aeroplanes in January.', '2005-03-01'))
      .toEqual(['American airline Virgin Atlantic purchases six of these aeroplanes']);
  });
});

describe('what a verb did to: objects the clauses used to cut', () => {
  test('a possessive time right after the verb opens its object (election, sport, business)', () => {
    expect(titles("Malta's opposition Nationalist Party won Sunday's general election by its widest margin in three decades.", '2025-03-10'))
      .toEqual(["Malta's opposition Nationalist Party wins general election"]);
    expect(titles("Hamilton won Sunday's race in Monaco.", '2025-03-10')).toEqual(['Hamilton wins race in Monaco']);
    expect(titles("The board approved Tuesday's merger with Harrow.", '2025-03-10')).toEqual(['Board approves merger']);
  });

  test('a length before a noun describes it, and stays in the title (politics, war, markets, defence)', () => {
    expect(titles('Putin won a second six-year term in 2012.', '2013-05-01')).toEqual(['Putin wins second six-year term']);
    expect(titles('The army ended a two-year siege of the city on Monday.', '2023-05-01')[0]).toBe('Army ends two-year siege of city');
    expect(titles("Ford's stock rose to a five-year high in morning trading on Monday.", '2010-03-02')).toEqual(["Ford's stock rises to five-year high"]);
    expect(titles('AirTanker Ltd. signed a 27-year contract with the Defense Ministry on Thursday.', '2008-03-27')).toEqual(['AirTanker Ltd. signs 27-year contract']);
  });

  test('an -ing form after begin, start, stop, keep… is the object (trial, business, conflict)', () => {
    expect(titles('Lowell began moving money into a shell company in 2012.', '2022-11-18')).toEqual(['Lowell begins moving money']);
    expect(titles('The bank stopped paying dividends in 2009.', '2012-03-10')).toEqual(['Bank stops paying dividends']);
    expect(titles('Rebels began shelling the city on Monday.', '2025-03-10')).toEqual(['Rebels begin shelling city']);
  });
});

describe('a comma between a place and "<state or country>-based" is inside the phrase', () => {
  test('markets, business, technology', () => {
    expect(titles("Shares of the San Jose, California-based company rose 9% on Wednesday.", '2023-10-26')).toEqual(['Shares of San Jose company rise 9%']);
    expect(titles('The Austin, Texas-based startup raised $40 million on Monday.', '2024-02-06')).toEqual(['Austin startup raises $40 million']);
    // A comma before a place that is not such a compound still ends the phrase of where.
    expect(titles('Police in Lyon, France, arrested two men on Monday.', '2024-02-06')).toEqual(['Police arrest two men']);
  });
});

describe('a long subject cut to its last words opens on a word, not on "of"', () => {
  test('a title of something before a name (US, Iraqi politics); a product after "the release of" (technology)', () => {
    expect(titles('President of the United States Barack Obama presented a reorganization plan on Monday.', '2009-06-01'))
      .toEqual(['Barack Obama presents reorganization plan']);
    expect(titles('President of Iraq Jalal Talabani arrived on Monday.', '2009-06-01')).toEqual(['Jalal Talabani arrives']);
    expect(titles("The line was overshadowed by the release of Apple's 13-inch (33.02-cm) MacBook Pro in October.", '2010-10-20'))
      .toEqual(["Apple's 13-inch MacBook Pro overshadows line"]);
  });

  test('a cut left on "that" still makes no title (a clause, not a subject)', () => {
    expect(titles('Boeing claims that the resulting reduction of weight compared to the traditional aluminium will offer enhanced fuel efficiency.', '2007-07-09'))
      .toEqual([]);
  });
});

describe('a headline\'s passive without "be"', () => {
  test('"X swamped by Y" is Y swamping X; "X appointed as Y" keeps its participle (technology, business, markets)', () => {
    expect(titles('Apple swamped by iPhone 4 pre-orders\n\nApple was swamped on Tuesday.', '2010-06-16')[0]).toBe('iPhone 4 pre-orders swamp Apple');
    expect(titles('Mary Barra appointed as General Motors chief\n\nGeneral Motors named Mary Barra chief on Tuesday.', '2013-12-10')[0])
      .toBe('Mary Barra appointed as General Motors chief');
    // (A sentence-initial common word moved after the verb loses its capital; a name the text writes mid-sentence keeps it.)
    expect(titles('Markets dragged down by credit crisis\n\nMarkets fell on Friday.', '2007-08-12')[0]).toBe('Credit crisis drags down markets');
    expect(titles('Pluto was discovered by the astronomer Clyde Tombaugh in 1930, and New Horizons flew past Pluto in 2015.', '2015-07-15')[0])
      .toBe('Astronomer Clyde Tombaugh discovers Pluto');
  });

  test('"X allowed to bid", "Residents ordered to leave": a verb that needs who before its "to" (aerospace, disaster)', () => {
    expect(titles('Boeing allowed to bid for U.S. space launch contracts again\n\nBoeing was cleared on Friday.', '2005-03-05')[0]).toBe('Boeing allowed to bid');
    expect(titles('Residents ordered to leave the town\n\nThe order came on Friday.', '2005-03-05')[0]).toBe('Residents ordered to leave town');
    expect(titles('The board voted to approve the deal on Monday.', '2005-03-05')).toEqual(['Board votes to approve deal']);
  });

  test('an active verb before "by" or "as" stays active (markets, politics)', () => {
    expect(titles('Revenue increased by $2 billion on Monday.', '2014-01-10')).toEqual(['Revenue increases by $2 billion']);
    expect(titles('Smith resigned as chairman on Monday.', '2014-01-10')).toEqual(['Smith resigns as chairman']);
  });
});

describe('the head of a phrase with "of"', () => {
  test('"copies of the game", "Shares of Pfizer": the noun before "of"; "Bank of America shares": the noun after the name (markets)', () => {
    expect(titles('Bank of America shares jumped 8% on Monday.', '2009-02-24')).toEqual(['Bank of America shares jump 8%']);
    expect(titles('Shares of Pfizer surged on Monday.', '2009-02-24')).toEqual(['Shares of Pfizer surge']);
    expect(titles('Two million copies of the game sold on Monday.', '2009-02-24')).toEqual(['Two million copies of game sell']);
    expect(titles('The Bank of England raised rates on Monday.', '2009-02-24')).toEqual(['Bank of England raises rates']);
    expect(titles('The performance of American stock exchanges fell sharply on Monday.', '2009-02-24')).toEqual(['Performance of American stock exchanges falls']);
    // (A plural before "of" is the head whatever follows: "Residents of the New York suburb".)
    expect(titles('Residents of the New York suburb protested on Monday.', '2009-02-24')).toEqual(['Residents of New York suburb protest']);
  });
});

describe('what the object was made to do, and the state it ended in', () => {
  test('after a causative verb, "to" and a verb stay (flood, aviation, strikes)', () => {
    expect(titles('Heavy rain caused the Elbe river to burst its banks last week, flooding the old town of Meissen.', '2013-06-10'))
      .toEqual(['Heavy rain causes Elbe river to burst its banks']);
    expect(titles('Apparently, the glitch led the pilots to disengage an engine on Friday.', '2010-01-10')).toEqual(['Glitch leads pilots to disengage engine']);
    expect(titles('The strike forced the airline to cancel 200 flights on Monday.', '2013-06-10')).toEqual(['Strike forces airline to cancel 200 flights']);
  });

  test('under control, into custody, into law, to safety (fire, police, politics, rescue)', () => {
    expect(titles('Firefighters brought the blaze under control early on Tuesday.', '2019-04-16')).toEqual(['Firefighters bring blaze under control']);
    expect(titles('Police took the suspect into custody on Monday.', '2013-06-10')).toEqual(['Police take suspect into custody']);
    expect(titles('Obama signed the bill into law on Friday.', '2013-06-10')).toEqual(['Obama signs bill into law']);
    expect(titles('Rescuers airlifted 40 people to safety on Monday.', '2013-06-10')).toEqual(['Rescuers airlift 40 people to safety']);
  });
});

describe('nouns in -s that take a singular verb', () => {
  test('"news" (markets), "politics"', () => {
    expect(titles('The news lessened fears on Monday.', '2008-09-20')).toEqual(['News lessens fears']);
    expect(titles('Politics dominated the summit on Monday.', '2008-09-20')).toEqual(['Politics dominates summit']);
  });

  test('a phrase cut before its adjective does not end on an adverb of degree (aerospace)', () => {
    expect(titles('The order has given a boost to an otherwise disappointing Paris Air Show on Monday.', '2005-06-20')).toEqual(['Order gives boost']);
  });
});

describe('a subject that stands for a noun left out makes no title', () => {
  test('"the last of many", "one of several" (Eurogroup meetings); a noun after "of" is a subject', () => {
    expect(titles('The Eurogroup meeting was the last of many which took place during the weekend.', '2008-10-13')).toEqual([]);
    expect(titles('One of the workers died on Monday.', '2008-10-13')).toEqual(['One of workers dies']);
  });
});

describe('the head of a subject before a phrase of where', () => {
  test('agreement and signature (politics, markets, labour, crime)', () => {
    expect(titles('Politicians in Germany expressed concern on Monday.', '2008-09-20')).toEqual(['Politicians in Germany express concern']);
    expect(titles('Stocks in the S&P 500 index lost 3% on Monday.', '2008-09-20')).toEqual(['Stocks in S&P 500 index lose 3%']);
    expect(titles('Workers at the plant walked out on Monday.', '2008-09-20')).toEqual(['Workers at plant walk out']);
    expect(signatures('The man in the blue car fled on Monday.', '2008-09-20')).toEqual(['flee man']);
    expect(signatures('Its sales in the United States rose 5% on Monday.', '2008-09-20')).toEqual(['5% rise sale']);
  });
});

describe('words the tokens used to misread (patch 4, 6f61d5d)', () => {
  test('a noun after an amount, a noun before a past spelt like a noun (earnings, markets)', () => {
    expect(titles('Harrow also said its board approved a new $2 billion share buyback program on Tuesday.', '2023-10-26'))
      .toEqual(['Board approves new $2 billion share buyback program']);
    expect(titles('Pfizer shares rose on Monday.', '2022-03-10')).toEqual(['Pfizer shares rise']);
    expect(titles('Bank of America shares rose by 3.2% on Monday.', '2009-02-24')).toEqual(['Bank of America shares rise by 3.2%']);
  });

  test('an ordinal after a determiner, "at least" before a count (outbreak, aviation, conflict)', () => {
    expect(titles('The first case was confirmed in the town of Kasama on July 2.', '2024-08-15')).toEqual(['First case confirmed in town of Kasama']);
    expect(titles('The first A380 superjumbo was delivered on Monday.', '2007-10-16')).toEqual(['First A380 superjumbo delivered']);
    expect(titles('At least 20 soldiers died in the attack on Monday.', '2022-03-10')).toEqual(['At least 20 soldiers die in attack']);
  });
});

describe('"the company" as a subject is the company named before', () => {
  test('technology, airlines, carmakers, pharma; none named: it stays "Company"', () => {
    expect(titles('Apple Inc. unveiled a phone on Tuesday. Last week the company presented the iPhone.', '2007-01-12')[1]).toBe('Apple Inc. presents iPhone');
    expect(titles('China Eastern Airlines agreed to buy 20 jets on Monday. The airline signed the agreement in Paris on June 15.', '2009-06-16')[1])
      .toBe('China Eastern Airlines signs agreement in Paris');
    expect(titles('Shares of General Motors fell on Thursday. The manufacturer has received $15 billion in May.', '2009-05-08').at(-1)).toMatch(/^General Motors receives/);
    expect(titles('Pfizer bought a rival in May. The company cut 500 jobs in June.', '2007-01-12')).toEqual(['Pfizer buys rival', 'Pfizer cuts 500 jobs']);
    expect(titles('The company cut 500 jobs in June.', '2007-01-12')).toEqual(['Company cuts 500 jobs']);
  });

  test('a name opening with an abbreviation ("U.S.") does not break the record of names', () => {
    expect(() => titles('U.S. officials met on Monday. U.S. forces pursued him in December. The company cut 500 jobs on Tuesday.', '2011-05-02')).not.toThrow();
  });
});

describe('objects and subjects of patch 6 (2af0ed4)', () => {
  test('a place\'s kind after its name, where the object was sent, "more" before a noun (outbreak, earnings, markets, aviation)', () => {
    expect(titles('Two people travelled to a funeral in Northern province in August.', '2024-08-15')).toEqual(['Two people travel to funeral in Northern province']);
    expect(titles('In 2022 a glut of consumer electronics sent the chipmaker\'s revenue down for three quarters.', '2023-10-26'))
      .toEqual(["Glut of consumer electronics sends chipmaker's revenue down"]);
    expect(titles('The crash sent the market tumbling on Monday.', '2007-10-20')).toEqual(['Crash sends market tumbling']);
    expect(titles('Airbus sold more planes than Boeing in 2006.', '2007-01-10')).toEqual(['Airbus sells more planes than Boeing']);
  });

  test('an ampersand between names in a subject (markets, consumer goods)', () => {
    expect(titles("The Standard & Poor's 500 index dropped 1.95% on Monday.", '2011-03-18')).toEqual(["Standard & Poor's 500 index drops 1.95%"]);
    expect(titles('Johnson & Johnson recalled the drug on Monday.', '2010-05-07')).toEqual(['Johnson & Johnson recalls drug']);
  });
});

describe('the number of a subject: team names, chronology lines, two roles of one person', () => {
  test('a name in -s the text uses with a plural verb is plural (sport: British and US copy)', () => {
    expect(titles('Northfield Rovers won the league title on Saturday. Rovers went top of the table on Feb. 18. Rovers still have two games to play.', '2023-05-07'))
      .toEqual(['Northfield Rovers win league title', 'Rovers go top of table']);
    expect(titles('The Lakers beat the Celtics on Monday. The Lakers are top of the conference.', '2024-03-12')).toEqual(['Lakers beat Celtics']);
    // (A company in -s stays one: "Apple and Apple Corps now have" is two of them; "Siemens" has no plural verb.)
    expect(titles('Apple Corps filed a lawsuit in March. Apple and Apple Corps now have differing views.', '2006-05-09')).toEqual(['Apple Corps files lawsuit']);
    expect(titles('Siemens won a contract on Monday.', '2024-03-12')).toEqual(['Siemens wins contract']);
  });

  test('a capital after a chronology line\'s date only opens the line', () => {
    expect(titles('The bridge was closed in 2021.\n\n- 2022: Engineers install sensors on the beam to track the crack.\n- 2023: Crews repair the deck.', '2024-01-15'))
      .toContain('Engineers install sensors');
  });

  test('"CEO and co-founder Steve Jobs", "chairman and chief executive Tim Cook": one person', () => {
    expect(titles('Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote on Monday.', '2005-06-07')).toEqual(['Apple Computer CEO and co-founder Steve Jobs gives annual opening keynote']);
    expect(titles('Smith and Jones won the title on Monday.', '2005-06-07')).toEqual(['Smith and Jones win title']);
  });
});

describe('round 6 (held-out set 3): subjects, agents and objects titles misread', () => {
  test('an abbreviation that opens a place\'s name ("St. Louis", "Mt. Everest") ends nothing before it (courts, climbing, weather)', () => {
    expect(titles('A jury in St. Louis returned a verdict for the plaintiff in October 2022.', '2025-04-16')).toEqual(['Jury in St. Louis returns verdict']);
    expect(titles('A team on Mt. Everest reached the summit on Monday.', '2024-05-22')).toEqual(['Team on Mt. Everest reaches summit']);
    expect(titles('Residents of Ft. Lauderdale fled the flooding on Wednesday.', '2023-04-14')).toEqual(['Residents of Ft. Lauderdale flee flooding']);
    // (A company's abbreviation still ends what comes before the name: "Apple Inc. Steve Jobs".)
    expect(titles('The co-founder and chief executive of Apple Inc. Steve Jobs resigned on Wednesday.', '2011-08-25')).toEqual(['Steve Jobs resigns']);
  });

  test('a passive\'s "by" of when is no agent (repairs, deadlines, rescues)', () => {
    expect(titles('On Saturday, a fault in an overhead power line was found and repaired by early afternoon.', '2025-02-16'))
      .toEqual(['Fault in overhead power line found', 'Fault in overhead power line repaired']);
    expect(titles('On Monday the leak was fixed by nightfall.', '2024-04-16')).toEqual(['Leak fixed']);
    expect(titles('The road was reopened by the evening of March 3.', '2025-03-04')).toEqual(['Road reopened']);
    // (A doer stays one: "by Time Warner", "by Close Brothers".)
    expect(titles('The magazine was bought by Time Warner in 2005.', '2010-01-01')).toEqual(['Time Warner buys magazine']);
  });

  test('a part of a time span cut off leaves no "for most" (disruption, weather, markets)', () => {
    expect(titles('Rail services were suspended for most of the day on Saturday.', '2025-02-16')).toEqual(['Rail services suspended']);
    expect(titles('The airport was closed for much of Monday.', '2024-01-16')).toEqual(['Airport closed']);
    expect(titles('The bridge was shut for the rest of the week on Feb. 3.', '2024-02-10')).toEqual(['Bridge shut']);
  });

  test('"At least" stays with its number when a long subject is cut (fires, storms, quakes)', () => {
    expect(titles('At least 120 homes and 40 other buildings have been destroyed since Friday.', '2025-08-11')).toEqual(['At least 120 homes and 40 other buildings destroyed']);
    expect(titles('At least 30 people and 12 horses were killed in the fire on Sunday.', '2023-09-11')).toEqual(['At least 30 people and 12 horses killed in fire']);
    expect(titles('At least six climbers and their three local guides reached the summit on Friday.', '2024-05-25'))
      .toEqual(['At least six climbers and three local guides reach summit']);
  });

  test('a count in words before "of" is plural (science, courts, sport)', () => {
    expect(titles("Nine of the paper's 12 authors agreed to the retraction on Tuesday.", '2025-06-04')).toEqual(["Nine of paper's 12 authors agree to retraction"]);
    expect(titles('Three of the jurors fell ill on Monday.', '2024-03-12')).toEqual(['Three of jurors fall ill']);
    expect(titles('Two of the climbers reached the summit on Friday.', '2024-05-25')).toEqual(['Two of climbers reach summit']);
    // (One of them is one.)
    expect(titles('One of the climbers reached the summit on Friday.', '2024-05-25')).toEqual(['One of climbers reaches summit']);
  });

  test('"he"/"she" is not a place or a pronoun phrase, and is the one before a place or goal (features, accidents)', () => {
    expect(titles('Tate went to work at the mill in 1988, the summer after she finished high school.', '2025-01-14')).toContain('Tate finishes high school');
    // ("near him" is not who "he" is: no title rather than "Near him flown to hospital".)
    const fire = titles('A firefighter was injured Sunday evening when a burning tree fell near him; he was flown to a hospital in Eugene.', '2025-08-11');
    expect(fire).toContain('Firefighter injured');
    expect(fire.some((t) => /^Near him/.test(t))).toBe(false);
    // (The person just named in the sentence still is: "Police arrested a man after he attacked…".)
    expect(titles('Police arrested a man on Monday after he attacked a guard.', '2024-03-12')).toEqual(['Police arrest man', 'Man attacks guard']);
  });

  test('a bare past after a preposition\'s noun modifies it: no "Statement issues" (statements, figures, reports)', () => {
    expect(titles('"It is a budget the city can live with," Saltzman said in a statement issued early Wednesday.', '2025-06-11')).toEqual([]);
    expect(titles('Prices rose 3%, according to figures released on Monday.', '2024-03-12')).not.toContain('Figures released');
    expect(titles('The minister resigned, in a letter published on Friday.', '2024-03-12')).toEqual(['Minister resigns']);
  });
});

describe('a title word that opens a name, a role after a title, an ordinal standing alone', () => {
  test('"General Motors", "General Electric", "Foreign Office" are names, not a title before one (carmakers, industry, diplomacy)', () => {
    expect(titles('General Motors Corporation (GM) has posted its first annual loss in January 2006.', '2006-02-01')).toEqual(['General Motors Corporation posts first annual loss']);
    expect(titles('General Motors reported a 49% decline in January 2009.', '2009-02-01')).toEqual(['General Motors reports 49% decline']);
    expect(titles('General Electric cut 500 jobs on Tuesday.', '2009-04-01')).toEqual(['General Electric cuts 500 jobs']);
    expect(titles('The Foreign Office summoned the ambassador on Monday.', '2009-04-01')).toEqual(['Foreign Office summons ambassador']);
    // (A person's title stays one.)
    expect(titles('General David Petraeus visited the base on Thursday.', '2009-04-01')).toEqual(['David Petraeus visits base']);
  });

  test('"Chief Executive" before a name is one title; a cut for length does not split a name (business, technology)', () => {
    expect(titles('As part of the restructuring, General Motors chief executive Rick Wagoner was replaced Sunday with Fritz Henderson.', '2009-04-01'))
      .toEqual(['General Motors chief executive Rick Wagoner replaced']);
    // (The company before a role in lower case stays: it says whose chief executive.)
    expect(titles('Apple chief executive Tim Cook unveiled the phone on Monday.', '2019-09-11')).toEqual(['Apple chief executive Tim Cook unveils phone']);
    expect(titles('Chief Executive Nadia Osei showed off the glasses on Tuesday.', '2024-10-16')).toEqual(['Nadia Osei shows off glasses']);
    // (In an object the role stays: who was fired is the chief executive.)
    expect(titles('Musk fired chief executive Parag Agrawal on Thursday.', '2022-10-28')).toEqual(['Musk fires chief executive Parag Agrawal']);
  });

  test('an ordinal alone as the subject names no one (features, sport)', () => {
    expect(titles('She found two of them in a barn in Virginia in September, and a third came from a church basement in Greensboro.', '2025-10-01'))
      .not.toContain('Third comes from church basement');
    expect(titles('Two boats sank in March 2024. A second sank in April 2024.', '2025-10-01')).toEqual(['Two boats sink']);
  });
});

describe('"X, Y, verbed O": a past after an appositive that the clauses read as a participle', () => {
  test('is active, and its subject is the name Y, else the phrase X (state politics, universities, business)', () => {
    expect(titles('The Legislature passed the ban in June 2017, and the governor, a Republican, signed it in July 2017.', '2025-01-13'))
      .toEqual(['Legislature passes ban', 'Governor signs ban']);
    expect(titles('The university where Reyes worked, Northbridge University in Massachusetts, opened an inquiry in September 2022.', '2025-01-13'))
      .toEqual(['Northbridge University in Massachusetts opens inquiry']);
    expect(titles('The mayor said on Monday that the council, a body of nine members, approved the budget in June.', '2025-01-13')).toEqual(['Council approves budget']);
    // (A participle aside with no object right after it stays one: "founded in 1850".)
    expect(titles('The bank, founded in 1850, collapsed in 2008.', '2012-03-10')).toEqual(['Bank founded', 'Bank collapses']);
  });
});

describe('a past before "by" with no subject of its own, right after a noun, modifies the noun (markets)', () => {
  test('no "Japan and China echo Other Asian markets"', () => {
    expect(titles('Other Asian markets fell sharply on Friday on fears echoed by Japan and China.', '2008-10-11')).toEqual(['Other Asian markets fall']);
    expect(titles('Markets fell on Friday amid worries shared by investors in Asia.', '2008-10-11')).toEqual(['Markets fall']);
    // (After "and" the borrowed subject is the one acted on: "was hit by a storm and damaged by waves".)
    expect(titles('The ship was hit by a storm and damaged by waves on Friday.', '2008-10-11')).toContain('Waves damage ship');
  });
});

describe('"even" at the end of a phrase is the "even" of a clause cut off', () => {
  test('subjects and objects (technology, markets)', () => {
    expect(titles('Some customers reported on Monday that Apple had set a recording, and others even tweeted about their experience on Monday.', '2010-06-16'))
      .toContain('Others tweet about their experience');
    expect(titles('In 2009 the board approved the merger even though regulators had raised concerns.', '2010-07-01')).toEqual(['Board approves merger']);
  });
});

describe('an act of saying with only where or how it was said makes no title', () => {
  test('"announced at a news conference", "confirmed in a statement" (labour, business); the passive and an object stay', () => {
    expect(titles('Members of the union approved the deal by 88% to 12%, union president Ray Castillo announced at a news conference in Houston on Friday.', '2024-10-12'))
      .not.toContain('Union president Ray Castillo announces at news conference');
    expect(titles('The deal was approved, the company confirmed in a statement on Friday.', '2024-10-12')).not.toContain('Company confirms in statement');
    expect(titles('The first case was confirmed in the town of Kasama on July 2.', '2024-07-10')).toEqual(['First case confirmed in town of Kasama']);
    expect(titles('Police confirmed the death of a man on Friday.', '2024-10-12')).toEqual(['Police confirm death of man']);
  });
});

describe('plural compounds of agent nouns, and "up to" in a cut subject', () => {
  test('"Dockworkers", "Steelworkers", "Homeowners" after a dateline are plural (labour, housing); names in -s stay one', () => {
    expect(titles('HOUSTON (Example Press) — Dockworkers at 14 ports from Texas to Florida voted overwhelmingly on Friday to ratify a six-year contract.', '2024-10-12'))
      .toEqual(['Dockworkers vote to ratify']);
    expect(titles('HOUSTON (AP) — Steelworkers walked out on Friday.', '2024-10-12')).toEqual(['Steelworkers walk out']);
    expect(titles('TAMPA (AP) — Homeowners fled the storm on Tuesday.', '2024-10-12')).toEqual(['Homeowners flee storm']);
    expect(titles('LONDON (AP) — Barclays agreed to buy Lehman on Monday.', '2008-09-17')).toEqual(['Barclays agrees to buy Lehman']);
  });

  test('the end of a cut subject opens on the word "to" or "than" goes with (weather, markets)', () => {
    expect(titles('But on Saturday, gusts of up to 45 mph drove the flames across Highway 58.', '2025-08-11')).toEqual(['Gusts of up to 45 mph drive flames']);
    expect(titles('On Monday, shares of more than 40 small banks fell sharply.', '2023-03-14')[0]).not.toMatch(/ of than /);
  });
});

describe('a list in a subject keeps its commas', () => {
  test('"France, Germany and Italy", "Tate, Ortega and two other former weavers" (diplomacy, business, labour)', () => {
    expect(titles('On Monday, France, Germany and Italy signed the treaty.', '2024-01-10')).toEqual(['France, Germany and Italy sign treaty']);
    expect(titles('On Monday, Apple, Google and Microsoft agreed to the rules.', '2024-01-10')).toEqual(['Apple, Google and Microsoft agree to rules']);
    expect(titles('In December 2023, Tate, Ortega and two other former weavers pooled $14,000 of their severance pay.', '2024-01-10'))
      .toEqual(['Tate, Ortega and other former weavers pool $14,000 of their severance pay']);
    // (The comma is no part of the signature's words.)
    expect(signatures('On Monday, France, Germany and Italy signed the treaty.', '2024-01-10')[0]).not.toContain(',');
  });
});
