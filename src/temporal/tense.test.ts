import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './irregular-past.ts';
import { tag } from './tag.ts';
import { tenseAround } from './tense.ts';

// The tense reading as it was with fractional weights (1, 1.5, -1) and no cache: the oracle.
/** The tense of the clause around a time expression, from cheap lexical cues. */
type Tense = 'past' | 'future' | 'present';

/** Finite auxiliaries and reporting verbs: they decide when present near the expression. */
const STRONG_FUTURE = /\b(?:will|shall|won't|'ll|going to|expects?|expected to|plans? to|planned to|intends? to|aims? to|is to|are to|to be|scheduled|slated|due to|due in|set to|would|should|may|might|must|upcoming|forecasts?|predicts?|hopes? to|wants? to|seeks? to|needs? to|remain|faces?|awaits?|prepares? (?:for|to)|payable|set(?:\s+[a-z]+){0,2}\s+for|takes? effect|comes? into (?:force|effect)|goes into effect|go into effect|opens|closes|begins|starts|ends|resumes|reopens|kicks off|expires|takes place|goes on sale|gets under way|goes to the polls)\b/gi;
const STRONG_PAST = new RegExp(`\\b(?:was|were|had|did|said|told|earlier|began|came|rose|fell|grew|took|made|went|saw|won|lost|sold|bought|became|left|led|hit|paid|spent|met|held|reported|announced|fell|dropped|died|fled|sued|drew|bled|sped|owed|eyed|got|overtook|overran|bore|strode|woke|burnt|learnt|stank|slung|traveled|travelled|${IRREGULAR_PAST.join('|')})\\b`, 'gi');
/** A verb in -ed, unless a participle after "be"/"been"/"to be" or one of the verbs of intention. */
const WEAK_PAST = new RegExp(`\\b(?:\\w{3,}ed|${IRREGULAR_PARTICIPLES.join('|')})\\b`, 'gi');
const NOT_PAST_ED = /^(?:expected|scheduled|planned|intended|slated|projected|anticipated|proposed|need|speed|feed|seed|breed|bed|red|shed|embed)$/i;

/**
 * Words that tell the direction only of the time right next to them: "since March", "until May",
 * "next Monday", "last June", "two years ago". Farther away they belong to another time.
 */
const ADJACENT_PAST = /\b(?:since|last|ago)\b/gi;
const ADJACENT_FUTURE = /\b(?:until|till|through|next|coming|starting|beginning|effective)\b/gi;
/** "until", "till": adjacent future cues that give way to a past verb before the expression. */
const UNTIL = -3;

/** A participle after a present or future form of "be" ("is held", "to be released") tells no past. */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|stay|stays|remain|remains)\s+$/i;

/** Window of characters either side of the expression that tense cues are looked for in. */
const WINDOW = 100;

/** Weight marking a cue that counts only right next to the expression. */
const ADJACENT = -1;

interface Cue {
  at: number;
  length: number;
  t: Tense;
  /** Weak cues (a verb in -ed) count as farther away. */
  weight: number;
}

function scan(sentence: string, re: RegExp, t: Tense, weight: number, out: Cue[], skip?: (word: string, at: number) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (skip?.(m[0], m.index)) continue;
    out.push({ at: m.index, length: m[0].length, t, weight });
  }
}


