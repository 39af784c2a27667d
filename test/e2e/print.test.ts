/**
 * Printing: a methodist prints a school's page or the roadmap for a meeting. On paper (print media,
 * the width of an A4 page inside its margins) the site's header, menu, search and the calendar
 * subscription link are left out, the page's heading and tables are there (a school's blanks page
 * prints only the blank), and nothing is wider than the page, so no column is cut off at its edge.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/browser';

const site = servedSite();

/** A4 (210 mm) less the print margins of base.css (25 + 15 mm), at 96 px to the inch. */
const A4_TEXT_WIDTH = Math.floor(((210 - 25 - 15) / 25.4) * 96);

const PAGES = [
  { path: '/schools/zhuravlevskaya-sosh/', shown: ['h1', 'table.history', 'table.school-items'], hidden: ['header.site-header', 'nav', '.search-box', '.school-calendar'] },
  { path: '/roadmap/dorozhnaya-karta-2021/', shown: ['h1', '#item-8'], hidden: ['header.site-header', 'nav', '.search-box'] },
  { path: '/reports/zhuravlevskaya-sosh/2021-10/', shown: ['h1', 'table.report-table'], hidden: ['header.site-header', 'nav', '.search-box'] },
  // A school's blanks print only the chosen month's blank (the current month when none is chosen), not the month table.
  { path: '/forms/report/zhuravlevskaya-sosh/', shown: ['.blank__title', '.blank-months table'], hidden: ['header.site-header', 'nav', '.search-box', 'h1', 'table.blanks'] },
] as const;

describe('print', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: A4_TEXT_WIDTH, height: 1000 } });
  });
  afterAll(() => context.close());

  it.each(PAGES)('$path: what is for the screen only is left out, the content is there and fits the page', async ({ path, shown, hidden }) => {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.base + path);
    for (const selector of shown) expect(await page.locator(selector).filter({ visible: true }).count(), `${selector} на бумаге`).toBeGreaterThan(0);
    for (const selector of hidden) {
      const all = page.locator(selector);
      expect(await all.count(), `${selector} есть на странице`).toBeGreaterThan(0);
      for (const element of await all.all()) expect(await element.isVisible(), `${selector} не печатается`).toBe(false);
    }
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
    expect(scroll, `ширина страницы ${scroll} px при ширине листа ${width} px`).toBeLessThanOrEqual(width);
    await page.close();
  });
});
