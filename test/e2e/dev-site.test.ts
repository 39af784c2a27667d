/**
 * `npm run dev` itself (scripts/dev.ts: the Astro dev server and the local CMS server) on a copy of
 * the project, on free ports.
 *
 * The dev site never hides bad content silently: with valid content no page carries the error block; after a
 * report is broken (a not-done row without a reason) the school's page and the report's own
 * address show, on the next reload and without a restart, the check's Russian line naming the
 * file and the field. The production build of the same content still stops with that line.
 *
 * No data loss while editing (real Decap against the local CMS server, Chromium): a save in one
 * tab makes the dev server reload the site's pages (a third tab on a site page is seen reloading),
 * but the editor in another tab keeps its unsaved text and is not reloaded.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { copyProject } from '../helpers/temp-project';
import { freePort } from '../helpers/ports';
import { launchBrowser } from '../helpers/browser';

const REPORT = 'src/content/reports/zhuravlevskaya-sosh/2021-09.yaml';
const TITLE = 'Записи не показаны на сайте';
const project = copyProject();
let dev: ChildProcess | undefined;
let base = '';
let output = '';

async function page(path: string): Promise<string> {
  const res = await fetch(base + path, { signal: AbortSignal.timeout(120_000) });
  return res.text();
}

beforeAll(async () => {
  const [port, cmsPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  // One process (tsx as a loader, not its launcher), so stopping it stops the dev server with it.
  dev = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'scripts/dev.ts'), '--port', String(port), '--cms-port', String(cmsPort)], {
    cwd: project.dir,
    // As from a terminal: without the test runner's variables (VITEST, NODE_ENV=test), which change how Vite serves.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d) => (output += String(d)));
  dev.stderr!.on('data', (d) => (output += String(d)));
  for (const until = Date.now() + 240_000; !(await fetch(`${base}/`, { signal: AbortSignal.timeout(60_000) }).then((r) => r.ok, () => false)); ) {
    if (Date.now() > until || dev.exitCode !== null) throw new Error(`npm run dev не запустился:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 300_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  project.remove();
}, 60_000);

describe('npm run dev: unsaved text in one tab survives a save in another', { timeout: 300_000 }, () => {
  let browser: Browser | undefined;
  afterAll(async () => browser?.close());

  async function admin(hash: string): Promise<Page> {
    const tab = await browser!.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    tab.setDefaultTimeout(120_000);
    tab.on('dialog', (d) => void d.accept());
    await tab.goto(`${base}/admin/${hash}`, { timeout: 180_000 });
    await tab.getByRole('button', { name: 'Войти', exact: true }).click();
    return tab;
  }
  /** Marks a tab's window: a reload drops the mark. */
  const mark = (tab: Page) => tab.evaluate(() => ((window as unknown as { setkaMark: number }).setkaMark = 1));
  const marked = (tab: Page) => tab.evaluate(() => (window as unknown as { setkaMark?: number }).setkaMark === 1).catch(() => false);

  it('keeps the other editor tab as it was while the site\'s pages reload', async () => {
    browser = await launchBrowser();
    // Tab A: a new document with a title typed but not saved.
    const a = await admin('#/collections/documents/new');
    const title = a.getByLabel('Заголовок', { exact: true });
    await title.fill('Положение о наставничестве (черновик, не сохранён)');
    await mark(a);
    // Tab C: a page of the site, which should reload after the save.
    const c = await browser.newPage();
    await c.goto(`${base}/schools/`);
    // The dev site is styled like the built one (Vite's <style> elements pass the dev policy).
    await expect.poll(() => c.evaluate(() => getComputedStyle(document.body).fontFamily), { timeout: 30_000 }).toContain('PT Sans');
    await mark(c);
    // Tab B: a school's short name edited and saved.
    const file = join(project.dir, 'src/content/schools/nikolskaya-sh.yaml');
    const before = readFileSync(file, 'utf8');
    const b = await admin('#/collections/schools/entries/nikolskaya-sh');
    const shortName = b.getByLabel('Краткое наименование', { exact: true });
    await expect
      .poll(() => shortName.inputValue().catch(() => ''), { timeout: 120_000, interval: 200 })
      .toBe('Никольская средняя школа')
      .catch(async (e: unknown) => {
        // What the editor showed instead, for the log: its address, its text and the dev server's last lines.
        await b.screenshot({ path: join('test-results', 'dev-entry-not-loaded.png') }).catch(() => undefined);
        const shown = await b.locator('body').innerText().catch(() => '');
        throw new Error(`редактор записи не загрузился: ${b.url()}\n${shown.slice(0, 1500)}\n--- npm run dev:\n${output.slice(-2000)}`, { cause: e });
      });
    await shortName.fill('Никольская СШ');
    // The local file backend has no editorial workflow (Decap switches to simple mode): publishing writes the file.
    await b.getByRole('button', { name: /^Опубликовать/ }).click();
    await b.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 60_000, interval: 250 }).not.toBe(before);
    // The save reached the dev server: the site's page reloads…
    await expect.poll(() => marked(c), { timeout: 60_000, interval: 250 }).toBe(false);
    // …the editor in tab A does not, and the unsaved title is still there.
    await a.waitForTimeout(2_000);
    expect(await marked(a)).toBe(true);
    await expect(title.inputValue()).resolves.toBe('Положение о наставничестве (черновик, не сохранён)');
    await a.screenshot({ path: join('test-results', 'dev-unsaved-tab-1280.png') });
  });
});

describe('npm run dev with an entry that fails its schema', { timeout: 300_000 }, () => {
  it('shows no error block while the content is valid', async () => {
    const html = await page('/schools/zhuravlevskaya-sosh/');
    expect(html).toContain('Журавлевская СОШ');
    expect(html).not.toContain(TITLE);
  });

  it('shows the file, the field and the Russian message where the report would have appeared', async () => {
    const file = join(project.dir, REPORT);
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/( {2}- item: "7"\n {4}result: .*\n {4}status: )done/, '$1not-done');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const school = '/schools/zhuravlevskaya-sosh/';
    await expect.poll(() => page(school), { timeout: 60_000, interval: 500 }).toContain(TITLE);
    const html = await page(school);
    expect(html).toContain('role="alert"');
    expect(html).toMatch(new RegExp(`${REPORT.replace(/[./]/g, '\\$&')}:\\d+: error \\[schema\\.custom\\] поле «Мероприятия › 1 \\(№ 7\\) › Обоснование невыполнения» \\(rows\\.0\\.reason\\): не указано обоснование невыполнения`));
    // The report's own address (gone from the dev site with the entry) says the same.
    await expect(page('/reports/zhuravlevskaya-sosh/2021-09/')).resolves.toContain('поле «Мероприятия › 1 (№ 7) › Обоснование невыполнения» (rows.0.reason)');
    // The home page, which counts reports, too.
    await expect(page('/')).resolves.toContain(REPORT);
  });

  it('the production build of the same content stops with the same Russian line', () => {
    const build = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), join(process.cwd(), 'scripts/build.ts'), '--out', join(project.dir, 'dist-test')], { cwd: project.dir, encoding: 'utf8', timeout: 240_000 });
    expect(build.status, output.slice(-2000)).toBe(1);
    expect(build.stdout + build.stderr).toMatch(/2021-09\.yaml:\d+: error \[schema\.custom\] поле «Мероприятия › 1 \(№ 7\) › Обоснование невыполнения» \(rows\.0\.reason\): не указано обоснование невыполнения/);
  });
});
