/**
 * Round 228 (corpus-real-207: the statistical and departmental reporting of schools, kindergartens and education offices — Росстат's
 * forms and their instructions, the reports on муниципальное задание, programmes and subsidies, with the act labels and date lines of
 * their pages). Six classes, each a row of the set (its source there):
 * - «No» — a Latin «N» and a small «o» — alone before a number is the typed number sign «№» («от "10" июня 2014 года No986» →
 *   `unparsed`, the date the act's label; it was `on`);
 * - a day and a month in figures before a year left blank («На 01.10.20__», «01.01.____») is a form's blank date (`unparsed`, «дата не
 *   заполнена»; it was `on` 2020-10-01);
 * - «плановый период» is no plan's noun: the years after «… и плановый период на» are the planning period's, read with the year
 *   before them («муниципальное задание на 2023 и плановый период на 2024-2025 годов» → 2023–2025; it was 2023 alone);
 * - a month in the prepositional after «в» right before a past verb of ordering is when the order was given, as round 214's day, and
 *   the term after the verb the deadline («В феврале президент РФ поручил провести эксперимент … до 1 декабря 2021 года.» → by 12-01;
 *   it was the window February – December 1);
 * - the numbers after a form's «строка / графа» (in any case, a list of them joined by a dash, «и» or a comma) are labels («Строка 05.
 *   Число дней работы … за период с начала отчетного года» → `ongoing`; it was `unparsed`, «непонятное число «05»»);
 * - a window that lies inside one that crossed the new year keeps its year («… за период с 1 октября прошлого года по 30 сентября
 *   текущего года (…) и … на начало учебного года …» → to 2021-09-30; it was to 2022-09-30).
 * Pins: «Ne» and «№» before a number, a word after «No»; a full date and round 59's blanks; a plan's noun with «плановый период» after
 * a date, and the planning period without «на»; round 214's day of an order, a month with its year, a month with no term, a verb of
 * starting; a day of every month; a list in calendar order that crossed the new year, a window after one that ends before it.
 */
