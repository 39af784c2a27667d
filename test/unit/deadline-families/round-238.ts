/**
 * Round 238 (corpus-real-215, financial literacy: its weeks, online lessons, olympiads, contests and relays). Five rules, each a
 * section:
 * - an age after a noun of people — «людей / граждан / пенсионеров / женщин / мужчин» — is a label like the ages round 62 reads after a
 *   noun of children («для людей от 60 до 80 лет» was `unparsed`, «непонятное число «60»»); the dates of the text read as before;
 * - a day in the apposition «Сегодня / Завтра, <день>,» with a verb of ending right after its closing comma is `by` that day, as round
 *   12's verb of ending right after its day («Сегодня, 17 марта, завершается …» was `on`);
 * - a bracket right after a started day that opens with a verb of ending is the window's end («стартовал 11.04.2024 (завершится
 *   30.06.2024)» was open-ended from 04-11, now the range, as «стартовал 11.04.2024, завершится 30.06.2024» already was);
 * - «после <события>» and then a verb of taking place — «состоится / состоятся / пройдёт / пройдут» — before the days is the clause of
 *   what follows the event, whose days say when («После технической экспертизы состоится заочный тур (7-19 апреля), …» was `event`);
 * - a dot between the number sign and its figure — «№.15», «N.2958», «No.15» — is the sign's abbreviation dot: the number is a label
 *   («… от 24.10.2023 N.2958-p …» was `unparsed`, «непонятное число «2958»»).
 * Pins: a past verb of ending and a verb of starting after the apposition keep the day (rounds 65 and 13), a day after a comma with no
 * «сегодня / завтра» before it reads as before, a bracket after a date that opens with no verb of ending stays a note, «после
 * <события>» with a relative clause or the day as its anchor stays an event, the number sign without a dot and a noun of people with
 * no age read as before.
 */
