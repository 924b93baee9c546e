// Child process of the extraction benchmark: the whole pipeline as `event-timeline extract
// <dir> --json` runs it (reading, tagging, events, merge; worker threads when the CLI would use
// them), stdout captured. Plain JavaScript started like bin/event-timeline.js before its start-up
// snapshot is made: from the cached bundle of the sources, tsx only when that cannot be built. (The
// snapshot shortens the start, which the work time leaves out; the extraction code is the same.)
import { writeFileSync } from 'node:fs';
import { bundled } from '../src/cli/bundle-cache.mjs';

const [dir, out, ...extra] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: extract-ours.mjs <sources dir> <result.json> [extract options]');

const bundle = await bundled('cli', new URL('../src/cli.ts', import.meta.url));
let main;
if (bundle) ({ main } = await import(bundle.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}

const chunks = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk) => {
  chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return true;
};

const t0 = performance.now();
const code = await main(['extract', dir, '--json', ...extra]);
const ms = performance.now() - t0;
process.stdout.write = write;
// Peak memory of the extraction itself, before the check below parses the output again.
const maxRssMB = process.resourceUsage().maxRSS / 1024;

let events = -1;
try {
  events = JSON.parse(chunks.join('')).events.length;
} catch {
  // Reported as -1: the CLI did not print a Timeline.
}
writeFileSync(out, JSON.stringify({ ms, code, events, maxRssMB }));
// Worker threads must not keep the process alive after the result is written.
process.exit(0);
