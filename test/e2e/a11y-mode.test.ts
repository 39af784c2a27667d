/**
 * The version for the visually impaired in real Chromium: reachable and operable by keyboard,
 * remembered across pages and applied before the first paint, reversible, usable with tables,
 * and a sensible link without JavaScript.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A11Y_STORAGE_KEY, parseA11y } from '../../src/lib/a11y';
import { servedSite } from '../helpers/browser';

const site = servedSite();
const DOC = '/documents/prikaz-147/';
const TABLE_DOC = '/documents/forma-otcheta/';

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 15): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

const htmlAttr = (page: Page, name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
const stored = (page: Page) => page.evaluate((k) => window.localStorage.getItem(k), A11Y_STORAGE_KEY);

describe('with the keyboard only', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(site.base + DOC);
  });
  afterAll(() => context.close());

  it('the switch is a labelled toggle button reached by Tab', async () => {
    expect(await tabTo(page, '[data-a11y-toggle]')).toBe(true);
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(name).toBe('Версия для слабовидящих');
    expect(await page.getAttribute('[data-a11y-toggle]', 'aria-pressed')).toBe('false');
    // The focus is visible: the site's focus outline is drawn.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });

  it('Enter turns the version on, opens its settings and remembers it', async () => {
    await page.keyboard.press('Enter');
    expect(await htmlAttr(page, 'data-a11y')).toBe('on');
    expect(await page.getAttribute('[data-a11y-toggle]', 'aria-pressed')).toBe('true');
    expect(await page.isVisible('#a11y-panel')).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('[data-a11y-details]') as HTMLDetailsElement).open)).toBe(true);
    expect(parseA11y(await stored(page)).enabled).toBe(true);
    // Large text: the root font is 150 % of the normal 16 px.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  });

  it('the arrow keys pick a colour scheme; the whole page follows', async () => {
    expect(await tabTo(page, 'input[name="a11y-scheme"]')).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await htmlAttr(page, 'data-a11y-scheme')).toBe('wb');
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    expect(parseA11y(await stored(page)).scheme).toBe('wb');
  });

  it('«Обычная версия сайта» turns it off and returns focus to the switch', async () => {
    expect(await tabTo(page, '[data-a11y-off]', 30)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await htmlAttr(page, 'data-a11y')).toBeNull();
    expect(await page.isVisible('#a11y-panel')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-a11y-toggle'))).toBe(true);
    expect(parseA11y(await stored(page))).toMatchObject({ enabled: false, scheme: 'wb' });
  });
});

describe('remembered choice', () => {
  it('applies on the next page before anything is painted (no flash of the normal version)', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript((key) => {
      if (!window.localStorage.getItem(key)) {
        window.localStorage.setItem(key, JSON.stringify({ enabled: true, size: '200', scheme: 'blue', spacing: 'wider', images: 'off' }));
      }
      // Record <html>'s attributes at the moment <body> appears, i.e. before the first paint.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { atBody: string | null }).atBody = document.documentElement.getAttribute('data-a11y-scheme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, A11Y_STORAGE_KEY);
    const page = await context.newPage();
    await page.goto(site.base + '/');
    expect(await page.evaluate(() => (window as unknown as { atBody: string | null }).atBody)).toBe('blue');
    await page.goto(site.base + DOC);
    expect(await page.evaluate(() => (window as unknown as { atBody: string | null }).atBody)).toBe('blue');
    expect(await htmlAttr(page, 'data-a11y-size')).toBe('200');
    // The panel's radio buttons show the stored choice.
    expect(await page.isChecked('input[name="a11y-scheme"][value="blue"]')).toBe(true);
    expect(await page.isChecked('input[name="a11y-images"][value="off"]')).toBe(true);
    // Decorative images (the switch's eye icon) are hidden; text stays.
    expect(await page.isVisible('[data-a11y-toggle] svg')).toBe(false);
    expect(await page.isVisible('[data-a11y-toggle]')).toBe(true);
    // Wider spacing equals the WCAG 1.4.12 values.
    expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing)).toBe(`${0.12 * 34}px`);
    await context.close();
  });
});

describe('tables stay usable', () => {
  it('a wide document table scrolls inside its own labelled, focusable region, not the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript((key) => window.localStorage.setItem(key, JSON.stringify({ enabled: true, size: '175' })), A11Y_STORAGE_KEY);
    const page = await context.newPage();
    await page.goto(site.base + TABLE_DOC);
    const region = page.locator('.table-scroll').first();
    expect(await region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toMatch(/^Таблица 1/);
    const sizes = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // Header cells keep their scope and the table its caption.
    expect(await page.locator('.table-scroll th[scope="col"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.table-scroll caption').count()).toBe(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the switch is a link to the page that explains the version and browser zoom', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.base + DOC);
    expect(await page.isVisible('a.a11y-switch--link')).toBe(true);
    expect(await page.isVisible('[data-a11y-toggle]')).toBe(false);
    expect(await page.isVisible('#a11y-panel')).toBe(false);
    await page.click('a.a11y-switch--link');
    expect(new URL(page.url()).pathname).toBe('/accessibility/');
    expect(await page.textContent('h1')).toBe('Доступность сайта');
    expect(await page.textContent('main')).toContain('Ctrl');
    await context.close();
  });
});
