/**
 * The /import/ converter in real Chromium: a methodist drops the seed text and a Word file with
 * automatic numbering, sees what was recognised (clauses, rows, each deadline, unplaced pieces,
 * schools already on the site) and downloads the entries as a ZIP with instructions.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAxeViolations, runAxe } from '../quality/axe';
import { servedSite } from '../helpers/browser';
import { docxFromText } from '../helpers/docx-from-text';
import { fixtureSeed } from '../helpers/import';

const site = servedSite();
let context: BrowserContext;
const errors: string[] = [];
const shots = join(process.cwd(), 'test-results', 'import');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
});

async function convert(files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${site.base}/import/`);
  await page.setInputFiles('#import-files', files);
  await page.getByRole('button', { name: 'Распознать' }).click();
  await page.locator('[data-import-status]').filter({ hasText: /Готово|Не удалось/ }).waitFor();
  return page;
}

describe('/import/ converter', () => {
  it('recognises the 002 package from text, matches the site’s schools and offers a ZIP with instructions', async () => {
    const seed = fixtureSeed('002_');
    const page = await convert([{ name: seed.name, mimeType: 'text/plain', buffer: Buffer.from(seed.text) }]);
    await expect(page.locator('[data-import-status]').textContent()).resolves.toBe('Готово: записей 5, не размещено 0.');
    const result = page.locator('[data-import-result]');
    await expect(result.textContent()).resolves.toMatch(/Приложение № 3: дорожная карта/);
    await expect(result.textContent()).resolves.toMatch(/Школы: новых 0, уже на сайте 9/);
    await expect(page.locator('caption', { hasText: 'Сроки дорожной карты' }).textContent()).resolves.toBe('Сроки дорожной карты: 20 из 20 понятно');
    await expect(page.locator('td', { hasText: '11.02.-19.02.2021' }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(shots, 'import-1280.png'), fullPage: true });

    const violations = await runAxe(page, { page: '/import/', mode: 'результат распознавания' });
    expect(violations, formatAxeViolations(violations)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать записи (ZIP)' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(Object.keys(zip.files).sort()).toEqual(expect.arrayContaining(['documents/prikaz-147.md', 'pairings/perechen-2021.yaml', 'pairs/perechen-2021/zhuravlevskaya-sosh.yaml', 'roadmaps/dorozhnaya-karta-2021.yaml', 'ПРОЧТИТЕ.txt']));
    expect(Object.keys(zip.files).some((n) => n.startsWith('schools/'))).toBe(false);
    const roadmap = await zip.file('roadmaps/dorozhnaya-karta-2021.yaml')!.async('string');
    expect(roadmap).toBe(readFileSync(join(process.cwd(), 'src/content/roadmaps/dorozhnaya-karta-2021.yaml'), 'utf8').replace(/^shortTitle: .*\n/m, ''));
    expect(await zip.file('ПРОЧТИТЕ.txt')!.async('string')).toMatch(/src\/content/);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: join(shots, 'import-375.png'), fullPage: true });
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  });

  it('reads a Word file with automatic numbering and shows the lettered clauses; a PDF gets a clear message', async () => {
    const seed = fixtureSeed('003_');
    const docx = Buffer.from(await docxFromText(seed.text, 'auto'));
    const page = await convert([{ name: 'prikaz-474.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx }]);
    await expect(page.locator('[data-import-status]').textContent()).resolves.toBe('Готово: записей 2, не размещено 1.');
    await expect(page.locator('[data-import-result]').textContent()).resolves.toMatch(/Пункты с номерами: 3, с буквой: 4/);
    await expect(page.locator('[data-import-result] li').first().textContent()).resolves.toMatch(/второй номер в шапке приказа/);
    await page.setInputFiles('#import-files', [{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }]);
    await page.getByRole('button', { name: 'Распознать' }).click();
    await expect(page.locator('[data-import-status]').filter({ hasText: 'Не удалось' }).textContent()).resolves.toMatch(/«scan\.pdf»: ожидается \.docx или \.txt/);
    await page.close();
    expect(errors).toEqual([]);
  });
});
