/**
 * Round 204 (no new set): a trimester is a third of the school year — I September–November, II December–February, III March–May —
 * read as a window like a school quarter («I триместр», «во втором триместре», «в конце 1-го триместра», «III триместр 2021/2022
 * учебного года»), its second one running over the new year; «в конце / в начале триместра» with none named is of every trimester
 * (a repeat with no `every` value, as «1 раз в триместр»); «осенний / зимний / весенний триместр» is the first / second / third; parts
 * of months after a period named first, inside it, are where it falls, as its days are. Rows are parsed in the calendar year 2021, where the second trimester is
 * the one that ends in it (2020-12-01..2021-02-28); a written school year places each.
 * Pins: «по итогам [I] триместра» (an event), «1 раз в триместр», «до конца триместра» (none named), «4 триместр» (no such), the school
 * quarters' windows («I четверть», «в конце II четверти»), «I полугодие».
 */
import { distinctRows, ev, rec, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** Each trimester: its names (nominative, genitive, prepositional) and its window in the calendar year 2021. */
const TRIMESTERS: Array<{ nom: string[]; gen: string[]; prep: string[]; start: string; due: string; parts: [string, string, string] }> = [
  {
    nom: ['I триместр', '1 триместр', '1-й триместр', 'первый триместр'],
    gen: ['I триместра', '1 триместра', '1-го триместра', 'первого триместра'],
    prep: ['I триместре', '1 триместре', '1-м триместре', 'первом триместре'],
    start: '2021-09-01',
    due: '2021-11-30',
    parts: ['2021-09', '2021-10', '2021-11'],
  },
  {
    nom: ['II триместр', '2 триместр', '2-й триместр', 'второй триместр'],
    gen: ['II триместра', '2 триместра', '2-го триместра', 'второго триместра'],
    prep: ['II триместре', '2 триместре', '2-м триместре', 'втором триместре'],
    start: '2020-12-01',
    due: '2021-02-28',
    parts: ['2021-12', '2021-01', '2021-02'], // each part placed in the year: the beginning that falls in 2021 is December 2021
  },
  {
    nom: ['III триместр', '3 триместр', '3-й триместр', 'третий триместр'],
    gen: ['III триместра', '3 триместра', '3-го триместра', 'третьего триместра'],
    prep: ['III триместре', '3 триместре', '3-м триместре', 'третьем триместре'],
    start: '2021-03-01',
    due: '2021-05-31',
    parts: ['2021-03', '2021-04', '2021-05'],
  },
];

/** The month `ym` («2021-02») as a whole window. */
function monthOf(ym: string): Expect {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return range(`${ym}-01`, `${ym}-${String(last).padStart(2, '0')}`);
}

/** Frames a whole trimester stands in: which case of its name each takes. */
const WHOLE_FRAMES: Array<[string, 'nom' | 'gen' | 'prep']> = [
  ['{t}', 'nom'],
  ['в {t}', 'prep'],
  ['во {t}', 'prep'],
  ['в течение {t}', 'gen'],
  ['на протяжении {t}', 'gen'],
  ['Проведение диагностических работ — {t}', 'nom'],
  ['Мониторинг проводится в {t}', 'prep'],
];

/** The school year written after the trimester, and the window each trimester is then (I and II in its first year, III in its second). */
const SCHOOL_YEARS = ['2021-2022 учебного года', '2021/2022 учебного года', '2021-2022 уч. года', '2021/22 учебного года'];
const IN_SCHOOL_YEAR: Array<[string, string]> = [['2021-09-01', '2021-11-30'], ['2021-12-01', '2022-02-28'], ['2022-03-01', '2022-05-31']];

/** A part of a trimester named («в конце I триместра») and which of its months it is. */
const PARTS: Array<[string, 0 | 1 | 2]> = [['в начале', 0], ['в середине', 1], ['в конце', 2], ['начало', 0], ['конец', 2]];

/** A part with none named: of every trimester. */
const EVERY_PARTS = ['в конце триместра', 'в начале триместра', 'конец триместра', 'начало триместра', 'в середине триместра', 'окончание триместра'];
const EVERY_FRAMES = ['{p}', 'Анализ успеваемости — {p}', 'Проверка дневников {p}', 'Родительские собрания проводятся {p}'];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a trimester named alone or in a frame is its window', () => {
      for (const t of TRIMESTERS) {
        for (const [frame, form] of WHOLE_FRAMES) {
          for (const name of t[form]) {
            if (frame.startsWith('во ') !== name.startsWith('втором')) continue; // «во втором», «в первом»
            add(frame.replace('{t}', name), range(t.start, t.due));
          }
        }
      }
    });
    section('a trimester of a written school year is in that school year', () => {
      TRIMESTERS.forEach((t, idx) => {
        const [start, due] = IN_SCHOOL_YEAR[idx]!;
        for (const year of SCHOOL_YEARS) {
          for (const name of t.nom.slice(0, 2)) add(`${name} ${year}`, range(start, due));
          add(`в ${t.prep[0]} ${year}`.replace(/^в II/, 'во II'), range(start, due));
        }
      });
    });
    section('two trimesters joined are the window from the first to the second', () => {
      for (const year of SCHOOL_YEARS) {
        add(`I–II триместр ${year}`, range('2021-09-01', '2022-02-28'));
        add(`II-III триместры ${year}`, range('2021-12-01', '2022-05-31'));
        add(`1-2 триместр ${year}`, range('2021-09-01', '2022-02-28'));
      }
    });
    section('a part of a named trimester is its month', () => {
      for (const t of TRIMESTERS) {
        for (const [part, which] of PARTS) {
          for (const name of t.gen) add(`${part} ${name}`, monthOf(t.parts[which]));
        }
      }
    });
    section('a part with no trimester named is of every trimester', () => {
      for (const p of EVERY_PARTS) for (const frame of EVERY_FRAMES) add(frame.replace('{p}', p), rec(null));
    });
    section('days inside the trimester named first: it only places them', () => {
      add('во втором триместре – с 20 по 26 февраля', range('2021-02-20', '2021-02-26'));
      add('в первом триместре каникулы со 2 по 8 октября', range('2021-10-02', '2021-10-08'));
      add('I триместр, до 15 октября', { kind: 'by', due: '2021-10-15' });
      add('III триместр, до 20 мая', { kind: 'by', due: '2021-05-20' });
    });
    section('a season adjective names a trimester: autumn the first, winter the second, spring the third', () => {
      const seasons: Array<[string[], number]> = [
        [['осенний триместр', 'в осеннем триместре', 'в течение осеннего триместра', 'Осенний триместр'], 0],
        [['зимний триместр', 'в зимнем триместре', 'в течение зимнего триместра'], 1],
        [['весенний триместр', 'в весеннем триместре', 'в течение весеннего триместра'], 2],
      ];
      for (const [names, idx] of seasons) {
        const t = TRIMESTERS[idx]!;
        for (const name of names) add(name, range(t.start, t.due));
        const [start, due] = IN_SCHOOL_YEAR[idx]!;
        for (const year of SCHOOL_YEARS) add(`${names[0]} ${year}`, range(start, due));
      }
      add('в конце осеннего триместра', monthOf('2021-11'));
      add('в начале весеннего триместра', monthOf('2021-03'));
      add('летний триместр', { kind: 'unparsed', reason: /не удалось распознать срок/ });
      add('в осенний период', range('2021-09-01', '2021-11-30'));
    });
    section('parts of months inside the period named first are where it falls (the period a label)', () => {
      // round 220: the end of a window «до середины <месяца>» is its 15th (it was the middle ten days' end, 11-20)
      add('осенний триместр — с начала сентября до середины ноября', range('2021-09-01', '2021-11-15'));
      add('I триместр: с начала сентября до конца ноября', range('2021-09-01', '2021-11-30'));
      add('III триместр — с середины марта до конца мая', range('2021-03-11', '2021-05-31'));
      add('I квартал, в конце марта', range('2021-03-21', '2021-03-31'));
      add('I четверть, в конце октября', range('2021-10-21', '2021-10-31'));
      // a part of a month outside it keeps the union
      add('I квартал, в конце апреля', range('2021-01-01', '2021-04-30'));
    });
    section('an opening word and its comma before the period named first do not hide it (school quarters and quarters too)', () => {
      for (const opening of ['Так,', 'Таким образом,', 'Итак,', 'Напомним,', 'Кроме того,']) {
        add(`${opening} каникулы в первом триместре будут со 2 по 8 октября`, range('2021-10-02', '2021-10-08'));
        add(`${opening} каникулы во втором триместре будут с 20 по 26 февраля`, range('2021-02-20', '2021-02-26'));
        add(`${opening} осенние каникулы для школьников в первой четверти будут со 2 по 8 октября`, range('2021-10-02', '2021-10-08'));
        add(`${opening} каникулы в третьей четверти – с 20 по 26 февраля`, range('2021-02-20', '2021-02-26'));
        add(`${opening} в первом квартале отчёт сдаётся до 15 марта`, { kind: 'by', due: '2021-03-15' });
        // a day outside the period named first keeps the union, as without the opening word
        add(`${opening} в первой четверти и до 15 декабря`, range('2021-09-01', '2021-12-15'));
      }
    });
    section('pins: events, repeats, a trimester not named, no such trimester, school quarters and halves', () => {
      add('по итогам I триместра', ev('итоги I триместра'));
      add('по итогам триместра', ev('итоги триместра'));
      add('1 раз в триместр', rec(null));
      add('один раз в триместр', rec(null));
      add('до конца триместра', { kind: 'unparsed', reason: /не указано, какого триместра/ });
      add('4 триместр', { kind: 'unparsed', reason: /нет триместра с номером 4/ });
      add('I четверть', range('2021-09-01', '2021-10-31'));
      add('в конце II четверти', range('2021-12-01', '2021-12-31'));
      add('в конце четверти', rec('quarter'));
      add('I полугодие', range('2021-01-01', '2021-06-30'));
    });
  });
}

export const family: Family = {
  title: 'round 204: a trimester is a third of the school year (I Sep–Nov, II Dec–Feb, III Mar–May); «в конце триместра» of every one',
  rows: () => distinctRows(sections()),
};
