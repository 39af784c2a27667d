/**
 * Round 133 (corpus-real-121: guardianship and child placement as education bodies run them — выявление and обследование, проверки
 * условий жизни подопечных, отчёты опекунов, administrative regulations' terms, школы приёмных родителей, the field's news). Four
 * classes the set's first run missed, as regulations, guides and news pages write them:
 * - the verbal noun right after «с / со / от», with no «дня / даты / момента» between, is what a span counts from («не позднее 15
 *   календарных дней со обращения гражданина», «в течение трех дней с получения сведений», «в течение месяца со вступления решения в
 *   силу»), as round 82's «с его проведения» is: an `event` (it was `unparsed`, a bare span, or open-ended for «в течение месяца»).
 *   Pins: an instrumental after «с» is no event («с его участием», «с использованием …»), nor a month («с сентября»).
 * - «месяца» after an ordinal («13-го», «седьмого») and before what it counts from («со дня …», «с даты …», «после …») is the Nth month
 *   of a span from an event, not a calendar month left unnamed: «не позднее окончания 13-го месяца со дня вступления в законную силу
 *   решения суда» is an `event` (it was `unparsed`, «не указано, какого месяца»). Pins: «до конца месяца», «не позднее окончания 13-го
 *   месяца» with nothing it counts from, and «до 15 числа 2-го месяца» read as before.
 * - a window of days or months that round 60's «предыдущего / прошлого / следующего / будущего года» ends is in that year, its start
 *   too: «с 1 января по 31 декабря предыдущего года» → 2020 (it was 2021). Pins: a window across the new year names the end's year
 *   after the start's («с 1 сентября по 31 мая следующего года» → 2021-09-01..2022-05-31), a lone day and a start with its year read
 *   as before.
 * - three or four figures that cannot be a year, closing the text right after a date with its year (a time or «|» between or not), are
 *   the page's view count, a label: «28.02.2022 371» → on 2022-02-28 (it was `unparsed`, «непонятное число «371»»). Pins: after a day
 *   with no year, and two figures, stay `unparsed`.
 * The first template of each class is the set's real row (its source in corpus-real-121.tsv).
 */
