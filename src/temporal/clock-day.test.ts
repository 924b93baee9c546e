import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const valueOf = (text: string, ref: string, expr: string): string | undefined => tag(text, { referenceDate: ref }).find((t) => t.text === expr)?.value;

// A clock time said alone belongs to a day named in its sentence, else to the day a recent
// sentence (up to two back) named, else to the reference day.
describe('a clock time without a day', () => {
  test('takes the day the story has just told of', () => {
    const storm = 'Hurricane Lorna slammed into the North Carolina coast early Thursday. The storm made landfall near Cape Lookout at 5:40 a.m. By noon it had weakened to a Category 1 hurricane.';
    expect(valueOf(storm, '2022-09-02', '5:40 a.m.')).toBe('2022-09-01T05:40');
    expect(valueOf(storm, '2022-09-02', 'noon')).toBe('2022-09-01T12:00');
    expect(valueOf('The jury began deliberating on Thursday morning after a nearly four-week trial. The verdict was read shortly after 3 p.m.', '2022-11-18', '3 p.m.')).toBe('2022-11-17T15:00');
    expect(valueOf('Malaysia Airlines Flight 17 was shot down over eastern Ukraine on July 17, 2014. It lost contact with air traffic control at 13:20 GMT.', '2014-07-20', '13:20 GMT')).toBe('2014-07-17T13:20Z');
  });
  test('else the reference day', () => {
    expect(valueOf('At 11:45 a.m. ET, the Nasdaq was down 2%.', '2008-10-10', '11:45 a.m. ET')).toMatch(/^2008-10-10T11:45/);
    expect(valueOf('The company was founded on Monday, May 3, 1999. It grew fast. It hired thousands. It went public later. Trading opened at 9:30 a.m.', '2019-05-03', '9:30 a.m.')).toBe('2019-05-03T09:30');
  });
});

describe('a clock time on a day of the month', () => {
  test('"9 p.m. on the 21st" is one time', () => {
    expect(tag('The gallery will stay open until 9 p.m. on the 21st for a midsummer late opening.', { referenceDate: '2025-06-16' }).map((t) => [t.text, t.value])).toEqual([['9 p.m. on the 21st', '2025-06-21T21:00']]);
    expect(tag('Polling stations opened at 7am on the 4th and closed at 10pm.', { referenceDate: '2024-07-06' }).map((t) => [t.text, t.value])).toEqual([['7am on the 4th', '2024-07-04T07:00'], ['10pm', '2024-07-04T22:00']]);
  });
});

describe('a clock time whose day follows past its zone', () => {
  test('"at 3:15 a.m. local time (0715 GMT) on Tuesday": both clocks are on Tuesday', () => {
    const v = (s: string): string[] => tag(s, { referenceDate: '2024-06-12' }).map((t) => `${t.text}=${t.value}`);
    expect(v('The fire broke out at about 3:15 a.m. local time (0715 GMT) on Tuesday, officials said.')).toEqual(['3:15 a.m.=2024-06-11T03:15', '0715 GMT=2024-06-11T07:15Z', 'Tuesday=2024-06-11']);
    expect(v('The earthquake struck at 11:40 p.m. local time on Sunday.')).toContain('11:40 p.m.=2024-06-09T23:40');
    expect(v('Applications closed at 11:59 p.m. Pacific time Friday.')).toContain('11:59 p.m.=2024-06-07T23:59');
  });
  test('not across a clause: "at 9 p.m., police said Tuesday"', () => {
    const v = (s: string): string | undefined => tag(s, { referenceDate: '2024-06-12' }).find((t) => t.text === '9 p.m.')?.value;
    expect(v('The blast came at 9 p.m., police said Tuesday.')).toBe('2024-06-12T21:00');
    expect(v('The shop shut at 9 p.m. and reopened on Monday.')).toBe('2024-06-12T21:00');
  });
});

// A day told in the past perfect is a flashback: a clock time said after it is on the story's night.
describe('a clock time after a flashback', () => {
  test('does not take the flashback\'s day', () => {
    const council = 'The Milwood City Council approved a $1.2 billion budget at 2:10 a.m. Wednesday. Teachers rallied outside City Hall before Tuesday\'s meeting. At a public hearing on May 20, more than 150 residents had testified on the budget. The five members who voted no said the tax would fall hardest on older homeowners. Council member Raymond Pike proposed an amendment; it failed 6 to 7 at about 1 a.m.';
    expect(valueOf(council, '2025-06-11', '1 a.m.')).toBe('2025-06-11T01:00');
    const storm = 'The storm made landfall early Thursday. Forecasters had warned on Monday that it would strengthen. The eye passed over the city at 5:40 a.m.';
    expect(valueOf(storm, '2022-09-02', '5:40 a.m.')).toBe('2022-09-01T05:40');
  });
  test('a day said before a past perfect it reports is no flashback', () => {
    expect(valueOf('The company said on Tuesday that it had sold the unit. Trading was halted at 3 p.m.', '2024-06-13', '3 p.m.')).toBe('2024-06-11T15:00');
  });
});
