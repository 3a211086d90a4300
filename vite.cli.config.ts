import { defineConfig } from 'vite';

// The command-line analyzer: src/core under Node, with linkedom for the DOM; its page worker (worker threads,
// src/cli/worker-pool.ts) is a second entry beside it.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { flagpost: 'src/cli/index.ts', 'page-worker': 'src/cli/page-worker.ts' },
      output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
