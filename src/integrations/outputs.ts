/**
 * What the build makes from the built pages, in one pass over the output: the search index
 * (src/integrations/pagefind.ts) reads each page once and hands it to the preview cards
 * (src/integrations/og.ts), which are then drawn from the cache or anew.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './pagefind';
import { OgCards, ogCacheDir } from './og';

export default function outputsIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'setka:outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cards = new OgCards(outDir);
        const started = performance.now();
        const { files, pages, items } = await buildSearchIndex(outDir, (file, html) => cards.add(file, html));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Поиск: в индексе страниц — ${pages} (просмотрено ${files}), отдельных пунктов — ${items} (${seconds} с)`);
        const stats = await cards.render(ogCacheDir(root));
        logger.info(`OG: rendered ${stats.rendered}, reused ${stats.reused} (картинки для соцсетей: новых ${stats.rendered}, из кэша ${stats.reused}, страниц ${stats.pages}; ${(stats.ms / 1000).toFixed(1)} с)`);
      },
    },
  };
}
