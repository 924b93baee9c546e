// Shared by the e2e tests: a browser, a plain static server for dist/, and the Vite dev server.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error plain ES module without types
import { chromePath, CHROME_ARGS } from '../../scripts/chrome-path.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

/** Fails the calling test (or hook) when the global setup could not build dist/. */
export function assertBuilt(): void {
  const error = inject('e2eBuildError');
  if (error) throw new Error(`npm run build failed, so dist/ cannot be tested: ${error}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath() as string, args: CHROME_ARGS as string[] });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface Served {
  /** URL of the mounted folder, ending with `/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * The simplest static file server: `folder` mounted under `mount` (a sub-folder, to prove the
 * site uses relative URLs only), on a free port of 127.0.0.1.
 */
export async function serveStatic(folder: string, mount = '/'): Promise<Served> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!pathname.startsWith(mount)) return notFound();
      let file = path.join(folder, path.normalize(pathname.slice(mount.length)));
      if (!file.startsWith(folder)) return notFound();
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        await stat(file);
      } catch {
        return notFound();
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    })();
    function notFound() {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount.endsWith('/') ? mount : `${mount}/`}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Vite dev server on a free port, reading sources from `dataDir`. */
export async function startDevServer(dataDir: string): Promise<Served> {
  const { createServer: createVite } = await import('vite');
  // The config as an object, not a file: Vite restarts a server whose config file (or anything
  // it imports, the whole engine here) changes, which would cut the test's page off mid-test.
  const { default: config } = await import('../../vite.config.ts');
  const previous = process.env.EVENT_TIMELINE_DATA;
  process.env.EVENT_TIMELINE_DATA = dataDir;
  try {
    const server = await createVite({
      ...config,
      root: ROOT,
      configFile: false,
      logLevel: 'warn',
      server: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
  } finally {
    if (previous === undefined) delete process.env.EVENT_TIMELINE_DATA;
    else process.env.EVENT_TIMELINE_DATA = previous;
  }
}

/** Collects what would show in the browser console as an error: console.error and uncaught exceptions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico is not the page's doing.
    if (message.type() === 'error' && !/\/favicon\.ico$/.test(message.location().url)) errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return errors;
}

/** The drawn event marks inside the element's shadow root (Playwright's CSS pierces open shadow roots). */
export const EVENT_MARKS = 'event-timeline [part~="event"]';

/** The text of the first element `locator` matches, through nested shadow roots (panels are elements too), whitespace squashed. */
export async function deepText(locator: Locator): Promise<string> {
  if ((await locator.count()) === 0) return '';
  const text = await locator.first().evaluate((root) => {
    const walk = (node: Node): string => {
      let out = '';
      if (node instanceof Element && node.shadowRoot) out += walk(node.shadowRoot);
      for (const child of Array.from(node.childNodes)) out += child.nodeType === Node.TEXT_NODE ? (child as Text).data : walk(child);
      return out;
    };
    return walk(root);
  });
  return squash(text);
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
