/**
 * Round 156 (corpus-real-144: the plans and time columns of school specialists — социальный педагог, педагог-психолог, учитель-логопед,
 * классный руководитель, педагог-библиотекарь, советник директора по воспитанию, Совет профилактики — and the news around their work).
 * Three classes the set's first run missed, as school news and reports write them:
 * - a holiday after «в рамках / в ходе», with a demonstrative or an adjective before it or not, is the feast's time, an event like «в
 *   рамках празднования …»: «В рамках этого праздника в нашей школе прошёл библиотечный урок …» (it was `unparsed`).
 * - a dash between the first day of a window after «с / со» and the «по / до» of its last day says the join twice: «С 13 - по 15
 *   сентября» is 09-13..09-15 (it was `unparsed`, «непонятное число «13»»).
 * - a noun of a series or of its form — «цикл», «серия», «формат» — before a repeat adjective in the genitive names the events that
 *   repeat, like a noun of holding (round 117): «формат еженедельных классных часов» is weekly (it was `unparsed`).
 * Pins: a date with the holiday wins; «в рамках ежегодной конференции», «циклограмма ежемесячных дел», «по итогам ежегодного конкурса»,
 * a window without the dash, dotted dates, grades, a lone dash between two days, «формат ежегодного отчета» read as before.
 * The first template of each class is the set's real row (its source in corpus-real-144.tsv).
 */
