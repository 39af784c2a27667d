/**
 * Round 173: weekdays in the dative plural after «по» («по понедельникам», «по средам») are the days of a weekly repeat, not the
 * end of a window. «еженедельно по понедельникам с 5 сентября» ran from the period's start: the «по» was taken for «по <дата>», so
 * the start after it looked like a window's end and round 165's named start was lost — the school pages and the monthly blanks asked
 * for the item from January. It now runs from 09-05 to the period's end, as «с 5 сентября каждый понедельник» already did.
 * «по воскресеньям» was no repeat at all: the repeat's test took «-ам» for the dative plural and missed «-ям»; it is weekly now.
 * Pins: «с понедельника по пятницу» (a weekday in the accusative singular after «по» is a window of days of the week), a window of
 * dates with «по», and a weekly repeat with no start read as before.
 */
import { cap, iso, MONTHS_GEN, pad, sectionsOf, type Expect, type Family, type Row } from './kit';

/** weekdays in the dative plural, as plans write them after «по» */
const WEEKDAYS = ['понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам', 'субботам', 'воскресеньям'];

/** the repeat's opener before «по <weekdays>» */
const OPENERS = ['еженедельно', 'еженедельно,', 'Еженедельно', 'проводится', 'занятия проходят', ''];

/** a start inside the calendar period 2021, with the day it names */
function starts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let m = 2; m <= 12; m++) {
    out.push([`с ${m + 10} ${MONTHS_GEN[m - 1]}`, iso(m, m + 10)], [`начиная с ${MONTHS_GEN[m - 1]} 2021 г.`, iso(m, 1)], [`с 01.${pad(m)}.2021`, iso(m, 1)]);
  }
  return out;
}

const weekly = (start: string, due: string | null): Expect => ({ kind: 'recurring', every: 'week', start, due });

const PINS: Row[] = [
  // a weekly repeat with no start runs over the period
  ['еженедельно по понедельникам', weekly('2021-01-01', '2021-12-31')],
  ['по средам', weekly('2021-01-01', '2021-12-31')],
  // the repeat's start by its weekday, as before
  ['с 5 сентября каждый понедельник', weekly('2021-09-05', '2021-12-31')],
  // a window of weekdays
  ['с понедельника по пятницу', weekly('2021-01-01', '2021-12-31')],
  // «по» before a date is the window's end
  ['с 1 по 5 марта', { kind: 'range', start: '2021-03-01', due: '2021-03-05' }],
  ['еженедельно с 1 марта по 30 апреля', weekly('2021-03-01', '2021-04-30')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('weekdays in the dative plural after «по» do not end a window: the repeat starts where the text says', () => {
      for (const opener of OPENERS)
        for (const day of WEEKDAYS)
          for (const [start, at] of starts()) {
            const head = opener ? `${opener} по ${day}` : `по ${day}`;
            add(`${head} ${start}`, weekly(at, '2021-12-31'));
            addAs(`${cap(head)}, ${start.replace(/^с /, 'начиная с ')}`, weekly(at, '2021-12-31'));
          }
      for (const day of WEEKDAYS.slice(0, 5)) addAs(`еженедельно по ${day} с 1 марта 2022 г.`, weekly('2022-03-01', null));
    });
    section('«по воскресеньям» is a weekly repeat, as «по субботам» was', () => {
      for (const t of ['по воскресеньям', 'проводится по воскресеньям', 'еженедельно по воскресеньям', 'по субботам и воскресеньям', 'по воскресеньям с 10:00 до 12:00', 'Экскурсии — по воскресеньям', 'занятия проходят по воскресеньям'])
        add(t, weekly('2021-01-01', '2021-12-31'));
    });
    section('weekdays after «по»: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 173: weekdays in the dative plural after «по» are the days of a weekly repeat, not the end of a window, so the repeat keeps its named start',
  rows: () => sections().flatMap(([, rows]) => rows),
};
