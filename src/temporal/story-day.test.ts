import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const timeOf = (text: string, ref: string, expr: string): string | undefined => tag(text, { referenceDate: ref }).find((t) => t.text === expr)?.value;

describe('a clock time told in the past, far from any day, is on the day of the news', () => {
  test('the lede\'s day, when it is in the week up to the article', () => {
    // Thursday 2023-10-26: a wire story of Wednesday's results.
    const earnings = 'Harrow Microdevices Inc reported a 38% jump in third-quarter profit on Wednesday, beating Wall Street estimates. '
      + 'Net income rose to $412 million in the three months ended Sept. 30, from $298 million a year earlier. Revenue climbed 24% to $2.16 billion. '
      + 'Analysts had on average expected earnings of $1.11 per share. '
      + 'Shares of the company rose 9% in extended trading after the results were released shortly after 4 p.m. ET.';
    expect(timeOf(earnings, '2023-10-26', '4 p.m. ET')).toBe('2023-10-25T16:00');
    // Monday 2024-03-04: a Saturday match.
    const match = 'Northfield Rovers beat Harbourside 2-0 on Saturday to go top of the table. The win was their fifth in a row. '
      + 'Their captain had missed two games with a knee injury. Fans queued for hours in the rain. The match kicked off at 7:45 p.m. in front of 30,000 people.';
    expect(timeOf(match, '2024-03-04', '7:45 p.m.')).toBe('2024-03-02T19:45');
    // Wednesday 2022-06-15: a Tuesday fire.
    const fire = 'A fire destroyed a warehouse in the city\'s port district on Tuesday, officials said. No one was hurt. '
      + 'The building had stood empty for years. Neighbours complained of smoke for hours. Firefighters were called at 2:30 a.m. and fought the blaze until dawn.';
    expect(timeOf(fire, '2022-06-15', '2:30 a.m.')).toBe('2022-06-14T02:30');
  });
  test('the article\'s day when the clock time is in the present or ahead, or the lede\'s day is long before', () => {
    const live = 'Stocks fell sharply on Monday as oil prices jumped. The Dow lost 500 points. Bond yields rose. Traders braced for more. At 11:45 a.m. ET, the Nasdaq is down 2%.';
    expect(timeOf(live, '2024-03-06', '11:45 a.m. ET')).toBe('2024-03-06T11:45');
    const ahead = 'Harrow reported record profit on Wednesday. Revenue rose 24%. Margins widened. Analysts cheered the figures. Its rival will report results after 4 p.m. ET.';
    expect(timeOf(ahead, '2023-10-26', '4 p.m. ET')).toBe('2023-10-26T16:00');
    const old = 'On July 20, 1969, two astronauts landed on the Moon. The world watched. Millions stayed up. Families gathered by radios. The hatch opened at 10:39 p.m.';
    expect(timeOf(old, '2019-07-20', '10:39 p.m.')).not.toMatch(/^2019-07-1/);
  });
});
