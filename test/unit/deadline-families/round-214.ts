/**
 * Round 214 (corpus-real-196: подвоз обучающихся — school buses, their timetables, pre-trip checks, ГЛОНАСС and tachographs, the news
 * of their inspections). Six classes, each a row of the set (its source there):
 * - an apostrophe glued between a month's name and two figures stands for the century: the figures are the year («17 Августа’22»);
 * - after a date line's year and clock, a bar, a rubric and a number closing the line are the post's rubric and its counter, a label
 *   («26 августа 2020, 9:56 | Образование 11»);
 * - the first days of a school year are its beginning, read as «в начале учебного года» («… особенно в первые дни нового учебного
 *   года.»);
 * - «каждый будний день», «каждое буднее утро», «каждый будний вечер» are a weekly repeat like «в будние дни»;
 * - a colon after the number sign is the sign's own («статья № : 971»), so the number after it is a label;
 * - the day a past verb of ordering follows is the day the order was given when the order names its own term after it: the term is
 *   the deadline («… во вторник, 5 августа, потребовал до 1 сентября провести …»).
 * Pins: «каждое утро» alone (daily work), a daily word with «будний», «на каждый рабочий день», a clock or a longer number after the apostrophe, a number with
 * words after it on a date line, the first days of a month and of work, an order with no term after it, a written year before the
 * verb, «с <день> до <день>».
 */