import { ev, iso, lastDay, MONTHS_GEN, on, range, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** what opens the frame */
const FRAME_LEADS = ['В рамках', 'в рамках', 'В ходе', 'в ходе', 'Во время'];
/** what stands between the frame and the holiday */
const HOLIDAY_ADJ = ['', 'этого', 'данного', 'школьного', 'новогоднего', 'весеннего', 'этих'];
/** the holiday's forms after «в рамках / в ходе» (genitive singular and plural) */
const HOLIDAYS = ['праздника', 'праздников'];
/** what the sentence says happened */
const HOLIDAY_TAILS = ['', ' в нашей школе прошёл библиотечный урок "Книги - верные друзья!"', ' пройдут классные часы', ', в библиотеке оформлена выставка.'];

const HOLIDAY_PINS: Row[] = [
  // a date written with the holiday wins, as after any event phrase
  ['в рамках праздника 23 февраля', on('2021-02-23')],
  ['В рамках этого праздника 25 октября прошёл библиотечный урок', on('2021-10-25')],
  // the holding of the holiday read so already (round 77)
  ['в рамках проведения праздника', ev('праздник')],
  ['в рамках празднования Дня учителя', ev('празднован')],
  // a yearly conference after «в рамках» stays unread (round 117)
  ['в рамках ежегодной конференции', unread],
  // the holiday with no frame
  ['Праздник прошёл весело', unread],
];

/** the day a window starts on, and how many days it lasts */
const WINDOWS: Array<[number, number]> = [[1, 5], [2, 9], [9, 12], [13, 15], [20, 27]];
/** the dashes pages write */
const DASHES = [' - ', ' – ', ' — ', '- ', ' -'];
/** what may follow the window */
const WINDOW_TAILS = ['', ' проведены беседы в учебных группах', ' 2021 г.', ', классные руководители'];

const WINDOW_PINS: Row[] = [
  // without the dash, with dotted dates, or with the dash alone: as before
  ['с 13 по 15 сентября', range('2021-09-13', '2021-09-15')],
  ['С 13 - 15 сентября', range('2021-09-13', '2021-09-15')],
  ['с 13.09 - по 15.09', range('2021-09-13', '2021-09-15')],
  ['С 13 сентября - по 15 октября', range('2021-09-13', '2021-10-15')],
  // grades after the window are a label, as before
  ['с 1 - по 4 класс', unread],
  // a month's window that runs backwards is a slip, as before
  ['с 20 - по 10 мая', { kind: 'unparsed', reason: /позже его окончания/ }],
];

/** the series or form nouns, with what may stand before them */
const SERIES_LEADS = ['Это обновленный формат', 'Новый формат', 'формат', 'в формате', 'цикл', 'Цикл', 'В школе стартует цикл', 'серия', 'Серия', 'пройдёт серия', 'проведем серию', 'циклом'];
/** the repeat adjective in the genitive plural, and how often */
const REPEATS: Array<[string, 'week' | 'month' | 'year' | 'quarter']> = [['еженедельных', 'week'], ['ежемесячных', 'month'], ['ежегодных', 'year'], ['ежеквартальных', 'quarter']];
/** what repeats */
const SERIES_EVENTS = ['классных часов', 'встреч', 'занятий', 'вебинаров', 'заседаний', 'совещаний с родителями'];
/** what may follow */
const SERIES_TAILS = ['', ', посвященных самым различным темам', ' для родителей.'];

const SERIES_PINS: Row[] = [
  // a cyclogram, a serial and formatting are no series nouns
  ['циклограмма ежемесячных дел', unread],
  // other oblique forms keep their readings (rounds 57, 117)
  ['по итогам ежегодного конкурса', ev('итог')],
  ['в рамках ежегодной конференции', unread],
  ['формат ежегодного отчета', rec('year')],
  ['проведение ежемесячных заседаний', rec('month')],
  // the series nouns with no repeat adjective stay unread
  ['цикл занятий для родителей', unread],
  ['новый формат классных часов', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a holiday after «в рамках / в ходе» is the feast\'s time, an event', () => {
      addAs('В рамках этого праздника в нашей школе прошёл библиотечный урок "Книги - верные друзья!"', ev('праздник'));
      for (const lead of FRAME_LEADS)
        for (const adj of HOLIDAY_ADJ)
          for (const holiday of HOLIDAYS) {
            if (adj === 'этих' && holiday === 'праздника') continue;
            if (adj !== 'этих' && adj !== '' && holiday === 'праздников' && adj !== 'новогоднего') continue;
            const noun = adj === 'новогоднего' && holiday === 'праздников' ? 'новогодних праздников' : [adj, holiday].filter(Boolean).join(' ');
            for (const tail of HOLIDAY_TAILS) add(`${lead} ${noun}${tail}`, ev('праздник'));
          }
    });
    section('the holiday after «в рамках»: pins', () => HOLIDAY_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a dash before the «по / до» of a window of days says the join twice', () => {
      addAs('- С 13 - по 15 сентября проведены беседы в учебных группах на тему: «Права и обязанности, обучающихся ЦДТ» в учебных группах педагогами ЦДТ', range('2021-09-13', '2021-09-15'));
      for (let m = 1; m <= 12; m++)
        for (const [a, b] of WINDOWS) {
          if (b > lastDay(m)) continue;
          for (const dash of DASHES)
            for (const prep of ['по', 'до'])
              for (const tail of WINDOW_TAILS) {
                const lead = a === 2 ? 'со' : 'с';
                add(`${lead} ${a}${dash}${prep} ${b} ${MONTHS_GEN[m - 1]}${tail}`, range(iso(m, a), iso(m, b)));
              }
        }
    });
    section('the dash before «по»: pins', () => WINDOW_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a series noun before a repeat adjective in the genitive repeats', () => {
      addAs('Это обновленный формат еженедельных классных часов, посвященных самым различным темам.', rec('week'));
      for (const lead of SERIES_LEADS)
        for (const [adj, every] of REPEATS)
          for (const what of SERIES_EVENTS) for (const tail of SERIES_TAILS) add(`${lead} ${adj} ${what}${tail}`, rec(every));
    });
    section('the series noun: pins', () => SERIES_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 156: a holiday after «в рамках / в ходе»; a dash before the «по / до» of a window of days; «цикл / серия / формат» before a repeat adjective in the genitive',
  rows: () => sections().flatMap(([, rows]) => rows),
};
