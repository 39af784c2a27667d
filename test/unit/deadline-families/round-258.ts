/**
 * Round 258 (found by reading every corpus text with its days written «N-го <месяц>»): a day with an ordinal ending before its month
 * reads as the plain day — «Во всех школах страны учебный день 4-го мая начнется с торжественной линейки» → on 05-04 (it was the month
 * of May), «от 25-го июля 2022 г. № 2036-р» is an act's date (it was that day), «24–25-го мая» and «10,11-го ноября» are the days.
 * Pins: a day before anything but a month keeps its ending and its reading («до 25-го числа» is a monthly repeat, «2-го квартала» a
 * quarter), and a number of three figures or more is no day («2021-го мая» reads the month, as before).
 */
import { distinctRows, MONTHS_GEN, by, iso, on, range, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** the ordinal endings of a day: genitive, dative, nominative, with and without the «о» */
const ENDINGS = ['-го', '-е', '-му', '-ого', '-ое', '-ому', '‑го'];
const ABBREVIATED = ['янв.', 'фев.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
/** (day, month) pairs, one day of each month */
const DAYS: Array<[number, number]> = [[10, 1], [28, 2], [1, 3], [23, 4], [4, 5], [20, 6], [15, 7], [31, 8], [1, 9], [9, 10], [30, 11], [25, 12]];

const PINS: Row[] = [
  // a day before no month keeps its ending and its reading
  ['до 25-го числа', rec('month', 25)],
  ['ежемесячно до 5-го числа', rec('month', 5)],
  ['до 25-го числа каждого месяца', rec('month', 25)],
  ['с 22-го по 27-е ноября', range('2021-11-22', '2021-11-27')],
  // three figures or more are no day: the month, as before
  ['2021-го мая', range('2021-05-01', '2021-05-31')],
  // the plain day, as before
  ['до 25 мая', by('2021-05-25')],
  ['Итоги будут подведены 4 мая.', on('2021-05-04')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a day with its ending before its month, in cells and sentences', () => {
      DAYS.forEach(([d, m], k) => {
        const month = MONTHS_GEN[m - 1]!;
        for (const [j, end] of ENDINGS.entries()) {
          const e = ENDINGS[(k + j) % ENDINGS.length]!;
          add(`до ${d}${end} ${month}`, by(iso(m, d)));
          add(`не позднее ${d}${e} ${month} 2021 г.`, by(iso(m, d)));
          addAs(`Учебный день ${d}${e} ${month} начнется с торжественной линейки`, on(iso(m, d)));
        }
        add(`к ${d}-му ${month}`, by(iso(m, d)));
        add(`Заявки принимаются до ${d}-го ${month} в отделе по делам молодежи`, by(iso(m, d)));
        add(`Итоги будут подведены ${d}-го ${month}`, on(iso(m, d)));
        addAs(`Торжественные мероприятия пройдут в школах ${d}-го ${month} 2017 года в 10.00.`, on(iso(m, d, 2017)));
        addAs(`до ${d}-го ${ABBREVIATED[m - 1]} 2021 г.`, by(iso(m, d)));
        addAs(`до ${d}-ГО ${month.toUpperCase()}`, by(iso(m, d)));
      });
    });
    section('two days before one month', () => {
      for (const [d, m] of DAYS) {
        if (d > 27) continue;
        const month = MONTHS_GEN[m - 1]!;
        add(`${d}–${d + 2}-го ${month}`, range(iso(m, d), iso(m, d + 2)));
        add(`${d}-${d + 2}-го ${month} пройдет финал конкурса`, range(iso(m, d), iso(m, d + 2)));
        add(`с ${d}-го по ${d + 2}-е ${month}`, range(iso(m, d), iso(m, d + 2)));
        addAs(`${d},${d + 1}-го ${month} в школе прошёл фестиваль открытых уроков`, on(iso(m, d + 1), iso(m, d)));
      }
    });
    section('an act\'s date', () => {
      for (const [d, m] of DAYS) {
        const month = MONTHS_GEN[m - 1]!;
        addAs(`Распоряжение Правительства РФ от ${d}-го ${month} 2022 г. № 2036-р`, unread);
        addAs(`С 1-го сентября 2025 года в школах заработают новые правила — Минпросвещения утвердило их приказом № 704 от ${d}-го ${month} 2024 года.`, { kind: 'ongoing', start: '2025-09-01', due: null });
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 258: a day with an ordinal ending before its month is the plain day',
  rows: () => distinctRows(sections()),
};
