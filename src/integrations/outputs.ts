/**
 * What the build makes from the built pages, in one pass over the output: the search index
 * (src/integrations/pagefind.ts) reads each page once and hands it to the preview cards
 * (src/integrations/og.ts), which are then drawn from the cache or anew.
 *
 * `npm run build` runs this step in a process of its own once Astro has exited
 * (scripts/outputs.ts, with `SETKA_OUTPUTS_STEP=separate` for Astro), so the memory of
 * rendering thousands of pages and that of the search index are never held at once. A plain
 * `astro build` runs it in its `astro:build:done` hook.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, searchCacheDir, searchRecordsFile } from './pagefind';
import { isPageFile } from '../lib/fs/html-files';
import type { EarlyIndex } from './early-search';
import { searchOrder } from '../lib/search/order';
import { OgCards, ogCacheDir } from './og';
import { OUTPUTS_STEP_ENV, PAGES_FD_ENV, PAGES_FOLLOWER_ENV, markBuilding, setPageListener } from './outputs-step';
import { PagesFollower, PagesPipe } from './pages-follower';
import { PAGE_CACHE_ENV, PageStore, findPlaceholders, pageCacheDir, placePages } from '../lib/page-cache/store';


/**
 * Builds the search index and the preview images of the site built in `outDir`; `root` holds the
 * image cache. `drawing`, when given, is cards being drawn into the cache meanwhile (scripts/outputs.ts
 * --wait): awaited before the cards are gathered, so none is drawn twice. `search` is the order of
 * the pages Astro generated and the index begun while it rendered, when there are (src/lib/search/order.ts).
 */
export async function makeOutputs(
  outDir: string,
  root: string,
  info: (message: string) => void,
  drawing?: Promise<unknown>,
  search: { order?: readonly string[] | undefined; early?: EarlyIndex | undefined } = {},
): Promise<void> {
  const cards = new OgCards(outDir);
  const started = performance.now();
  // Pages from the page cache (src/middleware.ts) are placeholders in Astro's output until here. The index is made
  // from their digests while they are put in place: it reads no placeholder but the items' records, put in place
  // first, and each file is replaced whole (a link under a temporary name, renamed over it), so the two share the
  // folder safely (docs/development.md, «Кэш страниц»: a warm build's last step 1.4 s against 1.6 s).
  const store = new PageStore(pageCacheDir(root));
  const found = findPlaceholders(outDir, store);
  const records = searchRecordsFile(outDir);
  const first = await placePages(outDir, store, found.placeholders.filter((p) => p.file === records));
  const placing = placePages(outDir, store, found.placeholders.filter((p) => p.file !== records)).then((files) => {
    info(`Кэш страниц: файлов на месте — ${first + files} (${((performance.now() - started) / 1000).toFixed(1)} с)`);
  });
  // A failure of either stops the step; the other is not left running unseen.
  placing.catch(() => {});
  const pageFiles = found.files.filter((file) => isPageFile(outDir, file));
  const indexed = buildSearchIndex(outDir, (file, digest) => cards.add(file, digest.card), found.digests, searchCacheDir(root), { ...search, pages: pageFiles });
  const [{ files, pages, items, reused, early }] = await Promise.all([indexed, placing]);
  const atOnce = early ? `, добавлено во время сборки страниц — ${early}` : '';
  info(`Поиск: в индексе страниц — ${pages} (просмотрено ${files}), отдельных пунктов — ${items}${reused ? ', индекс из кэша: страницы не изменились' : atOnce} (${((performance.now() - started) / 1000).toFixed(1)} с)`);
  await drawing;
  const stats = await cards.render(ogCacheDir(root));
  info(`OG: rendered ${stats.rendered}, reused ${stats.reused} (картинки для соцсетей: новых ${stats.rendered}, из кэша ${stats.reused}, страниц ${stats.pages}; ${(stats.ms / 1000).toFixed(1)} с)`);
  info(`Последний шаг: ${((performance.now() - started) / 1000).toFixed(1)} с`);
}

export default function outputsIntegration(): AstroIntegration {
  let root = process.cwd();
  let follower: PagesFollower | PagesPipe | undefined;
  /** The files of the pages Astro generates, in the search order. */
  let order: string[] | undefined;
  return {
    name: 'setka:outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        markBuilding();
        order = undefined;
        const fd = Number(process.env[PAGES_FD_ENV]);
        const pipe = Number.isInteger(fd) && fd > 2 ? new PagesPipe(fd) : undefined;
        // Astro tells its prerenderer every page before it renders the first: the search order (src/lib/search/order.ts).
        setPrerenderer((prerenderer) => {
          const paths = prerenderer.getStaticPaths.bind(prerenderer);
          prerenderer.getStaticPaths = async () => {
            const all = await paths();
            order = searchOrder(all);
            pipe?.order(order);
            return all;
          };
          return prerenderer;
        });
        if (pipe) {
          // npm run build: the last step follows the pages unless told not to (it still gets the order).
          follower = pipe;
          if (process.env[PAGE_CACHE_ENV] !== 'off' && process.env[PAGES_FOLLOWER_ENV] !== 'off') setPageListener(pipe);
        } else if (process.env[PAGE_CACHE_ENV] !== 'off' && process.env[PAGES_FOLLOWER_ENV] === 'on') {
          follower = new PagesFollower(root);
          setPageListener(follower);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageListener(null);
        await follower?.close();
        follower = undefined;
        if (process.env[OUTPUTS_STEP_ENV] === 'separate') return;
        await makeOutputs(fileURLToPath(dir), root, (message) => logger.info(message), undefined, { order });
      },
    },
  };
}
