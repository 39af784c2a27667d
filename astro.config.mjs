// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import outputs from './src/integrations/outputs.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readSiteUrl } from './src/lib/site-url.ts';
import { isAdminPage } from './src/lib/routes.ts';

/**
 * The public address comes from the settings entry, so a department changes it in the CMS, not in
 * code. A missing or broken settings file stops the build with a Russian message (no silent localhost).
 */
function siteUrl() {
  return readSiteUrl(join(contentDir(fileURLToPath(new URL('.', import.meta.url))), 'settings', 'site.yaml'));
}

export default defineConfig({
  site: siteUrl(),
  // Separate caches let several builds (tests, benchmarks) run side by side.
  ...(process.env.SETKA_CACHE_DIR ? { cacheDir: process.env.SETKA_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Four pages in flight: while one page's files are written (Astro awaits each mkdir and write),
  // the next is rendered. Region (400 schools), quiet machine, 3 December, three interleaved pairs:
  // cold build 32.4–33.8 s against 32.7–36.4 s one at a time, pages phase 17.2–18.4 s against
  // 17.8–20.3 s; warm pages phase 2.8–3.0 s against 3.2–3.4 s (docs/development.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx(), sitemap({ filter: (page) => !isAdminPage(page) }), outputs()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Browser deps of /admin/'s script (src/client/cms): pre-bundled at start, so the first
    // visit to /admin/ in `npm run dev` does not hit Vite's "outdated optimize dep" reload.
    optimizeDeps: { include: ['transliteration', 'markdown-it', 'sanitize-html'] },
  },
});
