/**
 * The monthly report form as a school coordinator uses it: real Decap CMS in Chromium against a
 * real decap-server (MODE=git) on a copy of the repository. Choosing school and month fills the
 * rows with exactly the items the month's printed blank lists and the coordinator from the
 * pairing list; a not-done row without a reason and a second report for the same month are
 * refused with the check's Russian messages and nothing is written; a date typed on the keyboard
 * is stored exactly. Screenshots go to test-results/cms-form/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, startCmsSite, type CmsSite } from '../helpers/cms';

const SHOTS = join(process.cwd(), 'test-results', 'cms-form');
let site: CmsSite;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await startCmsSite({ mode: 'git' });
});

afterAll(async () => {
  await site?.stop();
});

/** Item numbers the printed blank for this school and month lists (the site's own page, built from the same content). */
function blankItems(school: string, month: string): string[] {
  const html = readFileSync(join(site.dist, 'forms/report', school, month, 'index.html'), 'utf8');
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr><td>([\d.]+)<\/td>/g)].map((m) => m[1]!);
}

/** Item numbers of the report rows now in the form (the select widgets show «16 — …»). */
async function formItems(page: Page): Promise<string[]> {
  const values = await page.locator('[data-setka-prefill] ~ div').getByText(/^\d+(\.\d+)* — /).allTextContents();
  return values.map((v) => v.split(' — ')[0]!);
}

function reportFiles(): string {
  return site.git('ls-files', '--others', '--cached', 'src/content/reports').trim() + site.git('branch', '--list', 'cms/*').trim();
}

async function refusal(page: Page): Promise<string> {
  const toast = page.getByText(/Не удалось сохранить запись/);
  await toast.first().waitFor({ timeout: 15_000 });
  return (await toast.first().textContent()) ?? '';
}

describe('report form', () => {
  it('fills itself: the items due that month and the coordinator from the pairing list', async () => {
    const page = await site.open('#/collections/reports/new');
    await page.getByLabel('Школа', { exact: true }).waitFor();
    await choose(page, 'Школа', 'Солохинская СОШ');
    await choose(page, 'Отчётный месяц', 'Октябрь 2021');
    await page.locator('[data-setka-prefill]').waitFor();
    const expected = blankItems('solokhinskaya-sosh', '2021-10');
    expect(expected.length).toBeGreaterThan(0);
    expect(await formItems(page)).toEqual(expected);
    // Each row names its item in full, with the deadline as the roadmap writes it.
    await expect(page.getByText('16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021').count()).resolves.toBe(expected.includes('16') ? 1 : 0);
    const pairing = parse(readFileSync(join(site.dir, 'src/content/pairings/perechen-2021.yaml'), 'utf8')) as { rows: Array<{ school: string; coordinator: { name: string } }> };
    const coordinator = pairing.rows.find((r) => r.school === 'solokhinskaya-sosh')!.coordinator.name;
    await expect(page.getByLabel('Ф.И.О.', { exact: true }).inputValue()).resolves.toBe(coordinator);

    // Another month: the untouched rows follow.
    await choose(page, 'Отчётный месяц', 'Сентябрь 2021');
    await expect.poll(() => formItems(page)).toEqual(blankItems('solokhinskaya-sosh', '2021-09'));
    await page.screenshot({ path: join(SHOTS, 'prefilled-1280.png'), fullPage: false });
    await page.close();
  });

  it('refuses a not-done row without a reason with the check message, writing nothing', async () => {
    const before = reportFiles();
    const page = await site.open('#/collections/reports/new');
    await page.getByLabel('Школа', { exact: true }).waitFor();
    await choose(page, 'Школа', 'Солохинская СОШ');
    await choose(page, 'Отчётный месяц', 'Октябрь 2021');
    await page.locator('[data-setka-prefill]').waitFor();
    const rows = (await formItems(page)).length;
    for (let i = 0; i < rows; i++) await choose(page, 'Выполнение', 'Выполнено', i);
    await choose(page, 'Выполнение', 'Не выполнено', 0);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const text = await refusal(page);
    expect(text).toContain('поле «rows.0.reason»: не указано обоснование невыполнения');
    await page.screenshot({ path: join(SHOTS, 'refused-reason-1280.png') });
    expect(reportFiles()).toBe(before);
    await page.close();
  });

  it('refuses a second report for a month already reported', async () => {
    const before = reportFiles();
    const page = await site.open('#/collections/reports/new');
    await page.getByLabel('Школа', { exact: true }).waitFor();
    await choose(page, 'Школа', 'Никольская средняя школа');
    await choose(page, 'Отчётный месяц', 'Ноябрь 2021');
    await page.locator('[data-setka-prefill]').waitFor();
    const rows = (await formItems(page)).length;
    for (let i = 0; i < rows; i++) await choose(page, 'Выполнение', 'Выполнено', i);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const text = await refusal(page);
    expect(text).toContain('[report.duplicate]');
    expect(text).toContain('src/content/reports/nikolskaya-sh/2021-11.yaml');
    expect(reportFiles()).toBe(before);
    await page.close();
  });

  it('stores a date typed on the keyboard exactly, and warns about a year outside the period', async () => {
    const page = await site.open('#/collections/reports/new');
    await page.getByLabel('Школа', { exact: true }).waitFor();
    await choose(page, 'Школа', 'Солохинская СОШ');
    await choose(page, 'Отчётный месяц', 'Октябрь 2021');
    await page.locator('[data-setka-prefill]').waitFor();
    const rows = (await formItems(page)).length;
    for (let i = 0; i < rows; i++) await choose(page, 'Выполнение', 'Выполнено', i);
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
    expect(saved.rows.map((r) => r.item)).toEqual(blankItems('solokhinskaya-sosh', '2021-10'));
    expect(existsSync(join(site.dir, 'src/content/reports/solokhinskaya-sosh/2021-10.yaml'))).toBe(false);
  });
});
