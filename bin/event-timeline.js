#!/usr/bin/env node
// Runs the TypeScript CLI with no build step: from a bundle esbuild makes of the sources on the
// first run (kept until a source changes, see src/cli/bundle-cache.mjs), else through tsx.
import { bundled } from '../src/cli/bundle-cache.mjs';

const args = process.argv.slice(2);
// --debug prints stacks: point them at the TypeScript sources.
if (args.includes('--debug')) process.setSourceMapsEnabled(true);
let main;
const url = await bundled('cli', new URL('../src/cli.ts', import.meta.url));
try {
  if (url) ({ main } = await import(url.href));
} catch (e) {
  if (args.includes('--debug')) console.error(`event-timeline: the cached bundle did not load (${e instanceof Error ? e.message : e}); running the sources through tsx.`);
}
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(args);
