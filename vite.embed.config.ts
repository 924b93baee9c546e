import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes `.vite/embed-modules.json` beside the bundle: for each chunk, whether it is the entry,
 * its static and dynamic imports and the source modules inside it. The size-budget test reads
 * it to prove chrono-node stays out of what the element loads up front.
 */
function moduleMap(): Plugin {
  return {
    name: 'event-timeline-module-map',
    generateBundle(_options, bundle) {
      const chunks: Record<string, { isEntry: boolean; imports: string[]; dynamicImports: string[]; modules: string[]; bytes: Record<string, number> }> = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks[item.fileName] = {
          isEntry: item.isEntry,
          imports: [...item.imports],
          dynamicImports: [...item.dynamicImports],
          modules: Object.keys(item.modules).map((id) => id.replace(process.cwd(), '.')),
          // Rendered (pre-minification) length of each module: where the bytes go.
          bytes: Object.fromEntries(Object.entries(item.modules).map(([id, m]) => [id.replace(process.cwd(), '.'), m.renderedLength])),
        };
      }
      this.emitFile({ type: 'asset', fileName: '.vite/embed-modules.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

// The embeddable element: one self-registering ES module, dist/event-timeline.js. Code loaded
// on demand (the in-page parser with chrono-node) stays in its own chunks beside it.
export default defineConfig({
  base: './',
  publicDir: false,
  // Lit's css`` and html`` templates ship as written (comments, indentation) unless minified here:
  // about 1 KB gzip. Runs of white space become one space, never none (text between inline
  // elements keeps its gaps), and empty attributes stay (an empty alt or value means something).
  plugins: [
    minifyTemplateLiterals({ include: ['components/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } } }),
    moduleMap(),
  ],
  // The in-page parser's worker keeps class and function names: the tagger still looks some of
  // chrono-node's classes up by name, and the worker's size is not budgeted. (The entry keeps
  // full minification: names there would cost 3 KB gzip.)
  worker: { format: 'es', rolldownOptions: { output: { keepNames: true } } },
  build: {
    outDir: 'dist',
    // Runs after the site build into the same folder: keep what it wrote.
    emptyOutDir: false,
    // Workers and other files the element loads later go beside its chunks: one folder to copy.
    assetsDir: 'event-timeline-chunks',
    target: 'es2022',
    lib: {
      entry: 'components/event-timeline.ts',
      formats: ['es'],
      fileName: () => 'event-timeline.js',
    },
    rolldownOptions: {
      // Code shared by the entry and an on-demand chunk stays in the entry (the chunk imports it
      // from event-timeline.js) instead of moving to a third file: the element stays one module.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Lib mode keeps ES output readable (for re-bundling); this file is what pages download.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
        chunkFileNames: 'event-timeline-chunks/[name]-[hash].js',
      },
    },
  },
});
