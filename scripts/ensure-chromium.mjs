// Run before the tests: finds Chromium (CHROME_PATH, /usr/bin/chromium) or, as root with
// apt-get at hand, installs Debian's package and says so; otherwise says exactly how.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath } from './chrome-path.mjs';

/** The browser's version line, or undefined when the file does not run as a browser. */
function versionOf(binary) {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const line = (run.stdout || '').trim();
  return run.status === 0 && /(Chromium|Chrome)\S*\s+\d+/.test(line) ? line : undefined;
}

const found = chromePath();
if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there. Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.`);
  process.exit(1);
}
if (found) {
  if (versionOf(found)) process.exit(0);
  console.error(`${found} was found but does not run as a browser (\`${found} --version\` failed).`);
  if (process.env.CHROME_PATH) {
    console.error('Point CHROME_PATH at a working Chromium or Chrome binary.');
    process.exit(1);
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.error('Chromium not found: installing Debian\'s chromium package (apt-get update && apt-get install -y chromium)…');
  try {
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('Installing Chromium failed; see apt-get\'s output above.');
    process.exit(1);
  }
  const installed = chromePath();
  if (installed && versionOf(installed)) {
    console.error(`Installed ${versionOf(installed)} at ${installed}.`);
    process.exit(0);
  }
}
console.error([
  'The browser tests need Chromium and none was found.',
  'Install it with:   sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROME_PATH at a Chromium/Chrome binary:   CHROME_PATH=/path/to/chrome npm test',
].join('\n'));
process.exit(1);
