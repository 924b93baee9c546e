/** The event stage on real news sentences: clauses, titles, narrative time, spans, what is not an event. */
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractSource } from './extract.ts';
import type { ExtractedEvent } from './types.ts';

function source(body: string, referenceDate?: string): ParsedSource {
  return {
    source: { id: 'doc', file: 'doc.md', referenceDateOrigin: referenceDate ? 'datePublished' : 'none', ...(referenceDate ? { referenceDate } : {}), text: body },
    body, bodyLine: 5, diagnostics: [], ok: true,
  };
}

const brief = (e: ExtractedEvent): string => `${e.title} @ ${e.start}${e.end ? `..${e.end}` : ''}${e.qualifier ? ` ~${e.qualifier}` : ''}${e.inferred ? ' (inferred)' : ''}`;
const run = (body: string, ref?: string): string[] => extractSource(source(body, ref)).events.map(brief);

describe('clause-level events', () => {
  test('two anchored happenings in one sentence give two events', () => {
    expect(run('ISF started its siege of the city in October, quickly retaking east Mosul by the end of January.', '2017-07-09'))
      .toEqual(['ISF starts siege of Mosul @ 2016-10', 'ISF retakes east Mosul @ 2017-01 ~end']);
  });

  test('a subordinate clause with its own date is its own event; the main clause keeps the narrative time', () => {
    expect(run('Police arrested a man in Leeds on Friday after he attacked a bus driver in 2019.', '2024-03-10'))
      .toEqual(['Police arrest man in Leeds @ 2024-03-08', 'Man attacks bus driver @ 2019']);
  });

  test('passive with an agent reads active; without one it keeps the participle', () => {
    expect(run('The bridge was destroyed by floods on Tuesday. The road was closed on Wednesday.', '2021-07-16'))
      .toEqual(['Floods destroy bridge @ 2021-07-13', 'Road closed @ 2021-07-14']);
  });

  test('a verb spelt alike in past and present, used without an object, is still the happening', () => {
    expect(run('The quake hit before dawn on February 6. Floodwaters hit on Sunday.', '2023-02-13'))
      .toEqual(['Quake hits @ 2023-02-06', 'Floodwaters hit @ 2023-02-12']);
  });

  test('a past form between a verb and a noun describes the noun, it is no happening of its own', () => {
    expect(run('The president promised to rebuild destroyed homes on Wednesday. Crews cleared damaged cars on Thursday.', '2023-02-13'))
      .toEqual(['President promises to rebuild destroyed homes @ 2023-02-08', 'Crews clear damaged cars @ 2023-02-09']);
  });

  test('a relative clause with its own date is its own happening; a simple past never modifies a noun', () => {
    expect(run('European regulators on Thursday approved the merger, ending a review that began last October.', '2019-10-04'))
      .toEqual(['European regulators approve merger @ 2019-10-03', 'Review begins @ 2018-10']);
  });

  test('an infinitive after the date, with its particle, is the object; comparisons stay in it; plural heads agree', () => {
    expect(run('The airlines agreed in June to give up 40 slots at two airports.', '2019-10-04'))
      .toEqual(['Airlines agree to give up 40 slots @ 2019-06']);
    expect(run('Shares of both firms rose more than 6% in early trading on Friday.', '2019-10-05'))
      .toEqual(['Shares of both firms rise more than 6% @ 2019-10-04']);
  });

  test('"since 1992" bounds a comparison and does not date the happening; "before" qualifies it', () => {
    expect(run('Turnout reached 78 percent on Sunday, the highest since 1992.', '2024-06-10'))
      .toEqual(['Turnout reaches 78 percent @ 2024-06-09']);
    expect(run('Rebels seized the town before 2010.', '2024-06-10'))
      .toEqual(['Rebels seize town @ 2010 ~before']);
  });

  test('a pronoun refers to the person last named as a subject, even in a clause that is no event', () => {
    expect(run('Prime Minister John Carter conceded defeat on Sunday. Party leader Anna Berg is expected to take office soon. She promised on Monday to raise the minimum wage.', '2024-06-11'))
      .toEqual(['John Carter concedes defeat @ 2024-06-09', 'Anna Berg promises to raise minimum wage @ 2024-06-10']);
  });

  test('titles drop titles of office, asides, and "-backed" modifiers', () => {
    expect(run('German Chancellor Olaf Scholz (SPD) met Chinese leaders in Beijing on Friday.', '2022-11-05'))
      .toEqual(['Olaf Scholz meets Chinese leaders in Beijing @ 2022-11-04']);
    expect(run('Saudi-led coalition jets struck the port of Hodeidah on Monday.', '2018-06-13'))
      .toEqual(['Coalition jets strike port of Hodeidah @ 2018-06-11']);
  });
});

