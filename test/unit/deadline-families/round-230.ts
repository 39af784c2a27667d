/**
 * Round 230 (corpus-real-209: физкультура и спорт — the calendars of official sports events, ГТО, «Президентские состязания», school
 * leagues, spartakiads, rural games, «Лыжня России», Days of health). Three classes, each a row of the set (its source there):
 * - after years of birth closed by «г.р.» / «года рождения», the bare years or pairs of years that go on the list after a comma or «и»
 *   are years of birth too, as round 167 reads the list before them («Соревнования проводятся по четырем возрастным группам: 1989-90
 *   гг.р., 1991-92, 1993-94, 1995-96 среди мальчиков и девочек.» → `unparsed`, it was the school year 1995/96);
 * - a count right before a unit of length («м», «км», «метров», …) is a distance, a label («- 11:00 – регистрация участников лыжной
 *   гонки на 2016 м, 5-3 км;» → `unparsed`, it was the year 2016; «15 мая - бег на 1000 м» → on 05-15, it was `unparsed`);
 * - right after a day written with its month, «[в] последний [учебный / рабочий] день <N> четверти / триместра / полугодия» says which
 *   day of the school year it is, a note («В субботу 29 октября в последний учебный день 1 четверти в школе прошел День здоровья.» → on
 *   10-29, it was the first quarter).
 * Pins: a year after the birth years with a year word of its own, a day after them; minutes after an hour («в 10 ч. 30 м.»), a format
 * of play («эстафета 4х200 м.»); the last day of a term alone, «в конце 1 четверти» after a day, the bracketed note.
 */
import { distinctRows, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the words before the years of birth */
const LEADS = [
  'Соревнования проводятся по четырем возрастным группам:',
  'В соревнованиях участвуют юноши и девушки',
  'Возрастные группы участников:',
];
/** the first years with their mark of birth, and the bare years that go on the list after them */
const FIRST = ['1989-90 гг.р.,', '2008-2009 г.р.,', '2010 г. р.,', '2005-2006 годов рождения,'];
const REST = ['1991-92, 1993-94, 1995-96', '2011-2012 и 2013-2014', '2011, 2012 и 2013'];

/** the days a distance stands beside, and what they read as */
const DIST_DAYS: Array<[string, Expect]> = [
  ['15 мая', on('2021-05-15')],
  ['20 сентября 2021 года', on('2021-09-20')],
  ['14.02.2016', on('2016-02-14')],
];
const RACES = ['бег на', 'лыжная гонка на', 'забег на'];
const COUNTS = ['1000', '1500', '2000', '2016'];
const UNITS = ['м', 'метров', 'км'];

/** days written with their month, and what they read as */
const TERM_DAYS: Array<[string, Expect]> = [
  ['29 октября', on('2021-10-29')],
  ['24 декабря', on('2021-12-24')],
  ['24.12.2021', on('2021-12-24')],
  ['26 марта 2021 года', on('2021-03-26')],
];
/** the words between the day and the term, and the term */
const LAST_DAY = [' в последний учебный день', ' – последний учебный день', ', в последний день', ' - последний рабочий день'];
const TERMS = ['1 четверти', 'II четверти', 'второй четверти', 'первого полугодия'];

const PINS: Row[] = [
  // a year with a year word of its own after the years of birth is a year again; a day after them is that day (round 105)
  ['дети 2010 г.р., 2021 год', range('2021-01-01', '2021-12-31')],
  ['Соревнования пройдут 17 мая, участвуют дети 2010-2011 г.р.', on('2021-05-17')],
  ['дети 2010-2011 г.р., 15 мая', on('2021-05-15')],
  // minutes after an hour are not a distance; a format of play is round 80's
  ['в 10 ч. 30 м.', { kind: 'unparsed', reason: /непонятное число/ }],
  ['эстафета 4х200 м.', unread],
  ['кросс 3 км', unread],
  // the last day of a term alone, a window of the term after a day, the bracketed note: as before
  ['в последний учебный день 1 четверти', range('2021-09-01', '2021-10-31')],
  ['29 октября в конце 1 четверти', range('2021-10-01', '2021-10-31')],
  ['29 октября (последний день 1 четверти)', on('2021-10-29')],
  ['Последний учебный день 1 четверти - 29 октября', on('2021-10-29')],
  ['25 мая - последний учебный день', on('2021-05-25')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('bare years on the list after years of birth', () => {
      for (const l of LEADS) for (const f of FIRST) for (const r of REST) add(`${l} ${f} ${r}`, unread);
      for (const f of FIRST) for (const r of REST) add(`Соревнования пройдут 15 мая, участвуют дети ${f} ${r}`, on('2021-05-15'));
    });
    section('a count before a unit of length', () => {
      for (const [d, e] of DIST_DAYS)
        for (const r of RACES)
          for (const n of COUNTS)
            for (const u of UNITS) {
              addAs(`${d} - ${r} ${n} ${u}`, e);
              addAs(`${r[0]!.toUpperCase()}${r.slice(1)} ${n} ${u} ${d}`, e);
            }
      for (const n of COUNTS) for (const u of UNITS) addAs(`- 11:00 – регистрация участников лыжной гонки на ${n} ${u}, 5-3 км;`, unread);
    });
    section('the last day of a term right after a day', () => {
      for (const [d, e] of TERM_DAYS) for (const w of LAST_DAY) for (const t of TERMS) add(`${d}${w} ${t}`, e);
      add('В субботу 29 октября в последний учебный день 1 четверти в школе прошел День здоровья', on('2021-10-29'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 230: sport — bare years after years of birth are years of birth; a count before a unit of length is a distance; the last day of a term after a day is a note',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
