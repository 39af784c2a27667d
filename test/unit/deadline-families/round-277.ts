/**
 * Round 277 (no set; every corpus text read again with the other ways the same words are written), five rules:
 * - «на протяжении» (and «в / на протяжение», «в протяжении») reads as «в течение», and the misspelling «в течении» as «в течение»
 *   (`normalize.ts`, same length): with «на протяжении» for «в течение», 11 of the 666 corpus texts with «в течение» read otherwise
 *   («на протяжении следующего года» was open-ended over 2021, «на протяжении трех дней с 25 марта» open-ended from 03-25, «на
 *   протяжении праздничных дней» open-ended, not an event). The forms are the corpus's own: corpus-real rows write «на протяжении»
 *   31 times and «в течении» 49 times. Pins: what «на протяжении» read right before (every corpus row with it reads as before).
 * - «не позднее, чем» / «не позже, чем» / «не ранее, чем» read as without the comma (57 corpus rows write «не позднее, чем»): «…
 *   уведомления сотрудник должен получить не позднее, чем 1 августа.» read a range through the date before it.
 * - «не позднее чем <час> <день>» is round 152's hour before a day: «Руководителям … не позднее чем 15 часов 10 сентября 2019 года …»
 *   (corpus-real-140's row with «чем») was a span from an event.
 * - «уч. года», «уч. году», «учеб. год», «учебн. года» read as the whole words (`parse.ts`, the reason keeps the text): «Начало уч.
 *   года: 1 сентября 2022 года» was a range from the period's start; 47 of 570 corpus texts read otherwise with «уч. года».
 * - round 267's year between an attribute and its noun after a day takes «г.» too: «18 декабря состоялось итоговое в 2014 г. заседание».
 */
import { distinctRows, by, ev, on, ongoing, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** phrases after «в течение» and how they read (the same after each other way of writing it) */
const AFTER_DURING: Array<[string, Expect]> = [
  ['праздничных дней', ev('праздничн')],
  ['трех дней с 25 марта', range('2021-03-25', '2021-03-27')],
  ['следующего года', range('2022-01-01', '2022-12-31')],
  ['прошлого года', range('2020-01-01', '2020-12-31')],
  ['первого месяца после принятия ребенка в семью', ev('перв')],
  ['первого месяца работы', ev('перв')],
  ['учебного года', ongoing],
  ['всего лета', range('2021-06-01', '2021-08-31')],
  ['2 недель со дня подачи заявления', ev('подачи')],
  ['сентября', range('2021-09-01', '2021-09-30')],
  ['2021 года', range('2021-01-01', '2021-12-31')],
  ['I полугодия', range('2021-01-01', '2021-06-30')],
  ['каникул', ev('каникул')],
  ['всего периода обучения', ongoing],
  ['2021-2022 учебного года', range('2021-09-01', '2022-08-31')],
  ['года', ongoing],
  ['10 дней после окончания четверти', ev('четверти')],
  ['первой недели сентября', range('2021-09-01', '2021-09-07')],
];
const DURING = ['на протяжении', 'в течении', 'в протяжении', 'на протяжение', 'в течение'];

/** a deadline before «, чем» and its day */
const NOT_LATER = ['не позднее', 'не позже'];
const DAYS: Array<[string, string]> = [['1 августа', '2021-08-01'], ['15.09.2021', '2021-09-15'], ['30 декабря текущего года', '2021-12-30'], ['10 сентября 2019 года', '2019-09-10']];

/** a school year's words, abbreviated, and the frames they stand in */
const SCHOOL_YEAR = ['уч. года', 'уч.года', 'учеб. года', 'учебн. года', 'учебного года'];
const YEAR_FRAMES: Array<[string, Expect]> = [
  ['Начало {}: 1 сентября 2022 года', on('2022-09-01')],
  ['Окончание {} – 26 мая 2025 г.', on('2025-05-26')],
  ['накануне нового {}', by('2021-08-31')],
  ['в течение {}', ongoing],
  ['в течение 2021-2022 {}', range('2021-09-01', '2022-08-31')],
  ['в конце {}', range('2021-05-01', '2021-05-31')],
  ['в течение 10 дней после начала {}', ev('начала')],
];

const PINS: Row[] = [
  // «на протяжении» read right before, the hour with no day, a condition of «не ранее»
  ['на протяжении всего лета', range('2021-06-01', '2021-08-31')],
  ['на протяжении многих лет', ongoing],
  ['на протяжении 2021 года', range('2021-01-01', '2021-12-31')],
  ['На протяжении всех каникул ребёнок пройдет все уровни квеста', ev('каникул')],
  ['не позднее, чем за 2 недели до начала проведения итогового сочинения', ev('начала')],
  ['не позднее, чем за 10 дней до начала занятий', ev('занятий')],
  ['не позднее чем 15 часов', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['2021-2022 уч. год', range('2021-09-01', '2022-08-31')],
  ['2021-2022 уч.г.', range('2021-09-01', '2022-08-31')],
  ['ежегодно в течение сентября', rec('year')],
  ['18 декабря состоялось итоговое в 2014 году заседание Совета', on('2014-12-18')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«на протяжении», «в течении» read as «в течение»', () => {
      for (const d of DURING) for (const [p, e] of AFTER_DURING) add(`${d} ${p}`, e);
    });
    section('«не позднее, чем» reads as without the comma', () => {
      for (const n of NOT_LATER)
        for (const [d, due] of DAYS) {
          add(`${n}, чем ${d}`, by(due));
          add(`${n} чем ${d}`, by(due));
          addAs(`Письменное уведомление сотрудник должен получить ${n}, чем ${d}.`, by(due));
        }
    });
    section('«не позднее чем <час> <день>»', () => {
      for (const n of NOT_LATER)
        for (const comma of ['', ','])
          for (const [h, w] of [['15', 'часов'], ['18', 'ч.'], ['12', 'часов 00 минут']] as const) {
            add(`${n}${comma} чем ${h} ${w} 10 сентября 2019 года`, by('2019-09-10'));
            addAs(`Руководителям образовательных организаций ${n}${comma} чем ${h} ${w} 10 сентября 2019 года необходимо организовать доставку заявлений.`, by('2019-09-10'));
          }
    });
    section('a school year\'s words abbreviated', () => {
      for (const y of SCHOOL_YEAR) for (const [f, e] of YEAR_FRAMES) add(f.replace('{}', y), e);
    });
    section('a year between an attribute and its noun, with «г.»', () => {
      for (const [a, noun] of [['итоговое', 'заседание Совета'], ['первое', 'собрание'], ['последнее', 'заседание комиссии']] as const)
        for (const [y, iso] of [['2014', '2014-12-18'], ['2015', '2015-12-18']] as const) {
          addAs(`18 декабря состоялось ${a} в ${y} г. ${noun}.`, on(iso));
          addAs(`18 декабря состоялось ${a} в ${y} году ${noun}.`, on(iso));
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 277: the other ways the same words are written («на протяжении», «в течении», «не позднее, чем», «уч. года», «в 2014 г.»)',
  rows: () => distinctRows(sections()),
};
