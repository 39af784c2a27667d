/**
 * Search on the built demo site in real Chromium: Russian stemming, item-level results that
 * open their anchor, filters that narrow, announced counts, and the no-JavaScript path.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAxeViolations, runAxe } from '../quality/axe';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { servedSite } from '../helpers/browser';

const site = servedSite();
let context: BrowserContext;
const errors: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
});

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

const status = (page: Page) => page.locator('[data-search-status]');

/** Waits until the status line reports a finished search and returns it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => /^(Найден|Ничего)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return (await status(page).textContent()) ?? '';
}

/** Searches from the page's own form, as a reader would. */
async function search(page: Page, q: string): Promise<string> {
  await page.goto(`${site.base}/search/`);
  await page.waitForSelector('[data-filter-panel]:not([hidden])');
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((want) => new URLSearchParams(location.search).get('q') === want, q);
  return settled(page);
}

/** Shows every result («Показать ещё» until there is no more). */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const n = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, n);
  }
}

const resultUrls = (page: Page) => page.$$eval('.search-result__link', (links) => links.map((a) => a.getAttribute('href') ?? ''));

describe('search in Chromium', () => {
  it('«журавлевская» finds the school page first', async () => {
    const page = await openPage();
    const said = await search(page, 'журавлевская');
    expect(said).toMatch(/^Найден[о]? \d+ результат(а|ов)? по запросу «журавлевская»$/);
    const urls = await resultUrls(page);
    expect(urls[0]).toBe('/schools/zhuravlevskaya-sosh/');
    await expect(page.locator('.search-result').first().locator('.search-result__kind').textContent()).resolves.toBe('Школа');
    await page.close();
  });

  it('«школам» finds roadmap items through Russian stemming, with readable excerpts', async () => {
    const page = await openPage();
    const said = await search(page, 'школам');
    await showAll(page);
    const urls = await resultUrls(page);
    expect(said).toContain(`Найдено ${urls.length} результат`);
    const items = urls.filter((u) => /^\/roadmap\/dorozhnaya-karta-2021\/#item-\d+$/.test(u));
    expect(items.length).toBeGreaterThanOrEqual(5);
    // Other forms of the word are found and marked: stemming, not substring matching.
    const marked = await page.$$eval('.search-result mark', (ms) => ms.map((m) => m.textContent?.toLowerCase() ?? ''));
    expect(marked.some((w) => w.startsWith('школ') && w !== 'школам')).toBe(true);
    // Excerpts keep words apart (no «реализацииРезультат» from table cells or terms).
    const excerpts = await page.$$eval('.search-result__excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
    for (const text of excerpts) expect(text).not.toMatch(/[а-яё][А-ЯЁ]/);
    await page.close();
  });

  it('a filter by school narrows the results and is kept in the URL', async () => {
    const page = await openPage();
    const before = await search(page, 'консультация');
    const all = await resultUrls(page);
    expect(all.some((u) => u.includes('nikolskaya-sh'))).toBe(true);
    await page.selectOption('#filter-school', 'Журавлевская СОШ');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('school') === 'Журавлевская СОШ');
    const after = await settled(page);
    expect(after).toMatch(/с выбранными фильтрами$/);
    const narrowed = await resultUrls(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.some((u) => u.includes('nikolskaya-sh') || u.includes('solokhinskaya-sosh'))).toBe(false);
    expect(before).not.toBe(after);
    // The filtered URL opens with the same choice.
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#filter-school')).toBe('Журавлевская СОШ');
    expect(await resultUrls(page)).toEqual(narrowed);
    await page.close();
  });

  it('a type filter (checkbox) keeps only roadmap items, and counts are shown per value', async () => {
    const page = await openPage();
    await search(page, 'школам');
    const label = page.locator('label[for="filter-type-roadmap-item"]');
    expect(await label.textContent()).toMatch(/^Мероприятия дорожной карты \(\d+\)$/);
    await page.check('#filter-type-roadmap-item');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('type') === 'roadmap-item');
    // The status line keeps the previous count while the filtered search runs, and the list is
    // emptied and refilled: wait for the filtered list itself.
    const onlyItems = (urls: string[]) => urls.length > 0 && urls.every((u) => /#item-\d+$/.test(u));
    await expect.poll(() => resultUrls(page), { timeout: 30_000 }).toSatisfy(onlyItems);
    await page.close();
  });

  it('a roadmap hit opens the item at its anchor', async () => {
    const page = await openPage();
    await search(page, 'кураторами');
    const link = page.locator('.search-result__link[href*="#item-"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/roadmap\/dorozhnaya-karta-2021\/#item-\d+$/);
    await link.click();
    await page.waitForURL((u) => u.pathname === '/roadmap/dorozhnaya-karta-2021/' && u.hash === href.slice(href.indexOf('#')));
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      const box = el?.getBoundingClientRect();
      return el ? { id: el.id, inView: box!.top >= 0 && box!.top < window.innerHeight, text: el.textContent ?? '' } : null;
    });
    expect(target?.id).toBe(href.slice(href.indexOf('#') + 1));
    expect(target?.inView).toBe(true);
    expect(target?.text).toMatch(/кураторами/);
    await page.close();
  });

  it('a report is found by what the school wrote, not by the words of the items it reports on (those find the item)', async () => {
    const page = await openPage();
    // Item 8's activity («Распространение эффективных практик … демонстрировавших …») is in the October report of
    // Журавлевская СОШ as its row's first cell: the word finds the item, and no report repeats it.
    await search(page, 'демонстрировавших');
    await showAll(page);
    const byItem = await resultUrls(page);
    expect(byItem).toContain('/roadmap/dorozhnaya-karta-2021/#item-8');
    expect(byItem.filter((u) => u.startsWith('/reports/'))).toEqual([]);
    // The school's own words in that row («Подготовлено выступление о практике наставничества…») find the report.
    await search(page, 'наставничества');
    await showAll(page);
    expect(await resultUrls(page)).toContain('/reports/zhuravlevskaya-sosh/2021-10/');
    await page.close();
  });

  it('a hit inside a document leads to the clause', async () => {
    const page = await openPage();
    await search(page, 'ежемесячно до 28 числа');
    const sub = page.locator('.search-result__sub-link[href="/documents/prikaz-147/#p-2-2"]');
    expect(await sub.count()).toBe(1);
    expect(await sub.textContent()).toBe('Пункт 2.2');
    await sub.click();
    await page.waitForURL((u) => u.hash === '#p-2-2');
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toMatch(/^2\.2\. ежемесячно в срок до 28 числа/);
    await page.close();
  });

  it('says so when nothing is found, and the controls are labelled', async () => {
    const page = await openPage();
    expect(await search(page, 'ццццц')).toMatch(/^Ничего не найдено/);
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(await status(page).getAttribute('role')).toBe('status');
    for (const name of ['Что найти', 'Школа', 'Раздел дорожной карты', 'Месяц']) {
      expect(await page.getByLabel(name, { exact: true }).count()).toBe(1);
    }
    await page.close();
  });

  it('a word that is nowhere on the site finds nothing, not the pages of a shorter word Pagefind cut it down to', async () => {
    const page = await openPage();
    // Pagefind alone answers «педсовет» with the pairs page (its «п/п»), «совещание» with five pages of «со».
    for (const q of ['педсовет', 'совещание', 'журавлевская педсовет', '5.27']) {
      expect(await search(page, q), q).toMatch(/^Ничего не найдено/);
      expect(await page.locator('.search-result').count(), q).toBe(0);
    }
    await page.close();
  });

  it('every word of the roadmap\'s items and sections, as written, finds results', { timeout: 120_000 }, async () => {
    const roadmap = parse(readFileSync('src/content/roadmaps/dorozhnaya-karta-2021.yaml', 'utf8')) as { sections: Array<{ title: string; items: Array<{ activity: string }> }> };
    const text = roadmap.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.activity)]).join(' ');
    const words = [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && /\p{L}/u.test(w)))];
    expect(words.length).toBeGreaterThan(100);
    const page = await openPage();
    const missed: string[] = [];
    // Every fourth word keeps the test short; the words are in the order of the roadmap.
    for (const word of words.filter((_, i) => i % 4 === 0)) {
      if (!/^Найден/.test(await search(page, word))) missed.push(word);
    }
    expect(missed).toEqual([]);
    // A section's title finds its items.
    await search(page, 'кадрового потенциала');
    expect((await resultUrls(page)).some((u) => /^\/roadmap\/dorozhnaya-karta-2021\/#item-\d+$/.test(u))).toBe(true);
    await page.close();
  });

  it('results and filters pass axe (WCAG 2.2 AA) and fit 320 px without horizontal scroll', async () => {
    const page = await openPage();
    await search(page, 'консультация');
    await page.selectOption('#filter-school', 'Журавлевская СОШ');
    await settled(page);
    const violations = await runAxe(page, { page: '/search/?q=консультация', mode: 'результаты и фильтры' });
    expect(violations, formatAxeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  });

  it('moves focus to the first new result when more are shown', async () => {
    const page = await openPage();
    await search(page, 'школам');
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toMatch(/^Показать ещё \(показано 10 из \d+\)$/);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10]);
    expect(focused).toBe(true);
    await page.close();
  });

  it('loads under the site CSP with no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  let nojs: BrowserContext;
  beforeAll(async () => {
    nojs = await site.browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(() => nojs?.close());

  it('the header form submits to /search/?q=… and the page explains and links the lists', async () => {
    const page = await nojs.newPage();
    await page.goto(`${site.base}/`);
    await page.fill('#site-search', 'школам');
    await Promise.all([page.waitForURL(/\/search\//), page.press('#site-search', 'Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('школам');
    const body = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(body).toContain('Поиск работает в браузере с включённым JavaScript');
    const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/documents/', '/roadmap/', '/schools/', '/reports/']));
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
    await page.close();
  });
});
