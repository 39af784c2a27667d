/**
 * Round 247 (corpus-real-223's misses, 126/132 → 132/132): six shapes of school volunteering's news and pages.
 * - A full date in figures after «за» is the day a list or a report covers: «Публикации за 17.04.2025» → on (it was `event`, an offset).
 * - A span after «за» and then «с <день> … по <день>» with no bracket is the window's length: «За месяц с 14 сентября по 14 октябре …»
 *   → the window (it was `event`).
 * - A season written first before the days of a repeat is their heading: «Этой осенью с 17 по 25 сентября … пройдут ежегодные
 *   соревнования» → the yearly repeat over those days (it was over the period).
 * - An «и» between two nouns after the day leads to no date: «27 апреля акция … на улицы и площади города и продлится до 9 мая» → the
 *   window (it was `on`, two days).
 * - A street named by its adjective alone after «на», then its comma: «на Мясницкой, 26,» — the number is the house's (it was `unparsed`).
 * - A verb of starting, then «с / со» and a word that is no date word: «А начнем мы с похода … 1 октября» → that day (it was open-ended).
 * Pins: offsets «за 10 дней до …», round 146's bracket, a repeat with no season, «и» joining two days, a street's number before a month,
 * «начнем с 1 октября» and «начнем работу 1 октября» (round 13), a period as the subject («Учебная неделя начнётся с …», round 53).
 */
import { distinctRows, ev, on, range, unread, sectionsOf, MONTHS_GEN as GEN, iso, type Expect, type Family, type Row } from './kit';

const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS = [1, 9, 15, 28];
const YEARS = [2019, 2025];
const LIST_WORDS = ['Публикации за', 'Новости за', 'Архив за', 'за', 'Отчёт за'];

const SPANS = ['месяц', 'неделю', '2 недели', 'две недели', '5 дней', 'десять дней'];
/** [first day, last day, month] of a window inside one month */
const WINDOWS: Array<[number, number, number]> = [[1, 7, 3], [14, 21, 9], [10, 20, 11], [2, 28, 2]];
const AFTER_WINDOW = ['', ' собрано 500 кг макулатуры', ' в акции приняли участие 77 городов'];

/** a season, the months inside it, and its name written first */
const SEASONS: Array<[string, number[]]> = [['Осенью', [9, 10, 11]], ['Этой осенью', [9, 10, 11]], ['Летом', [6, 7, 8]], ['Весной', [3, 4, 5]], ['Этой весной', [3, 4, 5]]];
const YEARLY = ['пройдут ежегодные соревнования', 'пройдет ежегодный конкурс', 'пройдёт ежегодная акция', 'состоится ежегодная ярмарка'];

const NOUN_PAIRS = ['улицы и площади города', 'школы и детские сады', 'парки и скверы'];
const GOES_TO = ['шагнет на', 'выйдет на', 'придет в'];
const LASTS = ['продлится до', 'продлятся до', 'будет действовать до'];

const STREETS = ['Мясницкой', 'Тверской', 'Садовой', 'Пушкинской', 'Невском', 'Советской'];
const HOUSES = ['26', '9а', '12/1'];

const STARTS = ['Начнем', 'Начнём', 'А начнем мы', 'Праздник начался', 'Акция стартует', 'Мы начали'];
const FIRST_THINGS = ['с похода в музей', 'с торжественной линейки', 'со сбора макулатуры'];

const yearly = (start: string, due: string): Expect => ({ kind: 'recurring', every: 'year', day: null, start, due });
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

