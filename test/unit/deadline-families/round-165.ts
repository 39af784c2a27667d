/**
 * Round 165 (corpus-real-141's two known misses, and what they share with every plan's «ежемесячно, начиная с …»): a repeat with a
 * named start and no end starts there, as `ongoing` reads «с 01.09.2021» alone. «Ежемесячно до 28 числа, начиная с октября 2021 г.»
 * runs from 10-01 to the period's end (it ran from the period's start, so the monthly report blanks and the status of January to
 * September asked for it); «начиная с I квартала 2022 г., далее - ежегодно» starts after the period and has no due in it (it ran over
 * the period). The day of a repeat («до 28 числа») is no stray number for its start or its window («ежемесячно до 25 числа с сентября
 * по май» runs over those months).
 * Pins: a start at or before the period's start, a window with its end, «нарастающим итогом с начала года», and a repeat with no start
 * read as before.
 */
import { cap, iso, MONTHS_GEN, pad, sectionsOf, type Expect, type Family, type Row } from './kit';
import type { Deadline } from '../../../src/lib/deadline';

/** the repeats, with their unit and day */
const REPEATS: Array<[string, Deadline['every'], number | null]> = [
  ['ежемесячно', 'month', null],
  ['ежеквартально', 'quarter', null],
  ['ежегодно', 'year', null],
  ['еженедельно', 'week', null],
  ['каждый понедельник', 'week', null],
  ['ежемесячно до 28 числа', 'month', 28],
  ['ежемесячно, до 5 числа', 'month', 5],
  ['до 25 числа каждого месяца', 'month', 25],
  ['2 раза в месяц', 'month', null],
];

/** a start inside the calendar period 2021, written as plans write it, with the day it names */
function startsIn(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let m = 2; m <= 12; m++) {
    out.push([`с ${MONTHS_GEN[m - 1]} 2021 г.`, iso(m, 1)], [`начиная с ${MONTHS_GEN[m - 1]}`, iso(m, 1)], [`с 1 ${MONTHS_GEN[m - 1]}`, iso(m, 1)]);
    out.push([`начиная с 15.${pad(m)}.2021`, iso(m, 15)]);
  }
  out.push(['со II квартала 2021 г.', '2021-04-01'], ['начиная с III квартала 2021 года', '2021-07-01'], ['с IV квартала', '2021-10-01']);
  return out;
}

/** a start after the period */
const STARTS_AFTER: Array<[string, string]> = [
  ['начиная с I квартала 2022 г.', '2022-01-01'],
  ['со II квартала 2022 г.', '2022-04-01'],
  ['начиная с 2022 года', '2022-01-01'],
  ['с 2023 года', '2023-01-01'],
  ['с января 2022 г.', '2022-01-01'],
  ['начиная с 01.02.2022', '2022-02-01'],
  ['с сентября 2022 года', '2022-09-01'],
];

const PINS: Row[] = [
  // a start at or before the period's start: the repeat runs over the period, as before
  ['ежегодно с 2020 года', { kind: 'recurring', every: 'year', start: '2021-01-01', due: '2021-12-31' }],
  ['ежемесячно с января', { kind: 'recurring', every: 'month', start: '2021-01-01', due: '2021-12-31' }],
  ['еженедельно, начиная с 01.01.2021', { kind: 'recurring', every: 'week', start: '2021-01-01', due: '2021-12-31' }],
  // a window with its end keeps it
  ['ежемесячно с марта по май', { kind: 'recurring', every: 'month', start: '2021-03-01', due: '2021-05-31' }],
  // a running total «с начала года» is no start
  ['Ежеквартально нарастающим итогом с начала года', { kind: 'recurring', every: 'quarter', start: '2021-01-01', due: '2021-12-31' }],
  // a repeat with no start
  ['ежемесячно до 28 числа', { kind: 'recurring', every: 'month', day: 28, start: '2021-01-01', due: '2021-12-31' }],
  // a start with no repeat stays open-ended work
  ['с 01.09.2021', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['с 01.09.2022', { kind: 'ongoing', start: '2022-09-01', due: null }],
];

const recFrom = (every: Deadline['every'], day: number | null, start: string, due: string | null): Expect => ({ kind: 'recurring', every, day, start, due });

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a repeat with a named start inside the period runs from it to the period\'s end', () => {
      addAs('Ежемесячно до 28 числа, начиная с октября 2021 г.', recFrom('month', 28, '2021-10-01', '2021-12-31'));
      for (const [rep, every, day] of REPEATS)
        for (const [start, at] of startsIn()) {
          const e = recFrom(every, day, at, '2021-12-31');
          add(`${rep}, ${start}`, e);
          add(`${rep} ${start}`, e);
          addAs(`${cap(start)}, далее ${rep}`, e);
        }
    });
    section('a repeat that starts after the period has no due in it', () => {
      addAs('начиная с I квартала 2022 г., далее - ежегодно', recFrom('year', null, '2022-01-01', null));
      addAs('начиная со II квартала 2022 г., далее - ежегодно', recFrom('year', null, '2022-04-01', null));
      for (const [rep, every, day] of REPEATS)
        for (const [start, at] of STARTS_AFTER) {
          const e = recFrom(every, day, at, null);
          add(`${rep}, ${start}`, e);
          addAs(`${cap(start)}, далее - ${rep}`, e);
        }
    });
    section('the day of a repeat is no stray number for its window', () => {
      for (const [rep, day] of [['ежемесячно до 25 числа', 25], ['до 10 числа каждого месяца', 10], ['ежемесячно, не позднее 5 числа', 5]] as const) {
        add(`${rep} с сентября по май`, recFrom('month', day, '2021-09-01', '2022-05-31'));
        add(`${rep} с марта по ноябрь 2021 г.`, recFrom('month', day, '2021-03-01', '2021-11-30'));
      }
    });
    section('a repeat\'s start: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 165: a repeat with a named start and no end starts there, with no due when it starts after the period; the day of a repeat is no stray number for its start or window',
  rows: () => sections().flatMap(([, rows]) => rows),
};