import { distinctRows, by, ev, MONTHS_GEN, iso, on, ongoing, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the marks written for the century */
const MARKS = ['’', "'", '‘'];
/** days of months and two-figure years */
const SHORT_DAYS: Array<[number, number, number]> = [
  [17, 8, 22],
  [3, 9, 21],
  [25, 12, 19],
  [1, 3, 23],
  [30, 11, 20],
];

/** date lines with a clock, the rubrics and the counters after a bar */
const DATE_LINES: Array<[string, string]> = [
  ['26 августа 2020, 9:56', '2020-08-26'],
  ['4 августа 2017, 14:38', '2017-08-04'],
  ['10 августа 2022, 12:00', '2022-08-10'],
  ['1 сентября 2019 08:15', '2019-09-01'],
];
const RUBRICS = ['Образование', 'Общество', 'Новости района', 'Образование и наука'];
const COUNTERS = ['11', '24', '1086', '5'];

/** the first days of a school year, and the phrases around them */
const FIRST_DAYS = ['первые дни', 'первых числах', 'первые числа'];
const SCHOOL_YEARS = ['учебного года', 'нового учебного года', 'текущего учебного года'];
const FIRST_FRAMES = ['в {d} {y}', 'Автобусы планируется проверить, особенно в {d} {y}', 'проверка маршрутов в {d} {y}'];
const BEGINNING = range('2021-09-01', '2021-09-30');

/** every weekday and a part of it */
const WORKDAY_PARTS = ['Каждый будний день', 'Каждое буднее утро', 'Каждый будний вечер'];
const WORKDAY_WORK = [
  'автобусы выходят на маршрут',
  'пазики и газели начинают свой маршрут',
  'водитель проходит предрейсовый осмотр',
  'дети едут в школу',
];

/** lines with a number sign and a colon after it, and their dates */
const SIGN_LINES: Array<[string, string]> = [
  ['Опубликован : 07.11.2014 в Monitorul Oficial Nr. 333-338     статья № : 971', '2014-11-07'],
  ['07.11.2014 газета № 33 статья № : 971', '2014-11-07'],
  ['Опубликован : 12.03.2015 в газете № 45 статья № : 120', '2015-03-12'],
  ['Опубликовано 01.02.2016 в Monitorul Oficial № 20-27 статья №: 88', '2016-02-01'],
];

/** who orders, the verbs of ordering, the terms and what is ordered */
const WHO = ['', 'губернатор ', 'министр '];
const ORDER_VERBS = ['потребовал', 'поручил', 'обязал', 'распорядился'];
const TERMS: Array<[string, string]> = [
  ['до 1 сентября', '2021-09-01'],
  ['к 25 августа', '2021-08-25'],
  ['не позднее 15 сентября', '2021-09-15'],
];
const ORDER_DAYS = ['5 августа', '12 июля', '20 июня'];

const PINS: Row[] = [
  // daily work stays open-ended; «будний» with a daily word too
  ['каждое утро', ongoing],
  ['Каждое утро автобусы выходят на маршрут.', ongoing],
  ['Каждое буднее утро ежедневно', ongoing],
  ['Циклограмма описывает почасовой план работы воспитателя на каждый рабочий день.', ongoing],
  ['в будние дни с 9:00 до 17:00', rec('week')],
  // a clock after the apostrophe is no year
  ['17 августа’22:10', on('2021-08-17')],
  ['17 августа 22 г.', on('2022-08-17')],
  // a bar and a rubric with words after the number, and a line with no year before the clock
  ['10 августа 2022, 12:00 | Образование', on('2022-08-10')],
  ['30.08.2013, 19:26 | просмотров: 1201', on('2013-08-30')],
  // the first days of a month and of work, as before
  ['в первые дни сентября', range('2021-09-01', '2021-09-10')],
  ['в первые дни обучения', ev('обучения')],
  ['в начале учебного года', BEGINNING],
  // a day of a month after «№:» reads as before
  ['№: 15 мая', on('2021-05-15')],
  // an order with no term after it, a written year before the verb, a start and an end
  ['5 августа губернатор поручил провести проверку', on('2021-08-05')],
  ['5 августа 2014 года президент поручил не позднее 1 октября представить доклад.', on('2014-10-01', '2014-08-05')],
  ['с 5 августа до 1 сентября', range('2021-08-05', '2021-09-01')],
  ['Ремонт, который начнется 3 марта и должен завершиться до 19 ноября', range('2021-03-03', '2021-11-19')],
  // a number sign with no colon, as before
  ['Опубликовано 07.11.2014 в газете № 45', on('2014-11-07')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a month\'s name, an apostrophe and a two-figure year', () => {
      for (const [d, m, y] of SHORT_DAYS)
        for (const mark of MARKS) {
          const day = iso(m, d, 2000 + y);
          const month = MONTHS_GEN[m - 1]!;
          addAs(`${d} ${month}${mark}${y}`, on(day));
          addAs(`${d} ${month[0]!.toUpperCase()}${month.slice(1)}${mark}${y}`, on(day));
          addAs(`${d} ${month} ${mark}${y}`, on(day));
          addAs(`${d} ${month}${mark}${y}, 10:15`, on(day));
        }
    });
    section('a date line\'s rubric and its counter after a bar', () => {
      for (const [line, day] of DATE_LINES)
        for (const r of RUBRICS) for (const n of COUNTERS) addAs(`${line} | ${r} ${n}`, on(day));
    });
    section('the first days of a school year', () => {
      for (const y of SCHOOL_YEARS) add(`с первых дней ${y}`, { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' });
      for (const d of FIRST_DAYS)
        for (const y of SCHOOL_YEARS)
          for (const f of FIRST_FRAMES) {
            if (d === 'первые числа' && f.startsWith('в ')) continue; // «в первые числа» is no Russian
            add(f.replace('{d}', d).replace('{y}', y), BEGINNING);
          }
    });
    section('every weekday and its part of the day', () => {
      for (const p of WORKDAY_PARTS) for (const w of WORKDAY_WORK) add(`${p} ${w}`, rec('week'));
    });
    section('a colon after the number sign', () => {
      for (const [t, day] of SIGN_LINES) addAs(t, on(day));
    });
    section('the day an order was given, and its term', () => {
      for (const d of ORDER_DAYS)
        for (const w of WHO)
          for (const v of ORDER_VERBS)
            for (const [term, due] of TERMS) {
              addAs(`${w ? 'Губернатор' : 'Глава района'} ${d} ${w}${v} ${term} провести инструктаж водителей`, by(due));
              addAs(`Рязанский губернатор во вторник, ${d}, ${w}${v} ${term} провести дополнительный инструктаж.`, by(due));
            }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 214: school buses — an apostrophe year, a date line\'s rubric counter, the first days of a school year, every weekday, «№ :», the day an order was given',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