describe('more news', () => {
  test('sports: scores, names ending in s, an absolute phrase is no clause', () => {
    expect(run('The Kansas City Chiefs beat the San Francisco 49ers 25-22 in overtime on Sunday. Patrick Mahomes threw the winning touchdown pass to Mecole Hardman with three seconds left.', '2024-02-12'))
      .toEqual(['Kansas City Chiefs beat San Francisco 49ers 25-22 @ 2024-02-11', 'Patrick Mahomes throws winning touchdown pass to Mecole Hardman @ 2024-02-11 (inferred)']);
  });
  test('crime: a relative clause with its own date is about what it hangs on', () => {
    expect(run('Police said a 34-year-old man was arrested on Saturday in connection with the stabbing, which happened late on Friday outside a nightclub.', '2024-02-12'))
      .toEqual(['34-year-old man arrested @ 2024-02-10', 'Stabbing happens @ 2024-02-09 ~end']);
  });
  test('business: a plan is no event; a sentence may open with a noun that looks like a verb', () => {
    expect(run('Apple on Tuesday unveiled a new iPad Pro and said it would start shipping next week. Shares rose 2% in early trading.', '2024-02-12'))
      .toEqual(['Apple unveils new iPad Pro @ 2024-02-06', 'Shares rise 2% @ 2024-02-06 (inferred)']);
  });
});

describe('happenings named by a gerund, phrasal verbs', () => {
  test('"Fighting resumed", "Looting broke out", "talks broke down"', () => {
    expect(run('Fighting resumed on 9 July 2017 in the old city. Looting broke out in the capital on Friday. The talks broke down on Saturday.', '2017-07-10'))
      .toEqual(['Fighting resumes @ 2017-07-09', 'Looting breaks out in capital @ 2017-07-07', 'Talks break down @ 2017-07-08']);
  });
});

describe('naming "the group"', () => {
  test('the group an article keeps naming by acronym, never a force or a country', () => {
    expect(run('ISIS fighters held the town. Troops fought ISIS in the streets. The town was seized by the militant group in 2014.', '2017-07-09'))
      .toContain('ISIS seizes town @ 2014');
    expect(run('The ISF and the ISF advanced. The town was seized by the group in 2014.', '2017-07-09'))
      .toContain('Group seizes town @ 2014');
  });
});

describe('modifiers that look like verbs', () => {
  test('reduced relatives and reported clauses give no event of their own', () => {
    expect(run('During a media event held at its headquarters on Thursday, Apple released a software kit.', '2008-03-08'))
      .toEqual(['Apple releases software kit @ 2008-03-06']);
    // The memo showing is no happening; what it reports is, at the narrative's time.
    expect(run('An internal memo showed the company passed Wal-Mart.', '2008-04-09')).toEqual(['Company passes Wal-Mart @ 2008-04 (inferred)']);
  });
});

describe('narrative time', () => {
  test('an undated happening in the same paragraph takes the day in force, inferred', () => {
    expect(run('The storm made landfall in Florida on Sunday. It flooded hundreds of homes. Officials ordered evacuations.', '2022-09-30'))
      .toEqual(['Storm makes landfall in Florida @ 2022-09-25', 'Storm floods hundreds of homes @ 2022-09-25 (inferred)', 'Officials order evacuations @ 2022-09-25 (inferred)']);
  });

  test('the lede is told at the reference month; a flashback paragraph does not date the next one', () => {
    const events = run([
      'Protesters marched through the capital.',
      '',
      'The movement began in 2019. Its founder was arrested in 2020.',
      '',
      'Several shops were damaged.',
    ].join('\n'), '2023-05-02');
    expect(events).toEqual(['Protesters march through capital @ 2023-05 (inferred)', 'Movement begins @ 2019', 'Founder arrested @ 2020']);
  });

  test('background is not dated by the narrative: past perfect, "first", foundings', () => {
    expect(run('Rebels captured the town on Friday. They had besieged it. The group was founded by defectors. Its leader first announced a caliphate there.', '2023-05-02'))
      .toEqual(['Rebels capture town @ 2023-04-28']);
  });

  test('an obituary: a name with an appositive, and a flashback that dates nothing after it', () => {
    const events = run("Queen Elizabeth II, Britain's longest-reigning monarch, died on Thursday at Balmoral Castle. Elizabeth became queen in 1952. The family gathered at Balmoral.", '2022-09-09');
    expect(events).toEqual(['Elizabeth II dies @ 2022-09-08', 'Elizabeth becomes queen @ 1952']);
  });

  test('a part of day dates its day', () => {
    expect(run('A fire broke out at Notre-Dame cathedral on Monday evening.', '2019-04-16')).toEqual(['Fire breaks out at Notre-Dame cathedral @ 2019-04-15']);
  });

  test('a report frame hands over to another text whose time we do not know', () => {
    expect(run('The agency reported:\n\nTroops entered the town.', '2023-05-02')).toEqual([]);
  });

  test('without a reference date, nothing is guessed and the relative date is reported with its line', () => {
    const x = extractSource(source('Troops entered the town.\n\nThe army withdrew on Tuesday.'));
    expect(x.events).toEqual([]);
    expect(x.diagnostics).toEqual([expect.objectContaining({ file: 'doc.md', line: 7, severity: 'warning', message: expect.stringMatching(/"(on )?Tuesday" cannot be resolved .* no reference date/) })]);
  });
});

