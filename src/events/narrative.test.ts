/**
 * Narrative time across paragraphs: the day a news story is about (its lede's date) and what a new
 * paragraph goes on from. Each case is a short story of a kind held-out news has, from other desks.
 */
import { describe, expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractSource } from './extract.ts';
import type { ExtractedEvent } from './types.ts';

function source(body: string, referenceDate: string): ParsedSource {
  return {
    source: { id: 'doc', file: 'doc.md', referenceDateOrigin: 'datePublished', referenceDate, text: body },
    body, bodyLine: 5, diagnostics: [], ok: true,
  };
}

const brief = (e: ExtractedEvent): string => `${e.title} @ ${e.start}${e.inferred ? ' (inferred)' : ''}`;
const run = (body: string, ref: string): string[] => extractSource(source(body, ref)).events.map(brief);

describe('a new paragraph after the lede\'s day goes on at that day', () => {
  test('sport: the match\'s moments told in the next paragraph', () => {
    expect(run('LONDON — Serena Williams won her sixth Wimbledon title on Saturday, beating Garbine Muguruza in straight sets.\n\n'
      + 'Williams broke serve twice in the second set. Her sister Venus applauded from the players box.', '2015-07-12')).toEqual([
      'Serena Williams wins sixth Wimbledon title @ 2015-07-11',
      'Williams breaks serve twice @ 2015-07-11 (inferred)',
      'Sister Venus applauds from players box @ 2015-07-11 (inferred)',
    ]);
  });

  test('business: the market\'s answer to a deal', () => {
    expect(run('SEATTLE — Amazon agreed on Friday to buy Whole Foods Market for $13.7 billion in cash.\n\n'
      + 'Shares of Whole Foods jumped 29 percent.', '2017-06-17')).toEqual([
      'Amazon agrees to buy Whole Foods Market @ 2017-06-16',
      'Shares of Whole Foods jump 29 percent @ 2017-06-16 (inferred)',
    ]);
  });

  test('disaster: the damage told after the lede', () => {
    expect(run('KATHMANDU — A magnitude 7.8 earthquake struck central Nepal on Saturday, killing more than 1,000 people.\n\n'
      + 'The quake flattened buildings in Kathmandu and triggered an avalanche on Mount Everest.', '2015-04-26')).toEqual([
      'Magnitude 7.8 earthquake strikes central Nepal @ 2015-04-25',
      'Quake flattens buildings in Kathmandu @ 2015-04-25 (inferred)',
      'Quake triggers avalanche @ 2015-04-25 (inferred)',
    ]);
  });

  test('politics: after a paragraph on the days before, the story\'s day, not the last day named', () => {
    expect(run('WASHINGTON — The Senate confirmed Amy Coney Barrett to the Supreme Court on Monday by a vote of 52 to 48.\n\n'
      + 'The Judiciary Committee had approved her nomination on Thursday.\n\n'
      + 'Vice President Mike Pence presided over the vote.', '2020-10-27')).toEqual([
      'Senate confirms Amy Coney Barrett to Supreme Court @ 2020-10-26',
      'Judiciary Committee approves nomination @ 2020-10-22',
      'Mike Pence presides over vote @ 2020-10-26 (inferred)',
    ]);
  });

  test('a happening told as after another it does not date is not surely on the lede\'s day: the month of "now"', () => {
    expect(run('Iraqi forces retook Mosul on Saturday.\n\nVictory was declared after the army cleared the last fighters from the Old City.', '2017-07-10'))
      .toEqual(['Iraqi forces retake Mosul @ 2017-07-08', 'Victory declared @ 2017-07 (inferred)']);
    expect(run('Police clashed with protesters on Friday.\n\nA curfew was imposed after rioters burned several cars.', '2017-07-10'))
      .toEqual(['Police clash with protesters @ 2017-07-07', 'Curfew imposed @ 2017-07 (inferred)', 'Rioters burn several cars @ 2017-07 (inferred)']);
    expect(run('Shares of Acme fell 5 percent on Monday.\n\nThe company cut its forecast after sales slowed in China.', '2017-07-10'))
      .toEqual(['Shares of Acme fall 5 percent @ 2017-07-10', 'Company cuts forecast @ 2017-07 (inferred)', 'Sales slow in China @ 2017-07 (inferred)']);
  });

  test('a lede without a day of its own leaves the month of "now"', () => {
    expect(run('Unemployment rose this month as factories shut.\n\nThe central bank cut its main rate.', '2020-04-30'))
      .toEqual(['Unemployment rises @ 2020-04', 'Central bank cuts main rate @ 2020-04 (inferred)']);
  });
});

describe('how a stretch began ("at first") is background, not the story\'s day', () => {
  test('an undated "… at first" after the lede is left undated', () => {
    expect(run('The World Health Organization said on Thursday that a cholera outbreak had spread to a third province.\n\n'
      + 'The outbreak grew slowly at first. Officials confirmed 12 new cases.', '2024-08-16'))
      .toEqual(['Officials confirm 12 new cases @ 2024-08-15 (inferred)']);
    expect(run('Rebels captured the town of Kidal on Tuesday.\n\nThe fighting moved slowly at first.', '2014-05-22')).toEqual(['Rebels capture Kidal @ 2014-05-20']);
    expect(run('Shares of the startup soared on Friday after its market debut.\n\nInvestors hesitated at first.', '2021-03-13')).toEqual(['Shares of startup soar @ 2021-03-12']);
  });
});

