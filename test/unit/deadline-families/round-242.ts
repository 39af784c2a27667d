/**
 * Round 242 (corpus-real-210's misses, 125/131 → 129/131): three shapes of real pages.
 * - A verbal noun left in the nominative right after «со дня / с даты / с момента / со времени» is its genitive: «7 рабочих дней со
 *   дня обращение заявителя» is the event «со дня обращения заявителя» (it was `unparsed`).
 * - «в <год> году» after a day and its month with no year (at most three words between, no sign) is the day's year: «Впервые 1 июня
 *   отмечался в 1950 году.» → on 1950-06-01 (it was a window from the year's start to 1 June of the context's year).
 * - An English month name after its day and before a year: «11 January 2019», «5th of February 2019» → that day (it was the year).
 * Pins: round 43's history of a day, a school year after the day, a comma between the day and the year, a Latin word that is no month.
 */
import { distinctRows, ev, on, by, range, sectionsOf, type Expect, type Family, type Row } from './kit';

const SPANS = ['7 рабочих дней', 'в течение 10 дней', 'не позднее 5 рабочих дней', 'в течение трех календарных дней'];
const STARTS = ['со дня', 'с даты', 'с момента'];
/** a noun in the nominative, its genitive, and the word the reason names */
const NOUNS: Array<[string, string]> = [
  ['обращение заявителя', 'обращени'],
  ['поступление заявления', 'поступлени'],
  ['получение уведомления', 'получени'],
  ['подписание договора', 'подписани'],
  ['принятие решения', 'приняти'],
  ['вступление в силу', 'вступлени'],
  ['открытие лагеря', 'открыти'],
];

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const DAYS = [1, 9, 15, 28];
const YEARS = [1950, 2012, 2022];
/** words between the day and «в <год> году»: none, one verb, three words */
const BETWEEN = ['', ' отмечался', ' прошла олимпиада', ' был впервые проведён'];
const TAILS = ['году', 'г.'];

const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const PINS: Row[] = [
  // round 43: the history of the day named, its year blanked first
  ['9 мая в этот день в 1945 году закончилась война', on('2021-05-09')],
  ['9 мая. В этот день в 1945 году закончилась война.', on('2021-05-09')],
  // a school year after the day is no year of it
  ['1 сентября в 2021/2022 учебном году', on('2021-09-01')],
  // a year before the day (read so already)
  ['В 2012 году 1 июня прошёл праздник', on('2012-06-01')],
  // the genitive reads as before
  ['7 рабочих дней со дня обращения заявителя', ev('обращения')],
  // a Latin word that is no month stays as it was: the year alone
  ['23 Mayor 2019', range('2019-01-01', '2019-12-31')],
  // round 227's order, the month before the day
  ['May 17, 2018, 10:50 AM', on('2018-05-17')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a noun in the nominative after the start of an offset', () => {
      for (const s of SPANS) for (const st of STARTS) for (const [noun, names] of NOUNS) add(`${s} ${st} ${noun}`, ev(names));
    });
    section('«в <год> году» after a day with no year', () => {
      for (const d of DAYS)
        for (let m = 1; m <= 12; m++)
          for (const y of YEARS)
            for (const b of BETWEEN)
              for (const t of TAILS) {
                add(`${d} ${GEN[m - 1]}${b} в ${y} ${t}`, on(iso(y, m, d)));
                if (b === '') addAs(`до ${d} ${GEN[m - 1]} в ${y} ${t}`, by(iso(y, m, d)) as Expect);
              }
    });
    section('an English month after its day', () => {
      for (const d of DAYS)
        for (let m = 1; m <= 12; m++) {
          const name = ENGLISH[m - 1]!;
          for (const y of [2019, 2020]) {
            const e = on(iso(y, m, d));
            addAs(`${d} ${name} ${y}`, e);
            addAs(`${d} ${name} ${y} 12:35`, e);
            addAs(`${ordinal(d)} of ${name} ${y}`, e);
            addAs(`${d} ${name.slice(0, 3)} ${y}`, e);
            addAs(`${d} ${name}, ${y}`, e);
          }
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 242: a nominative after «со дня», «в <год> году» after a day with no year, an English month after its day',
  rows: () => distinctRows(sections()),
};
