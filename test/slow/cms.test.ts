/**
 * Decap CMS end to end, in real Chromium against the real decap-server (MODE=git, so the
 * editorial workflow runs: save → «Одобрен» → publish) on a temporary copy of the repository.
 * A coordinator files a monthly report through the self-filling form; the file, `npm run check`
 * and a second build are checked. Screenshots of the collection list and the report form go to
 * test-results/cms/. (The refusals, the date field, clean diffs and the roadmap preview:
 * cms-editing.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankItems, choose, formItems, newReport, startCmsSite, type CmsSite } from '../helpers/cms';

const SHOTS = join(process.cwd(), 'test-results', 'cms');

let site: CmsSite;
/** Requests that left 127.0.0.1 (a CDN, a font service …): there must be none. */
const offsite: string[] = [];
const cspViolations: string[] = [];

function check(): { status: number | null; output: string } {
  const r = spawnSync('npm', ['run', '--silent', 'check', '--', '--root', site.dir, '--quiet'], { cwd: process.cwd(), encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

async function waitForFile(path: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`Файл не появился: ${path}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function watch(page: Page): Page {
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && !url.startsWith('http://127.0.0.1:')) offsite.push(url);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
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
  site = await startCmsSite({ mode: 'git' });
});

afterAll(async () => {
  await site?.stop();
});

describe('Decap CMS on a copy of the repository', { timeout: 300_000 }, () => {
  it('files a monthly report through the form; it passes the check and appears on /reports/', async () => {
    const list = watch(await site.open('#/collections/reports'));
    // Newest month first, in words (the file says `2021-11 · nikolskaya-sh`).
    await list.getByRole('link', { name: 'Ноябрь 2021 · Никольская средняя школа' }).waitFor();
    await list.screenshot({ path: join(SHOTS, 'collection-list-1280.png') });
    await list.close();

    const page = watch(await newReport(site, 'Солохинская СОШ', 'Октябрь 2021'));
    const items = await formItems(page);
    expect(items).toEqual(blankItems(site.dist, 'solokhinskaya-sosh', '2021-10'));
    const date = page.getByLabel('Дата отправки', { exact: true });
    await date.fill('27.10.2021');
    await page.getByLabel('Результат (необязательный)', { exact: true }).first().fill('Консультация для учителей начальных классов (14.10.2021).');
    for (let i = 0; i < items.length; i++) await choose(page, 'Выполнение', items[i] === '16' ? 'Не выполнено' : 'Выполнено', i);
    const row16 = items.indexOf('16');
    await page.getByLabel('Обоснование невыполнения (необязательный)', { exact: true }).nth(row16).fill('Посещение 13.10.2021 отменено из-за карантина; перенесено на ноябрь.');
    await page.getByLabel('Школа', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-form-1280.png') });
    await page.getByLabel('Выполнение', { exact: true }).nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-form-rows-1280.png') });
    await saveAndPublish(page);

    const file = join(site.dir, 'src/content/reports/solokhinskaya-sosh/2021-10.yaml');
    await waitForFile(file);
    await page.close();
    const pair = parse(readFileSync(join(site.dir, 'src/content/pairs/perechen-2021/solokhinskaya-sosh.yaml'), 'utf8')) as { coordinator: unknown };
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      school: 'solokhinskaya-sosh',
      roadmap: 'dorozhnaya-karta-2021',
      month: '2021-10',
      submitted: '2021-10-27',
      author: pair.coordinator,
      rows: items.map((item, i) =>
        item === '16'
          ? { item, status: 'not-done', reason: 'Посещение 13.10.2021 отменено из-за карантина; перенесено на ноябрь.' }
          : { item, status: 'done', ...(i === 0 ? { result: 'Консультация для учителей начальных классов (14.10.2021).' } : {}) },
      ),
    });
    // Published: committed on main, the draft branch merged away.
    expect(site.git('log', '-1', '--format=%s', 'main')).toContain('solokhinskaya-sosh/2021-10');
    await expect.poll(() => site.git('branch', '--list', 'cms/*').trim(), { timeout: 30_000 }).toBe('');

    const result = check();
    expect(result.output).not.toContain('solokhinskaya-sosh/2021-10.yaml');
    expect(result.status, result.output).toBe(0);

    const after = join(site.dist, '..', 'dist-after');
    await site.build(after);
    expect(readFileSync(join(after, 'reports/index.html'), 'utf8')).toContain('href="/reports/solokhinskaya-sosh/2021-10/"');
    const reportPage = readFileSync(join(after, 'reports/solokhinskaya-sosh/2021-10/index.html'), 'utf8');
    expect(reportPage).toContain('Посещение 13.10.2021 отменено из-за карантина; перенесено на ноябрь.');
  }, 900_000);

  it('names a new entry titled in Russian with a Latin file name', async () => {
    const page = watch(await site.open('#/collections/schools/new'));
    await page.getByLabel('Полное наименование', { exact: true }).fill('МОУ «Хуторская средняя общеобразовательная школа»');
    await page.getByLabel('Краткое наименование', { exact: true }).fill('Хуторская СОШ № 2');
    await choose(page, 'Категория', 'ШНОР — низкие результаты обучения');
    await page.getByLabel('Муниципалитет', { exact: true }).fill('Белгородский район');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    // The draft lives on its own branch until published.
    expect(site.git('branch', '--list', 'cms/schools/*').trim()).toBe('cms/schools/khutorskaya-sosh-2');
    const saved = parse(site.git('show', 'cms/schools/khutorskaya-sosh-2:src/content/schools/khutorskaya-sosh-2.yaml'));
    expect(saved).toEqual({ name: 'МОУ «Хуторская средняя общеобразовательная школа»', shortName: 'Хуторская СОШ № 2', category: 'low-results', municipality: 'Белгородский район' });
  });

  it('saves a document with its clause numbers exactly as typed, leaving untouched optional blocks out', async () => {
    const page = watch(await site.open('#/collections/documents/new'));
    await choose(page, 'Вид документа', 'Положение');
    await page.getByLabel('Заголовок', { exact: true }).fill('Положение о школьном методическом совете');
    const body = '1. Общие положения\n\n1.1. Совет создаётся приказом директора.\n\n2. Состав\n\n2.1. В совет входят:\n\n- директор;\n- заместители директора.';
    await page.locator('[data-slate-editor]').fill(body);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    const branch = 'cms/documents/polozhenie-o-shkolnom-metodicheskom-sovete';
    const saved = site.git('show', `${branch}:src/content/documents/polozhenie-o-shkolnom-metodicheskom-sovete.md`);
    expect(saved).toBe(`---\nkind: regulation\ntitle: Положение о школьном методическом совете\nstatus: in-force\n---\n${body}\n`);
  });

  it('loaded nothing from outside the site and the local decap-server, within its CSP', () => {
    expect(offsite).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