import { distinctRows, by, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const blankDate: Expect = { kind: 'unparsed', reason: /дата не заполнена/ };

/** the act's line before the typed sign, and the sign with its number */
const ACT_LINES = ['от "10" июня 2014 года', 'от 10 июня 2014 г.', 'Постановление от 05.03.2011 г', 'Приказ от 16.08.2017 г.', 'Распоряжение администрации от 2 июня 2010 года'];
const TYPED_SIGNS = ['No986', 'No 986', 'Nо 44', 'No15-р', 'No 120-п'];

/** a form's head before a day and a month in figures with the year left blank */
const FORM_HEADS = ['На ', 'по состоянию на ', 'Дата заполнения: ', '', 'Численность на '];
const BLANK_YEAR_DATES = ['01.10.20__', '01.01.20__', '31.12.20__ г.', '1.09.____', '20.09.20___ года'];

/** what the budget year belongs to, the budget year, and the planning period after «и … на» */
const PLANNED = ['муниципальное задание', 'Муниципальное задание', 'государственное задание', 'бюджет городского округа', 'план-график закупок'];
const BUDGET_YEARS: Array<[string, number]> = [['2023', 2023], ['2023 год', 2023], ['2022 год', 2022]];
const PLANNING: Array<[string, number]> = [
  ['плановый период на {a}-{b} годов', 2],
  ['плановый период на {a} и {b} годы', 2],
  ['на плановый период на {a}-{b} годы', 2],
  ['планового периода на {a}-{b} годов', 2],
];

/** the month the order was given, who gave it, the verb and the term */
const ORDER_MONTHS: Array<[string, number]> = [['В феврале', 2], ['в марте', 3], ['В январе', 1], ['в мае', 5]];
const WHO = ['президент РФ', 'губернатор', 'министр образования', 'глава района'];
const ORDERS = [
  'поручил провести эксперимент по применению электронных копий документов до 1 декабря 2021 года',
  'потребовал до 1 сентября провести проверку готовности школ',
  'поручил не позднее 15 октября представить отчеты о питании школьников',
  'обязал руководителей школ к 20 августа подготовить паспорта безопасности',
];
const TERMS = ['2021-12-01', '2021-09-01', '2021-10-15', '2021-08-20'];

/** a form's line or column noun and its numbers, and what the line says */
const FORM_PARTS = ['Строка 05', 'Строки 01 – 02', 'Строки 03-04', 'Графа 4', 'Графы 5, 6', 'Строка 12'];
const FORM_LINES: Array<[string, Expect]> = [
  ['Число дней работы образовательного учреждения за период с начала отчетного года', ongoing],
  ['Число проведенных в группах и пропущенных дней детьми', unread],
  ['Данные представляются до 15 сентября', by('2021-09-15')],
  ['Сведения приводятся за период с начала года', ongoing],
];

/** a window that crossed the new year, ending in September, and a part of September after it */
const CROSSED = [
  'за период с 1 октября прошлого года по 30 сентября текущего года',
  'с 1 октября 2020 года по 30 сентября 2021 года',
  'Подраздел содержит данные о приеме и выпуске за период с 1 октября прошлого года по 30 сентября текущего года (графы 3, 5, 6)',
  'с 01.10.2020 по 30.09.2021',
];
const INSIDE = [
  'и данные о численности студентов на начало учебного года',
  'и данные о численности на начало учебного года по состоянию на 1 октября (графы 4, 7)',
  'и в сентябре',
  ', на начало учебного года',
];

const PINS: Row[] = [
  // «Ne» (round 207) and «N» stay signs, a word after «No» is no sign
  ['16.09.2025 Ne 16', on('2025-09-16')],
  ['от 10 июня 2014 года № 986', unread],
  ['No comments 15 мая', on('2021-05-15')],
  // a full date and round 59's blanks read as before
  ['На 01.10.2021', on('2021-10-01')],
  ['__.__.2021', blankDate],
  // round 229's line after a whole date stays a filled date's line
  ['от _18.11.2011__№_321__', unread],
  ['«__» сентября 20__ г.', blankDate],
  // after a date a plan's noun with its planning period is the plan's period (round 25), as before; without «на» the years read as before
  ['до 01.02.2021 утвердить план мероприятий на 2021 год и плановый период на 2022-2023 годы', by('2021-02-01')],
  ['муниципальное задание на 2023 год и плановый период 2024-2025 годов', range('2023-01-01', '2025-12-31')],
  ['на 2026 год и плановый период 2027 и 2028 годов', range('2026-01-01', '2028-12-31')],
  // round 214's day of an order; a month with its year and a month with no term after the verb read as before
  ['5 августа губернатор потребовал до 1 сентября провести инструктаж', by('2021-09-01')],
  ['В феврале 2021 года президент поручил до 1 декабря провести эксперимент', range('2021-02-01', '2021-12-01')],
  ['в феврале президент поручил провести проверку', range('2021-02-01', '2021-02-28')],
  ['В мае начали принимать заявки до 1 июня', range('2021-05-01', '2021-06-01')],
  // a day of every month stays one
  ['до 5 числа каждого месяца', rec('month', 5)],
  // a list in calendar order that crossed the new year moves on (round 69); a window before the first one's start too
  ['с 25 декабря по 9 января, с 24 марта по 2 апреля', range('2021-12-25', '2022-04-02')],
  ['с 1 октября по 30 сентября и на начало учебного года', range('2021-10-01', '2022-09-30')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«No» before a number is the number sign', () => {
      for (const l of ACT_LINES) for (const n of TYPED_SIGNS) add(`${l} ${n}`, unread);
    });
    section('a day and a month in figures before a blank year', () => {
      for (const h of FORM_HEADS) for (const d of BLANK_YEAR_DATES) addAs(`${h}${d}`, blankDate);
    });
    section('the planning period after «и плановый период на»', () => {
      for (const p of PLANNED)
        for (const [y, n] of BUDGET_YEARS)
          for (const [q] of PLANNING) {
            const text = `${p} на ${y} и ${q.replace('{a}', String(n + 1)).replace('{b}', String(n + 2))}`;
            add(text, range(`${n}-01-01`, `${n + 2}-12-31`));
          }
    });
    section('a month before a past verb of ordering with a term', () => {
      for (const [m] of ORDER_MONTHS) for (const w of WHO) ORDERS.forEach((o, k) => add(`${m} ${w} ${o}.`, by(TERMS[k]!)));
    });
    section('the numbers after a form\'s line or column noun', () => {
      for (const p of FORM_PARTS) for (const [l, e] of FORM_LINES) addAs(`${p}. ${l}`, e);
      // a day with its month after «графа … и» is no column: the column's number is the label, the day the date (START read «4 и 5 мая»)
      addAs('графа 4 и 5 мая', on('2021-05-05'));
    });
    section('a window inside one that crossed the new year', () => {
      for (const w of CROSSED) for (const x of INSIDE) addAs(`${w}${x.startsWith(',') ? '' : ' '}${x}.`, range('2020-10-01', '2021-09-30'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 228: departmental and statistical reporting in education — «No» is the number sign, a blank year after figures, the planning period, a month of an order, a form\'s lines, a window inside a crossed one',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
