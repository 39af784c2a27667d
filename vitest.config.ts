import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure src/lib code, fast) and `site` (builds the demo site once in
 * test/setup/build-demo.ts, then asserts on dist/ and drives real Chromium against it).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/build-demo.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
