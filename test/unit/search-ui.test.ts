import { describe, expect, it } from 'vitest';
import { hasCriteria, pagefindFilters, parseSearchState, serializeSearchState } from '../../src/lib/search/query-state';
import { decodeEntities, excerptSegments } from '../../src/lib/search/excerpt';
import { foundMessage } from '../../src/lib/search/messages';
import { toResultView, type PagefindResultData } from '../../src/lib/search/result-view';
import { normaliseFilters } from '../../src/lib/search/vocabulary';
import { ru } from '../../src/i18n/ru';

describe('search state in the URL', () => {
  it.each([
    ['', { q: '', filters: {} }],
    ['?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0%D0%BC', { q: 'школам', filters: {} }],
    ['?q=++два+++слова+', { q: 'два слова', filters: {} }],
    ['?q=x&type=roadmap-item&type=report&school=%D0%96%D1%83%D1%80%D0%B0%D0%B2%D0%BB%D0%B5%D0%B2%D1%81%D0%BA%D0%B0%D1%8F+%D0%A1%D0%9E%D0%A8', { q: 'x', filters: { type: ['roadmap-item', 'report'], school: ['Журавлевская СОШ'] } }],
    ['?type=report&type=report&month=&unknown=1', { q: '', filters: { type: ['report'] } }],
  ])('parses %s', (search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  it('writes q first and filters in a fixed order, and reads back the same state', () => {
    const state = { q: 'консультация', filters: { month: ['2021-10'], type: ['report'], school: ['Журавлевская СОШ'] } };
    const search = serializeSearchState(state);
    expect(search).toBe('?q=%D0%BA%D0%BE%D0%BD%D1%81%D1%83%D0%BB%D1%8C%D1%82%D0%B0%D1%86%D0%B8%D1%8F&type=report&school=%D0%96%D1%83%D1%80%D0%B0%D0%B2%D0%BB%D0%B5%D0%B2%D1%81%D0%BA%D0%B0%D1%8F+%D0%A1%D0%9E%D0%A8&month=2021-10');
    expect(parseSearchState(search)).toEqual({ q: 'консультация', filters: { type: ['report'], school: ['Журавлевская СОШ'], month: ['2021-10'] } });
    expect(serializeSearchState({ q: ' ', filters: {} })).toBe('');
  });

  it('knows when there is nothing to search for', () => {
    expect(hasCriteria({ q: '', filters: {} })).toBe(false);
    expect(hasCriteria({ q: '', filters: { school: [] } })).toBe(false);
    expect(hasCriteria({ q: '', filters: { school: ['А'] } })).toBe(true);
    expect(hasCriteria({ q: 'а', filters: {} })).toBe(true);
  });

  it('builds Pagefind filters: any of the chosen values, filters combined', () => {
    expect(pagefindFilters({ q: '', filters: { type: ['report', 'school'], month: ['2021-09'], status: [] } })).toEqual({
      type: { any: ['report', 'school'] },
      month: { any: ['2021-09'] },
    });
  });
});

describe('excerpts', () => {
  it.each([
    ['plain', 'без отметок', [{ text: 'без отметок', mark: false }]],
    ['marked words', 'помощи <mark>школам</mark> с низкими', [{ text: 'помощи ', mark: false }, { text: 'школам', mark: true }, { text: ' с низкими', mark: false }]],
    ['entities decoded, never markup', '&lt;script&gt;alert(1)&lt;/script&gt; <mark>&quot;А&quot;</mark>', [{ text: '<script>alert(1)</script> ', mark: false }, { text: '"А"', mark: true }]],
    ['other tags dropped, text kept', '<b>жирный</b> <img src=x onerror=alert(1)>текст', [{ text: 'жирный текст', mark: false }]],
  ])('%s', (_name, html, expected) => {
    expect(excerptSegments(html)).toEqual(expected);
  });

  it('decodes numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&#8470; 147 &#x2116; &unknown; &#0;')).toBe('№ 147 № &unknown; &#0;');
  });
});

