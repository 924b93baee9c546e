#!/usr/bin/env node
// `npm test [-- vitest args]`: Chromium check, type check, then every vitest project. Always
// ends with one plain line, `N passed, N failed`, that CI reads — also when the type check
// fails (one failure) or vitest cannot start (one failure). Exit status 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args, env = process.env) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

function finish(passed, failed) {
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
}

if (run(process.execPath, [path.join(root, 'scripts', 'ensure-chromium.mjs')]) !== 0) {
  console.error('No usable Chromium: the browser tests cannot run (see above).');
  finish(0, 1);
}

let failed = 0;
console.log('== type check (tsc --noEmit -p .)');
if (run(bin('tsc'), ['--noEmit', '-p', '.']) !== 0) {
  console.error('The type check failed (errors above); running the tests anyway.');
  failed++;
}

const dir = mkdtempSync(path.join(tmpdir(), 'event-timeline-test-'));
const summaryFile = path.join(dir, 'summary.json');
const status = run(bin('vitest'), ['run', ...process.argv.slice(2)], { ...process.env, EVENT_TIMELINE_SUMMARY_FILE: summaryFile });
let passed = 0;
try {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
  // vitest failed without a failed test to show for it (a setup error): count it.
  if (status !== 0 && summary.failed === 0) failed++;
} catch {
  console.error(`vitest ended (status ${status}) without a summary: it could not start or run the tests.`);
  failed++;
}
rmSync(dir, { recursive: true, force: true });
finish(passed, failed);
