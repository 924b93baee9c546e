/**
 * Shapes of subjects news writes that made no event: an adjective lexicon lacks before a noun spelt like a verb ("A federal
 * appeals court"), a count with "about" ("About 22,000 workers"), a demonstrative ("That sale"), a "with" phrase ("Negotiations
 * with the employers"), a word of how often ("Annual inflation", "daily case counts"); and a date that opens the sentence
 * before a subordinate clause, for the main clause after it.
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

const brief = (e: ExtractedEvent): string => `${e.title} @ ${e.start}${e.qualifier ? ` ~${e.qualifier}` : ''}${e.inferred ? ' (inferred)' : ''}`;
const run = (body: string, ref = '2025-04-16'): string[] => extractSource(source(body, ref)).events.map(brief);

describe('adjectives of institutions the lexicon lacks are adjectives', () => {
  test('"A federal appeals court", "municipal workers union", "A presidential commission" on a day', () => {
    expect(run('A federal appeals court on Tuesday threw out a $2.4 billion jury verdict.')).toEqual(['Federal appeals court throws out $2.4 billion jury verdict @ 2025-04-15']);
    expect(run("The state's municipal workers union on Monday called a strike.")).toEqual(["State's municipal workers union calls strike @ 2025-04-14"]);
    expect(run('A presidential commission on Friday released its report.')).toEqual(['Presidential commission releases report @ 2025-04-11']);
  });
});

describe('a count with "about", "around", "nearly" opens a subject', () => {
  test('strikes, protests, fires', () => {
    expect(run('About 22,000 workers walked off the job on Oct. 1.')).toEqual(['22,000 workers walk off job @ 2024-10-01']);
    expect(run('Around 300 people gathered outside the court on Monday.')).toEqual(['300 people gather outside court @ 2025-04-14']);
    expect(run('Nearly 40 homes burned in the fire on Sunday.')).toEqual(['Nearly 40 homes burn in fire @ 2025-04-13']);
  });
});

describe('a demonstrative before the subject\'s noun is read as an article', () => {
  test('"That sale closed", "This deal was approved"', () => {
    expect(run('That sale closed on Feb. 21.')).toEqual(['Sale closes @ 2025-02-21']);
    expect(run('This deal was approved by regulators in March.')).toEqual(['Regulators approve deal @ 2025-03']);
  });
});

describe('a "with" phrase after the subject\'s noun is in the subject, not an absolute phrase', () => {
  test('labour talks; "With three seconds left" still opens an absolute phrase', () => {
    expect(run('Negotiations with the Gulf Maritime Employers Council broke down on Sept. 12.')).toEqual(['Negotiations break down @ 2024-09-12']);
    expect(run('Talks with the employers broke down on Monday.')).toEqual(['Talks with employers break down @ 2025-04-14']);
    expect(run('With three seconds left, Smith scored on Sunday.')).toEqual(['Smith scores @ 2025-04-13']);
  });
});

describe('a word of how often before a noun says what it measures, not that the happening recurs', () => {
  test('economic figures and outbreaks', () => {
    expect(run('Annual inflation rose to 2.4% in September.')).toEqual(['Annual inflation rises to 2.4% @ 2024-09']);
    expect(run('Daily case counts jumped to more than 200 on Monday.')).toEqual(['Daily case counts jump to more than 200 @ 2025-04-14']);
    expect(run('Ford posted its first annual loss in January.')).toEqual(['Ford posts first annual loss @ 2025-01']);
    // (After the verb it is how often: no happening.)
    expect(run('The company paid dividends weekly in March.')).toEqual([]);
  });
});

describe('dates set for later are not when the clause happened', () => {
  test('"payable on Dec. 14 to shareholders of record on Nov. 30"', () => {
    expect(run('The board declared a dividend of 18 cents per share on Tuesday, payable on Dec. 14 to shareholders of record on Nov. 30.'))
      .toEqual(['Board declares dividend of 18 cents @ 2025-04-15']);
    expect(run('Harrow approved a buyback on Tuesday and declared a quarterly dividend of 18 cents, payable on Dec. 14.', '2023-10-26'))
      .toEqual(['Harrow approves buyback @ 2023-10-24', 'Harrow declares quarterly dividend of 18 cents @ 2023-10-24 (inferred)']);
  });
});

describe('a date that opens the sentence before a subordinate clause dates the main clause', () => {
  test('"Two weeks later, after heavy rain flooded…, case counts jumped"', () => {
    expect(run('The first case was confirmed on March 2. Two weeks later, after heavy rain flooded the water system, case counts jumped to 60.'))
      .toEqual(['First case confirmed @ 2025-03-02', 'Heavy rain floods water system @ 2025-03-16', 'Case counts jump to 60 @ 2025-03-16']);
  });
});

describe('"they" or "it" right after a verb of saying is its speaker', () => {
  test('police, firefighters, companies, researchers: at or before the time it was said', () => {
    expect(run('Officials said on Monday they arrested two men.')).toEqual(['Officials arrest two men @ 2025-04-14 ~before (inferred)']);
    expect(run('**1:15 p.m.** — Firefighters in Lisbon say they have freed 140 people trapped in lifts.'))
      .toEqual(['Firefighters in Lisbon free 140 people trapped @ 2025-04-16T13:15 ~before (inferred)']);
    expect(run('In 2021, a team at Kyoto University reported that it had failed to reproduce the main result.'))
      .toEqual(['Team at Kyoto University fails to reproduce main result @ 2021 ~before (inferred)']);
    expect(run('Harrow said on Wednesday it opened a plant in Penang in August.')).toEqual(['Harrow opens plant in Penang @ 2024-08']);
  });

  test('not when the number disagrees or the speaker is a person', () => {
    expect(run('The ministers said he resigned on Monday.')).toEqual([]);
    expect(run('Police said they arrested Anna Berg on Monday. Anna Berg said it was a mistake.')).toEqual(['Police arrest Anna Berg @ 2025-04-14']);
  });
});

describe('a state or country after a place and its comma is where the place is, not the subject', () => {
  test('"Police in Lyon, France arrested", the second comma left out', () => {
    expect(run('Police in Lyon, France arrested two men on Monday.')).toEqual(['Police arrest two men @ 2025-04-14']);
    expect(run('Residents of Paradise, California lost their homes on Monday.')).toEqual(['Residents of Paradise lose homes @ 2025-04-14']);
    expect(run('Workers at a plant in Flint, Michigan walked out on Monday.')).toEqual(['Workers walk out @ 2025-04-14']);
    expect(run('Firefighters in Lisbon, Portugal rescued 40 people on Monday.')).toEqual(['Firefighters rescue 40 people @ 2025-04-14']);
    expect(run('Paris, France hosted the summit on Monday.')).toEqual(['Paris hosts summit @ 2025-04-14']);
  });
});

describe('"it" after a sentence not read for events is the name that opens that sentence', () => {
  test('business copy: the company named in an undated sentence, then "it" with a date', () => {
    expect(run('Harrow has been spending heavily to keep up with demand. In August it opened a $1.2 billion chip packaging plant in Penang, Malaysia.', '2023-10-26'))
      .toEqual(['Harrow opens $1.2 billion chip packaging plant @ 2023-08']);
    expect(run('General Motors is cutting costs across its brands. In March it closed a plant in Ohio.'))
      .toEqual(['General Motors closes plant in Ohio @ 2025-03']);
    // (A sentence that opens with no name names nothing.)
    expect(run('The market has been volatile for weeks. In March it fell 10%.')).toEqual([]);
  });
});

describe('a subject with an aside between commas before its verb', () => {
  test('"rose" after the comma that closes a relative clause is the verb, and the subject keeps its phrase of where', () => {
    expect(run("Yields on Canada's two-year bond, which is sensitive to changes in monetary policy, rose 4.1 basis points on Wednesday.", '2025-10-30'))
      .toEqual(["Yields on Canada's two-year bond rise 4.1 basis points @ 2025-10-29"]);
    expect(run("The company's shares, which have lost about a third of their value since the verdict, rose 6.2% to $48.15 on Tuesday."))
      .toEqual(["Company's shares rise 6.2% to $48.15 @ 2025-04-15"]);
  });

  test('a name between commas after a plural and "of" renames what follows "of", not the plural', () => {
    expect(run("Shares of Kestrel's main display supplier, Taiwan-based LumiTek, rose 4% in Taipei on Wednesday.", '2024-10-17'))
      .toEqual(['Shares of main display supplier rise 4% in Taipei @ 2024-10-16']);
    expect(run('The Prime Minister, Haider al-Abadi, congratulated the troops on Monday.')).toEqual(['Haider al-Abadi congratulates troops @ 2025-04-14']);
  });
});

describe('verbs of showing and describing with a thing for their object tell a happening', () => {
  test('"described trackways", "described a new species", "showed off the glasses"; not what witnesses described, nor "described … as"', () => {
    expect(run('In 2015 researchers from Edinburgh described trackways left by a large animal.')).toEqual(['Researchers from Edinburgh describe trackways @ 2015']);
    expect(run('In 2019 scientists described a new species of frog.')).toEqual(['Scientists describe new species of frog @ 2019']);
    expect(run('Nadia Osei showed off the glasses at an event in London on Tuesday.')).toEqual(['Nadia Osei shows off glasses @ 2025-04-15']);
    expect(run('Witnesses described the attack in May.')).toEqual([]);
    expect(run('In May he described the bankruptcy of the company, which he had foreseen, as quick.')).toEqual([]);
  });
});

describe('a recommendation or a demand of a body is its act', () => {
  test('"recommended that railroads be required to install…": what they are asked to do', () => {
    expect(run('On Tuesday the board recommended that railroads be required to install inward-facing cameras and fatigue alarms in locomotive cabs.', '2023-06-14'))
      .toEqual(['Board recommends railroads install inward-facing cameras @ 2023-06-13']);
    expect(run('Voters approved a measure backed by the governor in March.')).toEqual(['Voters approve measure @ 2025-03']);
  });
});

describe('a participle aside between commas after the subject', () => {
  test('its agent is not the subject, and the past after it is the verb ("Kestrel, founded in 2016 by three engineers, raised")', () => {
    expect(run('Kestrel, founded in 2016 by three former Microsoft engineers, raised $600 million in March.'))
      .toEqual(['Kestrel founded @ 2016', 'Kestrel raises $600 million @ 2025-03']);
    expect(run('Apple, led by Tim Cook, posted record sales on Monday.')).toEqual(['Apple posts record sales @ 2025-04-14']);
    expect(run('The cathedral, completed in 1345, collapsed on Monday.')).toEqual(['Cathedral completed @ 1345', 'Cathedral collapses @ 2025-04-14']);
  });

  test('a present perfect runs up to now: not at the date another clause of its sentence gave', () => {
    expect(run('Kestrel unveiled its glasses on Tuesday. Kestrel, founded in 2016 by three former Microsoft engineers, has raised about $1.4 billion from investors.'))
      .toEqual(['Kestrel unveils glasses @ 2025-04-15', 'Kestrel founded @ 2016', 'Kestrel raises about $1.4 billion @ 2025-04-15 (inferred)']);
  });
});

describe('an adverb that leads a time after the object of a verb of showing or calling', () => {
  test('"called a recess shortly before 9 p.m." is the call of a recess', () => {
    expect(run('Council President Nora Delacroix called a recess shortly before 9 p.m. on Tuesday.', '2025-06-11')).toEqual(['Nora Delacroix calls recess @ 2025-06-10T21:00 ~before']);
    expect(run('She called him a hero on Monday.')).toEqual([]);
  });
});

describe('subjects the clauses cut short (the titles engineer\'s list)', () => {
  test('a list of names, "up to" a count, a span "from … to", a new noun phrase after "the time", an appositive "a …" on a common noun', () => {
    expect(run('Services between London, Paris and Brussels were suspended on Saturday.')).toEqual(['Services suspended @ 2025-04-12']);
    expect(run('Dockworkers at 14 ports from Texas to Florida voted to ratify the deal on Friday.')[0]).toMatch(/^Dockworkers vote/);
    expect(run('By the time a Georgia company bought the mill in 2019, fewer than 400 workers were left.')[0]).toBe('Georgia company buys mill @ 2019');
    expect(run('The Legislature passed the ban in June 2017, and the governor, a Republican, signed it a week later.'))
      .toContain('Legislature passes ban @ 2017-06');
    expect(run('The Legislature passed the ban in June 2017, and the governor, a Republican, signed it a week later.').join(' ')).not.toMatch(/Republican/);
    // (A description with "the" renames: "the FTSE 100" is the subject.)
    expect(run('The primary UK index, the FTSE 100, rose in value by 8.04% on Monday.')).toEqual(['FTSE 100 rises in value @ 2025-04-14']);
  });

  test('"N1 in its N2, which…": the relative clause is about N1', () => {
    expect(run('The bank raised its key rate in July 2023, capping the fastest tightening cycle in its history, which started in March 2022.'))
      .toContain('Fastest tightening cycle starts @ 2022-03');
  });
});
