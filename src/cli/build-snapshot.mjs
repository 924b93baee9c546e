// Plain JavaScript: started by bin/event-timeline.js, in the background, to build the start-up
// snapshot of the CLI for the current sources (see bundle-cache.mjs). Prints nothing.
import { buildSnapshot } from './bundle-cache.mjs';

const [name, entry, ...check] = process.argv.slice(2);
if (name && entry) await buildSnapshot(name, new URL(entry), { check });
