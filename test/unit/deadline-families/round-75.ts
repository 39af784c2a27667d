/**
 * Round 75 (a known miss of corpus-real-65, no new set): «с <день> на <N> [календарных] дней / недель» is the window of those days from
 * the start, the start counted. The first template is the real row of corpus-real-65 (its source in the set); the others are the same
 * class as orders, schools and news pages write it.
 */
import { iso, range, variants, type Expect, type Family, type Row } from './kit';

const TEMPLATES = [
  'Департамент образования столицы издал приказ о приостановлении занятий в государственных образовательных учреждениях {x} для учащихся с 1-го по 8-й класс',
  'Занятия в школе приостановлены {x}',
  'Карантин в 5 классах объявлен {x}',
  'Перевести обучающихся на дистанционное обучение {x}',
];
const DAYS: Array<[string, number, number]> = [
  ['31 января', 1, 31],
  ['1 февраля', 2, 1],
  ['10.02.2021', 2, 10],
  ['15 марта 2021 года', 3, 15],
  ['28 октября', 10, 28],
];
const SPANS: Array<[string, number]> = [
  ['пять календарных дней', 5],
  ['5 календарных дней', 5],
  ['7 дней', 7],
  ['три дня', 3],
  ['десять дней', 10],
  ['одну неделю', 7],
  ['две недели', 14],
  ['2 недели', 14],
];

function window(month: number, day: number, days: number): Expect {
  const start = iso(month, day);
  const end = new Date(Date.UTC(2021, month - 1, day + days - 1));
  return range(start, iso(end.getUTCMonth() + 1, end.getUTCDate(), end.getUTCFullYear()));
}

const PINS: Row[] = [
  // working days, a school year or a count of years after «на», and «с <день>» alone keep their reading
  ['Приостановить занятия с 5 марта на 5 рабочих дней', { kind: 'ongoing', start: '2021-03-05', due: '2021-12-31' }],
  ['ремонт с 1 июня на 2021-2022 учебный год', range('2021-06-01', '2022-08-31')],
  ['Занятия приостановлены с 1 февраля', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
];

export const family: Family = {
  title: 'round 75: «с <день> на <N> [календарных] дней / недель» is the window of those days',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TEMPLATES)
      for (const [d, m, day] of DAYS) for (const [s, n] of SPANS) rows.push(...variants(tpl.replace('{x}', `с ${d} на ${s}`)).map((t): Row => [t, window(m, day, n)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
