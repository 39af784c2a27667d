import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium';
import { serveStatic } from '../../scripts/lib/serve';
import { distDir } from './dist';

export { chromiumPath };

/** Launches headless Chromium with the flags this kind of machine needs (closed network, no sandbox as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/**
 * Headless Chromium with a profile on disk in `dir` (one browser context, Russian locale). Unlike
 * an off-the-record context it keeps the code it compiled from cached scripts, for every tab.
 */
export function launchWithProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: CHROMIUM_FLAGS, locale: 'ru-RU' });
}

/** One Chromium and one static server over a built site, shared by every test of a file. */
export interface ServedSite {
  browser: Browser;
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  base: string;
}

/**
 * Starts Chromium and serves `dir()` (default: the demo site) before the file's first test, and
 * closes both after its last. Call at the top of a test file; read `browser` and `base` inside
 * tests and hooks. `dir` is called in `beforeAll`, so it may name a folder an earlier hook builds.
 */
export function servedSite(dir: () => string = distDir): ServedSite {
  const site = {} as ServedSite & { server?: Server };
  beforeAll(async () => {
    site.browser = await launchBrowser();
    const served = await serveStatic(dir(), 0);
    site.server = served.server;
    site.base = served.url;
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
