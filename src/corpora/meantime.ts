import { XMLParser } from 'fast-xml-parser';
import { asTimexMod, asTimexType, CorpusFormatError, dayOf, type AnnotatedDocument, type GoldTimex, checkWellFormed } from './types.ts';

interface Token {
  id: string;
  sentence: number;
  text: string;
}

type Attrs = Record<string, string | undefined>;
interface XmlNode {
  [tag: string]: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Every element is a list (one or many), attributes stay plain strings.
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name !== 'Document',
});

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '#']);

/**
 * Joins tokens into natural text ("Ford , Inc ." → "Ford, Inc.") and returns each token's offsets.
 * Sentences 0 (title) and 1 (dateline) end with a line break, as they stand on their own lines.
 */
export function detokenize(tokens: readonly Token[]): { text: string; offsets: Map<string, [number, number]> } {
  let text = '';
  const offsets = new Map<string, [number, number]>();
  let prev: Token | undefined;
  let openQuote = false;
  let glueNext = false;
  for (const tok of tokens) {
    const t = tok.text;
    if (prev) {
      if (prev.sentence !== tok.sentence && prev.sentence <= 1) {
        text += '\n';
        openQuote = false;
        glueNext = false;
      } else {
        const isQuote = t === '"' || t === '\u201d' || t === '\u201c' || t === '``' || t === "''";
        const closing = isQuote && (t === '\u201d' || t === "''" || (t === '"' && openQuote));
        const noSpace = glueNext || NO_SPACE_BEFORE.has(t.toLowerCase()) || closing;
        if (!noSpace) text += ' ';
      }
    }
    glueNext = false;
    const start = text.length;
    text += t;
    offsets.set(tok.id, [start, text.length]);
    if (t === '"' || t === '\u201c' || t === '\u201d' || t === '``' || t === "''") {
      const opening: boolean = t === '\u201c' || t === '``' || (t === '"' && !openQuote);
      openQuote = t === '"' ? !openQuote : opening;
      if (opening) glueNext = true;
    } else if (NO_SPACE_AFTER.has(t)) {
      glueNext = true;
    }
    prev = tok;
  }
  return { text, offsets };
}

function attrs(node: unknown): Attrs {
  return node && typeof node === 'object' ? (node as Attrs) : {};
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') {
    const t = (node as XmlNode)['#text'];
    return typeof t === 'string' ? t : t === undefined ? '' : String(t);
  }
  return '';
}

/**
 * Reads a MEANTIME (NewsReader CAT) XML document. Only the annotated part is kept: the title,
 * the dateline and the sentences up to the last one that holds any markable. TIMEX3 markables
 * without token anchors (anchors for implicit times) are not text and are skipped.
 */
export function readMeantime(xml: string, file: string): AnnotatedDocument {
  let root: XmlNode;
  checkWellFormed(xml, file, 'a MEANTIME file is CAT XML with <Document>, <token> and <Markables>');
  try {
    root = parser.parse(xml) as XmlNode;
  } catch (e) {
    throw new CorpusFormatError(file, `not well-formed XML (${(e as Error).message}); a MEANTIME file is CAT XML with <Document>, <token> and <Markables>`);
  }
  const doc = root['Document'];
  if (!doc || typeof doc !== 'object') throw new CorpusFormatError(file, 'no <Document> element: not a MEANTIME CAT file');
  const tokens: Token[] = [];
  for (const t of asArray((doc as XmlNode)['token'])) {
    const a = attrs(t);
    const id = a['t_id'];
    const sentence = Number(a['sentence']);
    if (id === undefined || !Number.isFinite(sentence)) continue;
    tokens.push({ id, sentence, text: textOf(t).trim() });
  }
  if (tokens.length === 0) throw new CorpusFormatError(file, 'no <token> elements with t_id and sentence attributes');
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));

  const markables = asArray((doc as XmlNode)['Markables'])[0] as XmlNode | undefined;
  let lastSentence = 1;
  const timexNodes: unknown[] = [];
  if (markables) {
    for (const [name, value] of Object.entries(markables)) {
      for (const m of asArray(value)) {
        for (const anchor of asArray((m as XmlNode)['token_anchor'])) {
          const s = sentenceOf.get(attrs(anchor)['t_id'] ?? '');
          if (s !== undefined && s > lastSentence) lastSentence = s;
        }
        if (name === 'TIMEX3') timexNodes.push(m);
      }
    }
  }
  const kept = tokens.filter((t) => t.sentence <= lastSentence);
  const { text, offsets } = detokenize(kept);

  let dct: string | undefined;
  const gold: GoldTimex[] = [];
  for (const m of timexNodes) {
    const a = attrs(m);
    if (a['functionInDocument'] === 'CREATION_TIME') dct = dayOf(a['value']) ?? dct;
    const anchors = asArray((m as XmlNode)['token_anchor']).map((x) => offsets.get(attrs(x)['t_id'] ?? ''));
    if (anchors.length === 0 || anchors.some((x) => x === undefined)) continue;
    const spans = anchors as [number, number][];
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    const type = asTimexType(a['type']);
    if (!type) continue;
    const g: GoldTimex = { start, end, text: text.slice(start, end), type, value: a['value'] ?? '' };
    const mod = asTimexMod(a['mod']);
    if (mod) g.mod = mod;
    gold.push(g);
  }
  gold.sort((x, y) => x.start - y.start || x.end - y.end);
  // A few files lack the CREATION_TIME markable: the dateline (the first line after the title) is the creation time.
  if (!dct) {
    const titleEnd = text.indexOf('\n');
    const dateline = gold.find((g) => g.start > titleEnd && dayOf(g.value));
    dct = dateline ? dayOf(dateline.value) : undefined;
  }
  return { file, text, ...(dct ? { dct } : {}), gold };
}
