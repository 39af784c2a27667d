/**
 * Builds the Pagefind search index as the last step of `astro build`, into `<outDir>/pagefind/`.
 * Pages are indexed by Pagefind itself (only `data-pagefind-body` regions, Russian stemming);
 * items marked with `searchItemAttrs()` are added as records of their own (src/lib/search).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { extractItemRecords, pageUrlOf } from '../lib/search/records';

/** Folders of the output that hold no pages to search. */
const SKIP_DIRS = new Set(['pagefind', '_astro', 'admin', 'og']);

async function htmlFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === root && SKIP_DIRS.has(entry.name))) out.push(...(await htmlFiles(full, root)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Поиск: не удалось ${step}: ${errors.join('; ')}`);
}

/** Indexes the built site in `outDir` and writes the index to `<outDir>/pagefind/`. Returns counts. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; items: number }> {
  const { index, errors } = await createIndex({ forceLanguage: 'ru' });
  if (!index) fail('запустить Pagefind', errors);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) fail('проиндексировать страницы', added.errors);
    let items = 0;
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      const records = extractItemRecords(html, pageUrlOf(relative(outDir, file)));
      const results = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: 'ru' })));
      results.forEach((res, i) => res.errors.length && fail(`добавить ${records[i]!.url}`, res.errors));
      items += records.length;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) fail('записать индекс', written.errors);
    return { pages: added.page_count, items };
  } finally {
    await close();
  }
}

/** Astro integration: the search index is part of every build, no separate step. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'setka:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, items } = await buildSearchIndex(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Поиск: проиндексировано страниц — ${pages}, отдельных пунктов — ${items} (${seconds} с)`);
      },
    },
  };
}
