/**
 * Round 260: the year a two-figure year writes is one rule (`fullYear` in `scan/years.ts`): «21» is 2021, «98» 1998 — from 70 on, the
 * last century's. «до 12.05.98» was by 2098-05-12; «в 98-99 учебном году» was the school year 2098/99.
 * Pins: the two-figure years of this century read as before («до 31.12.21», «21-22 учебный год», «17 Августа’22»).
 */
import { distinctRows, by, on, range, sectionsOf, type Family, type Row } from './kit';

const PINS: Row[] = [
  ['до 31.12.21', by('2021-12-31')],
  ['21-22 учебный год', range('2021-09-01', '2022-08-31')],
  ['17 Августа’22', on('2022-08-17')],
  ['до 01.09.69', by('2069-09-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a date with a two-figure year of the last century', () => {
      for (const yy of [70, 85, 91, 98, 99]) {
        add(`до 12.05.${yy}`, by(`19${yy}-05-12`));
        add(`не позднее 01.09.${yy} г.`, by(`19${yy}-09-01`));
        addAs(`с 01.02.${yy} по 31.05.${yy}`, range(`19${yy}-02-01`, `19${yy}-05-31`));
      }
    });
    section('a school year of two two-figure years of the last century', () => {
      for (const yy of [70, 85, 91, 97, 98]) {
        add(`в ${yy}-${yy + 1} учебном году`, range(`19${yy}-09-01`, `19${yy + 1}-08-31`));
        add(`${yy}/${yy + 1} уч. год`, range(`19${yy}-09-01`, `19${yy + 1}-08-31`));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 260: a two-figure year from 70 on is the last century\'s',
  rows: () => distinctRows(sections()),
};
