import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readAnnotated } from '../corpora/read.ts';
import { formatTable, scoreCorpus, type Miss, type ScoredTimex } from '../corpora/score.ts';
import type { AnnotatedDocument } from '../corpora/types.ts';
import { tagWithChronoAlone } from '../temporal/baseline.ts';
import { tag } from '../temporal/tag.ts';

const USAGE = `usage: event-timeline eval PATH... [--errors] [--tagger ours|chrono]
  Scores the tagger on annotated corpora (TimeML .tml, MEANTIME CAT .xml; folders are walked)
  and prints the TempEval-3 table per type.
  --errors          list every missed, spurious and wrong-valued expression
  --tagger chrono   score chrono-node alone (casual parse per sentence) instead of ours`;

async function collect(path: string, out: string[]): Promise<void> {
  const s = await stat(path);
  if (s.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const n of names) {
      if (n.startsWith('.')) continue;
      const p = join(path, n);
      const st = await stat(p);
      if (st.isDirectory()) await collect(p, out);
      else if (/\.(tml|xml)$/i.test(n)) out.push(p);
    }
  } else {
    out.push(path);
  }
}

function describe(t: ScoredTimex | undefined): string {
  return t ? `${JSON.stringify(t.text)} ${t.type} ${t.value}` : '';
}

function formatMiss(file: string, doc: AnnotatedDocument | undefined, m: Miss): string {
  const at = m.gold ?? m.system;
  const context = doc && at ? doc.text.slice(Math.max(0, at.start - 40), Math.min(doc.text.length, at.end + 40)).replace(/\s+/g, ' ') : '';
  const what =
    m.kind === 'wrong value' ? `gold ${describe(m.gold)} | ours ${describe(m.system)}` : m.kind === 'missed' ? `gold ${describe(m.gold)}` : `ours ${describe(m.system)}`;
  return `${m.kind.padEnd(11)} ${file} (dct ${doc?.dct ?? '?'}): ${what}\n            …${context}…`;
}

export async function run(args: string[]): Promise<number> {
  const paths: string[] = [];
  let errors = false;
  let tagger: 'ours' | 'chrono' = 'ours';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--errors') errors = true;
    else if (a === '--tagger') {
      const v = args[++i];
      if (v !== 'ours' && v !== 'chrono') {
        console.error(`eval: --tagger takes "ours" or "chrono", not ${JSON.stringify(v ?? '')}\n${USAGE}`);
        return 2;
      }
      tagger = v;
    } else if (a.startsWith('--tagger=')) {
      const v = a.slice('--tagger='.length);
      if (v !== 'ours' && v !== 'chrono') {
        console.error(`eval: --tagger takes "ours" or "chrono", not ${JSON.stringify(v)}\n${USAGE}`);
        return 2;
      }
      tagger = v;
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`eval: unknown option ${a}\n${USAGE}`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    console.error(`eval: give at least one corpus file or folder\n${USAGE}`);
    return 2;
  }
  const files: string[] = [];
  for (const p of paths) {
    try {
      await collect(p, files);
    } catch (e) {
      console.error(`eval: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; check the path`);
      return 2;
    }
  }
  const docs: AnnotatedDocument[] = [];
  let failed = 0;
  for (const f of files) {
    try {
      docs.push(readAnnotated(await readFile(f, 'utf8'), f));
    } catch (e) {
      failed++;
      console.error(`eval: skipped ${(e as Error).message}`);
    }
  }
  if (docs.length === 0) {
    console.error('eval: no annotated documents found (.tml or MEANTIME .xml)');
    return 1;
  }
  const run = tagger === 'chrono' ? tagWithChronoAlone : tag;
  const scored = docs.map((d) => ({ file: d.file, gold: d.gold, system: run(d.text, d.dct ? { referenceDate: d.dct } : {}) }));
  const score = scoreCorpus(scored);
  const byFile = new Map(docs.map((d) => [d.file, d]));
  if (errors) {
    for (const { file, miss } of score.misses) console.log(formatMiss(file, byFile.get(file), miss));
    console.log('');
  }
  console.log(formatTable(score, `${tagger === 'chrono' ? 'chrono-node alone' : 'event-timeline tagger'} on ${docs.length} documents`));
  return failed > 0 ? 1 : 0;
}
