/**
 * `npm run check` — validates all content: Zod schemas plus cross-collection rules.
 * Prints one line per problem (`path:line: error|warning [code] message — how to fix`),
 * then a Russian summary; exits 1 when there is any error.
 * Usage: npm run check [-- --root <project dir>] [-- --content <dir>] [-- --quiet]  (quiet: errors only)
 * The content root is `--content`, else `$SETKA_CONTENT`, else `src/content` (src/lib/content-dir.ts).
 *        npm run check -- --changes <base>..<head> --author <login>
 *        --plan-cards <file> (used by `npm run build`): when the content has no error, also writes the
 *          preview cards the content plans (src/lib/og/page-og.ts) to <file> as JSON, so the build
 *          draws them while Astro starts (scripts/outputs.ts --wait --plan <file>)
 *          also checks that the change (files changed on <head> since it left <base>) is one the
 *          author may make: a school's coordinator only that school's reports (settings → access).
 */
import { execFileSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, formatSummary, runCheck, type Problem } from '../src/lib/check';
import { accessProblems } from '../src/lib/check/access';
import { errorsRecap, sortProblems } from '../src/lib/check/format';
import { commandOptions } from './lib/content-option';
import { plannedCards } from '../src/lib/og/page-og';
import { siteForBuild } from '../src/lib/programme';

const options = commandOptions(
  { '--root': 'value', '--quiet': 'flag', '--changes': 'value', '--author': 'value', '--plan-cards': 'value' },
  'npm run check [-- --content <папка с содержимым>] [-- --quiet] [-- --changes <база>..<ветка> --author <логин>]',
);
const args = options.rest;
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(option('--root') ?? '.');
const quiet = args.includes('--quiet');
const changes = option('--changes');
const author = option('--author');
const planFile = option('--plan-cards');

/** Paths changed by `base..head` (since the branch left base, as a merge request shows them). */
function changedFiles(range: string): string[] {
  const m = /^([^.\s]+)\.\.\.?([^.\s]+)$/.exec(range);
  if (!m) throw new Error(`--changes: нужен диапазон вида <база>..<ветка>, получено «${range}»`);
  const out = execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', `${m[1]}...${m[2]}`], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter(Boolean);
}

if ((changes === undefined) !== (author === undefined)) {
  console.error('Укажите оба параметра: --changes <база>..<ветка> --author <логин>.');
  process.exit(2);
}

const result = runCheck(root, options.content);
let problems: Problem[] = result.problems;
if (changes && author) {
  const access = result.content.settings[0]?.data.access;
  problems = sortProblems([...problems, ...accessProblems(access, author, changedFiles(changes))]);
}
for (const p of problems) {
  if (quiet && p.severity !== 'error') continue;
  console.log(formatProblem(p));
}
if (!quiet) for (const line of errorsRecap(problems)) console.log(line);
console.log(formatSummary(result.files, problems));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
if (planFile && process.exitCode === 0) {
  // The same site model and the same function as the pages' own cards (src/middleware.ts); a plan
  // that cannot be made is left out: the build then draws every card from the pages, as before.
  try {
    const site = siteForBuild(result.content, result.content.dir);
    // Whole or not at all: the build's last step reads the file as soon as it appears.
    const tmp = `${planFile}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(plannedCards(site)));
    renameSync(tmp, planFile);
  } catch {
    // no plan
  }
}
