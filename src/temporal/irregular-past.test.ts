import nlp from 'compromise/two';
import { describe, expect, test } from 'vitest';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './irregular-past.ts';
import { tenseAround } from './tense.ts';
import { tag } from './tag.ts';

/** The slice of compromise's world read here (its types do not export these internals). */
interface World {
  model: { one: { lexicon: Record<string, string | string[] | undefined> } };
  methods: { two: { transform: { verb: { toInfinitive: (word: string, model: unknown, tense: string) => string } } } };
}

/**
 * Forms compromise lists that are mostly no verb in news, or no English word: "lit" and "bore"
 * (adjectives), "spat" (a quarrel), "given" ("given that"), the present-like "awaken"/"waken",
 * "been" and "got" (the present perfect's and "have got"'s auxiliaries: "she has been with GM for
 * 33 years", "we've got challenges" speak of now), and compound or misspelt entries of its lexicon.
 */
const NOT_TENSE_CUES = new Set([
  'lit', 'bore', 'spat', 'pent', 'given', 'awaken', 'waken', 'been', 'got', 'ollay', 'rivetung', 'storytellung', 'sheilt', 'snew',
  'bookkept', 'breathtook', 'peacekept', 'forseen',
]);

const hasTag = (t: string | string[] | undefined, tag: string): boolean => t === tag || (Array.isArray(t) && t.includes(tag));

/** compromise's irregular past forms and participles (not in -ed, not spelt like the infinitive), less NOT_TENSE_CUES. */
function irregularFromCompromise(): { past: string[]; participles: string[] } {
  const world = nlp.world() as unknown as World;
  const lexicon = world.model.one.lexicon;
  const past: string[] = [];
  const participles: string[] = [];
  for (const word in lexicon) {
    const tags = lexicon[word];
    const isPast = hasTag(tags, 'PastTense');
    if (!isPast && !hasTag(tags, 'Participle')) continue;
    if (!/^[a-z]{2,}$/.test(word) || word.endsWith('ed') || NOT_TENSE_CUES.has(word)) continue;
    let infinitive = word;
    try {
      infinitive = world.methods.two.transform.verb.toInfinitive(word, world.model, isPast ? 'PastTense' : 'Participle') || word;
    } catch {
      infinitive = word;
    }
    if (infinitive !== word) (isPast ? past : participles).push(word);
  }
  return { past: past.sort(), participles: participles.sort() };
}

describe('irregular past forms', () => {
  test('the written lists are what compromise conjugates', () => {
    const fromCompromise = irregularFromCompromise();
    expect([...IRREGULAR_PAST]).toEqual(fromCompromise.past);
    expect([...IRREGULAR_PARTICIPLES]).toEqual(fromCompromise.participles);
  });
  test('a clause in an irregular past looks back', () => {
    for (const [sentence, expr] of [
      ['Protesters tore down the statue on Sunday.', 'on Sunday'],
      ['She swam the Channel on Tuesday.', 'on Tuesday'],
      ['Rescuers dug through the rubble on Friday.', 'on Friday'],
      ['The new cabinet was sworn in on Monday.', 'on Monday'],
      ['The storm blew the roof off on Thursday.', 'on Thursday'],
      ['The minister has withdrawn the bill on Wednesday.', 'on Wednesday'],
    ] as const) {
      const at = sentence.indexOf(expr);
      expect(tenseAround(sentence, at, at + expr.length), sentence).toBe('past');
    }
  });
  test('weekdays in such clauses resolve to the week before the reference date', () => {
    // 2019-06-12 is a Wednesday.
    const ref = '2019-06-12';
    expect(tag('Protesters tore down the statue on Saturday.', { referenceDate: ref }).find((t) => t.text === 'Saturday')?.value).toBe('2019-06-08');
    expect(tag('Rescuers dug through the rubble on Monday night.', { referenceDate: ref }).find((t) => t.text.startsWith('Monday'))?.value).toMatch(/^2019-06-10/);
    expect(tag('Lawmakers were sworn in on Friday.', { referenceDate: ref }).find((t) => t.text === 'Friday')?.value).toBe('2019-06-07');
    expect(tag('The new hospital wing will be built by Friday.', { referenceDate: ref }).find((t) => t.text === 'Friday')?.value).toBe('2019-06-14');
  });
});
