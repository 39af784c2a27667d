/**
 * Round 241 (corpus-real-218: the work plans of councils and dumas, the planning clauses of their regulations, the news of their
 * sessions). Three rules, each a class:
 * - a month named before «с <день> по / до <день>» in figures with no month after it, the days ending the clause, gives them its month:
 *   «В июне пленарные заседания запланированы с 6 по 19.» was `unparsed` («непонятное число «6»»), now 06-06..06-19, as round 106's «в
 *   октябре … с 9 по 17 число» (https://dumatv.ru/news/deputati-opredelili-poryadok-raboti-do-kontsa-sessii);
 * - a budget's year after the day or the month it is passed is a label, like a plan's after «на» (round 22): «Главное в декабре –
 *   рассмотрение и принятие городского бюджета на 2022 год.» was December 2022, now December 2021
 *   (https://ural-news.net/other/2021/08/06/273696.html); its planning period «и плановый период 2026 и 2027 годов» with no «на» too;
 * - «тел» without its dot names a phone, so a list of numbers after it is dropped: «Аккредитация ведется по тел 29-40-97, 29-40-99,
 *   29-40-87 до 15.00 12 декабря.» was `unparsed`, now by 12-12 (https://old.akzs.ru/news/main/2017/12/08/15076).
 * Pins: the days with their month after them, with no month before them (grades), with a noun after them; round 106's «число»; a
 * budget's years with no day (the window, as before) and a municipal task's planning period (round 228); «тел.» with its dot.
 */
import { distinctRows, by, iso, MONTHS_GEN, MONTHS_PREP, on, range, unread, sectionsOf, type Expect, type Family, type Row } from './kit';

const DAY_PAIRS: Array<[number, number]> = [[1, 15], [6, 19], [16, 28], [10, 20], [2, 12]];
/** the sentence around «в <месяце> … с N по M», `{m}` the month in the prepositional, `{r}` the days */
const FRAMES = [
  'в {m} {r}',
  'В {m} пленарные заседания запланированы {r}.',
  'В документе отмечается, что пленарные заседания в {m} пройдут в период {r}.',
  'в {m} депутаты будут работать в регионах {r};',
  'В {m} заседания комиссий пройдут {r}, затем сессия.',
];
const JOINS = ['с {a} по {b}', 'с {a} до {b}', 'со {a} по {b}'];

const BUDGET_FORMS = ['бюджет', 'бюджета', 'бюджету', 'бюджетом', 'бюджете'];
/** a day or a month said first, then the budget's year: the text's reading without the year */
const BUDGET_FRAMES: Array<[string, Expect]> = [
  ['29 ноября депутаты рассмотрят вопрос о {b} города на 2022 год', on('2021-11-29')],
  ['Главное в декабре – рассмотрение вопроса о {b} на 2022 год', range('2021-12-01', '2021-12-31')],
  ['15 декабря 2021 года на сессии: о {b} на 2022 год и плановый период 2023 и 2024 годов', on('2021-12-15')],
  ['до 1 декабря – вопрос о {b} на 2022 год и плановый период 2023-2024 годов', by('2021-12-01')],
];
const PHONES = ['29-40-97', '29-40-97, 29-40-99', '29-40-97, 29-40-99, 29-40-87', '2-20-42 и 2-20-43', '8 (3852) 29-40-97'];
const PHONE_WORDS = ['тел', 'Тел', 'тел.', 'по тел', 'тел:'];

const PINS: Row[] = [
  // the month after the days, as before (a month before them and the days of another: one window, calendar order)
  ['с 16 по 29 мая', range('2021-05-16', '2021-05-29')],
  ['В мае пленарные заседания пройдут с 16 по 29 июня.', range('2021-05-01', '2021-06-29')],
  // no month before: grades or items, as before
  ['Варианты тестирования разработаны отдельно для каждого класса с 1 по 11.', { kind: 'unparsed', reason: /непонятное число/ }],
  ['с 16 по 29', { kind: 'unparsed', reason: /непонятное число/ }],
  // a noun after the days: a label, the month's window stays
  ['в мае с 1 по 11 классы', range('2021-05-01', '2021-05-31')],
  // round 106's «число»
  ['Ученики уже насладились каникулами в октябре, когда отдыхали с 9 по 17 число.', range('2021-10-09', '2021-10-17')],
  // a budget's years with no day or month: the window, as before
  ['О бюджете на 2022 год', range('2022-01-01', '2022-12-31')],
  ['Бюджет на 2022 год и плановый период 2023 и 2024 годов', range('2022-01-01', '2024-12-31')],
  ['муниципальное задание на 2023 и плановый период 2024 и 2025 годов', range('2023-01-01', '2025-12-31')],
  // a budget's year before the dates keeps its year (round 178: the edition's date is a label)
  ['О бюджете на 2021 год (с изменениями на 10 февраля 2021 года)', range('2021-01-01', '2021-12-31')],
  ['Бюджет Костромской области на 2010 год внесен губернатором области в областную Думу 15 октября 2009г.', on('2009-10-15')],
  ['муниципальное задание на 2023 и плановый период на 2024-2025 годов', range('2023-01-01', '2025-12-31')],
  // a plan's years after a day, as before (round 22)
  ['15 марта утвержден план мероприятий на 2021-2023 годы', on('2021-03-15')],
  // «тел.» with its dot, as before
  ['тел. 29-40-97, 29-40-99 до 12 декабря', by('2021-12-12')],
  ['тел 29-40-97', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a month named before «с <день> по <день>» with no month after', () => {
      for (let m = 1; m <= 12; m++)
        for (const [a, b] of DAY_PAIRS)
          for (const j of JOINS) {
            if (j.startsWith('со ') && a !== 2) continue;
            for (const f of FRAMES) addAs(f.replace('{m}', MONTHS_PREP[m - 1]!).replace('{r}', j.replace('{a}', String(a)).replace('{b}', String(b))), range(iso(m, a), iso(m, b)));
          }
    });
    section('a budget\'s year after the day or month it is passed', () => {
      for (const [f, e] of BUDGET_FRAMES) for (const b of BUDGET_FORMS) add(f.replace('{b}', b), e);
    });
    section('«тел» without its dot before a list of numbers', () => {
      for (const w of PHONE_WORDS) for (const p of PHONES) for (const [d, m] of [[12, 12], [1, 3], [20, 5]] as const)
        add(`Аккредитация ведется ${w} ${p} до 15.00 ${d} ${MONTHS_GEN[m - 1]}`, by(iso(m, d)));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 241: a month named before «с <день> по <день>» gives the days its month; a budget\'s year after its day is a label; «тел» without its dot names a phone',
  rows: () => distinctRows(sections()),
};
