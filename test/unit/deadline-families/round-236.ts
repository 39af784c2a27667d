/**
 * Round 236 (a probe of self-written cells, no set): a day inside a season named right before it is that season's day. «зимой, до 15
 * декабря» was 2021-12-01..2022-12-15 (the day followed the winter's February in calendar order, so its December fell a year later)
 * and «в зимний период, до 20 декабря» the same; now each is the winter's window, 2021-12-01..2022-02-28, as «летом, до 15 августа»
 * already was the summer's (a season and a day in one text are one window). A day of January or February of the winter is the
 * winter's too (in a school year «зимой до 15 января» ran to 2023-01-15).
 * Pins: the other seasons (read so already), a day after the season that is not inside it (calendar order, as before), a list that
 * crosses the new year with no season (round 69's order).
 */
import { distinctRows, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the season's words, its window in the calendar 2021 context, and its months */
const SEASONS: Array<[string[], Expect, number[]]> = [
  [['зимой', 'в зимний период', 'зимой 2021 года', 'в зимнее время', 'в течение зимы'], range('2021-12-01', '2022-02-28'), [12, 1, 2]],
  [['летом', 'в летний период', 'летом 2021 года', 'в течение лета'], range('2021-06-01', '2021-08-31'), [6, 7, 8]],
  [['весной', 'в весенний период', 'весной 2021 года'], range('2021-03-01', '2021-05-31'), [3, 4, 5]],
  [['осенью', 'в осенний период', 'осенью 2021 года'], range('2021-09-01', '2021-11-30'), [9, 10, 11]],
];
const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const DAYS = [1, 10, 15, 20, 25];
const JOINS = [', до', ' до', ', не позднее', ', к', ' - до'];

const PINS: Row[] = [
  // a day after the season, not inside it: calendar order, as before
  ['зимой и 10 марта', range('2021-12-01', '2022-03-10')],
  // a list that crosses the new year, no season: round 69's calendar order
  ['с 25 декабря по 9 января, с 24 марта по 2 апреля', range('2021-12-25', '2022-04-02')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a day inside the season named right before it', () => {
      for (const [words, e, months] of SEASONS)
        for (const w of words) for (const m of months) for (const d of DAYS) for (const j of JOINS) add(`${w}${j} ${d} ${GEN[m - 1]}`, e);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 236: a day inside a season named right before it — «зимой, до 15 декабря» — is that season\'s, the text the season\'s window',
  rows: () => distinctRows(sections()),
};
