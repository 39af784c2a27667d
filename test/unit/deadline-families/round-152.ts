/**
 * Round 152 (corpus-real-140: the time column of ГИА-9 and ГИА-11 plans and schedules — ОГЭ, ЕГЭ, итоговое сочинение and итоговое
 * собеседование). Three classes the set's first run missed, as schools' schedule lists, methodical recommendations and notices write them:
 * - a weekday of a month with the full date of the same month in brackets, the month written in words — «в первую среду декабря (06
 *   декабря 2023г.)», «вторую среду апреля (10 апреля 2024 г.)» — is that date, as round 8 read «(04.12.2024)» (the weekday was counted
 *   in the context's year).
 * - a clock time «по местному времени» with no date — «Экзамен … начинается в 10.00 по местному времени», «Не ранее 09.00 по местному
 *   времени обеспечить допуск …» — is the hour of the exam day, an event (it was `unparsed`).
 * - an hour in words after «не позднее / не позже / не ранее / не раньше» right before a day with its month — «не позднее 15 часов 10
 *   сентября 2019 года» — is that day's hour, like round 60's «до 21 часа 5 февраля»: the limit is the day's (it was `unparsed`, a span).
 * Pins: a bracket of another month, a numeric bracket, a date in the text, a repeat, the hours of the school day and a clock with no
 * «по местному времени»; a span of hours with no day after it.
 * The first template of each class is the set's real row (its source in corpus-real-140.tsv).
 */
