// The embeddable module's budget: dist/event-timeline.js and everything it imports statically
// (what a page downloads before the element draws) <= 35 KB gzip, and no chrono-node in it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSizeSync } from 'gzip-size';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt } from './harness.ts';

const BUDGET_BYTES = 35 * 1024;

interface ChunkInfo {
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}

async function moduleMap(): Promise<Record<string, ChunkInfo>> {
  return JSON.parse(await readFile(path.join(DIST, '.vite', 'embed-modules.json'), 'utf8')) as Record<string, ChunkInfo>;
}

/** The entry and the chunks reachable from it through static imports only. */
function staticClosure(map: Record<string, ChunkInfo>, entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(map[file]?.imports ?? []));
  }
  return [...seen];
}

describe('dist/event-timeline.js', () => {
  beforeAll(assertBuilt);

  it('is an ES module that registers <event-timeline>', async () => {
    const code = await readFile(path.join(DIST, 'event-timeline.js'), 'utf8');
    expect(code).toMatch(/customElements\.define\(/);
    expect(code).toMatch(/event-timeline/);
    expect(code).toMatch(/^\s*export\b|\bexport\s*\{/m);
  });

  it(`fits the budget with its static imports (${BUDGET_BYTES / 1024} KB gzip)`, async () => {
    const map = await moduleMap();
    expect(map['event-timeline.js']?.isEntry).toBe(true);
    const files = staticClosure(map, 'event-timeline.js');
    let total = 0;
    for (const file of files) total += gzipSizeSync(await readFile(path.join(DIST, file)));
    expect(total, `gzip bytes of ${files.join(' + ')}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('has no chrono-node in what it loads up front', async () => {
    const map = await moduleMap();
    const upFront = staticClosure(map, 'event-timeline.js').flatMap((file) => map[file]!.modules);
    expect(upFront.length).toBeGreaterThan(0);
    expect(upFront.filter((id) => /[\\/]chrono-node[\\/]/.test(id))).toEqual([]);
    // The engine's tagger stays out too: it comes with the in-page parser, on demand.
    expect(upFront.filter((id) => /[\\/]src[\\/]temporal[\\/]/.test(id))).toEqual([]);
  });
});
