/**
 * Accessibility gates over the pages of the built site (found by walking dist/, so new page types
 * are covered as soon as they are built). In the normal version and in the version for the
 * visually impaired: axe-core (WCAG 2.0–2.2 A/AA) with zero violations, and no horizontal page
 * scroll at 320 px (WCAG 1.4.10 reflow; equals 1280 px at 400 % zoom, so 200 % zoom is covered
 * too). Which pages each mode checks is its `pages` in test/quality/modes.ts: the normal version
 * every page type, a sample of each template's instances and every page with parts the others
 * lack (`gatePages`); the settings of the version for the visually impaired one page of each type.
 * Each page loads once for all the settings that check it: checked in the first, then switched in
 * the same tab to the next through the settings panel, as a visitor does (`switchMode`).
 * `npm run test:full` checks every page (`fullSweep`). /admin/ is skipped: see SKIPPED_FOLDERS in
 * test/quality/site.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatAxeViolations, runAxe, type AxeViolation } from '../quality/axe';
import { pagesInModes, VIEW_MODES, type PageInModes, type ViewMode } from '../quality/modes';
import { FULL_SWEEP, gatePages, listPages, pagesByType, pageType, pageUrl } from '../quality/site';
import { servedSite } from '../helpers/browser';
import { distDir } from '../helpers/dist';
import { contextInMode, inTabs, modeMismatch, overflowingElements, switchMode } from '../helpers/quality';

const site = servedSite();
const allPages = listPages(distDir());
/** Every page type, a sample of its instances and the pages that differ; every page in a full sweep. */
const pages = gatePages(distDir(), allPages);
/** One page of each type (the first in path order). */
const typePages = [...pagesByType(allPages).values()].map((list) => list[0]!);
const pagesOf = (mode: ViewMode) => (FULL_SWEEP ? (mode.fullSweep === 'all' ? allPages : typePages) : mode.pages === 'sample' ? pages : typePages);
/** Pages are checked in batches: one test per batch keeps each under the time limit on a large site and names where it failed. */
const BATCH = 20;
const batches = (list: string[]) => Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) => list.slice(i * BATCH, (i + 1) * BATCH));
const label = (batch: string[]) => `${pageUrl(batch[0]!)} … ${pageUrl(batch.at(-1)!)} (${batch.length})`;
const NORMAL = VIEW_MODES.filter((m) => !m.a11y);
/** The settings of the version for the visually impaired: each page once, switched from one setting to the next. */
const SETTINGS = VIEW_MODES.filter((m) => m.a11y);
const settingsPages = pagesInModes(SETTINGS, pagesOf);
const TIMEOUT = 600_000;

describe('page coverage', () => {
  const types = [...pagesByType(allPages).keys()];
  // The branded 404 page (nginx `error_page 404 /404.html`) passes the same gates as every page.
  it.each(['/', '/documents/', '/documents/[id]/', '/accessibility/', '/404.html'])('the built site has pages of type %s, and the gates check them', (type) => {
    expect(types).toContain(type);
  });
  it.each(VIEW_MODES.map((m) => [m.name, m] as const))('every page type is checked in the mode «%s» (outside the skipped folders)', (_name, mode) => {
    expect(new Set(pagesOf(mode).map(pageType))).toEqual(new Set(types));
    expect(pagesOf(mode).some((p) => p.startsWith('admin/'))).toBe(false);
  });
  it.each(SETTINGS.map((m) => [m.name, m] as const))('the one-load sweep of the settings checks in «%s» exactly its pages', (_name, mode) => {
    expect(settingsPages.filter((p) => p.modes.includes(mode)).map((p) => p.file)).toEqual(pagesOf(mode));
  });
});

/** What the checks of one mode found. */
interface Found {
  axe: AxeViolation[];
  applied: string[];
  wide: string[];
}
const nothing = (): Found => ({ axe: [], applied: [], wide: [] });

/**
 * Checks a loaded page in `mode` at 1280 px with axe, then the same page narrowed to 320 px, as
 * zooming a desktop browser to 400 % does (the page is not reloaded, so a script that only looks
 * at the width when the page loads — the search filters, folded on a phone — keeps its wide state).
 */
async function check(page: Page, file: string, mode: ViewMode, found: Found): Promise<void> {
  const where = mode.a11y ? `${pageUrl(file)} [${mode.name}]` : pageUrl(file);
  // The mode really is on (not a silent pass in the normal version).
  const off = await modeMismatch(page, mode);
  if (off) found.applied.push(`${where}: ${off}`);
  found.axe.push(...(await runAxe(page, { page: pageUrl(file), mode: mode.name })));
  await page.setViewportSize({ width: 320, height: 640 });
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  if (scroll! > client!) found.wide.push(`${where}: ширина ${scroll} > ${client}: ${(await page.evaluate(overflowingElements)).join('; ')}`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

function expectNothing(found: Found, mode: string): void {
  expect.soft(found.applied, mode).toEqual([]);
  expect.soft(found.axe, `${mode}:\n${formatAxeViolations(found.axe)}`).toEqual([]);
  expect.soft(found.wide, `${mode}: горизонтальная прокрутка при ширине 320 px`).toEqual([]);
}

describe.each(NORMAL.map((m) => [m.name, m] as const))('%s', (_name, mode) => {
  const checked = batches(pagesOf(mode)).map((b) => [label(b), b] as const);
  // One load per page for axe and 320 px (`check`). Three tabs per batch, each going on to its next page (`inTabs`).
  it.each(checked)('axe-core: no WCAG 2.2 A/AA violations; 320 px wide: no horizontal page scroll; pages %s', async (_label, batch) => {
    const context = await contextInMode(site.browser, mode, { viewport: { width: 1280, height: 900 } });
    const found = nothing();
    await inTabs(context, batch, 3, async (page, file) => {
      await page.goto(site.base + pageUrl(file), { waitUntil: 'load' });
      await check(page, file, mode, found);
    });
    await context.close();
    expectNothing(found, mode.name);
  }, TIMEOUT);
});

describe(`для слабовидящих: ${SETTINGS.length} настройки, каждая страница загружается один раз`, () => {
  const checked = Array.from({ length: Math.ceil(settingsPages.length / BATCH) }, (_, i) => settingsPages.slice(i * BATCH, (i + 1) * BATCH)).map(
    (b) => [label(b.map((p) => p.file)), b] as const,
  );
  // A page loads in the first setting that checks it (stored before the page's scripts run) and is
  // switched to each next one in the same tab. A switch stores the choice, which other tabs of a
  // context follow, so each tab has a context of its own. Failures are kept per setting.
  it.each(checked)('axe-core: no WCAG 2.2 A/AA violations; 320 px wide: no horizontal page scroll; in each setting; pages %s', async (_label, batch) => {
    const found = new Map(SETTINGS.map((m) => [m, nothing()]));
    const byFirst = new Map<ViewMode, PageInModes[]>();
    for (const p of batch) byFirst.set(p.modes[0]!, [...(byFirst.get(p.modes[0]!) ?? []), p]);
    for (const [first, list] of byFirst) {
      const open = async () => (await contextInMode(site.browser, first, { viewport: { width: 1280, height: 900 } })).newPage();
      await inTabs(open, list, 3, async (page, { file, modes }) => {
        await page.goto(site.base + pageUrl(file), { waitUntil: 'load' });
        for (const [i, mode] of modes.entries()) {
          if (i > 0) await switchMode(page, mode);
          await check(page, file, mode, found.get(mode)!);
        }
      });
    }
    for (const [mode, f] of found) expectNothing(f, mode.name);
  }, TIMEOUT);
});
