import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
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

/** In the page: elements that stick out past the right edge of the viewport (for overflow messages). */
export function overflowingElements(): string[] {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.table-scroll, [data-scroll-region]'))
    .slice(0, 8)
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right)}px`);
}
