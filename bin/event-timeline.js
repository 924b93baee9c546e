#!/usr/bin/env node
// Runs the TypeScript CLI with no build step: from a bundle esbuild makes of the sources on the
// first run (kept until a source changes, see src/cli/bundle-cache.mjs), else through tsx.
import { bundled } from '../src/cli/bundle-cache.mjs';

const args = process.argv.slice(2);
// --debug prints stacks: point them at the TypeScript sources.
if (args.includes('--debug')) process.setSourceMapsEnabled(true);
let main;
const url = await bundled('cli', new URL('../src/cli.ts', import.meta.url));
if (url) ({ main } = await import(url.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(args);
