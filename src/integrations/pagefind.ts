/**
 * Builds the Pagefind search index as the last step of `astro build`, into `<outDir>/pagefind/`.
 * Pages are indexed by Pagefind itself (only `data-pagefind-body` regions, Russian stemming);
 * the roadmaps' items come as records of their own from the programme (the build writes them to
 * `routes.searchRecords()`, read and removed here); smaller items marked with `searchItemAttrs()`
 * (pairs rows) are read from their page.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { routes } from '../lib/routes';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { htmlFiles } from '../lib/fs/html-files';
import { linkTree } from '../lib/fs/copy-tree';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { extractItemRecords, pageUrlOf, type ItemRecord } from '../lib/search/records';
import { pageDigest, type PageDigest } from '../lib/search/digest';
import { inSearchOrder } from '../lib/search/order';
import type { EarlyIndex } from './early-search';

/** Pages handed to Pagefind before waiting for the first of them. */
export const IN_FLIGHT = 8;
/** Records sent to Pagefind at once. */
const BATCH = 200;
/** Pagefind's stock search UIs, not used by the site. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** What tells one page's search text from another's, for an index begun early (src/integrations/early-search.ts). */
export function searchTextHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Поиск: не удалось ${step}: ${errors.join('; ')}`);
}

/** The records the build wrote from the programme; the file is removed from the output. */
/** The file of the roadmap items' search records in the built site `outDir` (read, then removed, by the index). */
export function searchRecordsFile(outDir: string): string {
  return join(outDir, ...routes.searchRecords().split('/').filter(Boolean));
}

async function takeDataRecords(outDir: string): Promise<ItemRecord[]> {
  const file = searchRecordsFile(outDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    fail('прочитать записи пунктов дорожных карт', [`нет файла ${file}: его пишет страница src/pages/search/records.json.ts`]);
  }
  await rm(file, { force: true });
  return JSON.parse(text) as ItemRecord[];
}

/** Where finished indexes are kept: `<SETKA_CACHE_DIR>/search`, else `node_modules/.cache/setka-search` of the project. */
export function searchCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.SETKA_CACHE_DIR ? resolve(root, env.SETKA_CACHE_DIR, 'search') : join(root, 'node_modules/.cache/setka-search');
}

/** Indexes kept in the cache: the last few builds' (a build with nothing to index anew takes one). */
const KEPT_INDEXES = 3;

/** The Pagefind package's version: a new one may write another index from the same pages. */
function pagefindVersion(): string {
  // The package exports neither its package.json nor a CommonJS entry: its folder is looked up from here.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version?: string };
      if (pkg.version) return pkg.version;
    } catch {
      // not in this folder
    }
  }
  throw new Error('Поиск: не найден package.json пакета pagefind — выполните npm install');
}

/** Keeps the newest `KEPT_INDEXES` indexes of the cache and removes the rest, and half-written ones. */
async function pruneIndexes(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(dir, name))).mtimeMs })));
  dated.sort((a, b) => b.time - a.time);
  for (const { name } of dated.slice(KEPT_INDEXES)) await rm(join(dir, name), { recursive: true, force: true });
}

/**
 * Indexes the built site in `outDir` and writes the index to `<outDir>/pagefind/`. Returns counts.
 * This is the build's one pass over the output: each page is read once and cut to its digest
 * (src/lib/search/digest.ts: its card, and its head and search regions spaced for excerpts), which
 * goes to `visit` (the preview cards) and to Pagefind as text — Pagefind reads no file itself, and
 * no page is rewritten. A page copied from the page cache is not read: `cached` has its digest.
 * `pages`, when given, are the output's pages from a walk already made (`findPlaceholders`), so the
 * output is listed once.
 *
 * Pages go to Pagefind in the search order (src/lib/search/order.ts): Astro's `order` when the
 * build told it, then by path. An index begun while Astro rendered (`early`) is kept only when the
 * pages added to it are the first pages of that order with the same text; the rest are added to it.
 *
 * The index is a function of what is handed to Pagefind (each page's path and text, the item
 * records, in order) and of Pagefind's version: when all of it is the same as in an earlier build, that
 * build's index is copied from `cacheDir` instead of being made again.
 */
export async function buildSearchIndex(
  outDir: string,
  visit: (file: string, digest: PageDigest) => void = () => {},
  cached: ReadonlyMap<string, PageDigest> = new Map(),
  cacheDir?: string,
  { order, early, pages }: { order?: readonly string[] | undefined; early?: EarlyIndex | undefined; pages?: readonly string[] | undefined } = {},
): Promise<{ files: number; pages: number; items: number; reused: boolean; early: number }> {
  const found: Array<{ sourcePath: string; content: string }> = [];
  const records: ItemRecord[] = [];
  let files = 0;
  for (const file of pages ?? (await htmlFiles(outDir))) {
    const digest = cached.get(file) ?? pageDigest(await readFile(file, 'utf8'));
    files++;
    visit(file, digest);
    if (digest.search === null) continue;
    found.push({ sourcePath: relative(outDir, file).split(sep).join('/'), content: digest.search });
  }
  const inputs = inSearchOrder(found, order);
  for (const { sourcePath, content } of inputs) records.push(...extractItemRecords(content, pageUrlOf(sourcePath)));
  records.push(...(await takeDataRecords(outDir)));
  const counts = { files, pages: inputs.length, items: records.length };
  const output = join(outDir, 'pagefind');

  const hash = createHash('sha256').update(`pagefind ${pagefindVersion()} ru\0`);
  for (const { sourcePath, content } of inputs) hash.update(sourcePath).update('\0').update(content).update('\0');
  hash.update(JSON.stringify(records));
  const key = hash.digest('hex');
  const kept = cacheDir ? join(cacheDir, key) : null;
  if (kept && (await stat(kept).then((s) => s.isDirectory(), () => false))) {
    if (early) await close();
    linkTree(kept, output);
    const now = new Date();
    await utimes(kept, now, now);
    return { ...counts, reused: true, early: 0 };
  }

  const fresh = early && early.added.length <= inputs.length && early.added.every((page, i) => page.sourcePath === inputs[i]!.sourcePath && page.hash === searchTextHash(inputs[i]!.content));

  let index: PagefindIndex | undefined = fresh ? early.index : undefined;
  try {
    if (early && !fresh) await early.index.deleteIndex();
    if (!index) {
      const created = await createIndex({ forceLanguage: 'ru' });
      if (!created.index) fail('запустить Pagefind', created.errors);
      index = created.index;
    }
    // Pages go to Pagefind a few at a time, after those added while Astro rendered.
    const inFlight = new Set<Promise<void>>();
    for (const { sourcePath, content } of inputs.slice(fresh ? early.added.length : 0)) {
      const task: Promise<void> = index.addHTMLFile({ sourcePath, content }).then((added) => {
        inFlight.delete(task);
        if (added.errors.length) fail(`проиндексировать ${sourcePath}`, added.errors);
      });
      inFlight.add(task);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const results = await Promise.all(batch.map((record) => index!.addCustomRecord({ ...record, language: 'ru' })));
      results.forEach((res, j) => res.errors.length && fail(`добавить ${batch[j]!.url}`, res.errors));
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) fail('записать индекс', written.errors);
    // The site uses Pagefind's JS API with its own page; the stock UIs are not shipped.
    for (const name of await readdir(output)) {
      if (UNUSED.test(name)) await rm(join(output, name), { force: true });
    }
  } finally {
    await close();
  }
  if (kept && cacheDir) {
    // Kept whole or not at all: copied under a temporary name, then renamed. A cache that cannot be written is left alone.
    const tmp = `${kept}.tmp-${process.pid}`;
    try {
      await mkdir(cacheDir, { recursive: true });
      linkTree(output, tmp);
      await rename(tmp, kept);
      await pruneIndexes(cacheDir);
    } catch {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  return { ...counts, reused: false, early: fresh ? early.added.length : 0 };
}