describe('announced result count', () => {
  it.each([
    [1, '', false, 'Найден 1 результат'],
    [3, 'школам', false, 'Найдено 3 результата по запросу «школам»'],
    [5, 'школам', true, 'Найдено 5 результатов по запросу «школам» с выбранными фильтрами'],
    [21, '', true, 'Найден 21 результат с выбранными фильтрами'],
    [112, 'отчёт', false, 'Найдено 112 результатов по запросу «отчёт»'],
    [0, 'абв', false, ru['search.none']],
  ])('%i result(s)', (n, q, filtered, expected) => {
    expect(foundMessage(n, q, filtered, ru)).toBe(expected);
  });
});

describe('result view', () => {
  const doc: PagefindResultData = {
    url: '/documents/polozhenie/',
    excerpt: 'о <mark>школах</mark>',
    content: 'Положение о школах',
    locations: [2],
    meta: { title: 'Положение о сетевом взаимодействии' },
    filters: { type: ['document'], status: ['Действует'] },
    sub_results: [
      { title: 'Положение о сетевом взаимодействии', url: '/documents/polozhenie/', excerpt: 'а', locations: [1, 2, 3, 4] },
      { title: 'Пункт 2.2', url: '/documents/polozhenie/#p-2-2', excerpt: 'б', locations: [50], anchor: { element: 'p', id: 'p-2-2', location: 48 } },
      { title: 'Пункт 3.2', url: '/documents/polozhenie/#p-3-2', excerpt: 'в', locations: [90, 91, 95], anchor: { element: 'p', id: 'p-3-2', location: 88 } },
      { title: 'Пункт 5.2', url: '/documents/polozhenie/#p-5-2', excerpt: 'г', locations: [150, 151], anchor: { element: 'p', id: 'p-5-2', location: 148 } },
      { title: '6. Заключительные\n положения', url: '/documents/polozhenie/#p-6', excerpt: 'д', locations: [200, 201], anchor: { element: 'h2', id: 'p-6', location: 199 } },
    ],
  };

  it('keeps the clauses with most hits, in page order, without the page itself', () => {
    const view = toResultView(doc);
    expect(view.subs.map((s) => s.url)).toEqual(['/documents/polozhenie/#p-3-2', '/documents/polozhenie/#p-5-2', '/documents/polozhenie/#p-6']);
    expect(view.subs[2]?.title).toBe('6. Заключительные положения');
    expect(view).toMatchObject({ type: 'document', title: 'Положение о сетевом взаимодействии', details: ['Действует'], context: undefined });
  });

  it('shows an item as one result with its page as context', () => {
    const view = toResultView({
      url: '/roadmap/x/#item-16',
      excerpt: 'Посещение уроков',
      content: '16. Посещение уроков кураторами',
      locations: [1],
      meta: { title: '16. Посещение уроков кураторами', context: 'Дорожная карта 2021' },
      filters: { type: ['roadmap-item'], status: ['Просрочено', 'Выполнено'] },
      sub_results: [{ title: '16. Посещение уроков кураторами', url: '/roadmap/x/#item-16', excerpt: 'x', locations: [1] }],
    });
    expect(view).toEqual({
      url: '/roadmap/x/#item-16',
      title: '16. Посещение уроков кураторами',
      type: 'roadmap-item',
      context: 'Дорожная карта 2021',
      excerpt: 'Посещение уроков',
      details: ['Просрочено', 'Выполнено'],
      subs: [],
    });
  });

  it('ignores an unknown type', () => {
    expect(toResultView({ ...doc, filters: { type: ['новость'] } }).type).toBeUndefined();
  });
});

describe('normaliseFilters', () => {
  it('drops empty values and unknown names, keeps commas and colons', () => {
    expect(normaliseFilters({ type: 'school', school: [' Майская гимназия, корпус 2 ', '', 'Майская гимназия, корпус 2'], status: null, month: [] })).toEqual({
      type: ['school'],
      school: ['Майская гимназия, корпус 2'],
    });
    expect(normaliseFilters({ section: '1. Раздел: нормативное обеспечение' } as never)).toEqual({ section: ['1. Раздел: нормативное обеспечение'] });
  });
});
