/**
 * The monthly report form as a school coordinator uses it: real Decap CMS in Chromium against a
 * real decap-server (MODE=git) on a copy of the repository. Choosing school and month fills the
 * rows with exactly the items the month's printed blank lists and the coordinator from the
 * pairing list; a not-done row without a reason and a second report for the same month are
 * refused with the check's Russian messages and nothing is written; a date typed on the keyboard
 * is stored exactly. A pair of the pairing list opens as its own small form and saving it changes
 * one line of one file. Screenshots go to test-results/cms-editing/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankItems, choose, formItems, newReport, startCmsSite, type CmsSite } from '../helpers/cms';

const SHOTS = join(process.cwd(), 'test-results', 'cms-editing');
let site: CmsSite;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await startCmsSite({ mode: 'git' });
});

afterAll(async () => {
  await site?.stop();
});

function reportFiles(): string {
  return site.git('ls-files', '--others', '--cached', 'src/content/reports').trim() + site.git('branch', '--list', 'cms/*').trim();
}

/** Sets «Выполнение» of every pre-filled row. */
async function markAll(page: Page, status: string): Promise<void> {
  const rows = (await formItems(page)).length;
  for (let i = 0; i < rows; i++) await choose(page, 'Выполнение', status, i);
}

async function refusal(page: Page): Promise<string> {
  const toast = page.getByText(/Не удалось сохранить запись/);
  await toast.first().waitFor({ timeout: 15_000 });
  return (await toast.first().textContent()) ?? '';
}

describe('report form', { timeout: 300_000 }, () => {
  it('fills itself: the items due that month and the coordinator from the pairing list', async () => {
    const page = await newReport(site, 'Солохинская СОШ', 'Октябрь 2021');
    const expected = blankItems(site.dist, 'solokhinskaya-sosh', '2021-10');
    expect(expected.length).toBeGreaterThan(0);
    expect(await formItems(page)).toEqual(expected);
    // Each row names its item in full, with the deadline as the roadmap writes it.
    await expect(page.getByText('16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021').count()).resolves.toBe(expected.includes('16') ? 1 : 0);
    const coordinator = (parse(readFileSync(join(site.dir, 'src/content/pairs/perechen-2021/solokhinskaya-sosh.yaml'), 'utf8')) as { coordinator: { name: string } }).coordinator.name;
    await expect(page.getByLabel('Ф.И.О.', { exact: true }).inputValue()).resolves.toBe(coordinator);
    // The submission date defaults to today; a today outside the roadmap's period is flagged at once.
    await page.getByText(/^Проверьте год: дата \d\d\.\d\d\.\d{4} вне периода дорожной карты \(01\.01\.2021–31\.01\.2022\)$/).waitFor();

    // Another month: the untouched rows follow.
    await choose(page, 'Отчётный месяц', 'Сентябрь 2021');
    await expect.poll(() => formItems(page)).toEqual(blankItems(site.dist, 'solokhinskaya-sosh', '2021-09'));
    await page.screenshot({ path: join(SHOTS, 'prefilled-1280.png'), fullPage: false });
    await page.close();
  });

  it('refuses a not-done row without a reason with the check message, writing nothing', async () => {
    const before = reportFiles();
    const page = await newReport(site, 'Солохинская СОШ', 'Октябрь 2021');
    await markAll(page, 'Выполнено');
    await choose(page, 'Выполнение', 'Не выполнено', 0);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const text = await refusal(page);
    // The first block, named by its position and the item number its summary shows.
    expect(text).toContain(`поле «Мероприятия › 1 (№ ${blankItems(site.dist, 'solokhinskaya-sosh', '2021-10')[0]}) › Обоснование невыполнения» (rows.0.reason): не указано обоснование невыполнения`);
    await page.screenshot({ path: join(SHOTS, 'refused-reason-1280.png') });
    expect(reportFiles()).toBe(before);
    await page.close();
  });

  it('refuses a second report for a month already reported', async () => {
    const before = reportFiles();
    const page = await newReport(site, 'Никольская средняя школа', 'Ноябрь 2021');
    await markAll(page, 'Выполнено');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const text = await refusal(page);
    expect(text).toContain('[report.duplicate]');
    expect(text).toContain('src/content/reports/nikolskaya-sh/2021-11.yaml');
    expect(reportFiles()).toBe(before);
    await page.close();
  });

  it('stores a date typed on the keyboard exactly, and warns about a year outside the period', async () => {
    const page = await newReport(site, 'Солохинская СОШ', 'Октябрь 2021');
    await markAll(page, 'Выполнено');
    const date = page.getByLabel('Дата отправки', { exact: true });
    await date.click();
    await date.press('Control+A');
    await date.press('Backspace');
    await date.pressSequentially('27.10.1921');
    await page.getByText('Проверьте год: дата 27.10.1921 вне периода дорожной карты').waitFor();
    await page.screenshot({ path: join(SHOTS, 'date-warning-1280.png') });
    await date.press('Control+A');
    await date.press('Backspace');
    await date.pressSequentially('27102021');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    const saved = parse(site.git('show', 'cms/reports/solokhinskaya-sosh/2021-10:src/content/reports/solokhinskaya-sosh/2021-10.yaml')) as { submitted: string; rows: Array<{ item: string }> };
    expect(saved.submitted).toBe('2021-10-27');
    expect(saved.rows.map((r) => r.item)).toEqual(blankItems(site.dist, 'solokhinskaya-sosh', '2021-10'));
    expect(existsSync(join(site.dir, 'src/content/reports/solokhinskaya-sosh/2021-10.yaml'))).toBe(false);
  });
});

