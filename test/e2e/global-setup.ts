// The e2e project tests what `npm run build` produces: build it once, before any e2e file runs.
// A failed build is handed to the tests (each then fails with its message) rather than thrown
// here, so that the run still ends with its `N passed, N failed` line.
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ES module without types
import { buildAll } from '../../scripts/build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why `npm run build` failed in the global setup; empty when it succeeded. */
    e2eBuildError: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('e2eBuildError', '');
  if (process.env.EVENT_TIMELINE_SKIP_BUILD === '1') return;
  try {
    await (buildAll as (options: { strict?: boolean; logLevel?: string }) => Promise<void>)({ logLevel: 'warn' });
  } catch (error) {
    project.provide('e2eBuildError', error instanceof Error ? error.message : String(error));
  }
}