import { bareSpan, by, ev, iso, MONTHS_GEN, on, ongoing, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** The day of the `nth` (1-based) `weekday` (1 = Monday … 7 = Sunday) of month `m` in year `y`. */
function nthWeekday(y: number, m: number, nth: number, weekday: number): number {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay() || 7;
  return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
}

/** ordinals in the accusative, with their number */
const ORDINALS: Array<[string, number]> = [['первую', 1], ['вторую', 2], ['третью', 3]];
/** weekdays in the accusative, with their number */
const WEEKDAYS: Array<[string, number]> = [['среду', 3], ['пятницу', 5], ['понедельник', 1]];
/** how a bracket's year ends */
const YEAR_ENDS = ['г.', ' г.', ' года', ''];
/** what may stand before the weekday */
const WEEKDAY_LEADS = ['в', 'в основную дату - в', 'дополнительный срок:'];

const BRACKET_PINS: Row[] = [
  // another month in the bracket: the weekday stays in the context's year (as before)
  ['в первую среду декабря (6 ноября 2023 года)', on('2021-12-01')],
  // the numeric bracket of round 8, and a year after the weekday: as before
  ['в первую среду декабря (04.12.2024)', on('2024-12-04')],
  ['в первую среду декабря 2024 г.', on('2024-12-04')],
  ['в первую среду декабря', on('2021-12-01')],
];

/** what happens at the hour */
const LOCAL_LEADS = [
  'Экзамен по всем учебным предметам начинается',
  'ОГЭ по всем предметам начинается',
  'Итоговое сочинение начинается',
  'Итоговое собеседование начинается',
  'Экзамены начнутся',
  'Инструктаж проводится',
  'Обеспечить допуск участников экзамена',
];
/** the words before the clock */
const LOCAL_BEFORE = ['в', 'не ранее', 'не позднее', 'с'];
/** the clock */
const CLOCKS = ['10.00', '10:00', '09.00', '9:00', '08:15', '9.45'];

const LOCAL_PINS: Row[] = [
  // a date in the text wins, with the hour a note
  ['25 мая в 10.00 по местному времени', on('2021-05-25')],
  ['Экзамен пройдет 4 июня, начало в 10:00 по местному времени', on('2021-06-04')],
  // a repeat or the hours of the school day come first
  ['ежедневно с 9.00 до 18.00 по местному времени', ongoing],
  ['по пятницам в 10.00 по местному времени', rec('week')],
  ['Занятия начинаются в 8.30 по местному времени', ongoing],
  // no «по местному времени»: as before
  ['Экзамен начинается в 10.00', unread],
  ['Концерт начинается в 18:00', unread],
];

/** the limits before the hour, with the kind of the day after them */
const LIMITS: Array<[string, (due: string) => Expect]> = [
  ['не позднее', by],
  ['не позже', by],
  ['не ранее', (d) => ({ kind: 'ongoing', start: d, due: '2021-12-31' })],
  ['не раньше', (d) => ({ kind: 'ongoing', start: d, due: '2021-12-31' })],
];
/** the hours in words */
const HOUR_WORDS = ['15 часов', '9 часов', '18 часов', '12 часов', '1 часа', '21 часа'];
/** what may stand before the limit */
const LIMIT_LEADS = ['', 'Заявления принимаются', 'Руководителям необходимо сдать отчёты'];

const HOUR_PINS: Row[] = [
  // a span of hours with no day after it, or before «до»: as before
  ['не позднее 8 часов', bareSpan],
  ['за 3 часа до начала экзамена', ev('начала')],
  // round 60's «до» before the hour: as before
  ['до 21 часа 5 февраля', by('2021-02-05')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a weekday of a month with the same month\'s full date in brackets, the month in words, is that date', () => {
      addAs('в основную дату - в первую среду декабря (06 декабря 2023г.);', on('2023-12-06'));
      addAs('в дополнительные сроки: в первую среду февраля (7 февраля 2024 г.) и вторую среду апреля (10 апреля 2024 г.)', { kind: 'on', start: '2024-02-07', due: '2024-04-10' });
      for (const [ord, nth] of ORDINALS)
        for (const [wd, weekday] of WEEKDAYS)
          for (const m of [2, 4, 5, 12])
            for (const y of [2023, 2024, 2025, 2026])
              for (const end of YEAR_ENDS)
                for (const lead of WEEKDAY_LEADS) {
                  const d = nthWeekday(y, m, nth, weekday);
                  add(`${lead} ${ord} ${wd} ${MONTHS_GEN[m - 1]} (${d} ${MONTHS_GEN[m - 1]} ${y}${end})`, on(iso(m, d, y)));
                }
    });
    section('the bracket of a weekday of a month: pins', () => BRACKET_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a clock time «по местному времени» with no date is the hour of the exam day, an event', () => {
      addAs('Экзамен по всем учебным предметам начинается в 10.00 по местному времени.', ev('местному'));
      addAs('ОГЭ, ЕГЭ по всем общеобразовательным предметам начинается в 10.00 по местному времени.', ev('местному'));
      addAs('Не ранее 09.00 по местному времени обеспечить допуск участников экзамена согласно спискам распределения.', ev('местному'));
      addAs('Инструктаж проводится не ранее 08:15 по местному времени;', ev('местному'));
      for (const lead of LOCAL_LEADS)
        for (const before of LOCAL_BEFORE)
          for (const clock of CLOCKS) {
            add(`${lead} ${before} ${clock} по местному времени`, ev('местному'));
            add(`${before} ${clock} по местному времени ${lead.toLowerCase()}`, ev('местному'));
          }
    });
    section('the clock in local time: pins', () => LOCAL_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an hour in words after «не позднее / не ранее» right before a day is that day\'s hour', () => {
      addAs(
        'Руководителям образовательных организаций не позднее 15 часов 10 сентября 2019 года необходимо организовать доставку заявлений в ГБУ Республики Марий Эл «ЦИТОКО», каб.309, тел. 45-16-09.',
        by('2019-09-10'),
      );
      for (const [limit, kind] of LIMITS)
        for (const hour of HOUR_WORDS)
          for (const lead of LIMIT_LEADS)
            for (const [m, d] of [[9, 10], [5, 25], [1, 31], [12, 1]] as const) {
              add([lead, limit, hour, `${d} ${MONTHS_GEN[m - 1]}`].filter(Boolean).join(' '), kind(iso(m, d)));
              add([lead, limit, hour, `${d} ${MONTHS_GEN[m - 1]} 2019 года`].filter(Boolean).join(' '), kind(iso(m, d, 2019)));
            }
    });
    section('the hour before a day: pins', () => HOUR_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 152: a weekday of a month with the same month\'s full date in words in brackets; a clock time «по местному времени» is the exam day; an hour in words after «не позднее / не ранее» before a day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
