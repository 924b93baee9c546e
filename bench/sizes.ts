// Size benchmark: what a page downloads to show a timeline, gzip, for us and the peers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSizeSync } from 'gzip-size';
import { DIST, ROOT } from '../test/e2e/harness.ts';

export interface SizeResult {
  name: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

async function measure(name: string, files: string[]): Promise<SizeResult> {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSizeSync(bytes);
  }
  return { name, files: files.map((f) => path.relative(ROOT, f)), rawBytes, gzipBytes };
}

/** dist/event-timeline.js and the chunks it imports statically (see vite.embed.config.ts). */
async function oursFiles(): Promise<string[]> {
  const map = JSON.parse(await readFile(path.join(DIST, '.vite', 'embed-modules.json'), 'utf8')) as Record<string, { imports: string[] }>;
  const seen = new Set<string>();
  const stack = ['event-timeline.js'];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(map[file]?.imports ?? []));
  }
  return [...seen].map((f) => path.join(DIST, f));
}

export async function sizeBenchmark(): Promise<SizeResult[]> {
  const nm = path.join(ROOT, 'node_modules');
  return [
    await measure('ours: dist/event-timeline.js (+ static imports)', await oursFiles()),
    await measure('TimelineJS3: timeline.js', [path.join(nm, '@knight-lab/timelinejs/dist/js/timeline.js')]),
    await measure('TimelineJS3: timeline.css', [path.join(nm, '@knight-lab/timelinejs/dist/css/timeline.css')]),
    await measure('TimelineJS3: JS + CSS', [path.join(nm, '@knight-lab/timelinejs/dist/js/timeline.js'), path.join(nm, '@knight-lab/timelinejs/dist/css/timeline.css')]),
    await measure('vis-timeline: standalone (JS, CSS inside)', [path.join(nm, 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')]),
  ];
}
