import { describe, expect, it } from 'vitest';
import { lexiconTags } from './lexicon.ts';

describe('lexiconTags', () => {
  it('reads entries and never an inherited property of the lexicon object', () => {
    expect(lexiconTags('paris')).toEqual(['City']);
    expect(lexiconTags('took')).toContain('PastTense');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'nosuchwordxyz']) expect(lexiconTags(name)).toEqual([]);
  });

  it('answers the same for a word asked again, also after its cache of asked words was emptied', () => {
    const first = [...lexiconTags('rose')];
    for (let i = 0; i < 100_500; i++) lexiconTags(`nosuchword${i}`);
    expect(lexiconTags('rose')).toEqual(first);
    expect(lexiconTags('constructor')).toEqual([]);
  });
});
