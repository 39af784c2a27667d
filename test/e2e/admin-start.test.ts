/**
 * /admin/ starts Decap only with Setka's additions (src/client/cms/main.ts: Setka's file formats,
 * previews, the save checks). Decap without them cannot read Setka's files («No formatter
 * available with name: setka-yaml»), so when the additions' script fails to load the page
 * reloads once and, failing again, says so in Russian instead of starting a broken editor
 * (src/pages/admin/manual-init.js.ts). Real Chromium on the built demo site; the failure is a
 * request for the additions' script that the browser aborts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ru';
import { servedSite } from '../helpers/browser';
import { readDist } from '../helpers/dist';

const site = servedSite();

/** The additions' module script, as the built /admin/ page names it. */
function additionsScript(): string {
  const src = /<script type="module" src="([^"]+)"/.exec(readDist('admin/index.html'))?.[1];
  if (!src) throw new Error('в admin/index.html нет скрипта дополнений (script type="module")');
  return src;
}

/** Opens /admin/ with the additions' script failing `failures` times; counts loads of the page and script errors. */
async function openAdmin(failures: number): Promise<{ page: Page; loads: () => number; errors: string[] }> {
  const page = await site.browser.newPage({ locale: 'ru-RU' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let loads = 0;
  page.on('load', () => loads++);
  let left = failures;
  const script = additionsScript();
  await page.route(`**${script}`, (route) => (left-- > 0 ? route.abort('failed') : route.continue()));
  await page.goto(`${site.base}/admin/`);
  return { page, loads: () => loads, errors };
}

const state = (page: Page) => page.evaluate(() => document.documentElement.dataset.setkaCms ?? '');

describe('/admin/ starts Decap only with Setka’s additions', () => {
  it.each([
    ['when their script loads', 0, 1],
    ['after one reload when their script fails to load once', 1, 2],
  ])('starts the editor with them %s', async (_when, failures, expectedLoads) => {
    const { page, loads, errors } = await openAdmin(failures);
    await expect.poll(() => state(page), { timeout: 60_000 }).toBe('ready');
    expect(loads()).toBe(expectedLoads);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors.filter((e) => /formatter/i.test(e))).toEqual([]);
    await page.close();
  });

  it('says so in Russian and leaves Decap unstarted when their script never loads', async () => {
    const { page, loads, errors } = await openAdmin(Infinity);
    await expect(page.getByRole('alert').textContent({ timeout: 60_000 })).resolves.toBe(t('cms.additionsFailed'));
    // One reload, not a loop.
    await page.waitForTimeout(1_500);
    expect(loads()).toBe(2);
    expect(await state(page)).toBe('');
    // Decap draws into #nc-root when it starts; it did not, so it never tried to read a file without Setka's formats.
    expect(await page.locator('#nc-root').count()).toBe(0);
    expect(errors.filter((e) => /formatter/i.test(e))).toEqual([]);
    await page.close();
  });
});
