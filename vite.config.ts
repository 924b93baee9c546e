import { defineConfig } from 'vite';
import eventTimeline from './src/vite-plugin.ts';

// The demo site: index.html + demo/*.ts, with the timeline of data/ served and emitted by the plugin.
export default defineConfig({
  // Relative URLs: the built site works from any static server, in any sub-folder.
  base: './',
  plugins: [eventTimeline()],
  // As in vite.embed.config.ts: the in-page parser's worker keeps names for the tagger.
  worker: { format: 'es', rolldownOptions: { output: { keepNames: true } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The in-page engine (chrono-node, the lexicon) is one large chunk, loaded only when someone
    // drops or pastes an article; the page itself loads far less.
    chunkSizeWarningLimit: 1024,
  },
  // Scan every module up front: a dependency found late (the in-page engine's chrono-node, say)
  // would make Vite re-optimise and reload the open page.
  optimizeDeps: { entries: ['index.html', 'components/**/*.ts', 'src/**/*.ts', '!**/*.test.ts', '!src/cli.ts', '!src/cli/**', '!src/workers/**', '!src/vite-plugin.ts'] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