import { distinctRows, by, ev, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

const PEOPLE = ['людей', 'граждан', 'пенсионеров', 'женщин', 'мужчин', 'людям'];
const AGES = ['от 60 до 80 лет', '60-80 лет', 'от 55 лет', 'с 60 лет', 'от 18 до 35 лет', '60 лет'];
const AGE_TAILS: Array<[string, Expect]> = [
  ['будут проводиться с 1 мая', { kind: 'ongoing', start: '2021-05-01', due: '2021-12-31' }],
  ['пройдут 15 мая', on('2021-05-15')],
  ['проводятся до 20 мая', by('2021-05-20')],
  ['пройдут с 10 по 20 мая', range('2021-05-10', '2021-05-20')],
];

const OPENERS = ['Сегодня', 'Завтра', 'сегодня'];
const ENDING = ['завершается', 'заканчивается', 'завершится', 'закончится', 'оканчивается', 'завершаются', 'заканчиваются'];
const DAYS: Array<[string, string]> = [['17 марта', '2021-03-17'], ['1 сентября', '2021-09-01'], ['25 мая 2021 года', '2021-05-25'], ['30 ноября', '2021-11-30']];

const STARTS = ['Первый этап стартовал', 'Прием заявок начнется', 'Акция стартует', 'Этап начался', 'Конкурс начинается', 'С'];
const BRACKET_ENDS = ['завершится', 'закончится', 'завершается', 'заканчивается'];
const WINDOWS: Array<[string, string, string, string]> = [
  ['11.04.2024', '30.06.2024', '2024-04-11', '2024-06-30'],
  ['11 апреля', '30 июня', '2021-04-11', '2021-06-30'],
  ['1 марта 2021 года', '15 мая 2021 года', '2021-03-01', '2021-05-15'],
];

const AFTER = ['После технической экспертизы', 'После школьного этапа', 'После завершения приема заявок', 'После подведения итогов отбора'];
const TAKES = ['состоится', 'пройдет', 'пройдёт'];
const TAKES_PL = ['состоятся', 'пройдут'];
const DAYS_AFTER: Array<[string, Expect]> = [
  ['(7-19 апреля)', range('2021-04-07', '2021-04-19')],
  ['с 7 по 19 апреля', range('2021-04-07', '2021-04-19')],
  ['(7-19 апреля), а затем очный тур (21-30 апреля)', range('2021-04-07', '2021-04-30')],
  ['15 ноября', on('2021-11-15')],
];

const SIGNS = ['N.', 'No.', '№.', 'N. ', '№. ', 'No. '];
const WITH_SIGN: Array<[string, Expect]> = [
  ['с 19 ноября по 10 декабря, распоряжение {s}2958-р', range('2021-11-19', '2021-12-10')],
  ['до 15 мая (приказ {s}15)', by('2021-05-15')],
  ['15 мая, протокол {s}3', on('2021-05-15')],
  ['с 19 ноября 2025 года по 10 февраля 2026 года, утвержденной Распоряжением Правительства РФ от 24.10.2023 {s}2958-p', range('2025-11-19', '2026-02-10')],
];

const PINS: Row[] = [
  // a past verb of ending after the apposition reports the day (round 65), a verb of starting keeps it (round 13)
  ['Сегодня, 17 марта, завершилась неделя.', on('2021-03-17')],
  ['Сегодня, 17 марта, стартует неделя.', on('2021-03-17')],
  // no «сегодня / завтра» before the day: read as before
  ['15 мая, завершается неделя.', on('2021-05-15')],
  // a verb of ending right after the day, no apposition: round 12 as before
  ['17 марта завершается первая неделя.', by('2021-03-17')],
  // a bracket after a date that opens with no verb of ending stays a note
  ['27.02.2023 (25 февраля — суббота)', on('2023-02-27')],
  ['Начало приема 11 апреля (завершится 30 июня).', on('2021-04-11')],
  // «после <события>» with a relative clause, or the day as its anchor: an event as before
  ['После проведения олимпиады, которая состоится 15 мая', ev('после проведения олимпиады')],
  ['после проведения олимпиады 15 мая', ev('после проведения олимпиады')],
  // the number sign without a dot, and a noun of people with no age: as before
  ['с 19 ноября по 10 декабря, распоряжение N 2958-р', range('2021-11-19', '2021-12-10')],
  ['Прием граждан с 1 мая', { kind: 'ongoing', start: '2021-05-01', due: '2021-12-31' }],
  ['Для людей старше 60 лет - 15 мая', on('2021-05-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an age after a noun of people is a label', () => {
      for (const p of PEOPLE) for (const a of AGES) for (const [tail, e] of AGE_TAILS) add(`занятия для ${p} ${a} ${tail}`, e);
    });
    section('«Сегодня, <день>, <verb of ending>» is by that day', () => {
      for (const o of OPENERS) for (const [d, due] of DAYS) for (const v of ENDING) add(`${o}, ${d}, ${v} прием заявок`, by(due));
    });
    section('a verb of ending opening a bracket after a started day ends the window', () => {
      for (const s of STARTS) for (const v of BRACKET_ENDS) for (const [a, b, sa, sb] of WINDOWS) add(`${s} ${a} (${v} ${b})`, range(sa, sb));
    });
    section('«после <события>» then a verb of taking place before the days', () => {
      for (const a of AFTER) {
        for (const v of TAKES) for (const [d, e] of DAYS_AFTER) add(`${a} ${v} заочный тур ${d}`, e);
        for (const v of TAKES_PL) for (const [d, e] of DAYS_AFTER) add(`${a} ${v} заочные туры ${d}`, e);
      }
    });
    section('a dot between the number sign and its figure', () => {
      for (const s of SIGNS) for (const [t, e] of WITH_SIGN) addAs(t.replace('{s}', s), e);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 238: an age after a noun of people; «Сегодня, <день>, завершается»; «стартовал <день> (завершится <день>)»; «после <события> состоится <…> <дни>»; «№.15»',
  rows: () => distinctRows(sections()),
};
