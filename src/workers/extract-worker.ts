import { parentPort } from 'node:worker_threads';
import { extractSource } from '../pipeline.ts';
import type { ExtractReply, ExtractTask } from './protocol.ts';

// One source at a time: the pool sends the next task when this one replies.
parentPort?.on('message', (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    reply = { index: task.index, extraction: extractSource(task.parsed) };
  } catch (e) {
    reply = { index: task.index, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
  }
  parentPort?.postMessage(reply);
});
