/**
 * Round 144 (corpus-real-132: the pay side of teachers' work — bonus regulations, class-teacher payments, the days of paying wages,
 * delays and rises of teachers' pay). Four classes the set's first run missed, as news, labour-law pages and pay rules write them:
 * - the month paid or reported for, right after «за», before the day it is paid on — «выплаты за декабрь — 25 и 29 декабря», «Отчёт
 *   за сентябрь – 5 октября» — is a note: the days are the deadline, `on` (they were a range from the month's first day), as round 31's
 *   «За I квартал 2023 года 25.04.2023» already read a full date after a quarter.
 * - a day in figures with the genitive ending «-го», after «,», «и» or «а» that follows a day and its month, is another day of that
 *   month before a word too — «перечислены 5 октября, 6-го их отправят на счета» → on 10-05 and 10-06 (the «6-го» was a label before
 *   the word), as «… а 25-го» at the end already was.
 * - a Dzen page's date line that writes the date twice with no space between the year and the short form's day — «18 октября 202218
 *   окт 2022» — is that day (it was `unparsed`, «непонятное число «202218»»).
 * - «в установленные дни / в установленный день / в установленную дату» is the day the pay rules or a contract fix, a `schedule` like
 *   «в установленные сроки» (inside a sentence it was the event of an «если» clause after it, or nothing).
 * Pins: a year between the month and the day, a month after other words («за участие в сентябре 25 октября»), «до» after the month, a
 * verb between; a grade, a stage or an adjective after «6-го»; a glued number with no month after it or a day with a leading nought; a
 * day written with «в установленные дни», «в установленном порядке», and round 45's participle after the day.
 * The first template of each class is the set's real row (its source in corpus-real-132.tsv).
 */
