// Child process of the extraction benchmark: the peer, chrono-node alone called on every
// sentence of every source (same files, same sentence splitter, same reference dates): the
// tagger's baseline, as `event-timeline eval --tagger chrono` scores it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tagWithChronoAlone } from '../src/temporal/baseline.ts';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: extract-chrono.ts <sources dir> <result.json>');

const t0 = performance.now();
let results = 0;
for (const name of readdirSync(dir).sort()) {
  const raw = readFileSync(path.join(dir, name), 'utf8');
  // The benchmark's own files: front matter between the first two `---` lines.
  const end = raw.indexOf('\n---\n', 4);
  const front = end > 0 ? raw.slice(0, end) : '';
  const body = end > 0 ? raw.slice(end + 5) : raw;
  const published = /^datePublished: (\d{4}-\d{2}-\d{2})/m.exec(front)?.[1];
  results += tagWithChronoAlone(body, published ? { referenceDate: published } : {}).length;
}
const ms = performance.now() - t0;
writeFileSync(out, JSON.stringify({ ms, code: 0, events: results, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
