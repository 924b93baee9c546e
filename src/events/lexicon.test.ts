import { describe, expect, it } from 'vitest';
import { infinitive, lexiconTags } from './lexicon.ts';

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

describe('infinitive of a past or participle', () => {
  it('irregular participles compromise misreads as pasts ("gone" was "gine", "run" "rin") and regular pasts of verbs it does not know', () => {
    const pairs: Array<[string, string]> = [['gone', 'go'], ['done', 'do'], ['undergone', 'undergo'], ['run', 'run'], ['come', 'come'], ['won', 'win'],
      ['struck', 'strike'], ['hung', 'hang'], ['stood', 'stand'], ['rose', 'rise'], ['led', 'lead'], ['cut', 'cut'], ['opened', 'open'], ['demoed', 'demo'], ['tweeted', 'tweet']];
    for (const [word, inf] of pairs) expect(infinitive(word, 'PastTense'), word).toBe(inf);
  });
});
