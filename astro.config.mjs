// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import pagefind from './src/integrations/pagefind.ts';
import og from './src/integrations/og.ts';
import { contentDir } from './src/lib/content-dir.ts';

/** The public address comes from the settings entry, so a department changes it in the CMS, not in code. */
function siteUrl() {
  try {
    const settings = parse(readFileSync(join(contentDir(fileURLToPath(new URL('.', import.meta.url))), 'settings', 'site.yaml'), 'utf8'));
    return typeof settings?.siteUrl === 'string' ? settings.siteUrl : 'http://localhost:4321/';
  } catch {
    return 'http://localhost:4321/';
  }
}

export default defineConfig({
  site: siteUrl(),
  // Separate caches let several builds (tests, benchmarks) run side by side.
  ...(process.env.SETKA_CACHE_DIR ? { cacheDir: process.env.SETKA_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), pagefind(), og()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Browser deps of /admin/'s script (src/client/cms): pre-bundled at start, so the first
    // visit to /admin/ in `npm run dev` does not hit Vite's "outdated optimize dep" reload.
    optimizeDeps: { include: ['transliteration', 'markdown-it', 'sanitize-html'] },
  },
});
