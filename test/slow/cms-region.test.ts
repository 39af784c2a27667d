/**
 * Decap CMS at the size of a region (`npm run region`'s generator: 400 schools, ~2,900 reports)
 * in real Chromium against the real decap-server on a copy of the project. A methodist finds a
 * school's reports by typing its name into Decap's search box, and opens one pair of the pairing
 * list from the list of pairs; the times are printed. The target is 3 s for each (TARGET_MS).
 * Measured 2026-12-01 on the shared 2-core machine: search 4.2 s and 2.9 s (load average ~14 and
 * ~7). The pairing list was one 267-row form (17.5 s and 10.6 s to open); it is now one file per
 * pair, and opening a pair from the list is asserted against the target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegion, writeRegion } from '../../scripts/lib/region';
import { startCmsSite, type CmsSite } from '../helpers/cms';

/** What a methodist should wait at most (asserted for a pair's editor; search is printed). */
const TARGET_MS = 3_000;
let site: CmsSite;
let summary: ReturnType<typeof writeRegion>;
let page: Page;

beforeAll(async () => {
  site = await startCmsSite({
    mode: 'git',
    prepare: (dir) => {
      summary = writeRegion(join(dir, 'src/content'), generateRegion({ schools: 400 }));
    },
  });
  page = await site.open('#/collections/reports');
  // The list is open once its first entries are drawn.
  await page.locator('a[href*="/collections/reports/entries/"]').first().waitFor({ timeout: 300_000 });
});

afterAll(async () => {
  await site?.stop();
});

/** Milliseconds from `start` until `done` resolves. */
async function timed(start: () => Promise<unknown>, done: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await start();
  await done();
  return Math.round(performance.now() - t);
}

describe('the CMS with a region’s entries', { timeout: 900_000 }, () => {
  it('is the size the issue asks for', () => {
    expect(summary.schools).toBeGreaterThanOrEqual(400);
    expect(summary.reports).toBeGreaterThanOrEqual(2_900);
  });

  it('finds all of a school’s reports by typing its name, and prints the time', async () => {
    const reports = join(site.dir, 'src/content/reports');
    // A school with several reports, named as coordinators know it.
    const id = readdirSync(reports).sort()[Math.floor(readdirSync(reports).length / 2)]!;
    const count = readdirSync(join(reports, id)).length;
    const { shortName } = parse(readFileSync(join(site.dir, 'src/content/schools', `${id}.yaml`), 'utf8')) as { shortName: string };
    const search = page.locator('[class*="SearchContainer"] input');
    await search.fill(shortName);
    const hits = page.locator(`a[href*="/collections/reports/entries/${id}/"]`);
    const ms = await timed(
      () => search.press('Enter'),
      () => expect.poll(() => hits.count(), { timeout: 120_000, interval: 50 }).toBe(count),
    );
    console.log(`Поиск отчётов школы «${shortName}» (${count}) по названию: ${ms} мс (цель — не больше ${TARGET_MS} мс)`);
    await page.screenshot({ path: join('test-results', 'cms-region-search-1280.png') });
  });

  it('opens the list of pairs and one pair’s editor from it, and prints both times', async () => {
    // The pairing list is one file per pair (pairs/<list>/<school>.yaml); take a pair from the middle of the list.
    const list = readdirSync(join(site.dir, 'src/content/pairs'))[0]!;
    const files = readdirSync(join(site.dir, 'src/content/pairs', list)).sort();
    expect(files.length).toBeGreaterThanOrEqual(250);
    const school = files[Math.floor(files.length / 2)]!.replace(/\.yaml$/, '');
    const { coordinator } = parse(readFileSync(join(site.dir, 'src/content/pairs', list, `${school}.yaml`), 'utf8')) as { coordinator: { name: string } };
    const entry = page.locator(`a[href$="/collections/pairs/entries/${list}/${school}"]`);
    const listMs = await timed(
      () => page.goto(`${site.base}/admin/#/collections/pairs`),
      () => entry.waitFor({ state: 'attached', timeout: 300_000 }),
    );
    console.log(`Открытие списка пар (${files.length}): ${listMs} мс`);
    const name = page.getByLabel('Ф.И.О.', { exact: true }).first();
    const ms = await timed(
      () => entry.click(),
      () => expect.poll(() => name.inputValue().catch(() => ''), { timeout: 120_000, interval: 50 }).toBe(coordinator.name),
    );
    console.log(`Открытие пары ${list}/${school} из списка: ${ms} мс (цель — не больше ${TARGET_MS} мс)`);
    // The two school pickers show names once Decap has read the schools for them.
    const { shortName } = parse(readFileSync(join(site.dir, 'src/content/schools', `${school}.yaml`), 'utf8')) as { shortName: string };
    const pickers = await timed(
      async () => {},
      () => page.getByText(shortName, { exact: true }).first().waitFor({ timeout: 120_000 }),
    );
    console.log(`…и выбор школы показывает «${shortName}»: ещё ${pickers} мс`);
    await page.screenshot({ path: join('test-results', 'cms-region-pair-1280.png') });
    expect(ms).toBeLessThanOrEqual(TARGET_MS);
  });
});
