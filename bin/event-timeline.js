#!/usr/bin/env node
// Runs the TypeScript CLI with no build step. Fastest first: from a V8 start-up snapshot of the
// CLI (made in the background after the first run, kept until a source changes), else from a
// bundle esbuild makes of the sources (kept likewise), else through tsx. See src/cli/bundle-cache.mjs.
import { spawn } from 'node:child_process';
import { buildSnapshotInBackground, bundled, cachedSnapshot } from '../src/cli/bundle-cache.mjs';

const args = process.argv.slice(2);
const SNAPSHOT_ENTRY = new URL('../src/cli/snapshot-main.ts', import.meta.url);
// --debug maps stacks to the TypeScript sources, which only the bundle carries; EVENT_TIMELINE_SNAPSHOT=0 turns snapshots off.
const snapshots = !args.includes('--debug') && process.env.EVENT_TIMELINE_SNAPSHOT !== '0';

const blob = snapshots ? cachedSnapshot('cli') : null;
if (blob) {
  // The arguments after `--`, so that Node takes none of them (--version, --help) for its own.
  const child = spawn(process.execPath, ['--snapshot-blob', blob, '--', ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1) : 1);
  });
} else {
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
  } else if (snapshots) {
    // This run goes on from the bundle; the next ones start from the snapshot once it is made.
    buildSnapshotInBackground('cli', SNAPSHOT_ENTRY, ['--version']);
  }
  process.exitCode = await main(args);
}
