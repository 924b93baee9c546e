import { describe, expect, it } from 'vitest';
import { lexiconTags } from './lexicon.ts';

describe('lexiconTags', () => {
  it('reads entries and never an inherited property of the lexicon object', () => {
    expect(lexiconTags('paris')).toEqual(['City']);
    expect(lexiconTags('took')).toContain('PastTense');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'nosuchwordxyz']) expect(lexiconTags(name)).toEqual([]);
  });
});
