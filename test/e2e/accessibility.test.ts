/**
 * Accessibility gates over the pages of the built site (found by walking dist/, so new page types
 * are covered as soon as they are built). In the normal version and in the version for the
 * visually impaired: axe-core (WCAG 2.0–2.2 A/AA) with zero violations, and no horizontal page
 * scroll at 320 px (WCAG 1.4.10 reflow; equals 1280 px at 400 % zoom, so 200 % zoom is covered
 * too). Which pages each mode checks is its `pages` in test/quality/modes.ts: the normal version
 * every page type, a sample of each template's instances and every page with parts the others
 * lack (`gatePages`); the settings of the version for the visually impaired one page of each type.
 * `npm run test:full` checks every page (`fullSweep`). /admin/ is skipped: see SKIPPED_FOLDERS in
 * test/quality/site.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatAxeViolations, runAxe, type AxeViolation } from '../quality/axe';
import { VIEW_MODES, type ViewMode } from '../quality/modes';
import { FULL_SWEEP, gatePages, listPages, pagesByType, pageType, pageUrl } from '../quality/site';
import { servedSite } from '../helpers/browser';
import { distDir } from '../helpers/dist';
import { contextInMode, inTabs, overflowingElements } from '../helpers/quality';

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
});

describe.each(VIEW_MODES.map((m) => [m.name, m] as const))('%s', (_name, mode) => {
  const checked = batches(pagesOf(mode)).map((b) => [label(b), b] as const);
  // One load per page: axe at 1280 px, then the same page narrowed to 320 px, as zooming a
  // desktop browser to 400 % does (the page is not reloaded, so a script that only looks at the
  // width when the page loads — the search filters, folded on a phone — keeps its wide state).
  // Three tabs per batch, each going on to its next page (`inTabs`), back at 1280 px first.
  it.each(checked)('axe-core: no WCAG 2.2 A/AA violations; 320 px wide: no horizontal page scroll; pages %s', async (_label, batch) => {
    const context = await contextInMode(site.browser, mode, { viewport: { width: 1280, height: 900 } });
    const found: AxeViolation[] = [];
    const applied: string[] = [];
    const wide: string[] = [];
    await inTabs(context, batch, 3, async (page, file) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(site.base + pageUrl(file), { waitUntil: 'load' });
      if (mode.a11y) {
        // The mode really is on (not a silent pass in the normal version).
        const on = await page.evaluate(() => document.documentElement.dataset.a11yScheme ?? '');
        if (on !== mode.a11y.scheme) applied.push(`${pageUrl(file)}: режим не включился`);
      }
      found.push(...(await runAxe(page, { page: pageUrl(file), mode: mode.name })));
      await page.setViewportSize({ width: 320, height: 640 });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll! > client!) wide.push(`${pageUrl(file)}: ширина ${scroll} > ${client}: ${(await page.evaluate(overflowingElements)).join('; ')}`);
    });
    await context.close();
    expect.soft(applied).toEqual([]);
    expect.soft(found, formatAxeViolations(found)).toEqual([]);
    expect.soft(wide, 'горизонтальная прокрутка при ширине 320 px').toEqual([]);
  }, TIMEOUT);
});
