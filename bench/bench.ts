// `npm run bench [-- options]`: render, extraction and size benchmarks, each beside its peer.
//   --only render|extract|size   run one part (repeatable; default all)
//   --sizes 1000,10000,100000    event counts for the render part
//   --corpus <dir>               MEANTIME folder (default ../shared/corpora/meantime-en)
//   --mb <n>                     extraction input size in MB (default 5)
//   --libraries ours,vis-timeline  which renderers to measure (default both)
//   --no-build                   use dist/ as it is
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../test/e2e/harness.ts';
import { extractBenchmark } from './extract.ts';
import { renderBenchmark, type Library, type RenderResult } from './render.ts';
import { sizeBenchmark } from './sizes.ts';
import { fixed, ratio, table } from './table.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    sizes: { type: 'string', default: '1000,10000,100000' },
    corpus: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'corpora', 'meantime-en') },
    mb: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    libraries: { type: 'string', default: 'ours,vis-timeline' },
  },
});

const parts = new Set(values.only ?? ['render', 'extract', 'size']);
for (const part of parts) if (!['render', 'extract', 'size'].includes(part)) throw new Error(`--only ${part}: expected render, extract or size`);
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes ${values.sizes}: expected positive whole numbers separated by commas`);
const log = (line: string) => process.stderr.write(`${line}\n`);

const TARGETS = { firstRenderMs: 500, frameP95Ms: 33, embedKB: 35 };

if ((parts.has('render') || parts.has('size')) && (!values['no-build'] || !existsSync(path.join(ROOT, 'dist', 'event-timeline.js')))) {
  log('building dist/ (npm run build)…');
  // In its own process: Vite's build under this process's TypeScript loader can stall.
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed (see above); the render and size benchmarks need dist/');
}

const os = await import('node:os');
// The load average says how much else ran on the machine: timings under load are not comparable.
console.log(`event-timeline benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

if (parts.has('render')) {
  const libraries = values.libraries.split(',').map((l) => l.trim()) as Library[];
  for (const l of libraries) if (l !== 'ours' && l !== 'vis-timeline') throw new Error(`--libraries ${values.libraries}: expected ours and/or vis-timeline`);
  const results = await renderBenchmark(sizes, libraries, log);
  const get = (lib: Library, n: number) => results.find((r) => r.library === lib && r.events === n);
  const rows = results.map((r) => [
    r.events.toLocaleString('en'),
    r.library,
    fixed(r.firstRenderMs, 0),
    fixed(r.frameMeanMs),
    fixed(r.frameP95Ms),
    r.frames ?? '—',
    fixed(r.heapMB),
    r.error ? `error: ${r.error}` : '',
  ]);
  console.log(table('Render (headless Chromium, 1280x600; wheel zoom: one wheel event per frame)', ['events', 'library', 'first render ms', 'frame mean ms', 'frame p95 ms', 'frames', 'JS heap MB', 'note'], rows));
  console.log(
    table(
      'Render ratios (ours / vis-timeline; below 1x: ours is faster or lighter)',
      ['events', 'first render', 'frame mean', 'frame p95', 'heap'],
      sizes.map((n) => {
        const o: RenderResult | undefined = get('ours', n);
        const v: RenderResult | undefined = get('vis-timeline', n);
        return [n.toLocaleString('en'), ratio(o?.firstRenderMs, v?.firstRenderMs), ratio(o?.frameMeanMs, v?.frameMeanMs), ratio(o?.frameP95Ms, v?.frameP95Ms), ratio(o?.heapMB, v?.heapMB)];
      }),
    ),
  );
  const big = get('ours', Math.max(...sizes));
  if (big) {
    console.log(`Targets at ${big.events.toLocaleString('en')} events: first render ${fixed(big.firstRenderMs, 0)} ms (<= ${TARGETS.firstRenderMs}: ${pass((big.firstRenderMs ?? Infinity) <= TARGETS.firstRenderMs)}), frame p95 ${fixed(big.frameP95Ms)} ms (<= ${TARGETS.frameP95Ms}: ${pass((big.frameP95Ms ?? Infinity) <= TARGETS.frameP95Ms)})`);
  }
}

if (parts.has('extract')) {
  const target = Number(values.mb) * 1024 * 1024;
  const { results, files, bytes, documents } = await extractBenchmark(values.corpus, target, log);
  const mb = bytes / 1024 / 1024;
  console.log(
    table(
      `Extraction (${documents} MEANTIME articles repeated to ${files} files, ${mb.toFixed(2)} MB)`,
      ['pipeline', 'work s', 'wall s', 'MB/s', 'peak RSS MB', 'found', 'note'],
      results.map((r) => [r.name, fixed(r.ms / 1000, 2), fixed(r.wallMs / 1000, 2), fixed(r.mbPerS, 2), fixed(r.peakMB, 0), r.found, r.error ?? '']),
    ),
  );
  const [ours, chrono, oneThread] = results;
  if (ours && chrono) {
    console.log(`Speed ratio (ours MB/s / chrono MB/s): ${ratio(ours.mbPerS, chrono.mbPerS)} (target >= 1: ${pass(!ours.error && ours.mbPerS >= chrono.mbPerS)})`);
    if (oneThread) console.log(`One thread (--jobs 1) / chrono: ${ratio(oneThread.mbPerS, chrono.mbPerS)}`);
  }
}

if (parts.has('size')) {
  const results = await sizeBenchmark();
  console.log(
    table(
      'Sizes (what a page downloads, gzip)',
      ['bundle', 'raw KB', 'gzip KB'],
      results.map((r) => [r.name, fixed(r.rawBytes / 1024), fixed(r.gzipBytes / 1024)]),
    ),
  );
  const ours = results[0]!;
  console.log(`Target: ours <= ${TARGETS.embedKB} KB gzip: ${fixed(ours.gzipBytes / 1024)} KB (${pass(ours.gzipBytes <= TARGETS.embedKB * 1024)})`);
}

function pass(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}
