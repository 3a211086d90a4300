import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A guard against a hang, not a speed check: vitest's 5 s default failed sound tests on a
    // loaded 2-core machine. Timings are measured by `npm run bench`.
    testTimeout: 120_000,
  },
});