function cuesIn(sentence: string): Cue[] {
  const cues: Cue[] = [];
  const passive = (at: number): boolean => PASSIVE_BEFORE.test(sentence.slice(Math.max(0, at - 8), at));
  // The month May is no modal verb.
  // "set sentencing for Jan. 20" is an appointment ahead; "was set for Oct. 2" may be one gone by.
  scan(sentence, STRONG_FUTURE, 'future', 1, cues, (word, at) => word === 'May' || (/^(?:set\s|forecast$)/i.test(word) && /\b(?:was|were|had been|it|he|she)\s+$/i.test(sentence.slice(Math.max(0, at - 12), at))));
  scan(sentence, STRONG_PAST, 'past', 1, cues, (_word, at) => passive(at));
  scan(sentence, /\b(?:it|he|she)\s+(?:forecast|set|put|cut|hit|quit|bet|let|cast|cost|spread|shut|burst|broadcast|hurt|split|upset|shed)\b/gi, 'past', 1, cues);
  scan(sentence, WEAK_PAST, 'past', 1.5, cues, (word, at) => NOT_PAST_ED.test(word) || passive(at));
  // Adjacent-only cues count only a word's width away (see tenseAround).
  scan(sentence, ADJACENT_PAST, 'past', ADJACENT, cues);
  const future: Cue[] = [];
  scan(sentence, ADJACENT_FUTURE, 'future', ADJACENT, future, (word, at) => word.toLowerCase() === 'through' && /^through$|^Through$/.test(word)
    && (/\b(?:months?|quarters?|weeks?|years?|days|period|half)\s+$/i.test(sentence.slice(Math.max(0, at - 10), at)) || /\bfrom\b[^,;.]{0,30}$/i.test(sentence.slice(Math.max(0, at - 40), at))));
  for (const c of future) cues.push(/^(?:until|till|through)$/i.test(sentence.slice(c.at, c.at + c.length)) ? { ...c, weight: UNTIL } : c);
  return cues;
}

/**
 * The tense of the clause holding `[start, end)`. The nearest cue before the expression decides
 * ("said Monday", "will … next week", "who returned … on Wednesday"); auxiliaries and reporting
 * verbs ("will", "is expected to", "was", "said") weigh more than a verb in -ed. With no cue
 * before it, the nearest one after it ("On Friday, the index fell"); with none, the present.
 */
function plainTenseAround(sentence: string, start: number, end: number): Tense {
  let before: { d: number; t: Tense } | undefined;
  let any: { d: number; t: Tense } | undefined;
  const all = cuesIn(sentence);
  const pastBefore = all.some((c) => c.t === 'past' && c.weight > 0 && c.at < start && c.at >= start - WINDOW
    && !/\b(?:has|have|'s|'ve)\s+$/i.test(sentence.slice(Math.max(0, c.at - 6), c.at))
    && (c.weight === 1 || !/^\s+(?:until|till)\b/i.test(sentence.slice(c.at + c.length, start))));
  for (const c of all) {
    if (c.at >= start && c.at < end) continue;
    if (c.at < start - WINDOW || c.at + c.length > end + WINDOW) continue;
    const isBefore = c.at < start;
    const gap = isBefore ? start - (c.at + c.length) : c.at - end;
    if ((c.weight === ADJACENT || c.weight === UNTIL) && gap > 2) continue;
    if (c.weight === UNTIL && pastBefore && !/\b(?:postponed|delayed|adjourned|deferred|extended|suspended|rescheduled|pushed back|put off|moved)(?:\s+[\w'’-]+){0,3}\s+$/i.test(sentence.slice(Math.max(0, c.at - 48), c.at))) continue;
    const d = gap * (c.weight === UNTIL ? 1 : Math.abs(c.weight));
    if (isBefore && (!before || d < before.d)) before = { d, t: c.t };
    if (!any || d < any.d) any = { d, t: c.t };
  }
  if (!before) {
    // A verb of expectation farther back governs through an infinitive (see tense.ts).
    let nearest: Cue | undefined;
    for (const c of cuesIn(sentence)) if (c.weight !== ADJACENT && c.weight !== UNTIL && c.at + c.length <= start && (!nearest || c.at > nearest.at)) nearest = c;
    const word = nearest ? sentence.slice(nearest.at, nearest.at + nearest.length) : '';
    const between = nearest ? sentence.slice(nearest.at, start) : '';
    if (nearest?.t === 'future' && /^(?:expects?|expected to|plans? to|planned to|intends? to|aims? to|hopes? to|wants? to|seeks? to|needs? to|is to|are to|set to|due to|scheduled|slated|forecasts?|predicts?|prepares? to)$/i.test(word)
      && !/[;:]/.test(between) && /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|about|around|nearly|more|less|at|as)\b)[a-z]{3,}\b/i.test(between)) return 'future';
  }
  return (before ?? any)?.t ?? 'present';
}

const PIECES = [
  'will', 'shall', "won't", "we'll", 'going to', 'expects', 'expected to', 'plans to', 'is to', 'to be', 'due to', 'would', 'May', 'may',
  'was', 'were', 'had', 'said', 'told', 'earlier', 'rose', 'fell', 'reported', 'announced', 'dropped', 'opened', 'closed', 'expected',
  'scheduled', 'is held', 'was held', 'been released', 'to be released', 'are announced', 'since', 'last', 'ago', 'until', 'next', 'coming',
  'starting', 'effective', 'on Monday', 'in October', 'the index', 'Tuesday', '2017', 'the', 'a', ',', '.', 'bed', 'speed', 'Reported',
  'SINCE', 'Last', 'lasted', 'sinced', 'till', 'beginning', 'led', 'left', 'is led', 'traveled', 'travelled',
  'until', 'till Monday', 'remained closed', 'stay closed', 'remains shut', 'is closed until', 'ran until', 'has continued', 'markets closed until', 'was postponed until', 'adjourned the hearing until', 'through', 'runs through', 'ran through', 'months through', 'from January through', 'THROUGH',
  'died', 'fled', 'sued', 'drew', 'is owed', 'studied', 'diedd', 'got', 'overtook', 'the Fed', 'a spat',
  'opens', 'begins', 'ends', 'weekends', 'kicks off', 'takes place', 'opened', 'ended',
  'expect Lorna', 'to weaken', 'to the sea', 'to a storm', 'plans to', 'hope to', 'hopes', 'forecasts', 'to move out to sea on Saturday', ';', ':', 'as it crosses southeastern Virginia and the Delmarva Peninsula by late Friday', 'Up to',
  'it forecast', 'forecast', 'he quit', 'she', 'it', 'cut', 'payable', 'takes effect', 'took effect', 'comes into force', 'set sentencing for', 'was set for', 'set for', 'tore', 'swam', 'dug', 'sworn', 'is sworn', 'was sworn', 'taken', 'been', 'is been', 'built', 'Sworn', 'swornly',
];
const sentence = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' ')),
  // Cue words glued to others or to punctuation: the word boundaries decide.
  fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '-', ',', "'", '_', '1', '\n')), { maxLength: 30 }).map((p) => p.map(([w, sep]) => w + sep).join('')),
);
const withSpan = fc
  .tuple(fc.oneof(sentence, fc.string({ maxLength: 60 })), fc.nat(), fc.nat())
  .map(([s, a, b]): [string, number, number] => {
    const start = s.length === 0 ? 0 : a % (s.length + 1);
    return [s, start, start + (b % (s.length - start + 1))];
  });

