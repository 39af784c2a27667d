/**
 * Test file order for `npm test`: vitest starts the files that took longest in the previous run
 * first, so the workers finish together. On a fresh clone there is no previous run and vitest
 * falls back to file size, which would start the longest browser files last and leave one worker
 * running them alone at the end; the files below start first instead, longest first.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files of `npm test` on a 2-core machine, longest first (wall time in the last
 * fresh-clone run; see README, «Тесты»). The rest follow by file size, the unit files last.
 */
export const LONGEST_FILES = [
  'test/e2e/accessibility.test.ts',
  'test/e2e/xss.test.ts',
  'test/e2e/dev-site.test.ts',
  'test/e2e/programme.test.ts',
  'test/e2e/search.test.ts',
  'test/e2e/phone-tables.test.ts',
  'test/e2e/publish-script.test.ts',
  'test/e2e/csp.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((file) => this.ctx.cache.getTestSpecificationResult(file))) return sorted;
    const rank = (file: TestSpecification) => {
      const i = LONGEST_FILES.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return i < 0 ? LONGEST_FILES.length : i;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
