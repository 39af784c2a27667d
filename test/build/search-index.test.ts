/**
 * The Pagefind index of the built demo site: what is in it (and what is not), Russian as the
 * language, item records whose anchors exist, filters, and text whose words do not run together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractIds, parseHtml } from '../quality/html';
import { distDir, readDist } from '../helpers/dist';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Array<{ id: string; title?: string; element: string }>;
}

function fragments(): Fragment[] {
  const dir = join(distDir(), 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  });
}

const all = fragments();
const urls = all.map((f) => f.url).sort();
const byUrl = new Map(all.map((f) => [f.url, f]));

describe('search index', () => {
  it('is Russian', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['ru']);
  });

  it('holds documents, the roadmap and each of its items, schools, reports and pairs', () => {
    const count = (re: RegExp) => urls.filter((u) => re.test(u)).length;
    expect(count(/^\/documents\/[^/]+\/$/)).toBe(3);
    expect(count(/^\/roadmap\/dorozhnaya-karta-2021\/$/)).toBe(1);
    expect(count(/^\/roadmap\/dorozhnaya-karta-2021\/#item-\d+$/)).toBe(20);
    expect(count(/^\/schools\/[^/]+\/$/)).toBe(9);
    expect(count(/^\/reports\/[^/]+\/\d{4}-\d{2}\/$/)).toBe(7);
    expect(count(/^\/pairs\/(#pair-.+)?$/)).toBe(6);
    expect(urls.length).toBe(3 + 1 + 20 + 9 + 7 + 6);
  });

  it('leaves out lists, filter pages, forms, search and the CMS', () => {
    for (const url of urls) {
      expect(url).not.toMatch(/^\/(admin|search|forms|data)\/|^\/$|^\/(documents|schools|reports|roadmap)\/$|\/(status|month|responsible|page)\//);
    }
  });

  it('does not index navigation, header or footer text', () => {
    for (const f of all) {
      for (const text of ['Вход для редакторов', 'Версия для слабовидящих', 'Перейти к содержанию', 'Открытые данные', 'Ссылка на пункт', 'Содержание']) {
        expect(f.content, `${f.url}: «${text}»`).not.toContain(text);
      }
    }
  });

  it("gives a report's results the school's words, not its table's column heads (the same on every report)", () => {
    const reports = all.filter((f) => f.url.startsWith('/reports/'));
    expect(reports.length).toBeGreaterThan(0);
    for (const f of reports) {
      for (const head of ['Сроки реализации', 'Обоснование невыполнения']) expect(f.content, `${f.url}: «${head}»`).not.toContain(head);
    }
    expect(byUrl.get('/reports/zhuravlevskaya-sosh/2021-10/')!.content).toContain('Подготовлено выступление о практике наставничества');
  });

  it('keeps words apart: no lower-case letter glued to a capital', () => {
    const glued = all.flatMap((f) => [...f.content.matchAll(/\S*[а-яё][А-ЯЁ]\S*/g)].map((m) => `${f.url}: ${m[0]}`));
    expect(glued).toEqual([]);
  });

  it('gives every result a type filter, and reports and items their school and month', () => {
    for (const f of all) expect(f.filters.type?.length, f.url).toBe(1);
    expect(new Set(all.map((f) => f.filters.type![0]))).toEqual(new Set(['document', 'roadmap', 'roadmap-item', 'school', 'report', 'pairs']));
    const report = byUrl.get('/reports/zhuravlevskaya-sosh/2021-10/')!;
    expect(report.filters).toMatchObject({ school: ['Журавлевская СОШ'], month: ['2021-10'], status: ['В срок'] });
    expect(report.meta.title).toBe('Отчёт: Журавлевская СОШ, октябрь 2021');
    const item = byUrl.get('/roadmap/dorozhnaya-karta-2021/#item-16')!;
    expect(item.meta).toMatchObject({ title: '16. Посещение уроков кураторами', context: 'Дорожная карта 2021' });
    expect(item.filters.school).toContain('Журавлевская СОШ');
    expect(item.filters.month).toEqual(['2021-04', '2021-05', '2021-09', '2021-10', '2021-11']);
    expect(item.filters.section).toEqual(['4. Развитие кадрового потенциала педагогических работников']);
  });

  it('links items to anchors that exist on their page', () => {
    const idsByPage = new Map<string, Set<string>>();
    for (const f of all.filter((x) => x.url.includes('#'))) {
      const [page, id] = f.url.split('#') as [string, string];
      if (!idsByPage.has(page)) idsByPage.set(page, extractIds(parseHtml(readDist(`${page.slice(1)}index.html`))));
      expect(idsByPage.get(page)!.has(decodeURIComponent(id)), f.url).toBe(true);
    }
  });

  it('titles document clauses as sub-results («Пункт 2.2», section headings by their text)', () => {
    const order = byUrl.get('/documents/prikaz-147/')!;
    expect(order.anchors.find((a) => a.id === 'p-2-2')?.title).toBe('Пункт 2.2');
    const reg = byUrl.get('/documents/polozhenie-setevoe-vzaimodeystvie/')!;
    expect(reg.anchors.find((a) => a.id === 'p-1')?.title).toBe('1. Общие положения');
  });
});
