import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (dist/) in real Chromium and Firefox. One file at a time: browsers are heavy on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
