// Where the Chromium for tests and benchmarks lives: CHROME_PATH when set, else the first one
// found among Debian's, other distributions', macOS's and Playwright's own downloads.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Browsers installed by `npx playwright install chromium` (newest first). */
function playwrightBrowsers() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(homedir(), '.cache', 'ms-playwright');
  let dirs;
  try {
    dirs = readdirSync(cache).filter((d) => /^chromium-\d+$/.test(d)).sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  } catch {
    return [];
  }
  return dirs.flatMap((d) => ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'].map((p) => path.join(cache, d, p)));
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Ubuntu's /usr/bin/chromium-browser may be a shell stub that only says "install the snap". */
function isSnapStub(p) {
  return p === '/usr/bin/chromium-browser' && existsSync('/snap') === false && statSync(p).size < 10_000;
}

export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return [...SYSTEM, ...playwrightBrowsers()].find((p) => isFile(p) && !isSnapStub(p));
}

/** Flags for a closed network and a root user (see the README). */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Containers often give /dev/shm 64 MB, too little for big pages: use /tmp instead.
  '--disable-dev-shm-usage',
];
