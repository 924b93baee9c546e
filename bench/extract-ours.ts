// Child process of the extraction benchmark: the whole pipeline as `event-timeline extract
// <dir> --json` runs it (reading, workers, tagging, events, merge), stdout captured.
import { writeFileSync } from 'node:fs';
import { bundled } from '../src/cli/bundle-cache.mjs';

// Loaded as bin/event-timeline.js loads it: the cached bundle of the sources, else through tsx.
const bundle = await bundled('cli', new URL('../src/cli.ts', import.meta.url));
const { main } = (await import(bundle ? bundle.href : '../src/cli.ts')) as typeof import('../src/cli.ts');

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: extract-ours.ts <sources dir> <result.json>');

const chunks: string[] = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array) => {
  chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return true;
}) as typeof process.stdout.write;

const t0 = performance.now();
const code = await main(['extract', dir, '--json']);
const ms = performance.now() - t0;
process.stdout.write = write;

let events = -1;
try {
  events = (JSON.parse(chunks.join('')) as { events: unknown[] }).events.length;
} catch {
  // Reported as -1: the CLI did not print a Timeline.
}
writeFileSync(out, JSON.stringify({ ms, code, events, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
// Worker threads must not keep the process alive after the result is written.
process.exit(0);
