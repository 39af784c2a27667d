/**
 * Builds the Pagefind search index as the last step of `astro build`, into `<outDir>/pagefind/`.
 * Pages are indexed by Pagefind itself (only `data-pagefind-body` regions, Russian stemming);
 * the roadmaps' items come as records of their own from the programme (the build writes them to
 * `routes.searchRecords()`, read and removed here); smaller items marked with `searchItemAttrs()`
 * (pairs rows) are read from their page.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { routes } from '../lib/routes';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from '../lib/fs/html-files';
import { close, createIndex } from 'pagefind';
import { extractItemRecords, pageUrlOf, type ItemRecord } from '../lib/search/records';
import { spaceAdjacentBoxes } from '../lib/search/spacing';
import { searchFragment } from '../lib/search/fragment';

/** Pages handed to Pagefind before waiting for the first of them. */
const IN_FLIGHT = 8;
/** Records sent to Pagefind at once. */
const BATCH = 200;
/** Pagefind's stock search UIs, not used by the site. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

function fail(step: string, errors: string[]): never {
  throw new Error(`Поиск: не удалось ${step}: ${errors.join('; ')}`);
}

/** The records the build wrote from the programme; the file is removed from the output. */
async function takeDataRecords(outDir: string): Promise<ItemRecord[]> {
  const file = join(outDir, ...routes.searchRecords().split('/').filter(Boolean));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    fail('прочитать записи пунктов дорожных карт', [`нет файла ${file}: его пишет страница src/pages/search/records.json.ts`]);
  }
  await rm(file, { force: true });
  return JSON.parse(text) as ItemRecord[];
}

/**
 * Indexes the built site in `outDir` and writes the index to `<outDir>/pagefind/`. Returns counts.
 * This is the build's one pass over the output: each page is read once, handed to `visit` (the
 * preview cards), cut to its head and search regions (src/lib/search/fragment.ts), spaced for
 * excerpts, and given to Pagefind as text — Pagefind reads no file itself, and no page is rewritten.
 */
export async function buildSearchIndex(outDir: string, visit: (file: string, html: string) => void = () => {}): Promise<{ files: number; pages: number; items: number }> {
  const { index, errors } = await createIndex({ forceLanguage: 'ru' });
  if (!index) fail('запустить Pagefind', errors);
  try {
    const records: ItemRecord[] = [];
    let pages = 0;
    let files = 0;
    // Pages go to Pagefind a few at a time: it indexes them while the next ones are read.
    const inFlight = new Set<Promise<void>>();
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      files++;
      visit(file, html);
      // Pages without a search region hold nothing to find (Pagefind skips them once any page has one).
      if (!html.includes('data-pagefind-body')) continue;
      pages++;
      // Only the head and the search regions, spaced for excerpts; the page itself is not rewritten.
      const spaced = spaceAdjacentBoxes(searchFragment(html));
      const sourcePath = relative(outDir, file).split(sep).join('/');
      records.push(...extractItemRecords(spaced, pageUrlOf(sourcePath)));
      const task: Promise<void> = index.addHTMLFile({ sourcePath, content: spaced }).then((added) => {
        inFlight.delete(task);
        if (added.errors.length) fail(`проиндексировать ${sourcePath}`, added.errors);
      });
      inFlight.add(task);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    records.push(...(await takeDataRecords(outDir)));
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const results = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, language: 'ru' })));
      results.forEach((res, j) => res.errors.length && fail(`добавить ${batch[j]!.url}`, res.errors));
    }
    const items = records.length;
    const output = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) fail('записать индекс', written.errors);
    // The site uses Pagefind's JS API with its own page; the stock UIs are not shipped.
    for (const name of await readdir(output)) {
      if (UNUSED.test(name)) await rm(join(output, name), { force: true });
    }
    return { files, pages, items };
  } finally {
    await close();
  }
}
