/**
 * Screenshots of every panel at phone and desktop widths, light and dark:
 * `npx tsx components/panels/shoot.ts` → test-results/panels/*.png (git-ignored). The pages carry
 * a strict Content-Security-Policy; any violation is printed and makes the exit status 1.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
// @ts-expect-error plain ES module without types
import { chromePath, CHROME_ARGS } from '../../scripts/chrome-path.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = `${root}test-results/panels`;
await mkdir(out, { recursive: true });
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { port: 0 } });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const cspViolations: string[] = [];
const browser = await chromium.launch({ executablePath: chromePath() as string, args: CHROME_ARGS as string[] });
try {
  for (const width of [375, 1440]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      page.on('console', (m) => {
        if (/Content Security Policy/.test(m.text())) cspViolations.push(`${page.url()}: ${m.text().slice(0, 90)}`);
      });
      for (const name of ['gallery', 'hosted', 'hosted-source']) {
        const url = name === 'hosted-source' ? 'hosted.html?view=source' : `${name}.html`;
        await page.goto(`http://localhost:${port}/components/panels/${url}`);
        await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
        const path = `${out}/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path, fullPage: true });
        console.log(path);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
// The pages carry a strict CSP (no inline script or style): report every violation.
console.log(`${cspViolations.length} CSP violations`);
for (const v of new Set(cspViolations)) console.log(`  ${v}`);
process.exitCode = cspViolations.length ? 1 : 0;