describe('spans', () => {
  test('a duration tied to a happening becomes an approximate range ending at the time in force', () => {
    expect(run('The victory is the culmination of a nearly nine-month operation to retake the city.', '2017-07-09'))
      .toEqual(['Operation to retake city @ 2016-10..2017-07 ~approx (inferred)']);
  });
  test('"lasted" ties the duration to the happening before it', () => {
    expect(run('The general praised the soldiers for a campaign against the rebels that lasted two years.', '2020-03-01'))
      .toEqual(['General praises soldiers @ 2020-03 (inferred)', 'Campaign against rebels @ 2018-03..2020-03 (inferred)']);
  });
  test('an unresolved "he" makes no headline', () => {
    expect(run('He praised the soldiers on Monday.', '2020-03-04')).toEqual([]);
  });
});

describe('not events', () => {
  test.each([
    ['present references', 'The city is now calm. The fight is far from over to date.'],
    ['habits', 'The market opens every Monday. Ferries cross the strait each day.'],
    ['the future and expectations', 'The minister will visit Kyiv on Monday. A ruling is expected next week.'],
    ['negation and hedging', 'The army did not confirm the report on Friday. The deal could potentially collapse in May.'],
    ['quotes about the future', '“We will rebuild the city by next summer,” the mayor said on Tuesday.'],
    ['reporting verbs', 'The ministry said on Sunday that talks continue.'],
    ['site furniture', 'Follow Jane Smith on Twitter\nFont Size:\nPhoto: Reuters/Alaa Al-Marjani\nPublished March 6, 2023\nBy Jane Smith, Example Wire\n© 2023 Example Wire. All rights reserved.\nSend tips to news@example.com.'],
  ])('%s', (_name, body) => {
    expect(run(body, '2023-03-06')).toEqual([]);
  });

  test('a past happening with a stated date after the reference date is left off with a warning', () => {
    const x = extractSource(source('The ship sank on 12 March 2030.', '2023-03-06'));
    expect(x.events).toEqual([]);
    expect(x.diagnostics[0]).toMatchObject({ severity: 'warning', line: 5 });
  });
  test('a relative date after the reference date is a plan read as past: left off quietly', () => {
    const x = extractSource(source('Markets closed until Friday.', '2008-09-18'));
    expect(x.events.filter((e) => e.start > '2008-09-18')).toEqual([]);
    expect(x.diagnostics).toEqual([]);
  });
});

describe('provenance', () => {
  test('mentions carry the sentence and the time expression with offsets into the body', () => {
    const body = 'Intro line.\n\nRebels seized the airport on Saturday.';
    const [e] = extractSource(source(body, '2016-05-02')).events;
    expect(e!.mention).toMatchObject({ source: 'doc', text: 'Rebels seized the airport on Saturday.', timex: '2016-04-30' });
    expect(e!.mention.dateText).toMatch(/^(on )?Saturday$/);
    expect(body.slice(e!.mention.start, e!.mention.end)).toBe(e!.mention.text);
    expect(body.slice(e!.mention.dateStart, e!.mention.dateEnd)).toBe(e!.mention.dateText);
  });

  test('the result is plain JSON (safe to post between worker threads)', () => {
    const x = extractSource(source('Rebels seized the airport on Saturday.', '2016-05-02'));
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
    expect(structuredClone(x)).toEqual(x);
  });

  test('an unreadable source gives nothing and never throws', () => {
    expect(extractSource({ ...source(''), ok: false })).toEqual({ source: 'doc', events: [], diagnostics: [] });
  });
});
