import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tag } from './tag.ts';

const RELATIVE = [
  'yesterday', 'today', 'tomorrow', 'tonight', 'earlier today', 'later today', 'this morning', 'yesterday afternoon', 'last night',
  'yesterday at 3pm', 'at 3 p.m. yesterday', 'today at 10:30', 'tomorrow morning', 'on Monday', 'last week', 'next month', 'this year',
  'last year', 'two days ago', 'the day before yesterday', 'in March', 'on March 5', 'at noon', 'now', 'in the coming weeks',
];
const EXPLICIT = ['in 2014', 'on July 8, 2017', 'in March 2000', 'in 1999', "in the summer of '69", 'on 7/8/2000'];

// Without a reference date, a relative time has no calendar value: chrono's stand-in instant
// (2000-01-01) must never show through as a year, month or day the text does not state.
describe('tagging without a reference date', () => {
  test('casual day words are unresolved', () => {
    for (const [s, text, value] of [
      ['The mayor resigned yesterday.', 'yesterday', 'XXXX-XX-XX'],
      ['Today the council meets.', 'Today', 'XXXX-XX-XX'],
      ['It opens tomorrow.', 'tomorrow', 'XXXX-XX-XX'],
      ['It happened earlier today.', 'earlier today', 'XXXX-XX-XX'],
      ['The blast came yesterday at 3pm.', 'yesterday at 3pm', 'XXXX-XX-XXT15:00'],
      ['It ended at 3 p.m. yesterday.', '3 p.m. yesterday', 'XXXX-XX-XXT15:00'],
    ] as const) {
      expect(tag(s).find((t) => t.text === text)?.value, s).toBe(value);
    }
  });
  test('no value holds a year the text does not write', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RELATIVE, ...EXPLICIT), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = `Officials said the talks ${parts.join(' and ')} went well.`;
        for (const t of tag(text)) {
          const year = /^(?:BC)?(\d{4})/.exec(t.value)?.[1];
          if (year) expect(text.includes(year) || text.includes(`'${year.slice(2)}`), `${text} → ${t.text} ${t.value}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