describe('after a paragraph of background, a paragraph that names the lede\'s happening again is back at its day', () => {
  test('court: "as the sentence was read" after the convictions of the year before', () => {
    expect(run('HOUSTON — A federal judge sentenced former Enron chief Jeffrey Skilling to 24 years in prison on Monday.\n\n'
      + 'Skilling was convicted of fraud and conspiracy in May. He resigned from Enron in August 2001.\n\n'
      + 'Skilling showed no emotion as the sentence was read. His lawyers filed a notice of appeal.', '2006-10-24')).toEqual([
      'Federal judge sentences Enron chief Jeffrey Skilling @ 2006-10-23',
      'Skilling convicted of fraud @ 2006-05',
      'Jeffrey Skilling resigns from Enron @ 2001-08',
      'Lawyers file notice @ 2006-10-23 (inferred)',
    ]);
  });

  test('sport: "the winning point" after the champion\'s earlier titles', () => {
    expect(run('LONDON — Roger Federer won his eighth Wimbledon title on Sunday, beating Marin Cilic in straight sets.\n\n'
      + 'Federer first won the tournament in 2003 and lost the final to Rafael Nadal in 2008.\n\n'
      + 'Federer broke down in tears after the winning point.', '2017-07-17')).toEqual([
      'Roger Federer wins eighth Wimbledon title @ 2017-07-16',
      'Federer wins tournament @ 2003',
      'Federer loses final to Rafael Nadal @ 2008',
      'Federer breaks down in tears @ 2017-07-16 (inferred)',
    ]);
  });

  test('disaster and vote: the verb as the lede wrote it ("struck"), a noun of it ("the approval")', () => {
    expect(run('ROME — A magnitude 6.2 earthquake struck central Italy on Wednesday, killing at least 120 people.\n\n'
      + 'The region was hit by a deadly quake in April 2009.\n\n'
      + 'Hours after the quake struck, rescuers pulled a 10-year-old girl from the rubble in Pescara del Tronto.', '2016-08-25')).toEqual([
      'Magnitude 6.2 earthquake strikes central Italy @ 2016-08-24',
      'Deadly quake hits region @ 2009-04',
      'Rescuers pull 10-year-old girl @ 2016-08-24 (inferred)',
    ]);
    expect(run('DUBLIN — Irish voters approved same-sex marriage in a referendum on Friday by 62 percent to 38 percent.\n\n'
      + 'Ireland decriminalised homosexuality in 1993.\n\n'
      + 'Thousands of people cheered in Dublin Castle as the approval was announced.', '2015-05-24')).toEqual([
      'Irish voters approve same-sex marriage @ 2015-05-22',
      'Ireland decriminalises homosexuality @ 1993',
      'Thousands of people cheer in Dublin Castle @ 2015-05-22 (inferred)',
    ]);
  });

  test('background that goes on (the city\'s fall, the crash) stays undated', () => {
    expect(run('Iraqi forces retook Mosul on Saturday.\n\nIslamic State fighters seized the city in June 2014.\n\n'
      + 'Airstrikes destroyed most of its bridges. Snipers used the narrow streets.', '2017-07-10')).toEqual([
      'Iraqi forces retake Mosul @ 2017-07-08',
      'Islamic State fighters seize Mosul @ 2014-06',
    ]);
    expect(run('Federal investigators on Tuesday blamed a sleeping engineer for a freight train derailment in Nebraska.\n\n'
      + 'The train left the yard in North Platte at 11:05 p.m. on March 8, 2022.\n\n'
      + 'Nine tank cars ruptured and the fire destroyed a grain elevator.', '2023-06-14')).toEqual([
      'Federal investigators blame sleeping engineer @ 2023-06-13',
      'Train leaves yard in North Platte @ 2022-03-08T23:05',
    ]);
  });
});

describe('a chronology: lines that open with a date and a colon, told in the historical present', () => {
  test('sport, disaster, business, court: each line is a happening at its date', () => {
    expect(run('Key dates:\n\n- 2003: Federer wins his first Wimbledon title.\n- July 2008: Nadal beats Federer in the final.\n'
      + '- Aug. 29, 2005: Hurricane Katrina makes landfall near New Orleans.\n- 1976: Jobs and Wozniak start Apple in a garage.\n'
      + '- Feb. 12: The jury convicts Lowell on all counts.', '2024-03-01')).toEqual([
      'Federer wins first Wimbledon title @ 2003',
      'Nadal beats Federer @ 2008-07',
      'Hurricane Katrina makes landfall near New Orleans @ 2005-08-29',
      'Jobs and Wozniak start Apple @ 1976',
      'Jury convicts Lowell @ 2024-02-12',
    ]);
  });

  test('a verb the lexicon knows only as a plural noun, in a line with no other verb ("The state bans trucks")', () => {
    expect(run('- June 2012: A routine inspection rates the bridge deck "poor."\n- Jan. 12: The state bans trucks from the bridge.', '2024-03-01'))
      .toEqual(['Routine inspection rates bridge deck @ 2012-06', 'State bans trucks @ 2024-01-12']);
  });

  test('a label that is no date, a plan or a saying in a chronology line, and the present outside one, tell nothing', () => {
    expect(run('- Thursday: Officials say repairs will take at least two years.\n\nNote: The bridge opens at 6 a.m. every day.\n\nThe state bans trucks on Mondays.', '2024-03-01')).toEqual([]);
  });
});
