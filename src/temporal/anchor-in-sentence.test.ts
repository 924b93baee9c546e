import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

/** The value of the first annotation whose text is `text` in `passage`. */
function valueOf(passage: string, ref: string, text: string): string | undefined {
  return tag(passage, { referenceDate: ref }).find((t) => t.text === text)?.value;
}

// "the following/next/previous year|month|week" counts from the latest date named before it in the
// same sentence, not from the time in force when the sentence began (the previous sentence's date).
describe('an anaphoric unit after a date earlier in its own sentence', () => {
  test('the following year after a year in the same sentence', () => {
    expect(valueOf('He was released on Feb. 11, 1990. Mandela shared the Nobel Peace Prize with F.W. de Klerk in 1993 and was elected president the following year.', '2013-12-06', 'the following year')).toBe('1994');
    expect(valueOf('In 1996, following Apple Computer\'s purchase of NeXT, Jobs returned to Apple. In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year the Mac OS X operating system was released.', '2011-10-06', 'the following year')).toBe('2002');
    expect(valueOf('The Oslo accord was signed on Sept. 13, 1993. Rabin was assassinated in November 1995, and Netanyahu won the election the following year.', '2015-11-04', 'the following year')).toBe('1996');
    expect(valueOf('Federer won his first Wimbledon title in 2003 and rose to No. 1 the next year.', '2019-07-14', 'the next year')).toBe('2004');
  });
  test('the previous year, month and week', () => {
    expect(valueOf('Bolt set the world record of 9.58 seconds in Berlin in 2009, having run 9.69 in Beijing the previous year.', '2017-08-05', 'the previous year')).toBe('2008');
    expect(valueOf('The bank failed on March 3, 2008. Its shares had peaked in October 2007 and slumped the following month.', '2009-01-10', 'the following month')).toBe('2007-11');
    expect(valueOf('Talks collapsed on June 2, 2015. A deal was struck on July 14, 2015, after a deadline was missed the previous week.', '2015-07-20', 'the previous week')).toBe('2015-W28');
  });
  test('with no date before it in the sentence, the time in force of the story still counts', () => {
    expect(valueOf('The accord was signed on Sept. 13, 1993. The following year, Arafat returned to Gaza.', '2004-11-11', 'The following year')).toBe('1994');
    expect(valueOf('Sales fell sharply next year, the company said.', '2017-07-09', 'next year')).toBe('2018');
  });
});
