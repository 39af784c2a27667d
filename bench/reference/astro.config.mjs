// @ts-check
/**
 * The reference of `npm run bench`: a minimal Astro site (one layout, one Markdown collection,
 * no integrations), to compare Setka's build with bare Astro on the same machine in the same
 * run. Its pages come from `$SETKA_REFERENCE_PAGES` (written by scripts/bench.ts); Pagefind
 * is run by the bench after `astro build`, the way a bare site adds search.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://reference.example.ru/',
  ...(process.env.SETKA_CACHE_DIR ? { cacheDir: process.env.SETKA_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
