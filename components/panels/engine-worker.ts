/** The in-page parser off the main thread: a large text never freezes the page while it is read. */
import type { Timeline } from '../../src/model.ts';
import type { LocalSourceInput } from './contract.ts';
import { mergeLocalSources } from './engine.ts';

interface Request {
  id: number;
  base: Timeline;
  inputs: LocalSourceInput[];
}

self.addEventListener('message', (e: MessageEvent<Request>) => {
  const { id, base, inputs } = e.data;
  mergeLocalSources(base, inputs).then(
    (timeline) => self.postMessage({ id, timeline }),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
