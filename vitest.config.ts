import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/setup/sequencer.ts';

/**
 * Three projects: `unit` (pure src/lib code, fast), `slow` (region-size runs and Decap CMS driven in Chromium, `npm run test:slow`) and `site` (builds the demo site once in
 * test/setup/build-demo.ts, then asserts on dist/ and drives real Chromium against it).
 *
 * `npm test` runs `unit` and `site` in one pool of at least two workers, so on a 2-core machine a
 * browser test waiting on a page and a unit test share the cores instead of queueing one file at
 * a time (vitest's default there is one worker). Every test file that writes anything works in
 * its own temporary copy with its own ports and caches, so two files can run at once.
 */
/**
 * In CI a failed test runs once more; one that passes the second time still counts as passed but is
 * named in the log («(retry x1)») and by .ci/run's summary («ПРОШЁЛ СО ВТОРОЙ ПОПЫТКИ»), with the
 * first attempt's error. A test that fails twice fails. Locally nothing is retried.
 */
const retry = process.env.CI ? 1 : 0;

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          retry,
          // Some unit tests start a CLI (tsx) or a small build; on a busy 2-core machine that
          // takes well over vitest's default 5 s without anything being wrong.
          testTimeout: 30_000,
          // A few files copy the project and make a git repository in beforeAll; under load that
          // passes vitest's default 10 s for hooks.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          retry,
          globalSetup: ['test/setup/build-demo.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Slow tier: region-size runs, other content's builds and the CMS driven in Chromium (each
        // test builds its own copy and starts decap-server). Not part of `npm test`; `.ci/run` runs it.
        test: {
          name: 'slow',
          include: ['test/slow/**/*.test.ts'],
          environment: 'node',
          retry,
          testTimeout: 900_000,
          hookTimeout: 1_200_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
