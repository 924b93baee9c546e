// The e2e project tests what `npm run build` produces: build it once, before any e2e file runs.
// @ts-expect-error plain ES module without types
import { buildAll } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  if (process.env.EVENT_TIMELINE_SKIP_BUILD === '1') return;
  await (buildAll as (options: { strict?: boolean; logLevel?: string }) => Promise<void>)({ logLevel: 'warn' });
}
