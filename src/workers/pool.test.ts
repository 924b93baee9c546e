import { expect, test } from 'vitest';
import type { ParsedSource } from '../sources/types.ts';
import { extractInWorkers } from './pool.ts';

const source = (id: string, body: string): ParsedSource => ({
  source: { id, file: `${id}.md`, referenceDateOrigin: 'none', text: body }, body, bodyLine: 1, diagnostics: [], ok: true,
});
const FAILING = new URL('./fixtures/failing-worker.ts', import.meta.url);

test('every source comes back in order, whichever thread took it', async () => {
  const sources = Array.from({ length: 30 }, (_, i) => source(`s${i}`, 'x'.repeat(i)));
  const seen: number[] = [];
  const { extractions, failures } = await extractInWorkers(sources, {
    workers: 2, entry: FAILING, onProgress: (n) => seen.push(n),
    here: (p) => ({ source: p.source.id, events: [], diagnostics: [] }),
  });
  expect(failures).toEqual([]);
  expect(extractions.map((e) => e?.source)).toEqual(sources.map((s) => s.source.id));
  expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
});

test('a source that throws, or kills its worker, fails alone; the others come through', async () => {
  const sources = [source('a', 'fine'), source('b', 'throw'), source('c', 'exit'), ...Array.from({ length: 10 }, (_, i) => source(`d${i}`, 'fine'))];
  const { extractions, failures } = await extractInWorkers(sources, { workers: 2, entry: FAILING });
  expect(failures.map((f) => [sources[f.index]!.source.id, f.crashed]).sort()).toEqual([['b', false], ['c', true]]);
  expect(failures.find((f) => !f.crashed)!.error).toBe('cannot extract b');
  const ok = extractions.flatMap((e, i) => (e ? [sources[i]!.source.id] : []));
  expect(ok).toEqual(['a', ...Array.from({ length: 10 }, (_, i) => `d${i}`)]);
});
