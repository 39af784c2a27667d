/**
 * Round 188 (no new set: a decision made one). A protocol's date is the day of its meeting in either order: after «от» before the
 * protocol's number («Протокол от 26.08.2022 № 1», «(протокол от 31.01.2022 № 4)») as after «№ N от» («Протокол № 1 от 26.08.2022»,
 * round 40). Round 68 had labelled the first order an act's label, as an issued act's date between «от» and «№» is (round 11); the
 * held-out sets' labels of both orders kept disagreeing with that, and one document's line cannot mean two things by word order.
 * Pins: an issued act's date between «от» and «№» stays a label (an order, a letter, a decision, a decree), a protocol's blank date stays
 * «дата не заполнена», a protocol's number before its date reads as before, and an approval line with both a protocol and an order keeps
 * the order's date a label.
 * The first template is a real row of corpus-real-102 (its source there).
 */
import { on, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the protocol's noun and the words between it and «от» */
const PROTOCOLS = [
  'Протокол',
  'протокол',
  'ПРОТОКОЛ',
  '(протокол',
  'Протокол заседания педагогического совета',
  'ПРОТОКОЛ заседания педагогического совета',
  'протокол педсовета',
  'Протокол педагогического совета',
  'протоколом',
  'Протокол общего собрания',
  'Протокол заседания ШМО',
];
/** the dates as approval lines write them, and the day each is */
const DATES: Array<[string, string]> = [
  ['26.08.2022', '2022-08-26'],
  ['31.01.2022', '2022-01-31'],
  ['27.08.2019г.', '2019-08-27'],
  ['08.11.2022 г.', '2022-11-08'],
  ['«23» августа 2023 г.', '2023-08-23'],
  ['29 октября 2024 г.', '2024-10-29'],
  ['06 ноября 2017', '2017-11-06'],
  ['28.10.2021 года', '2021-10-28'],
];
/** the protocol's number after the date */
const NUMBERS = ['№ 1', '№1', '№ 02', 'N 3', '№ 11', '№ 4-п'];

/** an issued act's date between «от» and «№» stays its label */
const ACT_PINS: Row[] = [
  ['Приказ от 31.08.2024 № 150', unread],
  ['Приказ директора от 26.08.2022 № 1', unread],
  ['Письмо от 27.08.2019 № 12', unread],
  ['Решение от 30.08.2024 г. № 11', unread],
  ['Постановление администрации от 29 октября 2024 г. № 4', unread],
];
const blank: Expect = { kind: 'unparsed', reason: /^дата не заполнена/ };
const OTHER_PINS: Row[] = [
  // a protocol's number before its date, as before (round 40)
  ['Протокол № 1 от 26.08.2022', on('2022-08-26')],
  ['(протокол № 4 от 31.01.2022)', on('2022-01-31')],
  // a blank date stays a blank
  ['Протокол от «» мая 2024 года', blank],
  // an order's date after a protocol's line stays the order's label; the protocol's is the meeting's day
  ['Принято на педагогическом совете протокол от 30.08.2024 № 1 Утверждено приказом от 31.08.2024 № 150', on('2024-08-30')],
  ['решение педсовета (протокол от 30.08.2024 г. № 11), приказ от 02.09.2024 № 5', on('2024-08-30')],
  // an order's noun nearer «от» than the protocol's makes the date the order's
  ['протокол и приказ от 31.08.2024 № 150', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('a protocol\'s date after «от» before its number is the day of its meeting', () => {
      addAs('Протокол от 26.08.2022 № 1', on('2022-08-26'));
      for (const protocol of PROTOCOLS)
        for (const [date, day] of DATES)
          for (const number of NUMBERS) {
            const close = protocol.startsWith('(') ? ')' : '';
            addAs(`${protocol} от ${date} ${number}${close}`, on(day));
          }
    });
    section('an issued act\'s date between «от» and «№»: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the protocol\'s other lines: pins', () => OTHER_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 188: a protocol\'s date after «от» before its number is the day of its meeting, as after «№ N от»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
