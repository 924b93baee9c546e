#!/usr/bin/env node
// `npm run build [-- --strict]`: the static site (index.html + timeline.json) and the embeddable
// element (dist/event-timeline.js) into dist/, then examples/ copied beside them.
// --strict (or EVENT_TIMELINE_STRICT=1) makes a source error fail the build.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAll({ strict = false, logLevel = 'info' } = {}) {
  const { build } = await import('vite');
  if (strict) process.env.EVENT_TIMELINE_STRICT = '1';
  // Under a test runner NODE_ENV is `test`, which would make Vite pick Lit's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', configFile: path.join(root, 'vite.config.ts'), logLevel });
    await build({ root, mode: 'production', configFile: path.join(root, 'vite.embed.config.ts'), logLevel });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const examples = path.join(root, 'examples');
  if (existsSync(examples)) cpSync(examples, path.join(root, 'dist', 'examples'), { recursive: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--strict');
  if (unknown.length > 0) {
    console.error(`build: unknown option ${unknown.join(' ')}. Usage: npm run build [-- --strict]`);
    process.exit(2);
  }
  try {
    await buildAll({ strict: args.includes('--strict') });
  } catch (error) {
    // Vite has already printed the details (the diagnostics, or the bundler's error).
    // No stack trace: the message is for the author of the sources, not for us.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`build failed: ${message.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n')}`);
    process.exit(1);
  }
}
