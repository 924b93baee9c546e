/**
 * Past forms that modify the noun before them, not verbs of their own: reduced relative clauses on a
 * subject ("CT scans carried out in September revealed…"), a stretch of time and the date it ended ("the
 * three months ended Sept. 30"), and what was done to an object pronoun ("ordered her held"). Each
 * was read as a clause of its own, a false event ("CT scans carry out", "Net income ends", "Verdict holds").
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
const run = (body: string, ref = '2024-05-21'): string[] => extractSource(source(body, ref)).events.map(brief);

describe('a past form between a subject and its verb modifies the subject', () => {
  test('science, crime, aid, outbreak and military sentences: one event, the later verb\'s', () => {
    expect(run('CT scans carried out in September 2023 revealed a skull with long teeth.')).toEqual(['CT scans reveal skull @ 2023-09']);
    expect(run('The man arrested in Lyon on Monday was charged with murder on Wednesday.')).toEqual(['Man charged with murder @ 2024-05-15']);
    expect(run('A vaccination campaign using 400,000 oral doses shipped from the global stockpile began on May 5.')).toEqual(['Vaccination campaign begins @ 2024-05-05']);
    expect(run('A convoy carrying aid supplies donated by Japan arrived in Gaza on Tuesday.')).toEqual(['Convoy arrives in Gaza @ 2024-05-21']);
    expect(run('Troops stationed near the border since 2019 withdrew on Friday.')).toEqual(['Troops withdraw @ 2024-05-17']);
    expect(run('Last spring, a hotel chain based in Charlotte ordered 220 rugs.')).toEqual(['Hotel chain orders 220 rugs @ 2023-03']);
  });

  test('the modifier\'s date dates a sentence whose verb tells no happening', () => {
    expect(run('Data released Thursday showed the economy grew.', '2017-07-08')).toEqual(['Economy grows @ 2017-07-06 (inferred)']);
  });

  test('a verb that is only a past, takes no object, says or runs into a "by" phrase stays the verb', () => {
    expect(run('The announcement came in a rare press conference held by Apple on Friday.')).toEqual(['Announcement comes in rare press conference @ 2024-05-17']);
    expect(run('Other Asian markets fell sharply on Monday on fears echoed by Japan and China.')[0]).toBe('Other Asian markets fall @ 2024-05-20');
    expect(run('Shares surged in early trading on Monday after the results.')).toEqual(['Shares surge in early trading @ 2024-05-20']);
    expect(run('Police said in a statement on Monday the suspect fled.')).toEqual(['Suspect flees @ 2024-05 (inferred)']);
    // (After a subordinator the noun phrase is that clause's subject.)
    expect(run('When prices rose in May sales fell.')).toContain('Prices rise @ 2024-05');
  });
});

describe('a stretch of time and the date it ended', () => {
  test('earnings: "the three months ended Sept. 30", "the quarter ended June 30" date the result, no "ends" event', () => {
    expect(run('Net income rose to $412 million in the three months ended March 31.')).toEqual(['Net income rises to $412 million @ 2024-03-31']);
    expect(run('Profit fell 5% in the quarter ended March 31.')).toEqual(['Profit falls 5% @ 2024-03-31']);
    expect(run('Sales in the six months ended March 31 rose 10%.')).not.toContain('Sales end @ 2024-03-31');
  });
});

describe('a past form after an object pronoun is what was done to that person', () => {
  test('"ordered her held without bond", "ordered them detained"', () => {
    expect(run('Judge Ann Ortiz sentenced Maria Lowell on Friday. The judge ordered her held without bond on Monday.'))
      .toEqual(['Ann Ortiz sentences Maria Lowell @ 2024-05-17', 'Judge orders Maria Lowell held @ 2024-05-20']);
    expect(run('A court ordered them detained on Friday.')).toEqual([]);
  });
});

describe('a past form right after the object of a past verb modifies that object', () => {
  test('"arrested a man suspected of murder", "the litter collected during the sweep": one finite verb per clause', () => {
    expect(run('Police arrested a man suspected of murder on Monday.')).toEqual(['Police arrest man suspected of murder @ 2024-05-20']);
    expect(run('A study found that plastic bags made up less than 1% of the litter collected during the annual beach sweep in September.', '2024-10-15'))
      .not.toContain('Less than 1% of litter collects during annual beach @ 2024-09');
  });

  test('not after a clause that takes a clause, nor in a clause a missing comma or a missed sentence end leaves open', () => {
    expect(run('Investigators found the pilot ignored warnings in May.')).toEqual(['Pilot ignores warnings @ 2024-05']);
    expect(run('After the case closed Apple chief executive Steve Jobs extended an invitation to the label on Monday.'))
      .toEqual(['Apple chief executive Steve Jobs extends invitation to label @ 2024-05-20']);
    expect(run('Asian markets have become entangled in the crisis in the U.S. Deutsche Bank of Germany lost almost $3.5 billion on Monday.'))
      .toEqual(['Deutsche Bank of Germany loses $3.5 billion @ 2024-05-20']);
  });
});

describe('a verb after a subordinator belongs to its own clause', () => {
  test('"Negotiations with the Council broke down on Sept. 12 after the employers proposed…": "broke" is the main verb, not a modifier', () => {
    expect(run('Negotiations with the Gulf Maritime Employers Council broke down on Sept. 12 after the employers proposed installing automated gates at three terminals.', '2024-10-12'))
      .toEqual(['Negotiations break down @ 2024-09-12']);
    expect(run('A federal judge in Chicago sided with the companies in October after a three-week trial, and the agency said in December that it would not appeal.', '2025-03-04'))
      .toContain('Federal judge in Chicago sides with companies @ 2024-10');
    expect(run('During a media event held at its headquarters on Monday, Apple unveiled a phone.')).toEqual(['Apple unveils phone @ 2024-05-20']);
  });

  test('a past form after the -ing object of a verb, before a noun, modifies the noun ("proposed installing automated gates")', () => {
    expect(run('Negotiations with the Gulf Maritime Employers Council broke down on Sept. 12 after the employers proposed installing automated gates at three terminals.', '2024-10-12').join(' '))
      .not.toMatch(/automates/);
    expect(run('Shelling killed civilians on Monday.')).toEqual(['Shelling kills civilians @ 2024-05-20']);
  });
});
