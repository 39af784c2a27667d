/**
 * The programme pages in real Chromium: the roadmap's quick filter (the only script on them),
 * and screenshots of the roadmap, a school, the report matrix and the report form at 1280 and
 * 375 px (saved to SETKA_SCREENSHOTS or .dist-test/screenshots for people to look at), with no
 * sideways page scroll on a phone.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/browser';
import { overflowingElements } from '../helpers/quality';

const ROADMAP = '/roadmap/dorozhnaya-karta-2021/';
const shotsDir = resolve(process.env.SETKA_SCREENSHOTS ?? '.dist-test/screenshots');
const site = servedSite();

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.base + path);
  return page;
}

const visibleItems = (page: Page) => page.$$eval('article.item', (els) => els.filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).offsetParent !== null).map((e) => ({ id: e.id, status: e.getAttribute('data-status') ?? '', months: e.getAttribute('data-months') ?? '', section: e.getAttribute('data-section') ?? '' })));

describe('roadmap quick filter', () => {
  it('appears with JavaScript and hides items that do not match, keeping the choice in the URL', async () => {
    const page = await open(ROADMAP);
    await expect(page.isVisible('form[data-roadmap-filter]')).resolves.toBe(true);
    const all = await visibleItems(page);
    expect(all).toHaveLength(20);
    await page.selectOption('select[name="status"]', 'overdue');
    const overdue = await visibleItems(page);
    expect(overdue.length).toBe(all.filter((i) => i.status.split(' ').includes('overdue')).length);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(20);
    expect(page.url()).toContain('status=overdue');
    await expect(page.textContent('[data-filter-count]')).resolves.toBe(`Показано мероприятий: ${overdue.length} из 20`);
    await page.selectOption('select[name="section"]', '0');
    const both = await visibleItems(page);
    expect(both.every((i) => i.section === '0' && i.status.split(' ').includes('overdue'))).toBe(true);
    await page.close();
  });

  it('reads the filter from the URL and hides empty sections', async () => {
    const page = await open(`${ROADMAP}?month=2021-11`);
    const shown = await visibleItems(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.months.split(' ').includes('2021-11'))).toBe(true);
    const hiddenSections = await page.$$eval('[data-roadmap-section]', (els) => els.filter((e) => (e as HTMLElement).hidden).length);
    expect(hiddenSections).toBeGreaterThan(0);
    await page.close();
  });

  it('without JavaScript the form stays hidden and the filter links lead to built pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.base + ROADMAP);
    await expect(page.isVisible('form[data-roadmap-filter]')).resolves.toBe(false);
    await page.click('summary:has(#filters-title)');
    await page.click(`a[href="${ROADMAP}status/done/"]`);
    expect(page.url()).toBe(`${site.base}${ROADMAP}status/done/`);
    const items = await page.$$eval('article.item', (els) => els.map((e) => e.getAttribute('data-status') ?? ''));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s) => s.split(' ').includes('done'))).toBe(true);
    await context.close();
  });
});

describe.each([
  ['roadmap', ROADMAP],
  ['school', '/schools/zhuravlevskaya-sosh/'],
  ['matrix', '/reports/'],
  ['form', '/forms/report/'],
  ['blank', '/forms/report/zhuravlevskaya-sosh/'],
])('%s page (%s)', (name, path) => {
  it.each([1280, 375])('at %i px: screenshot saved, no sideways page scroll', async (width) => {
    const page = await open(path, width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, (await page.evaluate(overflowingElements)).join('\n')).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shotsDir, `${name}-${width}.png`), fullPage: true });
    await page.close();
  });
});

describe('school blank page', () => {
  it('shows only the chosen month (CSS :target, no script), the current month when none is chosen', async () => {
    const page = await open('/forms/report/zhuravlevskaya-sosh/', 1280);
    const visible = () => page.$$eval('article.blank', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));
    // The months share one table and one footer per month: the months' stylesheet shows the chosen month's.
    const shown = () => page.evaluate(() => ({
      rows: [...document.querySelectorAll('.blank-table tbody tr:not(.blank-table__empty)')].filter((r) => r.getClientRects().length > 0).map((r) => r.className),
      feet: [...document.querySelectorAll('.blank__foot')].filter((e) => e.getClientRects().length > 0).map((e) => e.textContent ?? ''),
      all: document.querySelectorAll('.blank-table tbody tr:not(.blank-table__empty)').length,
    }));
    expect(await visible()).toEqual(['blank-2021-11']);
    const november = await shown();
    expect(november.rows.length).toBeGreaterThan(0);
    expect(november.rows.every((c) => c.split(' ').includes('m10'))).toBe(true);
    expect(november.feet).toHaveLength(1);
    expect(november.feet[0]).toContain('до 28 ноября 2021 г.');
    await page.click('a[href="#blank-2021-10"]');
    expect(await visible()).toEqual(['blank-2021-10']);
    const october = await shown();
    expect(october.rows.every((c) => c.split(' ').includes('m9'))).toBe(true);
    expect(october.rows.length).toBe(await page.$$eval('.blank-table tbody tr.m9', (els) => els.length));
    expect(october.rows.length).toBeLessThan(october.all);
    expect(october.feet).toHaveLength(1);
    expect(october.feet[0]).toContain('до 28 октября 2021 г.');
    await page.close();
  });
});
