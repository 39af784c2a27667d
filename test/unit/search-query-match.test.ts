/**
 * The check that Pagefind found the words of a query and did not cut one short
 * (src/lib/search/query-match.ts). The search page runs it in Chromium on the real index:
 * test/e2e/search.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { coversQuery, isFormOf, queryWords } from '../../src/lib/search/query-match';

/** A result whose hits are the words marked with `*`. */
function result(marked: string): { content: string; locations: number[] } {
  const words = marked.split(' ');
  return { content: words.map((w) => w.replace(/^\*/, '')).join(' '), locations: words.flatMap((w, i) => (w.startsWith('*') ? [i] : [])) };
}

describe('a word of the page is a form of the query word', () => {
  it.each([
    ['детей', 'дети'],
    ['Консультации', 'консультаций'],
    ['консультационного', 'консультаций'],
    ['педагогического', 'педагогический'],
    ['«Журавлёвская', 'журавлевская'],
    ['(ШНОР).', 'шнор'],
    ['ВПР.', 'впр'],
    ['07.02.2021,', '2021'],
    ['п/п', 'пп'],
    ['учителей', 'учитель'],
    ['ответственный', 'ответственность'],
  ])('«%s» for «%s»', (page, query) => {
    expect(isFormOf(page, query)).toBe(true);
  });

  it.each([
    ['п/п', 'педсовет'],
    ['со', 'совещание'],
    ['по', 'поощрение'],
    ['МО', 'молодежь'],
    ['5.2.', '527'],
    ['наставник', 'наставничество'],
    ['2', '2021'],
    ['ВП', 'впр'],
  ])('not «%s» for «%s»', (page, query) => {
    expect(isFormOf(page, query)).toBe(false);
  });
});

describe('a result covers the query', () => {
  it('when every word of the query is among its hits', () => {
    expect(coversQuery(result('10. Посещение заседаний *педагогического *совета по вопросам'), 'педагогического совета')).toBe(true);
    expect(coversQuery(result('Отчёт *«Журавлевская СОШ» за *07.02.2021,'), 'Журавлёвская 2021')).toBe(true);
  });

  it('not when Pagefind cut a word short to find anything', () => {
    expect(coversQuery(result('Пары школ: № *п/п Наименование'), 'педсовет')).toBe(false);
    expect(coversQuery(result('сопровождения *со стороны школ'), 'совещание')).toBe(false);
    // one word found, the other cut short: Pagefind wants every word, so nothing was found
    expect(coversQuery(result('*Журавлевская школа: № *п/п'), 'журавлевская педсовет')).toBe(false);
  });

  it('a query with no words (only filters) is not checked', () => {
    expect(coversQuery(result('любой текст'), '  — ')).toBe(true);
    expect(queryWords(' «Журавлёвская»  п/п ')).toEqual(['журавлевская', 'пп']);
  });
});