describe('tenseAround', () => {
  test('reads the same tense as the reading with fractional weights', () => {
    fc.assert(
      fc.property(withSpan, ([s, start, end]) => {
        expect(tenseAround(s, start, end), JSON.stringify([s, start, end])).toBe(plainTenseAround(s, start, end));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('dividend dates', () => {
  test('"payable on" a date is ahead of the article', () => {
    const ref = '2023-10-26';
    const dividend = (s: string, expr: string): string | undefined => tag(s, { referenceDate: ref }).find((t) => t.text === expr)?.value;
    expect(dividend('Its board declared a quarterly dividend of 18 cents per share, payable on Dec. 14 to shareholders of record on Nov. 30.', 'Dec. 14')).toBe('2023-12-14');
    expect(dividend('The board approved a dividend of 25 cents, payable Jan. 15 to holders of record on Dec. 29.', 'Jan. 15')).toBe('2024-01-15');
  });
});

describe('appointments', () => {
  test('"set … for" a date is ahead of the article, unless told as past ("was set for")', () => {
    const v = (s: string, ref: string, expr: string): string | undefined => tag(s, { referenceDate: ref }).find((t) => t.text === expr)?.value;
    expect(v('District Judge Samuel Ortiz set sentencing for Jan. 20 and ordered her held without bond.', '2022-11-18', 'Jan. 20')).toBe('2023-01-20');
    expect(v('The judge set a hearing for Monday.', '2022-11-18', 'Monday')).toBe('2022-11-21');
    expect(v('The court set the retrial for March 3, prosecutors said.', '2022-11-18', 'March 3')).toBe('2023-03-03');
    expect(v('Officials said the vote was set for Oct. 2.', '2022-11-18', 'Oct. 2')).toBe('2022-10-02');
  });
});

describe('laws and rules taking effect', () => {
  test('"takes effect", "comes into force" on a date look ahead; "took effect" back', () => {
    const v = (s: string, expr: string): string | undefined => tag(s, { referenceDate: '2021-06-16' }).find((t) => t.text === expr)?.value;
    expect(v('The minimum wage increase takes effect on Jan. 1.', 'Jan. 1')).toBe('2022-01-01');
    expect(v('The ban on single-use plastics comes into force on March 1.', 'March 1')).toBe('2022-03-01');
    expect(v('The new rules go into effect in January, regulators said.', 'January')).toBe('2022-01');
    expect(v('The law took effect on Jan. 1.', 'Jan. 1')).toBe('2021-01-01');
  });
});

describe('a bare past after a singular pronoun', () => {
  test('"it forecast in July", "he quit in March" look back', () => {
    const v = (s: string, expr: string): string | undefined => tag(s, { referenceDate: '2023-10-26' }).find((t) => t.text === expr)?.value;
    expect(v('The company now expects revenue of $8.3 billion, above the $8.1 billion it forecast in July.', 'July')).toBe('2023-07');
    expect(v('He quit in November, the company said.', 'November')).toBe('2022-11');
    expect(v('Analysts forecast a rebound in November.', 'November')).toBe('2023-11');
  });
});

describe('an infinitive governed by a verb of expectation far back', () => {
  test('"expect X to … , and to move out to sea on Saturday" looks ahead with no cue nearer', () => {
    const v = (s: string, ref: string, expr: string): string | undefined => tag(s, { referenceDate: ref }).find((t) => t.text === expr)?.value;
    // Friday 2022-09-02.
    expect(v('Forecasters expect Lorna to weaken to a tropical storm by Friday morning as it crosses southeastern Virginia, and to move out to sea on Saturday.', '2022-09-02', 'Saturday')).toBe('2022-09-03');
    expect(v('The company plans to spend the money on new equipment for its factories in Ohio and Michigan over several years, and to open a plant in March.', '2022-09-02', 'March')).toBe('2023-03');
    expect(v('The airline intends to retire its remaining fleet of older wide-body jets, most of them more than 25 years old and costly to run, and to start the new routes in April.', '2022-09-02', 'April')).toBe('2023-04');
    expect(v('The two sides are scheduled to resume talks on the border dispute, a quarrel over water rights and grazing land that goes back to colonial times, in Geneva on Tuesday.', '2022-09-02', 'Tuesday')).toBe('2022-09-06');
  });
  test('a nearer past cue, a clause of its own, or no infinitive between keeps the past', () => {
    const v = (s: string, ref: string, expr: string): string | undefined => tag(s, { referenceDate: ref }).find((t) => t.text === expr)?.value;
    expect(v('The company expects revenue of about $2 billion this quarter, after a long slump in orders from its biggest customers in Europe, which fell in March.', '2022-09-02', 'March')).toBe('2022-03');
    expect(v('Investors expect a rebound in prices of copper and other industrial metals after a long slump in demand from China; the index hit a low on Monday.', '2022-09-02', 'Monday')).toBe('2022-08-29');
    expect(v('Analysts expect the central bank to raise rates again this year after inflation in the euro zone reached a record high in July.', '2022-09-02', 'July')).toBe('2022-07');
  });
});

describe('a scheduled happening told in the present', () => {
  test('"opens", "begins", "ends", "expires", "takes place" before a date look ahead; their past looks back', () => {
    // Wednesday 2024-06-12.
    const v = (s: string, expr: string): string | undefined => tag(s, { referenceDate: '2024-06-12' }).find((t) => t.text === expr)?.value;
    expect(v('The trial begins on Monday in federal court in Manhattan.', 'Monday')).toBe('2024-06-17');
    expect(v('The exhibition opens in March at the Tate Modern.', 'March')).toBe('2025-03');
    expect(v('The tender offer expires on Friday, the company said.', 'Friday')).toBe('2024-06-14');
    expect(v('The summit takes place in Brussels on Tuesday.', 'Tuesday')).toBe('2024-06-18');
    expect(v('Early voting ends on Sunday.', 'Sunday')).toBe('2024-06-16');
    expect(v('The trial began on Monday in federal court in Manhattan.', 'Monday')).toBe('2024-06-10');
    expect(v('Early voting ended on Sunday.', 'Sunday')).toBe('2024-06-09');
  });
});

describe('short past forms', () => {
  test('"died", "fled", "sued" in November look back from June', () => {
    const v = (s: string, expr: string): string | undefined => tag(s, { referenceDate: '2024-06-12' }).find((t) => t.text === expr)?.value;
    expect(v('He died in November at his home in Los Angeles.', 'November')).toBe('2023-11');
    expect(v('The singer died in October at age 81, his family said.', 'October')).toBe('2023-10');
    expect(v('Thousands fled in September as the fighting spread.', 'September')).toBe('2023-09');
    expect(v('The family sued in October, seeking damages.', 'October')).toBe('2023-10');
    expect(v('He died on Christmas Day.', 'Christmas Day')).toBe('2023-12-25');
    expect(v('Rivian overtook Lucid in November in deliveries.', 'November')).toBe('2023-11');
    expect(v('The project got under way in October.', 'October')).toBe('2023-10');
  });
});

describe('"until" after a past verb', () => {
  test('"remained closed until Monday" looks back; "is closed until Monday" ahead', () => {
    const v = (s: string, expr: string): string | undefined => tag(s, { referenceDate: '2024-06-12' }).find((t) => t.text === expr)?.value;
    expect(v('The road remained closed until Monday, police said.', 'Monday')).toBe('2024-06-10');
    expect(v('The show ran until Sunday.', 'Sunday')).toBe('2024-06-09');
    expect(v('Talks dragged on until late Friday.', 'late Friday')).toBe('2024-06-07');
    // A participle right before "until" may be a state ahead; "has continued" is no past.
    expect(v('The government has continued to hold all stock markets closed until Friday.', 'Friday')).toBe('2024-06-14');
    expect(v('The road is closed until Monday.', 'Monday')).toBe('2024-06-17');
    expect(v('The offer is valid until Sunday.', 'Sunday')).toBe('2024-06-16');
    expect(v('The road will stay closed until Monday.', 'Monday')).toBe('2024-06-17');
    // A date moved to is ahead.
    expect(v('The match was postponed until Friday because of rain.', 'Friday')).toBe('2024-06-14');
    expect(v('The judge adjourned the hearing until Monday.', 'Monday')).toBe('2024-06-17');
    expect(v('Trading in the shares was suspended until Tuesday.', 'Tuesday')).toBe('2024-06-18');
    // "through" likewise.
    expect(v('The exhibition runs through Sunday at the Tate.', 'Sunday')).toBe('2024-06-16');
    expect(v('The exhibition ran through Sunday at the Tate.', 'Sunday')).toBe('2024-06-09');
    // The end of a period or a span has no direction of its own.
    const q = (s: string, expr: string): string | undefined => tag(s, { referenceDate: '2023-10-26' }).find((t) => t.text === expr)?.value;
    expect(q('In the three months through Sept. 30, net income rose 5%.', 'Sept. 30')).toBe('2023-09-30');
    expect(q('In the nine months through September, profit fell.', 'September')).toBe('2023-09');
  });
});

// A warning, order or ban issued in the past runs to a time ahead: "through"/"until" keeps looking ahead.
describe('"until"/"through" after a warning, order or ban', () => {
  const at = (s: string, ref: string, expr: string): string | undefined => tag(s, { referenceDate: ref }).find((t) => t.text === expr)?.value;
  test('is ahead though it was issued in the past', () => {
    expect(at('The National Weather Service issued a red flag warning for the area through 8 p.m. Tuesday, citing dry winds.', '2025-08-11', '8 p.m. Tuesday')).toBe('2025-08-12T20:00');
    expect(at('The city imposed a curfew until Monday after a night of unrest.', '2024-06-12', 'Monday')).toBe('2024-06-17');
    expect(at('Officials extended the evacuation order through Friday.', '2024-06-12', 'Friday')).toBe('2024-06-14');
  });
  test('a state that was ends in the past as before', () => {
    expect(at('The road remained closed until Monday.', '2024-06-12', 'Monday')).toBe('2024-06-10');
    expect(at('The show ran until Sunday.', '2024-06-12', 'Sunday')).toBe('2024-06-09');
  });
});
