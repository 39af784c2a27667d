/**
 * Round 273 (corpus-real-236, 112/112 first, no label changed, 112/112 after; its rows' variants found one general error), one rule:
 * - a bracket that closes a single weekday's hours is a note on them, as round 99's dash and words are: «Воскресенье с 11:00 до 17:00
 *   (касса закрывается на 1 час раньше).» (a museum's opening hours, https://museum-schvarz.ru/contact-information/opening-hours/) →
 *   weekly (it was `unparsed`), as «Среда – Суббота с 11:00 до 18:00 (касса закрывается на 1 час раньше).» of the same page already was.
 *   Pins: a bracket with no hours before it («среда (каникулы)», round 26), a bracket with a date or a window («(15 мая)», «(15.05)»,
 *   «(каникулы с 1 по 7 ноября)»), a bracket naming the holidays («(в каникулы)»), a number before a day's word or before nothing
 *   («(2 и 4 неделя месяца)», «(кабинет 12)»), words after the bracket, and the hours with no bracket.
 */
import { distinctRows, ev, on, range, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** the weekdays as a timetable's day column prints them, and their abbreviations */
const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пн', 'ср', 'пт'];
/** the hours after the weekday */
const HOURS = ['с 11:00 до 17:00', 'с 10.00 до 18.00', '9.00-16.00', 'с 9:00 до 16:45', '10:00 - 14:00'];
/** the notes in brackets: words, a count before a unit, a clock, an offset before closing */
const NOTES = [
  'касса закрывается на 1 час раньше',
  'касса закрывается на час раньше',
  'касса закрывается раньше',
  'перерыв с 13:00 до 14:00',
  'обед с 13.00 до 14.00',
  'последний вход за 30 минут до закрытия',
  'касса закрывается за 1 час до закрытия',
  'по предварительной записи',
  'вход свободный',
];

const PINS: Row[] = [
  // a bracket right after the weekday, with no hours: round 26's «среда (каникулы)»
  ['среда (каникулы)', unread],
  ['Воскресенье (касса закрывается на 1 час раньше)', unread],
  // a date or a window in the bracket keeps its reading
  ['Среда с 12.00 до 13.00 (15 мая)', on('2021-05-15')],
  ['Среда с 12.00 до 13.00 (15.05)', on('2021-05-15')],
  ['Пятница с 9.00 до 13.00 (каникулы с 1 по 7 ноября)', range('2021-11-01', '2021-11-07')],
  // the holidays in the bracket stay the holidays' event
  ['понедельник с 9.00 до 12.00 (в каникулы)', ev('в каникулы')],
  // a number before a day's word, or before nothing, is no count
  ['вторник с 15.00 до 17.00 (2 и 4 неделя месяца)', unread],
  ['четверг 14.00-16.00 (кабинет 12)', unread],
  // words or a date after the bracket
  ['Воскресенье с 11:00 до 17:00 (касса закрывается на 1 час раньше) 15 мая', on('2021-05-15')],
  // the hours with no bracket, and a window of weekdays with one, as before
  ['Воскресенье с 11:00 до 17:00', rec('week')],
  ['Среда – Суббота с 11:00 до 18:00 (касса закрывается на 1 час раньше).', rec('week')],
  ['по воскресеньям с 11:00 до 17:00 (касса закрывается на 1 час раньше).', rec('week')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a bracket closing a weekday\'s hours', () => {
      for (const d of WEEKDAYS) for (const h of HOURS) for (const n of NOTES) add(`${d} ${h} (${n})`, rec('week'));
    });
    section('with a heading before the weekday', () => {
      for (const h of ['Время работы:', 'Часы работы:', 'Режим работы:']) for (const n of NOTES.slice(0, 4)) add(`${h} Воскресенье с 11:00 до 17:00 (${n})`, rec('week'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 273: a bracket closing a single weekday\'s hours is a note on them (a museum\'s opening hours)',
  rows: () => distinctRows(sections()),
};
