import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const values = (text: string, ref: string): string[] => tag(text, { referenceDate: ref }).map((t) => `${t.text}=${t.value}`);

// A live blog is told in entries headed by a clock time, newest first (or oldest first). A day
// said inside an entry ("will run a normal service on Wednesday") is no day for the headings after it.
describe('a live blog\'s entry headings', () => {
  test('newest first: each heading is on the day of the one before, not on a forecast day told in between', () => {
    const blog = [
      '**11:52 p.m.** — Grid operator REN says 94% of customers have power again. Trains on the Lisbon and Porto metros will run a normal service on Wednesday, the transport ministry says.',
      '**10:15 p.m.** — Lisbon\'s airport has resumed departures. The first flight, a service to Madeira, took off at 9:58 p.m.',
      '**6:05 p.m.** — Power is back in central Porto. Traffic lights started working again at about 5:50 p.m., according to the city council.',
    ].join('\n\n');
    expect(values(blog, '2025-11-18')).toEqual([
      '11:52 p.m.=2025-11-18T23:52', 'Wednesday=2025-11-19', '10:15 p.m.=2025-11-18T22:15', '9:58 p.m.=2025-11-18T21:58', '6:05 p.m.=2025-11-18T18:05', '5:50 p.m.=2025-11-18T17:50',
    ]);
  });
  test('other markups, zones and separators; oldest first across midnight', () => {
    const blog = ['9:15 a.m. ET: The storm made landfall near Cape Lookout. Forecasters expect it to reach Virginia on Friday.', '11:40 a.m. ET: Power is out for 300,000 customers.', '6:20 p.m. ET: The governor has ordered a curfew.', '11:55 p.m. ET: The curfew has begun.', '12:30 a.m. ET: Police report two arrests.'].join('\n');
    expect(values(blog, '2022-09-01').filter((v) => /a\.m\.|p\.m\./.test(v))).toEqual(['9:15 a.m. ET=2022-09-01T09:15', '11:40 a.m. ET=2022-09-01T11:40', '6:20 p.m. ET=2022-09-01T18:20', '11:55 p.m. ET=2022-09-01T23:55', '12:30 a.m. ET=2022-09-02T00:30']);
    const newest = ['## 1:05 a.m.', 'Counting is over in all districts. Results will be announced on Thursday.', '## 11:50 p.m.', 'Turnout reached 64%.'].join('\n\n');
    expect(values(newest, '2024-07-05')).toEqual(['1:05 a.m.=2024-07-05T01:05', 'Thursday=2024-07-11', '11:50 p.m.=2024-07-04T23:50']);
  });
  test('a clock time inside a sentence is no heading: it takes the day told before it', () => {
    const story = 'The jury began deliberating on Thursday morning. At 3 p.m., the verdict was read.\n\nThe judge left at 4 p.m.';
    expect(values(story, '2022-11-18')).toContain('4 p.m.=2022-11-17T16:00');
  });
  test('any run of headings newest first, with a day told inside each entry: every heading on its own day', () => {
    // Minutes after midnight, decreasing by less than 12 hours from one entry to the next (a blog's
    // pace: a longer silence reads as a turn of midnight), all on the reference day.
    const times = fc
      .tuple(fc.integer({ min: 0, max: 1439 }), fc.array(fc.integer({ min: 1, max: 719 }), { minLength: 1, maxLength: 7 }))
      .map(([first, gaps]) => gaps.reduce((ms, g) => [...ms, ms[ms.length - 1]! - g], [first]).filter((m) => m >= 0));
    const clock = (m: number): string => `${((Math.floor(m / 60) + 11) % 12) + 1}:${String(m % 60).padStart(2, '0')} ${m < 720 ? 'a.m.' : 'p.m.'}`;
    const days = fc.constantFrom('on Wednesday', 'on Friday', 'next Monday', 'on Nov. 30');
    fc.assert(
      fc.property(times, days, (ms, day) => {
        const blog = ms.map((m) => `**${clock(m)}** — Officials say services will resume ${day}. Crews are at work.`).join('\n\n');
        const got = tag(blog, { referenceDate: '2025-11-18' }).filter((t) => t.type === 'TIME').map((t) => t.value);
        expect(got).toEqual(ms.map((m) => `2025-11-18T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`));
      }),
      { numRuns: 60 },
    );
  });
});
