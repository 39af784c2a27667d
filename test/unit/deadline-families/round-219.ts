/**
 * Round 219 (corpus-real-195's «Реализовываться он начнет, вероятно, во второй половине 2024 года.»). Two classes:
 * - «первая / вторая половина» (an ordinal in words or in figures) before a year — in figures, a bare «года», «учебного года», or
 *   «текущего / следующего … года» — is that year's half, as «полугодие» is: January–June, July–December; of a school year
 *   September–December, January–August;
 * - a half or a quarter before «следующего / прошлого года» is in that year, as a month before it is (round 60).
 * Pins: halves of a month (round 17), of a day, of a century; «полугодие» as before; a school-year roadmap's half with no year.
 */
import { distinctRows, by, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const H1_2024 = range('2024-01-01', '2024-06-30');
const H2_2024 = range('2024-07-01', '2024-12-31');

/** the ordinal of the first and the second half, in every case and in figures */
const FIRST = ['первая половина', 'в первой половине', 'первую половину', 'в течение первой половины', '1-я половина', 'в 1-й половине'];
const SECOND = ['вторая половина', 'во второй половине', 'вторую половину', 'в течение второй половины', '2-я половина', 'во 2-й половине'];
/** the year after «половина», and its window's year (calendar context 2021) */
const YEARS: Array<[string, number]> = [
  ['2024 года', 2024],
  ['2024 г.', 2024],
  ['2024 г', 2024],
  ['года', 2021],
  ['текущего года', 2021],
  ['следующего года', 2022],
  ['прошлого года', 2020],
];
const half = (n: 1 | 2, y: number): Expect => (n === 1 ? range(`${y}-01-01`, `${y}-06-30`) : range(`${y}-07-01`, `${y}-12-31`));
/** what is done in the half, `{h}` the half */
const FRAMES = ['{h}', 'Проведение мониторинга {h}', 'Открытие центра планируется {h}'];

const PINS: Row[] = [
  // halves of a month, as round 17 reads them
  ['во второй половине сентября', range('2021-09-16', '2021-09-30')],
  ['первая половина октября 2024 года', range('2024-10-01', '2024-10-15')],
  // a half of a day, of a century, of nothing: no time
  ['во второй половине дня', unread],
  ['половина года', unread],
  // «полугодие» as before
  ['во втором полугодии 2024 года', H2_2024],
  ['в 1 полугодии 2024 г.', H1_2024],
  ['второе полугодие учебного года', range('2021-01-01', '2021-08-31')],
  // the school year's halves
  ['в первой половине 2023/2024 учебного года', range('2023-09-01', '2023-12-31')],
  ['во второй половине учебного года', range('2021-01-01', '2021-08-31')],
  // a deadline at a half's end
  ['до конца первой половины 2024 года', by('2024-06-30')],
  // a month before «следующего года», as before (round 60)
  ['в мае следующего года', range('2022-05-01', '2022-05-31')],
  ['1 сентября следующего года', on('2022-09-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«первая / вторая половина» of a year', () => {
      for (const f of FRAMES)
        for (const [y, year] of YEARS) {
          for (const h of FIRST) add(f.replace('{h}', `${h} ${y}`), half(1, year));
          for (const h of SECOND) add(f.replace('{h}', `${h} ${y}`), half(2, year));
        }
    });
    section('a half or a quarter of the next or the last year', () => {
      for (const [w, shift] of [['следующего', 1], ['будущего', 1], ['прошлого', -1]] as const) {
        const y = 2021 + shift;
        add(`во втором полугодии ${w} года`, half(2, y));
        add(`в первом полугодии ${w} года`, half(1, y));
        add(`в 1 квартале ${w} года`, range(`${y}-01-01`, `${y}-03-31`));
        add(`в IV квартале ${w} года`, range(`${y}-10-01`, `${y}-12-31`));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 219: a half of a year — «во второй половине 2024 года» as «во втором полугодии», and a half or a quarter of the next year',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