const PINS: Row[] = [
  // an offset before a full date keeps its event
  ['за 10 дней до 17.04.2025', ev('10 дней')],
  ['за 2 недели до 01.09.2021', ev('2 недели')],
  // the month in words and a year after «за», as before
  ['Публикации за 17 апреля 2025', on('2025-04-17')],
  ['Отчёт за 2021 год', range('2021-01-01', '2021-12-31')],
  // a span before «до» or «с момента» stays an offset
  ['за месяц до 1 мая', ev('месяц')],
  ['за 2 недели до 1 мая', ev('2 недели')],
  ['за месяц с момента подачи заявления', ev('месяц')],
  // round 146's bracket
  ['За 5 месяцев (апрель-август) собрано 500 кг.', range('2021-04-01', '2021-08-31')],
  // no repeat: the days, as before; a repeat with its days and no season, as before
  ['Этой осенью с 17 по 25 сентября пройдут соревнования.', range('2021-09-17', '2021-09-25')],
  ['В этом году с 12 по 23 августа пройдёт ежегодная Вахта Памяти.', yearly('2021-08-12', '2021-08-23')],
  ['ежегодно осенью', yearly('2021-09-01', '2021-11-30')],
  // one «и» before the verb of lasting, as before; two days joined by «и» stay two days
  ['27 апреля акция шагнет на улицы и продлится до 9 мая.', range('2021-04-27', '2021-05-09')],
  ['1 и 2 мая', on('2021-05-02', '2021-05-01')],
  // a street's adjective before a day and its month keeps the day; no «на», or no street's ending: as before
  ['на Садовой, 15 мая прошла акция.', on('2021-05-15')],
  ['на следующей неделе, 26 человек', unread],
  ['3 мая на ул. Мясницкой, 26, прошёл флешмоб.', on('2021-05-03')],
  // round 13: a verb of starting before its day, or «с» a date word
  ['Начнем с 1 октября.', from('2021-10-01')],
  ['Начнем работу 1 октября.', from('2021-10-01')],
  ['Прием начнется с 1 октября.', from('2021-10-01')],
  ['Начнем с начала октября.', from('2021-10-01')],
  // round 53: a period as the verb's subject starts that day, open-ended
  ['Учебная неделя начнётся с открытия выставки 5 марта', from('2021-03-05')],
  ['Учебный год начнется с торжественной линейки 1 сентября', from('2021-09-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a full date in figures after «за»', () => {
      for (const w of LIST_WORDS)
        for (const d of DAYS)
          for (let m = 1; m <= 12; m++)
            for (const y of YEARS) {
              addAs(`${w} ${pad(d)}.${pad(m)}.${y}`, on(iso(m, d, y)));
              addAs(`${w} ${d}.${pad(m)}.${y} г.`, on(iso(m, d, y)));
            }
    });
    section('a span after «за» before «с <день> по <день>»', () => {
      for (const s of SPANS)
        for (const [a, b, m] of WINDOWS)
          for (const t of AFTER_WINDOW) add(`за ${s} с ${a} по ${b} ${GEN[m - 1]}${t}`, range(iso(m, a), iso(m, b)));
    });
    section('a season heading the days of a repeat', () => {
      for (const [season, ms] of SEASONS)
        for (const m of ms)
          for (const y of YEARLY) add(`${season} с 10 по 20 ${GEN[m - 1]} ${y}`, yearly(iso(m, 10), iso(m, 20)));
    });
    section('an «и» between nouns before «и продлится до»', () => {
      for (const pair of NOUN_PAIRS)
        for (const go of GOES_TO)
          for (const last of LASTS)
            for (const [a, am, b, bm] of [[27, 4, 9, 5], [1, 3, 15, 3], [10, 9, 1, 10]] as const)
              add(`${a} ${GEN[am - 1]} акция ${go} ${pair} и ${last} ${b} ${GEN[bm - 1]}`, range(iso(am, a), iso(bm, b)));
    });
    section('a street named by its adjective after «на»', () => {
      for (const st of STREETS)
        for (const h of HOUSES)
          for (const [d, m] of [[3, 5], [15, 9]] as const) {
            addAs(`${d} ${GEN[m - 1]} на ${st}, ${h}, прошёл флешмоб.`, on(iso(m, d)));
            addAs(`${d} ${GEN[m - 1]} в почтовом отделении на ${st}, ${h}, прошла акция «Письмо солдату».`, on(iso(m, d)));
          }
    });
    section('a verb of starting before «с <чего>»', () => {
      for (const st of STARTS)
        for (const th of FIRST_THINGS)
          for (const [d, m] of [[1, 10], [1, 9], [25, 4]] as const) add(`${st} ${th} ${d} ${GEN[m - 1]}`, on(iso(m, d)));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 247: «за <дата>», a span before a window, a season over a repeat, «и продлится до», a street\'s adjective, «начнем с <чего>»',
  rows: () => distinctRows(sections()),
};
