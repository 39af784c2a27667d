import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { a11yAttributes, A11Y_ATTRIBUTE_NAMES } from '../../src/lib/a11y';
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
 * Runs `task` over `items` in at most `limit` tabs of `context` (or tabs `open` opens, each in a
 * browser context of its own that is closed with it); each tab goes on to the next item
 * when its task is done. A same-site navigation in an open tab stays in its renderer process and
 * reuses the code it compiled (axe-core, the site's own scripts): with axe a page took 1.3 s of
 * CPU this way against 2.2 s in a new tab. Each navigation is a new document: nothing of the page before
 * it is left but what the context keeps for every tab anyway (storage, cookies).
 */
export async function inTabs<T>(
  context: BrowserContext | (() => Promise<Page>),
  items: readonly T[],
  limit: number,
  task: (page: Page, item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const tab = async () => {
    const page = typeof context === 'function' ? await context() : await context.newPage();
    try {
      while (next < items.length) await task(page, items[next++]!);
    } finally {
      await page.close();
      if (typeof context === 'function') await page.context().close();
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

/** What is wrong with the `data-a11y*` attributes on `<html>` for `mode` ('' when they are what the site sets for it). */
export async function modeMismatch(page: Page, mode: ViewMode): Promise<string> {
  const want = mode.a11y ? a11yAttributes(mode.a11y) : {};
  const have = await page.evaluate((names) => Object.fromEntries(names.flatMap((n) => { const v = document.documentElement.getAttribute(n); return v === null ? [] : [[n, v]]; })), [...A11Y_ATTRIBUTE_NAMES]);
  const wrong = A11Y_ATTRIBUTE_NAMES.filter((n) => want[n] !== have[n]);
  return wrong.length ? `режим не включился: ${wrong.map((n) => `${n}=${have[n] ?? '—'}, нужно ${want[n] ?? '—'}`).join('; ')}` : '';
}

/**
 * Switches a page shown in the version for the visually impaired to the settings of `mode`
 * without reloading it, the way a visitor does: ticks each option in the settings panel
 * (src/components/a11y/A11yPanel.astro), whose change handler in src/client/a11y-mode.ts applies
 * the choice to `<html>` and stores it — for every tab of the context, so the page should have a
 * context of its own. The panel stays folded, as after a load in that mode. Then waits for the
 * layout to settle: style and layout, web fonts the new size or weight needs, images that reappear.
 */
export async function switchMode(page: Page, mode: ViewMode): Promise<void> {
  if (!mode.a11y?.enabled) throw new Error(`switchMode: «${mode.name}» — не настройка версии для слабовидящих`);
  const { enabled: _, ...settings } = mode.a11y;
  const missing = await page.evaluate((chosen) => {
    const lost: string[] = [];
    for (const [name, value] of Object.entries(chosen)) {
      const input = document.querySelector<HTMLInputElement>(`#a11y-panel input[type="radio"][name="a11y-${name}"][value="${value}"]`);
      if (!input) lost.push(`a11y-${name}=${value}`);
      else if (!input.checked) input.click();
    }
    return lost;
  }, settings);
  if (missing.length) throw new Error(`В панели настроек нет переключателей: ${missing.join(', ')}`);
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    void document.documentElement.getBoundingClientRect();
    await frame();
    await frame();
    await document.fonts.ready;
    const pending = [...document.images].filter((img) => !img.complete && img.loading !== 'lazy');
    await Promise.all(pending.map((img) => new Promise((done) => { img.addEventListener('load', done, { once: true }); img.addEventListener('error', done, { once: true }); })));
    await frame();
  });
}
