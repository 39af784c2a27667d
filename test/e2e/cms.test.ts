/**
 * Decap CMS end to end, in real Chromium against the local CMS server (decap-server's handlers, MODE=git, so the
 * editorial workflow runs: save → «Одобрен» → publish) on a temporary copy of the repository.
 * The copy is built first (its /admin/ points at this test's decap-server port), a coordinator
 * files a monthly report through the form, and the file, `npm run check` and a second build
 * are checked. Screenshots of the collection list and the report form go to test-results/cms/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { startCmsServer, type CmsServer } from '../../scripts/lib/decap-server';
import { serveStatic } from '../../scripts/lib/serve';
import { launchBrowser } from '../helpers/browser';
import { copyProject } from '../helpers/temp-project';

const SHOTS = join(process.cwd(), 'test-results', 'cms');

let project: ReturnType<typeof copyProject>;
let work: string;
let decap: CmsServer;
let server: Server;
let base: string;
let browser: Browser;
let port: number;
/** Requests that left 127.0.0.1 (a CDN, a font service …): there must be none. */
const offsite: string[] = [];
const cspViolations: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function build(outDir: string): void {
  const ok = buildSite({ root: project.dir, outDir, warnings: false, env: { SETKA_DECAP_PORT: String(port), SETKA_CACHE_DIR: join(work, 'cache') } });
  if (!ok) throw new Error(`Копия проекта не собралась (${project.dir})`);
}

function check(): { status: number | null; output: string } {
  const r = spawnSync('npm', ['run', '--silent', 'check', '--', '--root', project.dir, '--quiet'], { cwd: process.cwd(), encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: project.dir, encoding: 'utf8' });
}

async function waitForFile(path: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`Файл не появился: ${path}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Opens /admin/ at `hash` and enters with the local backend («Войти»: no password). */
async function openCms(hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  // Decap's 5 MB bundle takes a minute to parse on a loaded 2-core machine (seen: 70 s at load average 40).
  page.setDefaultTimeout(120_000);
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && !url.startsWith('http://127.0.0.1:')) offsite.push(url);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${base}/admin/${hash}`, { timeout: 180_000 });
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  return page;
}

