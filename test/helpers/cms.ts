/**
 * Decap CMS in tests: a throw-away git copy of the project, built with /admin/ pointing at a real
 * decap-server on a free port, served on another free port, and real Chromium. Every test file
 * that drives the CMS starts one of these (other helpers run theirs at the same time: no fixed ports).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site';
import { startCmsServer, type CmsServer } from '../../scripts/lib/decap-server';
import { serveStatic } from '../../scripts/lib/serve';
import { launchWithProfile } from './browser';
import { freePort } from './ports';
import { copyProject } from './temp-project';

export { freePort };

export interface CmsSite {
  /** The project copy decap-server writes into. */
  dir: string;
  /** The built site's directory. */
  dist: string;
  base: string;
  /** Chromium with its own profile in the work folder (see `open`). */
  browser: BrowserContext;
  git(...args: string[]): string;
  /** Builds the copy again into `outDir` (with the same decap-server port). */
  build(outDir: string): Promise<void>;
  /**
   * Opens /admin/ at `hash` in a new tab and enters with the local backend («Войти»: no password).
   * Each tab starts with the site's storage, cookies and Decap's draft backups cleared, as a new
   * browser would; only the HTTP cache and the code Chromium compiled from it stay, so Decap's
   * 5 MB bundle is not compiled again for every tab (a load took 2 s instead of 7–9 s).
   */
  open(hash: string, viewport?: { width: number; height: number }): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * Starts the whole CMS stack. `prepare` may change the copy before it is built and committed
 * (e.g. generate a region's worth of content).
 */
export async function startCmsSite(options: { mode?: 'fs' | 'git'; prepare?: (dir: string) => void } = {}): Promise<CmsSite> {
  const work = mkdtempSync(join(tmpdir(), 'setka-cms-'));
  const project = copyProject({ git: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project.dir, encoding: 'utf8' });
  if (options.prepare) {
    options.prepare(project.dir);
    git('add', '-A');
    git('commit', '-q', '-m', 'Подготовка копии для теста');
  }
  const port = await freePort();
  const build = async (outDir: string) => {
    const ok = await buildSite({ root: project.dir, outDir, warnings: false, env: { SETKA_DECAP_PORT: String(port), SETKA_CACHE_DIR: join(work, 'cache') } });
    if (!ok) throw new Error(`Копия проекта не собралась (${project.dir})`);
  };
  const dist = join(work, 'dist');
  await build(dist);
  const { server, url: base }: { server: Server; url: string } = await serveStatic(dist, 0);
  const decap: CmsServer = await startCmsServer({ root: project.dir, port, siteOrigin: base, mode: options.mode ?? 'git', log: false });
  const browser = await launchWithProfile(join(work, 'chromium'));
  return {
    dir: project.dir,
    dist,
    base,
    browser,
    git,
    build,
    async open(hash, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      await browser.clearCookies();
      const cdp = await browser.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: base, storageTypes: 'local_storage,indexeddb,websql,file_systems,service_workers,cache_storage' });
      await cdp.detach();
      // Decap's 5 MB bundle takes long to start on a busy 2-core machine.
      page.setDefaultTimeout(90_000);
      page.setDefaultNavigationTimeout(120_000);
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${base}/admin/${hash}`, { timeout: 180_000 });
      await page.getByRole('button', { name: 'Войти', exact: true }).click();
      return page;
    },
    async stop() {
      await browser.close();
      server.close();
      await decap.stop();
      project.remove();
      if (existsSync(work)) rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Picks `option` in the drop-down list (select or relation widget) labelled `label`. */
export async function choose(page: Page, label: string, option: string | RegExp, index = 0): Promise<void> {
  await page.getByLabel(label, { exact: true }).nth(index).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).first().click();
}

/** Item numbers the printed blank lists for a school and month (the built site's own page). */
export function blankItems(dist: string, school: string, month: string): string[] {
  // One page per school: one <article id="blank-yyyy-mm"> per month, in order, and one table whose rows carry
  // the class `m<k>` of each month k whose blank lists them (the months' stylesheet shows them).
  const html = readFileSync(join(dist, 'forms/report', school, 'index.html'), 'utf8');
  const months = [...html.matchAll(/<article class="blank[^"]*" id="blank-([\d-]+)"/g)].map((m) => m[1]!);
  const k = months.indexOf(month);
  if (k < 0) throw new Error(`Нет бланка за ${month} на странице forms/report/${school}/`);
  const table = html.slice(html.indexOf('<table class="blank-table"'), html.indexOf('</table>', html.indexOf('<table class="blank-table"')));
  const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr class="([^"]*)">\s*<td[^>]*>([\d.]+)<\/td>/g)].filter((m) => m[1]!.split(' ').includes(`m${k}`)).map((m) => m[2]!);
}

/** Item numbers of the report rows now in the form (the select widgets show «16 — …»). */
export async function formItems(page: Page): Promise<string[]> {
  const values = await page.locator('[data-setka-prefill] ~ div').getByText(/^\d+(\.\d+)* — /).allTextContents();
  return values.map((v) => v.split(' — ')[0]!);
}

/** Opens a new report, chooses school and month, and waits for the rows to fill themselves. */
export async function newReport(site: CmsSite, school: string, month: string): Promise<Page> {
  const page = await site.open('#/collections/reports/new');
  await page.getByLabel('Школа', { exact: true }).waitFor();
  await choose(page, 'Школа', school);
  await choose(page, 'Отчётный месяц', month);
  await page.locator('[data-setka-prefill]').waitFor();
  return page;
}
