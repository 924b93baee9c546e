import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { tag } from '../temporal/tag.ts';
import type { TagReply, TagTask } from './protocol.ts';

// The tagging stage of the pipeline (see tag-pipeline.ts): replies go to the main thread's port,
// and a counter in shared memory is bumped after each batch so a waiting main thread wakes up.
const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

parentPort?.on('message', (task: TagTask) => {
  const replies: TagReply[] = [];
  for (const item of task.items) {
    try {
      replies.push({ index: item.index, timexes: tag(item.body, item.referenceDate ? { referenceDate: item.referenceDate } : {}) });
    } catch (e) {
      replies.push({ index: item.index, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
    }
  }
  port.postMessage(replies);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
