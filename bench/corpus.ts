// The extraction benchmark's input: the MEANTIME articles (every token, joined into text),
// written as Markdown sources with their creation date, repeated to about the wanted size.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { detokenize, readMeantime } from '../src/corpora/meantime.ts';

export interface CorpusDocument {
  name: string;
  text: string;
  dct?: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false, isArray: (name) => name === 'token' });

async function xmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await xmlFiles(abs)));
    else if (entry.name.endsWith('.xml')) out.push(abs);
  }
  return out.sort();
}

/** Every MEANTIME document under `dir` as plain text (all tokens, not only the annotated part). */
export async function readCorpus(dir: string): Promise<CorpusDocument[]> {
  const files = await xmlFiles(dir);
  if (files.length === 0) throw new Error(`no MEANTIME .xml files under ${dir}; give the corpus folder with --corpus <path>`);
  const docs: CorpusDocument[] = [];
  for (const file of files) {
    const xml = await readFile(file, 'utf8');
    const root = parser.parse(xml) as { Document?: { token?: Array<{ '#text'?: string; t_id?: string; sentence?: string }> } };
    const tokens = (root.Document?.token ?? []).map((t) => ({ id: t.t_id ?? '', sentence: Number(t.sentence ?? 0), text: String(t['#text'] ?? '').trim() }));
    const { dct } = readMeantime(xml, file);
    docs.push({ name: path.basename(file, '.xml'), text: detokenize(tokens).text, ...(dct ? { dct } : {}) });
  }
  return docs;
}

/** Writes the documents as `.md` sources into `outDir`, cycling through them until `bytes` is reached. */
export async function writeRepeated(docs: readonly CorpusDocument[], outDir: string, bytes: number): Promise<{ files: number; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  let total = 0;
  let files = 0;
  for (let round = 0; total < bytes; round++) {
    for (const doc of docs) {
      if (total >= bytes) break;
      const headline = doc.text.split('\n')[0]!.replace(/"/g, "'");
      const front = ['---', `headline: "${headline}"`, ...(doc.dct ? [`datePublished: ${doc.dct}`] : []), '---', ''].join('\n');
      const content = `${front}${doc.text}\n`;
      await writeFile(path.join(outDir, `${String(round).padStart(3, '0')}-${doc.name.slice(0, 60)}.md`), content);
      total += Buffer.byteLength(content);
      files++;
    }
  }
  return { files, bytes: total };
}
