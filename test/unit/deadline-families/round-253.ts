/**
 * Round 253 (corpus-real-224, 93/95 → 95/95): two classes.
 * 1. A month written with its year, after the same year written first, is a day of that year for `leadingYear`: the leading year is
 *    no window of its own — «… конференции "Юность. Наука. Краеведение - 2020", которая состоится в апреле 2020 года» → April 2020 (it
 *    was the whole of 2020), as «… 2020 …, 15 апреля 2020 года» already read.
 *    Pins: a month of another year keeps the window from the leading year; a dash after the leading year keeps the range; months with
 *    no year take the leading one; days as before; a title's year alone is its year.
 * 2. One word in brackets between an ordinal in figures with its ending and its noun («2-го (очного) тура», «1-й (заочный) этап») is
 *    the noun's adjective: the ordinal is a label, as «2-го тура» is (it was `unparsed`, «непонятное число «2»»).
 *    Pins: a date word in the brackets or after them reads as before; an ordinal without brackets as before.
 */
import { distinctRows, by, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const LOC = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const pad = (n: number): string => String(n).padStart(2, '0');
const last = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthOf = (y: number, m: number): Expect => range(`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(last(y, m))}`);

/** how the year is written first: the year in words of a text, a heading, a quoted title's year after a spaced dash */
const LEADS: Array<(y: number) => string> = [
  (y) => `В ${y} году конференция состоится`,
  (y) => `в ${y} году защита проектов пройдет`,
  (y) => `${y} год: конкурс проводится`,
  (y) => `Эксперты выдвинули 20 работ для участия в конференции "Юность. Наука. Краеведение - ${y}", которая состоится`,
  (y) => `участники конференции «Шаг в науку – ${y}» выступят`,
  (y) => `В ${y} г. предзащита пройдет`,
];
/** how the month is written after it, with the same year */
const MONTHS: Array<(m: number, y: number) => string> = [
  (m, y) => `в ${LOC[m - 1]} ${y} года`,
  (m, y) => `в ${LOC[m - 1]} ${y} г.`,
  (m, y) => `${NOM[m - 1]} ${y} года`,
  (m, y) => `в ${LOC[m - 1]} ${y}г.`,
];
const YEARS = [2019, 2020, 2022, 2024];
const MS = [2, 4, 10, 12];

/** an ordinal in figures with its ending */
const ORDINALS = ['1-й', '2-й', '1-го', '2-го', '3-я', '2-м', '1-ом', '3-е'];
/** the word in brackets */
const BRACKETED = ['очного', 'заочного', 'итогового', 'регионального', 'муниципального', 'отборочного'];
/** the noun after it */
const NOUNS = ['тура', 'этапа', 'сессии', 'конкурса', 'этап', 'тур'];
/** what the deadline says, and what it reads */
const TAILS: Array<[string, Expect]> = [
  ['не позднее 26 ноября 2025 года', by('2025-11-26')],
  ['– до 15 марта', by('2021-03-15')],
  ['— с 1 по 5 декабря', range('2021-12-01', '2021-12-05')],
  [': 20 апреля', on('2021-04-20')],
  ['проводится с 13 по 20 февраля 2023 года', range('2023-02-13', '2023-02-20')],
];

const PINS: Row[] = [
  // a month of another year: the window from the leading year, as before
  ['конференции «Юность – 2019», которая пройдет в апреле 2020 года', range('2019-01-01', '2020-04-30')],
  ['В 2020 году и в мае 2021 года', range('2020-01-01', '2021-05-31')],
  // a dash after the leading year keeps the range
  ['2021 год – апрель 2021 года', range('2021-01-01', '2021-04-30')],
  // months with no year take the leading one, as before (Decisions: «A year written first»)
  ['2022 год: март, июнь', { kind: 'months', start: '2022-03-01', due: '2022-06-30' }],
  ['конференции "Юность - 2020", которая состоится в апреле.', range('2020-04-01', '2020-04-30')],
  // days written with the same year, as before
  ['2020 год: конференция состоится 15 апреля 2020 года', on('2020-04-15')],
  ['в 2015 году с 23 марта по 18 апреля', range('2015-03-23', '2015-04-18')],
  // a title's year alone is its year (round 101)
  ['конференция «Учитель года – 2018».', range('2018-01-01', '2018-12-31')],
  // a title's year after days with no year is a note (round 7)
  ['С 23 по 27 сентября прошел конкурс «Воспитатель года России – 2023».', range('2021-09-23', '2021-09-27')],
  // an ordinal without brackets, as before
  ['2-го тура не позднее 26 ноября 2025 года', by('2025-11-26')],
  ['1-й этап – до 15 марта', by('2021-03-15')],
  // a date word in the brackets reads as before
  ['1-го (понедельник) сентября', { kind: 'unparsed', reason: /непонятное число «1»/ }],
  // with nothing else it stays unparsed (it was «непонятное число «2»», now nothing is read)
  ['2-го (очного) тура', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a month written with the year written first', () => {
      for (const lead of LEADS)
        for (const month of MONTHS)
          for (let k = 0; k < YEARS.length; k++) {
            const y = YEARS[k]!;
            const m = MS[(LEADS.indexOf(lead) + k) % MS.length]!;
            add(`${lead(y)} ${month(m, y)}`, monthOf(y, m));
          }
    });
    section('a part of a month written with the year written first', () => {
      for (const y of YEARS) {
        add(`В ${y} году в конце апреля ${y} года`, range(`${y}-04-21`, `${y}-04-30`));
        add(`В ${y} году, в начале мая ${y} года`, range(`${y}-05-01`, `${y}-05-10`));
      }
    });
    section('a word in brackets between an ordinal and its noun', () => {
      for (const o of ORDINALS)
        for (let k = 0; k < BRACKETED.length; k++) {
          const noun = NOUNS[(ORDINALS.indexOf(o) + k) % NOUNS.length]!;
          for (const [tail, e] of TAILS) add(`${o} (${BRACKETED[k]}) ${noun} ${tail}`, e);
        }
      add('Сроки, место, порядок проведения и список участников 2-го (очного) тура Конкурса будут уточнены информационным письмом не позднее 26 ноября 2025 года, опубликованном на официальном сайте ГУ ДО «Пермский краевой центр «Муравейник»: http://muraveynik59.ru', by('2025-11-26'));
      add('участники 1-го (заочного) этапа — до 20 января 2022 года', by('2022-01-20'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 253: a month written with the leading year is a day of it; a word in brackets between an ordinal and its noun',
  rows: () => distinctRows(sections()),
};
