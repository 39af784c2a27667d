/**
 * Round 174: the month or day of a yearly repeat written with no year, beside one start with its year written and no end, is which
 * month or day of each year; the start is where the repeat begins (round 165 read a start only when it was the text's one date).
 * «Май, ежегодно с 2023 года» (corpus-real.tsv) starts in 2023, so a plan of 2021 has no due for it (it ran over 2021).
 * Pins: a start at or before the period's start keeps the period; a month with its own year, a window, two starts and a repeat
 * with no start read as before.
 */
import { cap, MONTHS_GEN, MONTHS_NOM, MONTHS_PREP, sectionsOf, type Expect, type Family, type Row } from './kit';

/** starts after the 2021 calendar period, with the day each names */
const STARTS_AFTER: Array<[string, string]> = [
  ['с 2022 года', '2022-01-01'],
  ['начиная с 2023 года', '2023-01-01'],
  ['с 2022 г.', '2022-01-01'],
  ['начиная с 2024 г.', '2024-01-01'],
  ['с 01.01.2022', '2022-01-01'],
  ['начиная с 1 сентября 2022 года', '2022-09-01'],
];

/** starts inside the period */
const STARTS_IN: Array<[string, string]> = [
  ['с марта 2021 г.', '2021-03-01'],
  ['начиная с 01.06.2021', '2021-06-01'],
  ['с 1 сентября 2021 года', '2021-09-01'],
];

const yearly = (start: string, due: string | null, day: number | null = null): Expect => ({ kind: 'recurring', every: 'year', day, start, due });

const PINS: Row[] = [
  // a start at or before the period's start: over the period
  ['Май, ежегодно с 2021 года', yearly('2021-01-01', '2021-12-31')],
  ['ежегодно в мае, начиная с 2019 года', yearly('2021-01-01', '2021-12-31')],
  // no start: over the period
  ['Май, ежегодно', yearly('2021-01-01', '2021-12-31')],
  ['ежегодно в мае', yearly('2021-01-01', '2021-12-31')],
  // a window with its end keeps it
  ['ежегодно с марта по май', yearly('2021-03-01', '2021-05-31')],
  // round 165: a start alone
  ['ежегодно, с 2022 года', yearly('2022-01-01', null)],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a yearly repeat\'s month beside a start after the period: no due in the period', () => {
      addAs('Май, ежегодно с 2023 года', yearly('2023-01-01', null));
      for (let m = 1; m <= 12; m++)
        for (const [start, at] of STARTS_AFTER) {
          add(`${MONTHS_NOM[m - 1]}, ежегодно ${start}`, yearly(at, null));
          add(`ежегодно в ${MONTHS_PREP[m - 1]}, ${start.replace(/^с /, 'начиная с ')}`, yearly(at, null));
          addAs(`Ежегодно до 1 ${MONTHS_GEN[m - 1]}, ${start}`, yearly(at, null, 1));
        }
    });
    section('a yearly repeat\'s month beside a start inside the period: from the start to the period\'s end', () => {
      for (let m = 1; m <= 12; m++)
        for (const [start, at] of STARTS_IN) {
          add(`${MONTHS_NOM[m - 1]}, ежегодно ${start}`, yearly(at, '2021-12-31'));
          addAs(`${cap(`ежегодно в ${MONTHS_PREP[m - 1]}`)}, ${start}`, yearly(at, '2021-12-31'));
        }
    });
    section('a yearly repeat\'s month beside a start: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 174: a yearly repeat\'s month or day with no year, beside one start with its year, begins at that start',
  rows: () => sections().flatMap(([, rows]) => rows),
};
