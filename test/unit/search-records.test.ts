import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import { extractItemRecords, pageUrlOf, readableText } from '../../src/lib/search/records';
import { searchItemAttrs } from '../../src/lib/search/markup';

/** Renders attributes the way Astro does (values escaped). */
function attrs(a: Record<string, string>): string {
  return Object.entries(a)
    .map(([k, v]) => `${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ');
}

function textOf(html: string): string {
  const doc = parseDocument(`<div id="root">${html}</div>`);
  return readableText(DomUtils.getElementById('root', doc.children)!);
}

describe('readableText', () => {
  it.each([
    ['table cells do not run together', '<table><tr><td>16</td><td>Посещение уроков</td><td>Ежемесячно</td></tr></table>', '16. Посещение уроков. Ежемесячно'],
    ['a description list reads as «term: value»', '<dl><dt>Срок</dt><dd>До 15.02.2021</dd><dt>Ответственный</dt><dd><ul><li>кураторы</li><li>руководители ОО</li></ul></dd></dl>', 'Срок: До 15.02.2021. Ответственный: кураторы. руководители ОО'],
    ['adjacent badges and dates are spaced', '<p><span>До 15.02.2021</span><span>Как понят срок: до 15 февраля</span></p><p><span>Просрочено</span>— 5 школ<span>Выполнено</span>— 2 школы</p>', 'До 15.02.2021 Как понят срок: до 15 февраля. Просрочено — 5 школ Выполнено — 2 школы'],
    ['inline formatting stays inside a word', '<p>Ж<strong>урав</strong>левская</p>', 'Журавлевская'],
    ['no space before punctuation after a link', '<p>См. <a href="#p-4">пункт 4</a>, «<a href="/">Положение</a>».</p>', 'См. пункт 4, «Положение».'],
    ['ignored, hidden and aria-hidden parts are left out', '<p>Видно<span data-pagefind-ignore> служебное</span><span hidden>скрыто</span><span aria-hidden="true">#</span></p><script>var x</script>', 'Видно'],
    ['no doubled full stop after punctuation', '<p>Задачи:</p><ul><li>первая;</li><li>вторая.</li></ul>', 'Задачи: первая; вторая.'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe('extractItemRecords', () => {
  const item = searchItemAttrs('16. Посещение уроков кураторами', {
    type: 'roadmap-item',
    school: ['Журавлевская СОШ', 'Майская гимназия, корпус "А"'],
    section: '4. Развитие кадрового потенциала',
    status: ['Просрочено'],
    month: ['2021-10', '2021-11', ''],
  });
  const page = `<!doctype html><html lang="ru"><head><title>Дорожная карта — Управление</title></head><body>
    <nav>Меню</nav>
    <div data-pagefind-body><h1>Дорожная карта 2021</h1></div>
    <article id="item-16" ${attrs(item)}><h3>16. Посещение уроков кураторами</h3>
      <dl><dt>Срок</dt><dd>22.04.2021 19.05.2021</dd></dl>
      <details data-pagefind-ignore><summary>Состояние по школам</summary>Журавлевская СОШ</details>
    </article>
    <article id="item-17"><h3>17. Без отметки</h3></article>
  </body></html>`;

  it('makes one record per marked element, opening its anchor', () => {
    const records = extractItemRecords(page, '/roadmap/dorozhnaya-karta-2021/');
    expect(records).toEqual([
      {
        url: '/roadmap/dorozhnaya-karta-2021/#item-16',
        content: '16. Посещение уроков кураторами. Срок: 22.04.2021 19.05.2021',
        meta: { title: '16. Посещение уроков кураторами', context: 'Дорожная карта 2021' },
        filters: {
          type: ['roadmap-item'],
          school: ['Журавлевская СОШ', 'Майская гимназия, корпус "А"'],
          section: ['4. Развитие кадрового потенциала'],
          status: ['Просрочено'],
          month: ['2021-10', '2021-11'],
        },
      },
    ]);
  });

  it('keeps the item out of the page record', () => {
    expect(item['data-pagefind-ignore']).toBe('all');
  });

  it('returns nothing for a page without items', () => {
    expect(extractItemRecords('<html><body><p id="x">Текст</p></body></html>', '/')).toEqual([]);
  });

  it('names the page when an item has no id', () => {
    const html = `<html><body><div ${attrs(searchItemAttrs('Без якоря', { type: 'roadmap-item' }))}>Текст</div></body></html>`;
    expect(() => extractItemRecords(html, '/roadmap/x/')).toThrow(/на странице \/roadmap\/x\/ у элемента «Без якоря».*нет id/);
  });

  it('names the element when its filters are not JSON', () => {
    const html = '<html><body><div id="item-1" data-search-item="Пункт" data-search-filters="{школа}">Текст</div></body></html>';
    expect(() => extractItemRecords(html, '/roadmap/x/')).toThrow(/#item-1 на странице \/roadmap\/x\/.*не JSON/);
  });

  it('prefers og:title (the short title) for context', () => {
    const html = page.replace('<title>', '<meta property="og:title" content="Дорожная карта 2021 (кратко)"><title>');
    expect(extractItemRecords(html, '/roadmap/x/')[0]?.meta.context).toBe('Дорожная карта 2021 (кратко)');
  });

  it('uses <title> for context when the page has no indexed <h1>', () => {
    const html = `<html><head><title>Пары школ</title></head><body><tr id="pair-1" ${attrs(searchItemAttrs('Пара', {}))}><td>А</td></tr></body></html>`;
    expect(extractItemRecords(html, '/pairs/')[0]?.meta.context).toBe('Пары школ');
  });
});

describe('pageUrlOf', () => {
  it.each([
    ['index.html', '/'],
    ['roadmap/x/index.html', '/roadmap/x/'],
    ['reports/zhuravlevskaya-sosh/2021-10/index.html', '/reports/zhuravlevskaya-sosh/2021-10/'],
    ['404.html', '/404.html'],
    ['schools\\a\\index.html', '/schools/a/'],
  ])('%s → %s', (path, url) => {
    expect(pageUrlOf(path)).toBe(url);
  });
});
