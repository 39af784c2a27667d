/**
 * `npm run check` — validates all content: Zod schemas plus cross-collection rules.
 * Prints one line per problem (`path:line: error|warning [code] message — how to fix`),
 * then a Russian summary; exits 1 when there is any error.
 * Usage: npm run check [-- --root <project dir>] [-- --content <dir>] [-- --quiet]  (quiet: errors only)
 * The content root is `--content`, else `$SETKA_CONTENT`, else `src/content` (src/lib/content-dir.ts).
 */
import { resolve } from 'node:path';
import { formatProblem, formatSummary, runCheck } from '../src/lib/check';
import { contentOption } from './lib/content-option';

const options = contentOption();
const args = options.rest;
const rootIndex = args.indexOf('--root');
const root = resolve(rootIndex >= 0 ? args[rootIndex + 1] ?? '.' : '.');
const quiet = args.includes('--quiet');

const result = runCheck(root, options.content);
for (const p of result.problems) {
  if (quiet && p.severity !== 'error') continue;
  console.log(formatProblem(p));
}
console.log(formatSummary(result.files, result.problems));
process.exitCode = result.errors > 0 ? 1 : 0;
