import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { searchFragment } from '../../src/lib/search/fragment';

const HEAD = '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Школа — Сайт</title><meta property="og:title" content="Школа"></head>';
const page = (body: string) => `${HEAD}<body class="x">${body}</body></html>`;

/** Text of every search region of a page, as a parser sees them. */
const regionTexts = (html: string) =>
  DomUtils.findAll((el) => el.attribs['data-pagefind-body'] !== undefined, parseDocument(html).children).map((el) => DomUtils.textContent(el));

describe('searchFragment', () => {
  it('keeps the head and the one region, with nested elements of the same tag, and drops the rest of the page', () => {
    const html = page('<nav>Меню</nav><div data-pagefind-body><div><div>Название</div></div><div data-pagefind-ignore>скрыто</div><p>Адрес</p></div><div class="cards"><div>Пункт 1</div><div>Пункт 2</div></div>');
    expect(searchFragment(html)).toBe(`${HEAD}<body class="x"><div data-pagefind-body><div><div>Название</div></div><div data-pagefind-ignore>скрыто</div><p>Адрес</p></div></body></html>`);
  });

  it('keeps several regions in their order, with their attributes', () => {
    const html = page('<h1>Пары</h1><article class="pairing" id="p1" data-pagefind-body>первая <article>вложенная</article></article><p>между</p><article id="p2" data-pagefind-body data-pagefind-meta="type:пары">вторая</article><footer>низ</footer>');
    const out = searchFragment(html);
    expect(regionTexts(out)).toEqual(['первая вложенная', 'вторая']);
    expect(out).not.toContain('между');
    expect(out).toContain('data-pagefind-meta="type:пары"');
  });

  it('a page without a region, or whose region does not end, is given whole', () => {
    const none = page('<main><p>Текст</p></main>');
    expect(searchFragment(none)).toBe(none);
    const open = page('<div data-pagefind-body><div>не закрыт</div>');
    expect(searchFragment(open)).toBe(open);
    expect(searchFragment('<p data-pagefind-body>без head</p>')).toBe('<p data-pagefind-body>без head</p>');
  });

  it('the attribute named in text, or a longer attribute name, is not a region', () => {
    const html = page('<p>Атрибут data-pagefind-body помечает область</p><div data-pagefind-body-x="1">не область</div><div data-pagefind-body="">область</div>');
    expect(regionTexts(searchFragment(html))).toEqual(['область']);
    expect(searchFragment(html)).not.toContain('помечает');
  });

  it('gives the same region text as a parser on a school-like page of hundreds of cards', () => {
    const cards = Array.from({ length: 300 }, (_, i) => `<article class="item" id="item-${i}"><h3>${i}. Мероприятие</h3><dl><div><dt>Срок</dt><dd>до 28 числа</dd></div></dl></article>`).join('');
    const html = page(`<div data-pagefind-body><span hidden data-pagefind-ignore><span data-pagefind-filter="type">school</span></span><h1>МОУ «Школа №1»</h1><div><dl><div><dt>Партнёр</dt><dd>МОУ «Гимназия»</dd></div></dl></div></div><section>${cards}</section>`);
    const out = searchFragment(html);
    expect(regionTexts(out)).toEqual(regionTexts(html));
    expect(out.length).toBeLessThan(html.length / 50);
  });
});