import { by, iso, MONTHS_GEN, MONTHS_NOM, on, range, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** what is paid or reported, before «за <месяц>» */
const PAY_LEADS = ['Выплаты', 'Зарплата', 'Отчёт', 'Премия', 'Аванс выплачивается', 'Часть педагогов не получила выплаты', ''];
/** what stands between the month and the day */
const SEPARATORS = [' —', ' –', ' -', ':', ',', ''];
/** the days it is paid on, in the next month (December's in December) */
const PAY_DAYS: number[][] = [[10], [15], [25], [5, 20], [10, 25], [12, 13, 14]];

const COVERED_PINS: Row[] = [
  // a year between the month and the day: not read so (as before)
  ['за декабрь 2020 года — 25 декабря', range('2020-12-01', '2020-12-25')],
  // a month after other words keeps its window
  ['за участие в сентябре 25 октября', range('2021-09-01', '2021-10-25')],
  // «до» after the month reads as before (round 31), a verb between keeps the window, the month alone is the month
  ['Отчёт за сентябрь – до 5 октября', by('2021-10-05')],
  ['Итоги за сентябрь подводятся 5-6 октября', range('2021-09-01', '2021-10-06')],
  ['за сентябрь', range('2021-09-01', '2021-09-30')],
  // a quarter with a full date reads as before
  ['За I квартал 2023 года 25.04.2023', on('2023-04-25')],
];

/** what is said before the first day */
const DAY_LEADS = ['Деньги перечислены', 'Первая часть премии выплачена', 'Заседание комиссии прошло', ''];
/** what joins the second day to the first */
const JOINS = [',', ', а', ' и'];
/** what happens on the second day: a pronoun, a verb, a noun in the nominative */
const DAY_TAILS = ['их отправят на счета работников', 'состоится второе заседание', 'пройдёт выплата', 'деньги поступят на карты', 'ожидается перечисление'];

const GENITIVE_PINS: Row[] = [
  // the noun «6-го» agrees with: a grade, a stage, a convocation; an adjective after it
  ['5 октября, 6-го класса', on('2021-10-05')],
  ['15 мая, 16-го этапа', on('2021-05-15')],
  ['Ученики 6-го класса 15 мая', on('2021-05-15')],
  ['15 мая, 6-го учебного', { kind: 'unparsed', reason: /непонятное число/ }],
  // with no day and month before it, nothing is read
  ['6-го их отправят', unread],
];

/** the short forms of a Dzen date line */
const SHORT = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

const GLUED_PINS: Row[] = [
  // no month after the glued number, or a day with a leading nought: not split
  ['18 октября 202218', { kind: 'unparsed', reason: /непонятное число «202218»/ }],
  ['1 сентября 202101 сен 2021', { kind: 'unparsed', reason: /непонятное число «202101»/ }],
  // the date line with its space reads as before
  ['18 октября 2022 18 окт 2022', on('2022-10-18')],
];

/** whose pay, before the day */
const SET_LEADS = ['Заработная плата выплачивается', 'Работодатель обязан платить зарплату', 'Аванс перечисляется', 'Премия выплачивается', ''];
/** the days the rules fix */
const SET_FORMS = ['установленные дни', 'установленный день', 'установленную дату', 'установленные даты'];
/** a condition after them */
const SET_TAILS = ['', 'даже если промежуток между выплатами длиннее 15 дней', 'если иное не предусмотрено договором'];

const SET_PINS: Row[] = [
  // a day written with them wins
  ['в установленные дни, до 15 мая', by('2021-05-15')],
  // round 45's participle after the day and the established order read as before
  ['в день, установленный Оргкомитетом', sched('день, установленный Оргкомитетом')],
  ['в установленные сроки', sched('установленные сроки')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the month paid for right after «за», before the day it is paid on, is a note: the days are the deadline', () => {
      addAs('Ранее в СМИ появилась информация о том, что часть педагогов не получила выплаты за декабрь — 25 и 29 декабря.', on('2021-12-29', '2021-12-25'));
      for (const lead of PAY_LEADS)
        for (let m = 1; m <= 12; m++)
          for (const sep of SEPARATORS)
            for (const days of PAY_DAYS) {
              const pay = m === 12 ? 12 : m + 1;
              const written = days.length === 1 ? `${days[0]}` : days.length === 2 ? `${days[0]} и ${days[1]}` : days.join(', ');
              const text = [lead, 'за', `${MONTHS_NOM[m - 1]}${sep}`, written, MONTHS_GEN[pay - 1]].filter(Boolean).join(' ');
              add(text, on(iso(pay, days.at(-1)!), iso(pay, days[0]!)));
            }
    });
    section('the month paid for: pins', () => COVERED_PINS.forEach(([t, e]) => add(t, e)));
    section('a day with «-го» after a day and its month is another day of that month before a word too', () => {
      addAs('В пресс-службе минобразования Забайкалья сообщили, что деньги на школу в Засопку были перечислены 5 октября, 6-го их отправят на счета работников.', on('2021-10-06', '2021-10-05'));
      for (const lead of DAY_LEADS)
        for (let m = 1; m <= 12; m++)
          for (const d of [1, 5, 14, 27])
            for (const join of JOINS)
              for (const tail of DAY_TAILS)
                add([lead, `${d} ${MONTHS_GEN[m - 1]}${join}`, `${d + 1}-го`, tail].filter(Boolean).join(' '), on(iso(m, d + 1), iso(m, d)));
    });
    section('the day with «-го»: pins', () => GENITIVE_PINS.forEach(([t, e]) => add(t, e)));
    section('a Dzen date line with its year glued to the day of its short form is that day', () => {
      addAs('18 октября 202218 окт 2022', on('2022-10-18'));
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 6, 9, 10, 18, 28])
          for (const y of [2019, 2022, 2024, 2025]) {
            addAs(`${d} ${MONTHS_GEN[m - 1]} ${y}${d} ${SHORT[m - 1]} ${y}`, on(iso(m, d, y)));
            addAs(`${d} ${MONTHS_GEN[m - 1]} ${y}${d} ${SHORT[m - 1]}`, on(iso(m, d, y)));
          }
    });
    section('the glued date line: pins', () => GLUED_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«в установленные дни / день / дату» is the day the pay rules fix, a schedule', () => {
      addAs('Работодатель обязан платить зарплату в установленные дни, даже если в отдельные периоды промежуток между начислениями длиннее 15 дней.', sched('в установленные дни, даже если в отдельные периоды промежуток между начислениями длиннее 15 дней'));
      for (const lead of SET_LEADS)
        for (const form of SET_FORMS)
          for (const tail of SET_TAILS) {
            const rest = [form, tail].filter(Boolean).join(', ');
            add([lead, `в ${rest}`].filter(Boolean).join(' '), sched(lead ? `в ${rest}` : rest));
          }
    });
    section('the days the rules fix: pins', () => SET_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 144: the month paid for after «за» before its pay day; a day with «-го» after a day and its month; a glued Dzen date line; «в установленные дни» is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