/** Picks `option` in the drop-down list (select or relation widget) labelled `label`. */
async function choose(page: Page, label: string, option: string, index = 0): Promise<void> {
  await page.getByLabel(label, { exact: true }).nth(index).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface Row {
  item: string;
  result?: string;
  status: string;
  reason?: string;
}

/** Fills the report form: school, month, date, author, rows. */
async function fillReport(page: Page, report: { school: string; month: string; submitted: string; author: [string, string]; rows: Row[] }): Promise<void> {
  await page.getByLabel('Школа', { exact: true }).waitFor();
  await choose(page, 'Школа', report.school);
  await choose(page, 'Отчётный месяц', report.month);
  await page.getByLabel('Дата отправки', { exact: true }).fill(report.submitted);
  await page.getByLabel('Ф.И.О.', { exact: true }).fill(report.author[0]);
  await page.getByLabel('Должность', { exact: true }).fill(report.author[1]);
  for (const [i, row] of report.rows.entries()) {
    // The list opens with one empty row; further rows come from «Добавить мероприятие».
    if (i > 0) await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await choose(page, '№ пункта', row.item, i);
    if (row.result) await page.getByLabel('Результат (необязательный)', { exact: true }).nth(i).fill(row.result);
    await choose(page, 'Выполнение', row.status, i);
    if (row.reason) await page.getByLabel('Обоснование невыполнения (необязательный)', { exact: true }).nth(i).fill(row.reason);
  }
}

/** Editorial workflow: save the draft, mark it «Одобрен», publish now. */
async function saveAndPublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Статус: Черновик').waitFor();
  await page.getByText('Статус: Черновик').click();
  await page.getByRole('menuitem', { name: 'Одобрен' }).click();
  await page.getByText('Статус: Одобрен').waitFor();
  await page.getByRole('button', { name: /^Опубликовать/ }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'setka-cms-'));
  project = copyProject({ git: true });
  port = await freePort();
  build(join(work, 'dist'));
  ({ server, url: base } = await serveStatic(join(work, 'dist'), 0));
  decap = await startCmsServer({ root: project.dir, port, siteOrigin: base, mode: 'git', log: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  await decap?.stop();
  project?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('Decap CMS on a copy of the repository', { timeout: 600_000 }, () => {
  it('files a monthly report through the form; it passes the check and appears on /reports/', async () => {
    const page = await openCms('#/collections/reports');
    // Newest month first, in words (the file says `2021-11 · nikolskaya-sh`).
    await page.getByRole('link', { name: 'Ноябрь 2021 · Никольская средняя школа' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'collection-list-1280.png') });

    await page.getByText('Добавить отчёт', { exact: true }).click();
    await fillReport(page, {
      school: 'Солохинская СОШ',
      month: 'Октябрь 2021',
      submitted: '2021-10-27',
      author: ['Козлова Людмила Александровна', 'директор'],
      rows: [
        { item: '9 — Посещение уроков, внеурочной деятельности', result: 'Посещено 2 урока по графику школы.', status: 'Выполнено' },
        { item: '16 — Посещение уроков кураторами', status: 'Не выполнено', reason: 'Посещение 13.10.2021 отменено из-за карантина; перенесено на ноябрь.' },
      ],
    });
    await page.getByLabel('Школа', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-form-1280.png') });
    await page.getByLabel('Выполнение', { exact: true }).nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-form-rows-1280.png') });
    await saveAndPublish(page);

    const file = join(project.dir, 'src/content/reports/solokhinskaya-sosh/2021-10.yaml');
    await waitForFile(file);
    await page.close();
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      school: 'solokhinskaya-sosh',
      roadmap: 'dorozhnaya-karta-2021',
      month: '2021-10',
      submitted: '2021-10-27',
      author: { name: 'Козлова Людмила Александровна', position: 'директор' },
      rows: [
        { item: '9', result: 'Посещено 2 урока по графику школы.', status: 'done' },
        { item: '16', status: 'not-done', reason: 'Посещение 13.10.2021 отменено из-за карантина; перенесено на ноябрь.' },
      ],
    });
    // Published: committed on main, the draft branch merged away.
    expect(git('log', '-1', '--format=%s', 'main')).toContain('solokhinskaya-sosh/2021-10');
    expect(git('branch', '--list', 'cms/*').trim()).toBe('');

    const result = check();
    expect(result.output).not.toContain('solokhinskaya-sosh/2021-10.yaml');
    expect(result.status, result.output).toBe(0);

    const after = join(work, 'dist-after');
    build(after);
    expect(readFileSync(join(after, 'reports/index.html'), 'utf8')).toContain('href="/reports/solokhinskaya-sosh/2021-10/"');
    const reportPage = readFileSync(join(after, 'reports/solokhinskaya-sosh/2021-10/index.html'), 'utf8');
    expect(reportPage).toContain('Посещение 13.10.2021 отменено из-за карантина; перенесено на ноябрь.');
    expect(reportPage).toContain('Козлова Людмила Александровна');
  }, 300_000);

  it('lets a not-done row through without a reason, and the check rejects it naming the file and field', async () => {
    const page = await openCms('#/collections/reports/new');
    await fillReport(page, {
      school: 'Малиновская ООШ (здание с. Петровка)',
      month: 'Октябрь 2021',
      submitted: '2021-10-28',
      author: ['Иванова Мария Петровна', 'заместитель директора'],
      rows: [{ item: '16 — Посещение уроков кураторами', status: 'Не выполнено' }],
    });
    await saveAndPublish(page);
    const file = join(project.dir, 'src/content/reports/malinovskaya-oosh/2021-10.yaml');
    await waitForFile(file);
    await page.close();
    expect(parse(readFileSync(file, 'utf8')).rows).toEqual([{ item: '16', status: 'not-done' }]);

    const result = check();
    expect(result.status).toBe(1);
    const line = result.output.split('\n').find((l) => l.includes('src/content/reports/malinovskaya-oosh/2021-10.yaml'));
    expect(line, result.output).toBeDefined();
    expect(line).toContain('error');
    expect(line).toContain('«rows.0.reason»');
    expect(line).toMatch(/не указано обоснование невыполнения/);
  });

  it('names a new entry titled in Russian with a Latin file name', async () => {
    const page = await openCms('#/collections/schools/new');
    await page.getByLabel('Полное наименование', { exact: true }).fill('МОУ «Хуторская средняя общеобразовательная школа»');
    await page.getByLabel('Краткое наименование', { exact: true }).fill('Хуторская СОШ № 2');
    await choose(page, 'Категория', 'ШНОР — низкие результаты обучения');
    await page.getByLabel('Муниципалитет', { exact: true }).fill('Белгородский район');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    // The draft lives on its own branch until published.
    expect(git('branch', '--list', 'cms/schools/*').trim()).toBe('cms/schools/khutorskaya-sosh-2');
    const saved = parse(git('show', 'cms/schools/khutorskaya-sosh-2:src/content/schools/khutorskaya-sosh-2.yaml'));
    expect(saved).toEqual({ name: 'МОУ «Хуторская средняя общеобразовательная школа»', shortName: 'Хуторская СОШ № 2', category: 'low-results', municipality: 'Белгородский район' });
  });

  it('saves a document with its clause numbers exactly as typed, leaving untouched optional blocks out', async () => {
    const page = await openCms('#/collections/documents/new');
    await choose(page, 'Вид документа', 'Положение');
    await page.getByLabel('Заголовок', { exact: true }).fill('Положение о школьном методическом совете');
    const body = '1. Общие положения\n\n1.1. Совет создаётся приказом директора.\n\n2. Состав\n\n2.1. В совет входят:\n\n- директор;\n- заместители директора.';
    await page.locator('[data-slate-editor]').fill(body);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    const branch = 'cms/documents/polozhenie-o-shkolnom-metodicheskom-sovete';
    const saved = git('show', `${branch}:src/content/documents/polozhenie-o-shkolnom-metodicheskom-sovete.md`);
    expect(saved).toBe(`---\nkind: regulation\ntitle: Положение о школьном методическом совете\nstatus: in-force\n---\n${body}\n`);
  });

  it('loaded nothing from outside the site and the local decap-server, within its CSP', () => {
    expect(offsite).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
