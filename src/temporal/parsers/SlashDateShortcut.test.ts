import { casual, ParsingContext } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CASUAL_PARSER_NAMES } from '../chrono-names.ts';
import { SlashDateShortcut } from './SlashDateShortcut.ts';

const chronos = casual.clone().parsers[CASUAL_PARSER_NAMES.indexOf('SlashDateFormatParser')]!;
const shortcut = new SlashDateShortcut(chronos);
const PIECES = ['1', '2', '12', '31', '07', '2017', '99', '.', '/', '-', ' ', 'a', 'on ', '%', ',', '(', '1.5', '3/4', '24/7', '12/25/2017', '5-3', '2.1.5'];

/** Every match chrono's parser would see: after one it refuses, the search goes on one character later. */
function check(text: string): void {
  const context = new ParsingContext(text, new Date(2017, 5, 1), {});
  const pattern = shortcut.pattern(context);
  for (let from = 0; from < text.length; from++) {
    const match = pattern.exec(text.substring(from));
    if (!match) return;
    match.index += from;
    const ours = shortcut.extract(context, match);
    const theirs = chronos.extract(context, match);
    expect(!!ours, JSON.stringify([text, match.index])).toBe(!!theirs);
    from = match.index;
  }
}

describe('SlashDateShortcut refuses only what chrono refuses', () => {
  test('on texts of digits and separators', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('')), (s) => check(s)), { numRuns: 5000 });
  });
  test('on examples', () => {
    for (const s of ['rose 1.5 percent on 3/4', 'on 12/25', 'a 3-2 win', 'on 5.3.2017', 'the 24/7 news', '1.5.17', '07-12-2017']) check(s);
  });
});
