import { describe, expect, it } from 'vitest';
import { clauseAnchor, clauseNumber } from '../../src/lib/clauses';
import { renderDocument, renderUntrusted } from '../../src/lib/markdown';

describe.each([
  ['1.1 Настоящее Положение', '1.1'],
  ['1.2. Сетевое взаимодействие', '1.2'],
  ['4.2.1. Подпункт', '4.2.1'],
  ['1. Общие положения', '1'],
  ['  3. С отступом', '3'],
  ['2021 года приказом', null],
  ['15.02.2021 провести', null],
  ['Текст без номера', null],
  ['1.Без пробела', null],
  ['12.3 Двузначный раздел', '12.3'],
])('clauseNumber(%j)', (text, expected) => {
  it(`= ${expected}`, () => expect(clauseNumber(text)).toBe(expected));
});

it.each([['4.2', 'p-4-2'], ['1', 'p-1'], ['2.2.3', 'p-2-2-3']])('clauseAnchor(%s) = %s', (n, id) => expect(clauseAnchor(n)).toBe(id));

describe('renderDocument', () => {
  const body = [
    '## 1. Общие положения',
    '',
    '1.1 Первый пункт без точки.',
    '',
    '1.2. Второй пункт:',
    '',
    '- пункт списка 1.3. не становится якорем;',
    '- второй.',
    '',
    'Продолжение пункта 1.2 без номера.',
    '',
    '2. Пункт приказа, не нумерованный список.',
    '',
    '2. Повтор номера получает свой якорь.',
  ].join('\n');
  const { html, clauses } = renderDocument(body);

  it('finds clauses in source order with anchors', () => {
    expect(clauses.map((c) => [c.number, c.id, c.heading])).toEqual([
      ['1', 'p-1', true],
      ['1.1', 'p-1-1', false],
      ['1.2', 'p-1-2', false],
      ['2', 'p-2', false],
      ['2', 'p-2-2', false],
    ]);
  });

  it('keeps the source numbering as text (no <ol> renumbering)', () => {
    expect(html).not.toContain('<ol');
    expect(html).toMatch(/<p id="p-2" class="clause"[^>]*>2\. Пункт приказа/);
  });

  it('adds a visible self-link to each clause', () => {
    expect(html).toMatch(/<a class="clause-link" href="#p-1-1" data-clause="1.1"[^>]*>/);
  });

  it('marks clauses for search: paragraphs are sub-results, the self-link is not indexed', () => {
    expect(html).toContain('<p id="p-1-1" class="clause" data-pagefind-title="Пункт 1.1">');
    expect(html).toContain('<h2 id="p-1" class="clause" data-pagefind-title="1. Общие положения">');
    expect(html).toMatch(/<a class="clause-link" href="#p-1-1" data-clause="1.1" data-pagefind-ignore[^>]*>/);
  });

  it('keeps bullet lists', () => {
    expect(html).toContain('<li>пункт списка 1.3. не становится якорем;</li>');
  });
});

describe('untrusted text is inert', () => {
  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror=alert(1)>', /<img\b|<[^>]+\sonerror=/i],
    ['[ссылка](javascript:alert(1))', /href="javascript/i],
    ['<iframe src="https://example.org"></iframe>', /<iframe/i],
    ['<a href="#" style="color:red" onclick="x()">a</a>', /<[^>]+\s(style|onclick)=/i],
  ])('%s', (payload, forbidden) => {
    expect(renderUntrusted(payload)).not.toMatch(forbidden);
    expect(renderDocument(payload, { trust: 'staff' }).html).not.toMatch(forbidden);
  });
});
