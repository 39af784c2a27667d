/**
 * The site works under its Content-Security-Policy: no page reports a violation when it loads,
 * and the features that need JavaScript (clause link copy, the version for the visually
 * impaired, search with Pagefind's WebAssembly) run without one.
 */
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatePages, pageUrl } from '../quality/site';
import { servedSite } from '../helpers/browser';
import { distDir } from '../helpers/dist';
import { inTabs } from '../helpers/quality';

const site = servedSite();
let context: BrowserContext;

type Watched = Page & { problems: () => Promise<string[]> };

/** Opens a page that records CSP violations (DOM events and console reports) and page errors. */
async function watchedPage(): Promise<Watched> {
  const page = (await context.newPage()) as Watched;
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) console.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.push(`ошибка скрипта: ${e.message}`));
  page.problems = async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations ?? []))];
  return page;
}

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
});

afterAll(async () => {
  await context?.close();
});

it('no page reports a CSP violation or a script error while loading', async () => {
  const found: string[] = [];
  // Three tabs, each going on to its next page; what a page reports is collected while it is the tab's page.
  await inTabs(context, gatePages(distDir()), 3, async (page, file) => {
    const problems: string[] = [];
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    };
    const onError = (e: Error) => problems.push(`ошибка скрипта: ${e.message}`);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    await page.goto(site.base + pageUrl(file), { waitUntil: 'load' });
    problems.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations ?? [])));
    page.off('console', onConsole);
    page.off('pageerror', onError);
    for (const p of problems) found.push(`${pageUrl(file)}: ${p}`);
  });
  expect(found).toEqual([]);
});

describe('features that need JavaScript work under the policy', () => {
  it('a document clause link copies the clause address', async () => {
    const page = await watchedPage();
    await page.goto(site.base + '/documents/prikaz-147/');
    const link = page.locator('a.clause-link').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect.poll(() => page.textContent('#clause-copy-status')).toContain('скопирована');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/documents/prikaz-147/${href}`);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('the version for the visually impaired switches on and off', async () => {
    const page = await watchedPage();
    await page.goto(site.base + '/');
    await page.click('[data-a11y-toggle]');
    expect(await page.evaluate(() => document.documentElement.dataset.a11y)).toBe('on');
    await page.click('[data-a11y-toggle]');
    expect(await page.evaluate(() => document.documentElement.dataset.a11y)).toBeUndefined();
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('search loads Pagefind (JavaScript and WebAssembly) and shows results', async (ctx) => {
    const page = await watchedPage();
    const wasm: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/pagefind/') && /wasm/.test(r.url())) wasm.push(r.url());
    });
    const response = await page.goto(site.base + '/search/?q=' + encodeURIComponent('школа'));
    if (response?.status() === 404) ctx.skip();
    await expect.poll(() => page.locator('[data-search-list] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(wasm.length).toBeGreaterThan(0);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });
});
