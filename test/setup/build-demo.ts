/**
 * Builds the demo site once for every `site` test (into .dist-test/demo, through the real
 * build pipeline: check → astro build → swap). Set SETKA_TEST_DIST=<dir> to reuse an existing
 * build while iterating on tests. Provides the site folder and the preview-image cache that
 * build filled (empty when a build is reused), so the image-cache test builds only once more.
 */
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** `<cache>/og` of the demo build: its images and `last-build.json`; '' with SETKA_TEST_DIST. */
    ogCache: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const reuse = process.env.SETKA_TEST_DIST;
  const distDir = resolve(reuse ?? '.dist-test/demo');
  const cache = resolve('.dist-test/cache');
  if (!reuse) {
    const ok = await buildSite({ root: process.cwd(), outDir: distDir, warnings: false, env: { SETKA_CACHE_DIR: cache } });
    if (!ok) throw new Error('Демонстрационный сайт не собрался: см. вывод выше.');
  }
  project.provide('distDir', distDir);
  project.provide('ogCache', reuse ? '' : join(cache, 'og'));
}
