import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isTimexValue } from '../validate.ts';
import { tag } from '../tag.ts';

const pairs = (s: string): [string, string][] => tag(s, { referenceDate: '2019-04-16' }).map((t) => [t.text, t.value]);

describe('years before 1600 (history, heritage and obituary news)', () => {
  test('four-digit years after a preposition of time', () => {
    expect(pairs('Construction of the cathedral began in 1163 and was largely completed by 1260.')).toEqual([['1163', '1163'], ['1260', '1260']]);
    expect(pairs('The Magna Carta was sealed by King John at Runnymede in 1215.')).toEqual([['1215', '1215']]);
    expect(pairs('Westminster Abbey has hosted every coronation since 1066.')).toEqual([['1066', '1066']]);
    // A span of them is a span, as one of later years is ("from 2009 to 2017").
    expect(pairs("The Hundred Years' War between England and France lasted from 1337 to 1453.")).toEqual([['from 1337 to 1453', 'P116Y'], ['1337', '1337'], ['1453', '1453']]);
    expect(pairs('The town was founded around 1450 by wool merchants.')).toEqual([['1450', '1450']]);
    expect(pairs('The Battle of Hastings in 1066 changed England.')).toEqual([['1066', '1066']]);
    expect(pairs('The manuscript was copied circa 1450 in Mainz.')).toEqual([['1450', '1450']]);
  });
  test('years with an era, and years named as such', () => {
    expect(pairs('Mount Vesuvius erupted in AD 79, burying Pompeii.')).toEqual([['AD 79', '0079']]);
    expect(pairs('The Western Roman Empire fell in 476 AD.')).toEqual([['476 AD', '0476']]);
    expect(pairs('Julius Caesar was assassinated in 44 BC.')).toEqual([['44 BC', 'BC0044']]);
    expect(pairs('Rome was founded in 753 B.C., according to legend.')).toEqual([['753 B.C.', 'BC0753']]);
    expect(pairs('Charlemagne was crowned emperor in the year 800.')).toEqual([['800', '0800']]);
    for (const v of ['0079', 'BC0044', '1163']) expect(isTimexValue('DATE', v)).toBe(true);
  });
  test('counts, prices, pages, addresses and changes are no years', () => {
    for (const s of [
      'The quake killed 1163 people and injured 1500 more.',
      'Tickets cost $1200 and the hotel charged £1500.',
      'The report runs to 1163 pages; see page 1163.',
      'The Dow fell by 1200 points, and the Nasdaq rose by 150.',
      'The index was down by 1200.',
      'The company cut prices in 1500 stores.',
      'The museum is at 1000 Fifth Avenue.',
      'Police said 300 protesters gathered in 120 cities.',
      'Temperatures reached 1200 degrees in the kiln.',
      'Flight 1549 landed on the Hudson.',
      'She won gold in the 1500m and ran 800 metres in 1:58.',
      'Attendance grew from 1000 to 1500 visitors a day.',
      'Around 1450 workers joined the strike.',
      'He bought an ad 800 times bigger.',
    ]) {
      expect(tag(s, { referenceDate: '2019-04-16' }).filter((t) => /^(?:BC)?\d{4}$/.test(t.value)), s).toEqual([]);
    }
  });
  test('a four-digit number before a counted noun is no year, whatever the preposition', () => {
    const nouns = ['people', 'homes', 'votes', 'points', 'stores', 'troops', 'miles', 'tonnes', 'jobs', 'cases'];
    fc.assert(
      fc.property(fc.constantFrom('in', 'by', 'from', 'since', 'until', 'before', 'after'), fc.integer({ min: 1000, max: 1599 }), fc.constantFrom(...nouns), (prep, n, noun) => {
        const s = `The figure changed ${prep} ${n} ${noun} last month.`;
        expect(tag(s, { referenceDate: '2019-04-16' }).map((t) => t.text), s).not.toContain(String(n));
      }),
      { numRuns: 300 },
    );
  });
});
