/**
 * `npm run check` — validates all content: Zod schemas plus cross-collection rules.
 * Prints one line per problem (`path:line: error|warning [code] message — how to fix`),
 * then a Russian summary; exits 1 when there is any error.
 * Usage: npm run check [-- --root <project dir>] [-- --content <dir>] [-- --quiet]  (quiet: errors only)
 * The content root is `--content`, else `$SETKA_CONTENT`, else `src/content` (src/lib/content-dir.ts).
 *        npm run check -- --changes <base>..<head> --author <login>
 *          also checks that the change (files changed on <head> since it left <base>) is one the
 *          author may make: a school's coordinator only that school's reports (settings → access).
 *        npm run check -- --files <dir>
 *          after a check with no error, also writes the site's data files (open data, calendars,
 *          DOCX: src/lib/programme/files.ts) under <dir>, through the page cache; the build runs
 *          it so while Astro renders the pages (scripts/lib/build-site.ts). Exits 3 when they
 *          cannot be written.
 */
import { execFileSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { formatProblem, formatSummary, runCheck, type Problem } from '../src/lib/check';
import { accessProblems } from '../src/lib/check/access';
import { sortProblems } from '../src/lib/check/format';
import { contentOption } from './lib/content-option';
import { buildDate, indexContent, programmeOf, resolveAsOf, settingsOf } from '../src/lib/programme';
import { cmsFiles, dataFiles, makeDataFiles } from '../src/lib/programme/files';
import { pageKeys } from '../src/lib/page-cache/keys';
import { PAGE_CACHE_ENV, PageStore, codeVersion, pageCacheDir } from '../src/lib/page-cache/store';

const options = contentOption();
const args = options.rest;
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(option('--root') ?? '.');
const quiet = args.includes('--quiet');
const changes = option('--changes');
const author = option('--author');
const filesDir = option('--files');

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
console.log(formatSummary(result.files, problems));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;

if (filesDir && process.exitCode === 0) {
  // The build runs this while Astro renders the pages on one thread and bundles them on all
  // cores: Astro goes first, the files fill the time it leaves (they have 15 s of slack at region size).
  try {
    setPriority(10);
  } catch {
    // not allowed here: the files are made at the same priority
  }
  const started = performance.now();
  try {
    const { content } = result;
    const site = indexContent(content, resolveAsOf(settingsOf(content, content.dir), buildDate()), content.dir);
    const mode = process.env[PAGE_CACHE_ENV];
    const cache = mode === 'off' ? null : { keys: pageKeys(site, codeVersion(root)), store: new PageStore(pageCacheDir(root)), verify: mode === 'verify' };
    const { made, reused } = await makeDataFiles([...dataFiles(site, programmeOf(site)), ...cmsFiles(root)], resolve(filesDir), cache);
    console.log(`Файлы данных (открытые данные, календари, DOCX, скрипты CMS): собрано ${made}, из кэша ${reused} (${((performance.now() - started) / 1000).toFixed(1)} с)`);
  } catch (error) {
    console.error(`Файлы данных (открытые данные, календари, DOCX) не записаны: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 3;
  }
}
