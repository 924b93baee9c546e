import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { SourceExtraction } from '../events/types.ts';
import { extractSource, prepareSources, readSource } from '../pipeline.ts';
import type { ParsedSource } from '../sources/types.ts';
import type { Timex } from '../temporal/types.ts';
import { extractPipelined, startTagWorker } from './tag-pipeline.ts';
import { buildWorkerScript } from './worker-script.ts';

const FAILING = new URL('./fixtures/failing-tag-worker.ts', import.meta.url);

/** Real news: the two Mosul articles and the held-out stories, read as the CLI reads them. */
function realSources(): ParsedSource[] {
  const read: ParsedSource[] = [];
  for (const dir of ['data', 'test/acceptance/fixtures/news', 'test/acceptance/fixtures/news-2']) {
    const at = new URL(`../../${dir}/`, import.meta.url);
    for (const name of readdirSync(at).sort()) read.push(readSource({ file: `${dir}/${name}`, content: readFileSync(new URL(name, at)) }));
  }
  return prepareSources(read);
}

const story = (id: string, body: string): ParsedSource => ({
  source: { id, file: `${id}.md`, referenceDate: '2024-03-08', referenceDateOrigin: 'datePublished', text: body }, body, bodyLine: 1, diagnostics: [], ok: true,
});

// Each test starts a worker thread that loads the tagger through tsx: seconds on a busy machine.
test('the events are those of one thread, in the sources\' order, whichever thread tagged each', { timeout: 60_000 }, async () => {
  const sources = realSources();
  expect(sources.length).toBeGreaterThan(20);
  const seen: number[] = [];
  let given = 0;
  const { extractions, failures } = await extractPipelined(sources, {
    steal: false,
    here: (p, timexes) => {
      if (timexes) given++;
      return extractSource(p, timexes);
    },
    onProgress: (n) => seen.push(n),
  });
  expect(failures).toEqual([]);
  expect(extractions).toEqual(sources.map((p) => extractSource(p)));
  expect(seen).toEqual(sources.map((_, i) => i + 1));
  // Every source with a body was tagged by the worker.
  expect(given).toBe(sources.filter((p) => p.ok && p.body.trim() !== '').length);

  // Taking sources from the end too changes nothing.
  const stealing = await extractPipelined(sources, { here: (p, timexes) => extractSource(p, timexes) });
  expect(stealing.extractions).toEqual(extractions);
});

test('a source the worker cannot tag is done on this thread; one whose extraction throws fails alone', { timeout: 60_000 }, async () => {
  const sources = [
    story('a', 'The council approved the budget on Tuesday.'),
    story('b', 'Officials said the throw-in rule changed on Monday.'),
    story('c', 'The bridge reopened on March 1.'),
    { ...story('d', ''), ok: false },
    story('e', 'The mayor resigned on Wednesday after the vote.'),
  ];
  const tagged: string[] = [];
  const { extractions, failures } = await extractPipelined(sources, {
    entry: FAILING,
    steal: false,
    here: (p, timexes?: Timex[]): SourceExtraction => {
      if (p.source.id === 'e') throw new Error('cannot extract e');
      if (timexes) tagged.push(p.source.id);
      return extractSource(p, timexes);
    },
  });
  expect(failures.map((f) => [sources[f.index]!.source.id, f.error, f.crashed])).toEqual([['e', 'cannot extract e', false]]);
  expect(extractions.map((x) => x?.source ?? null)).toEqual(['a', 'b', 'c', 'd', null]);
  for (const i of [0, 1, 2, 3]) expect(extractions[i]).toEqual(extractSource(sources[i]!));
  // "b" failed in the worker: its tagging was done again here, with the same events.
  expect(tagged).not.toContain('b');
  expect(extractions[1]!.events.length).toBeGreaterThan(0);
});

test('when the worker dies, what it held and what is left are done on this thread', { timeout: 60_000 }, async () => {
  const sources = [
    ...Array.from({ length: 6 }, (_, i) => story(`s${i}`, `The plant closed on Monday, ${i} years after it opened.`)),
    story('x', 'Workers said the exit of the owner came on Friday.'),
    ...Array.from({ length: 6 }, (_, i) => story(`t${i}`, `The strike ended on Thursday after ${i + 2} weeks.`)),
  ];
  const { extractions, failures } = await extractPipelined(sources, { entry: FAILING, steal: false, here: (p, timexes) => extractSource(p, timexes) });
  expect(failures).toEqual([]);
  expect(extractions).toEqual(sources.map((p) => extractSource(p)));
});

test('a worker started before the sources are read (its bundle built) serves the extraction and is closed after it', { timeout: 60_000 }, async () => {
  expect(await buildWorkerScript('tag-worker', new URL('./tag-worker.ts', import.meta.url))).not.toBeNull();
  const worker = startTagWorker();
  expect(worker).not.toBeNull();
  const sources = realSources();
  let given = 0;
  const { extractions, failures } = await extractPipelined(sources, {
    worker, steal: false,
    here: (p, timexes) => {
      if (timexes) given++;
      return extractSource(p, timexes);
    },
  });
  expect(failures).toEqual([]);
  expect(extractions).toEqual(sources.map((p) => extractSource(p)));
  expect(given).toBe(sources.filter((p) => p.ok && p.body.trim() !== '').length);
  expect(worker!.alive).toBe(false);
});
