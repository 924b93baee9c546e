import { describe, expect, test } from 'vitest';
import { readAnnotated } from './read.ts';
import { readTimeml } from './timeml.ts';
import { CorpusFormatError } from './types.ts';

const TML = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" temporalFunction="false" functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>
<TEXT>
The company <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-26">yesterday</TIMEX3> that profits
rose <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3Q" mod="APPROX">about three quarters</TIMEX3> &amp; more.
</TEXT>
</TimeML>`;

describe('readTimeml', () => {
  const doc = readTimeml(TML, 'wsj_0001.tml');
  test('takes the DCT and the text of <TEXT> without its markup', () => {
    expect(doc.dct).toBe('1998-02-27');
    expect(doc.text).toBe('\nThe company said yesterday that profits\nrose for about three quarters & more.\n');
  });
  test('gives each TIMEX3 in TEXT with offsets, type, value and mod', () => {
    expect(doc.gold).toEqual([
      { start: 18, end: 27, text: 'yesterday', type: 'DATE', value: '1998-02-26' },
      { start: 50, end: 70, text: 'about three quarters', type: 'DURATION', value: 'P3Q', mod: 'APPROX' },
    ]);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
  });
  test('readAnnotated recognises the format; bad files get a clear message', () => {
    expect(readAnnotated(TML, 'x.tml').gold).toHaveLength(2);
    expect(() => readTimeml('<TimeML><DCT></DCT></TimeML>', 'notext.tml')).toThrow(/notext\.tml: no <TEXT>/);
    expect(() => readAnnotated('plain words', 'notes.txt')).toThrow(CorpusFormatError);
  });
  // The XML parser reads these without a word, and the file was scored as a document with less in it.
  test('XML that is not well-formed is refused with where and what: a file cut short, a stray end tag', () => {
    const cut = TML.slice(0, TML.indexOf(' that profits'));
    expect(() => readTimeml(cut, 'cut.tml')).toThrow(/^cut\.tml: not well-formed XML: the file ends \(line 6\) with <TimeML>, <TEXT> still open; a \.tml file is TimeML/);
    const stray = TML.replace('</TIMEX3> that profits', '</TIMEX3></SIGNAL> that profits');
    expect(() => readTimeml(stray, 'stray.tml')).toThrow(/^stray\.tml: not well-formed XML at line 6, column \d+ \(Expected closing tag 'TEXT' \(opened in line 5, col 1\) instead of closing tag 'SIGNAL'\)/);
  });
});
