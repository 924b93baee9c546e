import { describe, expect, test } from 'vitest';
import { detokenize, readMeantime } from './meantime.ts';
import { CorpusFormatError } from './types.ts';

const tokens = (words: [string, number][]): string =>
  words.map(([w, s], i) => `<token number="${i}" sentence="${s}" t_id="${i + 1}">${w}</token>`).join('\n');

// Title (0), dateline (1), two annotated sentences (2, 3), and an unannotated sentence 4.
const WORDS: [string, number][] = [
  ['GM', 0], ['reports', 0], ['losses', 0],
  ['May', 1], ['7', 1], [',', 1], ['2009', 1],
  ['General', 2], ['Motors', 2], ['said', 2], ['today', 2], ['it', 2], ['lost', 2], ['$', 2], ['6', 2], ['billion', 2], ['.', 2],
  ['Sales', 3], ['fell', 3], ['for', 3], ['``', 3], ['two', 3], ['years', 3], ["''", 3], ['.', 3],
  ['It', 4], ['expects', 4], ['a', 4], ['profit', 4], ['in', 4], ['2010', 4], ['.', 4],
];

const XML = `<?xml version="1.0" ?><Document doc_id="1" doc_name="test" lang="en">
${tokens(WORDS)}
<Markables>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-05-07">
<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-05-07"><token_anchor t_id="11"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="P2Y"><token_anchor t_id="22"/><token_anchor t_id="23"/></TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="Empty_Mark" functionInDocument="NONE" m_id="4" type="DATE" value="2008"/>
<EVENT_MENTION m_id="5"><token_anchor t_id="19"/></EVENT_MENTION>
</Markables>
</Document>`;

describe('readMeantime', () => {
  const doc = readMeantime(XML, 'test.xml');
  test('rebuilds natural text up to the last annotated sentence, title and dateline on their own lines', () => {
    expect(doc.text).toBe('GM reports losses\nMay 7, 2009\nGeneral Motors said today it lost $6 billion. Sales fell for ``two years\'\'.');
  });
  test('reads the creation time and the anchored TIMEX3s (dateline included, empty markables skipped)', () => {
    expect(doc.dct).toBe('2009-05-07');
    expect(doc.gold.map((g) => [g.text, g.type, g.value])).toEqual([
      ['May 7, 2009', 'DATE', '2009-05-07'],
      ['today', 'DATE', '2009-05-07'],
      ['two years', 'DURATION', 'P2Y'],
    ]);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
  });
  test('falls back to the dateline when the creation time is missing', () => {
    const noDct = XML.replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"');
    expect(readMeantime(noDct, 'x.xml').dct).toBe('2009-05-07');
  });
  test('rejects what is not a MEANTIME file with a clear message', () => {
    expect(() => readMeantime('<html></html>', 'page.xml')).toThrow(CorpusFormatError);
    expect(() => readMeantime('<Document><token', 'broken.xml')).toThrow(/broken\.xml/);
  });
  test('detokenize keeps punctuation spacing natural', () => {
    const t = detokenize([
      { id: 'a', sentence: 2, text: 'He' },
      { id: 'b', sentence: 2, text: 'said' },
      { id: 'c', sentence: 2, text: '"' },
      { id: 'd', sentence: 2, text: 'no' },
      { id: 'e', sentence: 2, text: '"' },
      { id: 'f', sentence: 2, text: '(' },
      { id: 'g', sentence: 2, text: 'twice' },
      { id: 'h', sentence: 2, text: ')' },
      { id: 'i', sentence: 2, text: 'did' },
      { id: 'j', sentence: 2, text: "n't" },
      { id: 'k', sentence: 2, text: '.' },
    ]);
    expect(t.text).toBe('He said "no" (twice) didn\'t.');
  });
});
