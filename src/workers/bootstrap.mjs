// Worker entry in plain JavaScript: module hooks registered in the parent thread do not reach
// workers on Node 20, so each worker registers tsx itself before loading the TypeScript module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
