/**
 * Round 151 (corpus-real-139: the «Сроки» cells of school and kindergarten calendar schedules for 2023/24–2025/26). Two classes the
 * set's first run missed, as calendar schedules and regime tables write them:
 * - a count of hours or minutes before «в день / в сутки» — «12 часов в день (с 7.00 до 19.00 часов)», «10,5 часов в день», «не более
 *   30 минут в день», «два часа в сутки» — is how long something lasts every day, daily work like round 34's count of times per day:
 *   open-ended over the period (it was `unparsed`, «срок отсчитывается от события: «12 часов»», or unread with a count in words).
 * - «Дата / Даты / Срок / Сроки» with the start or end of a period opening the text — «Дата окончания учебного года …», «Сроки окончания
 *   четверти: …» — names what is dated, a heading; the rest says when: a document is a `schedule`, an event an `event` (it was the
 *   window of May or September from «окончания / начала учебного года»).
 * Pins: an hour of the clock before «в день, установленный графиком», a count of lessons, «в день рождения», a day or window in the
 * text, a bare span of hours, a count of times per day; the heading alone, with a day after it, with a list number, a moved start.
 * The first template of each class is the set's real row (its source in corpus-real-139.tsv).
 */
import { bareSpan, ev, on, ongoing, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** a count of time, in figures or words, with «не более / не менее» or not */
const COUNTS = ['12 часов', '10,5 часов', '8 часов', '24 часа', '2 часа', '1 час', 'два часа', 'три часа', 'один час', '30 минут', '45 минут', 'не более 30 минут', 'не менее 3 часов', 'не более 7 часов', '3-4 часа'];
/** per day */
const PER_DAY = ['в день', 'в сутки'];
/** what lasts that long */
const DAY_LEADS = ['', 'время работы групп:', 'режим работы –', 'прогулка', 'кружок работает', 'работа за компьютером'];
/** what may follow: the day's hours, an event of the day */
const DAY_TAILS = ['', ' (с 7.00 до 19.00 часов)', ', с 8.00 до 20.00', ', после уроков'];

const DAY_PINS: Row[] = [
  // an hour of the clock before a day set by a schedule stays the schedule (corpus-real-129)
  ['с 14.00 часов в день, установленный графиком', sched('в день, установленный графиком')],
  // a count of lessons is no time; a day of an event is the event; a bare span of hours counts from an event (as before)
  ['6 уроков в сутки', unread],
  ['12 часов в день рождения', ev('рождения')],
  ['в течение 8 часов', bareSpan],
  // a day or a window in the text wins, the count a note
  ['15 сентября, 2 часа в день', on('2021-09-15')],
  ['с 1 по 15 марта 2 часа в день', range('2021-03-01', '2021-03-15')],
  // a count of times per day, round 34
  ['3 раза в день', ongoing],
];

/** the heading: a noun of dating and the start or end of a period */
const HEADS = ['дата окончания учебного года', 'дата начала учебного года', 'срок окончания учебного года', 'сроки окончания учебного года', 'даты окончания учебного года', 'срок завершения учебного года', 'дата окончания второй четверти', 'срок окончания обучения', 'дата завершения учебного периода'];
/** who the heading is for */
const HEAD_MIDS = ['', ' для 9-х, 11-х классов', ' для 1 классов', ' в 9 классах'];
/** between the heading and when */
const HEAD_SEPS = ['', ' -', ' –', ':'];
/** when: a document or an event */
const WHENS: Array<[string, Expect]> = [
  ['в соответствии с расписанием ГИА', sched('расписание ГИА')],
  ['по расписанию ГИА', sched('расписание ГИА')],
  ['по графику ОО', sched('график ОО')],
  ['согласно приказу директора', sched('приказ директора')],
  ['по приказу управления образования', sched('приказ управления образования')],
  ['по окончании ГИА', ev('ГИА')],
  ['по решению учредителя', ev('учредителя')],
];

const HEAD_PINS: Row[] = [
  // the heading alone names a time of the school year, as before
  ['Дата окончания учебного года', range('2021-05-01', '2021-05-31')],
  ['Дата начала учебного года', range('2021-09-01', '2021-09-30')],
  // a day after it wins, with a list number before it or not
  ['Дата окончания учебного года – 26 мая 2025 года', on('2025-05-26')],
  ['1. Дата начала учебного года – 2 сентября 2024 года.', on('2024-09-02')],
  ['Срок окончания осенних каникул - 5 ноября', on('2021-11-05')],
  // a start that is moved stays round 70's
  ['перенос срока начала учебного года по решению учредителя', ev('учредителя')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count of hours or minutes a day is daily work, open-ended', () => {
      addAs('12 часов в день (с 7.00 до 19.00 часов)', ongoing);
      for (const count of COUNTS)
        for (const per of PER_DAY)
          for (const lead of DAY_LEADS) for (const tail of DAY_TAILS) add([lead, count, `${per}${tail}`].filter(Boolean).join(' '), ongoing);
    });
    section('the length of every day: pins', () => DAY_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«Дата / Срок окончания учебного года …» opening the text is a heading; the rest says when', () => {
      addAs('Дата окончания учебного года для 9-х, 11-х классов в соответствии с расписанием ГИА.', sched('расписание ГИА'));
      for (const head of HEADS)
        for (const mid of HEAD_MIDS) for (const sep of HEAD_SEPS) for (const [when, e] of WHENS) add(`${head}${mid}${sep} ${when}`, e);
    });
    section('the heading of a dated start or end: pins', () => HEAD_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 151: a count of hours or minutes a day is daily work; «Дата / Срок окончания учебного года …» opening the text is a heading, the rest says when',
  rows: () => sections().flatMap(([, rows]) => rows),
};
