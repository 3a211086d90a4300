import { defineConfig } from 'vite';

// The command-line analyzer: src/core under Node, with linkedom for the DOM.
export default defineConfig({
  build: {
    ssr: 'src/cli/index.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'flagpost.mjs' } },
  },
});
