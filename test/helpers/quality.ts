import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { storageEntry, type ViewMode } from '../quality/modes';

/** A browser context that shows every page in `mode` (the choice is stored before any page script runs). */
export async function contextInMode(browser: Browser, mode: ViewMode, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const entry = storageEntry(mode);
  if (entry) await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), entry);
  return context;
}

/** Runs `task` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Runs `task` over `items` in at most `limit` tabs of `context`; each tab goes on to the next item
 * when its task is done. A same-site navigation in an open tab stays in its renderer process and
 * reuses the code it compiled (axe-core, the site's own scripts): with axe a page took 1.3 s of
 * CPU this way against 2.2 s in a new tab. Each navigation is a new document: nothing of the page before
 * it is left but what the context keeps for every tab anyway (storage, cookies).
 */
export async function inTabs<T>(context: BrowserContext, items: readonly T[], limit: number, task: (page: Page, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const tab = async () => {
    const page = await context.newPage();
    try {
      while (next < items.length) await task(page, items[next++]!);
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, tab));
}

/** In the page: elements that stick out past the right edge of the viewport (for overflow messages). */
export function overflowingElements(): string[] {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.table-scroll, [data-scroll-region]'))
    .slice(0, 8)
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right)}px`);
}
