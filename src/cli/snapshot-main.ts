/**
 * Entry of the CLI's start-up snapshot (see bundle-cache.mjs): building the snapshot runs this
 * module, so every module of the CLI is loaded and compromise's lexicon is built inside the
 * snapshot; a run only deserialises that heap and calls main with its own arguments.
 */
import { startupSnapshot } from 'node:v8';
import { main } from '../cli.ts';

startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob <blob> -- <args>`: argv is [node, ...args].
  void main(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