import { ev, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the words before a deadline inside a regulation's sentence, or none */
const SUBJECTS = ['', 'Орган опеки и попечительства проводит обследование', 'Решение принимается', 'Заявитель уведомляется'];
/** the offsets' words before the span */
const OFFSET_PREPS = ['в течение', 'не позднее', 'не более', 'в срок не более', 'не позднее чем'];
/** the spans, in the genitive */
const SPANS = ['3 дней', 'трех дней', '7 дней', '15 календарных дней', '10 рабочих дней', 'одного рабочего дня', 'месяца', 'одного месяца'];
/** «с / со / от» and the verbal noun right after it, and the word the reason must contain */
const BARE_ANCHORS: Array<[string, string]> = [
  ['со обращения гражданина', 'обращения'],
  ['с получения сведений', 'получения'],
  ['со вступления решения суда в законную силу', 'вступления'],
  ['с подачи заявления', 'подачи'],
  ['от получения запроса', 'получения'],
  ['с регистрации заявления', 'регистрации'],
  ['со сдачи документов', 'сдачи'],
  ['с принятия решения', 'принятия'],
];
const BARE_ANCHOR_PINS: Row[] = [
  // an instrumental after «с» is no event: as before
  ['в течение 10 дней с его участием', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['в течение года с использованием пособий', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // a month after «с» is no event: as before
  ['в течение 2 месяцев с сентября', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  // «со дня» reads as before
  ['в течение 3 дней со дня получения сведений', ev('получения')],
];

/** the words of an end before the counted month */
const END_PREPS = ['не позднее окончания', 'до окончания'];
/** the ordinal of the month */
const ORDINALS = ['13-го', '7-го', '3-го', '25-го', 'седьмого', 'третьего'];
/** what the month is counted from, and the word the reason must contain */
const MONTH_ANCHORS: Array<[string, string]> = [
  ['со дня вступления в законную силу решения суда', 'вступления'],
  ['с даты назначения опекуна', 'назначения'],
  ['после назначения опекуна', 'назначения'],
  ['со дня принятия решения', 'принятия'],
  ['с момента усыновления', 'усыновления'],
  ['со вступления решения в силу', 'вступления'],
];
const unnamedMonth: Expect = { kind: 'unparsed', reason: /не указано, какого месяца/ };
const MONTH_PINS: Row[] = [
  ['до конца месяца', unnamedMonth],
  ['не позднее окончания 13-го месяца', unnamedMonth],
  ['до 15 числа 2-го месяца', rec('month', 15)],
  ['в течение 1-го месяца со дня вступления решения в силу', ev('вступления')],
  ['не позднее конца 13-го месяца со дня вступления решения в силу', ev('вступления')],
  // a span after «по истечении» at the start reads as before
  ['по истечении 5 месяцев со дня вступления в законную силу решения суда, но не позднее окончания 7-го месяца со дня вступления в законную силу решения суда', ev('истечении')],
];

/** windows of days or months with no year, their first and last month and day */
const WINDOWS: Array<[string, [number, number], [number, number]]> = [
  ['с 1 января по 31 декабря', [1, 1], [12, 31]],
  ['с 1 по 15 марта', [3, 1], [3, 15]],
  ['1-15 марта', [3, 1], [3, 15]],
  ['с 1 февраля по 30 июня', [2, 1], [6, 30]],
  ['с 10 января по 20 мая', [1, 10], [5, 20]],
  ['с марта по май', [3, 1], [5, 31]],
  ['с сентября по декабрь', [9, 1], [12, 31]],
  ['в сентябре-декабре', [9, 1], [12, 31]],
];
/** the adjectives of the year, and the year they name in the context 2021 */
const YEAR_ADJS: Array<[string, number]> = [['предыдущего', 2020], ['прошлого', 2020], ['следующего', 2022], ['будущего', 2022]];
/** the kind of year between the adjective and «года», or none */
const KINDS = ['', 'календарного '];
/** what stands before the window */
const WINDOW_LEADS = ['', 'В таком отчете отражаются сведения за период', 'Проверки проводились'];
const iso = (y: number, [m, d]: [number, number]): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const WINDOW_PINS: Row[] = [
  // a window across the new year: the end's year is the one after the start's
  ['с 1 сентября по 31 мая следующего года', range('2021-09-01', '2022-05-31')],
  ['с 25 декабря по 9 января следующего года', range('2021-12-25', '2022-01-09')],
  ['сентябрь - май следующего года', range('2021-09-01', '2022-05-31')],
  // a lone day, and a start with its year, as before
  ['31 декабря предыдущего года', on('2020-12-31')],
  ['с 1 января 2020 по 31 декабря предыдущего года', range('2020-01-01', '2020-12-31')],
  ['с 1 января по 31 декабря 2020 года', range('2020-01-01', '2020-12-31')],
  ['в марте следующего года', range('2022-03-01', '2022-03-31')],
];

/** date lines with their year, and the day */
const DATE_LINES: Array<[string, string]> = [
  ['28.02.2022', '2022-02-28'],
  ['11 января 2022 г.', '2022-01-11'],
  ['05.03.2020', '2020-03-05'],
  ['16 сентября 2019 года', '2019-09-16'],
];
/** what may stand between the date and the count */
const BETWEEN = ['', ' 12:30', ' 14:02', ' |'];
/** counts that cannot be a year */
const COUNTS = ['371', '1461', '744', '105', '2740'];
const stray: Expect = { kind: 'unparsed', reason: /непонятное число/ };
const COUNT_PINS: Row[] = [
  // after a day with no year, and two figures: as before
  ['28.02 371', stray],
  ['28.02.2022 25', stray],
  // a count before a noun is a label, as before
  ['28.02.2022 371 человек', on('2022-02-28')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the verbal noun right after «с / со / от» is what a span counts from («не позднее 15 календарных дней со обращения гражданина»)', () => {
      addAs(
        '86. Управление министерства на основании заявления и документов, представленных гражданином, не позднее 15 календарных дней со обращения гражданина принимает и оформляет решение о даче предварительного согласия или об отказе в даче предварительного согласия.',
        ev('обращения'),
      );
      for (const s of SUBJECTS)
        for (const p of OFFSET_PREPS)
          for (const span of SPANS)
            for (const [a, names] of BARE_ANCHORS) add([s, p, span, a].filter(Boolean).join(' '), ev(names));
    });
    section('the verbal noun after «с»: pins', () => BARE_ANCHOR_PINS.forEach(([t, e]) => add(t, e)));
    section('«месяца» after an ordinal and before what it counts from is the Nth month of a span from an event', () => {
      addAs(
        '• второе контрольное обследование — по истечении 11 месяцев со дня вступления в законную силу решения суда, но не позднее окончания 13-го месяца со дня вступления в законную силу решения суда;',
        ev('вступления'),
      );
      for (const p of END_PREPS)
        for (const o of ORDINALS)
          for (const [a, names] of MONTH_ANCHORS) {
            add(`${p} ${o} месяца ${a}`, ev(names));
            add(`второе обследование проводится не ранее 11 месяцев, но ${p} ${o} месяца ${a}`, ev(names));
          }
    });
    section('the counted month: pins', () => MONTH_PINS.forEach(([t, e]) => add(t, e)));
    section('a window that «предыдущего / следующего года» ends is in that year, its start too', () => {
      addAs('В таком отчете отражаются сведения за период с 1 января по 31 декабря предыдущего года.', range('2020-01-01', '2020-12-31'));
      for (const [w, first, last] of WINDOWS)
        for (const [adj, year] of YEAR_ADJS)
          for (const k of KINDS)
            for (const lead of WINDOW_LEADS) add([lead, w, `${adj} ${k}года`].filter(Boolean).join(' '), range(iso(year, first), iso(year, last)));
    });
    section('the window of a relative year: pins', () => WINDOW_PINS.forEach(([t, e]) => add(t, e)));
    section('a count closing a date line with its year is the page\'s views, a label («28.02.2022 371»)', () => {
      addAs('28.02.2022 371', on('2022-02-28'));
      for (const [d, day] of DATE_LINES) for (const b of BETWEEN) for (const n of COUNTS) add(`${d}${b} ${n}`, on(day));
    });
    section('the count after a date line: pins', () => COUNT_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title:
    'round 133: the verbal noun right after «с / со / от» is what a span counts from («со обращения гражданина»); «месяца» after an ordinal before an anchor is a counted month of an offset; a window before «предыдущего / следующего года» is in that year; a count closing a date line is its views',
  rows: () => sections().flatMap(([, rows]) => rows),
};