describe('finding reports and a phone-sized screen', { timeout: 300_000 }, () => {
  it('finds a school’s reports by typing its name in Russian', async () => {
    const page = await site.open('#/collections/reports');
    await page.locator('a[href*="/collections/reports/entries/"]').first().waitFor();
    const search = page.locator('[class*="SearchContainer"] input');
    await search.fill('Никольская');
    await search.press('Enter');
    const hits = page.locator('a[href*="/collections/reports/entries/"]');
    await expect.poll(() => hits.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/^.*\/entries\//, '')).sort()), { timeout: 60_000 }).toEqual(['nikolskaya-sh/2021-09', 'nikolskaya-sh/2021-10', 'nikolskaya-sh/2021-11']);
    await expect(search.inputValue()).resolves.toBe('nikolskaya-sh');
    await page.close();
  });

  it('fits the report form into 375 px with «Сохранить» on screen and whole item labels', async () => {
    const page = await site.open('#/collections/reports/new', { width: 375, height: 800 });
    await page.getByLabel('Школа', { exact: true }).waitFor();
    await choose(page, 'Школа', 'Солохинская СОШ');
    await choose(page, 'Отчётный месяц', 'Октябрь 2021');
    await page.locator('[data-setka-prefill]').waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    const save = (await page.getByRole('button', { name: 'Сохранить' }).boundingBox())!;
    expect(save.x + save.width).toBeLessThanOrEqual(375);
    // The chosen item shows number, text and deadline, wrapped rather than cut.
    await expect(page.getByText('16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'report-form-375.png') });
    await page.getByText(/^16 — Посещение уроков кураторами/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-form-rows-375.png') });
    await page.close();
  });
});

describe('roadmaps and legal text', { timeout: 300_000 }, () => {
  it('shows each deadline «как понят», flags one not understood, and saving changes one line', async () => {
    const page = await site.open('#/collections/roadmaps/entries/dorozhnaya-karta-2021');
    // Sections and items open with the chevron button on each list item's top bar.
    const listItem = (label: string | RegExp) => page.locator('[class*="SortableListItem"]', { has: page.locator('[class*="NestedObjectLabel"]', { hasText: label }) });
    await listItem('Совершенствование нормативно-правового обеспечения').first().locator('button').first().click();
    await listItem(/^1\. Разработка Положения о сетевом взаимодействии/).last().locator('button').first().click();
    const deadline = page.getByLabel('Сроки реализации', { exact: true }).first();
    await expect(deadline.inputValue()).resolves.toBe('До 15.02.2021');
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByText('до 15 февраля 2021 г.').first().waitFor();
    await deadline.fill('когда будет возможность');
    await preview.getByText(/Не понято сроков: 1\./).waitFor();
    await expect(preview.locator('tr[data-unparsed]').count()).resolves.toBe(1);
    await page.screenshot({ path: join(SHOTS, 'roadmap-preview-1280.png') });
    await deadline.fill('До 20.02.2021');
    await preview.getByText('до 20 февраля 2021 г.').first().waitFor();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    const branch = 'cms/roadmaps/dorozhnaya-karta-2021';
    const file = 'src/content/roadmaps/dorozhnaya-karta-2021.yaml';
    expect(site.git('diff', '--numstat', 'main', branch).trim()).toBe(`1\t1\t${file}`);
    const changed = site.git('diff', '-U0', 'main', branch, '--', file).split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual(['-        deadline: До 15.02.2021', '+        deadline: До 20.02.2021']);
  });

  it('pasting two clauses on consecutive lines gives two anchors', async () => {
    const page = await site.open('#/collections/documents/new');
    await choose(page, 'Вид документа', 'Положение');
    await page.getByLabel('Заголовок', { exact: true }).fill('Положение о наставничестве');
    const editor = page.locator('[data-slate-editor]');
    await editor.click();
    // A real paste event with plain text, as Word puts it on the clipboard.
    await editor.evaluate((node) => {
      const data = new DataTransfer();
      data.setData('text/plain', '2. Порядок работы\n2.4. Наставник посещает уроки.\n2.5. Наставник ведёт журнал.');
      node.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const preview = page.locator('iframe').first().contentFrame();
    await preview.locator('#p-2-5').waitFor();
    await expect(preview.locator('#p-2-4').textContent()).resolves.toContain('Наставник посещает уроки.');
    await expect(preview.locator('#p-2-5').textContent()).resolves.toContain('Наставник ведёт журнал.');
    await page.screenshot({ path: join(SHOTS, 'document-paste-1280.png') });
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    const saved = site.git('show', 'cms/documents/polozhenie-o-nastavnichestve:src/content/documents/polozhenie-o-nastavnichestve.md');
    expect(saved).toContain('2.4. Наставник посещает уроки.\n2.5. Наставник ведёт журнал.');
  });
});

describe('pairs of the pairing list', { timeout: 300_000 }, () => {
  it('lists pairs by row number with school names, opens one as a small form, and saving changes one line of one file', async () => {
    const page = await site.open('#/collections/pairs');
    // The list reads names, not ids, in the order of the order's appendix.
    const first = page.getByText('№ 1 · Журавлевская СОШ ← Октябрьская СОШ им. Ю.Чумака', { exact: true });
    await first.first().waitFor();
    await page.getByText(/№ 5 · /).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'pairs-list-1280.png') });
    await page.locator('a[href$="/collections/pairs/entries/perechen-2021/zhuravlevskaya-sosh"]').click();
    const position = page.getByLabel('Должность', { exact: true }).first();
    await expect.poll(() => position.inputValue().catch(() => ''), { timeout: 90_000, interval: 100 }).toBe('заместитель директора');
    await page.screenshot({ path: join(SHOTS, 'pair-editor-1280.png') });
    await position.fill('директор');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Статус: Черновик').waitFor();
    await page.close();
    const branch = 'cms/pairs/perechen-2021/zhuravlevskaya-sosh';
    const file = 'src/content/pairs/perechen-2021/zhuravlevskaya-sosh.yaml';
    expect(site.git('diff', '--numstat', 'main', branch).trim()).toBe(`1\t1\t${file}`);
    const changed = site.git('diff', '-U0', 'main', branch, '--', file).split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual(['-  position: заместитель директора', '+  position: директор']);
  });
});
