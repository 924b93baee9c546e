import { XMLParser } from 'fast-xml-parser';
import { asTimexMod, asTimexType, CorpusFormatError, dayOf, type AnnotatedDocument, type GoldTimex, checkWellFormed } from './types.ts';

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  preserveOrder: true,
});

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  const v = node[nameOf(node)];
  return Array.isArray(v) ? (v as OrderedNode[]) : [];
}

function attrsOf(node: OrderedNode): Record<string, string | undefined> {
  const a = node[':@'];
  return a && typeof a === 'object' ? (a as Record<string, string | undefined>) : {};
}

function find(nodes: OrderedNode[], name: string): OrderedNode | undefined {
  for (const n of nodes) {
    if (nameOf(n) === name) return n;
    const inner = find(childrenOf(n), name);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Reads a TimeML `.tml` file (TempEval style): the document creation time from `<DCT>`, the text
 * of `<TEXT>` with its markup removed, and each `<TIMEX3>` inside it with offsets into that text.
 */
export function readTimeml(xml: string, file: string): AnnotatedDocument {
  let root: OrderedNode[];
  checkWellFormed(xml, file, 'a .tml file is TimeML with <DCT> and <TEXT>');
  try {
    root = parser.parse(xml) as OrderedNode[];
  } catch (e) {
    throw new CorpusFormatError(file, `not well-formed XML (${(e as Error).message}); a .tml file is TimeML with <DCT> and <TEXT>`);
  }
  const textNode = find(root, 'TEXT');
  if (!textNode) throw new CorpusFormatError(file, 'no <TEXT> element: not a TimeML document');
  const dctNode = find(root, 'DCT');
  const dctTimex = dctNode ? find(childrenOf(dctNode), 'TIMEX3') : undefined;
  const dct = dayOf(dctTimex ? attrsOf(dctTimex)['value'] : undefined);

  let text = '';
  const gold: GoldTimex[] = [];
  const walk = (nodes: OrderedNode[]): void => {
    for (const n of nodes) {
      const name = nameOf(n);
      if (name === '#text') {
        text += String(n['#text'] ?? '');
        continue;
      }
      if (name === 'TIMEX3') {
        const start = text.length;
        walk(childrenOf(n));
        const a = attrsOf(n);
        const type = asTimexType(a['type']);
        if (type && text.length > start) {
          const g: GoldTimex = { start, end: text.length, text: text.slice(start), type, value: a['value'] ?? '' };
          const mod = asTimexMod(a['mod']);
          if (mod) g.mod = mod;
          gold.push(g);
        }
        continue;
      }
      walk(childrenOf(n));
    }
  };
  walk(childrenOf(textNode));
  return { file, text, ...(dct ? { dct } : {}), gold };
}
