/**
 * Round 159 (corpus-real-148: the summer campaign of schools and education offices — лагеря с дневным пребыванием, лагеря труда и
 * отдыха, путёвки, приёмка, летняя занятость подростков — and the news and acts around it). Three classes the set's first run missed,
 * as camps' regimes and school news write them:
 * - a few words of what the hours are for between round 33's opening weekday after «в / во» and a window of hours «с … до …» are the
 *   regime of that day of every week: «В субботу продолжительность пребывания детей будет с 08:30 до 14:30.» (it was `unparsed`).
 * - a text that only names weekdays as days off is a day of every week: «В воскресенье — выходной.», «Выходной день — воскресенье»
 *   (they were `unparsed`).
 * - «перед учебным годом» (without «новым») is before the coming school year starts, by 08-31 like «перед новым учебным годом» (it was
 *   `unparsed`).
 * Pins: a date in the text wins; a place between the weekday and its hours, an hour with no window, a weekday alone, a day off with
 * other words or a date, «в выходной день», «перед учебным 2022-2023 годом», «перед началом учебного года» read as before.
 * The first template of each class is the set's real row (its source in corpus-real-148.tsv).
 */
import { by, on, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** the weekdays after «в / во», in the accusative */
const WEEKDAYS_ACC = ['в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу', 'в воскресенье'];
/** what the hours are for, one to five words */
const HOURS_FOR = ['продолжительность пребывания детей будет', 'работа лагеря', 'приём граждан ведётся', 'занятия проводятся', 'консультации', 'кружок работает'];
/** windows of hours as pages write them */
const WINDOWS = ['с 08:30 до 14:30', 'с 9.00 до 13.00', 'с 10:00 до 12:00', 'с 14.00 до 15.30'];

const HOURS_PINS: Row[] = [
  // a date written in the text wins, as with round 33's hour right after the weekday
  ['В субботу продолжительность пребывания детей будет с 08:30 до 14:30, 15 мая', on('2021-05-15')],
  // a place between the weekday and its hours: one day's event, read as before
  ['В субботу в школе пройдет субботник с 10:00 до 12:00', unread],
  // an hour with no window, a weekday alone: as before
  ['В субботу жители смогут прийти в 10:00', unread],
  ['в субботу', unread],
  // the hour right after the weekday (round 33), pinned
  ['В субботу с 08:30 до 14:30.', rec('week')],
  ['во вторник в 8.30', rec('week')],
];

/** day-off texts: the weekdays, then the words of a day off, and the other way round */
const OFF_DAYS = ['воскресенье', 'субботу', 'понедельник', 'субботу и воскресенье'];
const OFF_WORDS = ['выходной', 'выходной день', 'выходные', 'выходные дни'];
const DASHES = [' — ', ' - ', ' – ', ': '];

const OFF_PINS: Row[] = [
  // a date named with the weekday wins
  ['В воскресенье, 9 мая, — выходной', on('2021-05-09')],
  // other words than those of a day off: read as before
  ['в воскресенье выходной у библиотекарей', unread],
  ['в выходной день', unread],
  ['в воскресенье', unread],
  // the nominative list of days off was read so already
  ['суббота, воскресенье - выходные дни', rec('week')],
];

/** what may stand before and after «перед учебным годом» */
const BEFORE_YEAR_LEADS = ['Набраться новых впечатлений', 'Проверка готовности школ', 'Медосмотр', 'Ремонт кабинетов', ''];
const BEFORE_YEAR_TAILS = ['', ' сюда приезжают дети из 13 сел', ', в августе', ' проводится в каждой школе'];

const BEFORE_YEAR_PINS: Row[] = [
  ['перед новым учебным годом', by('2021-08-31')],
  ['перед началом учебного года', by('2021-08-31')],
  ['накануне учебного года', by('2021-08-31')],
  ['перед учебным 2022-2023 годом', by('2022-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('words between an opening weekday and its window of hours: the regime of that day of every week', () => {
      addAs('В субботу продолжительность пребывания детей будет с 08:30 до 14:30.', rec('week'));
      for (const day of WEEKDAYS_ACC) for (const what of HOURS_FOR) for (const hours of WINDOWS) add(`${day} ${what} ${hours}`, rec('week'));
    });
    section('the weekday and its hours: pins', () => HOURS_PINS.forEach(([t, e]) => addAs(t, e)));
    section('weekdays named as days off repeat every week', () => {
      addAs('В воскресенье — выходной.', rec('week'));
      for (const day of OFF_DAYS)
        for (const off of OFF_WORDS)
          for (const dash of DASHES) {
            if (dash === ': ') continue;
            add(`в ${day}${dash}${off}`, rec('week'));
          }
      for (const day of ['воскресенье', 'суббота', 'понедельник', 'суббота и воскресенье'])
        for (const off of OFF_WORDS)
          for (const dash of DASHES) {
            add(`${day}${dash === ': ' ? ' - ' : dash}${off}`, rec('week'));
            add(`${off}${dash}${day}`, rec('week'));
          }
    });
    section('days off: pins', () => OFF_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«перед учебным годом» is by the start of the school year', () => {
      addAs('Набраться новых впечатлений перед учебным годом сюда приезжают дети из 13 сел.', by('2021-08-31'));
      for (const lead of BEFORE_YEAR_LEADS)
        for (const tail of BEFORE_YEAR_TAILS) {
          if (tail === ', в августе') continue;
          add(`${lead ? lead + ' ' : ''}перед учебным годом${tail}`, by('2021-08-31'));
        }
    });
    section('«перед учебным годом»: pins', () => BEFORE_YEAR_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 159: words between an opening weekday and its window of hours; weekdays named as days off; «перед учебным годом»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
