import { describe, expect, it } from 'vitest';
import { clauseAnchor, clauseLetter, clauseNumber, numberedLines, numberingFaults } from '../../src/lib/clauses';
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
  ['1.4.Необходимыми условиями', '1.4'],
  ['3.1.Образовательные организации', '3.1'],
  ['**4. Содержание**', '4'],
  ['1662-р.', null],
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
    expect(html).toContain('<li id="p-1-2-li1">пункт списка 1.3. не становится якорем;</li>');
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

describe.each([
  ['а) первый подпункт', 'а'],
  ['Б. При сетевом взаимодействии', 'Б'],
  ['**В.** Образовательные организации', 'В'],
  ['Н.А. Бозина', null],
  ['А. С. Пушкин писал', null],
  ['Адресная помощь', null],
])('clauseLetter(%j)', (text, expected) => {
  it(`= ${expected}`, () => expect(clauseLetter(text)).toBe(expected));
});

describe('every clause gets an anchor (lettered, unnumbered, consecutive lines)', () => {
  const body = [
    'Вступительный абзац без номера.',
    '',
    '**Цель и задачи:**',
    '',
    'Цель – построение модели.',
    '- первая задача;',
    '- вторая задача.',
    '',
    '## 4. Содержание',
    '',
    'А. Содержание формируется исходя из направлений;',
    '',
    'Б. При сетевом взаимодействии реализуются процессы.',
    '2.1. обеспечить реализацию;',
    '2.2. ежемесячно направлять отчёт:',
    'а) по форме;',
    'б) в срок.',
  ].join('\n');
  const { html, clauses } = renderDocument(body);
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);

  it('gives every paragraph, title, letter and bullet an id, all unique', () => {
    expect(ids).toEqual(['p-abz1', 'razdel-1', 'razdel-1-abz1', 'razdel-1-li1', 'razdel-1-li2', 'p-4', 'p-4-a', 'p-4-b', 'p-2-1', 'p-2-2', 'p-2-2-a', 'p-2-2-b']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('splits clauses pasted on consecutive lines into their own paragraphs', () => {
    expect(html).toMatch(/<p id="p-2-1" class="clause"[^>]*>2\.1\. обеспечить реализацию;/);
    expect(html).toMatch(/<p id="p-2-2-a" class="clause"[^>]*>а\) по форме;/);
  });

  it('lists titles and letters among the clauses', () => {
    expect(clauses.map((c) => [c.number, c.id, c.heading])).toEqual([
      ['', 'razdel-1', true], ['4', 'p-4', true], ['А', 'p-4-a', false], ['Б', 'p-4-b', false],
      ['2.1', 'p-2-1', false], ['2.2', 'p-2-2', false], ['а', 'p-2-2-a', false], ['б', 'p-2-2-b', false],
    ]);
  });
});

describe('numbering faults', () => {
  const faults = (body: string) => numberingFaults(numberedLines(body)).map((f) => [f.kind, f.number, f.line, f.expected ?? f.firstLine]);
  it('accepts a clean hierarchy, including first children and going back up', () => {
    expect(faults('1. А\n1.1 Б\n1.2. В\n\n- 7. список\n2. Г\n2.1. Д\n2.1.1. Е\n3. Ж')).toEqual([]);
  });
  it('warns on a skipped number with its line', () => {
    expect(faults('1. Раздел\n1.4. а\n1.5. б\n1.7. в')).toEqual([['skip', '1.4', 2, '1.1'], ['skip', '1.7', 4, '1.6']]);
    expect(faults('3. Не с первого')).toEqual([['skip', '3', 1, '1']]);
  });
  it('warns on a duplicate number with the first line', () => {
    expect(faults('1. А\n2. Б\n2. В')).toEqual([['duplicate', '2', 3, 2]]);
  });
  it('ignores table rows and bullets', () => {
    expect(faults('1. А\n| 5 | строка |\n- 9. пункт списка\n2. Б')).toEqual([]);
  });
});
