/**
 * Round 283 (no set; every corpus text read again with the other ways its words are written), four rules:
 * - «уч. г.» («уч.г.», «учеб. г.», «учебн. г.») reads as «учебного года» in the case its place asks for («в новом уч. г.» «учебном
 *   году», «на новый уч. г.» «учебный год»): with «учебн. г.» for «учебного года», 55 of 356 corpus texts read otherwise («Начало
 *   учебн. г.: 1 сентября 2022 года» was a range from the period's start, «С нового учебн. г. …» unparsed).
 * - a count of months with «мес.» reads as with «месяца / месяцев»: «За 9 мес. 2023 года 3 ребенка прибыли …» was an event.
 * - a count of days with «дн.» reads as with «дней»: «Детский сад работает 5 дн. в неделю с 7.00 до 17.30.» was a span.
 * - an ordinal day before «текущего / следующего … месяца» or «месяца, следующего …», with no «числа», is that day of the month:
 *   «Оплата производится до 10-го текущего месяца!» was unparsed.
 */
import { distinctRows, by, ev, on, ongoing, range, rec, sched, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the school year's words with «г.», and the whole words they stand for */
const CUT_YEAR = ['уч. г.', 'уч.г.', 'учеб. г.', 'учебн. г.', 'уч. г'];
const YEAR_FRAMES: Array<[string, Expect]> = [
  ['Начало {}: 1 сентября 2022 года', on('2022-09-01')],
  ['Окончание {} – 26 мая 2025 г.', on('2025-05-26')],
  ['Дата окончания {} для 9-х, 11-х классов в соответствии с расписанием ГИА.', sched('расписание ГИА')],
  ['накануне нового {}', by('2021-08-31')],
  ['в течение {}', ongoing],
  ['в течение 2021-2022 {}', range('2021-09-01', '2022-08-31')],
  ['на 2021-2022 {}', range('2021-09-01', '2022-08-31')],
  ['в 2021/2022 {}', range('2021-09-01', '2022-08-31')],
  ['в конце {}', range('2021-05-01', '2021-05-31')],
  ['до конца {}', by('2021-08-31')],
  ['в начале {}', range('2021-09-01', '2021-09-30')],
  ['в новом {}', range('2021-09-01', '2022-08-31')],
  ['на новый {}', range('2021-09-01', '2022-08-31')],
  ['С нового {} в школах появится медсестра', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['в течение 10 дней после начала {}', ev('начала')],
];

/** counts of months and days with their words cut */
const MONTH_ROWS: Array<[string, Expect]> = [
  ['за 9 мес. 2023 года', range('2023-01-01', '2023-09-30')],
  ['За 6 мес. 2023 года проведено 54 заседания', range('2023-01-01', '2023-06-30')],
  ['за 11 мес. этого года', range('2021-01-01', '2021-11-30')],
  ['за 3 мес. 2022 г.', range('2022-01-01', '2022-03-31')],
  ['в течение 3 мес. со дня подачи заявления', ev('подачи')],
  ['не позднее чем за 3 мес. до начала учебного года', ev('начала')],
  ['в течение 1 мес. после зачисления', ev('зачисления')],
  ['в течение 2 мес со дня регистрации', ev('регистрации')],
];
const DAY_ROWS: Array<[string, Expect]> = [
  ['Детский сад работает 5 дн. в неделю с 7.00 до 17.30.', rec('week')],
  ['Проверку и обработку материалов должны завершить в течение 12 дн. – то есть до 16 декабря.', by('2021-12-16')],
  ['осмотры 1 раз в 10 дн.', rec(null)],
  ['в течение 10 дн. со дня регистрации', ev('регистрации')],
  ['в течение 5 раб. дн. со дня регистрации', ev('регистрации')],
  ['в течение 3 рабочих дн. со дня поступления', ev('поступления')],
  ['Не позднее чем за 20 дн. до даты начала обучения Департамент направляет сведения', ev('начала')],
  ['в течение 21 дн. с момента получения', ev('получения')],
];

/** an ordinal day before the month it is of, with no «числа» */
const DAY_OF_MONTH: Array<[string, Expect]> = [
  ['до 10-го текущего месяца', rec('month', 10)],
  ['Оплата производится до 10-го текущего месяца!', rec('month', 10)],
  ['Родительская плата производится авансом в срок до 15-го текущего месяца.', rec('month', 15)],
  ['до 11-го месяца следующего за отчетным', rec('month', 11)],
  ['до 10-го месяца, следующего за истекшим', rec('month', 10)],
  ['не позднее 20-го следующего месяца', rec('month', 20)],
  ['до 25-го каждого месяца', rec('month', 25)],
  ['до 5-ого отчетного месяца', rec('month', 5)],
];

const PINS: Row[] = [
  // what read right before: the year's words whole or cut before «года», a month's ordinal day, a count of months of life
  ['2021-2022 уч. год', range('2021-09-01', '2022-08-31')],
  ['2021-2022 уч.г.', range('2021-09-01', '2022-08-31')],
  ['в течение 2021/2022 уч. года', range('2021-09-01', '2022-08-31')],
  ['до 10-го числа месяца, следующего за истекшим', rec('month', 10)],
  ['ежемесячно до 10-го', rec('month', 10)],
  ['с 20-го по 25-е число', rec('month', 25)],
  ['до 4-го мая', by('2021-05-04')],
  ['за 9 месяцев 2023 года', range('2023-01-01', '2023-09-30')],
  ['в течение 3 месяцев со дня подачи заявления', ev('подачи')],
  ['в течение 10 дней со дня регистрации', ev('регистрации')],
  ['ежемес. до 5 числа', rec('month', 5)],
  ['1 смена- 18 дн.', { kind: 'unparsed', reason: /«18 дн\.»/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«уч. г.» in the case its place asks for', () => {
      for (const y of CUT_YEAR) for (const [f, e] of YEAR_FRAMES) add(f.replace('{}', y), e);
    });
    section('a count of months with «мес.»', () => MONTH_ROWS.forEach(([t, e]) => add(t, e)));
    section('a count of days with «дн.»', () => DAY_ROWS.forEach(([t, e]) => add(t, e)));
    section('an ordinal day before the month it is of', () => DAY_OF_MONTH.forEach(([t, e]) => add(t, e)));
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 283: «уч. г.» in its case, «мес.» and «дн.» after a count, an ordinal day before «текущего месяца»',
  rows: () => distinctRows(sections()),
};
